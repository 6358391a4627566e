"""Indonesian legal instruments: their abbreviations, their long names, and who issued them.

One table serves three purposes:

* search (``store.search``): "Perwali 7/2017" and "Peraturan Wali Kota Nomor 7 Tahun 2017"
  match each other in both directions;
* import (``services.jdihn``): a feed row whose ``jenis``, ``noPeraturan`` or
  ``tahun_pengundangan`` is empty while its title reads "Peraturan Gubernur Banten Nomor 21
  Tahun 2021 tentang ..." gets them from the title (``parse_title``);
* the duplicate rule: Perda Kota Kendari 1/2021 and Perda Kabupaten Toba 1/2021 are different
  laws, so a document's identity is jenis + nomor + tahun + issuer (``issuer_key``).

Pure Python, no database and no Qt: the store's migration uses it too.
"""

from __future__ import annotations

import re
import unicodedata

# abbreviation -> long forms (folded, words separated by one space). The first long form is
# the canonical one (shown as the instrument; used to read titles).
INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "uu": ("undang undang",),
    "perppu": ("peraturan pemerintah pengganti undang undang",),
    "pp": ("peraturan pemerintah",),
    "perpres": ("peraturan presiden",),
    "keppres": ("keputusan presiden",),
    "inpres": ("instruksi presiden",),
    "permen": ("peraturan menteri",),
    "kepmen": ("keputusan menteri",),
    "permendagri": ("peraturan menteri dalam negeri",),
    "perda": ("peraturan daerah",),
    "pergub": ("peraturan gubernur",),
    "kepgub": ("keputusan gubernur",),
    "perbup": ("peraturan bupati",),
    "kepbup": ("keputusan bupati",),
    "perwali": ("peraturan wali kota", "peraturan walikota"),
    "perwal": ("peraturan wali kota", "peraturan walikota"),
    "kepwal": ("keputusan wali kota", "keputusan walikota"),
    "kepwali": ("keputusan wali kota", "keputusan walikota"),
    "perdes": ("peraturan desa",),
    "pkpu": ("peraturan komisi pemilihan umum",),
    "kepkpu": ("keputusan komisi pemilihan umum",),
    "perbawaslu": ("peraturan badan pengawas pemilihan umum",),
    "perma": ("peraturan mahkamah agung",),
    "sema": ("surat edaran mahkamah agung",),
    "se": ("surat edaran",),
    "sk": ("surat keputusan", "keputusan"),
    "ingub": ("instruksi gubernur",),
}

# The abbreviation shown for a long form (the Jenis column): longest long form first, so
# "peraturan pemerintah pengganti undang undang" is Perppu, not PP.
_DISPLAY = {"uu": "UU", "perppu": "Perppu", "pp": "PP", "perpres": "Perpres",
            "keppres": "Keppres", "inpres": "Inpres", "permen": "Permen", "kepmen": "Kepmen",
            "permendagri": "Permendagri", "perda": "Perda", "pergub": "Pergub",
            "kepgub": "Kepgub", "perbup": "Perbup", "kepbup": "Kepbup", "perwali": "Perwali",
            "kepwal": "Kepwal", "perdes": "Perdes", "pkpu": "PKPU",
            "kepkpu": "Keputusan KPU", "perbawaslu": "Perbawaslu", "perma": "Perma",
            "sema": "SEMA", "se": "SE", "ingub": "Ingub"}
_LONG_TO_ABBR: list[tuple[str, str]] = sorted(
    {(long, abbr) for abbr, longs in INSTRUMENTS.items() for long in longs
     if abbr in _DISPLAY and abbr not in ("perwal", "kepwali", "sk")},
    key=lambda p: -len(p[0]))

_WORDS = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower case without diacritics (the same rule as ``store.search.fold``)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str | None) -> str:
    """Folded words joined by one space ("Undang-Undang" -> "undang undang")."""
    return " ".join(_WORDS.findall(fold(text or "")))


def _spell_out(text: str) -> str:
    """Abbreviations at word level replaced by their canonical long form."""
    out = []
    for w in text.split():
        if w == "ri":
            continue
        out.append("komisi pemilihan umum" if w == "kpu" else
                   INSTRUMENTS[w][0] if w in INSTRUMENTS and w != "sk" else w)
    return " ".join(out)


def instrument_label(jenis: str | None, singkatan: str | None = None,
                     judul: str | None = None) -> str | None:
    """The instrument as people say it: "UU", "PKPU", "Perda" ... (None when unknown).

    From the abbreviation field when it is one, else the jenis, else the start of the title
    (a feed whose jenis says only "Peraturan").
    """
    s = words(singkatan)
    if s:
        key = s.replace(" ", "")
        if key in _DISPLAY:
            return _DISPLAY[key]
    for text in (jenis, judul):
        w = _spell_out(words(text))
        if not w:
            continue
        for long, abbr in _LONG_TO_ABBR:
            if w == long or w.startswith(long + " "):
                return _DISPLAY[abbr]
    return singkatan.strip() if singkatan and singkatan.strip() else None


# "Peraturan Gubernur Banten Nomor 21 Tahun 2021 tentang ..." (also "No. 21/2021", "Nomor:")
_TITLE = re.compile(
    r"^(?P<head>.*?)\s*\b(?:nomor|nomer|no)\b\.?\s*:?\s*(?P<nomor>[0-9][0-9a-z./-]*?)"
    r"(?:\s*(?:\btahun\b|\bth\b\.?|/)\s*(?P<tahun>(?:19|20)[0-9]{2}))?(?:\b|\s|$)",
    re.IGNORECASE)


def parse_title(judul: str | None) -> tuple[str | None, str | None, int | None]:
    """(jenis, nomor, tahun) read from a title's opening citation; None where it has none.

    jenis is the title's words before "Nomor" without the issuer's place ("Peraturan Gubernur
    Banten" -> "Peraturan Gubernur"), when they start with a known instrument.
    """
    if not judul:
        return None, None, None
    text = " ".join(str(judul).split())
    m = _TITLE.match(text)
    if not m or len(m["head"]) > 160:
        return None, None, None
    nomor = m["nomor"].rstrip("./-")
    tahun = int(m["tahun"]) if m["tahun"] else None
    head = m["head"].strip(" ,:-")
    jenis = None
    w = _spell_out(words(head))
    first = words(head).split(" ", 1)[0] if words(head) else ""
    for long, _abbr in _LONG_TO_ABBR:
        if w == long or w.startswith(long + " "):
            if first in INSTRUMENTS and first != "sk":  # "Perwali" -> its long form
                jenis = " ".join(x if x in ("dan", "atau") else x.capitalize()
                                 for x in long.split()).replace("Undang Undang",
                                                                 "Undang-Undang")
            else:  # the title's own spelling of the instrument's words
                jenis = _take_words(re.findall(r"[^\s]+", head), len(long.split()))
            break
    return jenis, nomor or None, tahun


def _take_words(tokens: list[str], count: int) -> str | None:
    """The first ``count`` folded words of ``tokens`` in their original spelling."""
    out: list[str] = []
    seen = 0
    for tok in tokens:
        n = len(_WORDS.findall(fold(tok)))
        if n == 0:
            continue
        out.append(tok)
        seen += n
        if seen >= count:
            break
    return " ".join(out).strip(" ,:") or None


_ISSUER_WORDS = {"kab": "kabupaten", "prov": "provinsi", "pemkot": "kota",
                 "pemkab": "kabupaten", "pemprov": "provinsi", "kpu": "komisi pemilihan umum",
                 "walikota": "wali kota", "ri": "", "pemerintah": "", "pemerintahan": "",
                 "daerah": ""}


def issuer_key(teu_badan: str | None, judul: str | None = None,
               jenis: str | None = None) -> str:
    """Who issued the document, as a comparable key ("" when nobody can tell).

    The title's words between the instrument and "Nomor" when the title opens with a
    citation ("Peraturan Daerah Kota Kendari Nomor 1 ..." -> "kota kendari"; "Keputusan
    Komisi Pemilihan Umum Kota Singkawang Nomor ..." -> "kota singkawang"; "Undang-Undang
    Nomor 7 ..." -> "", a national law): the official naming every JDIH site copies, where
    T.E.U. badan is spelt differently by each site or left null. Otherwise T.E.U. badan
    ("Pemerintah Kota Kendari" -> "kota kendari"). "Republik Indonesia", "RI", "Pemerintah"
    are dropped: KPU and KPU RI are one body.
    """
    key = None
    if judul:
        m = _TITLE.match(" ".join(str(judul).split()))
        head = _spell_out(words(m["head"])) if m else ""
        for long in sorted({words(jenis)} | {lf for lf, _ in _LONG_TO_ABBR}, key=len,
                           reverse=True):
            if long and (head == long or head.startswith(long + " ")):
                key = head[len(long):].strip()
                break
    if key is None:
        key = words(teu_badan)
    key = re.sub(r"^indonesia\b|\brepublik indonesia\b", "", key)
    key = " ".join(_ISSUER_WORDS.get(w, w) for w in key.split())
    return " ".join(key.split())[:200]
