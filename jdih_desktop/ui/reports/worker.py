"""Run a blocking function on a pool thread and hear back on the GUI thread.

The function receives a ``progress(percent, message)`` callable; its result arrives through
``finished``, an error through ``failed`` with a message a person can act on. The job opens its
own database connection for its thread (``thread_connection``) and closes it afterwards. The
worker never touches a widget: it only emits signals, which Qt queues to the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from jdih_desktop.errors import JdihError
from jdih_desktop.services.reports import thread_connection

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


class JobSignals(QObject):
    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """One call of ``fn(progress)`` on a pool thread."""

    def __init__(self, fn: Callable[[Progress], Any], *, uses_db: bool = True) -> None:
        super().__init__()
        self.fn = fn
        self.uses_db = uses_db
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            if self.uses_db:
                with thread_connection():
                    result = self.fn(self.signals.progressed.emit)
            else:
                result = self.fn(self.signals.progressed.emit)
        except JdihError as exc:
            log.warning("background job failed: %s", exc.message)
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            log.exception("background job failed")
            self.signals.failed.emit(
                f"Berkas tidak dapat dibaca atau ditulis: {exc.strerror or exc}. Periksa izin "
                "folder dan ruang disk, lalu coba lagi.")
        except Exception as exc:  # a bug: logged with its traceback, told plainly
            log.exception("background job crashed")
            self.signals.failed.emit(
                f"Terjadi kesalahan tak terduga ({type(exc).__name__}). Coba lagi; bila terulang, "
                "kirim berkas log ke pengelola aplikasi.")
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """A small pool that keeps each job's signal object alive until the job has reported."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[JobSignals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def start(self, fn: Callable[[Progress], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_fail: Callable[[str], None] | None = None,
              on_progress: Callable[[int, str], None] | None = None,
              uses_db: bool = True) -> Job:
        job = Job(fn, uses_db=uses_db)
        sig = job.signals
        self._live.add(sig)
        if on_progress is not None:
            sig.progressed.connect(on_progress)

        # The job counts as finished before its handlers run, so a handler may start the next.
        def done(result: Any, s: JobSignals = sig) -> None:
            self._live.discard(s)
            if on_done is not None:
                on_done(result)

        def fail(message: str, s: JobSignals = sig) -> None:
            self._live.discard(s)
            if on_fail is not None:
                on_fail(message)

        sig.finished.connect(done)
        sig.failed.connect(fail)
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)
