"""VisitService without any widget: look-up, the stored step, audit, cancel, in-progress list."""

from __future__ import annotations

import json

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitError
from jdih_desktop.store.models import AuditLog, Visit, Visitor
from tests.wizard.conftest import RETURNING_NIK, ink_png

BOOK = {"full_name": "Ahmad Fauzi", "id_type": "nik", "id_number": "6172010101900005",
        "institution": "", "address": "", "phone": "0813 5000 1234", "email": "",
        "category": "umum", "purpose": "Membaca putusan"}


@pytest.mark.parametrize(("typed", "how"), [
    (RETURNING_NIK[:6], "nik"), (RETURNING_NIK, "nik"), ("0812-3456", "phone"),
    ("+62812345", "phone"), ("siti", "name"), ("SITI rahma", "name"),
])
def test_returning_visitors_are_found_as_the_officer_types(services, returning_visitor,
                                                           typed, how):
    matches = services.visits.find_visitors(typed)
    assert [m.id for m in matches] == [returning_visitor]
    assert matches[0].matched_on == how
    assert matches[0].masked_id == "6172••••••••0001"
    assert matches[0].last_visit is not None


def test_lookup_ignores_too_short_or_unknown_text(services, returning_visitor):
    assert services.visits.find_visitors("s") == []
    assert services.visits.find_visitors("zzz") == []
    assert services.visits.find_visitors("9999") == []


def test_the_stored_step_moves_only_along_the_flowchart(services):
    vs = services.visits
    visit = vs.open_visit()
    assert visit.step is Step.ARRIVAL
    # a box that has not been reached cannot be completed
    with pytest.raises(VisitError, match="belum dapat dikerjakan"):
        vs.grant_access(visit.id, None)
    vs.complete_arrival(visit.id)
    v = vs.save_visit_book(visit.id, BOOK, consent=True, signature_png=ink_png())
    assert v.step is Step.ACCESS and v.masked_id == "6172••••••••0005"
    assert vs.grant_access(visit.id, None).step is Step.BROWSE
    assert vs.decide_borrow(visit.id, False).step is Step.DEPARTURE
    # going back to box 5 and changing the decision follows the other arrow
    assert vs.decide_borrow(visit.id, True).step is Step.LOAN
    with pytest.raises(VisitError, match="Belum ada peminjaman"):
        vs.complete_loan(visit.id)
    trail = [json.loads(a.detail)["to"] for a in AuditLog.select().where(
        AuditLog.entity_id == visit.id).order_by(AuditLog.id) if "to" in (a.detail or "")]
    assert trail == ["VISIT_BOOK", "ACCESS", "BROWSE", "DEPARTURE", "LOAN"]


def test_returning_visitor_is_updated_not_duplicated(services, returning_visitor):
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, returning_visitor)
    form = vs.load(visit.id).form
    assert form.full_name == "Siti Rahmawati" and form.purpose == ""
    vs.save_visit_book(visit.id, {**form.as_dict(), "phone": "0899 1111 2222",
                                  "purpose": "Skripsi"}, consent=True, signature_png=ink_png())
    assert Visitor.select().count() == 1
    assert Visitor.get().phone == "+6289911112222"
    assert Visit.get_by_id(visit.id).purpose == "Skripsi"


def test_cancel_keeps_what_was_recorded(services):
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id)
    vs.save_visit_book(visit.id, BOOK, consent=True, signature_png=ink_png())
    with pytest.raises(ValidationError):
        vs.cancel_visit(visit.id, " ")
    cancelled = vs.cancel_visit(visit.id, "Pengunjung dipanggil pulang")
    assert cancelled.status == "cancelled" and cancelled.step is Step.ACCESS
    assert cancelled.consent_given and cancelled.form.full_name == "Ahmad Fauzi"
    assert vs.list_in_progress() == []
    with pytest.raises(VisitError, match="dibatalkan"):
        vs.grant_access(visit.id, None)


def test_in_progress_list_is_plain_data_with_masked_ids(services, returning_visitor, clock):
    vs = services.visits
    a = vs.open_visit()
    clock.advance(minutes=5)
    b = vs.open_visit()
    vs.complete_arrival(b.id, returning_visitor)
    rows = vs.list_in_progress()
    assert [r.id for r in rows] == [a.id, b.id]
    assert rows[0].visitor == "(pengunjung belum diisi)" and rows[0].step is Step.ARRIVAL
    assert rows[1].visitor == "Siti Rahmawati (6172••••••••0001)"
    assert rows[1].step_label == "Buku kunjungan"


def test_departure_rating_is_optional_but_bounded(services):
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id)
    vs.save_visit_book(visit.id, BOOK, consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    vs.decide_borrow(visit.id, False)
    with pytest.raises(ValidationError):
        vs.record_departure(visit.id, 5)
    with pytest.raises(ValidationError):
        vs.record_departure(visit.id, 3, "ok\x00")
    done = vs.record_departure(visit.id, None, "")
    assert done.step is Step.DOCUMENTATION and done.rating is None
    att = vs.add_attachment(visit.id, "catatan.png", ink_png(), "image/png")
    closed = vs.close_visit(visit.id, "Selesai dilayani")
    assert closed.status == "closed" and closed.step is Step.CLOSED
    assert [a.id for a in closed.attachments] == [att.id]


@pytest.mark.parametrize("typed", ["617201", "0812-3456", "siti rah"])
def test_visitor_lookup_uses_an_index_not_a_table_scan(ctx, services, returning_visitor, typed):
    # GIVEN the statements SQLite runs for a look-up
    conn = ctx.db.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        services.visits.find_visitors(typed)
    finally:
        conn.set_trace_callback(None)
    lookups = [s for s in seen if s.lstrip().upper().startswith("SELECT")
               and 'FROM "visitor"' in s]
    assert lookups
    # THEN every query on the visitor table is an index search
    for sql in lookups:
        plan = " ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)
        assert "SCAN visitor" not in plan.replace('"', ""), (sql, plan)


def test_lookup_tells_the_officer_about_loans_not_yet_returned(services, catalogue,
                                                               returning_visitor):
    from jdih_desktop.store.models import LoanRule

    rule = LoanRule.get(LoanRule.name == "Pinjam bawa pulang").id
    loan = services.loans.create_loan(None, rule, [catalogue["JDIH0000001"]],
                                      visitor_id=returning_visitor)
    (match,) = services.visits.find_visitors("Siti")
    assert match.open_loans == 1
    first = services.loans.mark_printed(loan.id).printed_at
    assert services.loans.mark_printed(loan.id).printed_at == first  # the first print stays
