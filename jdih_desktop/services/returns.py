"""The returns desk: find a loan by what the visitor hands back, take items back, print a slip.

A visitor brings back the receipt (its QR code holds the loan number ``PJ-<year>-<6 digits>``)
or just the documents (each copy carries a ``JDIH<7 digits>`` barcode). Either finds the loan.
Items may come back over several visits (partial returns); each visit to the desk is one
``Return`` row with its own slip number ``KB-<year>-<6 digits>`` taken from the counter
``return:<year>`` inside the same transaction, so two desks never hand out the same number and a
failed return never burns one.

Overdue: an open item is late when its loan's due date (computed at loan time by
``services.calendar.due_date`` over opening days and holidays) is before today; a read-on-site
loan must come back the same day, so one still open on a later day is late too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from hashlib import sha256

from peewee import JOIN
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import AppConfig
from jdih_desktop.devices.base import (
    Feed,
    KeyValue,
    QrCode,
    Receipt,
    ScannedPage,
    Separator,
    Text,
)
from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.services import audit, citations
from jdih_desktop.services.calendar import days_late
from jdih_desktop.services.numbering import BARCODE_RE, RECEIPT_RE, SLIP_RE, next_slip_number
from jdih_desktop.services.receipts import (
    format_date_id,
    format_datetime_id,
    office_header,
    short_title,
)
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store.enums import COPY_CONDITIONS
from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    Loan,
    LoanItem,
    Officer,
    Return,
    Visitor,
    database_proxy,
)

Clock = Callable[[], dt.datetime]

RETURN_SLIP_TITLE = "BUKTI PENGEMBALIAN"


class ReturnError(JdihError):
    """A return cannot be looked up or recorded; the message tells the officer what to do."""


# ----------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class LoanItemView:
    item_id: int
    copy_id: int
    barcode: str
    document_id: int
    reference: str  # "PKPU 4/2021" or the document type and year
    title: str
    copy_condition: str
    returned: bool
    returned_at: dt.datetime | None = None
    return_condition: str | None = None
    return_note: str | None = None
    slip_number: str | None = None


@dataclass(frozen=True)
class LoanView:
    loan_id: int
    receipt_number: str
    visitor_name: str
    visitor_phone: str
    visitor_email: str
    loaned_at: dt.datetime
    due_date: dt.date | None
    read_on_site: bool
    status: str  # open / partial / returned
    days_late: int
    items: tuple[LoanItemView, ...] = ()

    @property
    def open_items(self) -> tuple[LoanItemView, ...]:
        return tuple(i for i in self.items if not i.returned)


@dataclass(frozen=True)
class ReturnLine:
    """One item coming back: which loan item, in what condition, with an optional note."""

    item_id: int
    condition: str = "baik"
    note: str = ""


@dataclass(frozen=True)
class ReturnResult:
    return_id: int
    slip_number: str
    returned_at: dt.datetime
    loan: LoanView  # the loan after the return
    returned_item_ids: tuple[int, ...]
    receipt: Receipt


@dataclass(frozen=True)
class OverdueEntry:
    loan_id: int
    receipt_number: str
    visitor_name: str
    visitor_phone: str
    visitor_email: str
    loaned_at: dt.datetime
    due_date: dt.date  # for read-on-site loans: the day of the loan
    read_on_site: bool
    days_late: int
    items: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (barcode, reference)
    titles: tuple[str, ...] = field(default_factory=tuple)  # the items' titles, same order


# ----------------------------------------------------------------------------- helpers


def normalise_code(text: str) -> str:
    """What a keyboard wedge or a person typed, in canonical form.

    Wedges on a wrong keyboard layout send lower case or stray spaces; a QR code may hold a
    URL or text around the number, so the first receipt/barcode pattern found wins.
    """
    code = re.sub(r"\s+", "", text or "").upper()
    for pat in (r"PJ-\d{4}-\d{6}", r"JDIH\d{7}", r"KB-\d{4}-\d{6}"):
        m = re.search(pat, code)
        if m:
            return m.group(0)
    return code


#: "PKPU 4/2021", "Monografi 2019" for lists and slips (one home: services/citations.py)
document_reference = citations.short_of


def pages_to_pdf(pages: Sequence[ScannedPage]) -> bytes:
    """Scanned pages as one PDF (the digitisation service's assembly, same page sizes)."""
    from jdih_desktop.services import digitise  # Pillow only when a return is digitised

    try:
        return digitise.pages_to_pdf(pages)
    except ValidationError as exc:
        raise ReturnError(exc.message) from None


# ----------------------------------------------------------------------------- service


class ReturnService:
    """Look-ups, returns, slips, return scans and the overdue list. Pure data in and out."""

    def __init__(self, config: AppConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        self.office = config.office
        # Who is on duty, for returns whose caller names no officer (set by build_services).
        self.officer_source: Callable[[], int | None] | None = None

    # -- look-up
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencari pinjaman"))
    def find(self, code: str) -> LoanView:
        """The loan behind a receipt number, a return slip number or a copy barcode.

        A copy barcode finds the copy's open loan; when it has none, the latest loan is shown
        so the officer sees it was already returned.
        """
        norm = normalise_code(code)
        if not norm:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Pindai kode QR/barcode pada bukti peminjaman atau eksemplar, atau "
                    "ketik nomornya."))
        loan = Loan.get_or_none(Loan.receipt_number == norm)
        if loan is None and SLIP_RE.match(norm):
            ret = Return.get_or_none(Return.slip_number == norm)
            loan = ret.loan if ret else None
        if loan is None:
            copy = Copy.get_or_none(Copy.barcode == norm)
            if copy is not None:
                item = (LoanItem.select().join(Loan)
                        .where(LoanItem.copy == copy)
                        .order_by(LoanItem.returned_at.is_null(False), Loan.loaned_at.desc(),
                                  LoanItem.id.desc())
                        .first())
                if item is None:
                    raise ReturnError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Eksemplar %1 tidak sedang dipinjam dan belum pernah "
                            "dipinjam — periksa barcode atau pindai bukti peminjaman."),
                        params=(norm,))
                loan = item.loan
        if loan is None:
            if RECEIPT_RE.match(norm):
                raise ReturnError(QT_TRANSLATE_NOOP(
                        "Messages", "Bukti peminjaman %1 tidak ditemukan — periksa nomornya atau "
                        "pindai barcode eksemplar."),
                    params=(norm,))
            if BARCODE_RE.match(norm):
                raise ReturnError(QT_TRANSLATE_NOOP(
                        "Messages", "Eksemplar %1 tidak ada di katalog — periksa barcode."),
                    params=(norm,))
            raise ReturnError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Kode %1 tidak dikenali. Gunakan nomor bukti peminjaman "
                    "(PJ-TTTT-NNNNNN) atau barcode eksemplar (JDIH diikuti 7 angka)."),
                params=(repr(code.strip()),))
        return self.loan_view(loan.id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca pinjaman"))
    def loan_view(self, loan_id: int) -> LoanView:
        loan = Loan.get_or_none(Loan.id == loan_id)
        if loan is None:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjaman #%1 tidak ada lagi — cari ulang."),
                params=(loan_id,))
        visitor = Visitor.get_by_id(loan.visitor_id)
        rows = (LoanItem.select(LoanItem, Copy, Document, Return)
                .join(Copy).join(Document)
                .switch(LoanItem).join(Return, JOIN.LEFT_OUTER)
                .where(LoanItem.loan == loan.id).order_by(LoanItem.id))
        items = []
        for it in rows:
            doc = it.copy.document
            slip = it.returned.slip_number if it.returned_id else None
            items.append(LoanItemView(
                item_id=it.id, copy_id=it.copy_id, barcode=it.copy.barcode,
                document_id=doc.id, reference=document_reference(doc), title=doc.judul,
                copy_condition=it.copy.condition, returned=it.returned_at is not None,
                returned_at=it.returned_at, return_condition=it.return_condition,
                return_note=it.return_note, slip_number=slip))
        today = self.clock().date()
        late = 0
        if loan.status != "returned":
            due = self._effective_due(loan)
            late = days_late(due, today) if due is not None else 0
        return LoanView(
            loan_id=loan.id, receipt_number=loan.receipt_number,
            visitor_name=visitor.full_name, visitor_phone=visitor.phone or "",
            visitor_email=visitor.email or "", loaned_at=loan.loaned_at,
            due_date=loan.due_date, read_on_site=bool(loan.read_on_site), status=loan.status,
            days_late=late, items=tuple(items))

    @staticmethod
    def _effective_due(loan: Loan) -> dt.date | None:
        if loan.due_date is not None:
            return loan.due_date
        if loan.read_on_site:
            return loan.loaned_at.date()
        return None

    # -- returning
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat pengembalian"))
    def return_items(self, loan_id: int, lines: Sequence[ReturnLine], *,
                     officer_id: int | None = None, note: str | None = None) -> ReturnResult:
        """Record the lines as returned, all in one transaction (or nothing at all)."""
        if not lines:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Pilih minimal satu eksemplar yang dikembalikan."))
        ids = [ln.item_id for ln in lines]
        if len(set(ids)) != len(ids):
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Eksemplar yang sama dipilih dua kali — periksa pilihan."))
        for ln in lines:
            if ln.condition not in COPY_CONDITIONS:
                raise ReturnError(QT_TRANSLATE_NOOP(
                        "Messages", "Kondisi %1 tidak dikenal; pilih Baik, Rusak atau Hilang."),
                    params=(repr(ln.condition),))
        now = self.clock()
        db = database_proxy.obj
        with db.atomic():
            loan = Loan.get_or_none(Loan.id == loan_id)
            if loan is None:
                raise ReturnError(QT_TRANSLATE_NOOP(
                        "Messages", "Peminjaman #%1 tidak ditemukan — cari ulang."),
                    params=(loan_id,))
            items = {it.id: it for it in LoanItem.select().where(
                LoanItem.loan == loan.id, LoanItem.id.in_(ids))}
            for ln in lines:
                it = items.get(ln.item_id)
                if it is None:
                    raise ReturnError(QT_TRANSLATE_NOOP(
                            "Messages", "Eksemplar yang dipilih bukan bagian dari peminjaman %1 — "
                            "cari ulang."),
                        params=(loan.receipt_number,))
                if it.returned_at is not None:
                    raise ReturnError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Eksemplar %1 sudah dikembalikan pada %2 — muat ulang "
                            "peminjaman."),
                            params=(it.copy.barcode, format(it.returned_at, '%d-%m-%Y %H.%M')))
            officer = self._officer(officer_id)
            slip_number = next_slip_number(now.year)
            ret = Return.create(loan=loan, slip_number=slip_number, officer=officer,
                                returned_at=now, note=(note or "").strip() or None)
            for ln in lines:
                it = items[ln.item_id]
                LoanItem.update(returned=ret, returned_at=now, return_condition=ln.condition,
                                return_note=ln.note.strip() or None
                                ).where(LoanItem.id == it.id).execute()
                Copy.update(condition=ln.condition).where(Copy.id == it.copy_id).execute()
            still_open = LoanItem.select().where(
                LoanItem.loan == loan.id, LoanItem.returned_at.is_null()).count()
            status = "partial" if still_open else "returned"
            Loan.update(status=status).where(Loan.id == loan.id).execute()
            audit.record(at=now, officer=officer, action="loan.return", entity="loan",
                            entity_id=loan.id, detail=json.dumps({
                                "slip": slip_number, "status": status,
                                "items": [{"item": ln.item_id, "condition": ln.condition,
                                           "note": ln.note} for ln in lines]}))
        view = self.loan_view(loan_id)
        return ReturnResult(return_id=ret.id, slip_number=slip_number, returned_at=now,
                            loan=view, returned_item_ids=tuple(ids),
                            receipt=self.slip(ret.id))

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat pengembalian"))
    def return_all(self, loan_id: int, condition: str = "baik", *,
                   officer_id: int | None = None) -> ReturnResult:
        view = self.loan_view(loan_id)
        lines = [ReturnLine(i.item_id, condition) for i in view.open_items]
        if not lines:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Semua eksemplar peminjaman %1 sudah dikembalikan."),
                params=(view.receipt_number,))
        return self.return_items(loan_id, lines, officer_id=officer_id)

    def _officer(self, officer_id: int | None) -> Officer | None:
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()  # the officer on duty at this desk
        if officer_id is not None:
            return Officer.get_or_none(Officer.id == officer_id)
        return Officer.select().where(Officer.active == True).order_by(Officer.id).first()  # noqa: E712

    # -- the slip
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencetak bukti pengembalian"))
    def slip(self, return_id: int) -> Receipt:
        """The "BUKTI PENGEMBALIAN" slip of one return (also for "Cetak ulang")."""
        ret = Return.get_or_none(Return.id == return_id)
        if ret is None:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Pengembalian #%1 tidak ditemukan."),
                params=(return_id,))
        loan = ret.loan
        visitor = Visitor.get_by_id(loan.visitor_id)
        officer = Officer.get_or_none(Officer.id == ret.officer_id) if ret.officer_id else None
        rows = (LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                .where(LoanItem.returned == ret.id).order_by(LoanItem.id))
        r = Receipt(title=RETURN_SLIP_TITLE)
        r.add(*office_header(self.config, RETURN_SLIP_TITLE))
        r.add(KeyValue("No. pengembalian", ret.slip_number, bold=True),
              KeyValue("No. peminjaman", loan.receipt_number),
              KeyValue("Tanggal", format_datetime_id(ret.returned_at)),
              KeyValue("Peminjam", visitor.full_name),
              Separator())
        for n, it in enumerate(rows, 1):
            doc = it.copy.document
            label = COPY_CONDITIONS.get(it.return_condition or "", it.return_condition or "")
            r.add(Text(f"{n}. {document_reference(doc)}", bold=True),
                  Text(f"   {short_title(doc.judul)}"),
                  KeyValue("Eksemplar", it.copy.barcode),
                  KeyValue("Kondisi", label))
            if it.return_note:
                r.add(KeyValue("Catatan", it.return_note))
        # What is still out, as of this slip (items returned later do not change a reprint).
        still = list(LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                     .where(LoanItem.loan == loan.id, LoanItem.returned.is_null(True)
                            | (LoanItem.returned_at > ret.returned_at))
                     .order_by(LoanItem.id))
        remaining = len(still)
        r.add(Separator())
        if remaining:
            due = ("hari ini (baca di tempat)" if loan.due_date is None
                   else format_date_id(loan.due_date, True))
            r.add(Text(f"Masih dipinjam: {remaining} eksemplar", bold=True))
            for it in still:
                r.add(Text(f"- {document_reference(it.copy.document)} ({it.copy.barcode})"),
                      Text(f"  {short_title(it.copy.document.judul)}"))
            r.add(KeyValue("Kembali paling lambat", due, bold=True))
        else:
            r.add(Text("Seluruh dokumen telah dikembalikan.", bold=True))
        if ret.note:
            r.add(KeyValue("Catatan", ret.note))
        r.add(KeyValue("Petugas", officer.full_name if officer else self.office.officer_name),
              Feed(1), QrCode(ret.slip_number), Text(ret.slip_number, align="center"),
              Text("Terima kasih.", align="center"), Feed(2))
        return r

    # -- digitisation of the returned document
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menyimpan pindaian pengembalian"))
    def attach_return_scan(self, return_id: int, document_id: int, pdf: bytes,
                           pages: int | None = None) -> int:
        """Keep a scan of a returned document (its state on return) as a PDF attachment."""
        ret = Return.get_or_none(Return.id == return_id)
        if ret is None:
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Pengembalian #%1 tidak ditemukan."),
                params=(return_id,))
        if not pdf.startswith(b"%PDF"):
            raise ReturnError(QT_TRANSLATE_NOOP(
                    "Messages", "Hasil pindaian bukan PDF — pindai ulang dokumen."))
        now = self.clock()
        with database_proxy.obj.atomic():
            att = Attachment.create(
                document=document_id, kind="return_scan",
                filename=f"pengembalian-{ret.slip_number}-{document_id}.pdf",
                mime="application/pdf", content=pdf, size=len(pdf),
                sha256=sha256(pdf).hexdigest(), pages=pages, created_at=now)
            audit.record(at=now, officer=ret.officer_id, action="return.scan",
                            entity="attachment", entity_id=att.id,
                            detail=json.dumps({"slip": ret.slip_number,
                                               "document": document_id}))
        return int(att.id)

    # -- overdue
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca daftar keterlambatan"))
    def overdue(self, today: dt.date | None = None) -> list[OverdueEntry]:
        """Open loans past their due date, most late first (read-on-site: past the same day)."""
        today = today or self.clock().date()
        start_of_today = dt.datetime.combine(today, dt.time())
        late_cond = (Loan.due_date < today) | (
            Loan.due_date.is_null() & (Loan.read_on_site == True)  # noqa: E712
            & (Loan.loaned_at < start_of_today))
        loans = (Loan.select(Loan, Visitor).join(Visitor)
                 .where(Loan.status != "returned", late_cond))
        entries = []
        for loan in loans:
            open_items = (LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                          .where(LoanItem.loan == loan.id, LoanItem.returned_at.is_null())
                          .order_by(LoanItem.id))
            open_items = list(open_items)
            items = tuple((it.copy.barcode, document_reference(it.copy.document))
                          for it in open_items)
            titles = tuple(it.copy.document.judul for it in open_items)
            if not items:
                continue
            due = self._effective_due(loan)
            entries.append(OverdueEntry(
                loan_id=loan.id, receipt_number=loan.receipt_number,
                visitor_name=loan.visitor.full_name, visitor_phone=loan.visitor.phone or "",
                visitor_email=loan.visitor.email or "", loaned_at=loan.loaned_at,
                due_date=due, read_on_site=bool(loan.read_on_site),
                days_late=days_late(due, today), items=items, titles=titles))
        entries.sort(key=lambda e: (-e.days_late, e.receipt_number))
        return entries

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuat pengingat"))
    def reminder_text(self, entry: OverdueEntry) -> str:
        """A polite reminder in Indonesian, ready to paste into WhatsApp or an e-mail."""
        lines = [
            f"Yth. Bapak/Ibu {entry.visitor_name},",
            "",
            f"Kami dari {self.office.unit}, {self.office.name}, mengingatkan bahwa dokumen "
            f"yang Bapak/Ibu pinjam pada {format_date_id(entry.loaned_at.date(), False)} "
            f"(bukti peminjaman {entry.receipt_number}) "
            + ("seharusnya dibaca di tempat dan dikembalikan pada hari yang sama"
               if entry.read_on_site else
               f"telah melewati batas pengembalian tanggal "
               f"{format_date_id(entry.due_date, False)}")
            + f" ({entry.days_late} hari terlambat):",
        ]
        titles = entry.titles or ("",) * len(entry.items)
        lines += [f"- {ref}" + (f" — {short_title(title)}" if title else "")
                  + f" (eksemplar {barcode})"
                  for (barcode, ref), title in zip(entry.items, titles, strict=False)]
        lines += [
            "",
            "Mohon dokumen tersebut dikembalikan ke Perpustakaan JDIH pada hari dan jam kerja"
            + (f" di {self.office.address}." if self.office.address else "."),
        ]
        contact = " / ".join(x for x in (self.office.phone, self.office.email) if x)
        if contact:
            lines.append(f"Informasi: {contact}.")
        lines += ["", "Terima kasih.", "", self.office.officer_name]
        return "\n".join(lines)

