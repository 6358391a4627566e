"""The catalogue's search thread: one read connection, and only the newest search runs.

A person typing "pemilihan umum" starts a search per keystroke; only the last one's results
matter. The task manager's database lane would run all fourteen in order and open a connection
for each; this runner instead

- keeps **one thread with one persistent read connection** (opened on the first search, closed
  after ``idle_close_s`` without a search, when the owner is destroyed, when another database
  is bound, or by ``stop``), so a keystroke pays no connect and no ``PRAGMA`` set-up;
- holds **at most one waiting search**: a newer one replaces it, so stale searches are skipped
  rather than queued;
- **interrupts** a running SQLite search that a newer keystroke made stale (a progress handler
  on the connection aborts the statement as soon as a newer search is waiting); its result,
  if any, is dropped.

Results arrive on the GUI thread through the queued signals of a relay ``QObject`` that lives
on the GUI thread (the worker thread owns no ``QObject``). Reads only: writes go through the
task manager's database lane (``ui/operations``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

import jdih_desktop.ui.taskman  # noqa: F401 - applies the PySide6 emit refcount guard

log = logging.getLogger(__name__)

# A pause in typing longer than this gives the file back (a restore or another process may
# want it; reconnecting costs about a millisecond).
IDLE_CLOSE_S = 5.0


class _Relay(QObject):
    finished = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception


class _Worker:
    """The thread and its state: plain Python, so it outlives the relay safely."""

    def __init__(self, relay: _Relay, idle_close_s: float) -> None:
        self.relay = relay
        self.idle_close_s = idle_close_s
        self.cond = threading.Condition()
        self.pending: tuple[int, Callable[[], Any]] | None = None
        self.running = 0  # generation of the job running now (0: none)
        self.latest = 0  # newest generation submitted
        self.stopping = False
        self.conn: Any = None  # the raw connection of this thread
        self.db: Any = None  # the peewee database it belongs to
        self.searches = 0  # diagnostics: jobs run
        self.connects = 0  # diagnostics: connections opened
        self.thread = threading.Thread(target=self._loop, name="catalogue-search", daemon=True)
        self.thread.start()

    # -- GUI thread
    def submit(self, generation: int, job: Callable[[], Any]) -> None:
        with self.cond:
            self.latest = max(self.latest, generation)
            self.pending = (generation, job)
            self.cond.notify()

    def _abort_statement(self) -> int:
        """SQLite's progress handler (every few thousand VM steps): non-zero aborts the
        running statement, here when a newer search waits or the runner stops."""
        return 1 if self.stopping or (self.running and self.running < self.latest) else 0

    def stop(self, wait_s: float = 1.0) -> None:
        with self.cond:
            self.stopping = True
            self.pending = None
            self.cond.notify()
        if threading.current_thread() is not self.thread:
            self.thread.join(wait_s)

    # -- worker thread
    def _loop(self) -> None:
        try:
            while True:
                with self.cond:
                    if self.pending is None and not self.stopping:
                        self.cond.wait(self.idle_close_s)
                    if self.stopping:
                        return
                    if self.pending is None:  # idle: give the file back
                        self._close()
                        continue
                    generation, job = self.pending
                    self.pending = None
                    self.running = generation
                self._run(generation, job)
                with self.cond:
                    self.running = 0
        finally:
            self._close()

    def _run(self, generation: int, job: Callable[[], Any]) -> None:
        from jdih_desktop.store.models import database_proxy

        db = database_proxy.obj
        try:
            if db is None:
                raise RuntimeError("no database is open")
            if self.db is not None and self.db is not db:  # another database was opened
                self._close()
            self.db = db
            if db.is_closed():
                db.connect()
                self.connects += 1
                conn = db.connection()
                if isinstance(conn, sqlite3.Connection):
                    conn.set_progress_handler(self._abort_statement, 2000)
            self.conn = db.connection()
            self.searches += 1
            result = job()
        except BaseException as exc:  # reported to the GUI thread, never lost
            if not self._stale(generation):  # else interrupted or superseded: nobody waits
                self._emit(self.relay.failed, generation, exc)
            return
        if not self._stale(generation):
            self._emit(self.relay.finished, generation, result)

    def _stale(self, generation: int) -> bool:
        with self.cond:
            return self.stopping or generation < self.latest

    def _emit(self, signal: Any, generation: int, payload: object) -> None:
        if shiboken6.isValid(self.relay):
            with contextlib.suppress(RuntimeError):  # the relay was deleted meanwhile
                signal.emit(generation, payload)

    def _close(self) -> None:
        """Close this thread's connection (peewee keeps one per thread and database)."""
        db, self.db, self.conn = self.db, None, None
        if db is not None:
            with contextlib.suppress(Exception):  # a connection broken meanwhile
                if not db.is_closed():
                    db.close()


class SearchRunner(QObject):
    """Run ``job()`` for the newest ``generation`` on the search thread.

    ``finished(generation, result)`` / ``failed(generation, exception)`` on the GUI thread, for
    the newest generation only. The thread stops when this object is destroyed.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *,
                 idle_close_s: float = IDLE_CLOSE_S) -> None:
        super().__init__(parent)
        self._relay = _Relay()  # GUI thread; no parent, kept alive by the worker
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._worker = _Worker(self._relay, idle_close_s)
        worker = self._worker
        self.destroyed.connect(lambda *_a: worker.stop(0.5))

    @property
    def searches(self) -> int:
        return self._worker.searches

    @property
    def connects(self) -> int:
        return self._worker.connects

    @property
    def thread(self) -> threading.Thread:
        return self._worker.thread

    def submit(self, generation: int, job: Callable[[], Any]) -> None:
        self._worker.submit(generation, job)

    def stop(self) -> None:
        self._worker.stop()

    def _on_finished(self, generation: int, result: object) -> None:
        if generation >= self._worker.latest:
            self.finished.emit(generation, result)

    def _on_failed(self, generation: int, error: object) -> None:
        if generation >= self._worker.latest:
            self.failed.emit(generation, error)
