"""Simulated scanner and printer (placeholder until the devices issue lands fully)."""

from __future__ import annotations

import io
import threading

from PIL import Image

from jdih_desktop.devices.base import (
    PrintResult,
    Receipt,
    ScannedPage,
    ScannerCapabilities,
    ScanSettings,
)


class SimulatedPrinter:
    spec = "simulated"

    def __init__(self) -> None:
        self.jobs: list[Receipt] = []

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        self.jobs.append(receipt)
        return PrintResult(spec=self.spec)

    def close(self) -> None:
        pass


class SimulatedScanner:
    spec = "simulated"

    def capabilities(self) -> ScannerCapabilities:
        return ScannerCapabilities(sources=("flatbed", "feeder"))

    def scan(self, settings: ScanSettings, progress=None, cancel: threading.Event | None = None):
        img = Image.new("RGB", (int(8.27 * settings.dpi), int(11.69 * settings.dpi)), "white")
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return [ScannedPage(buf.getvalue(), img.width, img.height, settings.dpi)]

    def close(self) -> None:
        pass
