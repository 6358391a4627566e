"""Loans of SOP box 6: rules, availability, due dates, the stored receipt and its printing.

The loan is written in ONE transaction (receipt number from the ``Counter`` row
``loan:<year>``, the loan, its items, the audit row) *before* anything is sent to the printer:
paper can jam, the record must not depend on it. Printing then only marks the loan printed, and a
receipt can be printed again from the visit at any time with the same stored number.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import IntegrityError, fn

from jdih_desktop.config import AppConfig
from jdih_desktop.devices.base import Receipt
from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, joined, sentence
from jdih_desktop.services import audit
from jdih_desktop.services.borrowers import BorrowerService
from jdih_desktop.services.calendar import due_date
from jdih_desktop.services.numbering import BARCODE_RE, next_receipt_number
from jdih_desktop.services.receipts import (
    LoanReceiptData,
    ReceiptLine,
    build_loan_receipt,
    document_label,
)
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.services.visits import mask_id
from jdih_desktop.store import enums
from jdih_desktop.store.instruments import instrument_label
from jdih_desktop.store.models import (
    Copy,
    Document,
    Loan,
    LoanItem,
    LoanOverride,
    LoanRule,
    Officer,
    Visit,
    Visitor,
    VisitSelection,
    database_proxy,
)
from jdih_desktop.store.search import SearchFilters, search_documents

Clock = Callable[[], dt.datetime]


class LoanError(JdihError):
    """A loan cannot be made as asked; the message tells the officer what to do."""


@dataclass(frozen=True)
class LoanRuleData:
    id: int
    name: str
    read_on_site: bool
    period_days: int
    max_items: int
    doc_type: str | None
    skip_saturdays: bool = True
    skip_sundays: bool = True
    overdue_action: str = "warn"  # 'warn' or 'block' a borrower with a late loan
    max_renewals: int = 1
    renew_max_days_late: int = 0


@dataclass(frozen=True)
class CopyInfo:
    """A physical copy with what the desk needs to decide whether it can go out."""

    id: int
    barcode: str
    document_id: int
    label: str  # "Peraturan: PKPU No. 4 Tahun 2021"
    title: str
    doc_type: str
    shelf: str
    read_on_site: bool
    available: bool
    reason: str = ""  # why it is not available, in Indonesian


@dataclass
class DocumentCard:
    """A catalogue entry as the browse page shows it (details and copies read eagerly)."""

    id: int
    doc_type: str
    type_label: str
    label: str
    jenis: str
    nomor: str
    tahun: int | None
    judul: str
    status: str
    subjek: str
    teu_badan: str = ""
    abstrak: str = ""
    lokasi: str = ""
    copies: list[CopyInfo] = field(default_factory=list)
    instrument: str = ""  # UU, PKPU, Perda … (the browse page's Jenis column)

    @property
    def available_copies(self) -> int:
        return sum(1 for c in self.copies if c.available)


@dataclass(frozen=True)
class LoanQuote:
    """What a loan of these copies under this rule would be, before saving it."""

    rule: LoanRuleData
    read_on_site: bool
    due_date: dt.date | None
    problems: tuple[str, ...]
    # The borrower's late loans: a warning to read out, or a block the officer may override
    # with a reason (``create_loan(override_reason=...)``).
    warnings: tuple[str, ...] = ()
    overdue_block: str = ""

    @property
    def ok(self) -> bool:
        """The loan may be saved as it is (no problem and no block)."""
        return not self.problems and not self.overdue_block

    @property
    def ok_with_override(self) -> bool:
        """The loan may be saved once the officer gives a reason for overriding the block."""
        return not self.problems


@dataclass(frozen=True)
class LoanData:
    id: int
    receipt_number: str
    visit_id: int | None
    visitor_id: int
    visitor_name: str
    visitor_masked_id: str
    loaned_at: dt.datetime
    due_date: dt.date | None
    read_on_site: bool
    rule_name: str
    officer_name: str
    items: tuple[CopyInfo, ...]
    printed_at: dt.datetime | None
    print_count: int


def _copy_info(c: Copy, d: Document, on_loan: set[int]) -> CopyInfo:
    reason = ""
    if c.withdrawn:
        reason = QT_TRANSLATE_NOOP("Messages", "Eksemplar sudah ditarik dari koleksi.")
    elif c.condition == "hilang":
        reason = QT_TRANSLATE_NOOP("Messages", "Eksemplar tercatat hilang.")
    elif c.id in on_loan:
        reason = QT_TRANSLATE_NOOP("Messages", "Sedang dipinjam.")
    return CopyInfo(c.id, c.barcode, d.id, document_label(d.doc_type, d.singkatan_jenis,
                                                          d.jenis, d.nomor, d.tahun),
                    d.judul, d.doc_type, c.shelf or "", bool(c.read_on_site), not reason,
                    reason)


def _on_loan(copy_ids: Iterable[int]) -> set[int]:
    ids = list(copy_ids)
    if not ids:
        return set()
    return {r for (r,) in LoanItem.select(LoanItem.copy).where(
        LoanItem.copy.in_(ids) & LoanItem.returned_at.is_null()).tuples()}


class LoanService:
    """Loans and their receipts. ``clock`` gives every timestamp (tests move it)."""

    def __init__(self, config: AppConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock

    # -- rules and due dates
    def rules(self) -> list[LoanRuleData]:
        return [self._rule(r) for r in LoanRule.select().where(LoanRule.active == True)  # noqa: E712
                .order_by(LoanRule.read_on_site.desc(), LoanRule.name)]

    def default_rule(self, copies: Sequence[CopyInfo]) -> LoanRuleData | None:
        """Read on site when any copy must stay in the room, otherwise the take-home rule
        that fits the documents' type."""
        rules = self.rules()
        must_stay = any(c.read_on_site for c in copies)
        types = {c.doc_type for c in copies}
        fitting = [r for r in rules if r.read_on_site == must_stay
                   and (r.doc_type is None or {r.doc_type} >= types)]
        fitting.sort(key=lambda r: r.doc_type is None)  # a type-specific rule first
        return fitting[0] if fitting else (rules[0] if rules else None)

    def due_date_for(self, rule: LoanRuleData, on: dt.date) -> dt.date | None:
        """None for read-on-site; otherwise the period counted in opening days."""
        if rule.read_on_site:
            return None
        return due_date(on, rule.period_days, skip_saturdays=rule.skip_saturdays,
                        skip_sundays=rule.skip_sundays)

    def quote(self, rule_id: int, copy_ids: Sequence[int],
              visitor_id: int | None = None) -> LoanQuote:
        """What a loan would be; with ``visitor_id`` the borrower's other loans count too
        (copies already out under the rule, late loans)."""
        rule_row = LoanRule.get_or_none(LoanRule.id == rule_id)
        if rule_row is None:
            raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "Aturan peminjaman tidak ditemukan — pilih aturan lain."))
        rule = self._rule(rule_row)
        copies = self.copies(copy_ids)
        problems: list[str] = []
        warnings: list[str] = []
        block = ""
        summary = self._borrowers().summary(visitor_id) if visitor_id else None
        out = summary.open_copies_under(rule.id) if summary else 0
        if not copies:
            problems.append(QT_TRANSLATE_NOOP(
                "Messages", "Belum ada dokumen — pindai barcode eksemplar yang dipinjam."))
        if out + len(copies) > rule.max_items:
            if out:
                problems.append(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Aturan \"%1\" membolehkan paling banyak %2 eksemplar sekaligus "
                    "per peminjam; peminjam masih membawa %3 dan yang dipilih %4 — paling banyak "
                    "%5 lagi."), rule.name, rule.max_items, out, len(copies),
                    max(0, rule.max_items - out)))
            else:
                problems.append(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Aturan \"%1\" membolehkan paling banyak %2 eksemplar; yang "
                    "dipilih %3."), rule.name, rule.max_items, len(copies)))
        if summary is not None and summary.overdue_loans:
            late = summary.overdue_loans
            receipts = ", ".join(ln.receipt_number for ln in late)
            if rule.overdue_action == "block":
                block = sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjam masih punya %1 peminjaman terlambat (paling lama %2 "
                    "hari: %3). Aturan \"%4\" tidak membolehkan pinjaman baru sebelum "
                    "dikembalikan; petugas dapat mengizinkan dengan alasan."),
                    len(late), summary.max_days_late, receipts, rule.name)
            else:
                warnings.append(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjam masih punya %1 peminjaman terlambat (paling lama %2 "
                    "hari: %3). Ingatkan peminjam untuk mengembalikannya."),
                    len(late), summary.max_days_late, receipts))
        for c in copies:
            if not c.available:
                problems.append(sentence(QT_TRANSLATE_NOOP("Messages", "%1: %2"), c.barcode,
                                         c.reason))
            if c.read_on_site and not rule.read_on_site:
                problems.append(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "%1 hanya boleh dibaca di tempat — pilih aturan baca di "
                    "tempat."), c.barcode))
            if rule.doc_type and c.doc_type != rule.doc_type:
                problems.append(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Aturan \"%1\" hanya untuk %2; %3 bukan."), rule.name,
                    enums.DOC_TYPES.get(rule.doc_type, rule.doc_type), c.barcode))
        return LoanQuote(rule, rule.read_on_site, self.due_date_for(rule, self.clock().date()),
                         tuple(problems), tuple(warnings), block)

    # -- catalogue for the browse page
    def search(self, filters: SearchFilters, limit: int = 50) -> tuple[list[DocumentCard], int]:
        """Documents matching the filters with their copies' availability (three queries)."""
        hits = search_documents(filters, limit=limit)
        cards = self.cards(hits.ids)
        return cards, hits.total

    def cards(self, document_ids: Sequence[int]) -> list[DocumentCard]:
        ids = list(document_ids)
        if not ids:
            return []
        docs = {d.id: d for d in Document.select().where(Document.id.in_(ids))}
        copies = list(Copy.select().where(Copy.document.in_(ids)).order_by(Copy.barcode))
        on_loan = _on_loan(c.id for c in copies)
        by_doc: dict[int, list[CopyInfo]] = {}
        for c in copies:
            by_doc.setdefault(c.document_id, []).append(_copy_info(c, docs[c.document_id],
                                                                   on_loan))
        out = []
        for i in ids:
            d = docs.get(i)
            if d is None:
                continue
            out.append(DocumentCard(
                d.id, d.doc_type, enums.DOC_TYPES.get(d.doc_type, d.doc_type),
                document_label(d.doc_type, d.singkatan_jenis, d.jenis, d.nomor, d.tahun),
                d.jenis, d.nomor or "", d.tahun, d.judul, d.status, d.subjek or "",
                d.teu_badan or "", d.abstrak or "", d.lokasi or "", by_doc.get(d.id, []),
                instrument_label(d.jenis, d.singkatan_jenis, d.judul) or d.singkatan_jenis
                or d.jenis))
        return out

    def subjects(self, limit: int = 200) -> list[str]:
        return [s for (s,) in Document.select(Document.subjek).where(Document.subjek.is_null(False))
                .distinct().order_by(Document.subjek).limit(limit).tuples() if s]

    def copies(self, copy_ids: Sequence[int]) -> list[CopyInfo]:
        ids = list(dict.fromkeys(copy_ids))
        if not ids:
            return []
        rows = {c.id: c for c in Copy.select(Copy, Document).join(Document)
                .where(Copy.id.in_(ids))}
        on_loan = _on_loan(ids)
        return [_copy_info(rows[i], rows[i].document, on_loan) for i in ids if i in rows]

    def copy_by_barcode(self, barcode: str) -> CopyInfo:
        """The copy behind a scanned barcode; LoanError with the reason when it cannot go out."""
        code = (barcode or "").strip().upper()
        if not BARCODE_RE.match(code):
            raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "\"%1\" bukan barcode eksemplar JDIH (contoh: JDIH0000123)."),
                params=(barcode.strip(),))
        row = Copy.select(Copy, Document).join(Document).where(Copy.barcode == code).first()
        if row is None:
            raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "Barcode %1 tidak terdaftar di katalog — periksa label eksemplar "
                    "atau daftarkan di Katalog."),
                params=(code,))
        info = _copy_info(row, row.document, _on_loan([row.id]))
        if not info.available:
            raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 tidak dapat dipinjam: %2"),
                params=(code, info.reason))
        return info

    def _borrowers(self) -> BorrowerService:
        """The borrower look-up under this service's session (it checks the same rights)."""
        service = BorrowerService(self.clock)
        service.session = getattr(self, "session", None)
        return service

    # -- the loan itself
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat peminjaman"))
    def create_loan(self, visit_id: int | None, rule_id: int, copy_ids: Sequence[int],
                    officer_id: int | None = None, visitor_id: int | None = None,
                    override_reason: str | None = None) -> LoanData:
        """Save the loan and its receipt number in one transaction, before printing.

        A rule that blocks overdue borrowers refuses the loan unless ``override_reason`` says
        why the officer lets it go out; the reason is stored (``LoanOverride``) and audited.
        """
        now = self.clock()
        reason = " ".join((override_reason or "").split())
        with database_proxy.atomic():
            if visit_id is not None:
                visit = Visit.get_or_none(Visit.id == visit_id)
                if visit is None or visit.status != "open":
                    raise LoanError(QT_TRANSLATE_NOOP(
                            "Messages", "Kunjungan ini tidak sedang berlangsung."))
                visitor_id = visit.visitor_id
            if visitor_id is None:
                raise LoanError(QT_TRANSLATE_NOOP(
                        "Messages", "Peminjam belum diketahui — isi buku kunjungan dahulu."))
            quote = self.quote(rule_id, copy_ids, visitor_id)
            if quote.problems:
                raise LoanError(joined(list(quote.problems)))
            if quote.overdue_block and len(reason) < 5:
                raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 Tulis alasan izin petugas (paling sedikit 5 huruf) untuk "
                    "tetap meminjamkan."), params=(quote.overdue_block,))
            number = next_receipt_number(now.year)
            try:
                loan = Loan.create(receipt_number=number, visit=visit_id, visitor=visitor_id,
                                   officer=officer_id, rule=rule_id, loaned_at=now,
                                   due_date=quote.due_date, read_on_site=quote.read_on_site)
                LoanItem.insert_many([{"loan": loan.id, "copy": cid}
                                      for cid in dict.fromkeys(copy_ids)]).execute()
            except IntegrityError as exc:
                raise LoanError(QT_TRANSLATE_NOOP(
                        "Messages", "Salah satu eksemplar baru saja dipinjam di meja lain — muat "
                        "ulang daftar lalu coba lagi."), detail=str(exc)) from exc
            if quote.overdue_block:
                LoanOverride.create(loan=loan.id, officer=officer_id, at=now, kind="overdue",
                                    reason=reason)
                self._audit("loan.override", loan.id, officer_id, {
                    "kind": "overdue", "reason": reason, "block": quote.overdue_block})
            if visit_id is not None:  # the loan takes the stored "to borrow" list
                VisitSelection.delete().where(VisitSelection.visit == visit_id).execute()
            self._audit("loan.create", loan.id, officer_id, {
                "receipt": number, "visit": visit_id, "copies": list(copy_ids),
                "due_date": quote.due_date})
        return self.load(loan.id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat cetak struk"))
    def mark_printed(self, loan_id: int) -> LoanData:
        """The printer confirmed the job: keep when and how many times it was printed."""
        with database_proxy.atomic():
            # printed_at keeps the first successful print; print_count counts every copy.
            Loan.update(printed_at=fn.COALESCE(Loan.printed_at, self.clock()),
                        print_count=Loan.print_count + 1).where(Loan.id == loan_id).execute()
            self._audit("loan.printed", loan_id, None, {})
        return self.load(loan_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca peminjaman"))
    def loans_for_visit(self, visit_id: int) -> list[LoanData]:
        return [self.load(i) for (i,) in Loan.select(Loan.id).where(Loan.visit == visit_id)
                .order_by(Loan.id).tuples()]

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca peminjaman"))
    def load(self, loan_id: int) -> LoanData:
        loan = Loan.get_or_none(Loan.id == loan_id)
        if loan is None:
            raise LoanError(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjaman nomor %1 tidak ditemukan."),
                params=(loan_id,))
        visitor = Visitor.get_by_id(loan.visitor_id)
        officer = Officer.get_or_none(Officer.id == loan.officer_id) if loan.officer_id else None
        rule = LoanRule.get_or_none(LoanRule.id == loan.rule_id) if loan.rule_id else None
        copy_ids = [c for (c,) in LoanItem.select(LoanItem.copy).where(LoanItem.loan == loan.id)
                    .order_by(LoanItem.id).tuples()]
        rows = {c.id: c for c in Copy.select(Copy, Document).join(Document)
                .where(Copy.id.in_(copy_ids))} if copy_ids else {}
        items = tuple(_copy_info(rows[i], rows[i].document, set()) for i in copy_ids)
        return LoanData(loan.id, loan.receipt_number, loan.visit_id, visitor.id,
                        visitor.full_name, mask_id(visitor.id_number, visitor.id_type),
                        loan.loaned_at, loan.due_date, loan.read_on_site,
                        rule.name if rule else "",
                        officer.full_name if officer else self.config.office.officer_name,
                        items, loan.printed_at, loan.print_count)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencetak struk peminjaman"))
    def receipt(self, loan_id: int) -> Receipt:
        """The receipt of a stored loan (a reprint says so on the paper)."""
        loan = Loan.get_by_id(loan_id)
        visitor = Visitor.get_by_id(loan.visitor_id)
        data = self.load(loan_id)
        if data.print_count:  # a reprint puts a borrower's name and NIK on paper again
            self._audit("receipt.reprint", loan_id, None, {"print_count": data.print_count})
        return build_loan_receipt(self.config, LoanReceiptData(
            receipt_number=data.receipt_number, loaned_at=data.loaned_at,
            visitor_name=visitor.full_name, visitor_id_type=visitor.id_type,
            visitor_id_number=visitor.id_number, visitor_institution=visitor.institution or "",
            items=tuple(ReceiptLine(i.label, i.title, i.barcode) for i in data.items),
            due_date=data.due_date, officer_name=data.officer_name,
            reprint=data.print_count))

    # -- internals
    @staticmethod
    def _rule(r: LoanRule) -> LoanRuleData:
        return LoanRuleData(r.id, r.name, bool(r.read_on_site), r.period_days, r.max_items,
                            r.doc_type, bool(r.skip_saturdays), bool(r.skip_sundays),
                            r.overdue_action or "warn", r.max_renewals or 0,
                            r.renew_max_days_late or 0)

    def _audit(self, action: str, loan_id: int, officer_id: int | None,
               detail: dict[str, object]) -> None:
        if officer_id is None:
            officer_id = getattr(getattr(self, "session", None), "officer_id", None)
        audit.record(at=self.clock(), officer=officer_id, action=action, entity="loan",
                        entity_id=loan_id, detail=json.dumps(detail, default=str,
                                                             ensure_ascii=False))

