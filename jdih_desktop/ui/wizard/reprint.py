"""The "Cetak ulang" bar: reprints a visit's loan receipt on the pages after step 6."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from jdih_desktop.services.loans import LoanData
from jdih_desktop.services.visits import VisitData
from jdih_desktop.ui.operations.loans import PrintLoanReceipt
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    WizardContext,
    label,
    name,
)


class ReprintBar(QWidget):
    """"Cetak ulang bukti" for a visit's stored loan, on the pages after the loan box."""

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loan_id: int | None = None
        self._job: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = name(QPushButton(self.tr("Cetak ulang bukti peminjaman")),
                           "btnReprintReceipt", self.tr("Cetak ulang bukti peminjaman"))
        self.button.clicked.connect(self.reprint)
        self.status = label("", HINT_STYLE, object_name="reprintStatus")
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        self.hide()

    def set_visit(self, visit: VisitData) -> None:
        self._loan_id = visit.loans[-1].id if visit.loans else None
        self.setVisible(self._loan_id is not None)
        if visit.loans:
            last = visit.loans[-1]
            self.status.setText(self.tr("Bukti %1 — dicetak %2 kali.").replace(
                "%1", last.receipt_number).replace("%2", str(last.print_count)))
            self.status.setStyleSheet(HINT_STYLE)

    @Slot()
    def reprint(self) -> None:
        """Reprint through the operation, which records the print even if the page closes."""
        if self._loan_id is None or self._job is not None:
            return
        self.button.setEnabled(False)
        self._job = self._loan_id
        PrintLoanReceipt(self, self.ctx.services, self.ctx.printer_worker, self._loan_id) \
            .success(self._on_printed).failure(self._on_failed).run()

    def _on_printed(self, loan: LoanData) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(self.tr("Bukti %1 dicetak ulang.").replace("%1",
                                                                        loan.receipt_number))
        self.status.setStyleSheet(OK_STYLE)

    def _on_failed(self, failure: TaskFailure) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(failure.message)
        self.status.setStyleSheet(ERROR_STYLE)
