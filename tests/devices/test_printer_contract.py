"""Contract: the same receipt gives the same paper on the simulated and the real ESC/POS
drivers (network loopback, a file/device path, a serial port on a pseudo-terminal)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jdih_desktop.config import DevicesConfig
from jdih_desktop.devices.base import (
    Barcode,
    KeyValue,
    QrCode,
    Receipt,
    ReceiptPrinter,
    Separator,
    Text,
)
from jdih_desktop.devices.registry import build_printer
from tests.support.escpos import decode
from tests.support.loopback import LoopbackPrinter

Target = tuple[ReceiptPrinter, Callable[[int], bytes]]


def _receipt(n: int) -> Receipt:
    return Receipt(f"Tanda Terima {n}").add(
        Text("KPU Kota Singkawang", bold=True, align="center"),
        Text(f"Tanda Terima Peminjaman #{n}", double=True, align="center"),
        Separator(),
        KeyValue("Peminjam", "Siti Rahmawati – Universitas Tanjungpura"),
        KeyValue("Jatuh tempo", "Senin, 30 November 2026"),
        Text("Terima kasih", align="right"),
        QrCode(f"JDIH-PJM-2026-{n:04d}"),
        Barcode(f"PJM2026{n:04d}"),
    )


def _pty_serial() -> tuple[str, Callable[[], bytes], Callable[[], None]]:
    """A serial port the printer writes to, and a reader on the other end."""
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    name = os.ttyname(slave)
    chunks: list[bytes] = []
    stop = threading.Event()

    def pump() -> None:
        import select

        while not stop.is_set():
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunks.append(os.read(master, 65536))
                except OSError:
                    return

    t = threading.Thread(target=pump, daemon=True)
    t.start()

    def close() -> None:
        stop.set()
        t.join(2)
        os.close(master)
        os.close(slave)

    return name, lambda: b"".join(chunks), close


@pytest.fixture(params=["simulated", "network", "file", "serial"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    cfg = DevicesConfig(paper_width_mm=80)
    kind = request.param
    if kind == "simulated":
        printer = build_printer("simulated", cfg)
        yield printer, lambda i: printer.jobs[i].data  # type: ignore[attr-defined]
    elif kind == "network":
        with LoopbackPrinter() as lp:
            yield build_printer(lp.spec, cfg, timeout_s=3), lambda i: lp.wait_job(i)
    elif kind == "file":
        path = tmp_path / "lp0"
        jobs: list[bytes] = []
        printer = build_printer(f"file:{path}", cfg)
        original = printer.print_receipt

        def print_and_keep(receipt: Receipt):  # each job rewrites the file, like a device node
            result = original(receipt)
            jobs.append(path.read_bytes())
            return result

        printer.print_receipt = print_and_keep  # type: ignore[method-assign]
        yield printer, lambda i: jobs[i]
    else:
        pytest.importorskip("serial")
        if not hasattr(os, "openpty"):
            pytest.skip("a pseudo-terminal stands in for the serial port (POSIX only)")
        name, read_all, close = _pty_serial()
        printer = build_printer(f"serial:{name}:115200", cfg)
        got: list[int] = []
        original = printer.print_receipt

        def print_and_mark(receipt: Receipt):
            got.append(len(read_all()))
            result = original(receipt)
            import time

            deadline = time.monotonic() + 3
            while len(read_all()) < got[-1] + result.bytes_sent and time.monotonic() < deadline:
                time.sleep(0.01)
            return result

        printer.print_receipt = print_and_mark  # type: ignore[method-assign]

        def job(i: int) -> bytes:
            data = read_all()
            end = got[i + 1] if i + 1 < len(got) else len(data)
            return data[got[i]:end]

        try:
            yield printer, job
        finally:
            close()


def test_every_driver_prints_the_same_paper(target: Target) -> None:
    printer, job = target
    # GIVEN any ESC/POS printer
    assert isinstance(printer, ReceiptPrinter)
    # WHEN two loan slips are printed (a new connection per job)
    r1 = printer.print_receipt(_receipt(1))
    printer.print_receipt(_receipt(2))
    # THEN each job's bytes decode to the slip: text, styles, alignment, QR, barcode, cut
    d = decode(job(0))
    assert r1.bytes_sent == len(job(0))
    assert d.style_of("KPU Kota Singkawang").bold
    assert d.style_of("KPU Kota Singkawang").align == "center"
    assert d.style_of("Tanda Terima").double
    assert d.style_of("Terima kasih").align == "right"
    assert "Siti Rahmawati - Universitas" in d.text
    assert d.qr_codes == ["JDIH-PJM-2026-0001"]
    assert d.barcodes == [("CODE128", "PJM20260001")]
    assert d.cuts == 1
    d2 = decode(job(1))
    assert d2.qr_codes == ["JDIH-PJM-2026-0002"]
    printer.close()


def test_simulated_and_network_bytes_are_identical() -> None:
    # GIVEN the simulated printer and a real network printer with the same settings
    cfg = DevicesConfig(paper_width_mm=58, codepage="cp858")
    sim = build_printer("simulated", cfg)
    with LoopbackPrinter() as lp:
        build_printer(lp.spec, cfg, timeout_s=3).print_receipt(_receipt(7))
        real = lp.wait_job()
    sim.print_receipt(_receipt(7))
    # THEN the paper gets exactly the same bytes: tests on the twin prove the real thing
    assert sim.jobs[0].data == real  # type: ignore[attr-defined]
