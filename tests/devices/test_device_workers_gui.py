"""The GUI thread never waits on a device: scanning and printing run on their own threads."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from jdih_desktop.devices.base import PaperJam, Receipt, ScanSettings, Text
from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from tests.support.loopback import LoopbackPrinter


class TickCounter:
    """A 10 ms timer on the GUI thread: its count only grows while the event loop runs."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks += 1


def test_gui_event_loop_runs_while_scanning_and_printing(qtbot) -> None:
    # GIVEN a window on the GUI thread, a feeder batch that takes 0.1 s per page and a network
    # printer, each on its own worker; a timer counts the GUI event loop's turns
    label = QLabel("bekerja")
    qtbot.addWidget(label)
    label.show()
    sw = ScannerWorker(SimulatedScanner(feeder_pages=10, page_delay_s=0.1))
    counter = TickCounter()
    ticks_at_page: list[int] = []
    try:
        with LoopbackPrinter() as lp:
            from jdih_desktop.config import DevicesConfig
            from jdih_desktop.devices.registry import build_printer

            pw = PrinterWorker(build_printer(lp.spec, DevicesConfig(), timeout_s=3))
            try:
                sw.progress.connect(lambda job, done, total: ticks_at_page.append(counter.ticks))
                counter.timer.start()
                # WHEN the batch and five slips run at the same time
                with qtbot.waitSignal(sw.scanned, timeout=30000) as scanned:
                    sw.scan(ScanSettings(dpi=150, source="feeder"))
                    for i in range(5):
                        pw.print_receipt(Receipt(str(i)).add(Text(f"struk {i}")))
                qtbot.waitUntil(lambda: len(lp.jobs) == 5, timeout=10000)
                counter.timer.stop()
            finally:
                pw.shutdown()
    finally:
        sw.shutdown()
    # THEN every page arrived with its progress report, every slip reached the printer ...
    assert len(scanned.args[1]) == 10 and len(ticks_at_page) == 10
    # ... and the GUI event loop kept turning while the scanner worked: between any two pages
    # (0.1 s of device time each) the GUI timer fired, which a GUI thread waiting on the
    # device could not do. (The stall in milliseconds is a benchmark: bench/devices.py.)
    between = [b - a for a, b in itertools.pairwise(ticks_at_page)]
    assert all(n >= 1 for n in between), between


def test_a_jammed_printer_does_not_block_scanning(qtbot) -> None:
    # GIVEN a printer that takes long and then jams
    printer = SimulatedPrinter(delay_s=1.0)
    printer.fail_next(PaperJam())
    pw, sw = PrinterWorker(printer), ScannerWorker(SimulatedScanner())
    try:
        failed: list[object] = []
        pw.print_failed.connect(lambda job, err: failed.append(err))
        pw.print_receipt(Receipt("x").add(Text("a")))
        # WHEN a scan is started meanwhile, THEN it finishes while the printer is still busy
        with qtbot.waitSignal(sw.scanned, timeout=5000):
            sw.scan(ScanSettings(dpi=50))
        assert failed == []  # the 1 s print has not ended yet: the scan did not wait for it
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
        assert isinstance(failed[0], PaperJam)
    finally:
        pw.shutdown()
        sw.shutdown()
