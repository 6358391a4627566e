"""A database made by an older schema is backed up and brought forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.errors import StoreError
from jdih_desktop.store.migrations import LATEST, current_version
from jdih_desktop.store.models import Document, Visit
from jdih_desktop.store.search import SearchFilters, search_documents
from tests.conftest import make_args

V1_SQL = Path(__file__).parent / "data" / "schema_v1.sql"


def _make_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()


def test_v1_database_is_backed_up_and_migrated(data_dir):
    # GIVEN a data folder whose database was made by schema v1
    db_file = data_dir / "jdih.sqlite3"
    _make_v1(db_file)
    # WHEN the app opens it
    ctx = open_context(make_args(data_dir))
    try:
        # THEN it is at the latest version, its rows kept, and the new features work
        assert current_version(ctx.db) == LATEST
        assert Document.select().count() == 2
        visit = Visit.get_by_id(1)
        assert visit.step == "BROWSE" and visit.handover_signature_png is None
        hits = search_documents(SearchFilters(text="UU 7/2017"))
        assert [Document.get_by_id(i).nomor for i in hits.ids] == ["7"]
    finally:
        ctx.db.close()
    # AND a v1 copy was put aside first
    backups = list(data_dir.glob("jdih.sqlite3.bak-v1-*"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "schema_version" not in tables and "document_fts" not in tables
    assert con.execute("SELECT count(*) FROM document").fetchone()[0] == 2
    con.close()


def test_reopening_a_current_database_does_not_back_up_again(data_dir):
    open_context(make_args(data_dir)).db.close()
    open_context(make_args(data_dir)).db.close()
    assert not list(data_dir.glob("*.bak-*"))


def test_a_database_from_a_newer_app_is_refused_and_untouched(data_dir):
    ctx = open_context(make_args(data_dir))
    ctx.db.execute_sql("UPDATE schema_version SET version = 999")
    ctx.db.close()
    before = (data_dir / "jdih.sqlite3").read_bytes()
    with pytest.raises(StoreError, match="lebih baru"):
        open_context(make_args(data_dir))
    assert (data_dir / "jdih.sqlite3").read_bytes() == before


def test_v3_database_gets_the_visit_selection_table(data_dir):
    # GIVEN a database at schema v3: no stored "to borrow" list yet
    ctx = open_context(make_args(data_dir))
    ctx.db.execute_sql("DROP TABLE visit_selection")
    ctx.db.execute_sql("UPDATE schema_version SET version = 3")
    Visit.create(step="BROWSE")
    ctx.db.close()
    # WHEN the app opens it
    ctx = open_context(make_args(data_dir))
    try:
        # THEN it is at v4, backed up first, and a visit's selection can be stored and read
        from jdih_desktop.services.visits import VisitService
        from jdih_desktop.store.models import Copy

        assert current_version(ctx.db) == LATEST >= 4
        assert list(data_dir.glob("jdih.sqlite3.bak-v3-*"))
        doc = Document.create(doc_type="peraturan", jenis="Undang-Undang", judul="Pemilu")
        copy = Copy.create(document=doc, barcode="JDIH0000001")
        from tests.conftest import admin_session

        clock = lambda: Visit.get_by_id(1).arrived_at  # noqa: E731
        vs = VisitService(ctx.config, clock, session=admin_session(ctx, clock))
        vs.add_to_selection(1, copy.id)
        assert vs.selection(1) == [copy.id]
    finally:
        ctx.db.close()


def test_v4_visit_categories_move_out_of_the_purpose_column(data_dir):
    # GIVEN a v4 database where the visit book stored the visitor's category in
    # purpose_category (and demo data a real purpose key)
    ctx = open_context(make_args(data_dir))
    ctx.db.execute_sql("ALTER TABLE visit DROP COLUMN visitor_category")
    ctx.db.execute_sql("UPDATE schema_version SET version = 4")
    for pcat in ("pelajar", "lainnya", "penelitian", None):
        # (an INSERT naming only v4 columns: visitor_category has no default)
        Visit.insert(step="CLOSED", status="closed", purpose_category=pcat).execute()
    ctx.db.close()
    # WHEN the app opens it
    ctx = open_context(make_args(data_dir))
    try:
        # THEN visitor categories moved to their own column; the purpose key stayed
        assert current_version(ctx.db) == LATEST >= 5
        assert list(data_dir.glob("jdih.sqlite3.bak-v4-*"))
        rows = ctx.db.execute_sql("SELECT visitor_category, purpose_category FROM visit "
                                  "ORDER BY id").fetchall()
        assert rows == [("pelajar", None), ("lainnya", None), (None, "penelitian"),
                        (None, None)]
    finally:
        ctx.db.close()


def test_v5_database_gets_the_anonymised_marker_of_visitors(data_dir):
    # GIVEN a v5 database: visitors have no anonymised_at column yet
    ctx = open_context(make_args(data_dir))
    ctx.db.execute_sql("ALTER TABLE visitor DROP COLUMN anonymised_at")
    ctx.db.execute_sql("UPDATE schema_version SET version = 5")
    ctx.db.execute_sql("INSERT INTO visitor (full_name, id_type, id_number, category, "
                       "name_search, created_at, updated_at) VALUES ('Budi', 'nik', "
                       "'6172010101800001', 'umum', 'budi', '2019-01-01 09:00:00', "
                       "'2019-01-01 09:00:00')")
    ctx.db.close()
    # WHEN the app opens it
    ctx = open_context(make_args(data_dir))
    try:
        # THEN it was backed up, the column exists, and the retention run can use it
        from jdih_desktop.services.container import build_services
        from jdih_desktop.store.models import Visitor

        assert current_version(ctx.db) == LATEST >= 6
        assert list(data_dir.glob("jdih.sqlite3.bak-v5-*"))
        assert Visitor.get_by_id(1).anonymised_at is None
        from tests.conftest import TEST_HASHER, sign_in_admin

        done = sign_in_admin(build_services(ctx.config, hasher=TEST_HASHER)).retention.commit()
        assert [c.visitor_id for c in done.candidates] == [1]
        assert Visitor.get_by_id(1).anonymised_at is not None
    finally:
        ctx.db.close()
