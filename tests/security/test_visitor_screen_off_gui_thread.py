"""The visitor screen's catalogue search and the officer's PIN check (a database read and an
argon2 check) run on the task manager's database lane, never on the GUI thread. While either is
on its way its button says so, and a second Enter starts nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from jdih_desktop.ui.visitor_screen import VisitorScreen
from tests.conftest import ADMIN_PIN


class Gated:
    """A real function, wrapped: records the thread of each call and waits for the test."""

    def __init__(self, real) -> None:
        self.real = real
        self.threads: list[str] = []
        self.gate = threading.Event()

    def __call__(self, *args):
        self.threads.append(threading.current_thread().name)
        self.gate.wait(10)
        return self.real(*args)


def _screen(qtbot, **kw) -> VisitorScreen:
    screen = VisitorScreen("KPU Kota Singkawang", **kw)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_visitor_search_runs_on_the_lane_once_and_says_it_is_searching(qtbot, services):
    # GIVEN the visitor screen over the real visitor catalogue search, held at a gate
    search = Gated(services.visitor_catalogue.search)
    screen = _screen(qtbot, search=search)
    # WHEN the visitor types a word and presses Enter twice before the answer comes
    qtbot.keyClicks(screen.search, "pemilu")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(search.threads) == 1)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    # THEN the screen says it is searching and the button cannot start another search
    assert screen.searching
    assert not screen.search_button.isEnabled()
    assert screen.search_button.text() == "Mencari…"
    search.gate.set()
    qtbot.waitUntil(lambda: not screen.searching)
    # AND the search ran once, off the GUI thread, and its answer is shown
    assert len(search.threads) == 1
    assert search.threads[0] != threading.main_thread().name
    assert screen.search_button.isEnabled() and screen.search_button.text() == "Cari"
    assert "dokumen" in screen.message.text()


def test_a_failed_visitor_search_gives_the_button_back(qtbot):
    def broken(_text: str):
        raise RuntimeError("database gone")

    screen = _screen(qtbot, search=broken)
    qtbot.keyClicks(screen.search, "pemilu")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Pencarian gagal" in screen.message.text())
    assert screen.search_button.isEnabled() and not screen.searching


def test_the_pin_is_checked_on_the_lane_once_and_the_right_pin_leaves(qtbot, services):
    # GIVEN visitor mode, with the real PIN check (a database read and argon2) at a gate
    verify = Gated(services.accounts.verify_officer_pin)
    screen = _screen(qtbot, verify_pin=verify)
    screen.enter_visitor_mode()
    # WHEN a wrong PIN is typed and Enter pressed twice while it is checked
    qtbot.keyClicks(screen.pin, "0000")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(verify.threads) == 1)
    qtbot.keyClicks(screen.pin, "1111")  # read-only while the check runs
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    # THEN the button says it is checking, and nothing else is checked
    assert screen.checking_pin and not screen.leave.isEnabled()
    assert screen.leave.text() == "Memeriksa…"
    assert screen.pin.text() == ""
    verify.gate.set()
    qtbot.waitUntil(lambda: "PIN salah" in screen.message.text())
    assert len(verify.threads) == 1
    assert verify.threads[0] != threading.main_thread().name
    assert screen.visitor_mode and screen.leave.isEnabled() and not screen.pin.isReadOnly()
    # WHEN the officer's PIN is typed
    with qtbot.waitSignal(screen.left, timeout=5000):
        qtbot.keyClicks(screen.pin, ADMIN_PIN)
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    # THEN visitor mode ends, after a second check off the GUI thread
    assert not screen.visitor_mode
    assert len(verify.threads) == 2
    assert all(t != threading.main_thread().name for t in verify.threads)
