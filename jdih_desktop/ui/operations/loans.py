"""Loan operations: save-and-print a loan, print (or reprint) a stored loan's receipt.

The whole sequence belongs to the operation, not to the page that started it:

    save (database lane) → receipt to the printer (printer thread) → ``mark_printed``
    (database lane) → ``Change.LOANS`` announced

so a wizard closed while the receipt is printing still has the print recorded. The page only
listens: ``saved(loan)`` once the loan row exists, then ``success(loan)`` or
``print_failed(loan, failure)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import LoanData
from jdih_desktop.ui.operations import Change, ChangeHub, Operation
from jdih_desktop.ui.operations.printing import PrintOp, no_printer_sentence
from jdih_desktop.ui.taskman import TaskFailure, TaskManager

__all__ = ["PrintLoanReceipt", "SaveAndPrintLoan", "no_printer_sentence"]


class PrintLoanReceipt(PrintOp):
    """Print a stored loan's receipt and record the print (first print or a reprint).

    ``success(loan)`` after the print is recorded; ``failure(failure)`` when the printer (or
    the database) failed — the loan itself is untouched and can be printed again.
    """

    def __init__(self, parent: QObject | None, services: Services, printer_worker: Any,
                 loan_id: int, *, tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        loans = services.loans
        super().__init__(parent, printer_worker, lambda: loans.receipt(loan_id),
                         after_print=lambda: loans.mark_printed(loan_id),
                         changes=Change.LOANS, tasks=tasks, changes_hub=changes_hub)
        self.loan_id = loan_id


class SaveAndPrintLoan(Operation):
    """Save a loan, then print its receipt and record the print.

    Callbacks: ``saved(loan)`` as soon as the loan is stored (``Change.LOANS | VISITS``
    announced), then ``success(loan)`` once printed and recorded, or ``print_failed(loan,
    failure)`` (the loan stays saved; reprint later). ``failure(failure)`` means the loan was
    not saved at all (a rule refused it, the database failed) and nothing changed.
    """

    def __init__(self, parent: QObject | None, services: Services, printer_worker: Any, *,
                 visit_id: int | None, rule_id: int, copy_ids: Sequence[int],
                 officer_id: int | None, visitor_id: int | None = None,
                 override_reason: str | None = None,
                 tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, tasks=tasks, changes_hub=changes_hub)
        self.services = services
        self.printer_worker = printer_worker
        self.args = (visit_id, rule_id, list(copy_ids), officer_id, visitor_id, override_reason)
        self.loan: LoanData | None = None
        self._on_saved: Callable[[LoanData], None] | None = None
        self._on_print_failed: Callable[[LoanData, TaskFailure], None] | None = None
        self.print_op: PrintLoanReceipt | None = None

    def saved(self, fn: Callable[[LoanData], None]) -> SaveAndPrintLoan:
        self._on_saved = fn
        return self

    def print_failed(self, fn: Callable[[LoanData, TaskFailure], None]) -> SaveAndPrintLoan:
        self._on_print_failed = fn
        return self

    def _start(self) -> None:
        loans, args = self.services.loans, self.args  # never this operation (a QObject)
        self._db(lambda: loans.create_loan(*args), self._on_loan_saved)

    def _on_loan_saved(self, loan: LoanData) -> None:
        self.loan = loan
        self._announce(Change.LOANS | Change.VISITS)
        self._call(self._on_saved, loan)
        self.print_op = PrintLoanReceipt(None, self.services, self.printer_worker, loan.id,
                                         tasks=self._tasks, changes_hub=self._hub)
        self.print_op.success(self._on_receipt_printed)
        self.print_op.failure(self._on_receipt_failed)
        self.print_op.run()

    def _on_receipt_printed(self, loan: LoanData) -> None:
        self.loan = loan
        self.result = loan
        self._call(self._on_success, loan)
        self._finish()

    def _on_receipt_failed(self, failure: TaskFailure) -> None:
        self.failure_info = failure
        self._call(self._on_print_failed, self.loan, failure)
        self._finish()
