"""The desk's input watchers (the idle lock, the barcode wedge) see the input they need without
being called for every event of every widget: a Python event filter on the application is
called for each of the tens of thousands of events a window sends while it is being built, and
that doubled the time the wizard's pages took to build."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jdih_desktop.ui.accounts.lock import IdleLock
from jdih_desktop.ui.wizard.base import BarcodeWedge


def _build_a_window(qtbot) -> QWidget:
    """Another window being built and shown: hundreds of widget events."""
    other = QWidget()
    qtbot.addWidget(other)
    lay = QVBoxLayout(other)
    for i in range(30):
        lay.addWidget(QLabel(f"baris {i}"))
        lay.addWidget(QLineEdit())
        lay.addWidget(QPushButton("ok"))
    other.show()
    qtbot.waitExposed(other)
    qtbot.wait(20)
    return other


class CountingLock(IdleLock):
    def __init__(self, minutes: float) -> None:
        super().__init__(minutes)
        self.calls = 0

    def eventFilter(self, obj, event) -> bool:
        self.calls += 1
        return super().eventFilter(obj, event)


class CountingWedge(BarcodeWedge):
    calls = 0

    def eventFilter(self, obj, event) -> bool:
        CountingWedge.calls += 1
        return super().eventFilter(obj, event)


def test_a_key_on_a_window_restarts_the_idle_time(qtbot):
    desk = QWidget()
    qtbot.addWidget(desk)
    field = QLineEdit(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    qtbot.waitUntil(lambda: desk.windowHandle().isActive())
    lock = IdleLock(0.01)  # 600 ms
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    try:
        qtbot.wait(400)
        # WHEN the officer types in the window (the key reaches the window first, as from
        # the keyboard)
        field.setFocus()
        QTest.keyClick(desk.windowHandle(), Qt.Key.Key_A)
        # THEN the idle time starts again: no lock 400 ms later (800 ms after it started)
        assert field.text() == "a"
        qtbot.wait(400)
        assert fired == [] and lock.timer.remainingTime() > 0
        # AND with no input the desk locks
        qtbot.waitUntil(lambda: fired == [True], timeout=3000)
    finally:
        lock.set_minutes(0)


def test_the_idle_lock_is_not_called_for_the_widgets_of_a_window_being_built(qtbot):
    lock = CountingLock(5)
    try:
        before = lock.calls
        other = _build_a_window(qtbot)
        # a window being built: its widgets' events do not reach the lock; its own window
        # (exposed, activated) does, a few times
        assert lock.calls - before < 40
        other.activateWindow()
        qtbot.waitUntil(lambda: other.windowHandle().isActive())
        QTest.mouseMove(other.windowHandle(), other.rect().center())
        QTest.mouseClick(other.windowHandle(), Qt.MouseButton.LeftButton)
        assert lock.calls > before  # the input did reach it
    finally:
        lock.set_minutes(0)


def test_the_wedge_follows_the_focus_and_is_not_called_for_other_widgets(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    lay = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    lay.addWidget(first)
    lay.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.windowHandle().isActive())
    wedge = CountingWedge(window)
    scanned: list[str] = []
    wedge.scanned.connect(scanned.append)
    wedge.start()
    try:
        # WHEN a scanner types into the focused field, then into the other one
        for field in (first, second):
            field.setFocus()
            qtbot.waitUntil(field.hasFocus)
            qtbot.keyClicks(field, "JDIH0000001")
            qtbot.keyClick(field, Qt.Key.Key_Return)
        # THEN both bursts are scans, and no key stayed in the fields
        assert scanned == ["JDIH0000001", "JDIH0000001"]
        assert first.text() == second.text() == ""
        # AND another window being built reaches the wedge only through this window's own
        # few events (it is deactivated), not through each of its widgets' events
        before = CountingWedge.calls
        _build_a_window(qtbot)
        assert CountingWedge.calls - before < 40
    finally:
        wedge.stop()
    # AND once stopped, scanning does nothing
    second.setFocus()
    qtbot.keyClicks(second, "JDIH0000002")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert scanned == ["JDIH0000001", "JDIH0000001"] and second.text() == "JDIH0000002"
