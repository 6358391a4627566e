"""Blocking work (PDF rendering, file reading/writing) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn(progress)`` on Qt's global thread pool
through the shared runner (``jdih_desktop.ui.tasks``) and calls ``on_done(result)`` or
``on_error(exc)`` back on the GUI thread; ``progress(done, total)`` takes two whole numbers.
A worker that queries the store (the table model's ``set_filters_async``) gets its own
connection for its pool thread - peewee opens one per thread - and the shared runner closes it
when the job ends; workers hand back plain data (rows as dataclasses, bytes, paths).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.tasks import Task, pending_tasks, start_task

__all__ = ["BackgroundTask", "ProgressFn", "pending_tasks", "run_in_background"]

ProgressFn = Callable[[int, int], None]
BackgroundTask = Task


def run_in_background(fn: Callable[[ProgressFn], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      owner: QObject | None = None) -> Task:
    """Start ``fn`` on the global pool; keep the task alive until its callback ran.

    Pass the widget the callbacks touch as ``owner``: if it is closed and deleted before the
    work ends, the result is dropped instead of reaching a deleted widget.
    """
    def job(progress: Callable[[Any, Any], None]) -> Any:
        return fn(lambda done, total: progress(int(done), int(total)))

    return start_task(job, on_done=on_done, on_error=on_error, on_progress=on_progress,
                      owner=owner)
