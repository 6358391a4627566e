"""Report figures equal the database truth, recounted a second way (report_truth.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from jdih_desktop.services.reports import Period, ReportError, mask_id
from jdih_desktop.store.models import Loan, LoanItem, Visit
from tests.reports.report_truth import activity_truth, collection_truth


def test_activity_figures_equal_the_truth(filled, report_service, october, clock):
    # GIVEN the generated database and the independent recount of October
    truth = activity_truth(october.start, october.end, clock())
    # WHEN the service computes the monthly report
    r = report_service.activity(october)
    # THEN every figure matches
    assert r.visits == truth["visits"] and r.cancelled == truth["cancelled"]
    assert {d.day: (d.visits, d.cancelled) for d in r.per_day} == truth["per_day"]
    assert (r.visitors, r.new_visitors, r.returning_visitors) == (
        truth["visitors"], truth["new"], truth["returning"])
    assert r.visits_without_visitor == truth["no_visitor"]
    assert r.in_progress == truth["in_progress"]
    assert r.open_days == truth["open_days"]
    assert {c.key: c.count for c in r.by_category} == dict(truth["by_category"])
    assert {c.key: c.count for c in r.by_purpose} == dict(truth["by_purpose"])
    assert (r.loans, r.loans_read_on_site, r.loan_items) == (
        truth["loans"], truth["on_site"], truth["loan_items"])
    assert {t.doc_type: (t.loans, t.items) for t in r.loans_by_type} == truth["loans_by_type"]
    assert r.renewals == truth["renewals"]
    top = truth["consulted"].most_common()
    assert [d.visits for d in r.most_consulted] == [n for _, n in top[:10]]
    for d in r.most_consulted:
        assert truth["consulted"][d.document_id] == d.visits
    rt = r.returns
    assert (rt.slips, rt.items_returned, rt.late_returns) == (
        truth["slips"], truth["items_returned"], truth["late_returns"])
    assert {k: v for k, v in rt.by_condition.items() if v} == dict(truth["by_condition"])
    assert (rt.items_out, rt.overdue_items, rt.loans_partial) == (
        truth["items_out"], truth["overdue_items"], truth["partial"])
    full = report_service.overdue_items(october)
    assert {(o.receipt_number, o.barcode) for o in full} == truth["overdue_keys"]
    assert r.satisfaction.distribution == truth["ratings"]
    assert r.satisfaction.average == pytest.approx(truth["average"])
    g = r.digitisation
    assert (g.documents_total, g.documents_digitised) == (truth["docs_total"],
                                                          truth["docs_digitised"])
    assert (g.files_in_period, g.documents_in_period, g.pages_in_period) == (
        truth["files_in_period"], truth["docs_in_period"], truth["pages_in_period"])
    assert r.notes_total == truth["notes"]


@pytest.mark.parametrize("month", [9, 11])
def test_other_months_equal_the_truth_too(filled, report_service, clock, month):
    # GIVEN September (complete) and November (in progress: the position is taken now)
    period = Period.month(2026, month)
    truth = activity_truth(period.start, period.end, clock())
    # WHEN computed
    r = report_service.activity(period)
    # THEN the headline figures match
    assert (r.visits, r.cancelled, r.visitors, r.new_visitors) == (
        truth["visits"], truth["cancelled"], truth["visitors"], truth["new"])
    assert (r.returns.items_out, r.returns.overdue_items) == (truth["items_out"],
                                                              truth["overdue_items"])


def test_visit_across_midnight_counts_once_on_its_first_day(filled, report_service):
    # GIVEN a visit from 31 October 23:30 to 1 November 00:40
    # WHEN the two days are reported
    oct31 = report_service.activity(Period.day(dt.date(2026, 10, 31)))
    nov1 = report_service.activity(Period.day(dt.date(2026, 11, 1)))
    log31 = [v.visit_id for v in report_service.visit_log(Period.day(dt.date(2026, 10, 31)))]
    log1 = [v.visit_id for v in report_service.visit_log(Period.day(dt.date(2026, 11, 1)))]
    # THEN it belongs to 31 October only
    assert filled["midnight_visit"].id in log31
    assert filled["midnight_visit"].id not in log1
    assert oct31.visits == sum(1 for v in Visit.select() if v.arrived_at.date()
                               == dt.date(2026, 10, 31) and v.status != "cancelled")
    assert nov1.visits + oct31.visits == sum(
        1 for v in Visit.select() if v.status != "cancelled"
        and v.arrived_at.date() in (dt.date(2026, 10, 31), dt.date(2026, 11, 1)))


def test_cancelled_visits_are_reported_apart(filled, report_service, october):
    # GIVEN a day in October with a cancelled visit
    day = next(d for d in report_service.activity(october).per_day if d.cancelled)
    # WHEN that one day is reported
    r = report_service.activity(Period.day(day.day))
    # THEN the cancelled visit is counted apart and nowhere else
    assert r.cancelled == day.cancelled and r.visits == day.visits
    assert sum(c.count for c in r.by_category) == r.visits
    assert sum(c.count for c in r.by_purpose) == r.visits


def test_first_visit_after_a_cancelled_one_is_new(filled, report_service, october):
    # GIVEN a person whose only September visit was cancelled and who came in October
    fresh = filled["fresh"]
    # WHEN October and September are reported
    oct_r = report_service.activity(october)
    sep_r = report_service.activity(Period.month(2026, 9))
    # THEN the person is new in October and not a visitor in September
    sep_people = {v.visitor_id for v in Visit.select().where(Visit.status != "cancelled")
                  if v.arrived_at.month == 9 and v.visitor_id}
    assert fresh.id not in sep_people
    assert sep_r.visitors == len(sep_people)
    assert oct_r.new_visitors >= 1


def test_holidays_and_weekends_are_not_opening_days(filled, report_service, october):
    # GIVEN October 2026 (22 weekdays) with a weekday holiday and a Saturday holiday
    # WHEN reported
    r = report_service.activity(october)
    days = {d.day: d for d in r.per_day}
    # THEN only the weekday holiday removes an opening day
    assert r.open_days == 21
    assert not days[dt.date(2026, 10, 20)].open_day
    assert days[dt.date(2026, 10, 20)].note == "Cuti bersama (uji)"
    assert days[dt.date(2026, 10, 24)].note.startswith("Hari libur")
    assert days[dt.date(2026, 10, 25)].note == "Minggu"


def test_partial_returns_position_at_the_period_end(filled, report_service, october, clock):
    # GIVEN loans of which only some items came back, and items returned after October
    truth = activity_truth(october.start, october.end, clock())
    # WHEN the position at the end of October is computed
    rt = report_service.activity(october).returns
    # THEN partial loans and items still out at midnight of 1 November are counted
    assert rt.as_of == dt.datetime(2026, 11, 1)
    assert rt.loans_partial == truth["partial"] > 0
    assert rt.items_out == truth["items_out"] > rt.overdue_items > 0
    assert all(o.days_late == (dt.date(2026, 11, 1) - o.due_date).days for o in rt.overdue)


def test_collection_figures_equal_the_truth(filled, report_service, october):
    # GIVEN the recount of the collection at the end of October
    truth = collection_truth(october.start, october.end)
    # WHEN the collection report is computed
    r = report_service.collection(october)
    # THEN the per-type, per-year and copy figures match
    for t in r.by_type:
        want = truth["by_type"][t.doc_type]
        assert (t.documents, t.berlaku, t.tidak_berlaku, t.copies, t.digitised, t.added,
                t.copies_added) == tuple(want.values())
    got_years = {(k, y): n for k, per in r.by_type_year.items() for y, n in per.items()}
    assert got_years == dict(truth["by_year"])
    assert (r.documents, r.copies, r.digitised, r.added_total) == (
        truth["documents"], truth["copies"], truth["digitised"], truth["added"])
    assert r.copies_withdrawn == truth["withdrawn"]
    assert {k: v for k, v in r.copies_by_condition.items() if v} == dict(truth["condition"])


def test_empty_database_gives_zero_reports(ctx, report_service, october):
    # GIVEN a fresh database
    # WHEN reports are computed
    r = report_service.activity(october)
    c = report_service.collection(october)
    d = report_service.dashboard()
    # THEN all figures are zero and nothing divides by zero
    assert r.visits == r.visitors == r.loans == 0 and r.satisfaction.average is None
    assert r.digitisation.share == 0 and c.documents == 0 and d.visitors_today == 0


def test_dashboard_figures_equal_the_truth(filled, report_service, clock):
    # GIVEN the generated database and today = 24 November 2026
    today = clock().date()
    # WHEN the dashboard figures are computed
    d = report_service.dashboard()
    # THEN they match a recount
    visits = list(Visit.select())
    assert d.visitors_today == sum(1 for v in visits if v.arrived_at.date() == today
                                   and v.status != "cancelled")
    assert d.in_progress == sum(1 for v in visits if v.status == "open")
    assert [x.visits for x in d.month] == [
        sum(1 for v in visits if v.arrived_at.date() == day.day and v.status != "cancelled")
        for day in d.month]
    open_items = [it for it in LoanItem.select() if it.returned_at is None]
    assert d.loans_out == len(open_items)
    loans = {ln.id: ln for ln in Loan.select()}
    assert d.overdue == sum(1 for it in open_items if loans[it.loan_id].due_date
                            and loans[it.loan_id].due_date < today)


@pytest.mark.parametrize(("raw", "masked"), [
    ("6172012345678901", "6172********8901"),
    ("6172 0123 4567 8901", "6172********8901"),
    ("12345678", "******78"),
    ("", ""),
    (None, ""),
])
def test_identity_numbers_are_masked(raw, masked):
    assert mask_id(raw) == masked


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "26-10", "oktober", "", "2026-00"])
def test_bad_periods_are_refused_with_a_message(bad):
    with pytest.raises(ReportError, match="TTTT-BB"):
        Period.parse_month(bad)


def test_period_labels_and_bounds():
    p = Period.parse_month("2026-12")
    assert (p.start, p.end, p.label, p.slug) == (dt.date(2026, 12, 1), dt.date(2027, 1, 1),
                                                 "Desember 2026", "2026-12")
    d = Period.parse_day("2026-11-24")
    assert d.label == "Selasa, 24 November 2026" and d.days == [dt.date(2026, 11, 24)]
    with pytest.raises(ReportError, match="TTTT-BB-HH"):
        Period.parse_day("24-11-2026")
