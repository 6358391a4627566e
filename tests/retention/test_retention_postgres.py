"""The retention run on PostgreSQL (several desks sharing one database)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.services.container import build_services
from jdih_desktop.services.reports import Period
from jdih_desktop.store.db import is_postgres
from jdih_desktop.store.models import IdScan, Visit, Visitor
from tests.conftest import make_args
from tests.foundation.conftest import pg_server, pg_url  # noqa: F401 - fixtures
from tests.reports.report_data import populate
from tests.retention.conftest import make_people

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_services(data_dir, pg_url, clock):  # noqa: F811 - the imported fixture
    ctx = open_context(make_args(data_dir, db=pg_url))
    assert is_postgres(ctx.db)
    from tests.conftest import TEST_HASHER, sign_in_admin

    yield sign_in_admin(build_services(ctx.config, clock=clock, hasher=TEST_HASHER))
    ctx.db.close()


def test_preview_commit_and_second_run_on_postgres(pg_services):
    # GIVEN the same visitors as on SQLite
    people = make_people()
    # WHEN previewed, committed and committed again
    plan = pg_services.retention.preview()
    done = pg_services.retention.commit()
    again = pg_services.retention.commit()
    # THEN the same people are due, the data is gone, the second run does nothing
    due = {people.old, people.returned_loan, people.never_visited}
    assert {c.visitor_id for c in plan.candidates} == due
    assert [s.visitor_id for s in plan.skipped] == [people.open_loan]
    assert {c.visitor_id for c in done.candidates} == due and again.visitors == 0
    assert (done.id_scans, done.signatures, done.attachments) == (1, 6, 1)
    row = Visitor.get_by_id(people.old)
    assert (row.full_name, row.id_number, row.phone) == (
        f"Pengunjung dianonimkan #{people.old}", None, None)
    assert not IdScan.select().exists()
    assert Visit.select().where(Visit.visitor == people.old).count() == 2
    assert Visitor.get_by_id(people.boundary).full_name == "Citra Lestari"


def test_october_figures_unchanged_on_postgres(pg_services, clock):
    populate()
    clock.now = dt.datetime(2032, 6, 1, 9)
    october = Period.month(2026, 10)

    def figures() -> tuple:
        r = pg_services.reports.activity(october)
        return (r.visits, r.cancelled, r.visitors, r.new_visitors, r.returning_visitors,
                [dataclasses.astuple(c) for c in r.by_category],
                [dataclasses.astuple(p) for p in r.by_purpose], r.loans, r.loan_items,
                r.returns.items_out, r.returns.overdue_items, r.satisfaction.distribution)

    before = figures()
    assert pg_services.retention.commit().visitors > 30
    assert figures() == before
