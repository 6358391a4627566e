"""SPEC strings -> devices, and the lists of devices found on this machine.

Printers::

    simulated                      the simulated ESC/POS printer (keeps jobs in memory)
    network:HOST:PORT              ESC/POS over TCP (port 9100 on most printers)
    usb:VID:PID                    ESC/POS over USB, hex ids (usb:04b8:0e15)
    serial:PORT[:BAUD]             ESC/POS over a serial port (serial:/dev/ttyUSB0:19200, COM3)
    win32:PRINTER NAME             ESC/POS as RAW through the Windows spooler
    file:PATH                      ESC/POS bytes to a device node or file (/dev/usb/lp0)
    pdf:PATH                       the receipt laid out on A5 as a PDF (a folder: one per job)
    qt:PRINTER NAME                the receipt on A5 paper of an ordinary printer

Scanners: ``simulated``, ``sane:DEVICE`` (``sane:test:0``), ``wia:DEVICE ID``.

A malformed SPEC raises ``BadDeviceSpec`` with one Indonesian line saying what is wrong and
what a good one looks like; the command line prints it and exits with code 2.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import (
    BadDeviceSpec,
    DeviceError,
    PrinterInfo,
    ReceiptPrinter,
    Scanner,
    ScannerInfo,
)
from jdih_desktop.devices.escpos_render import RenderOptions, ensure_escpos_cache
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence

log = logging.getLogger(__name__)

PRINTER_KINDS = ("simulated", "network", "usb", "serial", "win32", "file", "pdf", "qt")
SCANNER_KINDS = ("simulated", "sane", "wia")
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
PRINTER_SPEC_HELP = QT_TRANSLATE_NOOP(
    "Messages", "simulated, network:HOST:PORT, usb:VID:PID, serial:PORT[:BAUD], "
    "win32:NAMA PRINTER, file:PATH, pdf:PATH, qt:NAMA PRINTER")
SCANNER_SPEC_HELP = QT_TRANSLATE_NOOP("Messages", "simulated, sane:PERANGKAT, wia:ID PERANGKAT")
_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$")


@dataclass(frozen=True)
class DeviceSpec:
    """A parsed SPEC: ``kind`` plus the fields that kind needs."""

    kind: str
    raw: str
    host: str = ""
    port: int = 0
    vid: int = 0
    pid: int = 0
    path: str = ""  # serial port, file path, pdf path
    baud: int = 9600
    name: str = ""  # win32/qt printer name, sane/wia device id


def _bad(spec: str, why: str, help_: str) -> BadDeviceSpec:
    return BadDeviceSpec(QT_TRANSLATE_NOOP(
            "Messages", "Alamat perangkat %1 tidak valid: %2. Contoh yang benar: %3."),
            params=(repr(spec), why, help_))


def _split_kind(spec: str, kinds: tuple[str, ...], help_: str) -> tuple[str, str]:
    raw = (spec or "").strip()
    if not raw:
        raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "kosong"), help_)
    kind, sep, rest = raw.partition(":")
    kind = kind.strip().lower()
    if kind not in kinds:
        raise _bad(spec, sentence(QT_TRANSLATE_NOOP("Messages", "jenis '%1' tidak dikenal"),
                                kind), help_)
    if kind == "simulated":
        if rest.strip():
            raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "'simulated' tidak memakai alamat"),
                       help_)
        return kind, ""
    if not sep or not rest.strip():
        raise _bad(spec, sentence(QT_TRANSLATE_NOOP("Messages", "alamat setelah '%1:' kosong"),
                                kind), help_)
    return kind, rest.strip()


def _hex_id(text: str, spec: str, what: str) -> int:
    t = text.strip().lower().removeprefix("0x")
    if not re.fullmatch(r"[0-9a-f]{1,4}", t):
        raise _bad(spec, sentence(QT_TRANSLATE_NOOP(
            "Messages", "%1 harus angka heksadesimal 4 digit (mis. 04b8)"), what),
                   "usb:04b8:0e15")
    return int(t, 16)


def parse_printer_spec(spec: str) -> DeviceSpec:
    """Check and split a printer SPEC; BadDeviceSpec (one line, Indonesian) when malformed."""
    kind, rest = _split_kind(spec, PRINTER_KINDS, PRINTER_SPEC_HELP)
    raw = spec.strip()
    if kind == "simulated":
        return DeviceSpec(kind, raw)
    if kind == "network":
        if rest.startswith("["):  # [IPv6]:port
            host, _, port_s = rest[1:].partition("]")
            port_s = port_s.removeprefix(":")
        else:
            host, _, port_s = rest.rpartition(":") if ":" in rest else (rest, "", "9100")
        host = host.strip()
        if not host or (not _HOST_RE.match(host) and ":" not in host):
            raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "nama/IP printer tidak valid"),
                       "network:192.168.1.50:9100")
        if not port_s.strip().isdigit() or not 1 <= int(port_s) <= 65535:
            raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "port harus angka 1-65535"),
                       "network:192.168.1.50:9100")
        return DeviceSpec(kind, raw, host=host, port=int(port_s))
    if kind == "usb":
        parts = rest.split(":")
        if len(parts) != 2:
            raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "butuh vendor dan produk"),
                       "usb:04b8:0e15")
        return DeviceSpec(kind, raw,
                          vid=_hex_id(parts[0], spec, QT_TRANSLATE_NOOP("Messages", "vendor")),
                          pid=_hex_id(parts[1], spec, QT_TRANSLATE_NOOP("Messages", "produk")))
    if kind == "serial":
        port, baud = rest, 9600
        head, sep, tail = rest.rpartition(":")
        if sep and head.strip() and tail.strip() and not tail.strip().isdigit() \
                and not any(c in tail for c in "/\\"):
            # "serial:/dev/ttyS0:abc" is a mistyped speed, not a port named "/dev/ttyS0:abc"
            raise _bad(spec, QT_TRANSLATE_NOOP(
                "Messages", "kecepatan (baud) harus angka, mis. 9600"), "serial:/dev/ttyUSB0:9600")
        if sep and tail.strip().isdigit():
            port, baud = head.strip(), int(tail)
            if baud not in BAUD_RATES:
                raise _bad(spec, sentence(QT_TRANSLATE_NOOP(
                    "Messages", "kecepatan (baud) harus salah satu dari %1"),
                    "/".join(str(b) for b in BAUD_RATES)), "serial:/dev/ttyUSB0:9600")
        if not port:
            raise _bad(spec, QT_TRANSLATE_NOOP("Messages", "nama port kosong"), QT_TRANSLATE_NOOP(
                "Messages", "serial:/dev/ttyUSB0:9600 atau serial:COM3"))
        return DeviceSpec(kind, raw, path=port, baud=baud)
    if kind in ("file", "pdf"):
        if kind == "pdf" and not (rest.lower().endswith(".pdf") or rest.endswith(("/", "\\"))
                                  or Path(rest).expanduser().is_dir()):
            raise _bad(spec, QT_TRANSLATE_NOOP(
                "Messages", "berkas harus berakhiran .pdf (atau sebuah folder)"),
                "pdf:/home/petugas/struk.pdf")
        return DeviceSpec(kind, raw, path=rest)
    return DeviceSpec(kind, raw, name=rest)  # win32, qt


def parse_scanner_spec(spec: str) -> DeviceSpec:
    kind, rest = _split_kind(spec, SCANNER_KINDS, SCANNER_SPEC_HELP)
    return DeviceSpec(kind, spec.strip(), name=rest)


def _page_size_for(cfg: DevicesConfig) -> str:
    """Ordinary printers: A5 by default, A4 when the configured paper is 210 mm or wider."""
    return "A4" if cfg.paper_width_mm >= 210 else "A5"


def _render_options(cfg: DevicesConfig) -> RenderOptions:
    width = cfg.paper_width_mm if cfg.paper_width_mm in (58, 80) else \
        (58 if cfg.paper_width_mm < 70 else 80)
    return RenderOptions(paper_width_mm=width, profile=cfg.printer_profile or "default",
                         codepage=cfg.codepage or "ascii")


def _check_profile(name: str) -> None:
    """An unknown profile is a configuration error; "default" always exists (and checking it
    would import python-escpos at start-up for nothing)."""
    if (name or "default") == "default":
        return
    from escpos.capabilities import get_profile

    try:
        get_profile(name or "default")
    except Exception as exc:
        raise BadDeviceSpec(QT_TRANSLATE_NOOP(
                "Messages", "Profil printer %1 tidak dikenal — pakai 'default' atau nama model "
                "(mis. TM-T20II, POS-5890)."), detail=repr(exc),
                params=(repr(name),)) from exc


def build_printer(spec: str, cfg: DevicesConfig, cache_dir: Path | None = None, *,
                  timeout_s: float | None = None) -> ReceiptPrinter:
    """A ReceiptPrinter for ``spec``; nothing is opened until the first job."""
    parsed = parse_printer_spec(spec)
    ensure_escpos_cache(cache_dir)
    opts = _render_options(cfg)
    if parsed.kind in ("pdf", "qt"):
        from jdih_desktop.devices.qt_printer import PdfPrinter, QtPagePrinter

        if parsed.kind == "pdf":
            return PdfPrinter(parsed.raw, parsed.path, _page_size_for(cfg))
        return QtPagePrinter(parsed.raw, parsed.name, _page_size_for(cfg))
    _check_profile(opts.profile)
    if parsed.kind == "simulated":
        from jdih_desktop.devices.simulated import SimulatedPrinter

        return SimulatedPrinter(opts.paper_width_mm, opts.profile, opts.codepage)
    from jdih_desktop.devices import escpos_printer as ep

    timeout = timeout_s if timeout_s is not None else ep.DEFAULT_TIMEOUT_S
    if parsed.kind == "network":
        transport: ep.Transport = ep.NetworkTransport(parsed.host, parsed.port, timeout)
    elif parsed.kind == "usb":
        transport = ep.usb_transport(parsed.vid, parsed.pid, timeout, opts.profile)
    elif parsed.kind == "serial":
        transport = ep.serial_transport(parsed.path, parsed.baud, timeout, opts.profile)
    elif parsed.kind == "win32":
        if sys.platform != "win32":
            raise BadDeviceSpec(QT_TRANSLATE_NOOP(
                    "Messages", "Printer 'win32:' hanya ada di Windows — pakai network:, usb:, "
                    "serial: atau qt: di komputer ini."))
        transport = ep.win32_transport(parsed.name, opts.profile)
    else:
        transport = ep.file_transport(parsed.path, timeout)
    return ep.EscposPrinter(parsed.raw, transport, opts)


def build_scanner(spec: str) -> Scanner:
    parsed = parse_scanner_spec(spec)
    if parsed.kind == "simulated":
        from jdih_desktop.devices.simulated import SimulatedScanner

        return SimulatedScanner(auto_refill=True)  # the demo never runs out of paper
    if parsed.kind == "sane":
        if sys.platform == "win32":
            raise BadDeviceSpec(QT_TRANSLATE_NOOP(
                    "Messages", "Pemindai 'sane:' tidak ada di Windows — pakai wia:ID PERANGKAT "
                    "(lihat 'jdih-desktop devices list')."))
        from jdih_desktop.devices.sane_scanner import SaneScanner

        return SaneScanner(parsed.name)
    if sys.platform != "win32":
        raise BadDeviceSpec(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai 'wia:' hanya ada di Windows — pakai sane:PERANGKAT di "
                "komputer ini (lihat 'jdih-desktop devices list')."))
    from jdih_desktop.devices.wia_scanner import WiaScanner

    return WiaScanner(parsed.name)


# ----------------------------------------------------------------------------- discovery


def list_printers(include_qt: bool = True) -> list[PrinterInfo]:
    """Printers worth offering: simulated, USB printers, serial ports, lp nodes, spooler."""
    found = [PrinterInfo("simulated", "Printer simulasi", "struk disimpan di memori")]
    try:  # USB devices of the printer class (7); needs pyusb and libusb
        import usb.core

        for dev in usb.core.find(find_all=True) or []:
            classes = {dev.bDeviceClass}
            with contextlib.suppress(Exception):
                classes |= {i.bInterfaceClass for cfg in dev for i in cfg}
            if 7 in classes:
                found.append(PrinterInfo(f"usb:{dev.idVendor:04x}:{dev.idProduct:04x}",
                                         f"Printer USB {dev.idVendor:04x}:{dev.idProduct:04x}"))
    except Exception:
        log.debug("USB printer discovery unavailable", exc_info=True)
    try:
        from serial.tools import list_ports

        for port in list_ports.comports():
            found.append(PrinterInfo(f"serial:{port.device}:9600", f"Port serial {port.device}",
                                     port.description or ""))
    except Exception:
        log.debug("serial port discovery unavailable", exc_info=True)
    for node in sorted(Path("/dev/usb").glob("lp*")) if Path("/dev/usb").is_dir() else []:
        found.append(PrinterInfo(f"file:{node}", f"Printer USB {node.name}", str(node)))
    if sys.platform == "win32":
        try:
            import win32print

            flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
            for _f, _d, name, _c in win32print.EnumPrinters(flags):
                found.append(PrinterInfo(f"win32:{name}", name, "Windows (RAW)"))
        except Exception:
            log.debug("win32 printer discovery failed", exc_info=True)
    if include_qt:
        from jdih_desktop.devices.qt_printer import list_qt_printers

        found.extend(list_qt_printers())
    return found


def list_scanners(refresh: bool = False) -> list[ScannerInfo]:
    """Scanners found (SANE on Linux/macOS, WIA on Windows) plus the simulated one."""
    found = [ScannerInfo("simulated", "Pemindai simulasi")]
    try:
        if sys.platform == "win32":
            from jdih_desktop.devices.wia_scanner import list_wia_devices

            found.extend(list_wia_devices())
        else:
            from jdih_desktop.devices.sane_scanner import list_sane_devices

            found.extend(list_sane_devices(refresh=refresh))
    except DeviceError as exc:
        log.info("scanner discovery: %s", exc.message)
    except Exception:
        log.warning("scanner discovery failed", exc_info=True)
    return found
