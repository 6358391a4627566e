"""The desk's devices as one typed object handed to every window that prints or scans.

Windows used to take the printer and scanner workers as two positional arguments, in two
orders (``ReturnsWindow(services, printer, scanner)``, ``CatalogueWindow(services, scanner,
printer)``); a swap went unnoticed until a receipt went to the scanner. ``Devices`` names them.
It unpacks as ``printer, scanner`` for code written before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker


@dataclass(frozen=True)
class Devices:
    """The receipt printer's and the scanner's worker threads (each may hold no device)."""

    printer: PrinterWorker
    scanner: ScannerWorker

    @classmethod
    def of(cls, printer: PrinterWorker | None = None,
           scanner: ScannerWorker | None = None) -> Devices:
        """Workers given (or none: workers without a device, which say so when used)."""
        from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker

        return cls(printer if printer is not None else PrinterWorker(None),
                   scanner if scanner is not None else ScannerWorker(None))

    def __iter__(self) -> Iterator[PrinterWorker | ScannerWorker]:
        return iter((self.printer, self.scanner))

    def shutdown(self) -> None:
        """Stop both threads (at exit)."""
        for worker in self:
            worker.shutdown()
