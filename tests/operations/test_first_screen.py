"""The first screen paints before the store is imported; the database fills it afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.widgets.devices import Devices

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
    window.attach(ctx, services, Devices(pw, sw))
    # THEN the home is live and its shortcuts work in this window only (never from the
    # visitor screen, which is a window of its own: issue 13's kiosk)
    assert window.btn_new_visit.isEnabled() and window.visit_desk is not None
    assert window.act_new_visit.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=5000)
    pw.shutdown()
    sw.shutdown()


def test_the_shell_closes_before_the_database_is_attached(qtbot, ctx):
    # GIVEN the shell on screen, the database not attached yet (Quit works there)
    window = MainWindow.shell(ctx.config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # WHEN the officer quits THEN the window closes (no visit desk to shut down yet)
    window.act_quit.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


STYLE_AT_START = r"""
import sys
from PySide6.QtWidgets import QApplication
from jdih_desktop.ui.application import create_application
app = create_application(sys.argv[:1])
sheet = bool(app.styleSheet())
app.setStyleSheet("")  # the stylesheet's wrapper hides the style's name
print(app.style().name(), sheet, app.palette().highlight().color().name())
"""


@pytest.mark.parametrize(("override", "expected"), [
    ("", "fusion True #122d63"), ("windows", "windows True #"),
])
def test_the_application_starts_in_fusion_unless_a_style_is_asked_for(override, expected):
    # GIVEN a fresh process, with or without QT_STYLE_OVERRIDE
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("QT_STYLE_OVERRIDE", None)
    if override:
        env["QT_STYLE_OVERRIDE"] = override
    # WHEN the application is created (Fusion is asked for on Qt's command line, so Qt
    # builds it itself when the first widget needs it)
    out = subprocess.run([sys.executable, "-c", STYLE_AT_START], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout.strip()
    # THEN the style is Fusion with the office palette and the stylesheet, or the one asked
    # for with its own palette
    assert out.startswith(expected)
    if override:
        assert not out.endswith("#122d63")


FIRST_PAINT = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from jdih_desktop.cli import main
from jdih_desktop.ui.application import create_application

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.done = True
            loaded = [m for m in ("peewee", "argon2", "cryptography", "jdih_desktop.store.db",
                                  "jdih_desktop.services.container", "logging.handlers")
                      if m in sys.modules]
            print(type(obj.window()).__name__, loaded, flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

app = create_application(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
main(sys.argv[1:])
"""


@pytest.mark.parametrize("demo", [False, True], ids=["desk", "demo"])
def test_the_first_screen_paints_before_the_store_is_imported(tmp_path, demo):
    # GIVEN a data folder whose setup is done and which has an officer
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    setup = ("import sys, argparse; from jdih_desktop import app; "
             "c = app.open_context(argparse.Namespace(data_dir=sys.argv[1], demo=True)); "
             "app.ensure_demo_account(); c.db.close()")
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, env=env, check=True)
    (data / "config.ini").write_text("[app]\nsetup_done = yes\n", encoding="utf-8")
    # WHEN the app starts
    args = (["--demo"] if demo else []) + ["--data-dir", str(data), "--simulate-devices"]
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120).stdout.strip()
    # THEN its first screen (the sign-in window at a desk, the main window in the demo) has
    # painted before the store, the password hasher, the cipher or the log file's handler
    assert out == ("MainWindow []" if demo else "SignInDialog []")


SIGN_IN_THEN_MAIN = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from jdih_desktop import app
from jdih_desktop.cli import build_parser
from jdih_desktop.ui.accounts import SignInDialog
from jdih_desktop.ui.application import create_application
from jdih_desktop.ui.main_window import MainWindow

qapp = create_application(sys.argv[:1])
seen = {}

def step():  # the officer, as the windows appear
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    dialog = next((w for w in tops if isinstance(w, SignInDialog)), None)
    main = next((w for w in tops if isinstance(w, MainWindow)), None)
    if dialog is not None and "typed" not in seen:
        seen["typed"] = True
        seen["main before sign-in"] = main is not None
        QTest.keyClicks(dialog.username, app.DEMO_USER)
        QTest.keyClicks(dialog.password, app.DEMO_PASSWORD)
        dialog.ok.click()
    elif main is not None and main.attached:
        seen["signed in"] = main.signed_in.label.text()
        main.close()
        return
    QTimer.singleShot(50, step)

QTimer.singleShot(0, step)
QTimer.singleShot(60000, qapp.quit)  # never hang a test run
args = build_parser(["gui"]).parse_args(["gui", "--data-dir", sys.argv[1]])
rc = app.run_gui(args)
print(rc, seen.get("main before sign-in"), seen.get("signed in"), flush=True)
"""


def test_a_desk_signs_in_on_its_first_screen_then_gets_the_main_window(tmp_path):
    # GIVEN a desk's data folder (setup done, an officer with a password)
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    setup = ("import sys, argparse; from jdih_desktop import app; "
             "c = app.open_context(argparse.Namespace(data_dir=sys.argv[1], demo=True)); "
             "app.ensure_demo_account(); c.db.close()")
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, env=env, check=True)
    (data / "config.ini").write_text("[app]\nsetup_done = yes\n", encoding="utf-8")
    # WHEN the app starts and the officer signs in on the first screen
    out = subprocess.run([sys.executable, "-c", SIGN_IN_THEN_MAIN, str(data)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120).stdout
    # THEN the sign-in window came first, the main window opened signed in, and closing it
    # ended the app normally
    assert out.strip().splitlines()[-1] == "0 False Masuk: Petugas Demo (administrator)"
