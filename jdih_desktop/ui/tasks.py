"""Run one blocking function on a thread pool and hear back on the GUI thread.

``start_task(fn, ...)`` runs ``fn(progress)`` on a ``QThreadPool`` (Qt's global pool unless one
is given) and calls ``on_done(result)``, ``on_error(exc)`` and ``on_progress(*args)`` back on the
GUI thread. The relay object is created on the GUI thread, so the signals it receives from the
pool thread are queued: callbacks never run on the worker and may touch widgets. A task is kept
alive (``pending_tasks``) until its last callback has run, and when its ``owner`` widget has been
deleted meanwhile the result is dropped instead of reaching a dead widget. When the function
ends, the pool thread's database connection is closed (``store.db.close_thread_connection``):
peewee opens one per thread on the first query, and a job that forgot ``thread_connection``
would otherwise leave a SQLite file handle or a PostgreSQL session open on an idle pool thread.

The catalogue (``ui/catalogue/tasks.py``) and the reports and dashboard (``JobRunner`` in
``ui/reports/worker.py``) use this one runner and add their own policy: the reports turn errors
into a sentence and give the job a database connection. The import/export passes keep their own
QThread (``ui/transfer/worker.py``): they need cancelling, throttled progress and a frozen GC.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from jdih_desktop.store.db import close_thread_connection

log = logging.getLogger(__name__)

_live: set[Task] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)

    def __init__(self, task: Task) -> None:
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

    @Slot(object, object)
    def _on_progressed(self, first: object, second: object) -> None:
        if self._task.on_progress and self._owner_alive():
            self._task.on_progress(first, second)


class Task(QRunnable):
    """One call of ``fn(progress)`` on a pool thread; ``progress`` takes two values."""

    def __init__(self, fn: Callable[[Callable[[Any, Any], None]], Any],
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[Any, Any], None] | None = None,
                 owner: QObject | None = None, log_failure: bool = True) -> None:
        super().__init__()
        self.log_failure = log_failure
        self.owner = owner  # callbacks are skipped once this object is deleted
        self.setAutoDelete(False)  # kept in _live until its callback ran
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.relay = _Relay(self)
        self.finished = False

    def run(self) -> None:  # pool thread
        try:
            result = self.fn(self.relay.progressed.emit)
        except Exception as exc:  # reported to the GUI thread, never lost
            if self.log_failure:  # else its handler logs it (a timer's refresh: once a streak)
                log.warning("background task failed: %r", exc)
            _close_worker_connection()
            self.finished = True
            self.relay.failed.emit(exc)
        else:
            _close_worker_connection()
            self.finished = True
            self.relay.done.emit(result)


def _close_worker_connection() -> None:
    """Close this pool thread's database connection before the result is reported.

    Closed before reporting, so the next job on this thread, and a test waiting for the
    result, find it closed. Never the main thread's (a task run directly in a test).
    """
    if threading.current_thread() is not threading.main_thread():
        close_thread_connection()


def start_task(fn: Callable[[Callable[[Any, Any], None]], Any], *,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[Any, Any], None] | None = None,
               owner: QObject | None = None,
               pool: QThreadPool | None = None,
               log_failure: bool = True) -> Task:
    """Start ``fn`` on ``pool`` (Qt's global pool by default); keep it alive until it reported.

    Pass the widget the callbacks touch as ``owner``: if it is closed and deleted before the
    work ends, the result is dropped instead of reaching a deleted widget. Must be called on
    the GUI thread (the relay, and so the callbacks, live on the calling thread).
    ``log_failure=False`` when ``on_error`` logs the failure itself.
    """
    task = Task(fn, on_done, on_error, on_progress, owner, log_failure)
    _live.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def pending_tasks() -> int:
    """Tasks started whose callbacks have not run yet (tests wait for 0)."""
    return len(_live)
