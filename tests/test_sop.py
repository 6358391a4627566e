"""Every arrow of the SOP 9/2022 flowchart, one by one."""

from __future__ import annotations

import pytest

from jdih_desktop.services.sop import (
    DecisionMissing,
    Step,
    VisitFacts,
    next_step,
    path,
    possible_next_steps,
    previous_step,
)

BORROW = VisitFacts(wants_to_borrow=True)
NO_LOAN = VisitFacts(wants_to_borrow=False)


@pytest.mark.parametrize("facts", [BORROW, NO_LOAN])
@pytest.mark.parametrize(("step", "expected"), [
    (Step.ARRIVAL, Step.VISIT_BOOK),       # boxes 1-2 -> 3
    (Step.VISIT_BOOK, Step.ACCESS),        # 3 -> 4
    (Step.ACCESS, Step.BROWSE),            # 4 -> 5
    (Step.DEPARTURE, Step.DOCUMENTATION),  # 8 -> 9
    (Step.DOCUMENTATION, Step.CLOSED),     # 9 -> end
])
def test_linear_arrows_do_not_depend_on_the_decision(step, expected, facts):
    assert next_step(step, facts) is expected


def test_box_5_yes_goes_to_the_loan_then_handover_then_departure():
    assert next_step(Step.BROWSE, BORROW) is Step.LOAN
    assert next_step(Step.LOAN, BORROW) is Step.HANDOVER
    assert next_step(Step.HANDOVER, BORROW) is Step.DEPARTURE


def test_box_5_no_skips_loan_and_handover():
    assert next_step(Step.BROWSE, NO_LOAN) is Step.DEPARTURE


def test_box_5_without_a_decision_refuses_to_move():
    with pytest.raises(DecisionMissing):
        next_step(Step.BROWSE, VisitFacts())


def test_closed_visit_has_no_next_step():
    with pytest.raises(ValueError):
        next_step(Step.CLOSED, BORROW)


def test_whole_paths():
    assert [int(s) for s in path(BORROW)] == [1, 3, 4, 5, 6, 7, 8, 9, 10]
    assert [int(s) for s in path(NO_LOAN)] == [1, 3, 4, 5, 8, 9, 10]


def test_arrival_covers_sop_boxes_1_and_2():
    assert Step.ARRIVAL.sop_boxes == (1, 2)
    assert Step.LOAN.sop_boxes == (6,)


def test_back_never_crosses_a_printed_receipt():
    assert previous_step(Step.HANDOVER, BORROW) is None
    assert previous_step(Step.DEPARTURE, BORROW) is None
    assert previous_step(Step.DEPARTURE, NO_LOAN) is Step.BROWSE
    assert previous_step(Step.LOAN, BORROW) is Step.BROWSE
    assert previous_step(Step.BROWSE, BORROW) is Step.ACCESS
    assert previous_step(Step.VISIT_BOOK, BORROW) is Step.ARRIVAL
    assert previous_step(Step.ARRIVAL, BORROW) is None


def test_possible_next_steps_are_both_arrows_of_the_decision_and_one_elsewhere():
    assert possible_next_steps(Step.BROWSE) == (Step.LOAN, Step.DEPARTURE)
    for step in Step:
        if step in (Step.BROWSE, Step.CLOSED):
            continue
        assert possible_next_steps(step) == (next_step(step, BORROW),)
    assert possible_next_steps(Step.CLOSED) == ()
