"""Report generation as an operation (Laporan → Tampilkan).

Building a report reads the database and renders a PDF and an XLSX; the preview pages are then
rasterised. All of it runs off the GUI thread — in a child process when the database is a file
or server the child can open, on the database lane otherwise — and reports ``progress(percent,
message)``. A report changes nothing, so it announces nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.taskman import Lane, TaskContext

Progress = Callable[..., None]


class GenerateReport(Operation):
    """``work(progress)`` builds the report and its preview; ``uses_db``: on the database lane
    (the work reads the database in this process) or the CPU pool (a child process reads)."""

    def __init__(self, parent: QObject | None, work: Callable[[Progress], Any], *,
                 uses_db: bool, **kw: Any) -> None:
        super().__init__(parent, **kw)
        self._work = work
        self._uses_db = uses_db

    def _start(self) -> None:
        work = self._work  # the job holds the work, never this operation (a QObject)

        def job(ctx: TaskContext) -> Any:
            return work(lambda percent, message="": ctx.progress(int(percent), 100,
                                                                  str(message)))

        self.tasks.run(job, lane=Lane.DB if self._uses_db else Lane.CPU,
                       on_done=lambda result: self._succeed(result), on_failed=self._fail,
                       on_progress=self._progressed, uses_db=self._uses_db)
