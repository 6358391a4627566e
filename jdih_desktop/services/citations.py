"""One home for how a document is cited (lists, slips, receipts, reports, the catalogue).

Two forms, as the office's librarians write them:
- ``short``: "PKPU 4/2021", "Monografi 2019" — lists, return slips, relations, labels.
- ``formal``: "PKPU No. 4 Tahun 2021" — receipts and reports; ``labelled`` puts the JDIHN
  document type before it ("Peraturan: PKPU No. 4 Tahun 2021").
A number that already carries its year ("12/PUU-XV/2017", "134/Kpts/KPU/Tahun 2016") is not
given the year a second time. Printouts stay Indonesian, so these are never translated.
"""

from __future__ import annotations

import re
from typing import Protocol


class Citable(Protocol):
    singkatan_jenis: str | None
    jenis: str | None
    nomor: str | None
    tahun: int | None


def _carries_year(nomor: str, tahun: int | None) -> bool:
    text = nomor.strip()
    return bool(tahun and (re.search(rf"(^|\D){tahun}$", text) or "tahun" in text.lower()))


def short(singkatan: str | None, jenis: str | None, nomor: str | None,
          tahun: int | None) -> str:
    """"PKPU 4/2021"; "MK 12/PUU-XV/2017" (the number has its year); "Buku 2019"."""
    head = (singkatan or jenis or "").strip()
    nomor = (nomor or "").strip()
    if nomor and tahun and not _carries_year(nomor, tahun):
        return f"{head} {nomor}/{tahun}".strip()
    if nomor:
        return f"{head} {nomor}".strip()
    if tahun:
        return f"{head} {tahun}".strip()
    return head


def formal(singkatan: str | None, jenis: str | None, nomor: str | None,
           tahun: int | None) -> str:
    """"PKPU No. 4 Tahun 2021" (or the jenis alone when there is neither number nor year)."""
    text = (singkatan or jenis or "").strip()
    nomor = (nomor or "").strip()
    if nomor:
        text += f" No. {nomor}"
    if tahun and not (nomor and "tahun" in nomor.lower()):
        text += f" Tahun {tahun}"
    return text.strip()


def labelled(doc_type: str, singkatan: str | None, jenis: str | None, nomor: str | None,
             tahun: int | None) -> str:
    """"Peraturan: PKPU No. 4 Tahun 2021" — the JDIHN type, then the formal citation."""
    from jdih_desktop.store import enums

    kind = enums.DOC_TYPES.get(doc_type, doc_type)
    return f"{kind}: {formal(singkatan, jenis, nomor, tahun)}"


def short_of(doc: Citable) -> str:
    """``short`` for a document row or view."""
    return short(doc.singkatan_jenis, doc.jenis, doc.nomor, doc.tahun)


def formal_of(doc: Citable) -> str:
    """``formal`` for a document row or view."""
    return formal(doc.singkatan_jenis, doc.jenis, doc.nomor, doc.tahun)
