"""The retention run commits in short chunks (issue 12): each chunk whole and logged, a run cut
short loses nothing and the next run takes only what is left."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from peewee import DatabaseError

from jdih_desktop.store.models import AuditLog, Visit, Visitor, database_proxy
from tests.reports.report_data import populate


def _anonymised() -> set[int]:
    return {v.id for v in Visitor.select().where(Visitor.anonymised_at.is_null(False))}


def _logged() -> list[list[int]]:
    return [json.loads(a.detail)["visitors"] for a in
            AuditLog.select().where(AuditLog.action == "visitor.anonymise").order_by(AuditLog.id)]


@pytest.fixture
def many(ctx, services, clock):
    populate()
    clock.now = dt.datetime(2032, 6, 1, 9)
    services.retention.chunk_budget = 0.0  # every step of 25 visitors is its own chunk
    services.retention.chunk_gap = 0.0
    services.retention.chunk_step = 25
    return services.retention


def test_each_chunk_is_logged_with_exactly_its_visitors(many):
    # GIVEN more visitors due than one step takes
    due = {c.visitor_id for c in many.preview().candidates}
    assert len(due) > 30
    # WHEN the run is committed
    result = many.commit()
    # THEN everyone due is anonymised, in several chunks, each logged with its own visitors
    assert {c.visitor_id for c in result.candidates} == due == _anonymised()
    logged = _logged()
    assert len(logged) >= 2 and all(0 < len(ids) <= 25 for ids in logged)
    assert sorted(i for ids in logged for i in ids) == sorted(due)
    assert result.audit_id == AuditLog.get(AuditLog.action == "visitor.anonymise").id
    # and the WAL was truncated at the end
    assert result.wal_truncated
    # AND a second run finds nothing
    assert many.commit().visitors == 0 and len(_logged()) == len(logged)


def test_a_run_cut_short_keeps_whole_chunks_and_the_next_run_finishes(many):
    # GIVEN a database that refuses to erase one visitor in the middle of the run
    due = sorted(c.visitor_id for c in many.preview().candidates)
    victim = due[-1]  # in the last chunk: the chunks before it are committed
    db = database_proxy.obj
    db.execute_sql(
        "CREATE TRIGGER refuse_one BEFORE UPDATE OF full_name ON visitor "
        f"WHEN old.id = {victim} BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    # WHEN the run is committed THEN it fails
    with pytest.raises(DatabaseError):
        many.commit()
    # AND what it committed is whole: every anonymised visitor is logged, every logged one
    # has no name left and no signature on its visits
    done = _anonymised()
    assert 0 < len(done) < len(due) and victim not in done
    assert done == {i for ids in _logged() for i in ids}
    for vid in done:
        assert Visitor.get_by_id(vid).full_name == f"Pengunjung dianonimkan #{vid}"
        assert not Visit.select().where((Visit.visitor == vid)
                                        & Visit.signature_png.is_null(False)).exists()
    # AND the visitors of the failed chunk still have everything (nothing half-erased)
    rest = [vid for vid in due if vid not in done]
    assert all(not Visitor.get_by_id(v).full_name.startswith("Pengunjung dianonimkan")
               for v in rest)
    # WHEN the fault is gone and the run is started again THEN it takes only what is left
    db.execute_sql("DROP TRIGGER refuse_one")
    again = many.commit()
    assert {c.visitor_id for c in again.candidates} == set(rest)
    assert _anonymised() == set(due)
