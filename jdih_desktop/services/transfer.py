"""Catalogue import and export: JDIHN JSON feed, CSV and XLSX.

Import is always two passes over the file:

1. ``Importer.dry_run()`` reads, converts and validates every row (``validate_document`` of the
   catalogue service, the same rules as the forms) and classifies it: to add, to update
   (matched on idData, or on jenis + nomor + tahun compared without case and extra spaces, the
   rule of ``catalogue.find_duplicate``), or an error (row number, field, reason). Nothing is
   written.
2. ``Importer.commit()`` reads the file again and writes it. Any row error (unless
   ``skip_invalid``), a changed file, a database failure, a cancel or a killed process leaves
   the catalogue exactly as before. On PostgreSQL that is ONE transaction (rows are locked, not
   the database, so desks never wait for it). On a SQLite file one transaction would hold the
   file's only write lock for the whole import and make every desk save fail, so the rows are
   read and checked without the lock and written in short chunks (``store.chunked``), each
   committed with its undo journal (``services.import_journal``); a failure, a cancel or a
   crash is undone from that journal, and a desk's own edit made meanwhile is kept and named.

The file is streamed (JSON element by element, CSV line by line, XLSX in openpyxl's read-only
mode) and written in chunks with bulk inserts, so a 100k-row feed never sits in memory at once.
Errors kept for display are capped (``MAX_KEPT_ERRORS``); their total is always counted.

Row numbers: for JDIHN the position of the object in the array (1 = first); for CSV/XLSX the
spreadsheet row (1 = the header row, so the first data row is 2).

Text encodings: a UTF-8 BOM, UTF-16 (with BOM, or without one when NUL bytes show it) and plain
UTF-8 are read as such. A file that is not UTF-8 is read as Windows-1252 (Excel's "CSV" on
Indonesian Windows) only when that is safe: every byte is defined in cp1252, no valid UTF-8
multi-byte sequence is mixed in, and every non-ASCII character is a letter or common
punctuation. Otherwise the import stops with a precise message and changes nothing.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from peewee import DatabaseError, IntegrityError
from peewee import __exception_wrapper__ as peewee_errors

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, joined, sentence
from jdih_desktop.services import jdihn
from jdih_desktop.services.catalogue import (
    DOCUMENT_FIELDS,
    EDITABLE_FIELDS,
    FIELD_LABELS,
    DocumentData,
    validate_document,
)
from jdih_desktop.services.spreadsheet import safe_cell, safe_text
from jdih_desktop.store.enums import DOC_STATUS, DOC_TYPES
from jdih_desktop.store.instruments import instrument_label, issuer_key
from jdih_desktop.store.models import Document, database_proxy
from jdih_desktop.store.search import fold, vocabulary_changed

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("jdihn", "csv", "xlsx")
FORMAT_LABELS: dict[str, str] = {"jdihn": "JDIHN (JSON)", "csv": "CSV", "xlsx": "Excel (XLSX)"}
CHUNK_ROWS = 500
WRITE_STEP = 100  # rows per journaled write step of a chunked (SQLite) commit
MAX_KEPT_ERRORS = 1000
READ_CHUNK = 1 << 20
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # a 10 MB cell is read, then rejected by validation

# (done, total, rows read): bytes for JSON/CSV, rows for XLSX. total 0: unknown.
Progress = Callable[[int, int, int], None]

# Columns of the CSV/XLSX export, and the targets offered by the mapping step.
TARGET_FIELDS: tuple[str, ...] = EDITABLE_FIELDS
EXPORT_COLUMNS: tuple[str, ...] = EDITABLE_FIELDS
TARGET_LABELS: dict[str, str] = {f: FIELD_LABELS.get(f, f) for f in TARGET_FIELDS}


class TransferError(JdihError):
    """The file as a whole cannot be imported or exported; nothing was changed."""


class TransferCancelled(TransferError):
    def __init__(self, kept: str = "") -> None:
        # ``kept``: documents a desk changed while a chunked import ran, left as they are
        if kept:
            super().__init__(QT_TRANSLATE_NOOP("Messages", "Dibatalkan; katalog tidak diubah. %1"),
                             params=(kept,))
        else:
            super().__init__(QT_TRANSLATE_NOOP("Messages", "Dibatalkan; katalog tidak diubah."))
        self.kept = kept


@dataclass(frozen=True)
class RowError:
    row: int
    field: str  # as the file names it (JDIHN key or CSV/XLSX header), or the field label
    message: str
    jdihn_id: str = ""  # the row's idData, for the row report


# A value read from a file is text; these are the file-level failures a damaged or hostile
# file can raise inside a reader (zip, zlib, XML, numbers, cell references, recursion...).
# Each becomes one "Kesalahan berkas: ..." line; nothing is half imported.
def _reader_failure(path: Path, exc: BaseException) -> TransferError:
    kind = type(exc).__name__
    reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else kind
    log.info("unreadable import file %s: %s: %s", path, kind, reason)
    return TransferError(QT_TRANSLATE_NOOP(
            "Messages", "%1 rusak atau bukan berkas yang diharapkan (%2). Simpan ulang atau unduh "
            "ulang berkasnya, lalu impor lagi. Katalog tidak diubah."), detail=f"{kind}: {reason}",
            params=(path.name, reason))


@dataclass
class ImportReport:
    path: str
    format: str
    encoding: str = ""
    rows: int = 0
    to_add: int = 0
    to_update: int = 0
    unchanged: int = 0  # matched a document that already holds exactly these values
    other_source: int = 0  # already catalogued from another source: left as it is
    skipped: int = 0  # rows with errors left out by skip_invalid
    relations: int = 0  # relations recorded from relation statuses ("Mencabut ...")
    source: str = ""  # the source the rows went into: the one named, or the only one found
    sources: dict[str, int] = field(default_factory=dict)  # source -> rows
    warning_rows: int = 0
    warning_count: int = 0
    row_warnings: list[RowError] = field(default_factory=list)  # at most MAX_KEPT_ERRORS
    row_report: str | None = None  # the CSV of skipped rows, written beside the file
    error_rows: int = 0
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)  # at most MAX_KEPT_ERRORS
    file_error: str | None = None
    warnings: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # CSV/XLSX
    mapping: list[str | None] = field(default_factory=list)  # per header: target or None
    fingerprint: str = ""
    committed: bool = False
    cancelled: bool = False
    # SQLite: an earlier import cut short by a crash, undone before this one (a sentence)
    recovered: str = ""

    @property
    def ok(self) -> bool:
        """True when the file can be committed as it is."""
        return self.file_error is None and self.error_rows == 0 and not self.cancelled

    @property
    def committable(self) -> bool:
        """True when skip_invalid can commit something: at least one row is valid."""
        return (self.file_error is None and not self.cancelled
                and self.rows > self.error_rows)

    def add_error(self, row: int, field_name: str, message: str, jid: str = "") -> None:
        self.error_count += 1
        if len(self.errors) < MAX_KEPT_ERRORS:
            self.errors.append(RowError(row, field_name, message, jid))

    def add_warning(self, row: int, field_name: str, message: str, jid: str = "") -> None:
        self.warning_count += 1
        if len(self.row_warnings) < MAX_KEPT_ERRORS:
            self.row_warnings.append(RowError(row, field_name, message, jid))


# ----------------------------------------------------------------------------- formats


def guess_format(path: str | os.PathLike[str]) -> str:
    """The format from the file name; TransferError when it cannot tell."""
    ext = Path(path).suffix.lower()
    if ext in (".json", ".jdihn"):
        return "jdihn"
    if ext in (".csv", ".txt", ".tsv"):
        return "csv"
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    raise TransferError(QT_TRANSLATE_NOOP(
            "Messages", "Format berkas %1 tidak dikenali dari namanya. Pilih format: jdihn "
            "(JSON), csv atau xlsx."),
            params=(Path(path).name,))


def file_fingerprint(path: Path) -> str:
    """sha256 of the file: the commit refuses a file that changed after its dry-run."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_PUNCT = set("“”‘’–—…°§©®·€£¥•´¨ªº«»¡¿×÷¼½¾±µ¶ ")


def detect_encoding(path: Path) -> tuple[str, str | None]:
    """(codec, warning or None) for a text file; TransferError when it cannot be read safely."""
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", None
    if len(head) >= 2 and head[0] != 0 and head[1] == 0:
        return "utf-16-le", None
    if len(head) >= 2 and head[0] == 0 and head[1] != 0:
        return "utf-16-be", None
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    bad_at: int | None = None
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                bad_at = offset + exc.start
                break
            offset += len(chunk)
        else:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                bad_at = offset
    if bad_at is None:
        return "utf-8", None
    if _cp1252_safe(path):
        return "cp1252", QT_TRANSLATE_NOOP(
            "Messages", "Berkas bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf "
            "beraksen pada hasil uji.")
    raise TransferError(
        QT_TRANSLATE_NOOP(
            "Messages", "Berkas bukan teks UTF-8: byte tidak sah pada posisi %1, dan "
            "penyandiannya tidak dapat ditebak dengan aman. Simpan ulang berkas "
            "sebagai UTF-8 (di Excel: \"CSV UTF-8\"), lalu impor lagi. Katalog tidak "
            "diubah."),
            params=(bad_at,))


def _cp1252_safe(path: Path) -> bool:
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            if _UTF8_MULTIBYTE.search(chunk):
                return False
            try:
                text = chunk.decode("cp1252")
            except UnicodeDecodeError:
                return False
            for ch in text:
                if ord(ch) < 128:
                    continue
                if not (ch.isalpha() or ch in _CP1252_PUNCT):
                    return False
    return True


# ----------------------------------------------------------------------------- sources


@dataclass
class SourceRow:
    number: int
    values: dict[str, Any]  # Document field -> converted value (only fields the row has)
    errors: list[tuple[str, str]]  # (field as the file names it, reason)
    explicit_type: bool = False
    warnings: list[tuple[str, str]] = field(default_factory=list)  # repairs made

    @property
    def jid(self) -> str:
        v = self.values.get("jdihn_id")
        return str(v).strip() if v is not None else ""


class _Source:
    """A streaming reader of one file; ``rows()`` yields SourceRow objects."""

    total = 0
    unit_rows = False

    def done(self) -> int:
        return 0

    def source_name(self, target: str) -> str:
        return FIELD_LABELS.get(target, target)

    def rows(self) -> Iterator[SourceRow]:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        pass


_REVERSE_JDIHN = {v: k for k, v in jdihn.FIELD_MAP.items()} | {
    "tempat_penetapan": "tempatTerbit", "tempat_terbit": "tempatTerbit"}


class JdihnSource(_Source):
    """The JDIHN feed, decoded one array element at a time (``raw_decode`` on a sliding
    buffer that grows geometrically only while one element is larger than it)."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.path = path
        self.total = path.stat().st_size
        self._raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._text = io.TextIOWrapper(self._raw, encoding=encoding, errors="strict")

    def done(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._text.close()

    def source_name(self, target: str) -> str:
        return _REVERSE_JDIHN.get(target, FIELD_LABELS.get(target, target))

    def rows(self) -> Iterator[SourceRow]:
        for number, obj in iter_json_array(self._text):
            if not isinstance(obj, dict):
                yield SourceRow(number, {}, [("-", sentence(QT_TRANSLATE_NOOP(
                    "Messages", "elemen harus berupa objek {...}, bukan %1"),
                    jdihn._type_name(obj)))])
                continue
            values, errors, warnings = jdihn.record_to_fields(obj)
            yield SourceRow(number, values, errors, warnings=warnings)


def iter_json_array(fh: TextIO, chunk: int = READ_CHUNK) -> Iterator[tuple[int, Any]]:
    """(1-based position, value) of each element of a top-level JSON array, streamed.

    Also accepts an object wrapping the array (``{"data": [...]}``), as some sites publish.
    Raises TransferError with the line and column of the first syntax error.
    """
    decoder = json.JSONDecoder()
    buf = fh.read(chunk)
    eof = buf == ""
    pos = 0
    lines_before = 0  # newlines in text already dropped from the buffer

    def more() -> None:
        nonlocal buf, pos, eof, lines_before
        lines_before += buf.count("\n", 0, pos)
        extra = fh.read(max(chunk, len(buf)))
        eof = extra == ""
        buf = buf[pos:] + extra
        pos = 0

    def fail(at: int, what: str) -> TransferError:
        line = lines_before + buf.count("\n", 0, at) + 1
        col = at - (buf.rfind("\n", 0, at) + 1) + 1
        return TransferError(QT_TRANSLATE_NOOP(
                "Messages", "JSON rusak pada baris %1 kolom %2: %3. Perbaiki berkasnya atau unduh "
                "ulang umpan JDIHN, lalu impor lagi. Katalog tidak diubah."),
                params=(line, col, what))

    def skip_ws() -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf) or eof:
                return
            more()

    skip_ws()
    if pos >= len(buf):
        raise TransferError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas kosong: tidak ada data JSON. Pilih berkas umpan JDIHN yang "
                "benar."))
    if buf[pos] == "{":
        while not eof and len(buf) - pos < 4096:
            more()
        m = re.compile(r'\{\s*"(?:data|items|result|results|rows)"\s*:\s*\[').match(buf, pos)
        if not m:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Umpan JDIHN harus berupa array JSON [ {...}, {...} ]; berkas ini "
                    "berisi satu objek. Pilih berkas umpan yang benar."))
        pos = m.end() - 1
        wrapped = True
    else:
        wrapped = False
    if buf[pos] != "[":
        raise fail(pos, QT_TRANSLATE_NOOP("Messages", "umpan JDIHN harus diawali '[' (array JSON)"))
    pos += 1
    number = 0
    while True:
        skip_ws()
        if pos >= len(buf):
            raise fail(pos, QT_TRANSLATE_NOOP(
                "Messages", "berkas terpotong, ']' penutup tidak ada"))
        if buf[pos] == "]":
            pos += 1
            break
        if number:
            if buf[pos] != ",":
                raise fail(pos, QT_TRANSLATE_NOOP(
                    "Messages", "diharapkan ',' atau ']' di antara data"))
            pos += 1
            skip_ws()
            if pos < len(buf) and buf[pos] == "]":
                raise fail(pos, QT_TRANSLATE_NOOP("Messages", "koma berlebih sebelum ']'"))
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                incomplete = exc.pos >= len(buf) - 1 or exc.msg.startswith("Unterminated")
                if not eof and incomplete:
                    more()
                    continue
                raise fail(exc.pos, _json_reason(exc.msg)) from None
            except ValueError as exc:  # a 5000-digit number: int() refuses it
                raise fail(pos, sentence(QT_TRANSLATE_NOOP(
                    "Messages", "angka tidak dapat dibaca (%1)"), str(exc)[:80])) from None
            except RecursionError:
                # A record is a flat object of strings; thousands of nested brackets are not
                # catalogue data (and would exhaust the decoder's stack).
                raise fail(pos, QT_TRANSLATE_NOOP(
                    "Messages", "data bersarang terlalu dalam — setiap data harus berupa objek "
                    "datar berisi teks")) from None
            if end >= len(buf) and not eof:
                more()  # a number or literal may continue in the next chunk
                continue
            break
        number += 1
        pos = end
        yield number, value
        if pos > chunk:
            lines_before += buf.count("\n", 0, pos)
            buf = buf[pos:]
            pos = 0
    if wrapped:
        return  # the rest of the wrapping object (counts, links) is not catalogue data
    skip_ws()
    if pos < len(buf):
        raise fail(pos, QT_TRANSLATE_NOOP("Messages", "ada teks lain sesudah ']' penutup"))


def _json_reason(msg: str) -> str:
    known = {
        "Expecting value": QT_TRANSLATE_NOOP("Messages", "nilai tidak ada atau tidak sah"),
        "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Messages", "tanda ',' tidak ada"),
        "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Messages", "tanda ':' tidak ada"),
        "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
            "Messages", "nama kolom harus dalam tanda kutip ganda"),
        "Unterminated string starting at": QT_TRANSLATE_NOOP(
            "Messages", "teks tanpa tanda kutip penutup"),
        "Invalid control character at": QT_TRANSLATE_NOOP(
            "Messages", "karakter kendali di dalam teks"),
        "Invalid \\escape": QT_TRANSLATE_NOOP("Messages", "urutan escape '\\' tidak sah"),
        "Extra data": QT_TRANSLATE_NOOP("Messages", "ada data berlebih"),
    }
    for k, v in known.items():
        if msg.startswith(k):
            return v
    return msg


# -- CSV / XLSX


def _norm_header(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(str(text or "")))


_HEADER_SYNONYMS: dict[str, str] = {}


def _build_synonyms() -> None:
    def put(word: str, target: str) -> None:
        _HEADER_SYNONYMS.setdefault(_norm_header(word), target)

    for f in TARGET_FIELDS:
        put(f, f)
        put(FIELD_LABELS.get(f, f), f)
    for name, target in jdihn.FIELD_MAP.items():
        put(name, target)
    put("urlabstrak", "url_abstrak")
    put("lastUpdated", "last_updated")
    put("tempatTerbit", "tempat_terbit")
    for word, target in (
            ("tipe", "doc_type"), ("type", "doc_type"), ("tipe dokumen", "doc_type"),
            ("jenis dokumen", "jenis"), ("bentuk", "jenis"), ("jenis peraturan", "jenis"),
            ("singkatan", "singkatan_jenis"), ("no", "nomor"), ("nomor peraturan", "nomor"),
            ("no peraturan", "nomor"), ("tahun terbit", "tahun"), ("year", "tahun"),
            ("title", "judul"), ("judul dokumen", "judul"), ("pengarang", "teu_badan"),
            ("penulis", "teu_badan"), ("teu", "teu_badan"), ("teu badan", "teu_badan"),
            ("tanggal ditetapkan", "tanggal_penetapan"), ("tgl penetapan", "tanggal_penetapan"),
            ("tanggal diundangkan", "tanggal_pengundangan"),
            ("tgl pengundangan", "tanggal_pengundangan"), ("nomor panggil", "call_number"),
            ("no panggil", "call_number"), ("call number", "call_number"),
            ("nomor induk", "nomor_induk"), ("isbn issn", "isbn"), ("id jdihn", "jdihn_id"),
            ("iddata", "jdihn_id"), ("subject", "subjek"), ("language", "bahasa"),
            ("publisher", "penerbit"), ("keterangan", "catatan")):
        put(word, target)


_build_synonyms()


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """The target field of each header (None: not imported); each target used once."""
    used: set[str] = set()
    out: list[str | None] = []
    for h in headers:
        target = _HEADER_SYNONYMS.get(_norm_header(h))
        if target and target not in used:
            used.add(target)
            out.append(target)
        else:
            out.append(None)
    return out


# "peraturan", "Monografi Hukum", "monografi" ... -> the stored code.
_DOC_TYPE_WORDS = {fold(k): k for k in DOC_TYPES} | {fold(v): k for k, v in DOC_TYPES.items()}


_SAFE_PREFIXED = re.compile(r"'(?=[=+\-@\t\r])")


def convert_plain(values: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]],
                                                  bool, list[tuple[str, str]]]:
    """CSV/XLSX cells (target field -> text) -> (typed values, [(field, reason)], type given,
    [(field, repair made)]).

    A cell the export protected against spreadsheet formulas ("'=..." , see
    ``services.spreadsheet``) is read back without its quote, so a round trip is exact.
    """
    out: dict[str, Any] = {}
    errors: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    explicit = False
    for target, value in values.items():
        if jdihn.empty(value):
            out[target] = None
            continue
        text = str(value)
        if text.startswith("'") and _SAFE_PREFIXED.match(text):
            text = text[1:]
        text, warning = jdihn.clean_text(target, text.strip())
        if warning:
            warnings.append((target, warning))
        if not text:
            out[target] = None
            continue
        try:
            if target == "tahun":
                out[target] = jdihn.parse_year(text)
            elif target in ("tanggal_penetapan", "tanggal_pengundangan"):
                out[target] = jdihn.parse_date(text)
            elif target in ("last_updated", "created_at", "updated_at"):
                out[target] = jdihn.parse_datetime(text)
            elif target == "status":
                key = fold(text).replace(" ", "_")
                if key in DOC_STATUS:
                    out[target] = key
                else:
                    status, warning, relation = jdihn.parse_status_text(text)
                    out[target] = status
                    if warning:
                        warnings.append((target, warning))
                    if relation:
                        out["_relation"] = relation
            elif target == "doc_type":
                dtype = _DOC_TYPE_WORDS.get(fold(text).strip())
                if dtype is None:
                    raise jdihn.FieldError(sentence(QT_TRANSLATE_NOOP(
                        "Messages", "tipe %1 tidak dikenal; tulis Peraturan, Monografi Hukum, "
                        "Artikel Hukum atau Putusan"), repr(text)))
                out[target] = dtype
                explicit = True
            elif target in jdihn.URL_TARGETS:
                out[target], warning = jdihn.clean_url(text)
                if warning:
                    warnings.append((target, warning))
            else:
                out[target] = text
        except jdihn.FieldError as exc:
            errors.append((target, exc.message))
    warnings += jdihn.repair(out, explicit_type=explicit)
    return out, errors, explicit, warnings


class _TableSource(_Source):
    """Rows of a CSV or XLSX sheet through the header mapping."""

    headers: list[str]

    def __init__(self, mapping: Sequence[str | None] | None) -> None:
        self._mapping = list(mapping) if mapping is not None else None

    @property
    def mapping(self) -> list[str | None]:
        if self._mapping is None:
            self._mapping = guess_mapping(self.headers)
        return self._mapping

    def source_name(self, target: str) -> str:
        for h, t in zip(self.headers, self.mapping, strict=False):
            if t == target:
                return h
        return FIELD_LABELS.get(target, target)

    def _row(self, number: int, cells: Sequence[Any]) -> SourceRow | None:
        if all(_blank_cell(c) for c in cells):
            return None  # blank line
        mapping = self.mapping
        if len(cells) > len(mapping) and not all(_blank_cell(c) for c in cells[len(mapping):]):
            return SourceRow(number, {}, [("-", f"baris berisi {len(cells)} kolom, judul kolom "
                                                f"hanya {len(mapping)}")])
        raw: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        for i, target in enumerate(mapping):
            if not target:
                continue
            cell = cells[i] if i < len(cells) else None
            raw[target] = _cell_text(cell)
        values, conv_errors, explicit, warnings = convert_plain(raw)
        errors += [(self.source_name(t), msg) for t, msg in conv_errors]
        return SourceRow(number, values, errors, explicit,
                         [(self.source_name(t), msg) for t, msg in warnings])


def _blank_cell(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _cell_text(cell: Any) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, dt.datetime):
        if cell.time() == dt.time():
            return cell.date().isoformat()
        return cell.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


class CsvSource(_TableSource):
    def __init__(self, path: Path, encoding: str, mapping: Sequence[str | None] | None) -> None:
        super().__init__(mapping)
        self.total = path.stat().st_size
        self._raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._text = io.TextIOWrapper(self._raw, encoding=encoding, errors="strict", newline="")
        first = self._text.readline()
        self._text.seek(0)
        counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
        self.delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
        csv.field_size_limit(CSV_FIELD_LIMIT)
        self._reader = csv.reader(self._text, delimiter=self.delimiter)
        try:
            self.headers = [h.strip() for h in next(self._reader)]
        except StopIteration:
            self.close()
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas CSV kosong: tidak ada baris judul kolom.")) from None
        except csv.Error as exc:
            self.close()
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Baris judul CSV tidak dapat dibaca: %1."),
                    params=(exc,)) from None
        if self.headers and self.headers[0].startswith("\ufeff"):
            self.headers[0] = self.headers[0].lstrip("\ufeff")

    def done(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._text.close()

    def rows(self) -> Iterator[SourceRow]:
        number = 1
        while True:
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise TransferError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "CSV rusak sesudah baris data %1 (baris berkas %2): %3. "
                        "Perbaiki berkasnya, lalu impor lagi. Katalog tidak diubah."),
                        params=(number, self._reader.line_num, exc)) from None
            number += 1
            row = self._row(number, cells)
            if row is not None:
                yield row


class XlsxSource(_TableSource):
    unit_rows = True

    def __init__(self, path: Path, mapping: Sequence[str | None] | None) -> None:
        super().__init__(mapping)
        import zipfile

        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        self.path = path
        try:
            self._wb = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException) as exc:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 bukan berkas Excel XLSX yang sah (%2). Simpan ulang dari "
                    "Excel sebagai .xlsx, lalu impor lagi."),
                    params=(path.name, exc)) from None
        except Exception as exc:  # damaged parts: zlib, XML, missing members, bad numbers
            raise _reader_failure(path, exc) from None
        if not self._wb.worksheets:
            self._wb.close()
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 tidak berisi lembar kerja (sheet) yang dapat dibaca. Simpan "
                    "ulang dari Excel sebagai .xlsx, lalu impor lagi."),
                    params=(path.name,))
        self._ws = self._wb.worksheets[0]
        self._done = 0
        try:
            self.total = int(self._ws.max_row or 0)
            self._iter = self._ws.iter_rows(values_only=True)
            first = next(self._iter)
        except StopIteration:
            self.close()
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Lembar kerja pertama kosong: tidak ada baris judul kolom.")) \
                from None
        except Exception as exc:
            self.close()
            raise _reader_failure(path, exc) from None
        self._done = 1
        headers = [_cell_text(c) or "" for c in first]
        while headers and not headers[-1].strip():
            headers.pop()
        self.headers = [h.strip() for h in headers]

    def done(self) -> int:
        return self._done

    def close(self) -> None:
        self._wb.close()

    def rows(self) -> Iterator[SourceRow]:
        number = 1
        while True:
            try:
                cells = next(self._iter)
            except StopIteration:
                return
            except Exception as exc:  # a damaged sheet part, a bad cell reference or number
                raise _reader_failure(self.path, exc) from None
            number += 1
            self._done = number
            row = self._row(number, list(cells))
            if row is not None:
                yield row


# ----------------------------------------------------------------------------- the importer


Key = tuple[str, str, int, str]


def _key(jenis: Any, nomor: Any, tahun: Any, issuer: str = "") -> Key | None:
    """The duplicate rule: jenis + nomor + tahun + issuer, without case or extra spaces."""
    if not jenis or not nomor or tahun is None or not str(jenis).strip() \
            or not str(nomor).strip():
        return None
    return (" ".join(str(jenis).casefold().split()), " ".join(str(nomor).casefold().split()),
            int(tahun), issuer or "")


def _row_key(v: dict[str, Any]) -> Key | None:
    return _key(v.get("jenis"), v.get("nomor"), v.get("tahun"),
                issuer_key(v.get("teu_badan"), v.get("judul"), v.get("jenis")))


LOCAL_SOURCE = "local"


def source_slug(name: str) -> str:
    """A source name as stored: lower case, words joined by "-" ("JDIH Kendari" ->
    "jdih-kendari"); at most 100 characters."""
    return "-".join(re.findall(r"[0-9a-z.]+", fold(str(name or ""))))[:100].strip(".-")


DEFAULT_SOURCE = "impor"


def default_source(values: dict[str, Any]) -> str:
    """The source of a row when neither the import nor the file names one: the JDIH site the
    row links to (the host of its detail/download URL, as every real feed carries), else
    ``DEFAULT_SOURCE``. Never "local": a feed must not update documents entered here."""
    from urllib.parse import urlsplit

    for name in ("url_detail", "url_download", "url_abstrak"):
        url = values.get(name)
        if url:
            try:
                host = urlsplit(str(url)).hostname or ""
            except ValueError:
                host = ""
            host = host.removeprefix("www.")
            if host:
                return source_slug(host)
    return DEFAULT_SOURCE


class _Index:
    """The existing catalogue's match keys, loaded once per pass (ids and keys only)."""

    def __init__(self) -> None:
        self.by_jdihn: dict[tuple[str, str], int] = {}
        self.by_key: dict[Key, tuple[int, str]] = {}
        self.jdihn_of: dict[int, str | None] = {}
        db = database_proxy.obj
        cursor = db.execute_sql(
            "SELECT id, jdihn_id, source, jenis, nomor, tahun, issuer FROM document")
        for doc_id, jid, source, jenis, nomor, tahun, issuer in cursor:
            source = source or LOCAL_SOURCE
            if jid:
                self.by_jdihn[(source, str(jid).strip())] = doc_id
            elif source == LOCAL_SOURCE:
                # exported with its own id as idData (jdihn.document_to_record)
                self.by_jdihn.setdefault((source, str(doc_id)), doc_id)
            self.jdihn_of[doc_id] = jid
            try:
                k = _key(jenis, nomor, tahun, issuer or "")
            except (TypeError, ValueError):
                k = None
            if k is not None:
                self.by_key.setdefault(k, (doc_id, source))


_NOT_NULL_DEFAULTS = {"bahasa": "Indonesia", "status": "berlaku"}
_DEFAULTS = {f: getattr(DocumentData(), f) for f in DOCUMENT_FIELDS}


class Importer:
    """One import: a file, its format, its header mapping. ``dry_run`` then ``commit``."""

    def __init__(self, path: str | os.PathLike[str], fmt: str | None = None, *,
                 mapping: Sequence[str | None] | None = None,
                 clock: Callable[[], dt.datetime],
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None,
                 source: str | None = None, skip_invalid: bool = False) -> None:
        self.path = Path(path)
        # None: each row's own "source" column, else default_source(); a name: every row.
        self.source = source_slug(source) if source and source.strip() else None
        if source and source.strip() and not self.source:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Nama sumber %1 tidak dapat dipakai; tulis nama situs JDIH dengan "
                    "huruf dan angka, mis. jdih-kendari."),
                    params=(repr(source),))
        # Commit the valid rows and list the others in a row report beside the file.
        self.skip_invalid = skip_invalid
        self.format = fmt or guess_format(self.path)
        if self.format not in FORMATS:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Format %1 tidak dikenal; pilih jdihn, csv atau xlsx."),
                    params=(repr(self.format),))
        self.mapping = list(mapping) if mapping is not None else None
        self.clock = clock
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.last_report: ImportReport | None = None

    # -- the header-mapping step (CSV/XLSX)
    def read_headers(self) -> tuple[list[str], list[str | None]]:
        """The file's headers and the mapping in force (guessed unless one was given)."""
        self._check_file()
        source = self._open_source(self._encoding()[0])
        try:
            if not isinstance(source, _TableSource):
                return [], []
            return list(source.headers), list(source.mapping)
        finally:
            source.close()

    def set_mapping(self, mapping: Sequence[str | None]) -> None:
        targets = [t for t in mapping if t]
        dup = {t for t in targets if targets.count(t) > 1}
        if dup:
            names = ", ".join(FIELD_LABELS.get(t, t) for t in sorted(dup))
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Kolom tujuan dipilih lebih dari sekali: %1. Setiap kolom tujuan "
                    "hanya boleh dipetakan dari satu kolom berkas."),
                    params=(names,))
        self.mapping = list(mapping)

    # -- passes
    def dry_run(self) -> ImportReport:
        """Read and check everything; write nothing."""
        report = self._new_report()
        try:
            self._check_file()
            report.fingerprint = file_fingerprint(self.path)
            self._process(report, write=False)
        except TransferCancelled:
            report.cancelled = True
        except TransferError as exc:
            report.file_error = sentence(exc.template, *exc.params)  # translated at display
        self.last_report = report
        return report

    def commit(self, expected_fingerprint: str | None = None) -> ImportReport:
        """Write the file in one transaction; TransferError (catalogue unchanged) otherwise."""
        report = self._new_report()
        self._check_file()
        fingerprint = file_fingerprint(self.path)
        expected = expected_fingerprint or (self.last_report.fingerprint
                                            if self.last_report else None)
        if expected is None:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Jalankan uji impor (dry-run) dulu sebelum menyimpan."))
        if fingerprint != expected:
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas berubah sesudah uji impor. Jalankan uji impor lagi, lalu "
                    "simpan. Katalog tidak diubah."))
        report.fingerprint = fingerprint
        from jdih_desktop.services import import_journal

        if import_journal.chunked_commit_applies():
            return self._commit_chunked(report, fingerprint)
        db = database_proxy.obj
        try:
            with db.atomic():
                self._process(report, write=True)
                if report.file_error:
                    raise TransferError(report.file_error)
                if report.error_rows and not (self.skip_invalid and report.committable):
                    raise _RowsFailed()
                self._audit(report, fingerprint)
        except _RowsFailed:
            self.last_report = report
            raise TransferError(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya "
                    "dan jalankan uji impor lagi."),
                    params=(report.error_rows,)) from None
        except (IntegrityError, DatabaseError) as exc:
            log.warning("import commit rolled back: %s", exc)
            raise TransferError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Basis data menolak penyimpanan; semua perubahan dibatalkan dan "
                    "katalog tetap seperti semula (%1)."), detail=str(exc),
                    params=(exc,)) from exc
        return self._committed(report)

    def _audit(self, report: ImportReport, fingerprint: str) -> None:
        # One audit row per import, with its last writes (counts, never the file name).
        from jdih_desktop.services import audit

        audit.record("catalogue.import", "import", None, {
            "format": self.format, "added": report.to_add,
            "updated": report.to_update, "unchanged": report.unchanged,
            "fingerprint": fingerprint[:16]})

    def _commit_chunked(self, report: ImportReport, fingerprint: str) -> ImportReport:
        """SQLite: read and check without the write lock, write in short chunks, each with
        its undo entries; any failure, a cancel or a row error undoes the committed chunks."""
        from jdih_desktop.services import import_journal

        recovered = import_journal.recover_interrupted_imports()
        report.recovered = import_journal.recovery_sentence(recovered)
        now = self.clock().replace(microsecond=0)
        journal = import_journal.ImportJournal.start(
            fmt=self.format, fingerprint=fingerprint, stamp=_db_value(now))
        try:
            self._process(report, write=True, journal=journal, now=now)
            if report.file_error:
                raise TransferError(report.file_error)
            if report.error_rows and not (self.skip_invalid and report.committable):
                raise _RowsFailed()
            journal.finish(lambda: self._audit(report, fingerprint), report.to_add,
                           report.to_update)
        except BaseException as exc:
            if journal.finished:  # committed as a whole; only the clean-up after it failed
                raise
            try:
                undone = journal.abort()
            except Exception as undo_exc:  # the next open of the database finishes the undo
                log.exception("import undo failed; left for the next start")
                raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Impor gagal dan pembatalannya belum selesai (%1). Perubahan yang "
                    "sempat tersimpan dibatalkan otomatis saat JDIH Desktop dibuka lagi; tutup "
                    "dan buka aplikasi, lalu periksa katalog."),
                    detail=str(undo_exc), params=(undo_exc,)) from exc
            kept = undone.sentence()
            if isinstance(exc, _RowsFailed):
                self.last_report = report
                raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya "
                    "dan jalankan uji impor lagi. %2"),
                    params=(report.error_rows, kept)) from None
            if isinstance(exc, TransferCancelled):
                raise TransferCancelled(kept) from None
            if isinstance(exc, TransferError):
                if kept:  # the file's own sentence, then which documents the undo kept
                    raise TransferError(QT_TRANSLATE_NOOP("Messages", "%1 %2"),
                                        detail=exc.detail, params=(exc.message, kept)) from None
                raise
            if isinstance(exc, (IntegrityError, DatabaseError)):
                log.warning("import commit undone: %s", exc)
                raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Basis data menolak penyimpanan; semua perubahan dibatalkan dan "
                    "katalog tetap seperti semula (%1). %2"), detail=str(exc),
                    params=(exc, kept)) from exc
            raise
        return self._committed(report)

    def _committed(self, report: ImportReport) -> ImportReport:
        report.committed = True
        vocabulary_changed()  # the search's typo index sees the new words
        report.skipped = report.error_rows
        if report.error_rows:
            report.row_report = self._write_row_report(report)
        self.last_report = report
        log.info("imported %s: %d added, %d updated, %d unchanged", self.path.name,
                 report.to_add, report.to_update, report.unchanged)
        return report

    def row_report_path(self) -> Path:
        """Where the report of skipped rows goes: beside the file."""
        return self.path.with_name(f"{self.path.stem}.baris-dilewati.csv")

    def _write_row_report(self, report: ImportReport) -> str | None:
        """CSV (row, idData, reason) of the rows left out; None when it cannot be written."""
        from jdih_desktop.services.spreadsheet import safe_text

        target = self.row_report_path()
        try:
            with open(target, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["baris", "idData", "alasan"])
                for e in report.errors:
                    writer.writerow([e.row, safe_text(e.jdihn_id),
                                     safe_text(f"{e.field}: {e.message}")])
                rest = report.error_count - len(report.errors)
                if rest > 0:
                    writer.writerow(["", "", f"... dan {rest} kesalahan lain"])
        except OSError as exc:
            report.warnings.append(sentence(QT_TRANSLATE_NOOP(
                "Messages", "Laporan baris yang dilewati tidak dapat ditulis di %1: %2."),
                target, exc.strerror or exc))
            return None
        return str(target)

    # -- internals
    def _new_report(self) -> ImportReport:
        return ImportReport(path=str(self.path), format=self.format, source=self.source or "")

    def _check_file(self) -> None:
        if not self.path.exists():
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas tidak ditemukan: %1."),
                    params=(self.path,))
        if self.path.is_dir():
            raise TransferError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 adalah folder; pilih berkas."),
                    params=(self.path,))

    def _encoding(self) -> tuple[str, str | None]:
        if self.format == "xlsx":
            return "", None
        return detect_encoding(self.path)

    def _open_source(self, encoding: str) -> _Source:
        try:
            if self.format == "jdihn":
                return JdihnSource(self.path, encoding)
            if self.format == "csv":
                return CsvSource(self.path, encoding, self.mapping)
            return XlsxSource(self.path, self.mapping)
        except (TransferError, UnicodeDecodeError):
            raise
        except Exception as exc:
            raise _reader_failure(self.path, exc) from None

    def _process(self, report: ImportReport, *, write: bool, journal: Any = None,
                 now: dt.datetime | None = None) -> None:
        encoding, warning = self._encoding()
        report.encoding = encoding
        if warning:
            report.warnings.append(warning)
        source = self._open_source(encoding)
        try:
            if isinstance(source, _TableSource):
                report.headers = list(source.headers)
                report.mapping = list(source.mapping)
                if not any(report.mapping):
                    raise TransferError(QT_TRANSLATE_NOOP(
                            "Messages", "Tidak ada kolom berkas yang dipetakan ke kolom katalog. "
                            "Atur pemetaan kolom, lalu uji lagi."))
            run = _Run(self, report, source, write, journal=journal, now=now)
            batch: list[SourceRow] = []
            try:
                for row in _guarded(self.path, source.rows()):
                    batch.append(row)
                    if len(batch) >= CHUNK_ROWS:
                        run.handle(batch)
                        batch = []
                        self._tick(source, report)
                if batch:
                    run.handle(batch)
                run.flush()
                run.resolve_relations()
                if not report.source and len(report.sources) == 1:
                    report.source = next(iter(report.sources))
            except UnicodeDecodeError as exc:
                raise TransferError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Berkas tidak dapat dibaca sebagai %1: %2. Simpan ulang "
                        "berkas sebagai UTF-8, lalu impor lagi. Katalog tidak diubah."),
                        params=(encoding, exc.reason)) from None
            self._tick(source, report, final=True)
        finally:
            source.close()

    def _tick(self, source: _Source, report: ImportReport, final: bool = False) -> None:
        if self.cancel.is_set():
            raise TransferCancelled()
        if self.progress is not None:
            total = source.total
            done = total if final else min(source.done(), total) if total else source.done()
            self.progress(done, total, report.rows)


class _RowsFailed(Exception):
    pass


def _guarded(path: Path, rows: Iterator[SourceRow]) -> Iterator[SourceRow]:
    """The reader's rows; whatever a damaged file makes the reader raise is one TransferError."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except (TransferError, UnicodeDecodeError):
            raise
        except Exception as exc:
            raise _reader_failure(path, exc) from None
        yield row


class _Run:
    """State of one pass: the index, rows already seen in the file, pending writes."""

    def __init__(self, importer: Importer, report: ImportReport, source: _Source,
                 write: bool, journal: Any = None, now: dt.datetime | None = None) -> None:
        self.importer = importer
        self.report = report
        self.source = source
        self.write = write
        # services.import_journal.ImportJournal on a SQLite file: chunked writes
        self.journal = journal
        self.today = importer.clock().date()
        self.now = now or importer.clock().replace(microsecond=0)
        self.index = _Index()
        self.updates: list[tuple[int, dict[str, Any]]] = []
        self.seen_jdihn: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
        self.seen_key: dict[Key, int] = {}
        self.seen_target: dict[int, int] = {}
        self.inserts: list[dict[str, Any]] = []
        # (row, own source, own idData, own key, relation kind, cited text)
        self.relations: list[tuple[int, str, str, Key | None, str, str]] = []
        self.jid = ""
        # (instrument, nomor, tahun) of this file's valid rows: a relation to one of them is
        # recorded at commit, so the dry run counts it too
        self.planned_cites: set[tuple[str | None, str, int | None]] = set()

    def _error(self, row: int, field_name: str, message: str) -> None:
        self.report.add_error(row, field_name, message, self.jid)

    def _warn(self, row: int, field_name: str, message: str) -> None:
        self.report.add_warning(row, field_name, message, self.jid)

    def _source_of(self, row: SourceRow) -> str:
        if self.importer.source:
            return self.importer.source
        own = row.values.get("source")
        if own and source_slug(str(own)):
            return source_slug(str(own))
        return default_source(row.values)

    def handle(self, batch: list[SourceRow]) -> None:
        report = self.report
        planned: list[tuple[SourceRow, int | None]] = []
        for row in batch:
            report.rows += 1
            self.jid = row.jid
            src = self._source_of(row)
            row.values["source"] = src
            report.sources[src] = report.sources.get(src, 0) + 1
            if row.warnings:
                report.warning_rows += 1
                for f, msg in row.warnings:
                    self._warn(row.number, f, msg)
            if row.errors:
                report.error_rows += 1
                for f, msg in row.errors:
                    self._error(row.number, f, msg)
                continue
            target = self._match(row, src)
            if target == -1:
                report.error_rows += 1
                continue
            if target is not None and target < -1:
                continue  # counted by _match (a repeated row, another source's document)
            planned.append((row, target))
        existing_ids = [t for _, t in planned if t is not None]
        existing: dict[int, dict[str, Any]] = {}
        for i in range(0, len(existing_ids), 500):
            for d in Document.select().where(
                    Document.id.in_(existing_ids[i:i + 500])).dicts():
                existing[d["id"]] = d
        for row, target in planned:
            self.jid = row.jid
            values = dict(row.values)
            tempat = values.pop("_tempat", ...)
            relation = values.pop("_relation", None)
            if target is None:
                base = dict(_DEFAULTS)
            else:
                base = {f: existing[target].get(f) for f in DOCUMENT_FIELDS}
                if not row.explicit_type:
                    values.pop("doc_type", None)
                if values.get("jdihn_id") is None:
                    values.pop("jdihn_id", None)  # an empty idData never unlinks a document
                elif (base.get("jdihn_id") is None and base.get("source") == LOCAL_SOURCE
                      and str(values["jdihn_id"]).strip() == str(target)):
                    values.pop("jdihn_id")  # its own id, as the export wrote it
                values.pop("source", None)  # a document never changes source by import
            if tempat is not ...:
                doc_type = values.get("doc_type") or base.get("doc_type")
                values["tempat_penetapan" if doc_type in jdihn.ENACTED_TYPES
                       else "tempat_terbit"] = tempat
            merged = base | values
            for name, default in _NOT_NULL_DEFAULTS.items():
                if merged.get(name) is None:
                    merged[name] = default
            merged["id"] = target
            data = DocumentData(**{f: merged.get(f) for f in DOCUMENT_FIELDS})
            problems = validate_document(data, today=self.today)
            if "teu_badan" in problems and not merged.get("teu_badan"):
                del problems["teu_badan"]  # real feeds: accepted (and warned about)
            if problems:
                report.error_rows += 1
                for f, msg in problems.items():
                    self._error(row.number, self.source.source_name(f), msg)
                continue
            self.planned_cites.add((instrument_label(merged.get("jenis"),
                                                     merged.get("singkatan_jenis"),
                                                     merged.get("judul")),
                                    str(merged.get("nomor") or ""), merged.get("tahun")))
            if relation is not None:
                self.relations.append((row.number, merged["source"], row.jid,
                                       _row_key(merged), relation[0], relation[1]))
            issuer = issuer_key(merged.get("teu_badan"), merged.get("judul"), merged.get("jenis"))
            if target is None:
                report.to_add += 1
                if self.write:
                    rec = {f: merged.get(f) for f in EDITABLE_FIELDS}
                    rec["issuer"] = issuer
                    rec["created_at"] = self.now
                    rec["updated_at"] = self.now
                    self.inserts.append(rec)
            else:
                changes = {f: merged.get(f) for f in values if f in EDITABLE_FIELDS}
                for name in _NOT_NULL_DEFAULTS:
                    if name in changes:
                        changes[name] = merged[name]
                # last_updated is the feed's own change time, not a change of the document
                if all(_same_value(v, existing[target].get(f)) for f, v in changes.items()
                       if f != "last_updated"):
                    report.unchanged += 1  # the same feed again: nothing to write
                    continue
                report.to_update += 1
                if self.write:
                    changes["issuer"] = issuer
                    changes["updated_at"] = self.now
                    self.updates.append((target, changes))
        if self.write and report.error_rows and not self.importer.skip_invalid:
            # The import will not be kept: stop writing, go on checking for the full report.
            self.write = False
            self.inserts, self.updates = [], []
        self.flush()

    def _match(self, row: SourceRow, src: str) -> int | None:
        """The existing document the row updates, None for a new one, -1 after an error, -2
        for a row left out with a warning (a repeated row, another source's document)."""
        v = row.values
        jid = row.jid or None
        key = None
        if all(k in v for k in ("jenis", "nomor", "tahun")):
            key = _row_key(v)
        name_id = self.source.source_name("jdihn_id")
        if jid and (src, jid) in self.seen_jdihn:
            first, first_values = self.seen_jdihn[(src, jid)]
            if first_values == v:  # the endpoint's JOIN: the same record twice
                self.report.unchanged += 1
                self._warn(row.number, name_id, sentence(QT_TRANSLATE_NOOP(
                    "Messages", "baris ini sama persis dengan baris %1 (idData sama); "
                    "dilewati"), first))
                return -2
            self._error(row.number, name_id, sentence(QT_TRANSLATE_NOOP(
                "Messages", "duplikat: idData %1 sudah ada di baris %2 berkas ini dengan isi "
                "berbeda"), jid, first))
            return -1
        if key and key in self.seen_key:
            self._error(row.number, self.source.source_name("nomor"), sentence(
                QT_TRANSLATE_NOOP("Messages", "duplikat: jenis, nomor, tahun dan penerbit "
                                  "(T.E.U.) yang sama sudah ada di baris %1 berkas ini"),
                self.seen_key[key]))
            return -1
        by_id = self.index.by_jdihn.get((src, jid)) if jid else None
        found = self.index.by_key.get(key) if key else None
        by_key = found[0] if found else None
        if by_id is None and found is not None and found[1] != src:
            # The same law catalogued from another source: never updated from this feed.
            self.report.other_source += 1
            self._warn(row.number, self.source.source_name("nomor"),
                       sentence(QT_TRANSLATE_NOOP(
                           "Messages", "dokumen yang sama sudah ada dari sumber %1 (dokumen "
                           "#%2); tidak diubah"), repr(found[1]), found[0]))
            if jid:
                self.seen_jdihn[(src, jid)] = (row.number, v)
            if key:
                self.seen_key[key] = row.number
            return -2
        if by_id is not None and by_key is not None and by_id != by_key:
            self._error(row.number, name_id, sentence(QT_TRANSLATE_NOOP(
                "Messages", "idData %1 menunjuk dokumen #%2, tetapi jenis/nomor/tahun sama "
                "dengan dokumen lain (#%3) di katalog; periksa kedua dokumen"),
                jid, by_id, by_key))
            return -1
        target = by_id if by_id is not None else by_key
        if target is not None and target in self.seen_target:
            self._error(row.number, name_id, sentence(QT_TRANSLATE_NOOP(
                "Messages", "duplikat: dokumen katalog yang sama sudah diperbarui oleh baris "
                "%1"), self.seen_target[target]))
            return -1
        if jid:
            self.seen_jdihn[(src, jid)] = (row.number, v)
        if key:
            self.seen_key[key] = row.number
        if target is not None:
            self.seen_target[target] = row.number
        return target

    def resolve_relations(self) -> None:
        """Relation statuses ("Mencabut Perda Nomor 3 Tahun 2010"): recorded when the cited
        document is in the catalogue (same source first), warned about otherwise."""
        from jdih_desktop.store.instruments import parse_title
        from jdih_desktop.store.models import DocumentRelation

        for number, src, jid, key, kind, text in self.relations:
            self.jid = jid
            jenis, nomor, tahun = parse_title(text)
            label = instrument_label(jenis) if jenis else None
            candidates = []
            if nomor and tahun:
                for d in (Document.select(Document.id, Document.source, Document.jenis,
                                          Document.singkatan_jenis, Document.judul)
                          .where(Document.tahun == tahun, Document.nomor == nomor)):
                    if label is None or instrument_label(d.jenis, d.singkatan_jenis,
                                                         d.judul) == label:
                        candidates.append(d)
            candidates.sort(key=lambda d: d.source != src)
            if not candidates and not self.write and (label, nomor, tahun) in self.planned_cites:
                self.report.relations += 1
                continue
            if not candidates:
                self._warn(number, "status", sentence(QT_TRANSLATE_NOOP(
                    "Messages", "relasi '%1 %2' tidak dicatat: dokumen yang dirujuk tidak ada "
                    "di katalog"), kind, text))
                continue
            target = candidates[0].id
            if not self.write:
                self.report.relations += 1
                continue
            own = None
            if jid:
                own = Document.get_or_none(Document.source == src, Document.jdihn_id == jid)
            if own is None and key is not None:
                own = Document.get_or_none(Document.tahun == key[2], Document.issuer == key[3],
                                           fn_lower(Document.nomor) == key[1])
            if own is None or own.id == target:
                continue
            if self.journal is not None:
                self.journal.writer.begin()
            if DocumentRelation.get_or_none(source=own.id, target=target, kind=kind) is None:
                from jdih_desktop.services.catalogue import CatalogueService
                from jdih_desktop.services.session import OFFICER, Actor, Session

                # The import writes as a desk officer: whoever started it was let in by the
                # import dialog or the console (the Importer itself carries no session yet).
                writer = CatalogueService(self.importer.clock)
                writer.session = Session(Actor(None, "import", "Impor katalog", OFFICER))
                if self.journal is None:
                    writer.set_relation(own.id, target, kind)
                else:
                    self._journaled_relation(writer, own.id, target, kind)
            self.report.relations += 1
            if self.journal is not None:
                self.journal.writer.step()
        if self.journal is not None:
            self.journal.writer.commit()

    def _journaled_relation(self, writer: Any, own: int, target: int, kind: str) -> None:
        """``set_relation`` with undo entries: the relation rows it adds, a note it replaces,
        the status it changes (``mencabut`` makes the revoked document "tidak berlaku")."""
        from jdih_desktop.store.models import DocumentRelation

        journal = self.journal
        pair = (((DocumentRelation.source == own) & (DocumentRelation.target == target))
                | ((DocumentRelation.source == target) & (DocumentRelation.target == own)))
        rels = {r.id: r.note for r in DocumentRelation.select().where(pair)}
        docs = journal.pre_images([own, target])
        writer.set_relation(own, target, kind)
        for r in DocumentRelation.select().where(pair):
            if r.id not in rels:
                journal.record("relation_new", r.id)
            elif r.note != rels[r.id]:
                journal.record("relation_note", r.id, before={"note": rels[r.id]})
        now = journal.pre_images([own, target])
        for doc_id, old in docs.items():
            new = now.get(doc_id)
            if new is not None and new != old:
                changed = {c: v for c, v in old.items() if new.get(c) != v}
                journal.record("update", doc_id, before=changed,
                               after=str(new.get("updated_at")))
        journal.flush_entries()

    def flush(self) -> None:
        """Write the batch's pending inserts and updates.

        Inserts: one prepared INSERT run with executemany (peewee's ``insert_many`` builds the
        SQL text in Python for every row, which cost more than the insert itself at 100k rows);
        values are converted here the way peewee stores them (ISO dates, "YYYY-MM-DD HH:MM:SS"
        times). Chunked (SQLite): in steps of ``WRITE_STEP`` rows, each step journaled, a commit
        whenever the chunk's time budget is spent and always at the end of the batch, so the
        next rows are read and checked without holding the write lock.
        """
        inserts, updates = self.inserts, self.updates
        self.inserts, self.updates = [], []
        if not inserts and not updates:
            return
        journal = self.journal
        if journal is None:
            self._insert(inserts)
            for target, changes in updates:
                Document.update(**changes).where(Document.id == target).execute()
            return
        w = journal.writer
        db = database_proxy.obj
        for i in range(0, len(inserts), WRITE_STEP):
            w.begin()
            part = inserts[i:i + WRITE_STEP]
            below = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM document").fetchone()[0]
            self._insert(part)
            top, n = db.execute_sql("SELECT MAX(id), COUNT(*) FROM document WHERE id > ?",
                                    (below,)).fetchone()
            if n != len(part) or top - below != n:  # pragma: no cover - rowids not in a row
                raise DatabaseError("document ids of one chunk are not consecutive")
            journal.record("insert", below + 1, top, after=_db_value(self.now))
            journal.flush_entries()
            w.step()
        for i in range(0, len(updates), WRITE_STEP):
            w.begin()
            part = updates[i:i + WRITE_STEP]
            ids = [t for t, _ in part]
            before = journal.pre_images(ids)
            for target, changes in part:
                Document.update(**changes).where(Document.id == target).execute()
            after = journal.stamps(ids)
            for target in ids:
                if target in before:
                    journal.record("update", target, before=before[target],
                                   after=str(after.get(target)))
            journal.flush_entries()
            w.step()
        w.commit()

    def _insert(self, inserts: list[dict[str, Any]]) -> None:
        if not inserts:
            return
        cols = [*EDITABLE_FIELDS, "issuer", "created_at", "updated_at"]
        db = database_proxy.obj
        sql = (f'INSERT INTO "document" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
               f"VALUES ({', '.join([db.param] * len(cols))})")
        rows = [tuple(_db_value(r[c]) for c in cols) for r in inserts]
        with peewee_errors:  # driver errors become peewee's, as execute_sql does
            cursor = db.cursor()
            try:
                cursor.executemany(sql, rows)
            finally:
                cursor.close()


def fn_lower(field_: Any) -> Any:
    from peewee import fn

    return fn.lower(field_)


# ----------------------------------------------------------------------------- remembered sources


def _sources_file(folder: Path) -> Path:
    return folder / "import-sources.json"


def remembered_source(folder: Path, path: str | os.PathLike[str]) -> str | None:
    """The source last used for this file (the import dialog's memory); None when none."""
    try:
        data = json.loads(_sources_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(str(Path(path).resolve())) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def remember_source(folder: Path, path: str | os.PathLike[str], source: str) -> None:
    """Remember the source chosen for this file (written atomically; failures only logged)."""
    from jdih_desktop.fileio import write_atomic

    target = _sources_file(folder)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[str(Path(path).resolve())] = source
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        log.warning("could not remember the import source for %s: %s", path, exc)


# ----------------------------------------------------------------------------- export


def _db_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _same_value(new: Any, stored: Any) -> bool:
    """Would writing ``new`` over ``stored`` change the document? (empty text == NULL)"""
    a, b = _db_value(new), _db_value(stored)
    return (None if a == "" else a) == (None if b == "" else b)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _export_values(doc: dict[str, Any]) -> list[Any]:
    """A document's EXPORT_COLUMNS values. A document entered here without an idData is
    written with its own id there (as the JDIHN export does), so the file imports back onto
    the same documents, numberless monographs included."""
    out = []
    for c in EXPORT_COLUMNS:
        v = doc.get(c)
        if c == "jdihn_id" and not v and (doc.get("source") or LOCAL_SOURCE) == LOCAL_SOURCE:
            v = str(doc["id"])
        out.append(v)
    return out


def _iter_documents(chunk: int = 1000) -> Iterator[dict[str, Any]]:
    """Every document in id order, fetched in pages (keyset pagination on id)."""
    last = 0
    while True:
        page = list(Document.select().where(Document.id > last).order_by(Document.id)
                    .limit(chunk).dicts())
        if not page:
            return
        yield from page
        last = page[-1]["id"]


def export_catalogue(path: str | os.PathLike[str], fmt: str, *,
                     progress: Progress | None = None,
                     cancel: threading.Event | None = None) -> int:
    """Write the whole catalogue; returns the number of documents.

    Written to ``<name>.part`` first and renamed at the end, so a failed or cancelled export
    never leaves half a file under the chosen name.
    """
    if fmt not in FORMATS:
        raise TransferError(QT_TRANSLATE_NOOP(
                "Messages", "Format %1 tidak dikenal; pilih jdihn, csv atau xlsx."),
                params=(repr(fmt),))
    target = Path(path)
    if not target.parent.exists():
        raise TransferError(QT_TRANSLATE_NOOP(
                "Messages", "Folder tujuan tidak ada: %1."),
                params=(target.parent,))
    tmp = target.with_name(target.name + ".part")
    total = Document.select().count()
    cancel = cancel or threading.Event()
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count % CHUNK_ROWS == 0:
            if cancel.is_set():
                raise TransferCancelled()
            if progress is not None:
                progress(count, total, count)

    try:
        if fmt == "jdihn":
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                fh.write("[")
                for doc in _iter_documents():
                    fh.write(",\n" if count else "\n")
                    fh.write(json.dumps(jdihn.document_to_record(doc), ensure_ascii=False))
                    tick()
                fh.write("\n]\n")
        elif fmt == "csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(EXPORT_COLUMNS)
                for doc in _iter_documents():
                    writer.writerow([safe_text(_plain(v)) for v in _export_values(doc)])
                    tick()
        else:
            _export_xlsx(tmp, tick)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TransferError(QT_TRANSLATE_NOOP(
                "Messages", "Tidak dapat menulis %1: %2. Periksa izin folder dan ruang disk."),
                params=(target, exc.strerror or exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total, count)
    return count


def _export_xlsx(tmp: Path, tick_cb: Callable[[], None]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Katalog")
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for c in EXPORT_COLUMNS:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for doc in _iter_documents():
        row = []
        for v in _export_values(doc):
            row.append(v if isinstance(v, int | dt.date) and not isinstance(v, bool)
                       else (None if v is None else safe_cell(ws, str(v))))
        ws.append(row)
        tick_cb()
    wb.save(tmp)


# ----------------------------------------------------------------------------- in a process


def database_spec(db: Any = None) -> tuple[str, str, dict[str, Any]] | None:
    """How another process opens the same database; None when it cannot (``:memory:``)."""
    from peewee import PostgresqlDatabase, SqliteDatabase

    db = db or database_proxy.obj
    if isinstance(db, SqliteDatabase):
        if not db.database or db.database == ":memory:":
            return None
        return ("sqlite", str(db.database), {})
    if isinstance(db, PostgresqlDatabase):
        return ("postgres", str(db.database), dict(db.connect_params))
    return None


def _open_spec(spec: tuple[str, str, dict[str, Any]]) -> Any:
    from peewee import PostgresqlDatabase

    from jdih_desktop.store.db import SQLITE_PRAGMAS, JdihSqliteDatabase

    kind, name, params = spec
    # JDIH's SQLite class: every transaction begins IMMEDIATE, so this process's chunks wait
    # for a desk's save (and a desk's for them) instead of failing.
    db = (JdihSqliteDatabase(name, pragmas=SQLITE_PRAGMAS) if kind == "sqlite"
          else PostgresqlDatabase(name, **params))
    db.connect()
    database_proxy.initialize(db)
    return db


def _child_main(conn: Any, spec: tuple[str, str, dict[str, Any]], path: str, fmt: str,
                mapping: list[str | None] | None, mode: str, fingerprint: str | None,
                now: dt.datetime, cancel: Any, source: str | None = None,
                skip_invalid: bool = False) -> None:
    """Entry point of the import process: one pass, messages back through ``conn``."""
    import time

    last = [0.0]

    def progress(done: int, total: int, rows: int) -> None:
        t = time.monotonic()
        if t - last[0] >= 0.03 or (total and done >= total):
            last[0] = t
            conn.send(("progress", done, total, rows))

    if hasattr(os, "nice"):
        # The person at the desk comes first: on a busy two-core PC the scheduler then runs the
        # GUI before this process whenever both want a core.
        os.nice(10)
    db = None
    try:
        db = _open_spec(spec)
        importer = Importer(path, fmt, mapping=mapping, clock=lambda: now, progress=progress,
                            cancel=_EventAdapter(cancel), source=source,
                            skip_invalid=skip_invalid)
        report = importer.commit(fingerprint) if mode == "commit" else importer.dry_run()
        conn.send(("done", report))
    except TransferCancelled as exc:
        conn.send(("error", "cancelled", exc.kept, None))
    except JdihError as exc:
        conn.send(("error", "transfer", exc.message, exc.detail))
    except BaseException as exc:  # reported to the parent, never a silent death
        conn.send(("error", "crash", repr(exc), None))
    finally:
        if db is not None:
            db.close()
        conn.close()


class _EventAdapter:
    """A multiprocessing Event where the importer expects a threading.Event."""

    def __init__(self, event: Any) -> None:
        self._event = event

    def is_set(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        self._event.set()

    def clear(self) -> None:
        self._event.clear()


def run_pass_in_process(path: str | os.PathLike[str], fmt: str,
                        mapping: Sequence[str | None] | None, mode: str, *,
                        clock: Callable[[], dt.datetime],
                        fingerprint: str | None = None, progress: Progress | None = None,
                        cancel: threading.Event | None = None, source: str | None = None,
                        skip_invalid: bool = False) -> ImportReport:
    """Run a dry-run (``mode="dry_run"``) or commit in a separate Python process.

    Why a process: an import is CPU-bound Python. In a thread it shares the GIL with the GUI,
    and whenever the operating system pauses the thread that holds the GIL, the GUI waits too
    (measured: 100 ms stalls on a busy two-core desk PC). A process has its own interpreter, so
    the GUI thread only waits for its own work. The caller blocks (call it from a worker
    thread); progress and the result come back through a pipe. Databases another process
    cannot open (SQLite ``:memory:``) run the pass in the calling thread instead.
    """
    spec = database_spec()
    now = clock()
    if spec is None:
        importer = Importer(path, fmt, mapping=mapping, clock=lambda: now, progress=progress,
                            cancel=cancel, source=source, skip_invalid=skip_invalid)
        return importer.commit(fingerprint) if mode == "commit" else importer.dry_run()
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    stop = ctx.Event()
    proc = ctx.Process(target=_child_main, name=f"jdih-import-{mode}", daemon=True,
                       args=(sender, spec, str(path), fmt,
                             list(mapping) if mapping is not None else None, mode,
                             fingerprint, now, stop, source, skip_invalid))
    proc.start()
    sender.close()
    result: ImportReport | None = None
    error: tuple[str, str, str | None] | None = None
    try:
        while result is None and error is None:
            if cancel is not None and cancel.is_set():
                stop.set()
            if receiver.poll(0.05):
                try:
                    msg = receiver.recv()
                except EOFError:
                    break
                if msg[0] == "progress":
                    if progress is not None:
                        progress(msg[1], msg[2], msg[3])
                elif msg[0] == "done":
                    result = msg[1]
                else:
                    error = (msg[1], msg[2], msg[3])
            elif not proc.is_alive() and not receiver.poll(0):
                break
    finally:
        proc.join(timeout=30)
        if proc.is_alive():  # pragma: no cover - a wedged child
            proc.terminate()
        receiver.close()
    if result is not None:
        if result.committed:
            vocabulary_changed()  # written by the other process: this one's index is stale
        return result
    if error is None:
        if mode == "commit":  # chunks it committed before it died are taken out again here
            from jdih_desktop.services.import_journal import recover_interrupted_imports

            undone = recover_interrupted_imports()
            kept = joined([u.sentence() for u in undone])
        else:
            kept = ""
        raise TransferError(QT_TRANSLATE_NOOP(
                "Messages", "Proses impor berhenti tanpa hasil (kode %1); katalog tidak diubah. "
                "Lihat log, lalu coba lagi. %2"),
                params=(proc.exitcode, kept))
    kind, message, detail = error
    if kind == "cancelled":
        raise TransferCancelled(message)
    if kind == "transfer":
        raise TransferError(message, detail=detail)
    raise TransferError(QT_TRANSLATE_NOOP(
            "Messages", "Impor gagal karena kesalahan tak terduga (%1); katalog tidak diubah. "
            "Lihat log."), detail=message,
            params=(message,))
