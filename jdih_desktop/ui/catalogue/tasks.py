"""Compatibility entry point: ``run_in_background`` over the one task manager.

``run_in_background(fn, on_done, on_error)`` runs ``fn(progress)`` on the task manager's CPU
pool and calls ``on_done(result)`` or ``on_error(exc)`` back on the GUI thread;
``progress(done, total)`` takes two whole numbers. A worker that queries the store gets its own
connection for its thread, closed when the job ends; workers hand back plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.taskman import Lane
from jdih_desktop.ui.tasks import Task, pending_tasks, start_task

__all__ = ["BackgroundTask", "ProgressFn", "pending_tasks", "run_in_background"]

ProgressFn = Callable[[int, int], None]
BackgroundTask = Task


def run_in_background(fn: Callable[[ProgressFn], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      owner: QObject | None = None, lane: Lane = Lane.CPU) -> Task:
    """Start ``fn`` on the task manager; callbacks skipped once ``owner`` is deleted."""
    return start_task(fn, on_done=on_done, on_error=on_error, on_progress=on_progress,
                      owner=owner, lane=lane)
