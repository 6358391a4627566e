"""Barcode labels for copies: an A4 sheet of Code128 labels, or one label on the receipt printer.

Each label shows the document's short title, the call number and the copy's barcode both as
Code128 bars and as text (so a label stays usable when the barcode reader fails). The sheet is
3 x 8 labels of about 63 x 34 mm inside 10/12 mm margins (a common A4 self-adhesive layout);
``start`` skips labels already used on a partly used sheet. Rendering a sheet is blocking work:
the UI runs it in a background worker. reportlab is imported only when a sheet is drawn: its
barcode module alone costs ~100-250 ms of imports, which opening the catalogue window (which
holds this service) must not pay.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.devices.base import Barcode, Receipt, Text
from jdih_desktop.errors import ValidationError
from jdih_desktop.services.catalogue import CatalogueService, LabelData

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

mm = 72 / 25.4  # reportlab.lib.units.mm: points per millimetre
COLUMNS = 3
ROWS = 8
MARGIN_X = 10 * mm
MARGIN_Y = 12 * mm
PER_SHEET = COLUMNS * ROWS
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut text with an ellipsis so it fits the label width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_label(c: Canvas, label: LabelData, x: float, y: float, w: float, h: float) -> None:
    from reportlab.graphics.barcode.code128 import Code128

    pad = 2.5 * mm
    inner = w - 2 * pad
    top = y + h - pad
    c.setFont(FONT_BOLD, 7.5)
    c.drawString(x + pad, top - 7, _fit(label.short_title, FONT_BOLD, 7.5, inner))
    c.setFont(FONT, 7)
    c.drawString(x + pad, top - 15, _fit(label.call_number, FONT, 7, inner))
    bar_h = h - 2 * pad - 27
    code = Code128(label.barcode, barHeight=bar_h, barWidth=0.33 * mm, humanReadable=False,
                   quiet=False)
    if code.width > inner:  # very long barcodes: narrower bars rather than overflow
        code = Code128(label.barcode, barHeight=bar_h, barWidth=0.33 * mm * inner / code.width,
                       humanReadable=False, quiet=False)
    code.drawOn(c, x + (w - code.width) / 2, y + pad + 9)
    c.setFont(FONT, 8)
    c.drawCentredString(x + w / 2, y + pad + 1, label.barcode)


def label_sheet_pdf(labels: Sequence[LabelData], *, start: int = 0) -> bytes:
    """An A4 PDF with one label per copy, filling sheets left to right, top to bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle("Label barcode eksemplar JDIH")
    page_w, page_h = A4
    w = (page_w - 2 * MARGIN_X) / COLUMNS
    h = (page_h - 2 * MARGIN_Y) / ROWS
    slot = max(0, int(start)) % PER_SHEET
    for label in labels:
        if slot == PER_SHEET:
            c.showPage()
            slot = 0
        row, col = divmod(slot, COLUMNS)
        x = MARGIN_X + col * w
        y = page_h - MARGIN_Y - (row + 1) * h
        _draw_label(c, label, x, y, w, h)
        slot += 1
    c.showPage()
    c.save()
    return buf.getvalue()


def label_receipt(label: LabelData) -> Receipt:
    """One label for the receipt printer (58/80 mm roll) as a device-neutral Receipt."""
    return Receipt(title="Label eksemplar", items=[
        Text(label.short_title, bold=True, align="center"),
        Text(label.call_number, align="center"),
        # The printers print the number under the bars themselves (HRI), so it is not repeated.
        Barcode(label.barcode, height=64, align="center"),
    ], cut=True)


class LabelService:
    """Labels for copies chosen in the catalogue."""

    def __init__(self, catalogue: CatalogueService) -> None:
        self.catalogue = catalogue

    def sheet_for_copies(self, copy_ids: Sequence[int], *, start: int = 0) -> bytes:
        labels = self.catalogue.labels_for_copies(list(copy_ids))
        if not labels:
            raise ValidationError({"copies": QT_TRANSLATE_NOOP(
                                                 "Messages", "Pilih minimal satu eksemplar "
                                                 "untuk dicetak labelnya.")})
        return label_sheet_pdf(labels, start=start)

    def receipt_for_copy(self, copy_id: int) -> Receipt:
        labels = self.catalogue.labels_for_copies([copy_id])
        if not labels:
            raise ValidationError({"copies": QT_TRANSLATE_NOOP(
                                                 "Messages", "Eksemplar itu tidak ada lagi. "
                                                 "Muat ulang daftar.")})
        return label_receipt(labels[0])
