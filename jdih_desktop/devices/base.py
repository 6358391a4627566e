"""Device interfaces and the plain data that crosses them.

Services build a ``Receipt`` and hand it to a ``ReceiptPrinter``; scanners return
``ScannedPage`` objects holding PNG bytes. Every failure is a ``DeviceError`` whose ``message``
tells the officer, in Bahasa Indonesia, what to do next.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.errors import JdihError

# ----------------------------------------------------------------------------- errors


class DeviceError(JdihError):
    """A device could not do what was asked. ``message`` is for the officer (Indonesian).

    One of the ``JdihError`` family, so the UI turns it into text the one way it turns every
    error (``ui/errors.describe_error``).
    """

    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Perangkat mengalami gangguan — periksa perangkat, lalu Coba lagi.")
    retryable = True

    def __init__(self, message: str | None = None, *, detail: str | None = None,
                 params: Sequence[object] = ()) -> None:
        super().__init__(message or self.default_message, detail=detail, params=params)


class DeviceNotFound(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Perangkat tidak ditemukan — pastikan kabel terpasang dan perangkat "
        "menyala, lalu pilih ulang di Pengaturan Perangkat.")


class DeviceOffline(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Printer tidak terhubung — periksa kabel/daya, lalu Coba lagi.")


class DeviceBusy(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Perangkat sedang dipakai — tunggu sebentar, lalu Coba lagi.")


class DeviceTimeout(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Perangkat tidak menjawab — periksa kertas dan sambungan, lalu Coba lagi.")


class PaperJam(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Kertas macet — buka penutup, keluarkan kertas, lalu Coba lagi.")


class CoverOpen(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Penutup perangkat terbuka — tutup penutupnya, lalu Coba lagi.")


class FeederEmpty(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Pengumpan dokumen (ADF) kosong — letakkan dokumen di pengumpan, lalu "
        "Coba lagi.")


class PaperOut(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Kertas printer habis — isi gulungan kertas, lalu Coba lagi.")


class DeviceProtocolError(DeviceError):
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Perangkat memberi jawaban yang tidak dikenali — matikan dan nyalakan "
        "ulang perangkat, lalu Coba lagi.")


class DeviceCancelled(DeviceError):
    default_message = QT_TRANSLATE_NOOP("Messages", "Dibatalkan.")
    retryable = False


class BadDeviceSpec(DeviceError, ValueError):
    """A SPEC string (``network:HOST:PORT``...) is malformed. Not retryable as such."""

    retryable = False
    default_message = QT_TRANSLATE_NOOP(
        "Messages", "Alamat perangkat tidak valid.")


# ----------------------------------------------------------------------------- scanners

ColourMode = Literal["color", "gray", "lineart"]
Source = Literal["flatbed", "feeder"]


@dataclass(frozen=True)
class ScannerInfo:
    spec: str  # e.g. "sane:test:0", "wia:{...}", "simulated"
    name: str
    vendor: str = ""
    model: str = ""


@dataclass(frozen=True)
class ScannerCapabilities:
    resolutions: tuple[int, ...] = (75, 150, 200, 300, 600)
    modes: tuple[ColourMode, ...] = ("color", "gray", "lineart")
    sources: tuple[Source, ...] = ("flatbed",)


@dataclass(frozen=True)
class ScanSettings:
    dpi: int = 200
    mode: ColourMode = "color"
    source: Source = "flatbed"
    area: Literal["full", "a4", "id_card"] = "full"
    max_pages: int | None = None  # feeder: stop after this many


@dataclass(frozen=True)
class ScannedPage:
    png: bytes
    width: int
    height: int
    dpi: int
    mode: ColourMode = "color"


ProgressFn = Callable[[int, int], None]  # (pages done, pages expected or 0 when unknown)


@runtime_checkable
class Scanner(Protocol):
    spec: str

    def capabilities(self) -> ScannerCapabilities: ...

    def scan(self, settings: ScanSettings, progress: ProgressFn | None = None,
             cancel: threading.Event | None = None) -> list[ScannedPage]:
        """One page from the flatbed, or every page in the feeder. Raises DeviceError."""
        ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- receipts

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    double: bool = False  # double width and height
    align: Align = "left"


@dataclass(frozen=True)
class Separator:
    char: str = "-"


@dataclass(frozen=True)
class KeyValue:
    """"Key ....... value" on one line when it fits, wrapped under the key otherwise."""

    key: str
    value: str
    bold: bool = False


@dataclass(frozen=True)
class QrCode:
    data: str
    size: int = 6  # module size in dots
    align: Align = "center"


@dataclass(frozen=True)
class Barcode:
    data: str
    kind: Literal["CODE128"] = "CODE128"
    height: int = 64
    align: Align = "center"


@dataclass(frozen=True)
class Logo:
    png: bytes
    align: Align = "center"


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class SignatureLines:
    """Two signature boxes side by side: "Petugas" and "Peminjam" with names under them."""

    left_title: str
    right_title: str
    left_name: str = ""
    right_name: str = ""


ReceiptItem = Text | Separator | KeyValue | QrCode | Barcode | Logo | Feed | SignatureLines


@dataclass
class Receipt:
    """A paper slip described independently of any printer.

    ``title`` names the job (spooler job name, PDF title, logs); it is not printed: put the
    heading on the paper as a ``Text`` item. Drivers print ``items`` top to bottom and cut at
    the end when ``cut`` is set and the printer has a cutter.
    """

    title: str
    items: list[ReceiptItem] = field(default_factory=list)
    cut: bool = True

    def add(self, *items: ReceiptItem) -> Receipt:
        self.items.extend(items)
        return self

    def plain_text(self) -> str:
        """The words of the receipt, for logs, tests and accessibility."""
        out: list[str] = []
        for it in self.items:
            if isinstance(it, Text):
                out.append(it.text)
            elif isinstance(it, KeyValue):
                out.append(f"{it.key}: {it.value}")
            elif isinstance(it, QrCode | Barcode):
                out.append(f"[{type(it).__name__}: {it.data}]")
            elif isinstance(it, SignatureLines):
                out.append(f"{it.left_title} / {it.right_title}")
        return "\n".join(out)


@dataclass(frozen=True)
class PrinterInfo:
    spec: str
    name: str
    detail: str = ""


@dataclass
class PrintResult:
    spec: str
    bytes_sent: int = 0
    pages: int = 1
    output_path: str | None = None  # pdf:/file: targets


@runtime_checkable
class ReceiptPrinter(Protocol):
    spec: str

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        """Render and send one job (a new connection per job). Raises DeviceError."""
        ...

    def close(self) -> None: ...
