"""The wizard takes every step decision from ``services.sop``: the page after a box, the pages
it prepares ahead, the boxes its step list shows as skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jdih_desktop.services.sop import Step, VisitFacts, path
from jdih_desktop.ui.wizard.base import WizardContext
from jdih_desktop.ui.wizard.wizard import FLOW, VisitWizard
from tests.wizard.conftest import ink_png, settle


def _at_browse(services, visitor_id: int) -> int:
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, visitor_id)
    vs.save_visit_book(visit.id, {**vs.load(visit.id).form.as_dict(), "purpose": "Baca"},
                       consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    return visit.id


def _wizard(qtbot, services, devices, visit_id: int) -> VisitWizard:
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    w = VisitWizard(ctx, services.visits.load(visit_id))
    qtbot.addWidget(w)
    settle(qtbot)
    return w


def _marks(w: VisitWizard) -> dict[Step, str]:
    return {w.steps.item(i).data(Qt.ItemDataRole.UserRole): w.steps.item(i).text()[:2]
            for i in range(w.steps.count())}


def test_at_the_decision_both_following_pages_are_prepared(qtbot, services, devices,
                                                           returning_visitor, catalogue):
    # GIVEN a visit at box 5
    w = _wizard(qtbot, services, devices, _at_browse(services, returning_visitor))
    assert w.current is Step.BROWSE
    # THEN the flowchart's two arrows from 5 (loan, departure) are built ahead — the boxes
    # after them too, one per event-loop turn — and nothing behind
    qtbot.waitUntil(lambda: Step.LOAN in w.pages and Step.DEPARTURE in w.pages)
    qtbot.wait(50)
    assert set(w.pages) <= {Step.BROWSE, Step.LOAN, Step.DEPARTURE, Step.HANDOVER,
                            Step.DOCUMENTATION}
    w.leave()


def test_no_loan_marks_exactly_the_boxes_the_flowchart_skips(qtbot, services, devices,
                                                             returning_visitor, catalogue):
    # GIVEN a visit at box 5
    w = _wizard(qtbot, services, devices, _at_browse(services, returning_visitor))
    # WHEN the visitor does not borrow
    qtbot.mouseClick(w.pages[Step.BROWSE].no_borrow, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN the next page is the flowchart's NO arrow, and the list marks what it skips
    assert w.current is Step.DEPARTURE
    walked = set(path(VisitFacts(wants_to_borrow=False)))
    marks = _marks(w)
    for step in FLOW:
        if step is Step.DEPARTURE:
            assert marks[step] == "▶ "
        elif step not in walked:
            assert marks[step] == "· ", step
        elif step < Step.DEPARTURE:
            assert marks[step] == "✓ ", step
    assert {s for s in FLOW if marks[s] == "· "} == {Step.LOAN, Step.HANDOVER}
    w.leave()
