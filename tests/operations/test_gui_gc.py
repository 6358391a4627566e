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


@pytest.fixture
def fresh_policy(monkeypatch):
    """A process whose collection state starts anew (the session's own is put back after);
    whatever a test froze is un-frozen again."""
    fresh = gui_gc._Policy()
    monkeypatch.setattr(gui_gc, "_policy", fresh)
    yield fresh
    gc.unfreeze()


def _make_gen0_due(keep: list) -> None:
    t0 = gc.get_threshold()[0]
    keep.extend([i] for i in range(t0 + 100))  # kept: these allocations count


def test_the_start_up_heap_is_frozen_once_and_later_garbage_is_still_collected(
        qtbot, python_collector_on, fresh_policy):
    # GIVEN a start-up heap with a cycle in it (garbage start-up left behind)
    seen: list[str] = []
    _Cycle(seen)
    frozen_before = gc.get_freeze_count()
    collector = GuiThreadCollector(interval_ms=20, freeze_start_up=True)
    try:
        # WHEN its timer ticks for the first time
        qtbot.waitUntil(lambda: fresh_policy.start_up_frozen, timeout=5000)
        # THEN the start-up heap is frozen, without a collection (the cycle was not freed)
        frozen = gc.get_freeze_count()
        assert frozen > frozen_before and seen == []
        # AND a second freezing collector does not freeze again
        second = GuiThreadCollector(interval_ms=20, freeze_start_up=True)
        try:
            # WHEN a cycle made afterwards becomes garbage and the desk keeps allocating
            later: list[str] = []
            _Cycle(later)
            kept: list = []
            _allocate_a_lot(kept)
            # THEN the timer collects it, on the GUI thread
            qtbot.waitUntil(lambda: bool(later), timeout=5000)
            assert later == [threading.main_thread().name]
            assert gc.get_freeze_count() == frozen
        finally:
            second.stop()
    finally:
        collector.stop()


def test_a_full_collection_waits_until_enough_survivors_piled_up(qtbot, fresh_policy):
    """CPython's long-lived rule: the oldest generation is collected only when the objects
    that survived young collections since the last full one exceed 25 % of the long-lived
    ones; otherwise the tick collects the young generations only."""
    collector = GuiThreadCollector(interval_ms=3_600_000)  # ticks are called by the test
    try:
        seen: list[str] = []
        cycle = _Cycle(seen)
        gc.collect(1)  # GIVEN a cycle that lived long enough to be in the oldest generation …
        del cycle  # … and became garbage there
        for _ in range(gc.get_threshold()[2]):
            gc.collect(1)  # … and enough generation-1 collections ran for a full one
        fresh_policy.last_full -= gui_gc.FULL_EVERY_S
        fresh_policy.long_lived_total = 1_000_000  # … on a big long-lived heap
        fresh_policy.long_lived_pending = 1_000  # with few survivors since
        kept: list = []
        _make_gen0_due(kept)
        # WHEN the timer ticks, THEN only a young collection runs: the cycle stays
        assert collector.collect_due() in (0, 1)
        assert seen == [] and fresh_policy.full_skipped == 1
        # WHEN survivors exceed a quarter of the long-lived objects
        fresh_policy.long_lived_pending = 250_001
        _make_gen0_due(kept)
        # THEN the full collection runs and frees the cycle
        assert collector.collect_due() == 2
        assert seen == [threading.main_thread().name]
        assert fresh_policy.full_collections == 1 and fresh_policy.long_lived_pending == 0
        # AND the next tick counts what the full collection left (and collects nothing)
        assert collector.collect_due() == -1
        assert fresh_policy.long_lived_total == len(gc.get_objects(2))
        # AND a second full collection waits FULL_EVERY_S even when survivors pile up
        fresh_policy.long_lived_pending = 10 ** 9
        for _ in range(gc.get_threshold()[2]):
            gc.collect(1)
        _make_gen0_due(kept)
        assert collector.collect_due() in (0, 1)
        assert fresh_policy.full_collections == 1
    finally:
        collector.stop()


def test_survivors_of_young_collections_are_counted_as_pending(qtbot, fresh_policy):
    collector = GuiThreadCollector(interval_ms=3_600_000)
    try:
        gc.collect(1)
        kept: list = []
        kept.extend([i] for i in range(5000))  # long-lived from now on
        for _ in range(gc.get_threshold()[1]):
            gc.collect(0)  # WHEN they survived enough young collections
        _make_gen0_due(kept)
        assert collector.collect_due() == 1
        # THEN they count as survivors towards the next full collection
        assert fresh_policy.long_lived_pending >= 5000
    finally:
        collector.stop()


def test_a_long_job_freezes_the_heap_only_while_the_start_up_heap_is_not_frozen(fresh_policy):
    gc.unfreeze()
    # GIVEN no start-up freeze: two long jobs overlap
    first = gui_gc.job_freeze()
    assert first and gc.get_freeze_count() > 0
    second = gui_gc.job_freeze()
    gui_gc.job_thaw(first)
    assert gc.get_freeze_count() > 0  # the second job still runs: still frozen
    gui_gc.job_thaw(second)
    assert gc.get_freeze_count() == 0  # the last one gives the objects back
    # GIVEN the start-up heap frozen: a job does not freeze, and does not un-freeze it
    gc.freeze()
    fresh_policy.start_up_frozen = True
    frozen = gc.get_freeze_count()
    held = gui_gc.job_freeze()
    assert held is False
    gui_gc.job_thaw(held)
    assert gc.get_freeze_count() == frozen


def test_the_task_manager_makes_the_gui_thread_wait_less_for_the_gil(qtbot):
    import sys

    manager = TaskManager()
    try:
        assert sys.getswitchinterval() == pytest.approx(gui_gc.GIL_SWITCH_S)
    finally:
        manager.shutdown()
