"""The catalogue: documents with JDIHN metadata, their relations, copies and attachments.

Validation lives here (``validate_document``) so that the forms, the JDIHN/CSV import and the
command line reject the same things with the same Indonesian messages. Messages name the field
and say what to type instead, because the person reading them is at the desk, not a developer.

Barcode scheme of copies (eksemplar)
------------------------------------
Every copy gets ``JDIH`` followed by a 7-digit, zero-padded sequence number, e.g.
``JDIH0000042``. The sequence is the ``copy_barcode`` row of the ``Counter`` table, incremented
inside the same transaction that inserts the copy, so two desks sharing one database never hand
out the same number and a failed insert does not burn one. Numbers are never reused after a
copy is deleted (a label already stuck on a book must not start pointing at another one). The
scheme uses only upper-case letters and digits so it is valid Code128 subset B, reads well when
typed by hand and fits on a receipt printer label.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from peewee import SQL, fn

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit, citations
from jdih_desktop.services.numbering import next_copy_barcode
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store.db import is_sqlite as db_is_sqlite
from jdih_desktop.store.enums import (
    COPY_CONDITIONS,
    DOC_STATUS,
    DOC_TYPES,
    RELATION_INVERSE,
    RELATION_LABELS,
)
from jdih_desktop.store.fts import pg_document_vector_sql
from jdih_desktop.store.instruments import instrument_label, issuer_key
from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    DocumentRelation,
    Loan,
    LoanItem,
    database_proxy,
)
from jdih_desktop.store.search import (
    SearchFilters,
    filter_sql,
    parse_query,
    search_documents,
    sqlite_match,
    suggest,
    tsquery_expression,
    vocabulary_changed,
    with_typos,
)

# ----------------------------------------------------------------------------- plain data


@dataclass
class DocumentData:
    """Every column of ``Document`` as plain Python values (no live peewee row).

    Forms, imports and the detail panel all exchange this shape; ``id`` is None for a document
    not yet saved.
    """

    id: int | None = None
    doc_type: str = "peraturan"
    jenis: str = ""
    singkatan_jenis: str | None = None
    nomor: str | None = None
    tahun: int | None = None
    judul: str = ""
    teu_badan: str | None = None
    tempat_penetapan: str | None = None
    tanggal_penetapan: dt.date | None = None
    tanggal_pengundangan: dt.date | None = None
    sumber: str | None = None
    subjek: str | None = None
    status: str = "berlaku"
    bahasa: str = "Indonesia"
    lokasi: str | None = None
    bidang_hukum: str | None = None
    penerbit: str | None = None
    tempat_terbit: str | None = None
    isbn: str | None = None
    deskripsi_fisik: str | None = None
    abstrak: str | None = None
    catatan: str | None = None
    call_number: str | None = None
    nomor_induk: str | None = None
    jdihn_id: str | None = None
    source: str = "local"
    url_abstrak: str | None = None
    url_download: str | None = None
    file_download: str | None = None
    url_detail: str | None = None
    last_updated: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


DOCUMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(DocumentData))
# Columns a person or an import may set (id and timestamps are managed by the service).
EDITABLE_FIELDS: tuple[str, ...] = tuple(
    n for n in DOCUMENT_FIELDS if n not in ("id", "created_at", "updated_at"))

# Indonesian field labels, shared by the forms, the detail panel and the import error list.
FIELD_LABELS: dict[str, str] = {
    "doc_type": QT_TRANSLATE_NOOP("DocumentFields", "Tipe dokumen"),
    "jenis": QT_TRANSLATE_NOOP("DocumentFields", "Jenis/bentuk"),
    "singkatan_jenis": QT_TRANSLATE_NOOP("DocumentFields", "Singkatan jenis"),
    "nomor": QT_TRANSLATE_NOOP("DocumentFields", "Nomor"),
    "tahun": QT_TRANSLATE_NOOP("DocumentFields", "Tahun"),
    "judul": QT_TRANSLATE_NOOP("DocumentFields", "Judul"),
    "teu_badan": QT_TRANSLATE_NOOP("DocumentFields", "T.E.U. badan/pengarang"),
    "tempat_penetapan": QT_TRANSLATE_NOOP("DocumentFields", "Tempat penetapan"),
    "tanggal_penetapan": QT_TRANSLATE_NOOP("DocumentFields", "Tanggal penetapan"),
    "tanggal_pengundangan": QT_TRANSLATE_NOOP("DocumentFields", "Tanggal pengundangan"),
    "sumber": QT_TRANSLATE_NOOP("DocumentFields", "Sumber"),
    "subjek": QT_TRANSLATE_NOOP("DocumentFields", "Subjek"),
    "status": QT_TRANSLATE_NOOP("DocumentFields", "Status"),
    "bahasa": QT_TRANSLATE_NOOP("DocumentFields", "Bahasa"),
    "lokasi": QT_TRANSLATE_NOOP("DocumentFields", "Lokasi"),
    "bidang_hukum": QT_TRANSLATE_NOOP("DocumentFields", "Bidang hukum"),
    "penerbit": QT_TRANSLATE_NOOP("DocumentFields", "Penerbit"),
    "tempat_terbit": QT_TRANSLATE_NOOP("DocumentFields", "Tempat terbit"),
    "isbn": QT_TRANSLATE_NOOP("DocumentFields", "ISBN"),
    "deskripsi_fisik": QT_TRANSLATE_NOOP("DocumentFields", "Deskripsi fisik"),
    "abstrak": QT_TRANSLATE_NOOP("DocumentFields", "Abstrak"),
    "catatan": QT_TRANSLATE_NOOP("DocumentFields", "Catatan"),
    "call_number": QT_TRANSLATE_NOOP("DocumentFields", "Nomor panggil"),
    "nomor_induk": QT_TRANSLATE_NOOP("DocumentFields", "Nomor induk buku"),
    "jdihn_id": QT_TRANSLATE_NOOP("DocumentFields", "ID JDIHN (idData)"),
    "source": QT_TRANSLATE_NOOP("DocumentFields", "Asal data"),
    "url_abstrak": QT_TRANSLATE_NOOP("DocumentFields", "URL abstrak"),
    "url_download": QT_TRANSLATE_NOOP("DocumentFields", "URL unduhan"),
    "file_download": QT_TRANSLATE_NOOP("DocumentFields", "Nama berkas unduhan"),
    "url_detail": QT_TRANSLATE_NOOP("DocumentFields", "URL detail"),
    "last_updated": QT_TRANSLATE_NOOP("DocumentFields", "Terakhir diperbarui"),
}

# Required fields per document type: the core JDIHN elements a JDIH website cannot publish
# without. Kept to what real JDIHN feeds reliably carry, so imports of honest feeds pass.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "peraturan": ("jenis", "nomor", "tahun", "judul", "teu_badan"),
    "monografi": ("jenis", "judul", "teu_badan", "tahun", "penerbit"),
    "artikel": ("jenis", "judul", "teu_badan", "sumber", "tahun"),
    "putusan": ("jenis", "nomor", "tahun", "judul", "teu_badan"),
}

# The fields each type shows on its form, in order (JDIHN elements of that type).
TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "peraturan": ("jenis", "singkatan_jenis", "nomor", "tahun", "judul", "teu_badan",
                  "tempat_penetapan", "tanggal_penetapan", "tanggal_pengundangan", "sumber",
                  "subjek", "status", "bahasa", "lokasi", "bidang_hukum", "abstrak", "catatan",
                  "call_number", "jdihn_id", "url_download"),
    "monografi": ("jenis", "judul", "teu_badan", "nomor", "tahun", "tempat_terbit", "penerbit",
                  "deskripsi_fisik", "isbn", "subjek", "bahasa", "lokasi", "bidang_hukum",
                  "call_number", "nomor_induk", "abstrak", "catatan", "jdihn_id"),
    "artikel": ("jenis", "judul", "teu_badan", "sumber", "tahun", "subjek", "bahasa",
                "lokasi", "bidang_hukum", "abstrak", "catatan", "call_number", "jdihn_id",
                "url_download"),
    "putusan": ("jenis", "nomor", "tahun", "judul", "teu_badan", "tempat_penetapan",
                "tanggal_penetapan", "sumber", "subjek", "status", "bahasa", "lokasi",
                "bidang_hukum", "abstrak", "catatan", "call_number", "jdihn_id",
                "url_download"),
}

# Labels that read better per type (a monograph's T.E.U. is its author, etc.).
TYPE_LABELS: dict[str, dict[str, str]] = {
    "monografi": {
        "teu_badan": QT_TRANSLATE_NOOP("DocumentFields", "Pengarang (T.E.U.)"),
        "tahun": QT_TRANSLATE_NOOP("DocumentFields", "Tahun terbit"),
        "jenis": QT_TRANSLATE_NOOP("DocumentFields", "Bentuk (mis. Buku)"),
    },
    "artikel": {
        "teu_badan": QT_TRANSLATE_NOOP("DocumentFields", "Penulis"),
        "sumber": QT_TRANSLATE_NOOP("DocumentFields", "Sumber (jurnal/majalah)"),
        "tahun": QT_TRANSLATE_NOOP("DocumentFields", "Tahun terbit"),
        "jenis": QT_TRANSLATE_NOOP("DocumentFields", "Bentuk (mis. Artikel Jurnal)"),
    },
    "putusan": {
        "teu_badan": QT_TRANSLATE_NOOP("DocumentFields", "Lembaga peradilan"),
        "jenis": QT_TRANSLATE_NOOP("DocumentFields", "Jenis peradilan"),
        "tanggal_penetapan": QT_TRANSLATE_NOOP("DocumentFields", "Tanggal dibacakan"),
        "tempat_penetapan": QT_TRANSLATE_NOOP("DocumentFields", "Tempat peradilan"),
    },
}

# Long text columns have no length in the schema; these limits keep a 10 MB string out.
TEXT_LIMITS: dict[str, int] = {"judul": 2000, "abstrak": 20000, "catatan": 5000}
MULTILINE_FIELDS = frozenset({"judul", "abstrak", "catatan"})
URL_FIELDS = ("url_abstrak", "url_download", "url_detail")
PERATURAN_MIN_YEAR = 1945


def field_label(name: str, doc_type: str | None = None) -> str:
    """The Indonesian label of a field, worded for the document type when that helps."""
    if doc_type and name in TYPE_LABELS.get(doc_type, {}):
        return TYPE_LABELS[doc_type][name]
    return FIELD_LABELS.get(name, name)


def _max_lengths() -> dict[str, int]:
    out = dict(TEXT_LIMITS)
    for f in Document._meta.sorted_fields:
        length = getattr(f, "max_length", None)
        if length and f.name in DOCUMENT_FIELDS:
            out[f.name] = int(length)
    return out


MAX_LENGTHS: dict[str, int] = _max_lengths()


# ----------------------------------------------------------------------------- helpers


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def normalise_subject(text: str | None) -> str | None:
    """JDIHN subject heading: upper case, parts joined by " - ".

    People type "pemilu, kampanye", "Pemilu -- Kampanye" or "PEMILU ;kampanye"; all become
    "PEMILU - KAMPANYE" so that completion and the subject filter see one spelling. A hyphen
    inside a word ("UNDANG-UNDANG", "SEWENANG-WENANG") and a slash ("KABUPATEN/KOTA") belong
    to the term and are kept; a hyphen with a space on either side, a double hyphen, a dash,
    a comma or a semicolon separates parts.
    """
    if text is None:
        return None
    parts = re.split(r"\s+-+\s*|\s*-+\s+|\s*(?:--+|–|—|,|;)\s*", text.strip())
    cleaned = [" ".join(p.split()).upper() for p in parts]
    cleaned = [p for p in cleaned if p]
    return " - ".join(cleaned) or None


def isbn_valid(isbn: str) -> bool:
    """True for a correct ISBN-10 or ISBN-13 check digit (hyphens, spaces and a leading
    "ISBN"/"ISBN-13:" as printed on the book are ignored)."""
    s = re.sub(r"^\s*ISBN(?:-1[03])?\s*:?", "", isbn, flags=re.IGNORECASE)
    s = re.sub(r"[\s-]", "", s).upper()
    if len(s) == 10 and re.fullmatch(r"\d{9}[\dX]", s):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
        return total % 11 == 0
    if len(s) == 13 and s.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s[:12]))
        return (10 - total % 10) % 10 == int(s[12])
    return False


# Unicode category Cc is exactly U+0000-001F and U+007F-009F, Cs exactly U+D800-DFFF; with the
# line and paragraph separators these are the characters a field may not hold. One compiled
# class per mode scans in C: the per-character unicodedata loop was ~40% of an import's dry run.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_CONTROL_MULTILINE_RE = re.compile(  # the same less tab, LF and CR
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def _control_chars(value: str, multiline: bool) -> list[str]:
    """The characters ``value`` may not hold, in order (tab, CR and LF allowed if multiline)."""
    if value.isprintable():  # fast path: no Cc/Cs, no U+2028/2029 (all non-printable)
        return []
    return (_CONTROL_MULTILINE_RE if multiline else _CONTROL_RE).findall(value)


def _is_date(value: object) -> bool:
    """A calendar date (a datetime is not one: it would not compare with a date)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


# ----------------------------------------------------------------------------- validation


def validate_document(data: DocumentData, *, today: dt.date) -> dict[str, str]:
    """Every problem of a document as field -> precise Indonesian message ({} when valid).

    Pure: no database access (duplicates are ``find_duplicate``), so an import can validate
    100k rows quickly and a form can validate on every keystroke.
    """
    errors: dict[str, str] = {}

    def add(name: str, message: str) -> None:
        errors.setdefault(name, message)

    # Unknown or non-text type/status: report it, then validate as if the type were unknown.
    doc_type = data.doc_type if isinstance(data.doc_type, str) else None
    if doc_type not in DOC_TYPES:
        allowed = ", ".join(DOC_TYPES)
        add("doc_type", sentence(QT_TRANSLATE_NOOP(
            "Messages", "Tipe dokumen %1 tidak dikenal. Pilih salah satu: %2."),
            repr(data.doc_type), allowed))
        doc_type = None
    if not isinstance(data.status, str) or data.status not in DOC_STATUS:
        add("status", sentence(QT_TRANSLATE_NOOP(
            "Messages", "Status %1 tidak dikenal. Pilih 'berlaku' atau 'tidak_berlaku'."),
            repr(data.status)))

    # Strings: type, control characters, length.
    for name in EDITABLE_FIELDS:
        value = getattr(data, name)
        if name in ("tahun", "tanggal_penetapan", "tanggal_pengundangan", "last_updated"):
            continue
        if value is None:
            continue
        label = field_label(name, doc_type)
        if not isinstance(value, str):
            add(name, sentence(QT_TRANSLATE_NOOP("Messages", "%1 harus berupa teks, bukan %2."),
                               label, type(value).__name__))
            continue
        bad = _control_chars(value, name in MULTILINE_FIELDS)
        if bad:
            code = f"U+{ord(bad[0]):04X}"
            add(name, sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 berisi karakter kendali yang tidak tercetak (%2). Hapus "
                "karakter itu lalu ketik ulang teksnya."), label, code))
            continue
        limit = MAX_LENGTHS.get(name)
        if limit and len(value) > limit:
            add(name, sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 terlalu panjang: %2 karakter, paling banyak %3. Persingkat "
                "isinya."), label, len(value), limit))

    # Required fields of this type.
    for name in REQUIRED_FIELDS.get(doc_type, ("jenis", "judul")):
        if _blank(getattr(data, name)):
            add(name, sentence(QT_TRANSLATE_NOOP("Messages", "%1 wajib diisi untuk %2."),
                               field_label(name, doc_type),
                               DOC_TYPES.get(doc_type, QT_TRANSLATE_NOOP("Messages",
                                                                         "dokumen ini"))))

    # Year.
    tahun = data.tahun
    if tahun is not None:
        if isinstance(tahun, bool) or not isinstance(tahun, int):
            add("tahun", sentence(QT_TRANSLATE_NOOP(
                "Messages", "Tahun harus berupa angka empat digit, bukan %1."), repr(tahun)))
            tahun = None
        elif tahun > today.year:
            add("tahun", sentence(QT_TRANSLATE_NOOP(
                "Messages", "Tahun %1 belum terjadi: paling lambat %2. Periksa kembali "
                "tahunnya."), tahun, today.year))
        elif doc_type == "peraturan" and tahun < PERATURAN_MIN_YEAR:
            add("tahun", sentence(QT_TRANSLATE_NOOP(
                "Messages", "Tahun %1 terlalu awal untuk peraturan: paling awal %2. Periksa "
                "kembali tahunnya."), tahun, PERATURAN_MIN_YEAR))
        elif tahun < 1000:
            add("tahun", sentence(QT_TRANSLATE_NOOP(
                "Messages", "Tahun %1 tidak wajar. Tulis tahun dengan empat digit, mis. "
                "2021."), tahun))

    # Dates.
    pen = data.tanggal_penetapan
    pgd = data.tanggal_pengundangan
    for name, value in (("tanggal_penetapan", pen), ("tanggal_pengundangan", pgd)):
        if value is not None and not _is_date(value):
            add(name, sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 harus berupa tanggal (HH-BB-TTTT)."),
                field_label(name, doc_type)))
        elif value is not None and value > today:
            add(name, sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 %2 belum terjadi: paling lambat hari ini (%3)."),
                field_label(name, doc_type), f"{value:%d-%m-%Y}", f"{today:%d-%m-%Y}"))
    pen = pen if _is_date(pen) else None
    pgd = pgd if _is_date(pgd) else None
    if pen is not None and pgd is not None and pen > pgd:
        add("tanggal_penetapan", sentence(QT_TRANSLATE_NOOP(
            "Messages", "Tanggal penetapan %1 jatuh sesudah tanggal pengundangan %2. "
            "Peraturan ditetapkan dulu, baru diundangkan: periksa kedua tanggal."),
            f"{pen:%d-%m-%Y}", f"{pgd:%d-%m-%Y}"))
    if (doc_type in ("peraturan", "putusan") and isinstance(tahun, int)
            and pen is not None and pen.year != tahun and "tahun" not in errors):
        add("tahun", sentence(QT_TRANSLATE_NOOP(
            "Messages", "Tahun %1 tidak sama dengan tahun tanggal penetapan (%2). Samakan "
            "tahun dengan tanggal penetapan."), tahun, pen.year))

    # ISBN.
    if (isinstance(data.isbn, str) and data.isbn.strip() and "isbn" not in errors
            and not isbn_valid(data.isbn)):
        add("isbn", sentence(QT_TRANSLATE_NOOP(
            "Messages", "ISBN %1 tidak valid (digit pemeriksa salah atau jumlah digit bukan "
            "10/13). Salin ulang dari balik halaman judul."), data.isbn.strip()))

    # URLs.
    for name in URL_FIELDS:
        value = getattr(data, name)
        if (isinstance(value, str) and value.strip() and name not in errors
                and not re.match(r"^https?://\S+$", value.strip(), re.IGNORECASE)):
            add(name, sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 harus diawali http:// atau https:// dan tanpa spasi."),
                field_label(name, doc_type)))

    if data.last_updated is not None and not isinstance(data.last_updated, dt.datetime):
        add("last_updated", QT_TRANSLATE_NOOP(
            "Messages", "Terakhir diperbarui harus berupa tanggal dan jam."))
    return errors


def find_duplicate(data: DocumentData) -> int | None:
    """The id of another document that is the same one: same jenis + nomor + tahun from the
    same issuer (jenis and nomor compared without case or extra spaces; the issuer is
    ``instruments.issuer_key``), or the same JDIHN idData within the same source. None when
    unique.

    Numberless documents (most monographs) are never duplicates by number; Perda Kota
    Kendari 1/2021 and Perda Kabupaten Toba 1/2021 are two laws.
    """
    exclude = data.id
    source = (data.source or "local").strip() or "local"
    if data.jdihn_id and str(data.jdihn_id).strip():
        q = Document.select(Document.id).where(Document.jdihn_id == str(data.jdihn_id).strip(),
                                               Document.source == source)
        if exclude is not None:
            q = q.where(Document.id != exclude)
        row = q.first()
        if row is not None:
            return row.id
    if _blank(data.nomor) or data.tahun is None or _blank(data.jenis):
        return None
    nomor = " ".join(str(data.nomor).split())
    jenis = " ".join(str(data.jenis).split())
    issuer = issuer_key(data.teu_badan, data.judul, data.jenis)
    base = Document.select(Document.id).where(Document.tahun == data.tahun,
                                              Document.issuer == issuer)
    if exclude is not None:
        base = base.where(Document.id != exclude)
    # The unique (jenis, nomor, tahun, issuer) index answers the exact spelling at once; the
    # tahun index narrows the case-insensitive fallback ("Peraturan KPU" vs "peraturan kpu").
    row = base.where(Document.jenis == jenis, Document.nomor == nomor).first()
    if row is None:
        row = base.where(fn.lower(Document.jenis) == jenis.lower(),
                         fn.lower(Document.nomor) == nomor.lower()).first()
    return row.id if row is not None else None


@functools.lru_cache(maxsize=4096)
def _instrument(jenis: str | None, singkatan: str | None, judul: str | None) -> str:
    return (instrument_label(jenis, singkatan, (judul or "")[:160]) or singkatan or jenis
            or "")


# ----------------------------------------------------------------------------- service data

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
DOCUMENT_ATTACHMENT_KINDS = ("full_text", "abstrak", "lampiran", "digitised", "return_scan")
SUBJECT_SUGGESTION_LIMIT = 20

# Header-click sorts beyond those of store.search (key -> ORDER BY on alias d).
EXTRA_SORTS: dict[str, str] = {
    "jenis_asc": "d.jenis ASC, d.id ASC",
    "jenis_desc": "d.jenis DESC, d.id DESC",
    "nomor_asc": "d.nomor ASC, d.id ASC",
    "nomor_desc": "d.nomor DESC, d.id DESC",
    "judul_desc": "d.judul DESC, d.id DESC",
    "status_asc": "d.status ASC, d.id ASC",
    "status_desc": "d.status DESC, d.id DESC",
    "subjek_asc": "d.subjek ASC, d.id ASC",
    "subjek_desc": "d.subjek DESC, d.id DESC",
    "doc_type_asc": "d.doc_type ASC, d.id ASC",
    "doc_type_desc": "d.doc_type DESC, d.id DESC",
}


class CatalogueError(JdihError):
    """A catalogue operation was refused; ``message`` says what to do instead."""


class DuplicateDocumentError(ValidationError):
    """The document is already catalogued; ``existing_id`` is the one that is."""

    def __init__(self, errors: dict[str, str], existing_id: int) -> None:
        super().__init__(errors)
        self.existing_id = existing_id


@dataclass
class DocumentRow:
    """One line of the catalogue table (only what the table shows)."""

    id: int
    doc_type: str
    jenis: str
    singkatan_jenis: str | None
    nomor: str | None
    tahun: int | None
    judul: str
    status: str
    subjek: str | None
    copies: int = 0

    @property
    def citation(self) -> str:
        return citation_of(self.singkatan_jenis, self.jenis, self.nomor, self.tahun)

    @property
    def instrument(self) -> str:
        """What the Jenis column shows: the instrument as people say it (UU, PKPU, Perda …),
        else the abbreviation or the jenis as catalogued."""
        return _instrument(self.jenis, self.singkatan_jenis, self.judul)


@dataclass
class ResultPage:
    """The first rows of a search and its total (a lower bound while ``exact`` is False)."""

    total: int
    rows: list[DocumentRow]
    exact: bool = True


@dataclass
class RelationView:
    id: int
    kind: str
    label: str  # "Dicabut oleh"
    other_id: int
    other_citation: str
    other_title: str
    note: str | None = None

    @property
    def text(self) -> str:
        return f"{self.label} {self.other_citation}"


@dataclass
class CopyView:
    id: int
    document_id: int
    barcode: str
    shelf: str | None
    condition: str
    read_on_site: bool
    withdrawn: bool
    notes: str | None
    on_loan: bool = False
    loan_receipt: str | None = None


@dataclass
class AttachmentView:
    id: int
    document_id: int | None
    kind: str
    filename: str
    mime: str
    size: int
    sha256: str
    pages: int | None
    created_at: dt.datetime | None


@dataclass
class DocumentDetail:
    """A document with everything the detail panel shows, as plain data."""

    data: DocumentData
    relations: list[RelationView]
    copies: list[CopyView]
    attachments: list[AttachmentView]

    @property
    def citation(self) -> str:
        d = self.data
        return citation_of(d.singkatan_jenis, d.jenis, d.nomor, d.tahun)

    @property
    def revoked_by(self) -> list[str]:
        """"Dicabut oleh PKPU 4/2021" lines: why a document is no longer in force."""
        return [r.text for r in self.relations if r.kind == "dicabut"]


@dataclass
class LabelData:
    """What a barcode label shows for one copy."""

    barcode: str
    short_title: str
    call_number: str


citation_of = citations.short  # "PKPU 4/2021" (one home: services/citations.py)


def short_title(judul: str, limit: int = 40) -> str:
    """A title cut on a word boundary for labels and lists."""
    text = " ".join((judul or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def pdf_page_count(content: bytes) -> int | None:
    """Pages of a PDF, or None when it cannot be read (then the field stays empty)."""
    try:
        from pypdf import PdfReader  # optional: only in dev installs

        return len(PdfReader(io.BytesIO(content)).pages)
    except ImportError:
        found = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", content))
        return found or None
    except Exception:
        return None


def clean_document(data: DocumentData) -> DocumentData:
    """Trim strings, turn blanks (and the feeds' "-") into None, normalise the subject."""
    out = DocumentData(**{f: getattr(data, f) for f in DOCUMENT_FIELDS})
    for name in EDITABLE_FIELDS:
        value = getattr(out, name)
        if isinstance(value, str):
            # Single-line fields lose doubled spaces and stray line breaks from copy-paste.
            value = value.strip() if name in MULTILINE_FIELDS else " ".join(value.split())
            if value in ("", "-") and name not in ("jenis", "judul"):
                value = None
            setattr(out, name, value)
    out.subjek = normalise_subject(out.subjek) if isinstance(out.subjek, str) else out.subjek
    out.jenis = out.jenis or ""
    out.judul = out.judul or ""
    return out


# ----------------------------------------------------------------------------- service


class CatalogueService:
    """Documents, relations, copies and attachments, each change audited.

    Every method works on the database bound to the store's proxy and returns plain
    dataclasses, so the UI never holds a live row.
    """

    def __init__(self, clock: Callable[[], dt.datetime]) -> None:
        self.clock = clock
        # Who is on duty, for changes whose caller names no officer (set by build_services).
        self.officer_source: Callable[[], int | None] | None = None

    # ------------------------------------------------------------------ helpers
    def _audit(self, action: str, entity: str, entity_id: int | None,
               officer_id: int | None = None, **detail: object) -> None:
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        audit.record(at=self.clock(), officer=officer_id, action=action, entity=entity,
                        entity_id=entity_id,
                        detail=json.dumps(detail, ensure_ascii=False, default=str)
                        if detail else None)

    def _get(self, document_id: int) -> Document:
        doc = Document.get_or_none(Document.id == document_id)
        if doc is None:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Dokumen nomor %1 tidak ada lagi di katalog (mungkin sudah "
                    "dihapus). Muat ulang daftar."),
                    params=(document_id,))
        return doc

    @staticmethod
    def _to_data(doc: Document) -> DocumentData:
        return DocumentData(**{f: getattr(doc, f) for f in DOCUMENT_FIELDS})

    # ------------------------------------------------------------------ documents
    def get_document(self, document_id: int) -> DocumentData:
        return self._to_data(self._get(document_id))

    def check(self, data: DocumentData) -> dict[str, str]:
        """Validation plus the duplicate check, as field -> message (what a form shows)."""
        clean = clean_document(data)
        errors = validate_document(clean, today=self.clock().date())
        if not errors:
            dup = find_duplicate(clean)
            if dup is not None:
                errors.update(self._duplicate_errors(clean, dup))
        return errors

    def _duplicate_errors(self, data: DocumentData, dup: int) -> dict[str, str]:
        other = Document.get_by_id(dup)
        cite = citation_of(other.singkatan_jenis, other.jenis, other.nomor, other.tahun)
        if data.jdihn_id and other.jdihn_id == data.jdihn_id and other.source == data.source:
            return {"jdihn_id": sentence(QT_TRANSLATE_NOOP(
                "Messages", "ID JDIHN %1 sudah dipakai oleh %2 (dokumen nomor %3). Buka "
                "dokumen itu untuk mengubahnya."), data.jdihn_id, cite, dup)}
        short = short_title(other.judul, 60)
        if other.teu_badan:
            return {"nomor": sentence(QT_TRANSLATE_NOOP(
                "Messages", "Dokumen %1 nomor %2 tahun %3 dari %4 sudah ada di katalog "
                "(dokumen nomor %5: %6). Buka dokumen itu untuk mengubahnya, jangan dicatat dua "
                "kali."), data.jenis, data.nomor, data.tahun, other.teu_badan, dup, short)}
        return {"nomor": sentence(QT_TRANSLATE_NOOP(
            "Messages", "Dokumen %1 nomor %2 tahun %3 sudah ada di katalog (dokumen nomor %4: "
            "%5). Buka dokumen itu untuk mengubahnya, jangan dicatat dua kali."),
            data.jenis, data.nomor, data.tahun, dup, short)}

    def _validated(self, data: DocumentData) -> DocumentData:
        clean = clean_document(data)
        errors = validate_document(clean, today=self.clock().date())
        if errors:
            raise ValidationError(errors)
        dup = find_duplicate(clean)
        if dup is not None:
            raise DuplicateDocumentError(self._duplicate_errors(clean, dup), dup)
        return clean

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menambah dokumen katalog"))
    def create_document(self, data: DocumentData, officer_id: int | None = None) -> int:
        """Validate, refuse duplicates, insert and audit; returns the new id."""
        clean = self._validated(DocumentData(**{**data.__dict__, "id": None}))
        now = self.clock()
        values = {f: getattr(clean, f) for f in EDITABLE_FIELDS}
        with Document._meta.database.atomic():
            doc = Document.create(**values, created_at=now, updated_at=now)
            vocabulary_changed()
            self._audit("document.create", "document", doc.id, officer_id,
                        citation=citation_of(clean.singkatan_jenis, clean.jenis, clean.nomor,
                                             clean.tahun))
        return doc.id

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah dokumen katalog"))
    def update_document(self, data: DocumentData, officer_id: int | None = None) -> None:
        """Save an edited document; the audit detail lists the fields that changed."""
        if data.id is None:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Dokumen belum disimpan; gunakan Tambah dokumen."))
        old = self._get(data.id)
        clean = self._validated(data)
        changed = {f: [str(getattr(old, f)), str(getattr(clean, f))] for f in EDITABLE_FIELDS
                   if getattr(old, f) != getattr(clean, f)}
        if not changed:
            return
        with Document._meta.database.atomic():
            Document.update(**{f: getattr(clean, f) for f in changed},
                            issuer=issuer_key(clean.teu_badan, clean.judul, clean.jenis),
                            updated_at=self.clock()).where(Document.id == data.id).execute()
            self._audit("document.update", "document", data.id, officer_id,
                        changed=sorted(changed))
        vocabulary_changed()

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menghapus dokumen katalog"))
    def delete_document(self, document_id: int, officer_id: int | None = None) -> None:
        """Remove a document with its relations, attachments and copies never lent out.

        A document whose copies have a loan history stays: the loan records must keep
        pointing at it (withdraw the copies instead).
        """
        doc = self._get(document_id)
        lent = (LoanItem.select(LoanItem.id).join(Copy)
                .where(Copy.document == document_id).exists())
        if lent:
            raise CatalogueError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Dokumen ini tidak dapat dihapus karena eksemplarnya pernah "
                    "dipinjam; riwayat peminjaman harus tetap utuh. Tandai "
                    "eksemplarnya ditarik atau ubah statusnya."))
        cite = citation_of(doc.singkatan_jenis, doc.jenis, doc.nomor, doc.tahun)
        with Document._meta.database.atomic():
            revoked = [r.target_id for r in DocumentRelation.select().where(
                DocumentRelation.source == document_id, DocumentRelation.kind == "mencabut")]
            Copy.delete().where(Copy.document == document_id).execute()
            DocumentRelation.delete().where(
                (DocumentRelation.source == document_id)
                | (DocumentRelation.target == document_id)).execute()
            Document.delete().where(Document.id == document_id).execute()
            for target in revoked:
                self._restore_status_if_free(target)
            self._audit("document.delete", "document", document_id, officer_id, citation=cite)

    def document_detail(self, document_id: int) -> DocumentDetail:
        doc = self._get(document_id)
        return DocumentDetail(data=self._to_data(doc),
                              relations=self.relations(document_id),
                              copies=self.copies(document_id),
                              attachments=self.attachments(document_id))

    # ------------------------------------------------------------------ table pages
    def page(self, filters: SearchFilters, offset: int, limit: int) -> list[DocumentRow]:
        """One window of the catalogue table, in the filters' order.

        Only ``limit`` rows are read (indexed queries on the id list), so a table over 100k
        documents costs the same as one over 100.
        """
        return self._rows(self._page_ids(filters, int(offset), int(limit)))

    @staticmethod
    def _rows(ids: list[int]) -> list[DocumentRow]:
        if not ids:
            return []
        copies = (Copy.select(fn.count(Copy.id)).where(
            (Copy.document == Document.id) & (Copy.withdrawn == False)))  # noqa: E712
        rows = (Document.select(Document.id, Document.doc_type, Document.jenis,
                                Document.singkatan_jenis, Document.nomor, Document.tahun,
                                Document.judul, Document.status, Document.subjek,
                                copies.alias("n_copies"))
                .where(Document.id.in_(ids)).dicts())
        by_id = {r["id"]: r for r in rows}
        out = []
        for i in ids:
            r = by_id.get(i)
            if r is None:
                continue
            n = r.pop("n_copies") or 0
            out.append(DocumentRow(**r, copies=int(n)))
        return out

    def count(self, filters: SearchFilters) -> int:
        """How many documents match (for the table's size and the result label).

        A plain ``count(*)`` over the same match and filters as the pages: no ranking, which
        would cost as much as the count again on a broad full-text search.
        """
        db, _ph, source, where_sql, params = self._match_sql(filters)
        if source.startswith("document_fts f CROSS JOIN") and where_sql.count(" AND ") == 0:
            # A text search without SQL filters: the index alone counts (no row lookups)
            source, where_sql = "document_fts", " WHERE document_fts MATCH ?"
        return int(db.execute_sql(f"SELECT count(*) FROM {source}{where_sql}",
                                  params).fetchone()[0])

    def first_page(self, filters: SearchFilters, limit: int) -> tuple[int, list[DocumentRow]]:
        """The match count and the first rows together: what a new search needs.

        Safe to call on a worker thread (a broad full-text search over 100k documents takes a
        noticeable fraction of a second): off the main thread it uses that thread's own
        connection and closes it before returning, so no connection is left behind.
        """
        db = database_proxy.obj
        worker = threading.current_thread() is not threading.main_thread()
        try:
            if filters.sort not in EXTRA_SORTS:
                # One search gives the page and its exact total (the count query runs only
                # when the matches exceed the ranked candidates): what a keystroke waits for.
                hits = search_documents(filters, limit=limit, offset=0, count=True)
                return hits.total, self._rows(hits.ids)
            return self.count(filters), self.page(filters, 0, limit)
        finally:
            if worker and not db.is_closed():
                db.close()

    def search_page(self, filters: SearchFilters, limit: int) -> ResultPage:
        """The first rows of a search, and its total when that costs nothing extra.

        What a keystroke waits for: the table paints these rows at once. ``exact`` is False when
        the matches exceed the ranked candidates and the total (a lower bound here) needs its
        own count (``count``), which the window asks for after painting. Runs on the calling
        thread's connection and leaves it open (the catalogue's search thread keeps one).
        """
        if filters.sort not in EXTRA_SORTS:
            # A listing without words counts on an index in a few ms: counted at once
            listing = parse_query(filters.text).empty
            hits = search_documents(filters, limit=limit, offset=0, count=listing)
            return ResultPage(hits.total, self._rows(hits.ids), hits.exact)
        return ResultPage(self.count(filters), self.page(filters, 0, limit), True)

    def _page_ids(self, filters: SearchFilters, offset: int, limit: int) -> list[int]:
        if filters.sort not in EXTRA_SORTS:  # relevance and the store's own sorts
            return search_documents(filters, limit=limit, offset=offset, count=False).ids
        db, ph, source, where_sql, params = self._match_sql(filters)
        sql = (f"SELECT d.id FROM {source}{where_sql} ORDER BY {EXTRA_SORTS[filters.sort]} "
               f"LIMIT {ph} OFFSET {ph}")
        return [r[0] for r in db.execute_sql(sql, [*params, limit, offset]).fetchall()]

    @staticmethod
    def _match_sql(filters: SearchFilters) -> tuple[Any, str, str, str, list[object]]:
        """FROM and WHERE of a search, the same way ``store.search`` builds them."""
        db = database_proxy.obj
        sqlite = db_is_sqlite(db)
        ph = "?" if sqlite else "%s"
        where, params = filter_sql(filters, ph)
        q = parse_query(filters.text)
        source = "document d"
        match: list[object] = []
        if not q.empty:
            if sqlite:
                q = with_typos(q, db)  # the same typo tolerance as the search itself
                text, facets, where, params = sqlite_match(filters, q, db)
                source = "document_fts f CROSS JOIN document d ON d.id = f.rowid"
                where.insert(0, "document_fts MATCH ?")
                match = [f"({text}) AND {facets}" if facets else text]
            else:
                q = with_typos(q, db)
                where.insert(0, f"{pg_document_vector_sql('d')} @@ to_tsquery('simple', %s)")
                match = [tsquery_expression(q)]
        where_sql = (" WHERE " + " AND ".join(where)) if where else ""
        return db, ph, source, where_sql, [*match, *params]

    def sources(self) -> list[str]:
        """The sources documents came from (JDIH sites' feeds, files), most documents first;
        ``local`` (entered here) is left out: an import never writes as this desk."""
        rows = (Document.select(Document.source, fn.count(Document.id).alias("n"))
                .where(Document.source.is_null(False) & (Document.source != "local"))
                .group_by(Document.source).order_by(SQL("n DESC"), Document.source).tuples())
        return [name for name, _n in rows if name]

    def suggestion(self, text: str) -> str | None:
        """"Maksud Anda: …?" for a search that found nothing (None: nothing better)."""
        return suggest(text)

    # ------------------------------------------------------------------ subjects
    def subject_suggestions(self, prefix: str, limit: int = SUBJECT_SUGGESTION_LIMIT
                            ) -> list[str]:
        """Subject headings already used that start with ``prefix`` (or whose later part does:
        "kamp" offers "PEMILU - KAMPANYE"), most used first."""
        p = " ".join((prefix or "").split()).upper()
        q = (Document.select(Document.subjek, fn.count(Document.id).alias("n"))
             .where(Document.subjek.is_null(False))
             .group_by(Document.subjek).order_by(SQL("n DESC"), Document.subjek).limit(limit))
        if p:  # peewee escapes LIKE wildcards in startswith/contains itself
            q = q.where(Document.subjek.startswith(p) | Document.subjek.contains(f" - {p}"))
        return [r.subjek for r in q]

    # ------------------------------------------------------------------ relations
    def relations(self, document_id: int) -> list[RelationView]:
        other = Document.alias()
        q = (DocumentRelation.select(DocumentRelation, other.id, other.jenis,
                                     other.singkatan_jenis, other.nomor, other.tahun,
                                     other.judul)
             .join(other, on=(DocumentRelation.target == other.id))
             .where(DocumentRelation.source == document_id)
             .order_by(DocumentRelation.kind, DocumentRelation.id))
        out = []
        for r in q:
            t = r.target
            out.append(RelationView(
                id=r.id, kind=r.kind, label=RELATION_LABELS.get(r.kind, r.kind),
                other_id=t.id, other_citation=citation_of(t.singkatan_jenis, t.jenis, t.nomor,
                                                          t.tahun),
                other_title=t.judul, note=r.note))
        return out

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah relasi dokumen"))
    def set_relation(self, source_id: int, target_id: int, kind: str, note: str | None = None,
                     officer_id: int | None = None) -> None:
        """Record "source <kind> target" and its inverse in one transaction.

        The revoked side of a mencabut/dicabut pair becomes "tidak berlaku" at once, so the
        catalogue never shows a revoked rule as in force.
        """
        if kind not in RELATION_INVERSE:
            allowed = ", ".join(RELATION_INVERSE)
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Jenis relasi %1 tidak dikenal. Pilih: %2."),
                    params=(repr(kind), allowed))
        if source_id == target_id:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Dokumen tidak dapat berelasi dengan dirinya sendiri. Pilih "
                    "dokumen lain."))
        source = self._get(source_id)
        target = self._get(target_id)
        inverse = RELATION_INVERSE[kind]
        note = (note or "").strip() or None
        with Document._meta.database.atomic():
            for s, t, k in ((source_id, target_id, kind), (target_id, source_id, inverse)):
                row = DocumentRelation.get_or_none(source=s, target=t, kind=k)
                if row is None:
                    DocumentRelation.create(source=s, target=t, kind=k, note=note)
                elif row.note != note:
                    row.note = note
                    row.save()
            revoked = target if kind == "mencabut" else source if kind == "dicabut" else None
            if revoked is not None and revoked.status != "tidak_berlaku":
                Document.update(status="tidak_berlaku", updated_at=self.clock()).where(
                    Document.id == revoked.id).execute()
                self._audit("document.status", "document", revoked.id, officer_id,
                            status="tidak_berlaku", reason=kind)
            self._audit("relation.set", "document", source_id, officer_id, kind=kind,
                        target=target_id)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah relasi dokumen"))
    def remove_relation(self, source_id: int, target_id: int, kind: str,
                        officer_id: int | None = None) -> None:
        """Remove a relation and its inverse. A document no longer revoked by anything goes
        back to "berlaku"."""
        inverse = RELATION_INVERSE.get(kind)
        if inverse is None:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Jenis relasi %1 tidak dikenal."),
                    params=(repr(kind),))
        with Document._meta.database.atomic():
            n = DocumentRelation.delete().where(
                ((DocumentRelation.source == source_id) & (DocumentRelation.target == target_id)
                 & (DocumentRelation.kind == kind))
                | ((DocumentRelation.source == target_id)
                   & (DocumentRelation.target == source_id)
                   & (DocumentRelation.kind == inverse))).execute()
            if not n:
                return
            revoked = target_id if kind == "mencabut" else source_id if kind == "dicabut" \
                else None
            if revoked is not None:
                self._restore_status_if_free(revoked, officer_id)
            self._audit("relation.remove", "document", source_id, officer_id, kind=kind,
                        target=target_id)

    def _restore_status_if_free(self, document_id: int, officer_id: int | None = None) -> None:
        still = DocumentRelation.select().where(DocumentRelation.source == document_id,
                                                DocumentRelation.kind == "dicabut").exists()
        if not still:
            n = Document.update(status="berlaku", updated_at=self.clock()).where(
                Document.id == document_id, Document.status == "tidak_berlaku").execute()
            if n:
                self._audit("document.status", "document", document_id, officer_id,
                            status="berlaku", reason="relasi pencabutan dihapus")

    # ------------------------------------------------------------------ copies
    def copies(self, document_id: int) -> list[CopyView]:
        open_items = {li.copy_id: li.loan.receipt_number for li in
                      LoanItem.select(LoanItem, Loan.receipt_number).join(Loan)
                      .switch(LoanItem).join(Copy)
                      .where(Copy.document == document_id, LoanItem.returned_at.is_null())}
        return [self._copy_view(c, open_items.get(c.id)) for c in
                Copy.select().where(Copy.document == document_id).order_by(Copy.id)]

    @staticmethod
    def _copy_view(c: Copy, receipt: str | None) -> CopyView:
        return CopyView(id=c.id, document_id=c.document_id, barcode=c.barcode, shelf=c.shelf,
                        condition=c.condition, read_on_site=bool(c.read_on_site),
                        withdrawn=bool(c.withdrawn), notes=c.notes, on_loan=receipt is not None,
                        loan_receipt=receipt)

    def next_barcode(self) -> str:
        """Take the next copy barcode from the ``copy_barcode`` counter (call in a transaction)."""
        return next_copy_barcode()

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menambah eksemplar"))
    def add_copy(self, document_id: int, shelf: str | None = None, condition: str = "baik",
                 read_on_site: bool = False, notes: str | None = None,
                 officer_id: int | None = None) -> CopyView:
        """A new copy with the next barcode of the scheme (see the module docstring)."""
        self._get(document_id)
        errors = self._copy_errors(shelf, condition)
        if errors:
            raise ValidationError(errors)
        with Document._meta.database.atomic():
            barcode = self.next_barcode()
            while Copy.select().where(Copy.barcode == barcode).exists():
                barcode = self.next_barcode()  # an imported copy already took this number
            c = Copy.create(document=document_id, barcode=barcode,
                            shelf=(shelf or "").strip() or None, condition=condition,
                            read_on_site=bool(read_on_site), notes=(notes or "").strip() or None,
                            created_at=self.clock())
            self._audit("copy.add", "copy", c.id, officer_id, barcode=barcode,
                        document=document_id)
        return self._copy_view(c, None)

    @staticmethod
    def _copy_errors(shelf: str | None, condition: str) -> dict[str, str]:
        errors = {}
        if condition not in COPY_CONDITIONS:
            errors["condition"] = ((QT_TRANSLATE_NOOP(
                "Messages", "Kondisi %1 tidak dikenal. Pilih Baik, Rusak atau Hilang."),
                repr(condition)))
        if shelf and len(shelf.strip()) > 100:
            errors["shelf"] = QT_TRANSLATE_NOOP(
                "Messages", "Lokasi rak terlalu panjang (paling banyak 100 karakter).")
        return errors

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah eksemplar"))
    def update_copy(self, copy_id: int, shelf: str | None, condition: str, read_on_site: bool,
                    notes: str | None = None, withdrawn: bool | None = None,
                    officer_id: int | None = None) -> CopyView:
        c = self._copy(copy_id)
        errors = self._copy_errors(shelf, condition)
        if errors:
            raise ValidationError(errors)
        c.shelf = (shelf or "").strip() or None
        c.condition = condition
        c.read_on_site = bool(read_on_site)
        c.notes = (notes or "").strip() or None
        if withdrawn is not None:
            c.withdrawn = bool(withdrawn)
        with Document._meta.database.atomic():
            c.save()
            self._audit("copy.update", "copy", c.id, officer_id, barcode=c.barcode)
        return self._copy_view(c, self._open_receipt(copy_id))

    def _copy(self, copy_id: int) -> Copy:
        c = Copy.get_or_none(Copy.id == copy_id)
        if c is None:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Eksemplar nomor %1 tidak ada lagi. Muat ulang daftar."),
                    params=(copy_id,))
        return c

    @staticmethod
    def _open_receipt(copy_id: int) -> str | None:
        li = (LoanItem.select(LoanItem, Loan.receipt_number).join(Loan)
              .where(LoanItem.copy == copy_id, LoanItem.returned_at.is_null()).first())
        return li.loan.receipt_number if li else None

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menghapus eksemplar"))
    def remove_copy(self, copy_id: int, officer_id: int | None = None) -> bool:
        """Delete a copy; returns False when it was withdrawn instead.

        A copy on loan is refused (it is in a visitor's hands). A copy with a past loan is
        withdrawn rather than deleted, so old receipts keep pointing at it.
        """
        c = self._copy(copy_id)
        receipt = self._open_receipt(copy_id)
        if receipt is not None:
            raise CatalogueError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Eksemplar %1 sedang dipinjam (bukti %2) dan tidak dapat dihapus. "
                    "Terima dulu pengembaliannya di meja Pengembalian (F8), lalu "
                    "hapus."),
                    params=(c.barcode, receipt))
        with Document._meta.database.atomic():
            if LoanItem.select().where(LoanItem.copy == copy_id).exists():
                Copy.update(withdrawn=True).where(Copy.id == copy_id).execute()
                self._audit("copy.withdraw", "copy", copy_id, officer_id, barcode=c.barcode)
                return False
            Copy.delete().where(Copy.id == copy_id).execute()
            self._audit("copy.remove", "copy", copy_id, officer_id, barcode=c.barcode)
        return True

    def find_copy(self, barcode: str) -> CopyView | None:
        c = Copy.get_or_none(Copy.barcode == barcode.strip().upper())
        return self._copy_view(c, self._open_receipt(c.id)) if c else None

    def labels_for_copies(self, copy_ids: list[int]) -> list[LabelData]:
        """Label text for the chosen copies, in the order given."""
        q = (Copy.select(Copy.id, Copy.barcode, Copy.shelf, Document.judul, Document.jenis,
                         Document.singkatan_jenis, Document.nomor, Document.tahun,
                         Document.call_number)
             .join(Document).where(Copy.id.in_(list(copy_ids))))
        by_id = {c.id: c for c in q}
        out = []
        for cid in copy_ids:
            c = by_id.get(cid)
            if c is None:
                continue
            d = c.document
            cite = citation_of(d.singkatan_jenis, d.jenis, d.nomor, d.tahun)
            title = short_title(f"{cite} {d.judul}" if d.nomor else d.judul, 48)
            out.append(LabelData(barcode=c.barcode, short_title=title,
                                 call_number=d.call_number or c.shelf or cite))
        return out

    # ------------------------------------------------------------------ attachments
    def attachments(self, document_id: int) -> list[AttachmentView]:
        q = (Attachment.select(Attachment.id, Attachment.document, Attachment.kind,
                               Attachment.filename, Attachment.mime, Attachment.size,
                               Attachment.sha256, Attachment.pages, Attachment.created_at)
             .where(Attachment.document == document_id).order_by(Attachment.id))
        return [AttachmentView(id=a.id, document_id=a.document_id, kind=a.kind,
                               filename=a.filename, mime=a.mime, size=a.size, sha256=a.sha256,
                               pages=a.pages, created_at=a.created_at) for a in q]

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "melampirkan berkas dokumen"))
    def add_attachment(self, document_id: int, kind: str, filename: str, content: bytes,
                       mime: str = "application/pdf", pages: int | None = None,
                       officer_id: int | None = None) -> AttachmentView:
        """Store a file with the document (size limit, sha256, page count for PDFs)."""
        self._get(document_id)
        name = (filename or "").strip().replace("\\", "/").rsplit("/", 1)[-1]
        if kind not in DOCUMENT_ATTACHMENT_KINDS:
            raise ValidationError({"kind": (QT_TRANSLATE_NOOP(
                                               "Messages", "Jenis lampiran %1 tidak dikenal. "
                                               "Pilih naskah lengkap, abstrak atau "
                                               "lampiran."), repr(kind))})
        if not name:
            raise ValidationError({"filename": QT_TRANSLATE_NOOP(
                                                   "Messages", "Nama berkas kosong. Pilih "
                                                   "berkas yang benar.")})
        if not content:
            raise ValidationError({"content": (QT_TRANSLATE_NOOP(
                                                  "Messages", "Berkas %1 kosong (0 bita). Pilih "
                                                  "berkas lain."), name)})
        if len(content) > MAX_ATTACHMENT_BYTES:
            mb = len(content) / 1024 / 1024
            limit = MAX_ATTACHMENT_BYTES // 1024 // 1024
            raise ValidationError({"content": (QT_TRANSLATE_NOOP(
                                                  "Messages", "Berkas %1 terlalu besar (%2 MB; "
                                                  "paling besar %3 MB). Perkecil "
                                                  "resolusi pindaian atau pecah "
                                                  "berkasnya."), name, format(mb, '.1f'), limit)})
        if mime == "application/pdf":
            if not content.startswith(b"%PDF-"):
                raise ValidationError({"content": (QT_TRANSLATE_NOOP(
                                                      "Messages", "Berkas %1 bukan PDF (tidak "
                                                      "diawali %PDF-). Simpan ulang "
                                                      "sebagai PDF."), name)})
            if pages is None:
                pages = pdf_page_count(content)
        digest = hashlib.sha256(content).hexdigest()
        with Document._meta.database.atomic():
            a = Attachment.create(document=document_id, kind=kind, filename=name[:255],
                                  mime=mime, content=content, size=len(content), sha256=digest,
                                  pages=pages, created_at=self.clock())
            self._audit("attachment.add", "attachment", a.id, officer_id, document=document_id,
                        kind=kind, filename=name, sha256=digest)
        return AttachmentView(id=a.id, document_id=document_id, kind=kind, filename=a.filename,
                              mime=mime, size=len(content), sha256=digest, pages=pages,
                              created_at=a.created_at)

    def attachment_content(self, attachment_id: int) -> bytes:
        a = Attachment.get_or_none(Attachment.id == attachment_id)
        if a is None:
            raise CatalogueError(QT_TRANSLATE_NOOP(
                    "Messages", "Lampiran nomor %1 tidak ada lagi."),
                    params=(attachment_id,))
        return bytes(a.content)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menghapus lampiran dokumen"))
    def remove_attachment(self, attachment_id: int, officer_id: int | None = None) -> None:
        a = Attachment.get_or_none(Attachment.id == attachment_id)
        if a is None:
            return
        with Document._meta.database.atomic():
            Attachment.delete().where(Attachment.id == attachment_id).execute()
            self._audit("attachment.remove", "attachment", attachment_id, officer_id,
                        filename=a.filename, sha256=a.sha256)
