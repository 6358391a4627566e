"""Personal data past the retention period is removed; the visits and their figures stay."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from jdih_desktop.services.reports import Period
from jdih_desktop.services.retention import RetentionError, years_before
from jdih_desktop.store.models import (
    Attachment,
    AuditLog,
    IdScan,
    Loan,
    LoanItem,
    Visit,
    Visitor,
)
from tests.reports.report_data import populate
from tests.retention.conftest import CUTOFF, PNG


def _personal(visitor_id: int) -> tuple:
    v = Visitor.get_by_id(visitor_id)
    return (v.full_name, v.id_number, v.institution, v.address, v.phone, v.email,
            v.name_search)


def _snapshot() -> dict:
    """Every row that a run may touch, to prove a dry run changed nothing."""
    return {
        "visitors": [tuple(r.__data__.items()) for r in Visitor.select().order_by(Visitor.id)],
        "visits": [(r.id, r.signature_png, r.handover_signature_png)
                   for r in Visit.select().order_by(Visit.id)],
        "scans": IdScan.select().count(), "attachments": Attachment.select().count(),
        "audit": AuditLog.select().count(),
    }


def test_preview_lists_who_is_due_and_who_is_kept_and_changes_nothing(services, people):
    # GIVEN visitors on both sides of the 5-year cut-off
    before = _snapshot()
    # WHEN the officer previews
    plan = services.retention.preview()
    # THEN the cut-off is five calendar years before now
    assert plan.cutoff == CUTOFF and plan.retention_years == 5 and not plan.committed
    # AND only the visitors past it without an open loan are due
    due = {c.visitor_id for c in plan.candidates}
    assert due == {people.old, people.returned_loan, people.never_visited}
    # AND the debtor is listed as skipped with the receipt that keeps them
    assert [(s.visitor_id, s.full_name) for s in plan.skipped] == [(people.open_loan,
                                                                    "Eko Prasetyo")]
    assert "PJM/2020/00001" in plan.skipped[0].reason
    assert "belum dikembalikan" in plan.skipped[0].reason
    # AND the counts say what goes: the old visitor's scan, photo and two visits' signatures
    old = next(c for c in plan.candidates if c.visitor_id == people.old)
    assert (old.visits, old.id_scans, old.signatures, old.attachments) == (2, 1, 4, 1)
    assert old.last_visit == CUTOFF - dt.timedelta(seconds=1)
    assert old.full_name == "Budi Santoso" and old.masked_id == "6172••••••••0001"
    assert (plan.id_scans, plan.signatures, plan.attachments) == (1, 6, 1)
    # AND nothing was written
    assert _snapshot() == before


def test_commit_anonymises_removes_images_and_logs(services, people):
    # WHEN the run is committed
    result = services.retention.commit()
    # THEN the due visitors have no personal data left; their category stays
    assert result.committed and result.visitors == 3
    for vid in (people.old, people.returned_loan, people.never_visited):
        assert _personal(vid) == (f"Pengunjung dianonimkan #{vid}", None, None, None, None,
                                  None, "")
        row = Visitor.get_by_id(vid)
        assert row.anonymised_at == services.clock() and row.category == "umum"
        assert row.id_type == "nik"
    # AND the images of their visits are gone, the visits themselves are not
    old_visits = Visit.select().where(Visit.visitor == people.old)
    assert old_visits.count() == 2
    assert all(v.signature_png is None and v.handover_signature_png is None
               for v in old_visits)
    assert not IdScan.select().where(IdScan.visit == people.old_visit).exists()
    photos = Attachment.select().where(Attachment.visit == people.old_visit)
    # the visit's photo is gone; an attachment tied to a catalogue document is catalogue data
    assert [a.id for a in photos] == [people.catalogue_attachment]
    old_visit = Visit.get_by_id(people.old_visit)
    assert (old_visit.status, old_visit.purpose, old_visit.rating, old_visit.consent_given) == (
        "closed", "Mencari PKPU", 4, True)
    # AND the settled loan is kept, only its borrower is anonymous now
    loan = Loan.get(Loan.receipt_number == "PJM/2020/00002")
    assert loan.visitor_id == people.returned_loan and loan.status == "returned"
    assert LoanItem.select().where(LoanItem.loan == loan).count() == 1
    # AND the others keep everything
    for vid, name in ((people.boundary, "Citra Lestari"), (people.recent, "Dewi Anggraini"),
                      (people.open_loan, "Eko Prasetyo")):
        assert _personal(vid)[0] == name and _personal(vid)[1].startswith("6172")
        assert Visitor.get_by_id(vid).anonymised_at is None
        assert all(v.signature_png == PNG for v in
                   Visit.select().where(Visit.visitor == vid))
    # AND one audit entry names the ids, the counts and the skipped visitor, and no name
    entry = AuditLog.get(AuditLog.action == "visitor.anonymise")
    assert entry.id == result.audit_id and entry.at == services.clock()
    detail = json.loads(entry.detail)
    assert sorted(detail["visitors"]) == sorted([people.old, people.returned_loan,
                                                 people.never_visited])
    assert (detail["id_scans"], detail["signatures"], detail["attachments"]) == (1, 6, 1)
    assert detail["skipped"][0][0] == people.open_loan
    assert "Budi" not in entry.detail and "Budi" not in repr(result)
    # AND the officer on duty is named
    assert entry.officer_id == services.officers.on_duty_id()


def test_a_second_run_finds_nothing_and_counts_nobody_again(services, people):
    services.retention.commit()
    before = _snapshot()
    again = services.retention.commit()
    assert again.visitors == 0 and again.already_anonymised == 3 and again.audit_id is None
    assert _snapshot() == before
    assert AuditLog.select().where(AuditLog.action == "visitor.anonymise").count() == 1


def test_the_boundary_visitor_is_taken_once_the_clock_passes_it(services, clock, people):
    services.retention.commit()
    # WHEN one second passes
    clock.advance(seconds=1)
    plan = services.retention.preview()
    # THEN the visitor whose last visit was exactly at the cut-off is due now, nobody else
    assert [c.visitor_id for c in plan.candidates] == [people.boundary]


def test_the_debtor_is_taken_once_the_loan_is_returned(services, people):
    services.retention.commit()
    Loan.update(status="returned").where(Loan.visitor == people.open_loan).execute()
    plan = services.retention.commit()
    assert [c.visitor_id for c in plan.candidates] == [people.open_loan] and not plan.skipped


def test_a_visitor_whose_data_was_given_again_is_anonymised_again(services, clock, people):
    services.retention.commit()
    Visitor.update(full_name="Budi Santoso", updated_at=clock() + dt.timedelta(minutes=1)
                   ).where(Visitor.id == people.old).execute()
    clock.advance(minutes=2)  # (the boundary visitor falls due as well by now)
    due = {c.visitor_id for c in services.retention.preview().candidates}
    assert due == {people.old, people.boundary}


def test_a_visit_in_progress_keeps_its_visitor(services, people):
    Visit.create(visitor=people.old, status="open", step="BROWSE",
                 arrived_at=dt.datetime(2020, 1, 1, 9))
    plan = services.retention.preview()
    assert people.old not in {c.visitor_id for c in plan.candidates}
    assert [s.visitor_id for s in plan.skipped if "berlangsung" in s.reason] == [people.old]


def test_a_zero_retention_period_is_refused(services, people):
    services.config.visit_book.retention_years = 0
    before = _snapshot()
    with pytest.raises(RetentionError, match="paling sedikit 1 tahun"):
        services.retention.commit()
    assert _snapshot() == before


def test_years_before_handles_29_february():
    assert years_before(dt.datetime(2028, 2, 29, 8), 5) == dt.datetime(2023, 2, 28, 8)
    assert years_before(dt.datetime(2026, 11, 24, 9), 5) == dt.datetime(2021, 11, 24, 9)


def _without_names(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_names(v) for k, v in value.items() if k != "visitor_name"}
    if isinstance(value, list):
        return [_without_names(v) for v in value]
    return value


def _figures(report) -> dict:
    """Every figure of the activity report; names (which it also prints) are left out."""
    data = dataclasses.asdict(report)
    data.pop("generated_at")
    return _without_names(data)


def test_report_figures_of_an_old_month_are_unchanged(ctx, services, clock):
    # GIVEN the generated months of visits and loans, and a clock years later
    populate()
    clock.now = dt.datetime(2032, 6, 1, 9)
    october = Period.month(2026, 10)
    reports = services.reports
    before = _figures(reports.activity(october))
    visit_book = [(r.visit_id, r.category, r.purpose, r.status, r.rating)
                  for r in reports.visit_log(october)] if hasattr(reports, "visit_log") else []
    # WHEN the retention run anonymises everyone past the period
    result = services.retention.commit()
    assert result.visitors > 30 and result.skipped  # open loans and visits keep a few
    # THEN October's figures are exactly what they were
    after = _figures(reports.activity(october))
    assert after == before
    if visit_book:
        assert [(r.visit_id, r.category, r.purpose, r.status, r.rating)
                for r in reports.visit_log(october)] == visit_book
