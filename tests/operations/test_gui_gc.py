"""Cyclic garbage dies on the GUI thread, never on a worker (PySide6 crashes otherwise)."""

from __future__ import annotations

import gc
import threading

from jdih_desktop.ui.gui_gc import GuiThreadCollector
from jdih_desktop.ui.taskman import TaskManager


class _Cycle:
    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_a_lot(keep: list) -> None:
    keep.extend([i] for i in range(50_000))  # far past generation 0's threshold, many times


def test_a_cycle_dropped_on_the_gui_thread_is_collected_there_not_on_a_worker(qtbot):
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
    # AND once stopped, Python's own collector is back
    assert gc.isenabled()


def test_the_task_manager_brings_the_collector_and_gives_it_back_at_shutdown(qtbot):
    manager = TaskManager()
    try:
        assert not gc.isenabled()
    finally:
        manager.shutdown()
    assert gc.isenabled()
