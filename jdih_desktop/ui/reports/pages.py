"""PDF pages as images, for the on-screen preview and for printing (pypdfium2).

Rasterising happens in a worker thread: QImage (unlike QPixmap) may be built off the GUI
thread, and QPainter may paint on a QPrinter from a worker thread too.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from jdih_desktop.errors import JdihError

Progress = Callable[[int, str], None]


def page_images(pdf: bytes, dpi: int = 96, progress: Progress | None = None,
                start: int = 0, span: int = 100) -> list[QImage]:
    """Every page of ``pdf`` as an RGB QImage at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        n = len(doc)
        out = []
        for i in range(n):
            if progress is not None:
                progress(start + span * i // max(n, 1), f"Menyiapkan pratinjau halaman {i + 1} "
                                                        f"dari {n}…")
            page = doc[i]
            pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
            page.close()
            data = pil.tobytes("raw", "RGB")
            img = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            out.append(img.copy())  # own the pixels: ``data`` goes away
        return out
    finally:
        doc.close()


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint every page onto ``printer`` (scaled to the printable area); returns pages printed."""
    dpi = max(150, min(300, printer.resolution()))
    images = page_images(pdf, dpi, progress, 0, 50)
    painter = QPainter()
    if not painter.begin(printer):
        raise JdihError("Printer tidak dapat dibuka. Periksa printer yang dipilih, kertas dan "
                        "kabelnya, lalu coba cetak lagi.")
    try:
        for i, img in enumerate(images):
            if i:
                printer.newPage()
            if progress is not None:
                progress(50 + 50 * i // len(images), f"Mencetak halaman {i + 1} dari "
                                                     f"{len(images)}…")
            area = painter.viewport()
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), size.width(), size.height())
            painter.drawImage(target, img)
    finally:
        painter.end()
    return len(images)
