"""Cyclic garbage is collected on the GUI thread only.

CPython's collector runs on whichever thread happens to allocate past the threshold: a
database-lane job, a search thread or a device worker. A cycle that holds a Qt wrapper (a
closed dialog referenced by a lambda, a widget in a list it also points back to) would then
be destroyed on that thread, and Qt objects must die on the thread that owns them: PySide6
crashes, at random, far from the cause. So while the desk runs, the automatic collector is off
and this timer collects on the GUI thread, generation by generation, with Python's own
thresholds. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
FULL_EVERY_S = 10.0  # a full collection of a large heap takes tens of ms: at most this often
_active = 0  # collectors running; the automatic collector is off while any runs
_was_enabled = True


def active_collectors() -> int:
    """How many collectors run now (Python's automatic collector is off while any does)."""
    return _active


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and collects on its own (GUI) thread's timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        global _active, _was_enabled
        if _active == 0:
            _was_enabled = gc.isenabled()
        gc.disable()  # whatever switched it on meanwhile: off while any collector runs
        _active += 1
        self._state = state = {"running": True}
        # deleted with its owner without stop() (a manager dropped in a test): give back too
        self.destroyed.connect(lambda *_: _release(state))
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.collections = 0
        self._last_full = time.monotonic()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is passed; returns it, or -1."""
        gc.disable()  # kept off (a library may have switched it back on)
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        generation = 2 if c2 >= t2 > 0 else 1 if c1 >= t1 > 0 else 0 if c0 >= t0 > 0 else -1
        if generation == 2:
            now = time.monotonic()
            if now - self._last_full < FULL_EVERY_S:
                generation = 1
            else:
                self._last_full = now
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1
        return generation

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
