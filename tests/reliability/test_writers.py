"""Writers queue instead of failing: every SQLite write transaction begins IMMEDIATE.

Two real processes on one file start the same desk operation at the same moment, round after
round (``tests/support/desk_procs.py``). Before the change the loser got an unhandled
``database is locked`` in a quarter to nine tenths of the rounds (RELIABILITY.md).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError

from jdih_desktop.errors import JdihError, StoreError
from jdih_desktop.store.db import describe_database_error, open_database
from jdih_desktop.store.models import Counter, Loan, LoanItem, database_proxy
from tests.support import desk_procs

ROUNDS = 15


@pytest.mark.parametrize("scenario", desk_procs.SCENARIOS)
def test_two_processes_on_one_file_never_get_database_is_locked(tmp_path: Path, scenario):
    # GIVEN one SQLite file and two desk processes
    url = f"sqlite:///{tmp_path / 'jdih.sqlite3'}"
    plan = desk_procs.seed(url, ROUNDS)
    # WHEN both do the scenario's operation at the same moment, ROUNDS times
    a, b = desk_procs.two_desks(url, scenario, ROUNDS, plan, timeout=240)
    # THEN nobody got an unhandled error, and the outcome is the domain's
    assert [x for x in a + b if x not in ("ok", "domain")] == []
    open_database(url)
    try:
        if scenario == "same_copy":
            # exactly one winner per round; the loser read the desk's own sentence
            assert all(sorted(pair) == ["domain", "ok"] for pair in zip(a, b, strict=True))
            copy_ids = plan["copies"][2 * ROUNDS:3 * ROUNDS]
            assert LoanItem.select().where(LoanItem.copy.in_(copy_ids)).count() == ROUNDS
        else:
            assert a == b == ["ok"] * ROUNDS
        # receipt numbers: one per loan, none skipped
        year_counter = Counter.get(Counter.name.startswith("loan:")).value
        assert Loan.select().count() == year_counter
    finally:
        database_proxy.obj.close()


def test_transactions_begin_immediate_so_a_reader_turned_writer_waits(ctx, tmp_path):
    # GIVEN another connection holding the write lock for a moment
    path = Path(ctx.db.database)
    other = sqlite3.connect(path, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO counter (name, value) VALUES ('other-desk', 7)")
    import threading

    threading.Timer(0.5, other.commit).start()
    # WHEN the app reads then writes inside one atomic() block
    with ctx.db.atomic():
        Counter.select().count()
        Counter.insert(name="probe", value=1).execute()
    # THEN it waited for the lock instead of failing (the row is there)
    assert Counter.get(Counter.name == "probe").value == 1
    other.close()


def test_a_full_disk_says_disk_full_never_cannot_rollback(services, ctx):
    # GIVEN a database that cannot grow (SQLITE_FULL, as on a full disk)
    visit = services.visits.open_visit()
    before = ctx.db.execute_sql("PRAGMA page_count").fetchone()[0]
    ctx.db.execute_sql(f"PRAGMA max_page_count = {before + 2}")
    # WHEN a save needs more room
    with pytest.raises(OperationalError) as err:
        services.visits.add_attachment(visit.id, "scan.pdf", b"%PDF" + b"x" * 400_000,
                                       "application/pdf")
    # THEN the error is the real cause and the sentence names the disk and the folder
    assert "full" in str(err.value)
    assert "rollback" not in str(err.value).lower()
    text = describe_database_error(err.value)
    assert text.startswith("Disk penuh") and str(Path(ctx.db.database).parent) in text
    # AND nothing half-written: the visit has no attachment, and the store still works
    ctx.db.execute_sql("PRAGMA max_page_count = 1073741823")
    services.visits.save_notes(visit.id, "catatan")
    assert services.visits.load(visit.id).id == visit.id


def test_a_database_file_that_disappears_stops_saving_and_says_so(services, ctx):
    visit = services.visits.open_visit()
    path = Path(ctx.db.database)
    moved = path.with_name("elsewhere.sqlite3")
    path.rename(moved)
    try:
        with pytest.raises(StoreError, match="tidak ada lagi") as err:
            services.visits.save_notes(visit.id, "tidak boleh dilaporkan tersimpan")
        assert str(path) in err.value.message
    finally:
        moved.rename(path)
    services.visits.save_notes(visit.id, "setelah berkas kembali")


def test_a_file_swapped_while_running_is_refused(services, ctx):
    visit = services.visits.open_visit()
    path = Path(ctx.db.database)
    copy = path.with_name("copy.sqlite3")
    copy.write_bytes(path.read_bytes())
    copy.replace(path)
    with pytest.raises(StoreError, match="diganti dengan berkas lain"):
        services.visits.save_notes(visit.id, "x")


def test_an_autocommit_write_into_a_vanished_file_is_refused_too(services, ctx):
    from jdih_desktop.store.models import Setting

    path = Path(ctx.db.database)
    moved = path.with_name("elsewhere.sqlite3")
    path.rename(moved)
    try:
        with pytest.raises(StoreError, match="tidak ada lagi"):
            Setting.create(key="x", value="y")  # no atomic(): one autocommit statement
    finally:
        moved.rename(path)


def test_a_read_only_folder_says_read_only_never_damaged_or_cannot_rollback(tmp_path, clock):
    import os
    import subprocess

    from jdih_desktop.app import open_context
    from jdih_desktop.services.container import build_services
    from tests.conftest import make_args

    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root (the CI runs as root)")
    src, ro = tmp_path / "usb", tmp_path / "usb-ro"
    ctx = open_context(make_args(src))
    ctx.db.close()
    ro.mkdir()
    subprocess.run(["mount", "--bind", str(src), str(ro)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
        # GIVEN the database on a read-only stick, the data folder elsewhere
        url = f"sqlite:///{ro / 'jdih.sqlite3'}"
        try:
            ctx = open_context(make_args(tmp_path / "local", db=url))
        except StoreError as exc:
            message = exc.message
        else:
            from jdih_desktop.services.session import OFFICER, Actor, Session

            # (signing in would write an audit row: the petugas is given as the session)
            services = build_services(ctx.config, clock=clock, session=Session(
                Actor(1, "petugas", "Petugas", OFFICER)))
            with pytest.raises(OperationalError) as err:
                services.visits.open_visit()
            assert "rollback" not in str(err.value).lower()
            message = describe_database_error(err.value, Path(ctx.db.database))
            ctx.db.close()
        assert "hanya-baca" in message and "rusak" not in message
        assert str(ro / "jdih.sqlite3") in message
        # AND a read-only data folder says it cannot be written
        with pytest.raises(JdihError, match="tidak dapat ditulisi"):
            open_context(make_args(ro))
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True)
