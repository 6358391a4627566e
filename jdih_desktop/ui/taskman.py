"""The one task manager: every piece of blocking work the desk does runs here.

Two lanes:

- ``Lane.DB`` — one thread, jobs run one after another in the order they were started. Every
  job that reads or writes the database goes here, so the GUI thread never waits on SQLite or a
  PostgreSQL round trip and two writes never race each other.
- ``Lane.CPU`` — a small pool for work that needs no ordering: PDF and XLSX rendering, reading
  files, long import/export passes.

Device work is not here: each device keeps its own thread (``devices/worker.py``).

One progress signature: the job receives a ``TaskContext`` and calls
``ctx.progress(done, total, message="")`` (throttled to ~30 events a second). One failure type:
the failure callback receives a ``TaskFailure`` holding the exception and the sentence a person
reads (``ui/errors.describe_error``). Results, progress and failures are delivered on the GUI
thread by queued signals of one long-lived relay object: a worker thread never owns a QObject,
so none is ever destroyed on the wrong thread. When the task's ``owner`` widget has been deleted
meanwhile, its callbacks are skipped (an operation that must finish its bookkeeping does that in
its own background steps, not in a widget callback).

At exit ``shutdown`` cancels everything queued, sets every running job's cancel flag, and
waits at most ``timeout_ms`` (100 ms by default): it interrupts, it does not wait for work.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

import jdih_desktop.devices.worker  # noqa: F401 - applies the PySide6 emit refcount guard
from jdih_desktop.errors import JdihError
from jdih_desktop.ui.gui_gc import (
    GuiThreadCollector,
    job_freeze,
    job_thaw,
    share_the_gil_finely,
)
from jdih_desktop.ui.job_guard import check_job

log = logging.getLogger(__name__)

MIN_PROGRESS_INTERVAL_S = 0.03


class Lane(enum.Enum):
    DB = "db"  # serial: database reads and writes, in order
    CPU = "cpu"  # pool: rendering, files, long passes


class TaskCancelled(JdihError):
    """Raised by ``TaskContext.check_cancelled`` when the task was cancelled."""

    def __init__(self) -> None:
        super().__init__("Dibatalkan.")


@dataclass
class TaskFailure:
    """The one failure type: what went wrong and the sentence a person reads."""

    error: BaseException
    message: str

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, TaskCancelled)


ProgressFn = Callable[..., None]  # (done: int, total: int, message: str = "")


class TaskContext:
    """Handed to every job: a cancel flag and the one progress reporter."""

    def __init__(self, task_id: int, emit: Callable[[int, int, int, str], None]) -> None:
        self.task_id = task_id
        self.cancel_event = threading.Event()
        self._emit = emit
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report progress; throttled, but the first and the final report always go."""
        now = time.monotonic()
        if self._last == 0.0 or now - self._last >= MIN_PROGRESS_INTERVAL_S \
                or (total and done >= total):
            self._last = now
            self._emit(self.task_id, int(done), int(total), str(message))


class _Job:
    """What a worker thread holds of a task: the function, then its result or error.

    The GUI thread takes the result out and empties the holder (``take``), and the worker drops
    its own references before it reports: whatever the job, its result or its traceback hold
    is released on the GUI thread, never on the worker."""

    __slots__ = ("error", "fn", "result")

    def __init__(self, fn: Callable[[TaskContext], Any]) -> None:
        self.fn: Callable[[TaskContext], Any] | None = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def take(self) -> tuple[Any, BaseException | None]:
        result, error = self.result, self.error
        self.fn = self.result = self.error = None
        return result, error


@dataclass
class _Entry:
    ctx: TaskContext
    job: _Job
    lane: Lane
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[TaskFailure], None] | None
    on_progress: Callable[[int, int, str], None] | None
    owner: QObject | None
    log_failure: bool
    started: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)


class TaskHandle:
    """What ``run`` returns: cancel the task or ask whether it still runs."""

    def __init__(self, manager: TaskManager, task_id: int, ctx: TaskContext) -> None:
        self.manager = manager
        self.task_id = task_id
        self.cancel_event = ctx.cancel_event

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def pending(self) -> bool:
        """True until the task's callback has run on the GUI thread."""
        return self.task_id in self.manager._entries

    @property
    def finished(self) -> bool:
        """True once the job's function returned or raised (its callback may still be due)."""
        entry = self.manager._entries.get(self.task_id)
        return entry is None or entry.ended.is_set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the job's function ended (tests and shutdown only)."""
        entry = self.manager._entries.get(self.task_id)
        return entry is None or entry.ended.wait(msecs / 1000)


class TaskManager(QObject):
    """Runs jobs on the database lane or the CPU pool; reports back on the GUI thread."""

    _finished = Signal(int)  # task id (the result waits in the task's holder)
    _progressed = Signal(int, int, int, str)  # task id, done, total, message
    idle = Signal()  # no task pending any more (tests, shutdown)

    def __init__(self, parent: QObject | None = None, cpu_threads: int | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._entries: dict[int, _Entry] = {}
        self._closing = False
        self.db_pool = QThreadPool(self)
        self.db_pool.setObjectName("db-lane")
        self.db_pool.setMaxThreadCount(1)
        self.db_pool.setExpiryTimeout(-1)  # one thread for the app's life: one connection
        self.cpu_pool = QThreadPool(self)
        self.cpu_pool.setObjectName("cpu-lane")
        self.cpu_pool.setMaxThreadCount(cpu_threads or max(2, QThread.idealThreadCount()))
        self._finished.connect(self._on_finished)
        self._progressed.connect(self._on_progressed)
        # while jobs run on other threads, cyclic garbage is collected on this one only
        self.collector = GuiThreadCollector(self, freeze_start_up=True)  # once per process
        share_the_gil_finely()  # the GUI thread waits less for the GIL while jobs run

    # -- API (GUI thread)
    def run(self, fn: Callable[[TaskContext], Any], *, lane: Lane = Lane.DB,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[TaskFailure], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            owner: QObject | None = None, log_failure: bool = True,
            uses_db: bool | None = None, freeze_gc: bool = False) -> TaskHandle:
        """Start ``fn(ctx)`` on ``lane``; its callbacks run later on the GUI thread.

        ``owner``: the widget the callbacks touch; they are skipped once it is deleted.
        ``uses_db``: the job gets a database connection for its thread, closed afterwards
        (default: True on the DB lane). ``freeze_gc``: long passes keep the garbage collector
        to their own objects (a full collection of a large heap stalls the GUI thread;
        nothing to do once the start-up heap is frozen: ``gui_gc.job_freeze``).
        ``log_failure=False`` when ``on_failed`` logs the failure itself.
        """
        check_job(fn)
        task_id = next(self._ids)
        ctx = TaskContext(task_id, self._progressed.emit)
        job = _Job(fn)
        del fn
        entry = _Entry(ctx, job, lane, on_done, on_failed, on_progress, owner, log_failure)
        self._entries[task_id] = entry
        if self._closing:
            ctx.cancel_event.set()
        with_db = lane is Lane.DB if uses_db is None else uses_db
        pool = self.db_pool if lane is Lane.DB else self.cpu_pool
        finished = self._finished.emit
        started, ended = entry.started, entry.ended

        def runnable() -> None:  # worker thread: holds neither the entry nor its callbacks
            started.set()
            try:
                _run_job(job, ctx, with_db, freeze_gc)
            finally:
                _close_worker_connection()
                ended.set()
            finished(task_id)

        pool.start(runnable)
        return TaskHandle(self, task_id, ctx)

    def pending(self) -> int:
        """Tasks started whose callbacks have not run yet."""
        return len(self._entries)

    def cancel_all(self) -> None:
        for entry in list(self._entries.values()):
            entry.ctx.cancel_event.set()

    def wait(self, msecs: int = 30000, lane: Lane | None = None) -> bool:
        """Block until every job (of ``lane``) has ended. Tests and shutdown only."""
        deadline = time.monotonic() + msecs / 1000
        for entry in list(self._entries.values()):
            if lane is not None and entry.lane is not lane:
                continue
            if not entry.ended.wait(max(0.0, deadline - time.monotonic())):
                return False
        return True

    def shutdown(self, timeout_ms: int = 100) -> bool:
        """Exit: drop what is queued, ask running jobs to stop, wait at most ``timeout_ms``.

        Returns True when everything stopped in time. A job still running afterwards (a slow
        query) is abandoned: its result is never delivered.
        """
        self._closing = True
        self.collector.stop()
        self.db_pool.clear()
        self.cpu_pool.clear()
        self.cancel_all()
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for entry in list(self._entries.values()):
            if entry.started.is_set() and \
                    not entry.ended.wait(max(0.0, deadline - time.monotonic())):
                ok = False
        if not ok:
            log.info("task manager: %d job(s) still running at exit are abandoned",
                     sum(not e.ended.is_set() for e in self._entries.values()))
        return ok

    # -- delivery (GUI thread)
    @Slot(int, int, int, str)
    def _on_progressed(self, task_id: int, done: int, total: int, message: str) -> None:
        entry = self._entries.get(task_id)
        if entry is not None and entry.on_progress is not None and _alive(entry.owner) \
                and not self._closing:
            entry.on_progress(done, total, message)

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        entry = self._entries.pop(task_id, None)
        try:
            if entry is None:
                return
            result, error = entry.job.take()  # released here, on the GUI thread
            if self._closing:
                return
            alive = _alive(entry.owner)
            if error is None:
                if entry.on_done is not None and alive:
                    entry.on_done(result)
                return
            from jdih_desktop.ui.errors import describe_error

            cancelled = isinstance(error, TaskCancelled)
            message = describe_error(error, log_it=entry.log_failure and not cancelled)
            if entry.on_failed is not None and alive:
                entry.on_failed(TaskFailure(error, message))
            elif not alive:
                log.info("background task failed after its window closed: %r", error)
            elif entry.on_failed is None and not cancelled and not entry.log_failure:
                log.warning("background task failed: %r", error)
        finally:
            if not self._entries:
                self.idle.emit()


def _run_job(job: _Job, ctx: TaskContext, with_db: bool, freeze_gc: bool) -> None:
    """Run the job on this worker thread; its result or error goes into the holder."""
    try:
        ctx.check_cancelled()
        frozen = freeze_gc and job_freeze()
        try:
            fn = job.fn
            assert fn is not None
            job.result = _call(fn, ctx, with_db)
        finally:
            fn = None
            job_thaw(frozen)
    except BaseException as exc:  # reported to the GUI thread, never lost
        job.error = exc


def _call(fn: Callable[[TaskContext], Any], ctx: TaskContext, with_db: bool) -> Any:
    if not with_db:
        return fn(ctx)
    from jdih_desktop.store.db import thread_connection

    with thread_connection():
        return fn(ctx)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _close_worker_connection() -> None:
    """Close this worker thread's database connection before the result is reported.

    Closed before reporting, so the next job on this thread, and a test waiting for the
    result, find it closed. Never the main thread's.
    """
    if threading.current_thread() is threading.main_thread():
        return
    from jdih_desktop.store.db import close_thread_connection

    close_thread_connection()


_default: TaskManager | None = None


def install(manager: TaskManager) -> TaskManager:
    """Make ``manager`` the one the app uses (``app.py`` calls this once at start)."""
    global _default
    _default = manager
    return manager


def taskman() -> TaskManager:
    """The app's task manager; created on first use (on the GUI thread) if app.py did not."""
    global _default
    if _default is None or not shiboken6.isValid(_default) or _default._closing:
        # none yet, or the one of a run that has ended (an app started in-process, a test)
        _default = TaskManager(QCoreApplication.instance())
    return _default
