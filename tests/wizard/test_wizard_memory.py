"""An all-day desk does not grow: the windows of visits that were closed are freed by the
GUI thread's collector (``ui/gui_gc.py``) while the desk works, with Python's own collector off
and the start-up heap frozen, as in the app."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QTimer

from jdih_desktop.ui import gui_gc
from jdih_desktop.ui.main_window import MainWindow
from tests.wizard.conftest import open_new_visit, settle


@pytest.fixture
def window(qtbot, ctx, services, devices):
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    settle(qtbot)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


def test_closed_visit_windows_are_freed_by_the_gui_thread_collector(qtbot, window, monkeypatch):
    # GIVEN the app's collection policy from the start (the heap frozen at the first tick),
    # full collections allowed every 0.2 s instead of 10 s so that the test is short
    monkeypatch.setattr(gui_gc, "_policy", gui_gc._Policy())
    monkeypatch.setattr(gui_gc, "FULL_EVERY_S", 0.2)
    gc.collect()
    collector = gui_gc.GuiThreadCollector(interval_ms=20, freeze_start_up=True)
    work: list = []
    busy = QTimer()  # the rest of the desk keeps working (allocating) meanwhile
    busy.timeout.connect(lambda: work.append([[i] for i in range(800)]))
    try:
        qtbot.waitUntil(lambda: gui_gc.policy().start_up_frozen, timeout=5000)
        assert not gc.isenabled()
        busy.start(5)
        # WHEN twelve visits are opened (their pages built ahead) and their windows closed
        closed = []
        for _ in range(12):
            wizard = open_new_visit(qtbot, window.visit_desk)
            qtbot.wait(400)  # the pages ahead are built meanwhile
            closed.append(weakref.ref(wizard))
            pages = [weakref.ref(p) for p in wizard.pages.values()]
            assert len(pages) >= 2
            closed.extend(pages)
            wizard.leave()
            del wizard
            settle(qtbot)
        assert not window.visit_desk.wizards
        # THEN with the desk busy, the GUI thread's collector frees every one of them: the
        # windows lived long enough to reach the oldest generation, so full collections did
        qtbot.waitUntil(lambda: all(ref() is None for ref in closed), timeout=20000)
        assert gui_gc.policy().full_collections >= 1
    finally:
        busy.stop()
        collector.stop()
        gc.unfreeze()
