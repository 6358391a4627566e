"""PostgreSQL after the server dropped the app's connection: reads reconnect, a transaction that
lost its connection fails whole with a clear message, nothing is repeated blindly.

The server "goes away" for real: a second connection ends every session of the test database
with ``pg_terminate_backend`` (what a server restart or a cut network does to the app's
connection), on the throwaway server of ``conftest.py``.
"""

from __future__ import annotations

import socket
from urllib.parse import urlparse

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.errors import StoreError
from jdih_desktop.services.visits import VisitService
from jdih_desktop.store.models import Document, Officer
from jdih_desktop.store.postgres import (
    LOST_AT_COMMIT,
    LOST_IN_TRANSACTION,
    LOST_WRITE,
    UNREACHABLE,
    DatabaseConnectionError,
    ReconnectingPostgresqlDatabase,
    is_read_only,
)
from tests.conftest import make_args

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_ctx(data_dir, pg_url):
    ctx = open_context(make_args(data_dir, db=pg_url))
    yield ctx
    if ctx.db.in_transaction():  # a failed test may leave one behind
        ctx.db._state.transactions.clear()
    ctx.db.close()


@pytest.fixture
def drop_sessions(pg_server, pg_url):
    """Call to end every session of the test database, as a server restart would."""
    name = urlparse(pg_url).path.lstrip("/")

    def drop() -> None:
        # the timeout makes the call wait until the sessions have really ended (PostgreSQL 14+)
        pg_server.admin("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")

    return drop


def _backend_pid(db) -> int:
    return db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


def _document(judul: str) -> Document:
    return Document.create(doc_type="monografi", jenis="Buku", judul=judul)


def test_queries_work_again_after_the_server_dropped_the_connection(pg_ctx, drop_sessions):
    # GIVEN the app's PostgreSQL connection, in use
    db = pg_ctx.db
    assert isinstance(db, ReconnectingPostgresqlDatabase)
    assert Officer.select().count() == 1
    first = _backend_pid(db)
    # WHEN the server ends it (restart, network cut)
    drop_sessions()
    # THEN the next query opens a new connection and answers
    assert Officer.select().count() == 1
    assert _backend_pid(db) != first
    # AND again, when the driver already knows the old connection is closed
    drop_sessions()
    with pytest.raises(Exception):  # noqa: B017 - make psycopg2 notice, whatever it says
        db._state.conn.cursor().execute("SELECT 1")
    assert db._state.conn.closed
    assert Officer.select().count() == 1


def test_a_service_transaction_after_the_drop_starts_on_a_new_connection(pg_ctx, clock,
                                                                         drop_sessions):
    from tests.conftest import admin_session

    visits = VisitService(pg_ctx.config, clock, session=admin_session(pg_ctx, clock))
    # GIVEN a dropped connection
    Officer.select().count()
    drop_sessions()
    # WHEN a service writes in a transaction (BEGIN is the first statement: safe to repeat)
    visit = visits.open_visit()
    # THEN the write is stored, once
    assert [v.id for v in visits.list_in_progress()] == [visit.id]


def test_transaction_cut_midway_fails_whole_with_a_clear_message(pg_ctx, drop_sessions):
    db = pg_ctx.db
    # GIVEN a transaction that has written one row
    with pytest.raises(StoreError) as caught, db.atomic():
        _document("Baris pertama")
        # WHEN the server drops the connection before the second row
        drop_sessions()
        _document("Baris kedua")
    # THEN it fails with a message a person can act on, not repeated on a new connection
    assert isinstance(caught.value, DatabaseConnectionError)
    assert caught.value.message == LOST_IN_TRANSACTION
    assert "tidak ada perubahan yang tersimpan" in str(caught.value)
    # AND nothing of it was applied; the next query works on a new connection
    assert not db.in_transaction()
    assert Document.select().count() == 0
    # AND a new transaction stores normally
    with db.atomic():
        _document("Baris pertama")
        _document("Baris kedua")
    assert Document.select().count() == 2


def test_transaction_cut_before_commit_says_the_outcome_must_be_checked(pg_ctx, drop_sessions):
    db = pg_ctx.db
    # GIVEN a transaction whose statements all ran
    # WHEN the connection is gone by the time it commits
    with pytest.raises(DatabaseConnectionError) as caught, db.atomic():
        _document("Belum tersimpan")
        drop_sessions()
    # THEN COMMIT fails with an honest message and the server kept nothing
    assert caught.value.message == LOST_AT_COMMIT
    assert Document.select().count() == 0


def test_a_single_write_is_not_repeated_blindly(pg_ctx, drop_sessions):
    # GIVEN a dropped connection
    Officer.select().count()
    drop_sessions()
    # WHEN a write outside a transaction meets it
    with pytest.raises(DatabaseConnectionError) as caught:
        _document("Mungkin tersimpan")
    # THEN it says the change may not be stored instead of sending it a second time
    assert caught.value.message == LOST_WRITE
    # AND the next statement works on a new connection
    _document("Tersimpan")
    assert [d.judul for d in Document.select()] == ["Tersimpan"]


def test_server_down_then_back(pg_ctx, drop_sessions):
    db = pg_ctx.db
    real_port = db.connect_params["port"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    # GIVEN the server is unreachable (its connection dropped, nothing listening any more)
    drop_sessions()
    db.connect_params["port"] = closed_port
    try:
        # WHEN queries run THEN each fails quickly with the same clear message
        for _ in range(2):
            with pytest.raises(DatabaseConnectionError) as caught:
                Officer.select().count()
            assert caught.value.message == UNREACHABLE
        with pytest.raises(DatabaseConnectionError), db.atomic():
            _document("Tidak sampai")
    finally:
        db.connect_params["port"] = real_port
    # AND once it is back, queries work without restarting the app
    assert Officer.select().count() == 1
    assert Document.select().count() == 0


def test_statement_errors_are_not_mistaken_for_a_lost_connection(pg_ctx):
    from peewee import IntegrityError, ProgrammingError

    # GIVEN a working connection WHEN the server refuses statements
    with pytest.raises(ProgrammingError):
        pg_ctx.db.execute_sql("SELECT no_such_column FROM document")
    with pytest.raises(IntegrityError), pg_ctx.db.atomic():
        Officer.create(username="petugas", full_name="Dua")
    # THEN they surface as they are, and the connection stays in use
    pid = _backend_pid(pg_ctx.db)
    assert Officer.select().count() == 1
    assert _backend_pid(pg_ctx.db) == pid


@pytest.mark.parametrize(("sql", "safe"), [
    ('SELECT "t1"."id" FROM "document" AS "t1"', True),
    ("  select 1", True),
    ("SHOW server_version", True),
    ("BEGIN", True),
    ('INSERT INTO "document" ("judul") VALUES (%s) RETURNING "document"."id"', False),
    ('UPDATE "copy" SET "status" = %s', False),
    ('WITH "x" AS (DELETE FROM "loan" RETURNING *) SELECT 1', False),
    ("SELECT nextval('receipt_seq')", False),
    ('DELETE FROM "visit"', False),
])
def test_only_read_only_statements_count_as_repeatable(sql, safe):
    assert is_read_only(sql) is safe
