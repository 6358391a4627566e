"""Printing a receipt as an operation: build it, print it, record it.

    build the receipt (database lane) → the printer thread prints it → ``after_print``
    (database lane: e.g. ``mark_printed``) → ``changes`` announced → ``success(result)``

Every paper the desk prints (loan receipt, reprint, return slip) goes through ``PrintOp``, so
the "no printer" sentence, the job bookkeeping and the failure text exist once. The operation
is not a widget's: closing the window that started it does not stop the bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from jdih_desktop.ui.operations import Change, ChangeHub, Operation
from jdih_desktop.ui.taskman import TaskFailure, TaskManager
from jdih_desktop.ui.widgets.print_job import PrintJob


def no_printer_sentence() -> str:
    """The one wording for "no printer chosen" (it was five)."""
    return QCoreApplication.translate(
        "Operations", "Belum ada printer yang dipilih — atur di Pengaturan Perangkat, lalu "
        "Coba lagi.")


class PrintOp(Operation):
    """Print the receipt ``build()`` returns; then ``after_print()``; both on the DB lane.

    ``success(result)``: ``after_print``'s result (or the printer's PrintResult without one).
    ``failure(failure)``: no printer, the printer failed, or the database failed; nothing is
    recorded as printed then.
    """

    def __init__(self, parent: QObject | None, printer_worker: Any,
                 build: Callable[[], Any] | None = None, *, receipt: Any = None,
                 after_print: Callable[[], Any] | None = None,
                 changes: Change = Change.NONE, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, tasks=tasks, changes_hub=changes_hub)
        self.printer_worker = printer_worker
        self._build = build
        self._receipt = receipt  # already built (a return's slip comes with the return)
        self._after_print = after_print
        self._changes = changes
        self.print_job: PrintJob | None = None

    def _start(self) -> None:
        if self.printer_worker is None:
            from jdih_desktop.devices.base import DeviceNotFound

            sentence = no_printer_sentence()
            self._fail(TaskFailure(DeviceNotFound(sentence), sentence))
            return
        if self._build is None:
            self._send(self._receipt)
            return
        self._db(self._build, self._send)

    def _send(self, receipt: Any) -> None:
        self.print_job = PrintJob(self.printer_worker, receipt, self)
        self.print_job.printed.connect(self._on_printed)
        self.print_job.failed.connect(self._on_print_failed)
        self.print_job.start()

    def _on_printed(self, result: object) -> None:
        if self._after_print is None:
            self._succeed(result, self._changes)
            return
        self._db(self._after_print, lambda recorded: self._succeed(recorded, self._changes))

    def _on_print_failed(self, error: object) -> None:
        from jdih_desktop.ui.errors import describe_error

        exc = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._fail(TaskFailure(exc, describe_error(exc, log_it=False)))
