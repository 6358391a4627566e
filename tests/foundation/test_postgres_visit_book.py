"""Schema v12 on PostgreSQL: a database at v11 with visits gets the visit-book settings tables
and the visit's notice/own-field columns; old visits keep working, new ones reference a
published notice version."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import IntegrityError

from jdih_desktop.app import open_context
from jdih_desktop.store.migrations import LATEST, current_version
from jdih_desktop.store.models import PrivacyNotice, Visit
from tests.conftest import make_args

pytestmark = pytest.mark.postgres


def test_a_v11_postgres_database_is_brought_to_the_visit_book_settings(data_dir, pg_url):
    # GIVEN a PostgreSQL database with a visit, put back at schema v11 (before issue 15's
    # second pass): no settings tables, no notice/own-field columns on visits
    ctx = open_context(make_args(data_dir, db=pg_url))
    old = Visit.create(step="ACCESS", consent_given=True, consent_version="2026-12",
                       arrived_at=dt.datetime(2026, 11, 2, 9))
    for sql in ("ALTER TABLE visit DROP COLUMN privacy_notice_id",
                "ALTER TABLE visit DROP COLUMN custom_fields",
                "DROP TABLE visit_book_field", "DROP TABLE privacy_notice",
                "UPDATE schema_version SET version = 11"):
        ctx.db.execute_sql(sql)
    ctx.db.close()
    # WHEN the app opens it again
    again = open_context(make_args(data_dir, db=pg_url))
    try:
        # THEN it is at the latest schema, the old visit is untouched
        assert current_version(again.db) == LATEST
        row = Visit.get_by_id(old.id)
        assert (row.consent_version, row.privacy_notice_id, row.custom_fields) == (
            "2026-12", None, None)
        # AND a new visit references a published notice, which cannot be removed under it
        notice = PrivacyNotice.create(version="2026-12-01", text="Teks pemberitahuan baru.")
        new = Visit.create(step="ACCESS", privacy_notice=notice.id, custom_fields="[]",
                           arrived_at=dt.datetime(2026, 12, 1, 9))
        assert Visit.get_by_id(new.id).privacy_notice_id == notice.id
        with pytest.raises(IntegrityError, match="foreign key"), again.db.atomic():
            again.db.execute_sql("DELETE FROM privacy_notice WHERE id = %s", (notice.id,))
    finally:
        again.db.close()
