"""The simulated twins: real ESC/POS bytes, previews, believable pages, injected failures."""

from __future__ import annotations

import io
import threading

import pytest
from PIL import Image

from jdih_desktop.devices.base import (
    CoverOpen,
    DeviceCancelled,
    FeederEmpty,
    PaperJam,
    PrintResult,
    Receipt,
    ReceiptPrinter,
    Scanner,
    ScanSettings,
    Text,
)
from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from tests.support.escpos import decode


def test_simulated_printer_keeps_bytes_and_preview() -> None:
    # GIVEN a 58 mm simulated printer
    printer = SimulatedPrinter(paper_width_mm=58)
    assert isinstance(printer, ReceiptPrinter)
    # WHEN a slip is printed
    result = printer.print_receipt(Receipt("Uji").add(Text("Halo Singkawang", bold=True)))
    # THEN the job holds real ESC/POS bytes and a paper-like preview 384 dots wide
    assert isinstance(result, PrintResult) and result.bytes_sent == len(printer.jobs[0].data)
    job = printer.jobs[0]
    assert decode(job.data).style_of("Halo Singkawang").bold
    img = Image.open(io.BytesIO(job.preview_png))
    assert img.width == 384 and img.height > 60


def test_simulated_printer_fail_next_raises_once() -> None:
    printer = SimulatedPrinter()
    printer.fail_next(PaperJam())
    with pytest.raises(PaperJam):
        printer.print_receipt(Receipt("a").add(Text("1")))
    printer.print_receipt(Receipt("b").add(Text("2")))
    assert [j.receipt.title for j in printer.jobs] == ["b"]


def test_simulated_printer_is_thread_safe() -> None:
    printer = SimulatedPrinter()
    threads = [threading.Thread(target=printer.print_receipt,
                                args=(Receipt(str(i)).add(Text(str(i))),)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(j.receipt.title for j in printer.jobs) == [str(i) for i in range(8)]


def test_flatbed_id_card_and_a4_sizes() -> None:
    scanner = SimulatedScanner()
    assert isinstance(scanner, Scanner)
    # WHEN an ID card is scanned at 300 dpi, and an A4 page at 100 dpi in gray
    card = scanner.scan(ScanSettings(dpi=300, area="id_card"))
    page = scanner.scan(ScanSettings(dpi=100, mode="gray"))
    # THEN the sizes are those of ISO ID-1 (85.6 x 54 mm) and A4 (210 x 297 mm)
    assert len(card) == 1 and (card[0].width, card[0].height) == (1011, 638)
    assert (page[0].width, page[0].height) == (827, 1169)
    assert Image.open(io.BytesIO(page[0].png)).mode == "L"


def test_feeder_batch_progress_and_empty() -> None:
    scanner = SimulatedScanner()
    scanner.load_feeder(4)
    seen: list[tuple[int, int]] = []
    pages = scanner.scan(ScanSettings(dpi=50, source="feeder"),
                         progress=lambda d, t: seen.append((d, t)))
    assert len(pages) == 4 and seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(FeederEmpty):
        scanner.scan(ScanSettings(dpi=50, source="feeder"))


def test_cancel_between_pages() -> None:
    scanner = SimulatedScanner(feeder_pages=5)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(DeviceCancelled):
        scanner.scan(ScanSettings(dpi=50, source="feeder"), progress=progress, cancel=cancel)
    assert scanner.feeder_pages == 3


def test_scanner_fail_next_then_works() -> None:
    scanner = SimulatedScanner()
    scanner.fail_next(CoverOpen())
    with pytest.raises(CoverOpen):
        scanner.scan(ScanSettings(dpi=50))
    assert len(scanner.scan(ScanSettings(dpi=50))) == 1
