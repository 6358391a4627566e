"""Ordinary printers (A5/A4 through Qt's print support) and PDF files, for offices without a
thermal printer. The same ``Receipt`` is laid out on a page with QPainter.

Only QtGui/QtPrintSupport are used (no widgets), so it runs on the printer worker's thread;
painting on a QPdfWriter or QPrinter outside the GUI thread is supported by Qt. A running
QGuiApplication (or QApplication) is needed for fonts; the app and the CLI create one.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.devices.base import (
    Barcode,
    DeviceError,
    DeviceNotFound,
    Feed,
    KeyValue,
    Logo,
    PrinterInfo,
    PrintResult,
    QrCode,
    Receipt,
    Separator,
    SignatureLines,
    Text,
)
from jdih_desktop.devices.escpos_render import code128_image

log = logging.getLogger(__name__)
_seq = itertools.count(1)

PAGE_SIZES = ("A5", "A4")
MIN_FIT_SCALE = 0.7  # smallest type (10 pt x 0.7 = 7 pt) used to keep a receipt on one page


def _pil_to_qimage(img: Any) -> Any:
    from PySide6.QtGui import QImage

    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PNG")
    q = QImage()
    q.loadFromData(buf.getvalue(), "PNG")
    return q


def _qr_pil(data: str) -> Any:
    import qrcode

    code = qrcode.QRCode(border=1, box_size=8, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    return code.make_image().get_image()


class _PageLayout:
    """Paints receipt items top to bottom, starting a new page when one is full."""

    def __init__(self, painter: Any, device: Any, *, scale: float = 1.0,
                 measure: bool = False) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QFont, QFontDatabase

        self.p = painter
        self.device = device
        self.dpi = device.resolution()
        self.measure = measure  # lay out only: nothing drawn, no page breaks (total height)
        rect = device.pageLayout().paintRectPixels(self.dpi)
        # Painting at ``scale`` (the painter is scaled): the page is larger in layout units.
        self.area = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
        self.y = 0.0
        self.pages = 1
        base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.font = QFont(base)
        self.font.setPointSizeF(10.0)
        self.mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.mono.setPointSizeF(10.0)

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def ensure(self, height: float) -> None:
        if self.measure:
            return
        if self.y + height > self.area.height() and self.y > 0:
            self.device.newPage()
            self.pages += 1
            self.y = 0.0

    def text_block(self, text: str, *, bold: bool = False, scale: float = 1.0,
                   align: str = "left", left: float = 0.0, width: float | None = None) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QFont, QFontMetricsF

        font = QFont(self.font)
        font.setBold(bold)
        font.setPointSizeF(self.font.pointSizeF() * scale)
        self.p.setFont(font)
        fm = QFontMetricsF(font, self.device)
        width = width if width is not None else self.area.width() - left
        flags = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                 "right": Qt.AlignmentFlag.AlignRight}[align] | Qt.TextFlag.TextWordWrap
        bound = fm.boundingRect(QRectF(0, 0, width, 1e6), int(flags), text)
        self.ensure(bound.height())
        if not self.measure:
            self.p.drawText(QRectF(left, self.y, width, bound.height()), int(flags), text)
        self.y += bound.height()

    def key_value(self, key: str, value: str, bold: bool) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QFont, QFontMetricsF

        font = QFont(self.font)
        font.setBold(bold)
        self.p.setFont(font)
        fm = QFontMetricsF(font, self.device)
        key_w = self.area.width() * 0.35
        val_w = self.area.width() - key_w
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        h = max(fm.boundingRect(QRectF(0, 0, key_w, 1e6), flags, key).height(),
                fm.boundingRect(QRectF(0, 0, val_w, 1e6), flags, value).height())
        self.ensure(h)
        if not self.measure:
            self.p.drawText(QRectF(0, self.y, key_w, h), flags, key)
            self.p.drawText(QRectF(key_w, self.y, val_w, h), flags, ": " + value)
        self.y += h + self.mm(0.8)

    def rule(self, char: str) -> None:
        from PySide6.QtGui import QPen

        self.ensure(self.mm(4))
        pen = QPen()
        pen.setWidthF(self.mm(0.25))
        if char in ("-", "."):
            pen.setDashPattern([4, 3])
        y = self.y + self.mm(2)
        if not self.measure:
            self.p.setPen(pen)
            self.p.drawLine(0, int(y), int(self.area.width()), int(y))
            self.p.setPen(QPen())
        self.y += self.mm(4)

    def image(self, qimg: Any, width_mm: float, align: str) -> None:
        from PySide6.QtCore import QRectF

        w = self.mm(width_mm)
        h = w * qimg.height() / max(1, qimg.width())
        self.ensure(h)
        x = {"left": 0.0, "center": (self.area.width() - w) / 2,
             "right": self.area.width() - w}.get(align, 0.0)
        if not self.measure:
            self.p.drawImage(QRectF(x, self.y, w, h), qimg)
        self.y += h + self.mm(1.5)

    def signatures(self, sig: SignatureLines) -> None:
        half = self.area.width() / 2
        self.ensure(self.mm(30))
        top = self.y
        self.text_block(sig.left_title, align="center", left=0, width=half)
        self.y = top
        self.text_block(sig.right_title, align="center", left=half, width=half)
        self.y += self.mm(16)
        line_y = self.y
        for x0 in (0.0, half) if not self.measure else ():
            self.p.drawLine(int(x0 + self.mm(8)), int(line_y), int(x0 + half - self.mm(8)),
                            int(line_y))
        self.y += self.mm(1)
        top = self.y
        self.text_block(sig.left_name or " ", align="center", left=0, width=half)
        self.y = top
        self.text_block(sig.right_name or " ", align="center", left=half, width=half)

    def paint(self, receipt: Receipt) -> None:
        for item in receipt.items:
            if isinstance(item, Text):
                self.text_block(item.text,
                                bold=item.bold, scale=1.6 if item.double else 1.0,
                                align=item.align)
            elif isinstance(item, Separator):
                self.rule(item.char)
            elif isinstance(item, KeyValue):
                self.key_value(item.key, item.value, item.bold)
            elif isinstance(item, QrCode):
                self.image(_pil_to_qimage(_qr_pil(item.data)), 30, item.align)
            elif isinstance(item, Barcode):
                self.image(_pil_to_qimage(code128_image(item.data, max(16, item.height))), 60,
                           item.align)
                self.text_block(item.data, align=item.align, scale=0.8)
            elif isinstance(item, Logo):
                from PySide6.QtGui import QImage

                q = QImage()
                if q.loadFromData(item.png):
                    self.image(q, 25, item.align)
            elif isinstance(item, Feed):
                self.y += self.mm(4) * max(0, item.lines)
            elif isinstance(item, SignatureLines):
                self.signatures(item)


def paint_receipt(receipt: Receipt, device: Any) -> int:
    """Paint on a QPdfWriter/QPrinter; returns the number of pages."""
    from PySide6.QtGui import QPainter

    painter = QPainter()
    if not painter.begin(device):
        raise DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Printer tidak dapat mulai mencetak — periksa antrean cetak dan "
                "printer, lalu Coba lagi."), detail="QPainter.begin failed")
    try:
        # Measure first: a receipt a little longer than the page is drawn smaller (down to
        # MIN_FIT_SCALE) so it stays on one page, signatures included; a long one breaks pages.
        probe = _PageLayout(painter, device, measure=True)
        probe.paint(receipt)
        scale = 1.0
        if probe.y > probe.area.height():
            scale = max(MIN_FIT_SCALE, probe.area.height() / probe.y * 0.99)
        painter.scale(scale, scale)
        layout = _PageLayout(painter, device, scale=scale)
        layout.paint(receipt)
        return layout.pages
    finally:
        painter.end()


def _page_size(name: str) -> Any:
    from PySide6.QtGui import QPageSize

    return QPageSize(QPageSize.PageSizeId.A4 if name.upper() == "A4" else QPageSize.PageSizeId.A5)


def _require_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        raise DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Pencetakan halaman butuh aplikasi Qt yang berjalan."),
                          detail="no QGuiApplication")


class PdfPrinter:
    """Writes each receipt to a PDF file (``pdf:PATH``; a folder gets one file per job)."""

    def __init__(self, spec: str, path: str, page_size: str = "A5",
                 clock: Any = dt.datetime.now) -> None:
        self.spec = spec
        self.path = Path(path).expanduser()
        self.page_size = page_size if page_size.upper() in PAGE_SIZES else "A5"
        self._clock = clock

    def target_for(self, receipt: Receipt) -> Path:
        if self.path.is_dir() or str(self.path).endswith(("/", "\\")):
            stamp = self._clock().strftime("%Y%m%d-%H%M%S")
            return self.path / f"struk-{stamp}-{next(_seq)}.pdf"
        return self.path

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPdfWriter

        _require_gui_app()
        target = self.target_for(receipt)
        if not target.parent.is_dir():
            raise DeviceNotFound(QT_TRANSLATE_NOOP(
                    "Messages", "Folder tujuan PDF tidak ada: %1 — buat foldernya atau pilih "
                    "folder lain di Pengaturan Perangkat."),
                    params=(target.parent,))
        writer = QPdfWriter(str(target))
        writer.setTitle(receipt.title)
        writer.setCreator("JDIH Desktop")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(_page_size(self.page_size),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        pages = paint_receipt(receipt, writer)
        del writer  # flushes the file
        if not target.exists() or target.stat().st_size == 0:
            raise DeviceError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas PDF tidak dapat ditulis: %1 — periksa izin folder, lalu "
                    "Coba lagi."),
                    params=(target,))
        return PrintResult(spec=self.spec, bytes_sent=target.stat().st_size, pages=pages,
                           output_path=str(target))

    def close(self) -> None:
        pass


class QtPagePrinter:
    """An ordinary printer known to the system (``qt:PRINTER NAME``), A5 or A4 paper."""

    def __init__(self, spec: str, name: str, page_size: str = "A5") -> None:
        self.spec = spec
        self.name = name
        self.page_size = page_size if page_size.upper() in PAGE_SIZES else "A5"

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        _require_gui_app()
        info = QPrinterInfo.printerInfo(self.name)
        if info.isNull():
            raise DeviceNotFound(QT_TRANSLATE_NOOP(
                    "Messages", "Printer '%1' tidak ada di sistem — periksa nama printer di "
                    "Pengaturan Perangkat, lalu Coba lagi."),
                    params=(self.name,))
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(receipt.title)
        printer.setPageLayout(QPageLayout(_page_size(self.page_size),
                                          QPageLayout.Orientation.Portrait,
                                          QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        pages = paint_receipt(receipt, printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise DeviceError(QT_TRANSLATE_NOOP(
                    "Messages", "Printer '%1' menolak pekerjaan cetak — periksa antrean cetak, "
                    "lalu Coba lagi."),
                    params=(self.name,))
        return PrintResult(spec=self.spec, pages=pages)

    def close(self) -> None:
        pass


def list_qt_printers() -> list[PrinterInfo]:
    """Printers the operating system knows (CUPS, Windows spooler)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo

        return [PrinterInfo(spec=f"qt:{p.printerName()}", name=p.printerName(),
                            detail=p.description() or p.makeAndModel())
                for p in QPrinterInfo.availablePrinters()]
    except Exception:  # no print support plug-in: nothing to list
        log.debug("listing Qt printers failed", exc_info=True)
        return []

