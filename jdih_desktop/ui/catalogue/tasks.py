"""Blocking work (PDF rendering, file reading/writing) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn(progress)`` on Qt's global thread pool
and calls ``on_done(result)`` or ``on_error(exc)`` back on the GUI thread. The relay object
lives on the GUI thread, so the signals it receives from the pool thread are queued: the
callbacks never run on the worker and may touch widgets. Workers never touch the database
here (SQLite connections are per thread); they get plain bytes and paths.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int], None]

_live: set[BackgroundTask] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)

    def _owner_alive(self) -> bool:
        owner = self._task.owner
        return owner is None or shiboken6.isValid(owner)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        try:
            if self._task.on_done and self._owner_alive():
                self._task.on_done(result)
        finally:
            _live.discard(self._task)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        try:
            if self._task.on_error and self._owner_alive():
                self._task.on_error(exc)
            elif not self._owner_alive():
                log.info("background task failed after its window closed: %r", exc)
        finally:
            _live.discard(self._task)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._task.on_progress and self._owner_alive():
            self._task.on_progress(done, total)


class BackgroundTask(QRunnable):
    """One call of ``fn(progress)`` on the thread pool."""

    def __init__(self, fn: Callable[[ProgressFn], Any],
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 owner: QObject | None = None) -> None:
        super().__init__()
        self.owner = owner  # callbacks are skipped once this widget is deleted
        self.setAutoDelete(False)
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.relay = _Relay(self)
        self.finished = False

    def run(self) -> None:  # pool thread
        try:
            result = self.fn(lambda d, t: self.relay.progressed.emit(int(d), int(t)))
        except Exception as exc:  # reported to the GUI thread, never lost
            log.warning("background task failed: %r", exc)
            self.finished = True
            self.relay.failed.emit(exc)
        else:
            self.finished = True
            self.relay.done.emit(result)


def run_in_background(fn: Callable[[ProgressFn], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      owner: QObject | None = None) -> BackgroundTask:
    """Start ``fn`` on the global pool; keep the task alive until its callback ran.

    Pass the widget the callbacks touch as ``owner``: if it is closed and deleted before the
    work ends, the result is dropped instead of reaching a deleted widget.
    """
    task = BackgroundTask(fn, on_done, on_error, on_progress, owner)
    _live.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def pending_tasks() -> int:
    """Tasks started whose callbacks have not run yet (tests wait for 0)."""
    return len(_live)
