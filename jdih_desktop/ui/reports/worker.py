"""Run a blocking function on a pool thread and hear back on the GUI thread.

The function receives a ``progress(percent, message)`` callable; its result arrives through
``on_done``, an error through ``on_fail`` with a message a person can act on. The job opens its
own database connection for its thread (``thread_connection``) and closes it afterwards. The
worker never touches a widget: the shared runner (``jdih_desktop.ui.tasks``) relays its result
to the GUI thread by queued signals.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from peewee import PeeweeException
from PySide6.QtCore import QObject, QThreadPool

from jdih_desktop.errors import JdihError
from jdih_desktop.store.db import describe_database_error, thread_connection
from jdih_desktop.ui.tasks import Task, start_task

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


def failure_message(exc: BaseException, *, log_it: bool = True) -> str:
    """The sentence a person reads when a background job failed (logged here, once).

    ``log_it=False`` leaves logging an expected failure (a store or database error, a file
    that cannot be read) to the caller: a refresh on a timer logs the first failure of a streak,
    not one line every 30 seconds. A bug is always logged, with its traceback.
    """
    if isinstance(exc, JdihError):
        if log_it:
            log.warning("background job failed: %s", exc.message)
        return exc.message
    if isinstance(exc, PeeweeException | sqlite3.Error):
        if log_it:
            log.warning("background job failed: database error: %r", exc)
        return describe_database_error(exc)
    if isinstance(exc, OSError):
        if log_it:
            log.error("background job failed", exc_info=exc)
        return (f"Berkas tidak dapat dibaca atau ditulis: {exc.strerror or exc}. Periksa izin "
                "folder dan ruang disk, lalu coba lagi.")
    # a bug: logged with its traceback, told plainly
    log.error("background job crashed", exc_info=exc)
    return (f"Terjadi kesalahan tak terduga ({type(exc).__name__}). Coba lagi; bila terulang, "
            "kirim berkas log ke pengelola aplikasi.")


class JobRunner(QObject):
    """A small pool of its own (one thread by default) that knows whether a job is running."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def start(self, fn: Callable[[Progress], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_fail: Callable[[str], None] | None = None,
              on_progress: Callable[[int, str], None] | None = None,
              uses_db: bool = True, log_failures: bool = True) -> Task:
        """Run ``fn`` on this runner's pool; ``log_failures=False``: see ``failure_message``."""
        def job(progress: Callable[[Any, Any], None]) -> Any:
            def report(percent: int, message: str) -> None:
                progress(int(percent), str(message))

            if uses_db:
                with thread_connection():
                    return fn(report)
            return fn(report)

        task: Task | None = None

        # The job counts as finished before its handlers run, so a handler may start the next.
        def done(result: Any) -> None:
            self._live.discard(task)
            if on_done is not None:
                on_done(result)

        def fail(exc: BaseException) -> None:
            self._live.discard(task)
            message = failure_message(exc, log_it=log_failures)
            if on_fail is not None:
                on_fail(message)

        task = start_task(job, on_done=done, on_error=fail, on_progress=on_progress,
                          owner=self, pool=self.pool, log_failure=log_failures)
        self._live.add(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)
