"""The Windows spooler transport over a fake ``win32print`` (pywin32 exists only on Windows).

python-escpos's ``Win32Raw`` is used as is; only the pywin32 module under it is replaced.
"""

from __future__ import annotations

import pytest

from jdih_desktop.devices.base import DeviceNotFound, Receipt, Text
from jdih_desktop.devices.escpos_printer import EscposPrinter, win32_transport
from jdih_desktop.devices.escpos_render import RenderOptions
from tests.support.escpos import decode


class FakeWin32Print:
    """Records the calls python-escpos makes to the spooler."""

    PRINTER_ENUM_NAME = 8

    def __init__(self, printers: list[str]) -> None:
        self.printers = printers
        self.calls: list[tuple[str, object]] = []
        self.data = b""

    def EnumPrinters(self, flags: int, name: str, level: int) -> list[dict[str, str]]:
        return [{"pPrinterName": p} for p in self.printers]

    def GetDefaultPrinter(self) -> str:
        return self.printers[0]

    def OpenPrinter(self, name: str) -> str:
        self.calls.append(("open", name))
        return f"handle:{name}"

    def StartDocPrinter(self, handle: str, level: int, info: tuple[str, str, str]) -> int:
        self.calls.append(("doc", info))
        return 1

    def StartPagePrinter(self, handle: str) -> None:
        self.calls.append(("page", handle))

    def WritePrinter(self, handle: str, data: bytes) -> int:
        self.data += data
        return len(data)

    def EndPagePrinter(self, handle: str) -> None:
        self.calls.append(("end_page", handle))

    def EndDocPrinter(self, handle: str) -> None:
        self.calls.append(("end_doc", handle))

    def ClosePrinter(self, handle: str) -> None:
        self.calls.append(("close", handle))


class FakePywintypes:
    class error(Exception):  # the real name in pywintypes
        pass


@pytest.fixture
def spooler(monkeypatch: pytest.MonkeyPatch) -> FakeWin32Print:
    from escpos.printer import win32raw

    fake = FakeWin32Print(["EPSON TM-T82 Receipt", "Microsoft Print to PDF"])
    monkeypatch.setattr(win32raw, "_DEP_WIN32PRINT", True)
    monkeypatch.setattr(win32raw, "win32print", fake, raising=False)
    monkeypatch.setattr(win32raw, "pywintypes", FakePywintypes, raising=False)
    return fake


def test_job_goes_to_the_spooler_as_raw(spooler: FakeWin32Print) -> None:
    printer = EscposPrinter("win32:EPSON TM-T82 Receipt",
                            win32_transport("EPSON TM-T82 Receipt", "default"), RenderOptions())
    result = printer.print_receipt(Receipt("Tanda Terima PJM-0001").add(Text("Halo", bold=True)))
    # THEN one RAW document named after the receipt, opened, written and closed
    assert ("doc", ("Tanda Terima PJM-0001", "", "RAW")) in spooler.calls
    assert [c[0] for c in spooler.calls] == ["open", "doc", "page", "end_page", "end_doc",
                                             "close"]
    assert result.bytes_sent == len(spooler.data)
    assert decode(spooler.data).style_of("Halo").bold


def test_unknown_spooler_printer_is_not_found(spooler: FakeWin32Print) -> None:
    printer = EscposPrinter("win32:Tidak Ada", win32_transport("Tidak Ada", "default"))
    with pytest.raises(DeviceNotFound):
        printer.print_receipt(Receipt("x").add(Text("a")))
    assert spooler.data == b""
