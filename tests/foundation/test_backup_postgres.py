"""PostgreSQL desks: pg_dump backups, pg_restore into an empty database, a clear message when
the tools are missing, and two real desk processes lending the same copy."""

from __future__ import annotations

import glob
import zipfile

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.services.backup import PG_MEMBER, BackupError, BackupService
from jdih_desktop.services.demo import generate_demo_data
from jdih_desktop.store.db import open_database
from jdih_desktop.store.models import Document, Visit
from tests.conftest import make_args
from tests.support import desk_procs

pytestmark = pytest.mark.postgres


def test_pg_dump_backup_and_pg_restore_into_an_empty_database(data_dir, pg_server, pg_url,
                                                               tmp_path):
    ctx = open_context(make_args(data_dir, db=pg_url))
    try:
        generate_demo_data(documents=30, visits=60)
        svc = BackupService(ctx.data_dir, ctx.db_url)
        result = svc.create(tmp_path)
        with zipfile.ZipFile(result.path) as zf:
            assert PG_MEMBER in zf.namelist()
        assert result.manifest.engine == "postgresql"
        assert result.manifest.counts["document"] == 30
        visits = Visit.select().count()
    finally:
        ctx.db.close()
    # restore into a new, empty database
    name = pg_url.rsplit("/", 1)[1] + "_restored"
    pg_server.admin(f'CREATE DATABASE "{name}"')
    target = pg_server.url(name)
    try:
        db = open_database(target)
        restore = BackupService(data_dir, target)
        manifest = restore.restore_postgres(result.path, None, console=True)
        assert manifest.counts["document"] == 30
        assert Document.select().count() == 30 and Visit.select().count() == visits
        # a non-empty database is never overwritten
        with pytest.raises(BackupError, match="tidak kosong"):
            restore.restore_postgres(result.path, None, console=True)
        db.close()
    finally:
        pg_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_missing_postgresql_tools_say_what_to_install(data_dir, pg_url, tmp_path,
                                                      monkeypatch):
    ctx = open_context(make_args(data_dir, db=pg_url))
    try:
        monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump on this PATH
        monkeypatch.setattr(glob, "glob", lambda _pattern: [])
        with pytest.raises(BackupError, match="pg_dump") as err:
            BackupService(ctx.data_dir, ctx.db_url).create(tmp_path)
        assert "postgresql-client" in err.value.message
    finally:
        ctx.db.close()


def test_two_desk_processes_lending_the_same_copy_on_postgresql(pg_url):
    rounds = 10
    plan = desk_procs.seed(pg_url, rounds)
    a, b = desk_procs.two_desks(pg_url, "same_copy", rounds, plan, timeout=240)
    assert all(sorted(pair) == ["domain", "ok"] for pair in zip(a, b, strict=True))
