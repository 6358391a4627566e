"""SPEC strings: good ones build the right device, bad ones get one Indonesian line."""

from __future__ import annotations

import pytest

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import BadDeviceSpec
from jdih_desktop.devices.escpos_printer import EscposPrinter, NetworkTransport
from jdih_desktop.devices.qt_printer import PdfPrinter, QtPagePrinter
from jdih_desktop.devices.registry import (
    build_printer,
    build_scanner,
    list_printers,
    list_scanners,
    parse_printer_spec,
    parse_scanner_spec,
)
from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner


@pytest.mark.parametrize(("spec", "fields"), [
    ("simulated", {"kind": "simulated"}),
    ("network:192.168.1.50:9100", {"host": "192.168.1.50", "port": 9100}),
    ("network:printer-kasir.local:9100", {"host": "printer-kasir.local", "port": 9100}),
    ("network:[fe80::1]:9100", {"host": "fe80::1", "port": 9100}),
    ("usb:04b8:0e15", {"vid": 0x04B8, "pid": 0x0E15}),
    ("usb:0x0416:0x5011", {"vid": 0x0416, "pid": 0x5011}),
    ("serial:/dev/ttyUSB0:19200", {"path": "/dev/ttyUSB0", "baud": 19200}),
    ("serial:COM3", {"path": "COM3", "baud": 9600}),
    ("serial:\\\\.\\COM10:115200", {"path": "\\\\.\\COM10", "baud": 115200}),
    ("win32:EPSON TM-T82 Receipt", {"name": "EPSON TM-T82 Receipt"}),
    ("file:/dev/usb/lp0", {"path": "/dev/usb/lp0"}),
    ("pdf:/tmp/struk.pdf", {"path": "/tmp/struk.pdf"}),
    ("qt:HP LaserJet Pro", {"name": "HP LaserJet Pro"}),
])
def test_good_printer_specs(spec: str, fields: dict[str, object]) -> None:
    parsed = parse_printer_spec(spec)
    for key, value in fields.items():
        assert getattr(parsed, key) == value


@pytest.mark.parametrize("spec", [
    "", "laser", "simulated:1", "network:", "network:host:abc", "network:host:70000",
    "usb:04b8", "usb:zzzz:0e15", "serial:/dev/ttyUSB0:12345", "serial:/dev/ttyS0:abc",
    "serial:COM3:96OO", "pdf:/tmp/struk.txt", "qt:",
])
def test_bad_printer_specs_give_one_indonesian_line(spec: str) -> None:
    with pytest.raises(BadDeviceSpec) as err:
        parse_printer_spec(spec)
    msg = err.value.message
    assert "\n" not in msg and "tidak valid" in msg and "Contoh yang benar" in msg


def test_scanner_specs() -> None:
    assert parse_scanner_spec("sane:test:0").name == "test:0"
    assert parse_scanner_spec("wia:{6BDD1FC6}\\0000").name == "{6BDD1FC6}\\0000"
    for bad in ("", "twain:1", "sane:", "simulated:x"):
        with pytest.raises(BadDeviceSpec):
            parse_scanner_spec(bad)


def test_build_uses_the_config(tmp_path) -> None:
    cfg = DevicesConfig(paper_width_mm=58, codepage="cp858", printer_profile="default")
    sim = build_printer("simulated", cfg)
    assert isinstance(sim, SimulatedPrinter) and sim.paper_width_mm == 58
    net = build_printer("network:10.0.0.9:9100", cfg, timeout_s=2)
    assert isinstance(net, EscposPrinter) and isinstance(net.transport, NetworkTransport)
    assert net.options.codepage == "cp858" and net.transport.timeout_s == 2
    assert isinstance(build_printer(f"pdf:{tmp_path}/a.pdf", cfg), PdfPrinter)
    assert isinstance(build_printer("qt:Kantor", cfg), QtPagePrinter)
    assert isinstance(build_scanner("simulated"), SimulatedScanner)


def test_unknown_profile_is_a_bad_spec() -> None:
    with pytest.raises(BadDeviceSpec):
        build_printer("simulated", DevicesConfig(printer_profile="Tidak-Ada-9000"))


def test_windows_only_devices_refused_here() -> None:
    with pytest.raises(BadDeviceSpec):
        build_printer("win32:EPSON", DevicesConfig())
    with pytest.raises(BadDeviceSpec):
        build_scanner("wia:{x}")


def test_lists_always_offer_the_simulated_twins() -> None:
    assert list_printers(include_qt=False)[0].spec == "simulated"
    assert list_scanners()[0].spec == "simulated"
