"""The stored "to borrow" list of box 5: kept per visit, taken by the loan, cleared at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.services.visits import VisitError
from jdih_desktop.store.models import VisitSelection
from tests.wizard.conftest import ink_png, settle


def _at_browse(services, visitor_id: int) -> int:
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, visitor_id)
    vs.save_visit_book(visit.id, {**vs.load(visit.id).form.as_dict(), "purpose": "Baca"},
                       consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    return visit.id


def test_the_selection_keeps_order_and_ignores_duplicates(services, catalogue,
                                                           returning_visitor):
    # GIVEN a visit at box 5
    vid = _at_browse(services, returning_visitor)
    vs = services.visits
    # WHEN three copies are added (one twice) and one removed
    assert vs.add_to_selection(vid, catalogue["JDIH0000003"])
    assert vs.add_to_selection(vid, catalogue["JDIH0000001"])
    assert not vs.add_to_selection(vid, catalogue["JDIH0000003"])
    assert vs.add_to_selection(vid, catalogue["JDIH0000002"])
    vs.remove_from_selection(vid, catalogue["JDIH0000001"])
    vs.remove_from_selection(vid, catalogue["JDIH0000004"])  # not on it: nothing happens
    # THEN the stored list is the other two, in the order they were added
    assert vs.selection(vid) == [catalogue["JDIH0000003"], catalogue["JDIH0000002"]]


@pytest.mark.parametrize("ending", ["close", "cancel"])
def test_a_closed_or_cancelled_visit_leaves_no_selection(services, catalogue, returning_visitor,
                                                         ending):
    # GIVEN a visit with a copy on its list, and another visit with one too
    vs = services.visits
    vid = _at_browse(services, returning_visitor)
    other = _at_browse(services, returning_visitor)
    vs.add_to_selection(vid, catalogue["JDIH0000001"])
    vs.add_to_selection(other, catalogue["JDIH0000002"])
    # WHEN the first visit ends
    if ending == "cancel":
        vs.cancel_visit(vid, "pengunjung pergi")
    else:
        vs.decide_borrow(vid, False)
        vs.record_departure(vid)
        vs.close_visit(vid, "")
    # THEN its rows are gone, the other visit's list is untouched, and it cannot be changed
    assert vs.selection(vid) == []
    assert vs.selection(other) == [catalogue["JDIH0000002"]]
    with pytest.raises(VisitError):
        vs.add_to_selection(vid, catalogue["JDIH0000003"])


def test_the_loan_takes_the_selection(services, catalogue, returning_visitor):
    # GIVEN a visit that decided to borrow the two copies on its list
    vs = services.visits
    vid = _at_browse(services, returning_visitor)
    ids = [catalogue["JDIH0000001"], catalogue["JDIH0000002"]]
    for cid in ids:
        vs.add_to_selection(vid, cid)
    vs.decide_borrow(vid, True)
    rule = services.loans.default_rule(services.loans.copies(ids))
    # WHEN the loan is saved
    loan = services.loans.create_loan(vid, rule.id, vs.selection(vid))
    # THEN it holds both copies and the stored list is empty
    assert sorted(i.barcode for i in loan.items) == ["JDIH0000001", "JDIH0000002"]
    assert VisitSelection.select().where(VisitSelection.visit == vid).count() == 0


def test_a_visit_resumed_at_the_loan_box_shows_the_stored_list(qtbot, services, catalogue,
                                                                returning_visitor, devices):
    # GIVEN a visit that chose two copies at box 5 and decided to borrow (then the app closed)
    from jdih_desktop.services.sop import Step
    from jdih_desktop.ui.wizard.base import WizardContext
    from jdih_desktop.ui.wizard.wizard import VisitWizard

    vs = services.visits
    vid = _at_browse(services, returning_visitor)
    vs.add_to_selection(vid, catalogue["JDIH0000002"])
    vs.add_to_selection(vid, catalogue["JDIH0000001"])
    vs.decide_borrow(vid, True)
    # WHEN a wizard opens the visit again
    w = VisitWizard(WizardContext(services, devices.printer_worker, devices.scanner_worker,
                                  vs.default_officer(), services.clock), vs.load(vid))
    qtbot.addWidget(w)
    w.show()
    settle(qtbot)  # the page data is read on the database lane
    # THEN the loan page lists the same copies in the same order, ready to save
    assert w.current is Step.LOAN
    page = w.pages[Step.LOAN]
    assert [page.items.item(r, 0).text() for r in range(page.items.rowCount())] == [
        "JDIH0000002", "JDIH0000001"]
    assert page.save_print.isEnabled()
    # AND removing a row there removes it from the stored list too
    page.items.selectRow(0)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert vs.selection(vid) == [catalogue["JDIH0000001"]]
    w.leave()
