"""Visits as records that walk through SOP No. 9/2022, box by box.

A visit is saved the moment the visitor reports to the desk (box 1) and carries its current step
(``Visit.step``, a ``services.sop.Step`` name). Every method here completes one box, writes an
``AuditLog`` row and moves the stored step with ``services.sop.next_step`` and nothing else, so
closing the app at any moment loses nothing and the wizard can resume exactly where it was.

The visit book (box 3) is validated here, not in the widgets: the same rules apply to the
wizard, imports and tests, and which fields are required comes from ``config.visit_book``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import JOIN, fn

from jdih_desktop.config import AppConfig
from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit, citations
from jdih_desktop.services.session import DESK, Session, requires
from jdih_desktop.services.sop import Step, VisitFacts, next_step
from jdih_desktop.store import enums
from jdih_desktop.store.models import (
    Attachment,
    Document,
    IdScan,
    Loan,
    LoanItem,
    Officer,
    Visit,
    VisitConsultation,
    Visitor,
    VisitSelection,
    database_proxy,
)
from jdih_desktop.store.search import fold

if TYPE_CHECKING:
    from jdih_desktop.services.visit_book_settings import NoticeVersion, VisitBookSetup

Clock = Callable[[], dt.datetime]
# The notice version the form showed, sent with the form's values (not a field of the book).
NOTICE_SHOWN = "_notice_version"

STEP_LABELS: dict[Step, str] = {
    Step.ARRIVAL: QT_TRANSLATE_NOOP("VisitSteps", "Kedatangan"),
    Step.VISIT_BOOK: QT_TRANSLATE_NOOP("VisitSteps", "Buku kunjungan"),
    Step.ACCESS: QT_TRANSLATE_NOOP("VisitSteps", "Pemberian akses"),
    Step.BROWSE: QT_TRANSLATE_NOOP("VisitSteps", "Penelusuran koleksi"),
    Step.LOAN: QT_TRANSLATE_NOOP("VisitSteps", "Peminjaman"),
    Step.HANDOVER: QT_TRANSLATE_NOOP("VisitSteps", "Serah terima"),
    Step.DEPARTURE: QT_TRANSLATE_NOOP("VisitSteps", "Kepulangan"),
    Step.DOCUMENTATION: QT_TRANSLATE_NOOP("VisitSteps", "Dokumentasi"),
    Step.CLOSED: QT_TRANSLATE_NOOP("VisitSteps", "Selesai"),
}

RATING_LABELS: dict[int, str] = {1: "Tidak puas", 2: "Kurang puas", 3: "Puas", 4: "Sangat puas"}

FORM_FIELDS: tuple[str, ...] = ("full_name", "ktp_name", "id_type", "id_number", "institution",
                                "address", "phone", "email", "category", "purpose_category",
                                "purpose")
FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("VisitBookFields", "Nama lengkap"),
    "ktp_name": QT_TRANSLATE_NOOP("VisitBookFields", "Nama sesuai KTP"),
    "id_type": QT_TRANSLATE_NOOP("VisitBookFields", "Jenis identitas"),
    "id_number": QT_TRANSLATE_NOOP("VisitBookFields", "Nomor identitas"),
    "institution": QT_TRANSLATE_NOOP("VisitBookFields", "Instansi / lembaga"),
    "address": QT_TRANSLATE_NOOP("VisitBookFields", "Alamat"),
    "phone": QT_TRANSLATE_NOOP("VisitBookFields", "Nomor telepon"),
    "email": QT_TRANSLATE_NOOP("VisitBookFields", "E-mail"),
    "category": QT_TRANSLATE_NOOP("VisitBookFields", "Kategori pengunjung"),
    "purpose_category": QT_TRANSLATE_NOOP("VisitBookFields", "Jenis keperluan"),
    "purpose": QT_TRANSLATE_NOOP("VisitBookFields", "Keperluan"),
}
MAX_LENGTHS: dict[str, int] = {
    "full_name": 100, "ktp_name": 100, "id_number": 32, "institution": 150, "address": 300,
    "phone": 32, "email": 120, "purpose": 500,
}
MULTILINE_FIELDS = frozenset({"address", "purpose"})

# Kemendagri province codes (the first two digits of a NIK), Papua's 2022 provinces included.
PROVINCE_CODES = frozenset({
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
    61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
})
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29: the year is ambiguous
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                    r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_PHONE_PUNCT = re.compile(r"[\s().\-/]")
# Explicit bidirectional overrides and isolates can make a name display as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MASK = "•"


class VisitError(JdihError):
    """An operation on a visit is not possible now; the message says why and what to do."""


# ----------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class OfficerData:
    id: int
    full_name: str
    nip: str = ""


@dataclass
class VisitBookForm:
    """The visit book as typed (or pre-filled from a returning visitor)."""

    full_name: str = ""
    id_type: str = "nik"
    id_number: str = ""
    institution: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    category: str = "umum"
    purpose_category: str = ""
    purpose: str = ""
    ktp_name: str = ""  # the name in Latin letters as on the KTP (optional)
    # The office's own fields (Pengaturan → Buku kunjungan) as filled with this visit: key ->
    # value.
    extra: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, str]:
        return {**{f: getattr(self, f) for f in FORM_FIELDS}, **self.extra}


@dataclass(frozen=True)
class VisitorMatch:
    """A returning visitor found at the desk (NIK masked: this is shown on the officer screen)."""

    id: int
    full_name: str
    masked_id: str
    phone: str
    institution: str
    matched_on: str  # "nik", "phone" or "name"
    last_visit: dt.datetime | None = None
    open_loans: int = 0  # loans with documents not yet returned (the officer asks about them)
    ktp_name: str = ""  # the name in Latin letters, when it differs from the name as written


@dataclass(frozen=True)
class LoanSummary:
    id: int
    receipt_number: str
    due_date: dt.date | None
    read_on_site: bool
    items: int
    printed_at: dt.datetime | None
    print_count: int


@dataclass(frozen=True)
class AttachmentSummary:
    id: int
    kind: str
    filename: str
    mime: str
    size: int


@dataclass
class VisitData:
    """Everything a wizard page shows about one visit, read in one go (no lazy queries)."""

    id: int
    step: Step
    status: str
    visitor_id: int | None
    form: VisitBookForm
    masked_id: str
    arrived_at: dt.datetime
    consent_given: bool = False
    consent_version: str | None = None
    consent_at: dt.datetime | None = None
    has_signature: bool = False
    has_handover_signature: bool = False
    id_scans: int = 0
    access_officer: str | None = None
    access_at: dt.datetime | None = None
    wants_to_borrow: bool | None = None
    visit_book_at: dt.datetime | None = None
    browse_at: dt.datetime | None = None
    loan_at: dt.datetime | None = None
    handover_at: dt.datetime | None = None
    departed_at: dt.datetime | None = None
    documented_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str | None = None
    rating: int | None = None
    rating_comment: str | None = None
    officer_notes: str | None = None
    consultations: list[tuple[int, str]] = field(default_factory=list)
    loans: list[LoanSummary] = field(default_factory=list)
    attachments: list[AttachmentSummary] = field(default_factory=list)
    # The visit book as set now (for a form still to fill) and, once filled, the notice the
    # visitor consented to and the own fields with the labels they had then.
    book: VisitBookSetup | None = None
    notice: NoticeVersion | None = None
    custom_fields: list[dict[str, str]] = field(default_factory=list)

    @property
    def facts(self) -> VisitFacts:
        return VisitFacts(wants_to_borrow=self.wants_to_borrow)

    @property
    def visitor_label(self) -> str:
        if not self.form.full_name:
            return QT_TRANSLATE_NOOP("Messages", "(pengunjung belum diisi)")
        return f"{self.form.full_name} ({self.masked_id})" if self.masked_id \
            else self.form.full_name


@dataclass(frozen=True)
class VisitInProgress:
    """One row of the home page's list."""

    id: int
    step: Step
    step_label: str
    visitor: str  # name and masked id, or a placeholder before the visit book
    purpose: str
    arrived_at: dt.datetime


@dataclass(frozen=True)
class ValidationResult:
    """``errors``: each field's sentence (Indonesian, filled in); ``problems``: the same as
    marked templates and their values, for a display that translates them."""

    values: dict[str, str]
    errors: dict[str, str]
    problems: dict[str, str | tuple] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


# ----------------------------------------------------------------------------- helpers


def mask_id(number: str | None, id_type: str = "nik", mask: str = MASK) -> str:
    """Hide the middle of an identity number: ``6172••••••••0001``.

    The first four digits of a NIK (province and regency) and the last four stay readable so the
    officer can tell two visitors apart; the birth date in the middle never leaves the visit
    book page. Printouts pass ``mask="*"`` because receipt printers lack the bullet glyph.
    """
    if not number:
        return ""
    n = str(number)
    if id_type == "nik" and len(n) == 16:
        return n[:4] + mask * 8 + n[-4:]
    if len(n) <= 4:
        return mask * len(n)
    keep = 2 if len(n) < 9 else 4
    return mask * (len(n) - keep) + n[-keep:]


def fold_name(name: str) -> str:
    """The searchable spelling of a name (case and accents folded, spaces collapsed)."""
    return " ".join(fold(name).split())[:200]


def normalise_phone(raw: str) -> str | None:
    """``0812-3456-7890``, ``+62 812…``, ``62812…``, ``(0562) 631234`` -> ``+62…``; None if not."""
    s = _PHONE_PUNCT.sub("", raw.strip())
    if s.startswith("+62"):
        national = s[3:]
    elif s.startswith("62"):
        national = s[2:]
    elif s.startswith("0"):
        national = s[1:]
    else:
        return None
    if not national.isdigit() or not national.isascii() or national.startswith("0"):
        return None
    # Mobile 08xx-xxxx-xxx(x); landline: area code + subscriber number, e.g. 562 631234.
    lo, hi = (9, 12) if national.startswith("8") else (7, 11)
    ok = lo <= len(national) <= hi
    return f"+62{national}" if ok else None


def check_nik(nik: str) -> str | None:
    """The precise problem with a NIK, or None when it is plausible."""
    if not nik:
        return QT_TRANSLATE_NOOP("Messages", "NIK wajib diisi (16 angka pada KTP).")
    if not (nik.isascii() and nik.isdigit()):
        return QT_TRANSLATE_NOOP(
            "Messages", "NIK hanya boleh berisi angka 0–9, tanpa spasi atau tanda baca.")
    if len(nik) != 16:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "NIK harus 16 angka; yang diisi %1 angka."), len(nik))
    province = int(nik[:2])
    if province not in PROVINCE_CODES:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Kode provinsi pada NIK (%1) tidak dikenal — periksa dua angka pertama "
            "pada KTP."), nik[:2])
    if nik[2:4] == "00":
        return QT_TRANSLATE_NOOP(
            "Messages", "Kode kabupaten/kota pada NIK (angka ke-3 dan ke-4) tidak boleh 00.")
    if nik[4:6] == "00":
        return QT_TRANSLATE_NOOP(
            "Messages", "Kode kecamatan pada NIK (angka ke-5 dan ke-6) tidak boleh 00.")
    day, month = int(nik[6:8]), int(nik[8:10])
    if day > 40:
        day -= 40  # women: day of birth + 40
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Tanggal lahir pada NIK (angka ke-7 sampai ke-12: %1) tidak valid — "
            "periksa kembali KTP."), f"{nik[6:8]}-{nik[8:10]}-{nik[10:12]}")
    if nik[12:] == "0000":
        return QT_TRANSLATE_NOOP(
            "Messages", "Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.")
    return None


def _has_forbidden_chars(text: str, multiline: bool) -> bool:
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or ch in _BIDI_CONTROLS or ch in "\u2028\u2029":
            return True
    return False


def signature_is_blank(png: bytes | None) -> bool:
    """True when the bytes are not a PNG or the image has no ink at all."""
    if not png or not png.startswith(PNG_MAGIC):
        return True
    from PIL import Image

    try:
        with Image.open(io.BytesIO(png)) as img:
            rgba = img.convert("RGBA")
    except Exception:
        return True
    # Ink is anything not fully transparent and not (near) white.
    alpha = rgba.getchannel("A")
    gray = rgba.convert("L").point(lambda v: 255 if v < 200 else 0)
    inked = Image.composite(gray, Image.new("L", rgba.size, 0), alpha.point(
        lambda v: 255 if v > 30 else 0))
    return inked.getbbox() is None


def validate_visit_book(raw: Mapping[str, object], required: Collection[str],
                        shown: Collection[str] | None = None) -> ValidationResult:
    """Clean and check the visit book. Every problem gets its own Indonesian message.

    Nothing is coerced silently beyond trimming spaces and normalising the phone number, so the
    stored record is exactly what the visitor confirmed. A field the office hides
    (``shown``; None: all shown) is neither required nor read.
    """
    values: dict[str, str] = {}
    errors: dict[str, str] = {}
    req = set(required)
    if shown is not None:
        req &= set(shown) | {"full_name"}
    for name in FORM_FIELDS:
        value = raw.get(name, "") if shown is None or name in shown or name == "full_name" \
            else ""
        if name == "id_type" and not value and shown is not None and name not in shown:
            value = "nik"  # hidden: the identity number (if asked) is a NIK
        text = "" if value is None else str(value)
        if name in MULTILINE_FIELDS or _has_forbidden_chars(text, False):
            text = text.strip()
        else:
            text = " ".join(text.split())  # one line: runs of spaces become one
        values[name] = text
        label = FIELD_LABELS[name]
        if _has_forbidden_chars(text, name in MULTILINE_FIELDS):
            errors[name] = ((QT_TRANSLATE_NOOP(
                "Messages", "%1 berisi karakter kendali atau pengarah teks yang tidak diizinkan "
                "— hapus isinya lalu ketik ulang (jangan tempel dari dokumen lain)."), label))
            continue
        if not text:
            if name in req:
                errors[name] = (QT_TRANSLATE_NOOP(
                    "Messages", "%1 wajib diisi."), label)
            continue
        limit = MAX_LENGTHS.get(name)
        if limit and len(text) > limit:
            errors[name] = ((QT_TRANSLATE_NOOP(
                "Messages", "%1 terlalu panjang: %2 karakter, paling banyak %3."),
                label, len(text), limit))
    # Field-specific rules (only on values that passed the generic checks).
    name = values["full_name"]
    if "full_name" not in errors and name and (len(name) < 2
                                               or not any(c.isalpha() for c in name)):
        errors["full_name"] = QT_TRANSLATE_NOOP(
            "Messages", "Nama lengkap harus berisi huruf (paling sedikit 2 karakter).")
    ktp = values.get("ktp_name", "")
    if ktp and "ktp_name" not in errors and not all(
            ord(c) < 0x250 or unicodedata.category(c).startswith("Z") for c in ktp):
        errors["ktp_name"] = (QT_TRANSLATE_NOOP(
            "Messages", "Nama sesuai KTP ditulis dengan huruf Latin seperti di KTP (mis. Lim "
            "Mei Hua); nama dalam aksara lain diisi di Nama lengkap."))
    if values["id_type"] and values["id_type"] not in enums.ID_TYPES and "id_type" not in errors:
        errors["id_type"] = QT_TRANSLATE_NOOP(
            "Messages", "Jenis identitas tidak dikenal — pilih dari daftar.")
    if values["category"] and values["category"] not in enums.VISITOR_CATEGORIES \
            and "category" not in errors:
        errors["category"] = QT_TRANSLATE_NOOP(
            "Messages", "Kategori pengunjung tidak dikenal — pilih dari daftar.")
    if values["purpose_category"] and values["purpose_category"] not in \
            enums.PURPOSE_CATEGORIES and "purpose_category" not in errors:
        errors["purpose_category"] = QT_TRANSLATE_NOOP(
            "Messages", "Jenis keperluan tidak dikenal — pilih dari daftar.")
    if "id_number" not in errors and values["id_number"]:
        number = values["id_number"].replace(" ", "")
        values["id_number"] = number
        if values["id_type"] == "nik":
            problem = check_nik(number)
            if problem:
                errors["id_number"] = problem
        elif not re.fullmatch(r"[A-Za-z0-9./-]{3,32}", number):
            errors["id_number"] = (QT_TRANSLATE_NOOP(
                "Messages", "Nomor identitas hanya boleh berisi huruf, angka, titik, garis "
                "miring atau tanda hubung (3–32 karakter)."))
    if "phone" not in errors and values["phone"]:
        phone = normalise_phone(values["phone"])
        if phone is None:
            errors["phone"] = (QT_TRANSLATE_NOOP(
                "Messages", "Nomor telepon tidak dikenali — tulis seperti 0812-3456-7890, +62 "
                "812 3456 7890 atau (0562) 631234."))
        else:
            values["phone"] = phone
    if "email" not in errors and values["email"] and not _EMAIL.match(values["email"]):
        errors["email"] = QT_TRANSLATE_NOOP(
            "Messages", "Alamat e-mail tidak valid — contoh: nama@contoh.go.id.")
    return ValidationResult(values, ValidationError(errors).errors, errors)


def _json(detail: Mapping[str, object]) -> str:
    return json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True)


def _json_list(items: list[dict[str, str]]) -> str:
    return json.dumps(items, ensure_ascii=False)


def stored_custom_fields(text: str | None) -> list[dict[str, str]]:
    """A visit's own fields as stored (label, kind and value as they were); [] if none."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except ValueError:
        return []
    return [i for i in items if isinstance(i, dict) and "label" in i and "value" in i] \
        if isinstance(items, list) else []


def custom_value_text(item: Mapping[str, str]) -> str:
    """The value of an own field as a person reads it (yes/no spelled out)."""
    value = item.get("value", "")
    if item.get("kind") == "yesno":
        return {"ya": "Ya", "tidak": "Tidak"}.get(value, value)
    return value


# ----------------------------------------------------------------------------- the service


class VisitService:
    """The SOP's visit boxes as methods. ``clock`` gives every timestamp (tests move it)."""

    def __init__(self, config: AppConfig, clock: Clock, session: Session | None = None) -> None:
        self.config = config
        self.clock = clock
        self.session = session or Session()
        self._setup: VisitBookSetup | None = None

    # -- the visit book as set in Pengaturan → Buku kunjungan
    def use_setup(self, setup: VisitBookSetup) -> None:
        """The settings changed in this process: new forms and validation follow at once."""
        self._setup = setup

    def cached_setup(self) -> VisitBookSetup:
        """The settings last read, or config.ini's defaults: memory only (a form's first
        build on the GUI thread; ``load`` brings the current ones)."""
        from jdih_desktop.services.visit_book_settings import default_setup

        return self._setup or default_setup(self.config)

    def book_setup(self, refresh: bool = False) -> VisitBookSetup:
        """The visit book's settings (read from the database on first use or ``refresh``)."""
        from jdih_desktop.services.visit_book_settings import load_setup

        if self._setup is None or refresh:
            self._setup = load_setup(self.config)
        return self._setup

    # -- officers
    def default_officer(self) -> OfficerData | None:
        """The signed-in officer, else the first active desk officer: the one rule of
        ``services.officers.officer_on_duty`` (without a desk's own choice, which only
        ``OfficerService.on_duty`` knows)."""
        from jdih_desktop.services.officers import officer_on_duty  # officers imports us

        return officer_on_duty(self.session)

    # -- box 1-2: arrival
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuka kunjungan"))
    def open_visit(self, officer_id: int | None = None) -> VisitData:
        """The visitor reports to the desk: the visit exists from this moment on."""
        now = self.clock()
        if officer_id is None:
            officer_id = self.session.officer_id
        with database_proxy.atomic():
            visit = Visit.create(step=Step.ARRIVAL.name, officer=officer_id, arrived_at=now,
                                 updated_at=now)
            self._audit("visit.open", visit.id, officer_id, {})
        return self.load(visit.id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencari data pengunjung"))
    def find_visitors(self, typed: str, limit: int = 8) -> list[VisitorMatch]:
        """Returning visitors by NIK, phone or name prefix as the officer types.

        Each branch is a range scan on an index (``(id_type, id_number)``, ``phone``,
        ``name_search``), so the look-up stays instant with tens of thousands of visitors.
        """
        text = (typed or "").strip()
        wide = any(unicodedata.east_asian_width(c) in ("W", "F") for c in text)
        if len(text) < (1 if wide else 2):  # one Chinese character (林) is a whole syllable
            return []
        digits = re.sub(r"[\s().\-+]", "", text)
        found: dict[int, tuple[Visitor, str]] = {}
        if digits.isdigit() and len(digits) >= 3:
            q = (Visitor.select().where(Visitor.id_number >= digits,
                                        Visitor.id_number < digits + "\uffff")
                 .where(Visitor.id_type.in_(list(enums.ID_TYPES))).limit(limit))
            for v in q:
                found.setdefault(v.id, (v, "nik"))
            national = digits[1:] if digits.startswith("0") else digits[2:] \
                if digits.startswith("62") else digits
            if national:
                prefix = "+62" + national
                for v in Visitor.select().where(Visitor.phone >= prefix,
                                                Visitor.phone < prefix + "\uffff").limit(limit):
                    found.setdefault(v.id, (v, "phone"))
        else:
            key = fold_name(text)
            if key:
                q = Visitor.select().where(Visitor.name_search >= key,
                                           Visitor.name_search < key + "\uffff").limit(limit)
                for v in q:
                    found.setdefault(v.id, (v, "name"))
                q = Visitor.select().where(Visitor.ktp_search >= key,
                                           Visitor.ktp_search < key + "\uffff").limit(limit)
                for v in q:
                    found.setdefault(v.id, (v, "ktp"))
                if wide and len(found) < limit:  # a given name's character, not the surname
                    q = Visitor.select().where(Visitor.name_search.contains(key)).limit(limit)
                    for v in q:
                        found.setdefault(v.id, (v, "name"))
        if not found:
            return []
        ids = list(found)[:limit]
        last = dict(Visit.select(Visit.visitor, fn.MAX(Visit.arrived_at))
                    .where(Visit.visitor.in_(ids)).group_by(Visit.visitor).tuples())
        open_loans = dict(Loan.select(Loan.visitor, fn.COUNT(Loan.id))
                          .where(Loan.visitor.in_(ids) & (Loan.status != "returned"))
                          .group_by(Loan.visitor).tuples())
        out = []
        for vid in ids:
            v, how = found[vid]
            out.append(VisitorMatch(v.id, v.full_name, mask_id(v.id_number, v.id_type),
                                    v.phone or "", v.institution or "", how, last.get(vid),
                                    open_loans.get(vid, 0),
                                    v.ktp_name if v.ktp_name and v.ktp_name != v.full_name
                                    else ""))
        out.sort(key=lambda m: (m.matched_on != "nik", m.full_name.casefold()))
        return out

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat kedatangan"))
    def complete_arrival(self, visit_id: int, visitor_id: int | None = None) -> VisitData:
        """Box 2: a returning visitor is attached (the visit book is pre-filled) or not."""
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            if visitor_id is not None and \
                    not Visitor.select().where(Visitor.id == visitor_id).exists():
                raise VisitError(QT_TRANSLATE_NOOP(
                        "Messages", "Data pengunjung tidak ditemukan — cari ulang."))
            visit.visitor = visitor_id  # None: a new visitor (also undoes an earlier choice)
            self._complete(visit, Step.ARRIVAL, "visit.arrival", {"visitor": visitor_id})
        return self.load(visit_id)

    # -- box 3: visit book
    def validate(self, raw: Mapping[str, object],
                 setup: VisitBookSetup | None = None) -> ValidationResult:
        """The built-in fields and the office's own ones, as ``setup`` (default: the current
        settings) shows and requires them. Runs on memory only: the form calls it per key."""
        from jdih_desktop.services.visit_book_settings import check_custom

        setup = setup or self._setup
        if setup is None:  # nothing read yet: config.ini's required fields, all shown
            return validate_visit_book(raw, self.config.visit_book.required)
        result = validate_visit_book(raw, setup.required_keys, setup.shown_keys)
        custom = check_custom(raw, setup)
        values = {**result.values, **{v["key"]: v["value"] for v in custom.values}}
        custom_sentences = ValidationError(custom.errors).errors if custom.errors else {}
        return ValidationResult(values, {**result.errors, **custom_sentences},
                                {**result.problems, **custom.errors})

    def check_visit_book(self, raw: Mapping[str, object], consent: bool,
                         signature_png: bytes | None,
                         setup: VisitBookSetup | None = None) -> dict[str, str | tuple]:
        """All the problems that keep box 3 from being completed (empty when it can be), as
        ``ValidationError`` takes them (marked templates, with their values)."""
        errors: dict[str, str | tuple] = dict(self.validate(raw, setup).problems)
        shown_version = raw.get(NOTICE_SHOWN)
        if setup is not None and consent and shown_version \
                and shown_version != setup.notice.version:
            errors["consent"] = (QT_TRANSLATE_NOOP(
                "Messages", "Pemberitahuan privasi baru saja diperbarui (versi %1); pengunjung "
                "menyetujui versi %2. Baca versi baru dan setujui lagi."),
                setup.notice.version, shown_version)
        if not consent:
            errors["consent"] = (QT_TRANSLATE_NOOP(
                "Messages", "Pengunjung belum menyetujui pemberitahuan privasi — centang kotak "
                "persetujuan setelah membacanya."))
        if signature_is_blank(signature_png):
            errors["signature"] = QT_TRANSLATE_NOOP(
                "Messages", "Tanda tangan pengunjung masih kosong — minta pengunjung "
                "menandatangani di kotak tanda tangan.")
        return errors

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengisi buku kunjungan"))
    def save_visit_book(self, visit_id: int, raw: Mapping[str, object], *, consent: bool,
                        signature_png: bytes | None, id_scan_png: bytes | None = None,
                        id_scan_dpi: int | None = None,
                        keep_signature: bool = False) -> VisitData:
        """Box 3. Validates everything first; on any error raises and saves nothing.

        ``keep_signature``: the book is corrected after going back, and the visitor's signature
        already stored with this visit stands (no new signature given).
        """
        if keep_signature and signature_is_blank(signature_png):
            stored = Visit.select(Visit.signature_png).where(Visit.id == visit_id).scalar()
            signature_png = bytes(stored) if stored else None
        from jdih_desktop.services.visit_book_settings import check_custom

        setup = self.book_setup(refresh=True)  # the settings in force, not a cached copy
        errors = self.check_visit_book(raw, consent, signature_png, setup)
        if errors:
            raise ValidationError(errors)
        values = self.validate(raw, setup).values
        custom = check_custom(raw, setup).values
        now = self.clock()
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visitor = self._upsert_visitor(visit, values, now, setup.shown_keys)
            visit.visitor = visitor.id
            visit.purpose = values["purpose"] or None
            visit.purpose_category = values["purpose_category"] or None
            visit.visitor_category = values["category"] or None
            visit.consent_given = True
            visit.consent_version = setup.notice.version
            visit.privacy_notice = setup.notice.id
            # A book corrected after the settings changed keeps the answers to own fields the
            # form no longer shows (retired since), with their labels.
            kept = [c for c in stored_custom_fields(visit.custom_fields)
                    if c.get("key") not in setup.shown_keys]
            visit.custom_fields = _json_list(kept + custom) if kept or custom else None
            visit.consent_at = now
            visit.signature_png = signature_png
            visit.visit_book_at = now
            if id_scan_png:
                IdScan.create(visit=visit.id, image=id_scan_png, dpi=id_scan_dpi, scanned_at=now)
            self._complete(visit, Step.VISIT_BOOK, "visit.visit_book", {
                "visitor": visitor.id, "consent_version": visit.consent_version,
                "id_scan": bool(id_scan_png),
                "custom_fields": [v["key"] for v in custom]})
        return self.load(visit_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menyimpan pindaian identitas"))
    def add_id_scan(self, visit_id: int, png: bytes, dpi: int | None = None) -> None:
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            IdScan.create(visit=visit.id, image=png, dpi=dpi, scanned_at=self.clock())
            self._audit("visit.id_scan", visit.id, None, {"bytes": len(png)})

    # -- box 4: access
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "memberi akses"))
    def grant_access(self, visit_id: int, officer_id: int | None) -> VisitData:
        now = self.clock()
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visit.access_officer = officer_id
            visit.access_at = now
            self._complete(visit, Step.ACCESS, "visit.access", {}, officer_id)
        return self.load(visit_id)

    # -- box 5: browse
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat dokumen yang dibaca"))
    def record_consultation(self, visit_id: int, document_id: int) -> None:
        """A document the visitor looked at (once per visit; feeds "most consulted")."""
        with database_proxy.atomic():
            self._open_visit_row(visit_id)
            exists = VisitConsultation.select().where(
                (VisitConsultation.visit == visit_id)
                & (VisitConsultation.document == document_id)).exists()
            if not exists:
                VisitConsultation.create(visit=visit_id, document=document_id, at=self.clock())
                self._audit("visit.consultation", visit_id, None, {"document": document_id})

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat keputusan meminjam"))
    def decide_borrow(self, visit_id: int, wants_to_borrow: bool) -> VisitData:
        """The decision of box 5; the flowchart then goes to 6 (loan) or 8 (departure)."""
        now = self.clock()
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visit.wants_to_borrow = bool(wants_to_borrow)
            visit.browse_at = now
            self._complete(visit, Step.BROWSE, "visit.decision",
                           {"wants_to_borrow": bool(wants_to_borrow)})
        return self.load(visit_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah daftar pinjam"))
    def add_to_selection(self, visit_id: int, copy_id: int) -> bool:
        """Put a copy on the visit's "to borrow" list; False when it was already there.

        The list is stored (not kept in the window) so closing the app at box 5 or 6 and
        resuming the visit finds the same copies without scanning them again.
        """
        with database_proxy.atomic():
            self._open_visit_row(visit_id)
            exists = VisitSelection.select().where(
                (VisitSelection.visit == visit_id) & (VisitSelection.copy == copy_id)).exists()
            if exists:
                return False
            VisitSelection.create(visit=visit_id, copy=copy_id, added_at=self.clock())
            self._audit("visit.select", visit_id, None, {"copy": copy_id})
        return True

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah daftar pinjam"))
    def remove_from_selection(self, visit_id: int, copy_id: int) -> None:
        """Take a copy off the "to borrow" list (nothing happens when it is not on it)."""
        with database_proxy.atomic():
            self._open_visit_row(visit_id)
            removed = VisitSelection.delete().where(
                (VisitSelection.visit == visit_id) & (VisitSelection.copy == copy_id)).execute()
            if removed:
                self._audit("visit.unselect", visit_id, None, {"copy": copy_id})

    def selection(self, visit_id: int) -> list[int]:
        """The copy ids on the visit's "to borrow" list, in the order they were added."""
        return [cid for (cid,) in VisitSelection.select(VisitSelection.copy)
                .where(VisitSelection.visit == visit_id)
                .order_by(VisitSelection.added_at, VisitSelection.id).tuples()]

    # -- box 6-7: loan and handover
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat peminjaman"))
    def complete_loan(self, visit_id: int) -> VisitData:
        """Box 6 is done once a loan of this visit is saved (printed or waiting for a reprint)."""
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            if not Loan.select().where(Loan.visit == visit_id).exists():
                raise VisitError(QT_TRANSLATE_NOOP(
                        "Messages", "Belum ada peminjaman yang disimpan — pindai dokumen lalu "
                        "tekan Simpan & cetak."))
            visit.loan_at = self.clock()
            self._complete(visit, Step.LOAN, "visit.loan", {})
        return self.load(visit_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat serah terima"))
    def acknowledge_handover(self, visit_id: int, signature_png: bytes | None = None,
                             tapped: bool = False) -> VisitData:
        """Box 7: the visitor acknowledges the documents (a tap or a second signature)."""
        has_signature = not signature_is_blank(signature_png)
        if not tapped and not has_signature:
            raise ValidationError({"handover": QT_TRANSLATE_NOOP(
                                                   "Messages", "Pengunjung belum menyatakan "
                                                   "menerima dokumen — minta "
                                                   "pengunjung mengetuk Terima atau "
                                                   "menandatangani.")})
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            if has_signature:
                visit.handover_signature_png = signature_png
            visit.handover_at = self.clock()
            self._complete(visit, Step.HANDOVER, "visit.handover",
                           {"signed": has_signature, "tapped": bool(tapped)})
        return self.load(visit_id)

    # -- box 8: departure
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat kepulangan"))
    def record_departure(self, visit_id: int, rating: int | None = None,
                         comment: str = "") -> VisitData:
        if rating is not None and rating not in RATING_LABELS:
            raise ValidationError({"rating": QT_TRANSLATE_NOOP(
                                                 "Messages", "Penilaian harus 1 sampai 4.")})
        comment = (comment or "").strip()
        if _has_forbidden_chars(comment, True):
            raise ValidationError({"comment": QT_TRANSLATE_NOOP(
                                                  "Messages", "Komentar berisi karakter yang "
                                                  "tidak diizinkan.")})
        if len(comment) > 1000:
            raise ValidationError({"comment": (QT_TRANSLATE_NOOP(
                                                  "Messages", "Komentar terlalu panjang: %1 "
                                                  "karakter, paling banyak 1000."), len(comment))})
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visit.departed_at = self.clock()
            visit.rating = rating
            visit.rating_comment = comment or None
            self._complete(visit, Step.DEPARTURE, "visit.departure", {"rating": rating})
        return self.load(visit_id)

    # -- box 9: documentation
    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menyimpan catatan petugas"))
    def save_notes(self, visit_id: int, notes: str) -> None:
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visit.officer_notes = (notes or "").strip() or None
            visit.updated_at = self.clock()
            visit.save()
            self._audit("visit.notes", visit.id, None, {"chars": len(notes or "")})

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "melampirkan berkas kunjungan"))
    def add_attachment(self, visit_id: int, filename: str, content: bytes, mime: str,
                       kind: str = "photo") -> AttachmentSummary:
        """A photo or scan documenting the visit, kept in the database (backed up with it)."""
        if not content:
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas %1 kosong — pilih berkas lain."),
                    params=(filename,))
        if kind not in enums.ATTACHMENT_KINDS:
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Jenis lampiran tidak dikenal."))
        with database_proxy.atomic():
            self._open_visit_row(visit_id)
            att = Attachment.create(visit=visit_id, kind=kind, filename=filename[:255],
                                    mime=mime, content=content, size=len(content),
                                    sha256=hashlib.sha256(content).hexdigest(),
                                    created_at=self.clock())
            self._audit("visit.attachment", visit_id, None,
                        {"attachment": att.id, "bytes": len(content)})  # never the file name
        return AttachmentSummary(att.id, kind, att.filename, mime, len(content))

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menutup kunjungan"))
    def close_visit(self, visit_id: int, notes: str | None = None) -> VisitData:
        """Box 9 done: the officer's documentation is saved and the visit is closed."""
        now = self.clock()
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            if notes is not None:
                visit.officer_notes = notes.strip() or None
            visit.documented_at = now
            visit.status = "closed"
            self._complete(visit, Step.DOCUMENTATION, "visit.close", {})
            VisitSelection.delete().where(VisitSelection.visit == visit_id).execute()
        return self.load(visit_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membatalkan kunjungan"))
    def cancel_visit(self, visit_id: int, reason: str) -> VisitData:
        """Marks the visit cancelled; everything recorded so far stays."""
        reason = (reason or "").strip()
        if len(reason) < 3:
            raise ValidationError({"reason": QT_TRANSLATE_NOOP(
                                                 "Messages", "Tulis alasan pembatalan (paling "
                                                 "sedikit 3 karakter).")})
        with database_proxy.atomic():
            visit = self._open_visit_row(visit_id)
            visit.status = "cancelled"
            visit.cancelled_at = self.clock()
            visit.cancel_reason = reason[:1000]
            visit.updated_at = visit.cancelled_at
            visit.save()
            VisitSelection.delete().where(VisitSelection.visit == visit_id).execute()
            self._audit("visit.cancel", visit.id, None,
                        {"reason_chars": len(reason), "step": visit.step})
        return self.load(visit_id)

    # -- reading
    def list_in_progress(self) -> list[VisitInProgress]:
        """Open visits, oldest arrival first, in one query."""
        q = (Visit.select(Visit.id, Visit.step, Visit.arrived_at, Visit.purpose,
                          Visitor.full_name, Visitor.id_number, Visitor.id_type)
             .join(Visitor, join_type=JOIN.LEFT_OUTER, on=(Visit.visitor == Visitor.id))
             .where(Visit.status == "open").order_by(Visit.arrived_at, Visit.id).objects())
        out = []
        for r in q:
            step = Step[r.step]
            if r.full_name:
                masked = mask_id(r.id_number, r.id_type or "nik")
                who = f"{r.full_name} ({masked})" if masked else r.full_name
            else:
                who = QT_TRANSLATE_NOOP("Messages", "(pengunjung belum diisi)")
            out.append(VisitInProgress(r.id, step, STEP_LABELS[step], who, r.purpose or "",
                                       r.arrived_at))
        return out

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuka data kunjungan"))
    def load(self, visit_id: int) -> VisitData:
        """The visit and what hangs off it, as plain data."""
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None:
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Kunjungan nomor %1 tidak ditemukan."),
                    params=(visit_id,))
        form = VisitBookForm()
        masked = ""
        if visit.visitor_id:
            v = Visitor.get_by_id(visit.visitor_id)
            form = VisitBookForm(v.full_name, v.id_type, v.id_number or "", v.institution or "",
                                 v.address or "", v.phone or "", v.email or "", v.category,
                                 ktp_name=v.ktp_name or "")
            masked = mask_id(v.id_number, v.id_type)
        custom = stored_custom_fields(visit.custom_fields)
        notice = None
        if visit.visit_book_at:
            from jdih_desktop.services.visit_book_settings import load_notice

            form.purpose = visit.purpose or ""
            form.purpose_category = visit.purpose_category or ""
            form.category = visit.visitor_category or form.category
            form.extra = {c["key"]: c["value"] for c in custom if "key" in c}
            if visit.consent_given:
                notice = load_notice(self.config, visit.privacy_notice_id,
                                     visit.consent_version)
        access_officer = None
        if visit.access_officer_id:
            o = Officer.get_or_none(Officer.id == visit.access_officer_id)
            access_officer = o.full_name if o else None
        consultations = [
            (d.id, citations.short_of(d))
            for d in Document.select(Document.id, Document.singkatan_jenis, Document.jenis,
                                     Document.nomor, Document.tahun)
            .join(VisitConsultation).where(VisitConsultation.visit == visit_id)
            .order_by(VisitConsultation.at, VisitConsultation.id)]
        item_counts = dict(LoanItem.select(LoanItem.loan, fn.COUNT(LoanItem.id))
                           .join(Loan).where(Loan.visit == visit_id)
                           .group_by(LoanItem.loan).tuples())
        loans = [LoanSummary(ln.id, ln.receipt_number, ln.due_date, ln.read_on_site,
                             item_counts.get(ln.id, 0), ln.printed_at, ln.print_count)
                 for ln in Loan.select().where(Loan.visit == visit_id).order_by(Loan.id)]
        attachments = [AttachmentSummary(a.id, a.kind, a.filename, a.mime, a.size)
                       for a in Attachment.select(Attachment.id, Attachment.kind,
                                                  Attachment.filename, Attachment.mime,
                                                  Attachment.size)
                       .where(Attachment.visit == visit_id).order_by(Attachment.id)]
        id_scans = IdScan.select().where(IdScan.visit == visit_id).count()
        return VisitData(
            id=visit.id, step=Step[visit.step], status=visit.status,
            visitor_id=visit.visitor_id, form=form, masked_id=masked,
            arrived_at=visit.arrived_at, consent_given=visit.consent_given,
            consent_version=visit.consent_version, consent_at=visit.consent_at,
            has_signature=bool(visit.signature_png),
            has_handover_signature=bool(visit.handover_signature_png), id_scans=id_scans,
            access_officer=access_officer, access_at=visit.access_at,
            wants_to_borrow=visit.wants_to_borrow, visit_book_at=visit.visit_book_at,
            browse_at=visit.browse_at, loan_at=visit.loan_at, handover_at=visit.handover_at,
            departed_at=visit.departed_at, documented_at=visit.documented_at,
            cancelled_at=visit.cancelled_at, cancel_reason=visit.cancel_reason,
            rating=visit.rating, rating_comment=visit.rating_comment,
            officer_notes=visit.officer_notes, consultations=consultations, loans=loans,
            attachments=attachments, book=self.book_setup(refresh=True), notice=notice,
            custom_fields=custom)

    # -- internals
    def _open_visit_row(self, visit_id: int) -> Visit:
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None:
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Kunjungan nomor %1 tidak ditemukan."),
                    params=(visit_id,))
        if visit.status != "open":
            state = {"closed": QT_TRANSLATE_NOOP("Messages", "selesai"),
                     "cancelled": QT_TRANSLATE_NOOP("Messages", "dibatalkan")}.get(
                visit.status, visit.status)
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Kunjungan ini sudah %1; tidak dapat diubah lagi."),
                    params=(state,))
        return visit

    def _complete(self, visit: Visit, done: Step, action: str, detail: dict[str, object],
                  officer_id: int | None = None) -> None:
        """Store that box ``done`` is complete: the step moves on by the flowchart only."""
        previous = visit.step
        if done > Step[previous]:
            raise VisitError(QT_TRANSLATE_NOOP(
                    "Messages", "Langkah %1 belum dapat dikerjakan: kunjungan masih pada langkah "
                    "%2."),
                    params=(STEP_LABELS[done], STEP_LABELS[Step[previous]]))
        facts = VisitFacts(wants_to_borrow=visit.wants_to_borrow)
        new = next_step(done, facts)
        visit.step = new.name
        visit.updated_at = self.clock()
        visit.save()
        self._audit(action, visit.id, officer_id,
                    {**detail, "from": previous, "done": done.name, "to": new.name})

    def _upsert_visitor(self, visit: Visit, values: dict[str, str], now: dt.datetime,
                        shown: Collection[str] | None = None) -> Visitor:
        """The same person (same identity number, or the visitor attached at arrival) is one
        row, updated with what they confirmed today. A field the form did not show (hidden in
        Pengaturan → Buku kunjungan) keeps what is stored."""
        visitor = None
        if values["id_number"]:
            visitor = Visitor.get_or_none((Visitor.id_type == values["id_type"])
                                          & (Visitor.id_number == values["id_number"]))
        if visitor is None and visit.visitor_id:
            attached = Visitor.get_by_id(visit.visitor_id)
            same_id = not attached.id_number or (
                attached.id_type == values["id_type"]
                and attached.id_number == values["id_number"])
            if same_id:
                visitor = attached
        fields_ = {
            "full_name": values["full_name"], "id_type": values["id_type"] or "nik",
            "id_number": values["id_number"] or None,
            "institution": values["institution"] or None, "address": values["address"] or None,
            "phone": values["phone"] or None, "email": values["email"] or None,
            "category": values["category"] or "umum",
            "name_search": fold_name(values["full_name"]), "updated_at": now,
            "ktp_name": values.get("ktp_name") or None,
            "ktp_search": fold_name(values["ktp_name"]) if values.get("ktp_name") else None,
        }
        if visitor is None:
            return Visitor.create(created_at=now, **fields_)
        hidden = set(FORM_FIELDS) - set(shown) - {"full_name"} if shown is not None else set()
        for k, v in fields_.items():
            if k in hidden or (k == "ktp_search" and "ktp_name" in hidden):
                continue
            setattr(visitor, k, v)
        visitor.save()
        return visitor

    def _audit(self, action: str, visit_id: int, officer_id: int | None,
               detail: Mapping[str, object]) -> None:
        audit.record(at=self.clock(), officer=officer_id if officer_id is not None
                     else self.session.officer_id, action=action, entity="visit",
                     entity_id=visit_id, detail=_json(detail))
