"""A print-job tracker: one receipt sent to the printer worker, one answer back.

The printer worker answers every job on the same two signals (``printed(job, result)``,
``print_failed(job, error)``); every window used to keep its own job-id bookkeeping to pick its
answer out. ``PrintJob`` does that once: ``printed(result)`` or ``failed(error)`` for this job
only, then it disconnects itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class PrintJob(QObject):
    printed = Signal(object)  # the printer's PrintResult
    failed = Signal(object)  # a DeviceError

    def __init__(self, worker: Any, receipt: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.receipt = receipt
        self.job_id: int | None = None
        self.finished = False

    def start(self) -> int:
        self.worker.printed.connect(self._on_printed)
        self.worker.print_failed.connect(self._on_failed)
        self.job_id = self.worker.print_receipt(self.receipt)
        return self.job_id

    def cancel(self) -> None:
        if self.job_id is not None and not self.finished:
            self.worker.cancel(self.job_id)

    def _disconnect(self) -> None:
        self.finished = True
        try:
            self.worker.printed.disconnect(self._on_printed)
            self.worker.print_failed.disconnect(self._on_failed)
        except (RuntimeError, TypeError):
            pass

    @Slot(int, object)
    def _on_printed(self, job: int, result: object) -> None:
        if job != self.job_id or self.finished:
            return
        self._disconnect()
        self.printed.emit(result)

    @Slot(int, object)
    def _on_failed(self, job: int, error: object) -> None:
        if job != self.job_id or self.finished:
            return
        self._disconnect()
        self.failed.emit(error)
