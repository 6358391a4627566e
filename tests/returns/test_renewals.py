"""Renewal at the returns desk (issue 15): new due date by the rule with holidays, the rule's
maximum number of renewals, refusal past N days late, the slip, and the count in reports."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jdih_desktop.devices.escpos_render import render_bytes
from jdih_desktop.services.renewals import RenewalError, RenewalService
from jdih_desktop.store.models import AuditLog, Holiday, Loan, LoanItem, LoanRenewal, LoanRule
from tests.support.escpos import decode

TAKE_HOME = "Pinjam bawa pulang"  # 7 opening days, Saturdays and Sundays skipped


@pytest.fixture
def renewals(services) -> RenewalService:
    return services.renewals


def _loan(loans, due: dt.date, *, rule: str = TAKE_HOME) -> Loan:
    loan = loans.loan(docs=2, loaned_at=dt.datetime(2026, 11, 16, 10, 0), due=due)
    loan.rule = LoanRule.get(LoanRule.name == rule)
    loan.save()
    return loan


def test_a_renewal_counts_the_rules_period_in_opening_days_with_holidays(
        services, renewals, loans, clock):
    # GIVEN today Tuesday 24 November 2026, a loan due tomorrow, and a holiday on Fri 27
    Holiday.create(date=dt.date(2026, 11, 27), name="Cuti bersama (contoh)")
    loan = _loan(loans, dt.date(2026, 11, 25))
    # WHEN the visitor renews it at the desk (found by the receipt)
    found = services.returns.find(loan.receipt_number)
    result = renewals.renew(found.loan_id)
    # THEN 7 opening days from today: 25, 26, (27 holiday, 28, 29), 30, 1, 2, 3, 4 December
    assert result.old_due == dt.date(2026, 11, 25)
    assert result.new_due == dt.date(2026, 12, 4)
    stored = Loan.get_by_id(loan.id)
    assert stored.due_date == dt.date(2026, 12, 4) and stored.renewals == 1
    assert result.slip_number == "PP-2026-000001"
    row = LoanRenewal.get()
    assert (row.old_due, row.new_due) == (dt.date(2026, 11, 25), dt.date(2026, 12, 4))
    detail = json.loads(AuditLog.get(AuditLog.action == "loan.renew").detail)
    assert detail["new_due"] == "2026-12-04"


def test_the_rules_maximum_number_of_renewals_is_kept(renewals, loans):
    LoanRule.update(max_renewals=2).where(LoanRule.name == TAKE_HOME).execute()
    loan = _loan(loans, dt.date(2026, 11, 25))
    renewals.renew(loan.id)
    renewals.renew(loan.id)
    q = renewals.quote(loan.id)
    assert not q.ok and "paling banyak 2 kali" in q.refusal
    with pytest.raises(RenewalError, match="paling banyak 2 kali"):
        renewals.renew(loan.id)
    assert Loan.get_by_id(loan.id).renewals == 2
    assert LoanRenewal.select().count() == 2


def test_refused_when_later_than_the_rule_allows(renewals, loans):
    # GIVEN a rule that allows renewing up to 3 days late, and a loan due 5 days ago
    LoanRule.update(renew_max_days_late=3).where(LoanRule.name == TAKE_HOME).execute()
    loan = _loan(loans, dt.date(2026, 11, 19))
    q = renewals.quote(loan.id)
    assert q.days_late == 5 and not q.ok and "sampai 3 hari" in q.refusal
    with pytest.raises(RenewalError):
        renewals.renew(loan.id)
    assert Loan.get_by_id(loan.id).due_date == dt.date(2026, 11, 19)
    # AND 3 days late is still allowed
    late3 = _loan(loans, dt.date(2026, 11, 21))
    assert renewals.quote(late3.id).ok


def test_read_on_site_and_returned_loans_are_not_renewed(services, renewals, loans):
    on_site = loans.loan(docs=1, loaned_at=dt.datetime(2026, 11, 24, 9, 0), due=None,
                         read_on_site=True)
    assert "baca di tempat" in renewals.quote(on_site.id).refusal
    loan = _loan(loans, dt.date(2026, 11, 30))
    services.returns.return_all(loan.id)
    assert "sudah dikembalikan" in renewals.quote(loan.id).refusal


def test_the_renewal_slip_lists_the_copies_and_the_new_date(renewals, loans):
    loan = _loan(loans, dt.date(2026, 11, 25))
    result = renewals.renew(loan.id)
    d = decode(render_bytes(result.receipt))
    text = d.text
    assert "BUKTI PERPANJANGAN" in text and result.slip_number in text
    assert "Kamis, 3 Desember 2026" in text  # 7 opening days from Tue 24 Nov
    for it in LoanItem.select().where(LoanItem.loan == loan.id):
        assert it.copy.barcode in text
    assert d.qr_codes == [loan.receipt_number]


def test_the_returns_desk_renews_a_scanned_loan_and_prints_the_slip(qtbot, services, loans):
    from PySide6.QtCore import Qt

    from jdih_desktop.devices.simulated import SimulatedPrinter
    from jdih_desktop.devices.worker import PrinterWorker
    from jdih_desktop.ui.returns import ReturnsWindow

    printer = SimulatedPrinter()
    pw = PrinterWorker(printer)
    try:
        w = ReturnsWindow(services, pw, None)
        qtbot.addWidget(w)
        w.show()
        loan = _loan(loans, dt.date(2026, 11, 25))
        barcode = LoanItem.select().where(LoanItem.loan == loan.id).first().copy.barcode
        # WHEN a copy is scanned (no receipt at hand) and Perpanjang pressed
        qtbot.keyClicks(w.scan_input, barcode)
        qtbot.keyClick(w.scan_input, Qt.Key.Key_Return)
        qtbot.waitUntil(w.renew_button.isEnabled)  # the renewal's terms are read on the lane
        assert "Kamis, 3 Desember 2026" in w.renew_button.toolTip()
        with qtbot.waitSignal(pw.printed, timeout=5000):
            qtbot.mouseClick(w.renew_button, Qt.MouseButton.LeftButton)
        # THEN the loan shows the new due date and the renewal slip was printed
        assert "3 Desember 2026" in w.loan_label.text()
        assert "BUKTI PERPANJANGAN" in decode(printer.jobs[-1].data).text
        qtbot.waitUntil(lambda: "dicetak" in w.status_label.text())
        assert "perpanjangan" in w.status_label.text()
        # AND a second renewal is refused by the default rule (at most 1): button disabled
        qtbot.waitUntil(lambda: "paling banyak 1 kali" in w.renew_button.toolTip())
        assert not w.renew_button.isEnabled()
    finally:
        pw.shutdown()
