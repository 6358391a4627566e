"""Long write jobs on SQLite in short transactions, so a desk save waits well under a second.

SQLite has one write lock per file. A job that writes 100 000 rows in one transaction holds it
for tens of seconds and every desk save behind it waits out the busy timeout and fails. A
``ChunkedWriter`` opens a transaction, lets the job write until ``budget`` seconds have passed,
commits, and does not begin the next one before ``gap`` seconds have gone by.

Why the gap: a writer that finds the lock taken sleeps in SQLite's busy handler
(``sqliteDefaultBusyCallback``: 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 ms, then 100 ms
between tries until the busy timeout). A job that commits and at once begins again would take
the lock back before a sleeping desk wakes up, and the desk would starve. A gap a little longer
than the longest sleep (100 ms) means a waiting desk always gets its turn: its wait is at most
``budget`` + one sleep + its own save. Time spent reading and checking the next rows counts
towards the gap, so on a busy PC the gap usually costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

BUDGET_S = 0.15  # longest time one chunk holds the write lock (beyond one statement)
GAP_S = 0.12  # shortest time between a chunk's commit and the next BEGIN


class ChunkedWriter:
    """Time-bounded transactions on one connection: ``begin``, write, ``step``, ``commit``.

    ``step`` commits when the budget is spent (the next ``begin`` opens a new transaction);
    ``commit`` ends the chunk at once (call it before slow work that holds no lock, such as
    reading the next rows of a file). Nested ``atomic()`` blocks inside a chunk are savepoints.
    """

    def __init__(self, db: Any, *, budget: float = BUDGET_S, gap: float = GAP_S,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.db = db
        self.budget = budget
        self.gap = gap
        self._clock = clock
        self._sleep = sleep
        self._txn: Any = None
        self._began = 0.0
        self._ended: float | None = None
        self.commits = 0
        self.longest_hold = 0.0  # seconds, for benchmarks and logs

    @property
    def active(self) -> bool:
        return self._txn is not None

    def begin(self) -> None:
        """Open a transaction unless one is open (waiting out the gap after the last one)."""
        if self._txn is not None:
            return
        if self._ended is not None:
            wait = self.gap - (self._clock() - self._ended)
            if wait > 0:
                self._sleep(wait)
        txn = self.db.atomic()
        txn.__enter__()  # BEGIN IMMEDIATE on JDIH's SQLite: waits for the lock here
        self._txn = txn
        self._began = self._clock()

    def due(self) -> bool:
        return self._txn is not None and self._clock() - self._began >= self.budget

    def step(self) -> None:
        """After a unit of work: commit when this chunk has held the lock long enough."""
        if self.due():
            self.commit()

    def commit(self) -> None:
        if self._txn is None:
            return
        txn, self._txn = self._txn, None
        try:
            txn.__exit__(None, None, None)  # COMMIT (peewee rolls back and raises on failure)
        finally:
            self._finished()
        self.commits += 1

    def rollback(self) -> None:
        """Roll the open chunk back (nothing of it is kept); earlier chunks stay committed."""
        if self._txn is None:
            return
        txn, self._txn = self._txn, None
        try:
            txn.__exit__(RuntimeError, RuntimeError("chunk rolled back"), None)
        finally:
            self._finished()

    def _finished(self) -> None:
        now = self._clock()
        self.longest_hold = max(self.longest_hold, now - self._began)
        self._ended = now
