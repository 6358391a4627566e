"""Settings saves and the retention run as operations (Pengaturan → …).

Each runs its file or database work off the GUI thread and announces what it changed, so a
window that shows it (the status bar's device line, the visits list after a retention run, a
loan page's due date after a holiday) refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.operations import Change, CpuOp, DbOp


def save_config(parent: QObject | None, config: Any, *, changes: Change = Change.SETTINGS,
                apply: Callable[[], None] | None = None) -> CpuOp:
    """Write ``config.ini`` (atomically, by ``AppConfig.save``) on a worker thread; ``apply``
    then runs on the GUI thread before the change is announced (e.g. hand the device workers
    their new devices)."""

    class _SaveConfig(CpuOp):
        def _succeed(self, result: Any, changes: Change = Change.NONE) -> None:
            if apply is not None:
                apply()
            super()._succeed(result, changes)

    return _SaveConfig(parent, lambda _ctx: config.save(), changes=changes)


def calendar_change(parent: QObject | None, fn: Callable[[], Any]) -> DbOp:
    """A holiday or loan-rule change (add, edit, delete, import): due dates follow it."""
    return DbOp(parent, fn, changes=Change.CALENDAR)


def retention_preview(parent: QObject | None, service: Any) -> DbOp:
    """The dry run: who would be anonymised; changes nothing."""
    return DbOp(parent, service.preview)


def retention_run(parent: QObject | None, service: Any) -> DbOp:
    """Anonymise everyone due and erase expired scans (one transaction, audited); the visits
    list and the dashboard re-read what they show."""
    return DbOp(parent, service.commit, changes=Change.PEOPLE | Change.VISITS)
