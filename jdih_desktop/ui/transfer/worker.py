"""One long file job (import pass, export) on its own QThread, reporting by queued signals.

The job is ``fn(report, cancel_event)``; ``report(done, total, rows)`` may be called as often as
the job likes: it is throttled here so the GUI thread receives at most ~30 progress events a
second. Garbage collection is kept short meanwhile (see ``run``). The thread uses its own
database connection (peewee connections are per thread) and
closes it when the job ends, so no connection is left behind by a finished import.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

import jdih_desktop.devices.worker  # noqa: F401 - applies the PySide6 emit refcount guard
from jdih_desktop.store.db import close_thread_connection

log = logging.getLogger(__name__)
ReportFn = Callable[[int, int, int], None]
MIN_PROGRESS_INTERVAL_S = 0.03

# Running tasks, kept alive here until their thread has really ended: a dialog closed or
# destroyed while its import finishes must not take the QThread with it (Qt aborts the
# process when a running QThread is destroyed).
_live: set[TaskThread] = set()


def running_tasks() -> int:
    return len(_live)


class TaskThread(QThread):
    progressed = Signal(int, int, int)  # done, total, rows
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: Callable[[ReportFn, threading.Event], Any]) -> None:
        super().__init__()  # no parent: see _live
        self._fn = fn
        self.cancel_event = threading.Event()
        self._last_emit = 0.0
        self.finished.connect(self._release)

    def start(self, *args: Any) -> None:
        _live.add(self)
        super().start(*args)

    def _release(self) -> None:
        _live.discard(self)
        self.deleteLater()

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, done: int, total: int, rows: int) -> None:
        now = time.monotonic()
        if now - self._last_emit >= MIN_PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_emit = now
            self.progressed.emit(int(done), int(total), int(rows))

    def run(self) -> None:  # worker thread
        # A full garbage collection walks every object of the process while holding the GIL,
        # stalling the GUI thread for tens of milliseconds once the heap is large. Freezing
        # what exists now (Qt wrappers, modules, the app's state) keeps the collections the
        # import triggers down to the import's own objects; unfreeze gives them back after.
        gc.freeze()
        try:
            result = self._fn(self.report, self.cancel_event)
        except Exception as exc:  # reported to the GUI thread, never lost
            log.info("transfer task ended with %r", exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            gc.unfreeze()
            close_thread_connection()  # this thread's connection only
