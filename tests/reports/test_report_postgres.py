"""The same report figures on PostgreSQL (several desks sharing one database)."""

from __future__ import annotations

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.services.report_render import ReportRequest, build_report
from jdih_desktop.services.reports import Period, ReportService
from jdih_desktop.store.db import is_postgres
from tests.conftest import make_args
from tests.foundation.conftest import pg_server, pg_url  # noqa: F401 - fixtures
from tests.reports.report_data import populate
from tests.reports.report_truth import activity_truth, collection_truth, pdf_text

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_reports(data_dir, pg_url, clock):  # noqa: F811 - the imported fixture
    ctx = open_context(make_args(data_dir, db=pg_url))
    assert is_postgres(ctx.db)
    populate()
    from tests.conftest import admin_session

    service = ReportService(ctx.config, clock)
    service.session = admin_session(ctx, clock)
    yield service
    ctx.db.close()


def test_activity_and_collection_on_postgres(pg_reports, clock):
    # GIVEN the generated data in PostgreSQL
    october = Period.month(2026, 10)
    t = activity_truth(october.start, october.end, clock())
    c = collection_truth(october.start, october.end)
    # WHEN the reports are computed and rendered there
    r = pg_reports.activity(october)
    col = pg_reports.collection(october)
    out = build_report(pg_reports, ReportRequest("activity", october))
    # THEN the figures equal the truth, as on SQLite
    assert {d.day: (d.visits, d.cancelled) for d in r.per_day} == t["per_day"]
    assert (r.visitors, r.new_visitors, r.returning_visitors) == (t["visitors"], t["new"],
                                                                  t["returning"])
    assert {p.key: p.count for p in r.by_purpose} == dict(t["by_purpose"])
    assert {k.key: k.count for k in r.by_category} == dict(t["by_category"])
    assert (r.returns.items_out, r.returns.overdue_items, r.returns.loans_partial,
            r.returns.late_returns) == (t["items_out"], t["overdue_items"], t["partial"],
                                        t["late_returns"])
    assert r.satisfaction.distribution == t["ratings"]
    assert (r.digitisation.documents_digitised, r.digitisation.pages_in_period) == (
        t["docs_digitised"], t["pages_in_period"])
    assert (col.documents, col.copies, col.digitised) == (c["documents"], c["copies"],
                                                          c["digitised"])
    assert f"Jumlah kunjungan (tidak termasuk batal) {t['visits']}" in pdf_text(out.pdf)
    d = pg_reports.dashboard()
    assert len(d.month) == 30
