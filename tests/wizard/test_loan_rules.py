"""Loan rules, due dates, availability and receipt numbers (services and the loan page)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.services.loans import LoanError
from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import Counter, Holiday, Loan, LoanItem, LoanRule
from jdih_desktop.ui.wizard.base import WizardContext
from jdih_desktop.ui.wizard.wizard import VisitWizard
from tests.wizard.conftest import OfficerActions, ink_png, settle

TAKE_HOME = "Pinjam bawa pulang"
ON_SITE = "Baca di tempat"


def _rule(name: str) -> int:
    return LoanRule.get(LoanRule.name == name).id


def _visit_at_loan(services, visitor_id: int) -> int:
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, visitor_id)
    form = {**vs.load(visit.id).form.as_dict(), "purpose": "Pinjam"}
    vs.save_visit_book(visit.id, form, consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    vs.decide_borrow(visit.id, True)
    return visit.id


def test_a_holiday_and_the_weekend_push_the_due_date(services, catalogue):
    # GIVEN Tuesday 24 November 2026 and a holiday on Friday 27 November
    Holiday.create(date=dt.date(2026, 11, 27), name="Cuti bersama (contoh)")
    # WHEN a take-home loan of 7 opening days is quoted
    q = services.loans.quote(_rule(TAKE_HOME), [catalogue["JDIH0000001"]])
    # THEN Wed 25, Thu 26, (Fri 27 holiday, Sat, Sun), Mon 30, Tue 1, Wed 2, Thu 3, Fri 4
    assert q.ok and not q.read_on_site
    assert q.due_date == dt.date(2026, 12, 4)


def test_a_read_on_site_copy_forces_the_read_on_site_rule(services, catalogue):
    # GIVEN JDIH0000004, which may only be read in the room
    copies = services.loans.copies([catalogue["JDIH0000004"], catalogue["JDIH0000001"]])
    # WHEN the desk proposes a rule
    rule = services.loans.default_rule(copies)
    # THEN it is read-on-site with no due date
    assert rule.read_on_site and rule.name == ON_SITE
    q = services.loans.quote(rule.id, [c.id for c in copies])
    assert q.ok and q.due_date is None and q.read_on_site
    # AND a take-home rule is refused with the reason
    q = services.loans.quote(_rule(TAKE_HOME), [c.id for c in copies])
    assert not q.ok
    assert any("JDIH0000004 hanya boleh dibaca di tempat" in p for p in q.problems)


def test_the_loan_page_shows_baca_di_tempat_and_prints_it(qtbot, services, catalogue,
                                                          returning_visitor, devices):
    # GIVEN a visit at the loan box and a read-on-site copy scanned
    visit_id = _visit_at_loan(services, returning_visitor)
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    w = VisitWizard(ctx, services.visits.load(visit_id))
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    page = w.pages[Step.LOAN]
    OfficerActions(qtbot).scan(w, "JDIH0000004")
    # THEN the rule switches to read-on-site and the due line says so
    assert page.rule.currentText().startswith(ON_SITE)
    assert page.due.text().startswith("Baca di tempat")
    # WHEN saved and printed
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(page.save_print, Qt.MouseButton.LeftButton)
        settle(qtbot)
    # THEN the stored loan has no due date and the receipt says "BACA DI TEMPAT"
    loan = Loan.get()
    assert loan.read_on_site and loan.due_date is None
    assert "BACA DI TEMPAT" in devices.printer.last_job.receipt.plain_text()


def test_receipt_numbers_are_sequential_per_year_and_stored(services, catalogue,
                                                            returning_visitor, clock):
    # GIVEN three loans, the last one in a new year
    first = services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000001"]],
                                       visitor_id=returning_visitor)
    second = services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000002"]],
                                        visitor_id=returning_visitor)
    clock.now = dt.datetime(2027, 1, 4, 9, 0)
    third = services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000003"]],
                                       visitor_id=returning_visitor)
    # THEN the numbers follow the agreed format and counters
    assert [first.receipt_number, second.receipt_number, third.receipt_number] == [
        "PJ-2026-000001", "PJ-2026-000002", "PJ-2027-000001"]
    assert Counter.get(Counter.name == "loan:2026").value == 2
    assert Counter.get(Counter.name == "loan:2027").value == 1
    # AND a reprint keeps the stored number and says it is a reprint
    services.loans.mark_printed(first.id)
    again = services.loans.receipt(first.id)
    assert "PJ-2026-000001" in again.plain_text() and "CETAK ULANG ke-1" in again.plain_text()


def test_a_copy_already_on_loan_is_refused_and_nothing_is_written(services, catalogue,
                                                                  returning_visitor):
    # GIVEN JDIH0000001 out on a loan
    services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000001"]],
                               visitor_id=returning_visitor)
    # WHEN it is scanned or lent again
    with pytest.raises(LoanError, match="Sedang dipinjam"):
        services.loans.copy_by_barcode("JDIH0000001")
    with pytest.raises(LoanError, match="Sedang dipinjam"):
        services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000001"]],
                                   visitor_id=returning_visitor)
    # THEN no second loan, item or receipt number was used
    assert Loan.select().count() == 1 and LoanItem.select().count() == 1
    assert Counter.get(Counter.name == "loan:2026").value == 1


def test_max_items_and_unknown_barcodes_have_precise_messages(services, catalogue,
                                                              returning_visitor):
    LoanRule.update(max_items=1).where(LoanRule.name == TAKE_HOME).execute()
    q = services.loans.quote(_rule(TAKE_HOME), [catalogue["JDIH0000001"],
                                                catalogue["JDIH0000002"]])
    assert "paling banyak 1 eksemplar; yang dipilih 2" in " ".join(q.problems)
    with pytest.raises(LoanError, match="tidak terdaftar"):
        services.loans.copy_by_barcode("JDIH9999999")
    with pytest.raises(LoanError, match="bukan barcode eksemplar"):
        services.loans.copy_by_barcode("hello")


def test_browse_search_reports_availability_per_copy(services, catalogue, returning_visitor):
    from jdih_desktop.store.search import SearchFilters

    services.loans.create_loan(None, _rule(TAKE_HOME), [catalogue["JDIH0000002"]],
                               visitor_id=returning_visitor)
    cards, total = services.loans.search(SearchFilters(text="pkpu 4/2021"))
    assert total >= 1 and cards[0].label == "Peraturan: PKPU No. 4 Tahun 2021"
    assert cards[0].available_copies == 0
    assert cards[0].copies[0].reason == "Sedang dipinjam."
    cards, _ = services.loans.search(SearchFilters(doc_type="putusan"))
    assert [c.nomor for c in cards] == ["90/PUU-XXI/2023"]
    assert cards[0].copies[0].read_on_site
