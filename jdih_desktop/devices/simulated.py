"""Simulated scanner and receipt printer: the real code paths without hardware.

(Pillow and python-escpos are imported on first use, not at start-up.)

The simulated printer runs the very ESC/POS renderer the real printers use (into python-escpos's
``Dummy``), so tests and the demo exercise real bytes; it keeps every job with its bytes and a
preview image. The simulated scanner draws believable pages (an ID card, an A4 letter) so the
screens that show scans look right in the demo and in screenshots.

Both can be told to fail on their next call (``fail_next``) to rehearse a jam, an open cover,
an empty feeder or a device that went away. Both are thread-safe: the workers call them from
their device threads while tests inspect them from the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jdih_desktop.devices.base import (
    DeviceCancelled,
    DeviceError,
    FeederEmpty,
    PrintResult,
    ProgressFn,
    Receipt,
    ScannedPage,
    ScannerCapabilities,
    ScanSettings,
)
from jdih_desktop.devices.escpos_render import RenderOptions

# ----------------------------------------------------------------------------- printer


@dataclass(frozen=True)
class SimulatedJob:
    """One printed slip: the model, the ESC/POS bytes sent, and a PNG preview of the paper."""

    receipt: Receipt
    data: bytes
    preview_png: bytes
    printed_at: dt.datetime


class SimulatedPrinter:
    """A receipt printer that prints into memory."""

    spec = "simulated"

    def __init__(self, paper_width_mm: int = 80, profile: str = "default",
                 codepage: str = "ascii", *, delay_s: float = 0.0,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self.options = RenderOptions(paper_width_mm=paper_width_mm, profile=profile,
                                     codepage=codepage)
        self.delay_s = delay_s  # pretend the paper takes time to come out (demo, GUI tests)
        self._clock = clock
        self._lock = threading.Lock()
        self._jobs: list[SimulatedJob] = []
        self._fail: list[DeviceError] = []
        self.closed = False

    @property
    def paper_width_mm(self) -> int:
        return self.options.paper_width_mm

    @property
    def jobs(self) -> list[SimulatedJob]:
        """A snapshot of the jobs printed so far (oldest first)."""
        with self._lock:
            return list(self._jobs)

    @property
    def last_job(self) -> SimulatedJob | None:
        with self._lock:
            return self._jobs[-1] if self._jobs else None

    def fail_next(self, error: DeviceError) -> None:
        """The next ``print_receipt`` raises ``error`` (queue several for several calls)."""
        with self._lock:
            self._fail.append(error)

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        if self.delay_s:  # paper moves first; a jam shows up after it
            time.sleep(self.delay_s)
        with self._lock:
            failure = self._fail.pop(0) if self._fail else None
        if failure is not None:
            raise failure
        from jdih_desktop.devices.escpos_render import render_bytes
        from jdih_desktop.devices.preview import render_preview_png

        data = render_bytes(receipt, self.options)
        preview = render_preview_png(receipt, self.options)
        job = SimulatedJob(receipt=receipt, data=data, preview_png=preview,
                           printed_at=self._clock())
        with self._lock:
            self._jobs.append(job)
        return PrintResult(spec=self.spec, bytes_sent=len(data))

    def close(self) -> None:
        self.closed = True


# ----------------------------------------------------------------------------- scanner

A4_MM = (210.0, 297.0)
ID_CARD_MM = (85.6, 53.98)  # ISO/IEC 7810 ID-1: KTP, SIM, student cards
_SANS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf")
_SANS_BOLD = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "C:/Windows/Fonts/arialbd.ttf")


def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    for path in (_SANS_BOLD if bold else _SANS):
        try:
            return ImageFont.truetype(path, max(6, size))
        except OSError:
            continue
    try:
        return ImageFont.load_default(max(6, size))
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def _px(mm: float, dpi: int) -> int:
    return max(1, round(mm / 25.4 * dpi))


def draw_id_card(dpi: int, serial: int = 1) -> Any:
    """An ID-1 card (KTP-like layout): header band, photo box, labelled fields."""
    from PIL import Image, ImageDraw

    w, h = _px(ID_CARD_MM[0], dpi), _px(ID_CARD_MM[1], dpi)
    img = Image.new("RGB", (w, h), (214, 231, 244))
    d = ImageDraw.Draw(img)
    unit = h / 54.0  # one millimetre
    d.rectangle([0, 0, w, int(9 * unit)], fill=(28, 78, 140))
    d.text((int(3 * unit), int(1.5 * unit)), "PROVINSI KALIMANTAN BARAT",
           font=_font(int(3 * unit), True), fill="white")
    d.text((int(3 * unit), int(5 * unit)), "KOTA SINGKAWANG", font=_font(int(2.6 * unit)),
           fill="white")
    rows = [("NIK", f"61720{serial:011d}"), ("Nama", "CONTOH PENGUNJUNG"),
            ("Tempat/Tgl Lahir", "SINGKAWANG, 17-08-1990"), ("Alamat", "JL. DIPONEGORO NO. 5"),
            ("Pekerjaan", "PELAJAR/MAHASISWA"), ("Berlaku Hingga", "SEUMUR HIDUP")]
    y = int(11 * unit)
    small = _font(int(2.6 * unit))
    for label, value in rows:
        d.text((int(3 * unit), y), label, font=small, fill=(20, 20, 20))
        d.text((int(24 * unit), y), ": " + value, font=small, fill=(20, 20, 20))
        y += int(5.5 * unit)
    px0, py0 = int(62 * unit), int(12 * unit)
    d.rectangle([px0, py0, px0 + int(20 * unit), py0 + int(26 * unit)], fill=(230, 90, 70),
                outline=(60, 60, 60))
    d.ellipse([px0 + int(5 * unit), py0 + int(3 * unit), px0 + int(15 * unit),
               py0 + int(13 * unit)], fill=(240, 205, 170))
    d.rectangle([px0 + int(3 * unit), py0 + int(15 * unit), px0 + int(17 * unit),
                 py0 + int(26 * unit)], fill=(40, 40, 60))
    d.line([px0, py0 + int(34 * unit), px0 + int(20 * unit), py0 + int(31 * unit)],
           fill=(20, 20, 20), width=max(1, int(0.4 * unit)))
    return img


def draw_a4_page(dpi: int, page_no: int = 1, pages: int = 1) -> Any:
    """An A4 letter: letterhead, title, numbered paragraphs as grey text lines, page number."""
    from PIL import Image, ImageDraw

    w, h = _px(A4_MM[0], dpi), _px(A4_MM[1], dpi)
    img = Image.new("RGB", (w, h), (250, 250, 247))
    d = ImageDraw.Draw(img)
    mm = dpi / 25.4
    left, right = int(25 * mm), w - int(20 * mm)
    d.text((left, int(15 * mm)), "KOMISI PEMILIHAN UMUM KOTA SINGKAWANG",
           font=_font(int(4.2 * mm), True), fill=(10, 10, 10))
    d.line([left, int(24 * mm), right, int(24 * mm)], fill=(10, 10, 10),
           width=max(1, int(0.6 * mm)))
    d.text((left, int(32 * mm)), f"KEPUTUSAN NOMOR {page_no} TAHUN 2026",
           font=_font(int(3.5 * mm), True), fill=(10, 10, 10))
    body = _font(int(2.8 * mm))
    y = int(44 * mm)
    line_no = 0
    while y < h - int(30 * mm):
        line_no += 1
        if line_no % 9 == 1:
            d.text((left, y), f"Pasal {line_no // 9 + 1}", font=body, fill=(10, 10, 10))
        else:
            # Ragged right edge like real prose; varies per line and page.
            end = right - int(((line_no * 37 + page_no * 11) % 60) * mm / 2)
            d.rectangle([left, y + int(0.8 * mm), end, y + int(2.6 * mm)], fill=(90, 90, 90))
        y += int(6 * mm)
    d.text((w // 2 - int(8 * mm), h - int(15 * mm)), f"{page_no} / {pages}", font=body,
           fill=(10, 10, 10))
    return img


def _to_mode(img: Any, mode: str) -> Any:
    if mode == "gray":
        return img.convert("L")
    if mode == "lineart":
        return img.convert("L").point(lambda v: 0 if v < 160 else 255).convert("1")
    return img


def _png(img: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=1)  # fast: scans are big and only shown/stored
    return buf.getvalue()


class SimulatedScanner:
    """A flatbed with a document feeder that scans believable pages."""

    spec = "simulated"

    def __init__(self, *, feeder_pages: int = 3, page_delay_s: float = 0.0,
                 auto_refill: bool = False) -> None:
        self._lock = threading.Lock()
        self._feeder = feeder_pages
        # The demo's feeder: a batch that finds it empty gets a fresh stack of this many sheets,
        # as if the officer had put the next document in. Off by default, so tests can load an
        # exact count or leave the feeder empty and see FeederEmpty.
        self.auto_refill = auto_refill
        self._refill_pages = feeder_pages if feeder_pages > 0 else 3
        self._fail: list[DeviceError] = []
        self.page_delay_s = page_delay_s  # pretend a page takes time (demo, GUI tests)
        self.scans = 0
        self.closed = False

    def capabilities(self) -> ScannerCapabilities:
        return ScannerCapabilities(resolutions=(75, 100, 150, 200, 300, 600),
                                   modes=("color", "gray", "lineart"),
                                   sources=("flatbed", "feeder"))

    def load_feeder(self, pages: int) -> None:
        """Put ``pages`` sheets in the document feeder (0: empty)."""
        with self._lock:
            self._feeder = max(0, int(pages))

    @property
    def feeder_pages(self) -> int:
        with self._lock:
            return self._feeder

    def fail_next(self, error: DeviceError) -> None:
        """The next ``scan`` raises ``error`` (before any page)."""
        with self._lock:
            self._fail.append(error)

    def _page(self, settings: ScanSettings, n: int, total: int) -> ScannedPage:
        dpi = max(25, min(1200, settings.dpi))
        img = draw_id_card(dpi, n) if settings.area == "id_card" else draw_a4_page(dpi, n, total)
        img = _to_mode(img, settings.mode)
        return ScannedPage(png=_png(img), width=img.width, height=img.height, dpi=dpi,
                           mode=settings.mode)

    def scan(self, settings: ScanSettings, progress: ProgressFn | None = None,
             cancel: threading.Event | None = None) -> list[ScannedPage]:
        with self._lock:
            failure = self._fail.pop(0) if self._fail else None
        if failure is not None:
            raise failure
        if cancel is not None and cancel.is_set():
            raise DeviceCancelled()
        if settings.source == "feeder":
            with self._lock:
                if self._feeder <= 0 and self.auto_refill:
                    self._feeder = self._refill_pages
                total = self._feeder
            if settings.max_pages is not None:
                total = min(total, settings.max_pages)
            if total <= 0:
                raise FeederEmpty()
        else:
            total = 1
        pages: list[ScannedPage] = []
        for n in range(1, total + 1):
            if cancel is not None and cancel.is_set():
                raise DeviceCancelled()
            if self.page_delay_s:
                time.sleep(self.page_delay_s)
            pages.append(self._page(settings, n, total))
            if settings.source == "feeder":
                with self._lock:
                    self._feeder = max(0, self._feeder - 1)
            if progress is not None:
                progress(n, total)
        with self._lock:
            self.scans += 1
        return pages

    def close(self) -> None:
        self.closed = True
