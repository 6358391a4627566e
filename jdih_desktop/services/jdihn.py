"""The JDIHN JSON feed: the flat array JDIH websites publish for the national network.

Every value in the feed is a string and ``"-"`` means empty. Field names differ a little
between sites (``urlAbstrak``/``urlabstrak``, ``last_updated``/``lastUpdated``); import accepts
every spelling in ``ALIASES`` and export writes the full canonical set ``JDIHN_FIELDS``.

Mapping to ``Document`` (see ``FIELD_MAP``) is one-to-one except:

* ``tahun_pengundangan`` is the document's year (``tahun``).
* ``tempatTerbit`` is where a Peraturan/Putusan was enacted (``tempat_penetapan``) and where a
  Monografi/Artikel was published (``tempat_terbit``).
* ``operasi`` and ``display`` are transport flags of the national network, not catalogue data:
  they are read and ignored; export writes ``operasi "4"`` and ``display "1"`` (published).
* ``idData`` is kept as the document's JDIHN id; a document catalogued here without one is
  exported with its local id, the number the office's own JDIH website would publish.
* ``status`` is read as Berlaku / Tidak Berlaku (also "dicabut") and exported in that spelling.
  Relation words found in real feeds are understood (``parse_status_text``): "Mengubah",
  "Mencabut", "Diubah", "Dicabut sebagian" leave the document itself berlaku (a partly
  revoked law is still in force); the relation ("Mencabut Perda Nomor 3 Tahun 2010") is kept
  for the importer, which records it when its target is in the catalogue.

Real feeds are messy; ``repair_record`` fixes what can be fixed and says so, one warning per
repair (the dry run lists them per row, never silently):

* JSON ``null`` anywhere, integer idData and numbers read as text;
* control characters (U+000B, CR LF, tabs) inside single-line values become spaces;
* URLs with spaces are percent-encoded;
* an empty ``noPeraturan``, ``tahun_pengundangan`` or ``jenis`` is read from a title that
  cites it ("Peraturan Gubernur Banten Nomor 21 Tahun 2021 tentang ...");
* a row without jenis and number is typed by what it is: an ISBN, a publisher or a person as
  author make it a Monografi Hukum, a journal as its source an Artikel Hukum;
* a missing T.E.U. badan is accepted (the national network's sample endpoint emits null).

The document type is not a JDIHN field; ``infer_doc_type`` decides it from ``jenis`` and the
other fields with this rule, first match wins:

1. jenis or singkatanJenis has the word "putusan" or "vonis"
   (not "keputusan", which is a regulation)                         -> putusan
2. jenis mentions "artikel", "jurnal", "majalah" or "makalah"       -> artikel
3. jenis mentions "monografi" or "buku", or the row has an ISBN or
   a penerbit and no noPeraturan                                     -> monografi
4. anything else                                                     -> peraturan

Dates are accepted as ``YYYY-MM-DD``, ``DD-MM-YYYY``, ``DD/MM/YYYY`` and ``12 Januari 2022``
(Indonesian or English month names, common short forms) and exported as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.store.instruments import parse_title
from jdih_desktop.store.search import fold

JDIHN_FIELDS: tuple[str, ...] = (
    "idData", "judul", "jenis", "singkatanJenis", "noPeraturan", "tahun_pengundangan",
    "tanggal_pengundangan", "tanggal_penetapan", "sumber", "subjek", "status", "bahasa",
    "teuBadan", "bidangHukum", "tempatTerbit", "penerbit", "deskripsiFisik", "isbn", "noPanggil",
    "nomorIndukBuku", "abstrak", "urlAbstrak", "urlDownload", "fileDownload",
    "urlDetailPeraturan", "last_updated", "operasi", "display",
)

# Other spellings seen in feeds -> canonical name (compared case-insensitively too).
ALIASES: dict[str, str] = {"urlabstrak": "urlAbstrak", "lastUpdated": "last_updated",
                           "lastupdated": "last_updated"}
_CANONICAL_BY_LOWER = {n.lower(): n for n in JDIHN_FIELDS} | {
    k.lower(): v for k, v in ALIASES.items()}
_CANONICAL_EXACT = {n: n for n in JDIHN_FIELDS} | ALIASES  # the common case, no lower()

# JDIHN name -> Document field ("tempatTerbit" is resolved by document type).
FIELD_MAP: dict[str, str] = {
    "idData": "jdihn_id", "judul": "judul", "jenis": "jenis",
    "singkatanJenis": "singkatan_jenis", "noPeraturan": "nomor", "tahun_pengundangan": "tahun",
    "tanggal_pengundangan": "tanggal_pengundangan", "tanggal_penetapan": "tanggal_penetapan",
    "sumber": "sumber", "subjek": "subjek", "status": "status", "bahasa": "bahasa",
    "teuBadan": "teu_badan", "bidangHukum": "bidang_hukum", "penerbit": "penerbit",
    "deskripsiFisik": "deskripsi_fisik", "isbn": "isbn", "noPanggil": "call_number",
    "nomorIndukBuku": "nomor_induk", "abstrak": "abstrak", "urlAbstrak": "url_abstrak",
    "urlDownload": "url_download", "fileDownload": "file_download",
    "urlDetailPeraturan": "url_detail", "last_updated": "last_updated",
}
IGNORED_FIELDS = frozenset({"operasi", "display"})
ENACTED_TYPES = frozenset({"peraturan", "putusan"})

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
        ("januari", "jan", "january"), ("februari", "feb", "pebruari", "february"),
        ("maret", "mar", "march"), ("april", "apr"), ("mei", "may"),
        ("juni", "jun", "june"), ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "aug", "august"),
        ("september", "sep", "sept"), ("oktober", "okt", "oct", "october"),
        ("november", "nov", "nopember", "nop"), ("desember", "des", "dec", "december")), 1):
    for _n in _names:
        _MONTHS[_n] = _i


class FieldError(ValueError):
    """A value that cannot be read; the message is Indonesian and says what is expected.

    ``message`` is the marked sentence itself (``i18n.labels``): the import's row list shows
    it in the display language.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def canonical_name(key: str) -> str | None:
    """The canonical JDIHN name of a feed key, or None when the key is not a JDIHN field."""
    name = _CANONICAL_EXACT.get(key)
    if name is not None:
        return name
    return _CANONICAL_BY_LOWER.get(str(key).strip().lower())


def empty(value: object) -> bool:
    """JDIHN's empty: nothing, blanks, or a lone dash."""
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def parse_date(text: str) -> dt.date:
    """A date in one of the shapes found in feeds and spreadsheets (see module docstring)."""
    s = " ".join(str(text).split())
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if m:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{1,2})\s*[ -]\s*([A-Za-z]+)\.?\s*[ -]\s*(\d{4})", s)
            if not m or fold(m[2]) not in _MONTHS:
                raise FieldError(sentence(QT_TRANSLATE_NOOP(
                    "Messages", "tanggal %1 tidak dikenali; tulis TTTT-BB-HH, HH-BB-TTTT atau "
                    "mis. 12 Januari 2022"), repr(s)))
            d, mo, y = int(m[1]), _MONTHS[fold(m[2])], int(m[3])
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise FieldError(sentence(QT_TRANSLATE_NOOP(
            "Messages", "tanggal %1 tidak ada di kalender"), repr(s))) from None


def parse_datetime(text: str) -> dt.datetime:
    """``last_updated``: a date with an optional time (``2022-01-12 10:20:30``, ISO ``T``)."""
    s = " ".join(str(text).split())
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
                     r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?", s)
    if m:
        try:
            return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]),
                               int(m[6] or 0))
        except ValueError:
            raise FieldError(sentence(QT_TRANSLATE_NOOP(
                "Messages", "waktu %1 tidak ada di kalender"), repr(s))) from None
    return dt.datetime.combine(parse_date(s), dt.time())


def parse_year(text: str) -> int:
    s = str(text).strip()
    if not re.fullmatch(r"\d{4}", s):
        raise FieldError(sentence(QT_TRANSLATE_NOOP(
            "Messages", "tahun %1 harus empat angka, mis. 2022"), repr(s)))
    return int(s)


def parse_status(text: str) -> str:
    return parse_status_text(text)[0]


_REL_VERBS = (("dicabut sebagian", None), ("diubah sebagian", None), ("mencabut", "mencabut"),
              ("mengubah", "mengubah"), ("merubah", "mengubah"), ("diubah", None),
              ("dirubah", None), ("dicabut", None))


def parse_status_text(text: str) -> tuple[str, str | None, tuple[str, str] | None]:
    """(status, warning or None, (relation kind, cited text) or None) of a feed's status.

    The document is tidak berlaku only when it is itself revoked ("Dicabut", "Tidak
    Berlaku"); "Dicabut sebagian", "Diubah", "Mengubah ...", "Mencabut ..." leave it berlaku.
    """
    raw = " ".join(str(text).split())
    f = fold(raw).replace("_", " ").strip(" .")
    if f in ("berlaku", "masih berlaku", "1", "aktif"):
        return "berlaku", None, None
    if f in ("tidak berlaku", "dicabut", "0", "tidak aktif", "dibatalkan", "tidak berlaku lagi",
             "dicabut seluruhnya"):
        return "tidak_berlaku", None, None
    for verb, kind in _REL_VERBS:
        if f == verb or f.startswith(verb + " "):
            rest = raw[len(verb):].strip(" :,-") if len(raw) >= len(verb) else ""
            if verb == "dicabut" and rest:  # "Dicabut dengan Perda Nomor 2 Tahun 2020"
                return "tidak_berlaku", None, None
            if kind == "mencabut":
                what = QT_TRANSLATE_NOOP("Messages", "dokumen ini mencabut dokumen lain")
            elif kind == "mengubah":
                what = QT_TRANSLATE_NOOP("Messages", "dokumen ini mengubah dokumen lain")
            elif "sebagian" in verb:
                what = QT_TRANSLATE_NOOP("Messages", "sebagian isinya diubah/dicabut")
            else:
                what = QT_TRANSLATE_NOOP("Messages", "dokumen ini telah diubah")
            return ("berlaku", sentence(QT_TRANSLATE_NOOP(
                "Messages", "status %1 dibaca Berlaku (%2; dokumen itu sendiri masih berlaku)"),
                repr(raw), what), (kind, rest) if kind and rest else None)
    raise FieldError(sentence(QT_TRANSLATE_NOOP(
        "Messages", "status %1 tidak dikenal; tulis Berlaku atau Tidak Berlaku"), repr(text)))


def infer_doc_type(jenis: str | None, singkatan: str | None = None, *, has_number: bool,
                   has_isbn: bool = False, has_publisher: bool = False) -> str:
    """The document type from the JDIHN fields, by the rule in the module docstring."""
    j = fold(jenis or "")
    s = fold(singkatan or "")
    # whole words: "Keputusan KPU" is a regulation, "Putusan MK" a court decision
    if re.search(r"\b(putusan|vonis)\b", f"{j} {s}"):
        return "putusan"
    if any(w in j for w in ("artikel", "jurnal", "majalah", "makalah")):
        return "artikel"
    if "monografi" in j or "buku" in j or ((has_isbn or has_publisher) and not has_number):
        return "monografi"
    return "peraturan"


Issue = tuple[str, str]  # (Document field, reason)

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_KEEP_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
MULTILINE_TARGETS = frozenset({"abstrak", "catatan"})
URL_TARGETS = ("url_abstrak", "url_download", "url_detail")


def clean_text(target: str, value: str) -> tuple[str, str | None]:
    """Control characters (U+000B, CR LF, tab ...) made spaces; line breaks kept in
    multi-line fields. Returns (text, warning or None)."""
    if value.isprintable():
        return value, None
    if target in MULTILINE_TARGETS:
        text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        bad = _CONTROL_KEEP_LINES.findall(text)
        text = _CONTROL_KEEP_LINES.sub(" ", text)
    else:
        bad = _CONTROL.findall(value)
        text = " ".join(_CONTROL.sub(" ", value).split())
    if not bad:
        return text, None
    codes = ", ".join(sorted({"CR LF" if c in "\r\n" else f"U+{ord(c):04X}" for c in bad}))
    return text, sentence(QT_TRANSLATE_NOOP("Messages", "karakter kendali (%1) diganti spasi"),
                          codes)


def clean_url(value: str) -> tuple[str, str | None]:
    """A URL with spaces (or other characters a URL cannot hold) percent-encoded."""
    from urllib.parse import quote

    text = value.strip()
    if re.fullmatch(r"[!#$%&'()*+,/:;=?@\[\]A-Za-z0-9._~-]*", text):
        return text, None
    fixed = quote(text, safe="!#$%&'()*+,/:;=?@[]~")
    return fixed, QT_TRANSLATE_NOOP(
        "Messages", "URL berisi spasi atau karakter tak sah; ditulis dengan %-encoding")


_INSTITUTION_WORDS = frozenset({
    "pemerintah", "kota", "kabupaten", "provinsi", "komisi", "dewan", "badan", "kementerian",
    "kpu", "mahkamah", "pengadilan", "republik", "indonesia", "sekretariat", "dinas",
    "lembaga", "pusat", "universitas", "fakultas", "direktorat", "bawaslu", "dprd", "dpr",
    "majelis", "kantor", "bagian", "biro", "tim", "panitia", "perpustakaan", "jdih"})


def _looks_like_person(name: str | None) -> bool:
    w = fold(name or "").replace(",", " ").replace(".", " ").split()
    return 1 <= len(w) <= 5 and not (set(w) & _INSTITUTION_WORDS) and all(x.isalpha() for x in w)


def repair(out: dict[str, Any], *, explicit_type: bool) -> list[Issue]:
    """Fill what real feeds leave out, in place; one warning per repair (module docstring)."""
    warnings: list[Issue] = []
    judul = out.get("judul")
    if judul and (not out.get("nomor") or out.get("tahun") is None or not out.get("jenis")):
        t_jenis, t_nomor, t_tahun = parse_title(judul)
        if "nomor" in out and not out.get("nomor") and t_nomor and (t_jenis or out.get("jenis")):
            out["nomor"] = t_nomor
            warnings.append(("nomor", sentence(QT_TRANSLATE_NOOP(
                "Messages", "nomor kosong; diisi %1 dari judul"), repr(t_nomor))))
        if "tahun" in out and out.get("tahun") is None and t_tahun and (
                t_nomor and (t_jenis or out.get("jenis"))):
            out["tahun"] = t_tahun
            warnings.append(("tahun", sentence(QT_TRANSLATE_NOOP(
                "Messages", "tahun kosong; diisi %1 dari judul"), t_tahun)))
        if not out.get("jenis") and t_jenis and t_nomor:
            out["jenis"] = t_jenis
            warnings.append(("jenis", sentence(QT_TRANSLATE_NOOP(
                "Messages", "jenis kosong; diisi %1 dari judul"), repr(t_jenis))))
    if not explicit_type:
        has_number = bool(out.get("nomor"))
        out["doc_type"] = infer_doc_type(
            out.get("jenis"), out.get("singkatan_jenis"), has_number=has_number,
            has_isbn=bool(out.get("isbn")), has_publisher=bool(out.get("penerbit")))
        if not out.get("jenis") and not has_number:
            sumber = fold(out.get("sumber") or "")
            if re.search(r"\b(jurnal|journal|majalah|vol|volume)\b", sumber) and not (
                    out.get("isbn") or out.get("penerbit")):
                kind, label = "artikel", "Artikel Hukum"
            elif out.get("isbn") or out.get("penerbit") or _looks_like_person(
                    out.get("teu_badan")):
                kind, label = "monografi", "Monografi Hukum"
            else:
                kind = label = None
            if kind:
                out["doc_type"] = kind
                out["jenis"] = label
                warnings.append(("jenis", sentence(QT_TRANSLATE_NOOP(
                    "Messages", "jenis dan nomor kosong; dicatat sebagai %1"), label)))
    if "teu_badan" in out and not out.get("teu_badan"):
        warnings.append(("teu_badan", QT_TRANSLATE_NOOP(
            "Messages", "T.E.U. badan/pengarang kosong; diterima tanpa T.E.U.")))
    return warnings


def record_to_fields(record: dict[str, Any]) -> tuple[dict[str, Any], list[Issue], list[Issue]]:
    """One feed object -> (Document field values, errors, warnings), each a list of
    (jdihn field, reason).

    Only keys present in the record appear in the result (an update never blanks a field the
    feed did not send); "-", blanks and JSON null become None. Unknown keys are ignored.
    """
    raw: dict[str, Any] = {}
    errors: list[Issue] = []
    warnings: list[Issue] = []
    for key, value in record.items():
        name = canonical_name(key)
        if name is None and key == "source":
            name = "source"
        if name is None or name in IGNORED_FIELDS:
            continue
        if value is not None and not isinstance(value, str):
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value) if abs(value) < 10 ** 30 else None
                if value is None:
                    errors.append((name, QT_TRANSLATE_NOOP("Messages", "angka terlalu panjang")))
                    continue
            elif isinstance(value, float) and value.is_integer() and name in (
                    "idData", "tahun_pengundangan", "noPeraturan"):
                value = str(int(value))
            else:
                errors.append((name, sentence(QT_TRANSLATE_NOOP(
                    "Messages", "harus berupa teks, bukan %1"), _type_name(value))))
                continue
        raw[name] = value
    out: dict[str, Any] = {}
    for name, value in raw.items():
        target = "source" if name == "source" else FIELD_MAP.get(name)
        if target is None:
            continue
        if empty(value):
            out[target] = None
            continue
        value, warning = clean_text(target, value.strip())
        if warning:
            warnings.append((name, warning))
        if not value:
            out[target] = None
            continue
        try:
            if target == "tahun":
                out[target] = parse_year(value)
            elif target in ("tanggal_pengundangan", "tanggal_penetapan"):
                out[target] = parse_date(value)
            elif target == "last_updated":
                out[target] = parse_datetime(value)
            elif target == "status":
                status, warning, relation = parse_status_text(value)
                out[target] = status
                if warning:
                    warnings.append((name, warning))
                if relation:
                    out["_relation"] = relation
            elif target in URL_TARGETS:
                out[target], warning = clean_url(value)
                if warning:
                    warnings.append((name, warning))
            else:
                out[target] = value
        except FieldError as exc:
            errors.append((name, exc.message))
    if "tempatTerbit" in raw:
        place = None if empty(raw["tempatTerbit"]) else " ".join(raw["tempatTerbit"].split())
        out["_tempat"] = place
    # "_tempat": tempatTerbit, placed by the importer once the document's type is known
    # (an existing monograph keeps its place of publication).
    warnings += [(_REVERSE.get(f, f), msg) for f, msg in repair(out, explicit_type=False)]
    return out, errors, warnings


_REVERSE = {v: k for k, v in FIELD_MAP.items()}


def _dash(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text if text.strip() else "-"


def document_to_record(doc: dict[str, Any]) -> dict[str, str]:
    """A document (field name -> value) as a full JDIHN record, every field a string."""
    enacted = doc.get("doc_type") in ENACTED_TYPES
    place = doc.get("tempat_penetapan") if enacted else doc.get("tempat_terbit")
    status = doc.get("status")
    updated = doc.get("last_updated") or doc.get("updated_at")
    rec: dict[str, str] = {}
    for name in JDIHN_FIELDS:
        if name == "idData":
            own = doc.get("id") if (doc.get("source") or "local") == "local" else None
            rec[name] = _dash(doc.get("jdihn_id") or own)
        elif name == "tempatTerbit":
            rec[name] = _dash(place)
        elif name == "status":
            rec[name] = "Tidak Berlaku" if status == "tidak_berlaku" else "Berlaku"
        elif name in ("tanggal_pengundangan", "tanggal_penetapan"):
            d = doc.get(FIELD_MAP[name])
            rec[name] = d.isoformat() if isinstance(d, dt.date) else _dash(d)
        elif name == "last_updated":
            rec[name] = (updated.strftime("%Y-%m-%d %H:%M:%S")
                         if isinstance(updated, dt.datetime) else _dash(updated))
        elif name == "operasi":
            rec[name] = "4"
        elif name == "display":
            rec[name] = "1"
        else:
            rec[name] = _dash(doc.get(FIELD_MAP[name]))
    # Not a JDIHN field (the national network ignores unknown keys): where the document came
    # from, so importing this file back into the same catalogue changes nothing.
    rec["source"] = doc.get("source") or "local"
    return rec


def _type_name(value: object) -> str:
    return {list: QT_TRANSLATE_NOOP("Messages", "daftar (array)"),
            dict: QT_TRANSLATE_NOOP("Messages", "objek"), bool: "true/false",
            float: QT_TRANSLATE_NOOP("Messages", "angka pecahan")}.get(type(value),
                                                                       type(value).__name__)
