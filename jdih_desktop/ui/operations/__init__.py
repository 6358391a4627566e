"""Operations: one object per thing a person does at the desk.

An operation runs its database work on the task manager's database lane and its device work on
the device's own thread, calls back ``success``/``failure`` on the GUI thread, and, once it has
succeeded, announces what changed on the change hub. Windows that show that data subscribe to
the hub and refresh themselves: no window wires itself to another.

An operation belongs to no widget. Its ``parent`` is only the widget its callbacks touch: when
the parent is closed and deleted meanwhile, the callbacks are skipped, but the operation's own
steps (recording a print, say) still run to the end. Running operations are kept alive here
until they finish.

Writing a new action: for one database call, ``DbOp(parent, lambda: service.do(...),
changes=Change.X).success(...).failure(...).run()``; for a sequence (save, print, record the
print) a subclass of ``Operation`` in this package, one module per area (``loans.py``...).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from jdih_desktop.ui.taskman import Lane, TaskFailure, TaskManager, taskman

log = logging.getLogger(__name__)


class Change(enum.Flag):
    """What an operation changed; windows refresh when a flag they show is announced."""

    NONE = 0
    VISITS = enum.auto()
    LOANS = enum.auto()
    RETURNS = enum.auto()
    CATALOGUE = enum.auto()
    OFFICERS = enum.auto()
    SETTINGS = enum.auto()
    CALENDAR = enum.auto()
    PEOPLE = enum.auto()  # visitors' personal data (retention)


class ChangeHub(QObject):
    """Where operations announce changes. ``changed(Change, origin)`` on the GUI thread.

    ``origin`` is the operation that made the change (or None), so the window that started it
    can tell its own change from another window's if it wants to.
    """

    changed = Signal(object, object)

    def announce(self, changes: Change, origin: object | None = None) -> None:
        if changes:
            self.changed.emit(changes, origin)

    def subscribe(self, receiver: QObject, changes: Change,
                  slot: Callable[[Change], None]) -> None:
        """Call ``slot(changes)`` whenever something in ``changes`` changed, while
        ``receiver`` lives (the connection goes with the receiver)."""
        def relay(what: Change, _origin: object) -> None:
            if what & changes and shiboken6.isValid(receiver):
                slot(what)

        _Subscription(receiver, self, relay)


class _Subscription(QObject):
    """A child of the receiver, so the connection ends when the receiver is deleted."""

    def __init__(self, receiver: QObject, hub: ChangeHub,
                 relay: Callable[[Change, object], None]) -> None:
        super().__init__(receiver)
        self._relay = relay
        hub.changed.connect(self._on_changed)

    def _on_changed(self, what: object, origin: object) -> None:
        self._relay(what, origin)


_hub: ChangeHub | None = None


def install_hub(hub: ChangeHub) -> ChangeHub:
    global _hub
    _hub = hub
    return hub


def hub() -> ChangeHub:
    """The app's change hub (created on first use on the GUI thread)."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = ChangeHub(QCoreApplication.instance())
    return _hub


_running: set[Operation] = set()


def running_operations() -> int:
    """Operations started and not finished yet (tests wait for 0)."""
    return len(_running)


class Operation(QObject):
    """Base of every operation: callbacks, keep-alive, the change announcement.

    Subclasses implement ``_start`` and end with ``_succeed(result, changes)`` or
    ``_fail(failure)``; ``_db(fn, then)`` runs ``fn()`` on the database lane and ``then(result)``
    on the GUI thread (failures go to ``_fail``).
    """

    finished = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 tasks: TaskManager | None = None, changes_hub: ChangeHub | None = None) -> None:
        super().__init__()  # no Qt parent: it outlives the window that started it
        self._parent = parent
        self._tasks = tasks
        self._hub = changes_hub
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[TaskFailure], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self.done = False
        self.result: Any = None
        self.failure_info: TaskFailure | None = None

    # -- fluent set-up
    def success(self, fn: Callable[[Any], None]) -> Operation:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[TaskFailure], None]) -> Operation:
        self._on_failure = fn
        return self

    def progress(self, fn: Callable[[int, int, str], None]) -> Operation:
        self._on_progress = fn
        return self

    def run(self) -> Operation:
        _running.add(self)
        self._start()
        return self

    # -- for subclasses
    @property
    def tasks(self) -> TaskManager:
        return self._tasks or taskman()

    @property
    def changes_hub(self) -> ChangeHub:
        return self._hub or hub()

    def parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _start(self) -> None:
        raise NotImplementedError

    def _db(self, fn: Callable[[], Any], then: Callable[[Any], None],
            on_failed: Callable[[TaskFailure], None] | None = None) -> None:
        self.tasks.run(lambda _ctx: fn(), lane=Lane.DB, on_done=then,
                       on_failed=on_failed or self._fail, on_progress=self._progressed)

    def _cpu(self, fn: Callable[[Any], Any], then: Callable[[Any], None]) -> None:
        self.tasks.run(fn, lane=Lane.CPU, on_done=then, on_failed=self._fail,
                       on_progress=self._progressed)

    def _progressed(self, done: int, total: int, message: str) -> None:
        if self._on_progress is not None and self.parent_alive():
            self._on_progress(done, total, message)

    def _call(self, fn: Callable[..., None] | None, *args: Any) -> None:
        """A callback of the window, if the window still exists."""
        if fn is not None and self.parent_alive():
            fn(*args)

    def _announce(self, changes: Change) -> None:
        self.changes_hub.announce(changes, self)

    def _succeed(self, result: Any, changes: Change = Change.NONE) -> None:
        self.result = result
        self._announce(changes)
        self._call(self._on_success, result)
        self._finish()

    def _fail(self, failure: TaskFailure) -> None:
        self.failure_info = failure
        if self._on_failure is not None and self.parent_alive():
            self._on_failure(failure)
        elif not failure.cancelled:
            log.warning("%s failed: %s", type(self).__name__, failure.message)
        self._finish()

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        self.finished.emit()


class DbOp(Operation):
    """An operation that is one database call: ``fn()`` on the database lane.

    ``changes`` is announced after it succeeded. Most desk actions are this: save the visit
    book, grant access, save a catalogue entry, save settings.
    """

    def __init__(self, parent: QObject | None, fn: Callable[[], Any], *,
                 changes: Change = Change.NONE, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, tasks=tasks, changes_hub=changes_hub)
        self._fn = fn
        self._changes = changes

    def _start(self) -> None:
        self._db(self._fn, lambda result: self._succeed(result, self._changes))


class LaneWork:
    """A window's own reads and saves on the database lane, one ``DbOp`` each: counts those
    on their way (``busy``: the window can show it, tests wait for it) and hands a failure to
    the window's one handler unless the call names its own."""

    def __init__(self, owner: QObject, failed: Callable[[TaskFailure], None]) -> None:
        self._owner = owner
        self._failed = failed
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[[], Any], then: Callable[[Any], None],
            failed: Callable[[TaskFailure], None] | None = None) -> None:
        """``fn()`` on the lane; ``then(result)`` or the failure handler on the GUI thread."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            then(result)

        def refused(failure: TaskFailure) -> None:
            self._pending -= 1
            (failed or self._failed)(failure)

        DbOp(self._owner, fn).success(done).failure(refused).run()


class CpuOp(Operation):
    """Work without ordering (a PDF, a spreadsheet): ``fn(ctx)`` on the CPU pool."""

    def __init__(self, parent: QObject | None, fn: Callable[[Any], Any], *,
                 changes: Change = Change.NONE, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, tasks=tasks, changes_hub=changes_hub)
        self._fn = fn
        self._changes = changes

    def _start(self) -> None:
        self._cpu(self._fn, lambda result: self._succeed(result, self._changes))


__all__ = ["Change", "ChangeHub", "CpuOp", "DbOp", "Operation", "TaskFailure", "hub",
           "install_hub", "running_operations"]
