"""Return operations: record a return and print its slip; print a slip again.

    record the return (database lane, one transaction) → ``Change.RETURNS | LOANS`` announced
    → ``saved(result)`` → the slip to the printer → ``success(result)`` or
    ``print_failed(result, failure)`` (the return stays recorded; reprint later)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.services.container import Services
from jdih_desktop.services.returns import ReturnLine, ReturnResult
from jdih_desktop.ui.operations import Change, ChangeHub, Operation
from jdih_desktop.ui.operations.printing import PrintOp
from jdih_desktop.ui.taskman import TaskFailure, TaskManager


class PrintReturnSlip(PrintOp):
    """Print (again) the slip of a recorded return. ``success(receipt)``."""

    def __init__(self, parent: QObject | None, services: Services, printer_worker: Any,
                 return_id: int, *, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        returns = services.returns
        self.receipt: Any = None

        def build() -> Any:  # holds the service and the id, never this operation (a QObject)
            return returns.slip(return_id)

        super().__init__(parent, printer_worker, build, tasks=tasks, changes_hub=changes_hub)
        self.return_id = return_id

    def _send(self, receipt: Any) -> None:
        self.receipt = receipt  # (on the GUI thread, before it is printed)
        super()._send(receipt)


class ReturnAndPrintSlip(Operation):
    """Record the returned lines of a loan, then print the slip."""

    def __init__(self, parent: QObject | None, services: Services, printer_worker: Any,
                 loan_id: int, lines: Sequence[ReturnLine], *,
                 officer_id: int | None = None, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, tasks=tasks, changes_hub=changes_hub)
        self.services = services
        self.printer_worker = printer_worker
        self.loan_id = loan_id
        self.lines = list(lines)
        self.officer_id = officer_id
        self.returned: ReturnResult | None = None
        self._on_saved: Callable[[ReturnResult], None] | None = None
        self._on_print_failed: Callable[[ReturnResult, TaskFailure], None] | None = None

    def saved(self, fn: Callable[[ReturnResult], None]) -> ReturnAndPrintSlip:
        self._on_saved = fn
        return self

    def print_failed(self, fn: Callable[[ReturnResult, TaskFailure], None]
                     ) -> ReturnAndPrintSlip:
        self._on_print_failed = fn
        return self

    def _start(self) -> None:
        # the job holds the service and plain data, never this operation (a QObject)
        returns, loan_id, lines, officer_id = \
            self.services.returns, self.loan_id, self.lines, self.officer_id
        self._db(lambda: returns.return_items(loan_id, lines, officer_id=officer_id),
                 self._on_recorded)

    def _on_recorded(self, result: ReturnResult) -> None:
        self.returned = result
        self._announce(Change.RETURNS | Change.LOANS)
        self._call(self._on_saved, result)
        receipt = result.receipt
        op = PrintOp(None, self.printer_worker, receipt=receipt, tasks=self._tasks,
                     changes_hub=self._hub)
        op.success(lambda _r: self._printed()).failure(self._print_failed_).run()

    def _printed(self) -> None:
        self.result = self.returned
        self._call(self._on_success, self.returned)
        self._finish()

    def _print_failed_(self, failure: TaskFailure) -> None:
        self.failure_info = failure
        self._call(self._on_print_failed, self.returned, failure)
        self._finish()
