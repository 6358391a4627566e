"""Digitisation: scanned pages (PNG bytes from the scanner worker) become one PDF attachment.

The officer scans page by page on the flatbed or a whole batch from the feeder, looks at the
thumbnails, puts pages in order, drops the bad ones, and saves. ``PageSet`` is that list of
pages with its editing operations (pure Python, so the dialog and the tests share it);
``pages_to_pdf`` assembles it with Pillow, one PDF page per scanned page at the scan's DPI so
the PDF prints at the paper's real size. Assembling and saving are blocking work: the UI runs
them in a background worker.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.devices.base import ScannedPage
from jdih_desktop.errors import ValidationError
from jdih_desktop.services.catalogue import AttachmentView, CatalogueService

if TYPE_CHECKING:
    from PIL import Image  # imported where pages are handled: opening the catalogue needs none

THUMBNAIL_SIDE = 160
MAX_PAGES = 500


@dataclass
class PageSet:
    """The scanned pages of one digitisation, in the order they will appear in the PDF."""

    pages: list[ScannedPage] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pages)

    def extend(self, pages: Sequence[ScannedPage]) -> None:
        if len(self.pages) + len(pages) > MAX_PAGES:
            raise ValidationError({"pages": (QT_TRANSLATE_NOOP(
                                                "Messages", "Paling banyak %1 halaman per "
                                                "berkas. Simpan dulu, lalu pindai "
                                                "sisanya sebagai lampiran "
                                                "berikutnya."), MAX_PAGES)})
        self.pages.extend(pages)

    def move(self, index: int, new_index: int) -> None:
        """Move one page (0-based) to another position; out-of-range targets are clamped."""
        if not 0 <= index < len(self.pages):
            raise IndexError(index)
        page = self.pages.pop(index)
        self.pages.insert(max(0, min(new_index, len(self.pages))), page)

    def delete(self, index: int) -> None:
        del self.pages[index]

    def reorder(self, order: Sequence[int]) -> None:
        """Apply a full new order given as the old indexes (what a drag-and-drop list gives)."""
        if sorted(order) != list(range(len(self.pages))):
            raise ValueError("order must be a permutation of the page indexes")
        self.pages = [self.pages[i] for i in order]


def make_thumbnail(png: bytes, side: int = THUMBNAIL_SIDE) -> bytes:
    """A small PNG of a page for the thumbnail strip (made off the GUI thread)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        img.thumbnail((side, side))
        out = io.BytesIO()
        img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(out, "PNG")
    return out.getvalue()


def pages_to_pdf(pages: Sequence[ScannedPage], progress: Callable[[int, int], None] | None = None
                 ) -> bytes:
    """One PDF with a page per scanned page, in the given order, at each page's DPI."""
    if not pages:
        raise ValidationError({"pages": QT_TRANSLATE_NOOP(
                                            "Messages", "Belum ada halaman yang dipindai. "
                                            "Pindai minimal satu halaman, lalu "
                                            "simpan.")})
    from PIL import Image

    images: list[Image.Image] = []
    try:
        for i, page in enumerate(pages):
            img = Image.open(io.BytesIO(page.png))
            img.load()
            if img.mode not in ("L", "RGB", "1"):
                img = img.convert("RGB")
            images.append(img)
            if progress:
                progress(i + 1, len(pages))
        out = io.BytesIO()
        dpi = float(pages[0].dpi or 200)
        images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi,
                       title="Hasil digitalisasi JDIH")
        return out.getvalue()
    finally:
        for img in images:
            img.close()


class DigitiseService:
    """Saves a digitisation as an attachment of a catalogue document."""

    def __init__(self, catalogue: CatalogueService, clock: Callable[[], dt.datetime]) -> None:
        self.catalogue = catalogue
        self.clock = clock

    def default_filename(self, document_id: int) -> str:
        return f"digitalisasi-{document_id}-{self.clock():%Y%m%d-%H%M%S}.pdf"

    def save(self, document_id: int, pages: Sequence[ScannedPage], *, kind: str = "digitised",
             filename: str | None = None, officer_id: int | None = None,
             progress: Callable[[int, int], None] | None = None) -> AttachmentView:
        """Assemble the pages into one PDF and store it with the document."""
        pdf = pages_to_pdf(pages, progress)
        return self.catalogue.add_attachment(
            document_id, kind, filename or self.default_filename(document_id), pdf,
            mime="application/pdf", pages=len(pages), officer_id=officer_id)
