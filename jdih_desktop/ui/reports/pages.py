"""PDF pages as images, for the on-screen preview and for printing (pypdfium2).

Rasterising happens in a worker thread: QImage (unlike QPixmap) may be built off the GUI
thread, and QPainter may paint on a QPrinter from a worker thread too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from jdih_desktop.errors import JdihError
from jdih_desktop.services.report_render import rasterise

Progress = Callable[[int, str], None]


def to_qimage(width: int, height: int, rgb: bytes) -> QImage:
    """A QImage that owns a copy of the raw RGB pixels."""
    return QImage(rgb, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def page_images(pdf: bytes, dpi: int = 96, progress: Progress | None = None,
                start: int = 0, span: int = 100) -> list[QImage]:
    """Every page of ``pdf`` as an RGB QImage at ``dpi``."""
    if progress is not None:
        progress(start, "Menyiapkan pratinjau…")
    return [to_qimage(w, h, data) for w, h, data in rasterise(pdf, dpi)]


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
