"""Real network printing against a loopback printer (and a serial one on a pseudo-terminal),
including the ways it goes wrong."""

from __future__ import annotations

import io
import os
import socket
import time

import pytest
from PIL import Image

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import (
    DeviceNotFound,
    DeviceOffline,
    DeviceTimeout,
    Logo,
    Receipt,
    Text,
)
from jdih_desktop.devices.registry import build_printer
from tests.support.escpos import decode
from tests.support.loopback import LoopbackPrinter

CFG = DevicesConfig(paper_width_mm=80)
# The serial and device-node tests use a pseudo-terminal as the far end (POSIX only).
POSIX_PTY = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs os.openpty (POSIX)")


def _big_receipt() -> Receipt:
    """Large enough (about 300 KB of raster logos) to fill every socket buffer on the way."""
    img = Image.effect_noise((576, 960), 120).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return Receipt("besar").add(*[Logo(buf.getvalue()) for _ in range(8)], Text("akhir"))


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_job_arrives_and_decodes() -> None:
    with LoopbackPrinter() as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=3)
        result = printer.print_receipt(Receipt("x").add(Text("Halo Singkawang", align="center")))
        d = decode(lp.wait_job())
    assert result.bytes_sent > 0
    assert d.style_of("Halo Singkawang").align == "center"
    assert d.cuts == 1


def test_a_new_connection_for_every_job() -> None:
    with LoopbackPrinter() as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=3)
        for i in range(3):
            printer.print_receipt(Receipt(str(i)).add(Text(f"struk {i}")))
        lp.wait_job(2)
    assert lp.connections == 3
    assert [decode(j).lines[0] for j in lp.jobs] == ["struk 0", "struk 1", "struk 2"]


def test_connection_refused_is_offline() -> None:
    # GIVEN nothing listens on the port
    printer = build_printer(f"network:127.0.0.1:{_free_port()}", CFG, timeout_s=2)
    started = time.monotonic()
    # THEN printing fails at once with DeviceOffline and an actionable message
    with pytest.raises(DeviceOffline) as err:
        printer.print_receipt(Receipt("x").add(Text("a")))
    assert time.monotonic() - started < 2
    assert "Coba lagi" in err.value.message


def test_printer_that_stops_reading_times_out() -> None:
    # GIVEN a printer that reads a little, then never again (buffer full, paper out)
    with LoopbackPrinter(mode="stall", stall_after=512) as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=1.0)
        started = time.monotonic()
        # WHEN a large job is sent
        with pytest.raises(DeviceTimeout) as err:
            printer.print_receipt(_big_receipt())
        took = time.monotonic() - started
    # THEN it gives up within a few seconds with DeviceTimeout
    assert took < 4
    assert "kertas" in err.value.message.lower()


def test_printer_that_drops_the_connection_is_offline() -> None:
    # GIVEN a printer that resets the connection mid-job
    with LoopbackPrinter(mode="drop", stall_after=512) as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=3)
        started = time.monotonic()
        with pytest.raises(DeviceOffline) as err:
            printer.print_receipt(_big_receipt())
    assert time.monotonic() - started < 4
    assert "terputus" in err.value.message


def test_after_a_failure_the_next_job_works() -> None:
    # GIVEN a job failed because the printer was off
    port = _free_port()
    printer = build_printer(f"network:127.0.0.1:{port}", CFG, timeout_s=2)
    with pytest.raises(DeviceOffline):
        printer.print_receipt(Receipt("x").add(Text("a")))
    # WHEN the printer comes up on that port, the same printer object prints again
    lp = LoopbackPrinter()
    lp._srv.close()
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    srv.settimeout(0.1)
    lp._srv, lp.port = srv, port
    with lp:
        printer.print_receipt(Receipt("y").add(Text("lagi")))
        assert decode(lp.wait_job()).lines[0] == "lagi"


def test_unknown_host_is_not_found() -> None:
    printer = build_printer("network:printer.invalid:9100", CFG, timeout_s=2)
    with pytest.raises((DeviceNotFound, DeviceOffline, DeviceTimeout)):
        printer.print_receipt(Receipt("x").add(Text("a")))


def test_a_printer_that_talks_back_still_gets_the_whole_job() -> None:
    # GIVEN a printer that sends status bytes on every connection (automatic status back)
    with LoopbackPrinter(greeting=b"\x14\x00\x00\x0f" * 8) as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=3)
        # WHEN a large job is printed and the connection closed
        result = printer.print_receipt(_big_receipt())
        data = lp.wait_job()
    # THEN nothing was lost at the end (no reset because of unread status bytes)
    assert len(data) == result.bytes_sent
    assert decode(data).lines[-1] == "" and "akhir" in decode(data).lines


def test_invalid_barcode_data_is_a_device_error_before_connecting() -> None:
    from jdih_desktop.devices.base import Barcode, DeviceError

    with LoopbackPrinter() as lp:
        printer = build_printer(lp.spec, CFG, timeout_s=3)
        with pytest.raises(DeviceError) as err:
            printer.print_receipt(Receipt("x").add(Barcode("X" * 300)))
    assert "kode batang" in err.value.message
    assert lp.connections == 0


@POSIX_PTY
def test_serial_printer_that_stops_reading_times_out() -> None:
    # GIVEN a serial printer (a pseudo-terminal) whose other end never reads
    pytest.importorskip("serial")
    import os
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    try:
        printer = build_printer(f"serial:{os.ttyname(slave)}:115200", CFG, timeout_s=1.0)
        started = time.monotonic()
        # WHEN a large job is sent, THEN it gives up with DeviceTimeout instead of hanging
        with pytest.raises(DeviceTimeout):
            printer.print_receipt(_big_receipt())
        assert time.monotonic() - started < 4
    finally:
        os.close(master)
        os.close(slave)


@POSIX_PTY
def test_device_node_that_stops_taking_data_times_out() -> None:
    # GIVEN a device node (a pseudo-terminal's tty, like /dev/usb/lp0) nobody reads from
    import os
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    try:
        printer = build_printer(f"file:{os.ttyname(slave)}", CFG, timeout_s=1.0)
        started = time.monotonic()
        with pytest.raises(DeviceTimeout):
            printer.print_receipt(_big_receipt())
        assert time.monotonic() - started < 4
        # AND a small job goes through once the buffer has room again
        os.set_blocking(master, False)
        while True:
            try:
                if not os.read(master, 65536):
                    break
            except BlockingIOError:
                break
        printer.print_receipt(Receipt("x").add(Text("kecil")))
    finally:
        os.close(master)
        os.close(slave)
