"""Compatibility entry point: ``JobRunner`` over the one task manager.

A ``JobRunner`` knows whether one of its jobs is running (``busy``); its jobs run on the task
manager's database lane (``uses_db=True``, the default) or CPU pool, receive
``progress(percent, message)``, and report failures to ``on_fail`` as the sentence a person
reads (``ui/errors.describe_error``). New code uses ``taskman().run`` or an operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.errors import describe_error
from jdih_desktop.ui.taskman import Lane, TaskContext, TaskFailure, TaskHandle, taskman

Progress = Callable[[int, str], None]


def failure_message(exc: BaseException, *, log_it: bool = True) -> str:
    """The sentence a person reads when a job failed: ``describe_error`` (kept by name)."""
    return describe_error(exc, log_it=log_it)


class JobRunner(QObject):
    """Knows whether one of its jobs is running; the task manager runs them."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        del max_threads  # the task manager owns the threads
        self._live: set[int] = set()
        self._handles: dict[int, TaskHandle] = {}

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def start(self, fn: Callable[[Progress], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_fail: Callable[[str], None] | None = None,
              on_progress: Callable[[int, str], None] | None = None,
              uses_db: bool = True, log_failures: bool = True) -> TaskHandle:
        """Run ``fn``: database jobs on the serial lane, others (printing a PDF) on the pool."""
        def job(ctx: TaskContext) -> Any:
            return fn(lambda percent, message="": ctx.progress(int(percent), 100, str(message)))

        task_id: list[int] = []

        # The job counts as finished before its handlers run, so a handler may start the next.
        def done(result: Any) -> None:
            self._forget(task_id[0])
            if on_done is not None:
                on_done(result)

        def fail(failure: TaskFailure) -> None:
            self._forget(task_id[0])
            if on_fail is not None:
                on_fail(failure.message)

        handle = taskman().run(
            job, lane=Lane.DB if uses_db else Lane.CPU, on_done=done, on_failed=fail,
            on_progress=(lambda d, _t, m: on_progress(d, m)) if on_progress else None,
            owner=self, log_failure=log_failures, uses_db=uses_db)
        task_id.append(handle.task_id)
        self._live.add(handle.task_id)
        self._handles[handle.task_id] = handle
        return handle

    def _forget(self, task_id: int) -> None:
        self._live.discard(task_id)
        self._handles.pop(task_id, None)

    def cancel(self) -> None:
        for handle in self._handles.values():
            handle.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until this runner's jobs ended (tests only; windows cancel instead)."""
        return all(h.wait(msecs) for h in list(self._handles.values()))
