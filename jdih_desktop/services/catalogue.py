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
import re
import unicodedata
from dataclasses import dataclass, fields

from peewee import fn

from jdih_desktop.store.enums import DOC_STATUS, DOC_TYPES
from jdih_desktop.store.models import Document

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
    "doc_type": "Tipe dokumen",
    "jenis": "Jenis/bentuk",
    "singkatan_jenis": "Singkatan jenis",
    "nomor": "Nomor",
    "tahun": "Tahun",
    "judul": "Judul",
    "teu_badan": "T.E.U. badan/pengarang",
    "tempat_penetapan": "Tempat penetapan",
    "tanggal_penetapan": "Tanggal penetapan",
    "tanggal_pengundangan": "Tanggal pengundangan",
    "sumber": "Sumber",
    "subjek": "Subjek",
    "status": "Status",
    "bahasa": "Bahasa",
    "lokasi": "Lokasi",
    "bidang_hukum": "Bidang hukum",
    "penerbit": "Penerbit",
    "tempat_terbit": "Tempat terbit",
    "isbn": "ISBN",
    "deskripsi_fisik": "Deskripsi fisik",
    "abstrak": "Abstrak",
    "catatan": "Catatan",
    "call_number": "Nomor panggil",
    "nomor_induk": "Nomor induk buku",
    "jdihn_id": "ID JDIHN (idData)",
    "url_abstrak": "URL abstrak",
    "url_download": "URL unduhan",
    "file_download": "Nama berkas unduhan",
    "url_detail": "URL detail",
    "last_updated": "Terakhir diperbarui",
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
    "monografi": {"teu_badan": "Pengarang (T.E.U.)", "tahun": "Tahun terbit",
                  "jenis": "Bentuk (mis. Buku)"},
    "artikel": {"teu_badan": "Penulis", "sumber": "Sumber (jurnal/majalah)",
                "tahun": "Tahun terbit", "jenis": "Bentuk (mis. Artikel Jurnal)"},
    "putusan": {"teu_badan": "Lembaga peradilan", "jenis": "Jenis peradilan",
                "tanggal_penetapan": "Tanggal dibacakan", "tempat_penetapan": "Tempat peradilan"},
}

# Long text columns have no length in the schema; these limits keep a 10 MB string out.
TEXT_LIMITS: dict[str, int] = {"judul": 2000, "abstrak": 20000, "catatan": 5000}
MULTILINE_FIELDS = frozenset({"judul", "abstrak", "catatan"})
URL_FIELDS = ("url_abstrak", "url_download", "url_detail")
PERATURAN_MIN_YEAR = 1945

_CONTROL_OK_MULTILINE = {"\n", "\r", "\t"}


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

    People type "pemilu, kampanye", "Pemilu -- Kampanye" or "PEMILU-KAMPANYE"; all become
    "PEMILU - KAMPANYE" so that completion and the subject filter see one spelling.
    """
    if text is None:
        return None
    parts = re.split(r"\s*(?:-+|–|—|,|;|/)\s*", text.strip())
    cleaned = [" ".join(p.split()).upper() for p in parts]
    cleaned = [p for p in cleaned if p]
    return " - ".join(cleaned) or None


def isbn_valid(isbn: str) -> bool:
    """True for a correct ISBN-10 or ISBN-13 check digit (hyphens and spaces ignored)."""
    s = re.sub(r"[\s-]", "", isbn).upper()
    if len(s) == 10 and re.fullmatch(r"\d{9}[\dX]", s):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
        return total % 11 == 0
    if len(s) == 13 and s.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s[:12]))
        return (10 - total % 10) % 10 == int(s[12])
    return False


def _control_chars(value: str, multiline: bool) -> list[str]:
    bad = []
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            if multiline and ch in _CONTROL_OK_MULTILINE:
                continue
            bad.append(ch)
    return bad


def _fold_key(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


# ----------------------------------------------------------------------------- validation


def validate_document(data: DocumentData, *, today: dt.date) -> dict[str, str]:
    """Every problem of a document as field -> precise Indonesian message ({} when valid).

    Pure: no database access (duplicates are ``find_duplicate``), so an import can validate
    100k rows quickly and a form can validate on every keystroke.
    """
    errors: dict[str, str] = {}

    def add(name: str, message: str) -> None:
        errors.setdefault(name, message)

    doc_type = data.doc_type
    if doc_type not in DOC_TYPES:
        allowed = ", ".join(DOC_TYPES)
        add("doc_type", f"Tipe dokumen {doc_type!r} tidak dikenal. Pilih salah satu: {allowed}.")
    if data.status not in DOC_STATUS:
        add("status", f"Status {data.status!r} tidak dikenal. Pilih 'berlaku' atau "
                      "'tidak_berlaku'.")

    # Strings: type, control characters, length.
    for name in EDITABLE_FIELDS:
        value = getattr(data, name)
        if name in ("tahun", "tanggal_penetapan", "tanggal_pengundangan", "last_updated"):
            continue
        if value is None:
            continue
        label = field_label(name, doc_type)
        if not isinstance(value, str):
            add(name, f"{label} harus berupa teks, bukan {type(value).__name__}.")
            continue
        bad = _control_chars(value, name in MULTILINE_FIELDS)
        if bad:
            code = f"U+{ord(bad[0]):04X}"
            add(name, f"{label} berisi karakter kendali yang tidak tercetak ({code}). "
                      "Hapus karakter itu lalu ketik ulang teksnya.")
            continue
        limit = MAX_LENGTHS.get(name)
        if limit and len(value) > limit:
            add(name, f"{label} terlalu panjang: {len(value)} karakter, paling banyak {limit}. "
                      "Persingkat isinya.")

    # Required fields of this type.
    for name in REQUIRED_FIELDS.get(doc_type, ("jenis", "judul")):
        if _blank(getattr(data, name)):
            add(name, f"{field_label(name, doc_type)} wajib diisi untuk "
                      f"{DOC_TYPES.get(doc_type, 'dokumen ini')}.")

    # Year.
    tahun = data.tahun
    if tahun is not None:
        if isinstance(tahun, bool) or not isinstance(tahun, int):
            add("tahun", f"Tahun harus berupa angka empat digit, bukan {tahun!r}.")
            tahun = None
        elif tahun > today.year:
            add("tahun", f"Tahun {tahun} belum terjadi: paling lambat {today.year}. "
                         "Periksa kembali tahunnya.")
        elif doc_type == "peraturan" and tahun < PERATURAN_MIN_YEAR:
            add("tahun", f"Tahun {tahun} terlalu awal untuk peraturan: paling awal "
                         f"{PERATURAN_MIN_YEAR}. Periksa kembali tahunnya.")
        elif tahun < 1000:
            add("tahun", f"Tahun {tahun} tidak wajar. Tulis tahun dengan empat digit, "
                         "mis. 2021.")

    # Dates.
    pen = data.tanggal_penetapan
    pgd = data.tanggal_pengundangan
    for name, value in (("tanggal_penetapan", pen), ("tanggal_pengundangan", pgd)):
        if value is not None and (not isinstance(value, dt.date)
                                  or isinstance(value, dt.datetime)):
            add(name, f"{field_label(name, doc_type)} harus berupa tanggal (HH-BB-TTTT).")
        elif value is not None and value > today:
            add(name, f"{field_label(name, doc_type)} {value:%d-%m-%Y} belum terjadi: "
                      f"paling lambat hari ini ({today:%d-%m-%Y}).")
    if isinstance(pen, dt.date) and isinstance(pgd, dt.date) and pen > pgd:
        add("tanggal_penetapan",
            f"Tanggal penetapan {pen:%d-%m-%Y} jatuh sesudah tanggal pengundangan "
            f"{pgd:%d-%m-%Y}. Peraturan ditetapkan dulu, baru diundangkan: periksa kedua "
            "tanggal.")
    if (doc_type in ("peraturan", "putusan") and isinstance(tahun, int)
            and isinstance(pen, dt.date) and pen.year != tahun and "tahun" not in errors):
        add("tahun", f"Tahun {tahun} tidak sama dengan tahun tanggal penetapan ({pen.year}). "
                     "Samakan tahun dengan tanggal penetapan.")

    # ISBN.
    if (isinstance(data.isbn, str) and data.isbn.strip() and "isbn" not in errors
            and not isbn_valid(data.isbn)):
        add("isbn", f"ISBN {data.isbn.strip()} tidak valid (digit pemeriksa salah atau "
                    "jumlah digit bukan 10/13). Salin ulang dari balik halaman judul.")

    # URLs.
    for name in URL_FIELDS:
        value = getattr(data, name)
        if (isinstance(value, str) and value.strip() and name not in errors
                and not re.match(r"^https?://\S+$", value.strip(), re.IGNORECASE)):
            add(name, f"{field_label(name, doc_type)} harus diawali http:// atau https:// "
                      "dan tanpa spasi.")

    if data.last_updated is not None and not isinstance(data.last_updated, dt.datetime):
        add("last_updated", "Terakhir diperbarui harus berupa tanggal dan jam.")
    return errors


def find_duplicate(data: DocumentData) -> int | None:
    """The id of another document that is the same one: same jenis + nomor + tahun (jenis and
    nomor compared without case or extra spaces), or the same JDIHN idData. None when unique.

    Numberless documents (most monographs) are never duplicates by number.
    """
    exclude = data.id
    if data.jdihn_id and str(data.jdihn_id).strip():
        q = Document.select(Document.id).where(Document.jdihn_id == str(data.jdihn_id).strip())
        if exclude is not None:
            q = q.where(Document.id != exclude)
        row = q.first()
        if row is not None:
            return row.id
    if _blank(data.nomor) or data.tahun is None or _blank(data.jenis):
        return None
    nomor = " ".join(str(data.nomor).split())
    jenis = " ".join(str(data.jenis).split())
    base = Document.select(Document.id).where(Document.tahun == data.tahun)
    if exclude is not None:
        base = base.where(Document.id != exclude)
    # The unique (jenis, nomor, tahun) index answers the exact spelling at once; the tahun
    # index narrows the case-insensitive fallback ("Peraturan KPU" vs "peraturan kpu").
    row = base.where(Document.jenis == jenis, Document.nomor == nomor).first()
    if row is None:
        row = base.where(fn.lower(Document.jenis) == jenis.lower(),
                         fn.lower(Document.nomor) == nomor.lower()).first()
    return row.id if row is not None else None
