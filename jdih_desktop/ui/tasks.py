"""Compatibility entry point over the one task manager (``ui/taskman.py``).

``start_task(fn, ...)`` runs ``fn(progress)`` where ``progress(done, total)`` takes two whole
numbers, and calls ``on_done(result)``, ``on_error(exc)`` and ``on_progress(done, total)`` on
the GUI thread. It is kept so code written against it still runs; new code calls
``taskman().run(fn, lane=...)`` or an operation (``ui/operations/``) directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.taskman import Lane, TaskContext, TaskHandle, taskman

Task = TaskHandle


def start_task(fn: Callable[[Callable[[int, int], None]], Any], *,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None,
               owner: QObject | None = None,
               pool: object | None = None,
               log_failure: bool = True,
               lane: Lane = Lane.CPU) -> TaskHandle:
    """Start ``fn`` on the task manager (the CPU pool unless ``lane`` says otherwise).

    ``owner``: the widget the callbacks touch; they are skipped once it is deleted.
    ``pool`` is accepted for old callers and ignored: the task manager owns the threads.
    """
    del pool

    def job(ctx: TaskContext) -> Any:
        return fn(lambda done, total: ctx.progress(int(done), int(total)))

    return taskman().run(
        job, lane=lane, on_done=on_done,
        on_failed=(lambda f: on_error(f.error)) if on_error is not None else None,
        on_progress=(lambda d, t, _m: on_progress(d, t)) if on_progress is not None else None,
        owner=owner, log_failure=log_failure, uses_db=False)


def pending_tasks() -> int:
    """Tasks started whose callbacks have not run yet (tests wait for 0)."""
    return taskman().pending()
