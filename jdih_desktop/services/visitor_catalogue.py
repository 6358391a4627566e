"""The catalogue as the visitor searches it on their own screen (SOP step 5: the visitor
searches). No officer rights and no session: it returns public catalogue facts only (type,
number, year, title, status, where it is shelved, how many copies are free) and never who has
a copy, never a way to change anything. The document the visitor picks is told to the desk."""

from __future__ import annotations

from dataclasses import dataclass

from jdih_desktop.store.search import SearchFilters, search_documents


@dataclass(frozen=True)
class PublicDocument:
    id: int
    label: str  # "Peraturan: UU No. 7 Tahun 2017"
    judul: str
    status: str  # "berlaku" / "tidak_berlaku"
    lokasi: str
    available: int  # copies free to read or borrow now
    copies: int


class VisitorCatalogue:
    """Read-only search for the visitor screen."""

    def __init__(self, loans_cards) -> None:
        # ``LoanService.cards`` reads copies' availability; it is not a protected call.
        self._cards = loans_cards

    def search(self, text: str, limit: int = 20) -> tuple[list[PublicDocument], int]:
        text = (text or "").strip()
        if len(text) < 2:
            return [], 0
        hits = search_documents(SearchFilters(text=text), limit=limit)
        out = []
        for c in self._cards(hits.ids):
            out.append(PublicDocument(c.id, c.label, c.judul, c.status, c.lokasi,
                                      sum(1 for k in c.copies if k.available), len(c.copies)))
        return out, hits.total
