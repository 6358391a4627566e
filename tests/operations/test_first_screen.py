"""The first screen paints before the store is imported; the database fills it afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_shell_needs_neither_the_store_nor_psycopg2():
    # WHEN a fresh process imports what the first screen needs
    code = ("import sys, jdih_desktop.app, jdih_desktop.cli, jdih_desktop.ui.application, "
            "jdih_desktop.ui.main_window; "
            "print(sorted(m for m in ('peewee', 'psycopg2', 'jdih_desktop.store.db', "
            "'jdih_desktop.services.container') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    # THEN neither the store, the services nor the PostgreSQL driver were imported
    assert out == "[]"


def test_psycopg2_is_loaded_only_for_a_postgresql_url():
    code = ("import sys; from jdih_desktop.store.db import make_database; "
            "make_database('sqlite:///:memory:'); a = 'psycopg2' in sys.modules; "
            "make_database('postgresql://u@localhost/x'); print(a, 'psycopg2' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "False True"


def test_shell_then_attach(qtbot, ctx, services):
    # GIVEN the shell shown before the database is open
    window = MainWindow.shell(ctx.config)
    qtbot.addWidget(window)
    window.show()
    # THEN only Quit and About work, the big buttons wait
    assert window.act_quit.isEnabled() and not window.act_new_visit.isEnabled()
    assert not window.btn_new_visit.isEnabled()
    # WHEN the opened database is attached
    pw, sw = PrinterWorker(None), ScannerWorker(None)
    window.attach(ctx, services, pw, sw)
    # THEN the home is live and its shortcuts work in this window only (never from the
    # visitor screen, which is a window of its own: issue 13's kiosk)
    assert window.btn_new_visit.isEnabled() and window.visit_desk is not None
    assert window.act_new_visit.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=5000)
    pw.shutdown()
    sw.shutdown()
