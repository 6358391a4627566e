"""Building devices from SPEC strings (placeholder: simulated only until the devices issue)."""

from __future__ import annotations

from pathlib import Path

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import BadDeviceSpec, ReceiptPrinter, Scanner


def build_printer(spec: str, cfg: DevicesConfig, cache_dir: Path | None = None) -> ReceiptPrinter:
    if spec == "simulated":
        from jdih_desktop.devices.simulated import SimulatedPrinter

        return SimulatedPrinter()
    raise BadDeviceSpec(f"Alamat printer tidak dikenal: {spec!r}")


def build_scanner(spec: str) -> Scanner:
    if spec == "simulated":
        from jdih_desktop.devices.simulated import SimulatedScanner

        return SimulatedScanner()
    raise BadDeviceSpec(f"Alamat pemindai tidak dikenal: {spec!r}")
