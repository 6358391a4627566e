"""The borrower in view (issue 15): limits across loans, overdue warn/block with an override,
loan rules added and retired, and the borrower panel on arrival and on the loan page."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.calendar_admin import LoanRuleForm
from jdih_desktop.services.loans import LoanError
from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import AuditLog, Copy, Document, LoanOverride, LoanRule
from jdih_desktop.ui.wizard.base import WizardContext
from jdih_desktop.ui.wizard.wizard import VisitWizard
from tests.wizard.conftest import settle
from tests.wizard.test_loan_rules import _visit_at_loan

TAKE_HOME = "Pinjam bawa pulang"  # 7 opening days, at most 3 copies


def _rule(name: str) -> int:
    return LoanRule.get(LoanRule.name == name).id


def _more_copies(n: int) -> list[int]:
    ids = []
    for i in range(n):
        d = Document.create(doc_type="peraturan", jenis="Peraturan KPU", singkatan_jenis="PKPU",
                            nomor=str(100 + i), tahun=2024, judul=f"Tata cara {i}")
        ids.append(Copy.create(document=d, barcode=f"JDIH{90 + i:07d}").id)
    return ids


def test_the_limit_counts_the_borrowers_copies_across_loans(services, catalogue,
                                                            returning_visitor):
    # GIVEN a borrower who took 2 copies home under "maks. 3 eksemplar"
    loans = services.loans
    rule = _rule(TAKE_HOME)
    loans.create_loan(None, rule, [catalogue["JDIH0000001"], catalogue["JDIH0000002"]],
                      visitor_id=returning_visitor)
    # WHEN she asks for 2 more in a second loan
    extra = _more_copies(1)[0]
    q = loans.quote(rule, [catalogue["JDIH0000003"], extra], returning_visitor)
    # THEN it is refused: 2 out + 2 asked > 3, and the message says how many are left
    assert not q.ok and not q.ok_with_override
    assert any("masih membawa 2" in p and "paling banyak 1 lagi" in p for p in q.problems)
    with pytest.raises(LoanError, match="sekaligus per peminjam"):
        loans.create_loan(None, rule, [catalogue["JDIH0000003"], extra],
                          visitor_id=returning_visitor)
    # AND one more copy is allowed
    assert loans.quote(rule, [catalogue["JDIH0000003"]], returning_visitor).ok
    # AND another visitor is not affected by her loans
    assert loans.quote(rule, [catalogue["JDIH0000003"], extra]).ok


def _late_loan(services, clock, catalogue, visitor_id) -> None:
    """A take-home loan made 20 days ago (due long past)."""
    now = clock.now
    clock.now = now - dt.timedelta(days=20)
    services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000001"]],
                               visitor_id=visitor_id)
    clock.now = now


def test_an_overdue_borrower_is_warned_under_a_warn_rule(services, clock, catalogue,
                                                         returning_visitor):
    _late_loan(services, clock, catalogue, returning_visitor)
    q = services.loans.quote(_rule(TAKE_HOME), [catalogue["JDIH0000002"]], returning_visitor)
    assert q.ok and not q.overdue_block
    assert q.warnings and "terlambat" in q.warnings[0]


def test_a_block_rule_needs_the_officers_reason_which_is_audited(services, clock, catalogue,
                                                                 returning_visitor):
    # GIVEN the take-home rule blocks overdue borrowers, and a loan 20 days old
    LoanRule.update(overdue_action="block").where(LoanRule.name == TAKE_HOME).execute()
    _late_loan(services, clock, catalogue, returning_visitor)
    rule = _rule(TAKE_HOME)
    q = services.loans.quote(rule, [catalogue["JDIH0000002"]], returning_visitor)
    assert not q.ok and q.ok_with_override and "tidak membolehkan" in q.overdue_block
    # WHEN the officer saves without a reason THEN nothing is saved
    with pytest.raises(LoanError, match="alasan"):
        services.loans.create_loan(None, rule, [catalogue["JDIH0000002"]],
                                   visitor_id=returning_visitor, override_reason="  ")
    assert LoanOverride.select().count() == 0
    # WHEN a reason is given THEN the loan is made, the override kept and audited
    loan = services.loans.create_loan(None, rule, [catalogue["JDIH0000002"]],
                                      visitor_id=returning_visitor,
                                      override_reason="Diperlukan untuk sidang besok")
    ov = LoanOverride.get()
    assert ov.loan_id == loan.id and ov.reason == "Diperlukan untuk sidang besok"
    audit = AuditLog.get(AuditLog.action == "loan.override")
    assert json.loads(audit.detail)["reason"] == "Diperlukan untuk sidang besok"


def test_loan_rules_can_be_added_and_retired(services, catalogue):
    admin = services.calendar_admin
    new = admin.add_loan_rule(LoanRuleForm(name="Monografi 14 hari", doc_type="monografi",
                                           period_days=14, max_items=2, max_renewals=2))
    assert new.name in [r.name for r in services.loans.rules()]
    with pytest.raises(ValidationError):
        admin.add_loan_rule(LoanRuleForm(name="Monografi 14 hari"))
    with pytest.raises(ValidationError):
        admin.add_loan_rule(LoanRuleForm(name="Aneh", overdue_action="usir"))
    # the rule fits a monograph by type
    copies = services.loans.copies([catalogue["JDIH0000003"]])
    assert services.loans.default_rule(copies).name == "Monografi 14 hari"
    admin.retire_loan_rule(new.id)
    assert new.name not in [r.name for r in services.loans.rules()]
    assert AuditLog.select().where(AuditLog.action == "loan_rule.add").count() == 1


def _wizard(qtbot, services, devices, visit_id):
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    w = VisitWizard(ctx, services.visits.load(visit_id))
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    return w


def test_arrival_shows_the_found_visitors_open_and_late_loans(qtbot, services, clock, catalogue,
                                                              returning_visitor, devices):
    _late_loan(services, clock, catalogue, returning_visitor)
    visit = services.visits.open_visit()
    w = _wizard(qtbot, services, devices, visit.id)
    page = w.pages[Step.ARRIVAL]
    qtbot.keyClicks(page.search, "Siti")
    settle(qtbot)
    assert page.selected_visitor() == returning_visitor
    panel = page.borrower
    assert panel.isVisible()
    assert "TERLAMBAT" in panel.summary_label.text()
    cells = [panel.table.item(0, c).text() for c in range(5)]
    assert "JDIH0000001" in cells[1] and "terlambat" in cells[4]
    # a new visitor has no panel
    page.results.setCurrentRow(0)
    assert not panel.isVisible()


def test_the_loan_page_blocks_an_overdue_borrower_until_a_reason_is_typed(
        qtbot, services, clock, catalogue, returning_visitor, devices):
    LoanRule.update(overdue_action="block").where(LoanRule.name == TAKE_HOME).execute()
    _late_loan(services, clock, catalogue, returning_visitor)
    visit_id = _visit_at_loan(services, returning_visitor)
    services.visits.add_to_selection(visit_id, catalogue["JDIH0000002"])
    w = _wizard(qtbot, services, devices, visit_id)
    page = w.pages[Step.LOAN]
    assert page.borrower.isVisible() and page.borrower.table.rowCount() == 1
    assert not page.save_print.isEnabled() and page.override.isVisible()
    qtbot.keyClicks(page.override, "Untuk sidang DKPP besok pagi")
    settle(qtbot)
    assert page.save_print.isEnabled()
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(page.save_print, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert LoanOverride.get().reason == "Untuk sidang DKPP besok pagi"
    assert page.borrower.table.rowCount() == 2  # the new loan is in the panel
