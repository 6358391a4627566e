"""One long file job (import pass, export) on the task manager, reporting on the GUI thread.

Kept as a small adapter with the signals the import and export dialogs connect to. The job is
``fn(report, cancel_event)``; ``report(done, total, rows)`` may be called as often as the job
likes: the task manager throttles progress to ~30 events a second. The job runs on the CPU
pool with the garbage collector frozen (``freeze_gc``: a full collection of a large heap stalls
the GUI thread), and its thread's database connection is closed when it ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from jdih_desktop.ui.taskman import Lane, TaskContext, TaskFailure, TaskHandle, taskman

log = logging.getLogger(__name__)
ReportFn = Callable[[int, int, int], None]

# Running tasks, kept alive until their callbacks ran: a dialog closed while its import
# finishes must not take the task with it.
_live: set[TaskThread] = set()


def running_tasks() -> int:
    return len(_live)


class TaskThread(QObject):
    progressed = Signal(int, int, int)  # done, total, rows
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, fn: Callable[[ReportFn, threading.Event], Any]) -> None:
        super().__init__()  # no parent: see _live
        self._fn = fn
        self.cancel_event = threading.Event()
        self.handle: TaskHandle | None = None

    def start(self) -> None:
        _live.add(self)

        # The job must not hold this QObject: the pool thread drops the job after it ran,
        # and a last reference dropped there would delete the object on the wrong thread.
        fn, cancel_event = self._fn, self.cancel_event

        def job(ctx: TaskContext) -> Any:
            ctx.cancel_event = cancel_event
            return fn(lambda d, t, r: ctx.progress(int(d), int(t), str(int(r))), cancel_event)

        self.handle = taskman().run(job, lane=Lane.CPU, on_done=self._on_done,
                                    on_failed=self._on_failed, on_progress=self._on_progress,
                                    uses_db=False, freeze_gc=True, log_failure=False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def isRunning(self) -> bool:
        return self in _live

    def _on_progress(self, done: int, total: int, rows: str) -> None:
        self.progressed.emit(done, total, int(rows or 0))

    def _on_done(self, result: object) -> None:
        self.succeeded.emit(result)
        self._release()

    def _on_failed(self, failure: TaskFailure) -> None:
        log.info("transfer task ended with %r", failure.error)
        self.failed.emit(failure.error)
        self._release()

    def _release(self) -> None:
        self.finished.emit()
        _live.discard(self)
        self.deleteLater()
