"""No silent new database; damage named; a swapped file named; the quick check when due."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.errors import StoreError
from jdih_desktop.services.reports import Period, ReportService
from jdih_desktop.store import folder
from jdih_desktop.store.db import ensure_sound
from jdih_desktop.store.models import Document, Visit
from tests.conftest import FIXED_NOW, make_args


def damage(path: Path, seed: int = 1, blocks: int = 12) -> None:
    """Random bytes over pages past the header (what a failing disk or a bad copy does)."""
    rng = random.Random(seed)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for _ in range(blocks):
            f.seek(rng.randrange(size // 2, size - 512))
            f.write(rng.randbytes(512))


def test_a_new_folder_gets_a_new_database_and_records_it(data_dir):
    ctx = open_context(make_args(data_dir))
    try:
        db_file = Path(ctx.db.database)
        assert folder.was_recorded(data_dir, db_file)
        assert folder.recorded_id(data_dir, db_file) == folder.database_id(ctx.db)
    finally:
        ctx.db.close()


def test_a_folder_that_held_a_database_refuses_to_start_empty(desk_data):
    data_dir, db_file = desk_data.data_dir, Path(desk_data.db.database)
    desk_data.db.close()
    # GIVEN the database file is gone (a USB drive not plugged in, a slip in Explorer)
    for p in data_dir.glob("jdih.sqlite3*"):
        p.unlink()
    # WHEN the app starts THEN it refuses, with the exact path and what to do
    with pytest.raises(StoreError) as err:
        open_context(make_args(data_dir))
    assert str(db_file) in err.value.message
    assert "restore" in err.value.message and "drive" in err.value.message
    # AND no new empty database was created
    assert not db_file.exists()


def test_another_jdih_database_swapped_in_is_named_as_such(tmp_path, desk_data):
    data_dir, db_file = desk_data.data_dir, Path(desk_data.db.database)
    desk_data.db.close()
    other_dir = tmp_path / "other"
    other = open_context(make_args(other_dir))
    other_file = Path(other.db.database)
    other.db.close()
    for p in data_dir.glob("jdih.sqlite3*"):
        p.unlink()
    other_file.replace(db_file)
    with pytest.raises(StoreError, match="basis data JDIH lain") as err:
        open_context(make_args(data_dir))
    assert str(db_file) in err.value.message and "diganti" in err.value.message


def test_an_unclean_exit_makes_the_quick_check_due(data_dir):
    ctx = open_context(make_args(data_dir))
    ctx.db.close()
    assert not folder.check_due(data_dir)  # just checked at the first start
    # GIVEN a lock left by a process that no longer runs
    (data_dir / folder.LOCK_FILE).write_text(json.dumps({"pid": 999_999_999}))
    assert folder.check_due(data_dir)
    assert folder.take_lock(data_dir) is True  # reported as unclean
    folder.release_lock(data_dir)
    assert folder.check_due(data_dir)
    assert folder.quick_check(data_dir, Path(ctx.db.database)) is None
    assert not folder.check_due(data_dir)
    # and at most daily otherwise
    assert folder.check_due(data_dir, dt.datetime.now() + dt.timedelta(days=1, minutes=1))


def test_a_damaged_file_is_refused_for_reports_and_writes_with_one_line(desk_data, clock):
    data_dir, db_file = desk_data.data_dir, Path(desk_data.db.database)
    desk_data.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    desk_data.db.close()
    damage(db_file)
    (data_dir / folder.HEALTH_FILE).unlink()  # never checked: due
    try:
        ctx = open_context(make_args(data_dir))
    except StoreError as exc:  # the bytes hit a page the schema needs: refused at the door
        assert "rusak" in exc.message and "restore" in exc.message and "\n" not in exc.message
        return
    try:
        assert ctx.db.guard.damaged and "restore" in ctx.db.guard.damaged
        assert "\n" not in ctx.db.guard.damaged
        with pytest.raises(StoreError, match="rusak"):
            ensure_sound()
        with pytest.raises(StoreError, match="rusak"):
            _reader(ReportService(ctx.config, clock)).per_day(
                Period.month(FIXED_NOW.year, FIXED_NOW.month))
        with pytest.raises(StoreError, match="rusak"), ctx.db.atomic():
            Visit.update(notes="x").execute()
    finally:
        ctx.db.close()


def test_a_sound_file_gives_figures(desk_data, clock):
    assert Document.select().count() == 40
    ensure_sound()
    assert _reader(ReportService(desk_data.config, clock)).per_day(
        Period.month(2026, 11)) is not None


def _reader(service: ReportService) -> ReportService:
    """The head reading reports (a damaged file cannot be signed in to: the session is given)."""
    from jdih_desktop.services.session import HEAD, Actor, Session

    service.session = Session(Actor(1, "kepala", "Kepala", HEAD))
    return service
