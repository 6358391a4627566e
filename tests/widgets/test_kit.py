"""The small UI kit: one naming helper, one message line."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.status import StatusLabel
from jdih_desktop.ui.widgets.style import ERROR_STYLE, OK_TEXT

UI = Path(__file__).resolve().parents[2] / "jdih_desktop" / "ui"


def test_named_sets_both_names_and_returns_the_widget(qtbot):
    button = named(QPushButton("Simpan"), "btnSave", "Simpan perubahan")
    qtbot.addWidget(button)
    assert (button.objectName(), button.accessibleName()) == ("btnSave", "Simpan perubahan")


def test_no_window_defines_its_own_naming_helper():
    # The wizard's ``name`` also turns off a button's auto-default (Enter belongs to "Lanjut"),
    # so it is a different helper, not a copy.
    copies = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_named", "named") and (
                    path.name != "naming.py"):
                copies.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert copies == []


def test_status_label_shows_error_ok_and_note_in_the_kits_styles(qtbot):
    label = StatusLabel("feedback", "Pesan")
    qtbot.addWidget(label)
    label.show_error("Nama wajib diisi. <b>bukan HTML</b>")
    assert label.kind == "error" and label.styleSheet() == ERROR_STYLE
    assert label.textFormat() == Qt.TextFormat.PlainText  # a sentence never renders as HTML
    assert label.accessibleDescription() == label.text()
    label.say("Disimpan.")
    assert label.kind == "ok" and label.styleSheet() == OK_TEXT
    label.show_note("Memeriksa…")
    assert label.kind == "note" and label.styleSheet() == ""
    label.clear()
    assert label.kind == "" and label.text() == ""


def test_windows_get_the_printer_and_the_scanner_by_name(qtbot, ctx, services):
    # GIVEN the main window with its two device workers
    from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
    from jdih_desktop.ui.main_window import MainWindow
    from jdih_desktop.ui.widgets.devices import Devices

    devices = Devices(PrinterWorker(None), ScannerWorker(None))
    window = MainWindow(ctx, services, *devices)
    qtbot.addWidget(window)
    # WHEN the returns desk and the catalogue open (their constructors once took the two
    # workers in opposite orders)
    window.open_returns()
    window.open_catalogue()
    # THEN each holds the printer as its printer and the scanner as its scanner
    returns, detail = window.returns_window, window.catalogue_window.detail
    assert (returns.printer_worker, returns.scanner_worker) == (devices.printer, devices.scanner)
    assert (detail.printer_worker, detail.scanner_worker) == (devices.printer, devices.scanner)
    window.close()
    devices.shutdown()
