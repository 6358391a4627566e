"""A person's rights over their data (UU 27/2022, Pasal 5-9): find, export, erase.

Administrator only, every act audited (ids and the request's reference, never the data):

* :meth:`PersonService.find` by NIK, name or phone (the look-up of the visit book).
* :meth:`PersonService.export` everything the desk holds about one visitor: the visitor row,
  every visit (times, purpose, consent and its notice version, rating, officer's notes),
  documents consulted, loans and returns, signatures and ID-card scans (decrypted), as JSON
  (images base64) and as a PDF to hand over (images drawn on the page).
* :meth:`PersonService.erase` on request, with the request's reference: the same anonymising
  as the retention period (name replaced, NIK, address, phone, e-mail, institution removed;
  signatures, scans and visit attachments deleted) under ``secure_delete``, then the WAL is
  checkpointed with truncate so no copy stays in the file. A visitor with a loan still open is
  refused: the receipt must name who has the document until it is back.
* :meth:`PersonService.reveal_nik`: the full NIK on screen, for an administrator, audited.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import SqliteDatabase
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import AppConfig
from jdih_desktop.errors import JdihError
from jdih_desktop.services import audit, citations
from jdih_desktop.services.session import ADMIN_ONLY, Session, requires
from jdih_desktop.services.visits import custom_value_text, stored_custom_fields
from jdih_desktop.store.models import (
    Attachment,
    Document,
    IdScan,
    Loan,
    LoanItem,
    Visit,
    VisitConsultation,
    Visitor,
    database_proxy,
)

Clock = Callable[[], dt.datetime]


class PersonError(JdihError):
    """The request cannot be served as asked; the message says why and what to do."""


@dataclass(frozen=True)
class PersonMatch:
    visitor_id: int
    full_name: str
    masked_id: str
    phone: str
    last_visit: dt.datetime | None
    open_loans: int


class PersonService:
    def __init__(self, config: AppConfig, clock: Clock, session: Session | None = None) -> None:
        self.config = config
        self.clock = clock
        self.session = session or Session()

    # ------------------------------------------------------------------ find
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mencari data pribadi seseorang"))
    def find(self, typed: str) -> list[PersonMatch]:
        from jdih_desktop.services.visits import VisitService

        finder = VisitService(self.config, self.clock, session=self.session)
        matches = finder.find_visitors(typed, limit=20)
        audit.record("person.find", "person", None, {"matches": len(matches)},
                     officer=self.session.officer_id, at=self.clock())
        return [PersonMatch(m.id, m.full_name, m.masked_id, m.phone, m.last_visit,
                            m.open_loans) for m in matches]

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "menampilkan NIK lengkap"))
    def reveal_nik(self, visitor_id: int) -> str:
        v = self._visitor(visitor_id)
        audit.record("nik.unmask", "visitor", visitor_id, {}, officer=self.session.officer_id,
                     at=self.clock())
        return v.id_number or ""

    # ------------------------------------------------------------------ export
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mengekspor data pribadi seseorang"))
    def collect(self, visitor_id: int) -> dict[str, Any]:
        """Everything held about the visitor, as plain data (images as bytes)."""
        v = self._visitor(visitor_id)
        visits = []
        for vs in Visit.select().where(Visit.visitor == visitor_id).order_by(Visit.arrived_at):
            consulted = [f"{citations.short_of(d)} — {d.judul}"
                         for d in Document.select().join(VisitConsultation).where(
                             VisitConsultation.visit == vs.id)]
            visits.append({
                "id": vs.id, "arrived_at": _iso(vs.arrived_at),
                "departed_at": _iso(vs.departed_at), "status": vs.status,
                "purpose": vs.purpose or "", "purpose_category": vs.purpose_category or "",
                "visitor_category": vs.visitor_category or "",
                "consent_given": bool(vs.consent_given),
                "consent_version": vs.consent_version or "", "consent_at": _iso(vs.consent_at),
                "rating": vs.rating, "rating_comment": vs.rating_comment or "",
                "officer_notes": vs.officer_notes or "", "consulted": consulted,
                # The office's own visit-book fields as answered (label, value), issue 15.
                "custom_fields": [(c["label"], custom_value_text(c))
                                  for c in stored_custom_fields(vs.custom_fields)],
                "signature_png": vs.signature_png,
                "handover_signature_png": vs.handover_signature_png,
                "id_scans": [{"mime": s.mime, "scanned_at": _iso(s.scanned_at),
                              "image": s.image} for s in IdScan.select().where(
                                  IdScan.visit == vs.id)],
                "attachments": [{"filename": a.filename, "mime": a.mime, "size": a.size}
                                for a in Attachment.select(Attachment.filename, Attachment.mime,
                                                           Attachment.size)
                                .where(Attachment.visit == vs.id)],
            })
        loans = []
        for ln in Loan.select().where(Loan.visitor == visitor_id).order_by(Loan.loaned_at):
            items = [{"barcode": it.copy.barcode, "title": it.copy.document.judul,
                      "returned_at": _iso(it.returned_at),
                      "condition": it.return_condition or ""}
                     for it in LoanItem.select().where(LoanItem.loan == ln.id)]
            loans.append({"receipt_number": ln.receipt_number, "loaned_at": _iso(ln.loaned_at),
                          "due_date": ln.due_date.isoformat() if ln.due_date else "",
                          "status": ln.status, "items": items})
        return {
            "generated_at": _iso(self.clock()), "office": self.config.office.name,
            "visitor": {"id": v.id, "full_name": v.full_name, "id_type": v.id_type,
                        "id_number": v.id_number or "", "institution": v.institution or "",
                        "address": v.address or "", "phone": v.phone or "",
                        "email": v.email or "", "category": v.category,
                        "created_at": _iso(v.created_at), "updated_at": _iso(v.updated_at),
                        "anonymised_at": _iso(v.anonymised_at)},
            "visits": visits, "loans": loans,
            "retention": {"years_after_last_visit": self.config.visit_book.retention_years,
                          "id_scan_days": self.config.visit_book.id_scan_retention_days},
        }

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mengekspor data pribadi seseorang"))
    def export(self, visitor_id: int, fmt: str, reference: str = "") -> bytes:
        """JSON or PDF of :meth:`collect`; audited with the request's reference."""
        if fmt not in ("json", "pdf"):
            raise PersonError(QT_TRANSLATE_NOOP(
                    "Messages", "Format ekspor tidak dikenal: %1; pilih json atau pdf."),
                    params=(repr(fmt),))
        data = self.collect(visitor_id)
        out = _to_json(data) if fmt == "json" else _to_pdf(data, reference)
        audit.record("person.export", "visitor", visitor_id,
                     {"format": fmt, "reference": reference.strip()[:100]},
                     officer=self.session.officer_id, at=self.clock())
        return out

    # ------------------------------------------------------------------ erase
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "menghapus data pribadi seseorang"))
    def erase(self, visitor_id: int, reference: str) -> dict[str, int]:
        """Anonymise the visitor on their request (reference required); returns counts."""
        from jdih_desktop.services.retention import RetentionService

        ref = " ".join((reference or "").split())
        if not ref:
            raise PersonError(QT_TRANSLATE_NOOP(
                    "Messages", "Isi nomor/rujukan permintaan penghapusan (mis. nomor surat atau "
                    "nomor register permintaan) — penghapusan dicatat dengannya."))
        if len(ref) > 100:
            raise PersonError(QT_TRANSLATE_NOOP(
                    "Messages", "Rujukan permintaan terlalu panjang (paling banyak 100 karakter)."))
        now = self.clock()
        db = database_proxy.obj
        sqlite = isinstance(db, SqliteDatabase)
        if sqlite:
            db.execute_sql("PRAGMA secure_delete = ON")
        try:
            with db.atomic():
                self._visitor(visitor_id)
                open_loans = Loan.select().where((Loan.visitor == visitor_id)
                                                 & (Loan.status != "returned")).count()
                if open_loans:
                    raise PersonError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Pengunjung ini masih meminjam (%1 peminjaman belum "
                            "kembali); terima pengembaliannya dahulu, lalu hapus "
                            "datanya."),
                            params=(open_loans,))
                if Visit.select().where((Visit.visitor == visitor_id)
                                        & (Visit.status == "open")).exists():
                    raise PersonError(QT_TRANSLATE_NOOP(
                            "Messages", "Kunjungan pengunjung ini masih berlangsung; selesaikan "
                            "atau batalkan dahulu, lalu hapus datanya."))
                their = Visit.select(Visit.id).where(Visit.visitor == visitor_id)
                counts = {
                    "id_scans": IdScan.select().where(IdScan.visit.in_(their)).count(),
                    "signatures": Visit.select().where(
                        (Visit.visitor == visitor_id)
                        & (Visit.signature_png.is_null(False)
                           | Visit.handover_signature_png.is_null(False))).count(),
                    "attachments": Attachment.select().where(
                        Attachment.visit.in_(their) & Attachment.document.is_null()).count(),
                }
                RetentionService._erase([visitor_id], now)
                audit.record("person.erase", "visitor", visitor_id,
                             {"reference": ref, **counts}, officer=self.session.officer_id,
                             at=now)
        finally:
            if sqlite:
                db.execute_sql("PRAGMA secure_delete = OFF")
        if sqlite:
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return counts

    @staticmethod
    def _visitor(visitor_id: int) -> Visitor:
        v = Visitor.get_or_none(Visitor.id == visitor_id)
        if v is None:
            raise PersonError(QT_TRANSLATE_NOOP(
                    "Messages", "Pengunjung nomor %1 tidak ditemukan."),
                    params=(visitor_id,))
        return v


def _iso(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _to_json(data: dict[str, Any]) -> bytes:
    def conv(o: Any) -> Any:
        if isinstance(o, bytes | bytearray | memoryview):
            return {"base64": base64.b64encode(bytes(o)).decode("ascii")}
        raise TypeError(type(o))

    return json.dumps(data, ensure_ascii=False, indent=2, default=conv).encode("utf-8")


def _to_pdf(data: dict[str, Any], reference: str) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def text(value: Any) -> str:
        s = escape(str(value if value not in (None, "") else "—"))
        if any(ord(c) >= 0x2E80 for c in s):  # Chinese, Japanese, Korean characters
            return f'<font name="STSong-Light">{s}</font>'
        return s

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9,
                          leading=11.5)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5,
                        leading=13, spaceBefore=8)
    v = data["visitor"]
    story: list[Any] = [
        Paragraph(f"Salinan data pribadi — {text(data['office'])}", h1),
        Paragraph(f"Dibuat {text(data['generated_at'])}; rujukan permintaan: "
                  f"{text(reference)}. Diserahkan kepada subjek data menurut UU Nomor 27 Tahun "
                  "2022 tentang Pelindungan Data Pribadi.", body),
        Paragraph("Data identitas", h2),
    ]
    rows = [("Nama lengkap", v["full_name"]), ("Jenis identitas", v["id_type"]),
            ("Nomor identitas", v["id_number"]), ("Instansi", v["institution"]),
            ("Alamat", v["address"]), ("Telepon", v["phone"]), ("E-mail", v["email"]),
            ("Kategori", v["category"]), ("Tercatat sejak", v["created_at"]),
            ("Dianonimkan", v["anonymised_at"])]
    grid = Table([[Paragraph(text(a), body), Paragraph(text(b), body)] for a, b in rows],
                 colWidths=[40 * mm, 130 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(grid)
    r = data["retention"]
    story.append(Paragraph(f"Lama penyimpanan: {r['years_after_last_visit']} tahun sejak "
                           f"kunjungan terakhir; pindaian kartu identitas {r['id_scan_days']} "
                           "hari setelah kunjungan.", body))
    story.append(Paragraph(f"Kunjungan ({len(data['visits'])})", h2))
    for vs in data["visits"]:
        story.append(Paragraph(
            f"<b>#{vs['id']}</b> {text(vs['arrived_at'])} – {text(vs['departed_at'])}, "
            f"{text(vs['status'])}; keperluan: {text(vs['purpose'])}; persetujuan: "
            f"{'ya' if vs['consent_given'] else 'tidak'} (versi {text(vs['consent_version'])});"
            f" penilaian: {text(vs['rating'])}; catatan petugas: {text(vs['officer_notes'])}; "
            f"dokumen dibaca: {text('; '.join(vs['consulted']))}"
            + "".join(f"; {text(k)}: {text(v)}" for k, v in vs.get("custom_fields", ())),
            body))
        images = [("Tanda tangan", vs["signature_png"]),
                  ("Tanda tangan serah terima", vs["handover_signature_png"])]
        images += [(f"Pindaian identitas ({s['scanned_at']})", s["image"])
                   for s in vs["id_scans"]]
        for label, blob in images:
            if not blob:
                continue
            try:
                img = Image(io.BytesIO(bytes(blob)))
                scale = min(1.0, (80 * mm) / img.imageWidth, (40 * mm) / img.imageHeight)
                img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                story += [Paragraph(text(label), body), img]
            except Exception:  # an unreadable image is named, never a failed export
                story.append(Paragraph(f"{text(label)}: gambar tidak dapat ditampilkan", body))
        for a in vs["attachments"]:
            story.append(Paragraph(f"Lampiran: {text(a['filename'])} ({a['size']} bita)", body))
        story.append(Spacer(1, 4))
    story.append(Paragraph(f"Peminjaman ({len(data['loans'])})", h2))
    for ln in data["loans"]:
        titles = "; ".join(f"{i['barcode']} {i['title']} (kembali {i['returned_at'] or '—'})"
                           for i in ln["items"])
        story.append(Paragraph(f"<b>{text(ln['receipt_number'])}</b> {text(ln['loaned_at'])},"
                               f" jatuh tempo {text(ln['due_date'])}, {text(ln['status'])}: "
                               f"{text(titles)}", body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Salinan data pribadi",
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm).build(story)
    return buf.getvalue()
