"""The main window shell: opens on the home page with menus, shortcuts and device mode."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.ui.main_window import MainWindow


def test_main_window_opens_on_home(qtbot, ctx, services):
    pw, sw = PrinterWorker(None), ScannerWorker(None)
    try:
        w = MainWindow(ctx, services, pw, sw)
        qtbot.addWidget(w)
        w.show()
        assert "JDIH" in w.windowTitle()
        for name in ("btnNewVisit", "btnReturns", "btnCatalogue", "btnReports"):
            b = w.findChild(QPushButton, name)
            assert b is not None and b.accessibleName()
        shortcuts = {a.objectName(): a.shortcut().toString() for a in w.actions()}
        assert shortcuts["actNewVisit"] == "Ctrl+N"
        assert shortcuts["actReturns"] == "F8"
        assert w.device_mode_label.text() == "Perangkat: simulasi"
        menus = [m.title().replace("&", "") for m in w.menuBar().findChildren(type(
            w.menu_service)) if m.title()]
        assert {"Berkas", "Layanan", "Katalog", "Laporan", "Pengaturan", "Bantuan"} <= set(menus)
    finally:
        pw.shutdown()
        sw.shutdown()
