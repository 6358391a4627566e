"""The visitor screen is a kiosk: no officer shortcut, no context menu, no way out without the
officer's PIN, on a second screen (its own window) and in single-monitor visitor mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from jdih_desktop.services.sop import Step
from jdih_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PIN
from tests.wizard.conftest import (  # noqa: F401
    RETURNING_NIK,
    devices,
    key_target,
    open_new_visit,
    returning_visitor,
)

C, S, A = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
           Qt.KeyboardModifier.AltModifier)
NONE = Qt.KeyboardModifier.NoModifier
# Every shortcut the main window has, and the keys a visitor could try to get out.
KEYS = [(Qt.Key.Key_N, C), (Qt.Key.Key_F8, NONE), (Qt.Key.Key_K, C), (Qt.Key.Key_L, C),
        (Qt.Key.Key_Q, C), (Qt.Key.Key_G, C | S), (Qt.Key.Key_L, C | S), (Qt.Key.Key_F11, NONE),
        (Qt.Key.Key_Escape, NONE), (Qt.Key.Key_F4, A), (Qt.Key.Key_F10, S),
        (Qt.Key.Key_Menu, NONE), (Qt.Key.Key_W, C), (Qt.Key.Key_Tab, A)]


@pytest.fixture
def window(qtbot, ctx, services, devices):  # noqa: F811
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


def _visitor_at_the_book(qtbot, window, mode: str):
    """A returning visitor's visit at the visit book, its form on the visitor screen."""
    wizard = open_new_visit(qtbot, window.visit_desk)
    qtbot.waitExposed(wizard)
    wizard.chk_visitor_screen.setChecked(True)
    arrival = wizard.pages[Step.ARRIVAL]
    qtbot.keyClicks(arrival.search, RETURNING_NIK)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)  # goes on once the search answered
    qtbot.waitUntil(lambda: wizard.current is Step.VISIT_BOOK, timeout=10000)
    screen = window.visit_desk.visitor_screen
    if mode == "one screen":
        window.act_visitor_mode.trigger()
        assert screen.isFullScreen() and screen.leave_row.isVisible()
    qtbot.waitExposed(screen)
    return wizard, screen


def _state(window):
    app = QApplication.instance()
    return ({w for w in app.topLevelWidgets() if w.isVisible()}, len(window.visit_desk.wizards))


@pytest.mark.parametrize("mode", ["two screens", "one screen"])
def test_nothing_sent_to_the_visitor_screen_opens_or_closes_anything(qtbot, window, mode,
                                                                     returning_visitor):  # noqa: F811
    wizard, screen = _visitor_at_the_book(qtbot, window, mode)
    field = screen.findChild(QLineEdit, "fullName") or screen.findChildren(QLineEdit)[0]
    field.setFocus()
    screen.activateWindow()
    before = _state(window)
    for target in (field, screen):
        for key, mods in KEYS:
            qtbot.keyClick(target, key, mods)
            # THEN nothing opened (no returns desk, catalogue, reports, new visit, menu,
            # sign-in or lock dialog) and nothing closed
            assert _state(window) == before, (key, mods)
            assert screen.isVisible() and window.isVisible() and wizard.isVisible()
        # right-click and a context-menu event (Shift+F10 / Menu key as the platform sends it)
        qtbot.mouseClick(target, Qt.MouseButton.RightButton)
        QApplication.sendEvent(target, QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5)),
            Qt.KeyboardModifier.NoModifier))
        assert not any(isinstance(w, QMenu) and w.isVisible()
                       for w in QApplication.topLevelWidgets())
        assert _state(window) == before
    # AND Alt+F4 / the window manager's close button do not close it
    screen.close()
    assert screen.isVisible()
    # AND the typing a visitor does still works
    field.clear()
    qtbot.keyClicks(field, "Siti")
    assert field.text() == "Siti"
    if mode == "one screen":
        # WHEN a wrong PIN is typed, the visitor mode stays; the officer's PIN leaves it
        qtbot.keyClicks(screen.pin, "0000")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "PIN salah" in screen.message.text())
        assert screen.isFullScreen()
        with qtbot.waitSignal(screen.left, timeout=5000):
            qtbot.keyClicks(screen.pin, ADMIN_PIN)
            qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
        assert not screen.isVisible()


def test_ctrl_q_on_the_desk_takes_the_visitor_screen_with_it(qtbot, window, returning_visitor):  # noqa: F811
    _wizard, screen = _visitor_at_the_book(qtbot, window, "two screens")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # WHEN the officer quits with Ctrl+Q on their own window
    qtbot.keyClick(window, Qt.Key.Key_Q, C)
    # THEN the officer's window and the visitor screen are both gone: nothing is stranded
    assert not window.isVisible() and not screen.isVisible()


def test_on_two_real_screens_the_visitor_screen_fills_the_second_and_lets_nothing_out(
        tmp_path):
    # GIVEN a desk with two monitors (Qt's offscreen platform with two screens, own process)
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([sys.executable, "-m", "tests.security.kiosk_probe",
                           str(tmp_path / "data")], cwd=root, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    # THEN the visitor screen is full screen on the second monitor, the desk on the first
    assert out["screens"] == 2 and out["visitor_on"] == "visitor" and out["full_screen"]
    assert out["desk_on"] == "desk"
    # AND no key, right-click or context-menu event opened or closed anything
    assert out["changed"] == [] and out["still_visible"]
