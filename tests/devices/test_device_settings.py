"""The Pengaturan Perangkat dialog, driven through its widgets with the real workers."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.config import AppConfig, load_config
from jdih_desktop.devices.base import PaperJam
from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.ui.device_settings import DeviceSettingsDialog
from tests.support.escpos import decode
from tests.support.loopback import LoopbackPrinter

# Screenshots for the README are refreshed only on request (JDIH_SCREENSHOTS=1), so an ordinary
# test run leaves the working tree clean; otherwise they go to a temporary folder.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("JDIH_SCREENSHOTS") else Path(tempfile.gettempdir()) / "jdih-shots")


@pytest.fixture
def workers(qtbot) -> Iterator[tuple[PrinterWorker, ScannerWorker]]:
    pw, sw = PrinterWorker(SimulatedPrinter()), ScannerWorker(SimulatedScanner())
    yield pw, sw
    pw.shutdown()
    sw.shutdown()


@pytest.fixture
def dialog(qtbot, tmp_path: Path, workers) -> DeviceSettingsDialog:
    cfg = AppConfig(path=tmp_path / "config.ini")
    dlg = DeviceSettingsDialog(cfg, *workers, cache_dir=tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    # discovery runs on the worker threads; wait for both lists
    qtbot.waitUntil(lambda: dlg.btn_refresh.isEnabled() and not dlg._jobs, timeout=10000)
    return dlg


def test_candidates_are_listed(dialog: DeviceSettingsDialog) -> None:
    printers = [dialog.printer_combo.itemData(i) for i in range(dialog.printer_combo.count())]
    scanners = [dialog.scanner_combo.itemData(i) for i in range(dialog.scanner_combo.count())]
    assert "simulated" in printers and "simulated" in scanners
    assert dialog.findChild(type(dialog.btn_test_scan), "btnTestScan").accessibleName()


def test_test_print_shows_preview_and_sends_the_slip(qtbot, dialog, tmp_path: Path) -> None:
    # GIVEN a network printer typed in the dialog and 58 mm paper
    with LoopbackPrinter() as lp:
        dialog.printer_combo.setEditText(lp.spec)
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(58))
        # WHEN the officer presses "Uji cetak"
        qtbot.mouseClick(dialog.btn_test_print, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.last_print is not None, timeout=10000)
        data = lp.wait_job()
    # THEN the preview shows the slip and the printer got it, 32 columns wide
    assert not dialog.print_preview.pixmap().isNull()
    assert dialog.print_preview.pixmap().width() <= 384
    d = decode(data)
    assert max(len(line) for line in d.lines) <= 32 and d.cuts == 1
    assert "siap" in dialog.printer_status.text()


def test_test_scan_shows_the_page(qtbot, dialog) -> None:
    dialog.dpi_combo.setCurrentIndex(dialog.dpi_combo.findData(75))
    qtbot.mouseClick(dialog.btn_test_scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.last_scan), timeout=10000)
    assert not dialog.scan_preview.pixmap().isNull()
    assert "620" in dialog.scanner_status.text()


def test_screenshot_after_both_tests(qtbot, dialog) -> None:
    # The picture the README shows: a test slip previewed and a test page scanned.
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(58))
    dialog.dpi_combo.setCurrentIndex(dialog.dpi_combo.findData(75))
    qtbot.mouseClick(dialog.btn_test_print, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.btn_test_scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_print is not None and bool(dialog.last_scan),
                    timeout=10000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "devices-settings-dialog.png"))


def test_failed_print_shows_what_to_do(qtbot, dialog, workers) -> None:
    # GIVEN the simulated printer will jam
    dialog.printer_combo.setEditText("simulated")
    original = dialog._build_printer

    def jamming(cfg):
        printer = original(cfg)
        printer.fail_next(PaperJam())
        return printer

    dialog._build_printer = jamming  # the device the dialog builds, not our code under test
    qtbot.mouseClick(dialog.btn_test_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gagal" in dialog.printer_status.text(), timeout=10000)
    assert "Kertas macet" in dialog.error_label.text()
    assert dialog.btn_test_print.isEnabled()


def test_bad_spec_is_refused_with_a_message(qtbot, dialog) -> None:
    dialog.printer_combo.setEditText("network:printer:abc")
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert "tidak valid" in dialog.error_label.text()
    assert dialog.isVisible()


def test_save_writes_config_and_swaps_worker_devices(qtbot, dialog, workers,
                                                     tmp_path: Path) -> None:
    pw, _sw = workers
    old_printer = pw.device
    # GIVEN the officer picks a network printer, 58 mm, CP858
    dialog.printer_combo.setEditText("network:192.168.1.50:9100")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(58))
    dialog.codepage_combo.setCurrentIndex(dialog.codepage_combo.findData("cp858"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as sig:
        qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    # THEN config.ini holds the choice, and the running worker prints to the new printer
    assert sig.args == ["network:192.168.1.50:9100", "simulated"]
    saved = load_config(tmp_path).devices
    assert (saved.printer, saved.paper_width_mm, saved.codepage) == (
        "network:192.168.1.50:9100", 58, "cp858")
    assert pw.device is not old_printer and pw.device.spec == "network:192.168.1.50:9100"
    qtbot.waitUntil(lambda: old_printer.closed, timeout=5000)  # closed on its own thread


def test_main_window_opens_the_dialog(qtbot, ctx, services) -> None:
    # GIVEN the main window with its device workers
    from jdih_desktop.app import build_device_workers
    from jdih_desktop.ui.main_window import MainWindow

    pw, sw = build_device_workers(ctx)
    window = MainWindow(ctx, services, pw, sw)
    qtbot.addWidget(window)
    try:
        # WHEN Pengaturan > Pengaturan perangkat is chosen
        window.act_devices.trigger()
        dialog = window.device_settings_dialog
        qtbot.waitUntil(lambda: not dialog._jobs, timeout=10000)
        # THEN the dialog is open; saving updates the status bar and config.ini
        assert dialog.isVisible()
        with qtbot.waitSignal(dialog.saved, timeout=5000):
            qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
        assert "simulated" in window.device_mode_label.text()
        assert load_config(ctx.data_dir).devices.printer == "simulated"
        qtbot.waitUntil(lambda: window.device_status.printer_label.text() == "Printer: siap")
        window.resize(1280, 800)
        window.show()
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.statusBar().grab().save(str(SHOTS / "devices-status-bar.png"))
    finally:
        pw.shutdown()
        sw.shutdown()


def test_preview_screenshot_of_the_test_slip() -> None:
    # The slip as the officer sees it before printing (80 mm), kept for the README.
    import datetime as dt

    from jdih_desktop.devices.escpos_render import RenderOptions
    from jdih_desktop.devices.preview import render_preview
    from jdih_desktop.devices.testslip import build_test_slip

    slip = build_test_slip("Komisi Pemilihan Umum Kota Singkawang",
                           "Perpustakaan JDIH — Subbagian Hukum",
                           "network:192.168.1.50:9100", dt.datetime(2026, 11, 24, 9, 0), 80)
    img = render_preview(slip, RenderOptions(paper_width_mm=80))
    assert img.width == 576
    SHOTS.mkdir(parents=True, exist_ok=True)
    img.save(SHOTS / "devices-test-slip-80mm.png", optimize=True)


def test_status_bar_shows_live_device_status(qtbot, workers) -> None:
    from jdih_desktop.devices.base import ScanSettings
    from jdih_desktop.ui.device_settings import DeviceStatusWidget

    pw, sw = workers
    status = DeviceStatusWidget(pw, sw)
    qtbot.addWidget(status)
    assert status.printer_label.text() == "Printer: siap"
    # WHEN the printer jams, THEN the status says so, with what to do in the tooltip
    pw.device.fail_next(PaperJam())
    with qtbot.waitSignal(pw.print_failed, timeout=5000):
        from jdih_desktop.devices.base import Receipt, Text

        pw.print_receipt(Receipt("x").add(Text("a")))
    assert status.printer_label.text() == "Printer: gagal"
    assert "Kertas macet" in status.printer_label.toolTip()
    # AND a scan in between shows the scanner busy, then ready
    with qtbot.waitSignal(sw.scanned, timeout=5000):
        sw.scan(ScanSettings(dpi=50))
        assert status.scanner_label.text() == "Pemindai: sibuk…"
    assert status.scanner_label.text() == "Pemindai: siap"


def test_cancel_changes_nothing(qtbot, dialog, workers, tmp_path: Path) -> None:
    pw, _sw = workers
    before = pw.device
    dialog.printer_combo.setEditText("network:192.168.1.77:9100")
    qtbot.mouseClick(dialog.btn_cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert pw.device is before
    assert not (tmp_path / "config.ini").exists()
