"""The flowchart of SOP No. 9/2022 as one pure function.

Boxes 1 and 2 (the visitor reports, the officer asks for the visit book) are one moment at
the desk and form the ARRIVAL step. Box 5 is the only decision: a visitor who wants to borrow
goes on to the loan (6) and handover (7); one who does not reports to the officer and leaves (8).
Every visit ends with the officer's documentation (9), after which it is closed.

The wizard asks ``next_step`` (and ``previous_step``) and nothing else decides the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP


class Step(IntEnum):
    """The wizard steps, numbered by their SOP box."""

    ARRIVAL = 1  # boxes 1-2
    VISIT_BOOK = 3
    ACCESS = 4
    BROWSE = 5
    LOAN = 6
    HANDOVER = 7
    DEPARTURE = 8
    DOCUMENTATION = 9
    CLOSED = 10  # not a flowchart box: the visit is finished

    @property
    def sop_boxes(self) -> tuple[int, ...]:
        return (1, 2) if self is Step.ARRIVAL else (int(self),) if self is not Step.CLOSED else ()


@dataclass(frozen=True)
class VisitFacts:
    """What the flowchart needs to know about a visit to choose the next box."""

    wants_to_borrow: bool | None = None


class DecisionMissing(ValueError):
    """The visit is at the decision box (5) and the decision has not been taken."""


_LINEAR = {
    Step.ARRIVAL: Step.VISIT_BOOK,
    Step.VISIT_BOOK: Step.ACCESS,
    Step.ACCESS: Step.BROWSE,
    Step.LOAN: Step.HANDOVER,
    Step.HANDOVER: Step.DEPARTURE,
    Step.DEPARTURE: Step.DOCUMENTATION,
    Step.DOCUMENTATION: Step.CLOSED,
}


def next_step(step: Step, facts: VisitFacts) -> Step:
    """The box that follows ``step`` for a visit with ``facts``."""
    if step is Step.BROWSE:
        if facts.wants_to_borrow is None:
            raise DecisionMissing(QT_TRANSLATE_NOOP(
                "Messages", "Pilih: meminjam dokumen atau tidak."))
        return Step.LOAN if facts.wants_to_borrow else Step.DEPARTURE
    if step is Step.CLOSED:
        raise ValueError("A closed visit has no next step.")
    return _LINEAR[step]


def possible_next_steps(step: Step) -> tuple[Step, ...]:
    """Every box that can follow ``step``, whatever the visit's facts (asked of ``next_step``
    for each answer of the decision), in flowchart order; empty for a closed visit."""
    if step is Step.CLOSED:
        return ()
    answers = (VisitFacts(wants_to_borrow=True), VisitFacts(wants_to_borrow=False))
    return tuple(sorted({next_step(step, facts) for facts in answers}))


def previous_step(step: Step, facts: VisitFacts) -> Step | None:
    """Where "Kembali" leads, or None when going back is not allowed.

    Going back never undoes what the SOP has already produced: once the loan receipt exists
    (box 6 done) the wizard cannot go back before it.
    """
    if step in (Step.ARRIVAL, Step.CLOSED, Step.HANDOVER):
        return None
    if step is Step.DEPARTURE:
        return None if facts.wants_to_borrow else Step.BROWSE
    for before, after in _LINEAR.items():
        if after is step:
            return before
    if step is Step.LOAN:
        return Step.BROWSE
    return None


def path(facts: VisitFacts) -> list[Step]:
    """Every step a visit with these facts walks through, in order (for summaries)."""
    steps = [Step.ARRIVAL]
    while steps[-1] is not Step.CLOSED:
        steps.append(next_step(steps[-1], facts))
    return steps
