"""Loan operations: the print is recorded by the operation, and other windows hear of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from jdih_desktop.devices.base import PaperJam
from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import Loan
from jdih_desktop.ui.dashboard import Dashboard
from jdih_desktop.ui.operations import running_operations
from jdih_desktop.ui.operations.loans import PrintLoanReceipt, SaveAndPrintLoan
from jdih_desktop.ui.wizard.base import WizardContext
from jdih_desktop.ui.wizard.wizard import VisitWizard
from tests.wizard.conftest import OfficerActions, settle
from tests.wizard.test_loan_rules import TAKE_HOME, _rule, _visit_at_loan


def test_closing_the_wizard_while_the_receipt_prints_still_records_the_print(
        qtbot, services, catalogue, returning_visitor, devices):
    # GIVEN a visit at the loan box with one copy scanned, and a printer that takes its time
    visit_id = _visit_at_loan(services, returning_visitor)
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    wizard = VisitWizard(ctx, services.visits.load(visit_id))
    wizard.show()
    settle(qtbot)  # the loan page's data is read on the database lane
    page = wizard.pages[Step.LOAN]
    OfficerActions(qtbot).scan(wizard, "JDIH0000001")
    devices.printer.delay_s = 0.4
    # WHEN the officer saves and prints, and closes the wizard while the paper comes out
    qtbot.mouseClick(page.save_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Loan.select().count() == 1, timeout=5000)
    assert not devices.printer.jobs  # still printing
    wizard.leave()
    wizard.deleteLater()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=5000)
    # THEN the receipt was printed once and the stored loan says so
    assert len(devices.printer.jobs) == 1
    loan = Loan.get()
    assert loan.print_count == 1 and loan.printed_at is not None


def test_a_failed_print_keeps_the_loan_and_says_what_to_do(qtbot, services, catalogue,
                                                          returning_visitor, devices):
    # GIVEN a jammed printer
    devices.printer.fail_next(PaperJam())
    parent = QWidget()
    qtbot.addWidget(parent)
    saved, failed, printed = [], [], []
    # WHEN a loan is saved and printed
    SaveAndPrintLoan(parent, services, devices.printer_worker, visit_id=None,
                     rule_id=_rule(TAKE_HOME), copy_ids=[catalogue["JDIH0000002"]],
                     officer_id=None, visitor_id=returning_visitor) \
        .saved(saved.append).success(printed.append) \
        .print_failed(lambda loan, f: failed.append((loan, f))).run()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=5000)
    # THEN the loan is stored, unprinted, and the failure is the printer's own sentence
    assert len(saved) == 1 and printed == []
    loan, failure = failed[0]
    assert loan.id == saved[0].id and Loan.get_by_id(loan.id).print_count == 0
    assert isinstance(failure.error, PaperJam)
    assert failure.message.startswith("Kertas macet")
    # WHEN it is printed again
    again = []
    PrintLoanReceipt(parent, services, devices.printer_worker, loan.id) \
        .success(again.append).run()
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=5000)
    # THEN the same receipt number is printed and recorded
    assert again[0].receipt_number == loan.receipt_number and again[0].print_count == 1


def test_a_saved_loan_refreshes_the_dashboard_in_another_window(qtbot, services, catalogue,
                                                              returning_visitor, devices):
    # GIVEN the home page's dashboard open, showing no loan out
    dashboard = Dashboard(services.reports, interval_ms=0)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=5000)
    assert dashboard.figures.loans_out == 0
    # WHEN a loan is saved by an operation started elsewhere (no wiring between the two)
    SaveAndPrintLoan(None, services, devices.printer_worker, visit_id=None,
                     rule_id=_rule(TAKE_HOME), copy_ids=[catalogue["JDIH0000001"]],
                     officer_id=None, visitor_id=returning_visitor).run()
    # THEN the dashboard refreshed itself from the change announcement
    qtbot.waitUntil(lambda: dashboard.figures.loans_out == 1, timeout=5000)
    assert dashboard.tile_loans.value.text() == "1"
