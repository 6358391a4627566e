"""Cyclic garbage dies on the GUI thread, never on a worker (PySide6 crashes otherwise)."""

from __future__ import annotations

import gc
import threading

import pytest

from jdih_desktop.ui import gui_gc
from jdih_desktop.ui.gui_gc import GuiThreadCollector
from jdih_desktop.ui.taskman import TaskManager


@pytest.fixture
def python_collector_on():
    """The app's start: Python's automatic collector on (the test session keeps it off)."""
    was_enabled = gc.isenabled()
    gc.collect()  # task managers earlier tests dropped are deleted, and give their collector back
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


class _Cycle:
    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_a_lot(keep: list) -> None:
    keep.extend([i] for i in range(50_000))  # far past generation 0's threshold, many times


def test_a_cycle_dropped_on_the_gui_thread_is_collected_there_not_on_a_worker(
        qtbot, python_collector_on):
    others = gui_gc.active_collectors()  # managers still alive elsewhere in the session
    collector = GuiThreadCollector(interval_ms=20)
    try:
        # GIVEN the desk's collector runs: Python's automatic collector is off
        assert not gc.isenabled()
        seen: list[str] = []
        _Cycle(seen)  # unreachable at once, freed only by a collection
        # WHEN a worker thread allocates far past the thresholds
        kept: list = []
        worker = threading.Thread(target=_allocate_a_lot, args=(kept,), name="worker")
        worker.start()
        worker.join()
        # THEN nothing was collected on the worker, and the GUI thread's timer collects it
        assert "worker" not in seen
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [threading.main_thread().name]
    finally:
        collector.stop()
    # AND once stopped (and no other desk collector runs), Python's own collector is back
    assert gc.isenabled() == (others == 0)


def test_the_task_manager_brings_the_collector_and_gives_it_back_at_shutdown(
        qtbot, python_collector_on):
    others = gui_gc.active_collectors()
    manager = TaskManager()
    try:
        assert not gc.isenabled()
    finally:
        manager.shutdown()
    assert gui_gc.active_collectors() == others
    assert gc.isenabled() == (others == 0)


def test_no_collection_runs_inside_a_qt_call_into_python(qtbot, python_collector_on):
    """The crash it prevents: a collection started by an allocation inside a paint event freed
    a cycle holding a widget while Qt was still painting."""
    from PySide6.QtWidgets import QWidget

    inside_paint = [False]
    freed_during_paint: list[bool] = []
    kept: list = []

    class Marker:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_during_paint.append(inside_paint[0])

    class Allocating(QWidget):
        def paintEvent(self, event) -> None:
            inside_paint[0] = True
            try:
                _allocate_a_lot(kept)  # past the thresholds, inside Qt's call into Python
            finally:
                inside_paint[0] = False

    collector = GuiThreadCollector(interval_ms=20)
    try:
        widget = Allocating()
        qtbot.addWidget(widget)
        Marker()  # garbage from now on
        widget.show()
        widget.repaint()  # WHEN Qt calls paintEvent, which allocates a lot
        qtbot.waitUntil(lambda: bool(freed_during_paint), timeout=5000)
        # THEN the cycle was freed later, by the timer, not in the middle of the paint
        assert freed_during_paint == [False]
    finally:
        collector.stop()
