"""Import and export against PostgreSQL (several desks sharing one catalogue)."""

from __future__ import annotations

import json

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.services.transfer import (
    Importer,
    TransferError,
    export_catalogue,
    run_pass_in_process,
)
from jdih_desktop.store.models import Document
from tests.conftest import make_args
from tests.foundation.conftest import pg_server, pg_url  # noqa: F401 - fixtures

from .conftest import FEEDS, canonical_records, catalogue_snapshot

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_ctx(data_dir, pg_url):  # noqa: F811 - the fixture imported above
    ctx = open_context(make_args(data_dir, db=pg_url))
    yield ctx
    ctx.db.close()


def test_roundtrip_and_atomic_commit_on_postgres(pg_ctx, clock, tmp_path):
    # GIVEN a PostgreSQL catalogue WHEN the canonical feed is imported in another process
    report = run_pass_in_process(FEEDS / "feed_canonical.json", "jdihn", None, "dry_run",
                                 clock=clock)
    assert report.ok and report.to_add == 6
    done = run_pass_in_process(FEEDS / "feed_canonical.json", "jdihn", None, "commit",
                               clock=clock, fingerprint=report.fingerprint)
    assert done.committed and Document.select().count() == 6
    # THEN the JDIHN export gives the feed back, field for field
    out = tmp_path / "out.json"
    export_catalogue(out, "jdihn")
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert all(r.pop("source") for r in exported)
    assert exported == canonical_records()
    # WHEN a commit fails half-way (a duplicate key the database refuses)
    before = catalogue_snapshot()
    pg_ctx.db.execute_sql(
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
        "IF NEW.judul = 'Tolak' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END; "
        "$$ LANGUAGE plpgsql")
    pg_ctx.db.execute_sql("CREATE TRIGGER refuse BEFORE INSERT ON document "
                          "FOR EACH ROW EXECUTE FUNCTION refuse()")
    records = canonical_records()
    new = [dict(r, idData=f"x{i}", noPeraturan=f"{i}-x") for i, r in enumerate(records)]
    new[-1]["judul"] = "Tolak"
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([dict(records[0], judul="Berubah"), *new]), encoding="utf-8")
    imp = Importer(feed, clock=clock)
    assert imp.dry_run().ok
    with pytest.raises(TransferError, match="katalog tetap seperti semula"):
        imp.commit()
    # THEN nothing changed, not even the update of the first row
    assert catalogue_snapshot() == before
