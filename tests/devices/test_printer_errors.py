"""Every transport's failure becomes a DeviceError the officer can act on."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import pytest

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import (
    DeviceBusy,
    DeviceError,
    DeviceNotFound,
    DeviceOffline,
    DeviceProtocolError,
    DeviceTimeout,
    Receipt,
    Text,
)
from jdih_desktop.devices.escpos_printer import map_error
from jdih_desktop.devices.registry import build_printer

SLIP = Receipt("x").add(Text("a"))


def _escpos_not_found_from(cause: OSError) -> Exception:
    from escpos.exceptions import DeviceNotFoundError

    try:
        try:
            raise cause
        except OSError:
            raise DeviceNotFoundError("Could not open socket") from None
    except DeviceNotFoundError as exc:
        exc.__context__ = cause
        return exc


@pytest.mark.parametrize(("exc", "expected"), [
    (ConnectionRefusedError(errno.ECONNREFUSED, "refused"), DeviceOffline),
    (BrokenPipeError(errno.EPIPE, "broken pipe"), DeviceOffline),
    (ConnectionResetError(errno.ECONNRESET, "reset"), DeviceOffline),
    (TimeoutError("timed out"), DeviceTimeout),
    (socket.gaierror(-2, "Name or service not known"), DeviceNotFound),
    (FileNotFoundError(errno.ENOENT, "no such file"), DeviceNotFound),
    (OSError(errno.EBUSY, "busy"), DeviceBusy),
    (OSError(errno.EIO, "i/o"), DeviceOffline),
    (AssertionError(), DeviceOffline),
])
def test_os_level_errors(exc: BaseException, expected: type[DeviceError]) -> None:
    err = map_error(exc, "printer")
    assert type(err) is expected
    assert "Coba lagi" in err.message or "Pengaturan Perangkat" in err.message
    assert "printer" in (err.detail or "")


def test_permission_error_tells_which_group() -> None:
    err = map_error(PermissionError(errno.EACCES, "denied"))
    assert "izin" in err.message and "lp" in err.message


def test_python_escpos_errors() -> None:
    from escpos.exceptions import BarcodeCodeError, USBNotFoundError

    assert isinstance(map_error(USBNotFoundError("no usb")), DeviceNotFound)
    assert isinstance(map_error(BarcodeCodeError("bad")), DeviceProtocolError)
    wrapped = _escpos_not_found_from(ConnectionRefusedError(errno.ECONNREFUSED, "refused"))
    assert isinstance(map_error(wrapped), DeviceOffline)


def test_pyserial_errors() -> None:
    serial = pytest.importorskip("serial")
    assert isinstance(map_error(serial.SerialException(errno.ENOENT, "no port")), DeviceNotFound)
    assert isinstance(map_error(serial.SerialTimeoutException("write timeout")), DeviceTimeout)


def test_pyusb_errors() -> None:
    usb_core = pytest.importorskip("usb.core")
    assert isinstance(map_error(usb_core.USBTimeoutError("t", errno=110)), DeviceTimeout)
    denied = map_error(usb_core.USBError("Access denied", errno=errno.EACCES))
    assert "izin" in denied.message
    assert isinstance(map_error(usb_core.USBError("No device", errno=errno.ENODEV)),
                      DeviceOffline)


@pytest.mark.parametrize("spec", ["serial:/dev/ttyTIDAKADA", "file:/tidak/ada/lp0",
                                  "usb:dead:beef"])
def test_missing_devices_are_not_found(spec: str) -> None:
    printer = build_printer(spec, DevicesConfig(), timeout_s=1)
    with pytest.raises(DeviceNotFound) as err:
        printer.print_receipt(SLIP)
    assert "Pengaturan Perangkat" in err.value.message


def test_qt_printer_that_does_not_exist(qapp) -> None:
    printer = build_printer("qt:Printer Yang Tidak Ada", DevicesConfig())
    with pytest.raises(DeviceNotFound):
        printer.print_receipt(SLIP)


def test_pdf_to_a_folder_writes_one_file_per_job(qapp, tmp_path: Path) -> None:
    from pypdf import PdfReader

    printer = build_printer(f"pdf:{tmp_path}/", DevicesConfig(paper_width_mm=210))
    first = printer.print_receipt(Receipt("Struk 1").add(Text("Halo Singkawang")))
    second = printer.print_receipt(Receipt("Struk 2").add(Text("Halo lagi")))
    assert first.output_path != second.output_path
    reader = PdfReader(first.output_path)
    assert "Halo Singkawang" in " ".join(reader.pages[0].extract_text().split())
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 210  # A4


def test_pdf_into_a_missing_folder(qapp, tmp_path: Path) -> None:
    printer = build_printer(f"pdf:{tmp_path}/tidak-ada/struk.pdf", DevicesConfig())
    with pytest.raises(DeviceNotFound):
        printer.print_receipt(SLIP)


def test_pdf_printing_on_the_printer_worker_thread(qtbot, tmp_path: Path) -> None:
    # GIVEN the PDF printer behind the printer worker (its own thread, as in the app)
    from pypdf import PdfReader

    from jdih_desktop.devices.worker import PrinterWorker

    worker = PrinterWorker(build_printer(f"pdf:{tmp_path}/struk.pdf", DevicesConfig()))
    try:
        with qtbot.waitSignal(worker.printed, timeout=10000) as sig:
            worker.print_receipt(Receipt("Struk").add(Text("Dicetak di thread printer")))
    finally:
        worker.shutdown()
    # THEN the page was painted there and the file holds the text
    text = " ".join(PdfReader(sig.args[1].output_path).pages[0].extract_text().split())
    assert "Dicetak di thread printer" in text
