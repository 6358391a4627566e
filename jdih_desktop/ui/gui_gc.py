"""Cyclic garbage is collected on the GUI thread only.

CPython's collector runs on whichever thread happens to allocate past the threshold: a
database-lane job, a search thread or a device worker. A cycle that holds a Qt wrapper (a
closed dialog referenced by a lambda, a widget in a list it also points back to) would then
be destroyed on that thread, and Qt objects must die on the thread that owns them: PySide6
crashes, at random, far from the cause. So while the desk runs, the automatic collector is off
and this timer collects on the GUI thread, between events, generation by generation, with
Python's own thresholds. Reference counting still frees everything that is not in a cycle at
once.

A full collection scans every object the program holds: on the desk's heap (Qt's wrappers,
peewee, the translations, the catalogue's caches) that is tens of milliseconds, long enough to
be felt. Two things keep full collections short and rare, as CPython's own collector does and
more:

- **The start-up heap is frozen once** (``gc.freeze()``), at the first tick of the task
  manager's collector, i.e. once the event loop runs: the modules, classes and windows built
  at start-up live all day, and a full collection no longer scans them. Nothing is collected
  before freezing (that is the costly full collection it avoids); the cyclic garbage start-up
  left behind is bounded and stays. Reference counting still frees frozen objects.
- **CPython's long-lived rule**: a full collection runs only when the objects that survived
  young collections since the last full one exceed 25 % of the long-lived objects the last
  full collection left (``LONG_LIVED_RATIO``), and at most every ``FULL_EVERY_S`` seconds.
  The survivors are counted at each generation-1 collection (the young generations are
  small); the long-lived total is counted on the tick after a full collection, as its own
  event.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
GIL_SWITCH_S = 0.001  # see ``share_the_gil_finely``
FULL_EVERY_S = 10.0  # a full collection at most this often
LONG_LIVED_RATIO = 0.25  # as CPython: a full collection only when the survivors exceed this
_active = 0  # collectors running; the automatic collector is off while any runs
_was_enabled = True


@dataclass
class _Policy:
    """What every collector of the process shares (two collectors never double the pace)."""

    freeze_start_up: bool = True  # the first freezing collector's first tick freezes
    start_up_frozen: bool = False
    long_lived_total: int | None = 0  # None: count it on the next tick
    long_lived_pending: int = 0  # survivors of generation-1 collections since the last full
    last_full: float = field(default_factory=time.monotonic)
    job_freezes: int = 0  # jobs running with the heap frozen (``job_freeze``)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # what the ticks did, for tests and benchmarks
    full_collections: int = 0
    full_skipped: int = 0  # full collections CPython's long-lived rule skipped


_policy = _Policy()


def active_collectors() -> int:
    """How many collectors run now (Python's automatic collector is off while any does)."""
    return _active


def policy() -> _Policy:
    """The process's collection state (read it; tests may replace it with a fresh one)."""
    return _policy


def share_the_gil_finely() -> None:
    """Every event Qt delivers to a Python object needs the GIL; while a worker thread runs
    Python (peewee on the database lane) the GUI thread waits for it up to the interpreter's
    switch interval, 5 ms by default, once per event: a page shown in one turn needs dozens
    of them, and the turn took 60-100 ms on SQLite. At 1 ms the GUI thread gets the GIL back
    five times sooner; the worker loses a little throughput to the extra switches."""
    sys.setswitchinterval(GIL_SWITCH_S)


def job_freeze() -> bool:
    """A long job (an import pass) starts: keep collections to objects made from now on.

    Called on the job's thread. When the start-up heap is frozen already this does nothing
    (un-freezing at the job's end would put the whole start-up heap back under the collector);
    otherwise the first running job freezes and the last one to end un-freezes
    (``job_thaw``). Returns whether the caller holds a freeze to give back.
    """
    p = _policy
    with p.lock:
        if p.start_up_frozen:
            return False
        p.job_freezes += 1
        if p.job_freezes == 1:
            gc.freeze()
        return True


def job_thaw(held: bool) -> None:
    """The job of ``job_freeze`` ended: the last one un-freezes (the objects become old)."""
    if not held:
        return
    p = _policy
    with p.lock:
        p.job_freezes -= 1
        if p.job_freezes == 0:
            thawed = gc.get_freeze_count()
            gc.unfreeze()  # back in the oldest generation: count them as long-lived
            if p.long_lived_total is not None:
                p.long_lived_total += thawed


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and collects on its own (GUI) thread's timer.

    ``freeze_start_up``: this collector's first tick freezes the start-up heap, once per
    process (the task manager's collector does; see the module's text).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS,
                 freeze_start_up: bool = False) -> None:
        super().__init__(parent)
        global _active, _was_enabled
        if _active == 0:
            _was_enabled = gc.isenabled()
        gc.disable()  # whatever switched it on meanwhile: off while any collector runs
        _active += 1
        self._state = state = {"running": True}
        self._freeze_start_up = freeze_start_up
        # deleted with its owner without stop() (a manager dropped in a test): give back too
        self.destroyed.connect(lambda *_: _release(state))
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.collections = 0

    def collect_due(self) -> int:
        """One tick: collect the oldest generation that is due; returns it, or -1 (nothing
        collected: nothing due, or the tick froze the start-up heap or counted the
        long-lived objects)."""
        gc.disable()  # kept off (a library may have switched it back on)
        p = _policy
        with p.lock:
            if self._freeze_start_up and p.freeze_start_up and not p.start_up_frozen \
                    and p.job_freezes == 0:
                gc.freeze()  # no collection first: that is the long pause it avoids
                p.start_up_frozen = True
                p.long_lived_total = 0
                p.long_lived_pending = 0
                return -1
            if p.long_lived_total is None:  # a full collection ran on the last tick
                p.long_lived_total = len(gc.get_objects(2))
                return -1
        generation = self._due(p)
        if generation == 2:
            p.last_full = time.monotonic()
            gc.collect(2)
            p.long_lived_total = None
            p.long_lived_pending = 0
            p.full_collections += 1
        elif generation == 1:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            unreachable = gc.collect(1)
            p.long_lived_pending += max(0, young - unreachable)  # now in the oldest generation
        elif generation == 0:
            gc.collect(0)
        if generation >= 0:
            self.collections += 1
        return generation

    @staticmethod
    def _due(p: _Policy) -> int:
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c2 >= t2 > 0 and c0 >= t0 > 0:  # as CPython: the oldest due generation …
            total = p.long_lived_total or 0
            if p.long_lived_pending > total * LONG_LIVED_RATIO \
                    and time.monotonic() - p.last_full >= FULL_EVERY_S:
                return 2
            p.full_skipped += 1  # … unless the long-lived rule says it would find little
        return 1 if c1 >= t1 > 0 else 0 if c0 >= t0 > 0 else -1

    def stop(self) -> None:
        """Back to Python's automatic collector (the desk has shut down)."""
        self._timer.stop()
        _release(self._state)


def _release(state: dict) -> None:
    global _active
    if not state["running"]:
        return
    state["running"] = False
    _active -= 1
    if _active == 0 and _was_enabled:
        gc.enable()
