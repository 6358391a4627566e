"""Backups: one verified zip with a manifest, rotation, clear messages for a bad target;
restore: preview, refusal of foreign, damaged and newer files, admin only, safety copy first."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.services.backup import (
    MANIFEST,
    PREFIX,
    SQLITE_MEMBER,
    BackupError,
    BackupService,
    BackupSettings,
    apply_pending_restore,
    rotation_keep,
)
from jdih_desktop.store.migrations import LATEST
from jdih_desktop.store.models import Document, Officer, Visit
from tests.conftest import make_args


def service_for(ctx) -> BackupService:
    return BackupService(ctx.data_dir, ctx.db_url)


def test_a_backup_is_one_zip_with_a_manifest_verified_and_recorded(desk_data, tmp_path):
    ctx = desk_data
    target = tmp_path / "usb"
    target.mkdir()
    svc = service_for(ctx)
    # WHEN a backup is made while the app has the database open
    result = svc.create(target)
    # THEN one zip holds the database and its manifest
    assert result.path.parent == target and result.path.name.startswith(PREFIX)
    with zipfile.ZipFile(result.path) as zf:
        assert sorted(zf.namelist()) == sorted([MANIFEST, SQLITE_MEMBER])
        manifest = json.loads(zf.read(MANIFEST))
        inner = tmp_path / "inner.sqlite3"
        inner.write_bytes(zf.read(SQLITE_MEMBER))
    assert manifest["schema_version"] == LATEST and manifest["engine"] == "sqlite"
    assert manifest["counts"]["document"] == Document.select().count() == 40
    assert manifest["counts"]["visit"] == Visit.select().count()
    assert manifest["desk"] and manifest["created_at"] and len(manifest["sha256"]) == 64
    conn = sqlite3.connect(inner)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 40
    conn.close()
    # AND it is the last good backup: the status is not stale, the schedule not due
    status = svc.status()
    assert status.last_path == str(result.path) and not status.stale
    assert not svc.due()


def test_stale_and_due_follow_the_schedule(ctx, tmp_path):
    svc = service_for(ctx)
    assert svc.status().stale and svc.due()  # never backed up
    svc.create()
    later = dt.datetime.now() + dt.timedelta(hours=25)
    assert svc.due(later) and not svc.status(later).stale
    assert svc.status(dt.datetime.now() + dt.timedelta(hours=49)).stale
    svc.save_settings(BackupSettings(daily=False))
    assert not svc.due(later)


def test_a_missing_target_says_so_and_is_recorded(ctx, tmp_path):
    svc = service_for(ctx)
    with pytest.raises(BackupError, match="tidak ada atau tidak dapat dijangkau") as err:
        svc.create(tmp_path / "usb-not-plugged")
    assert str(tmp_path / "usb-not-plugged") in err.value.message
    assert svc.status().last_error == err.value.message


def test_a_full_target_says_disk_full_and_leaves_nothing(desk_data, small_disk):
    svc = service_for(desk_data)
    with pytest.raises(BackupError, match="Disk tujuan penuh") as err:
        svc.create(small_disk)
    assert str(small_disk) in err.value.message
    assert list(small_disk.iterdir()) == []


def test_a_read_only_target_says_read_only(ctx, read_only_dir):
    svc = service_for(ctx)
    with pytest.raises(BackupError, match="hanya-baca"):
        svc.create(read_only_dir)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2026, 1, 1, 17, 0)
    names = [f"{PREFIX}{(start + dt.timedelta(days=d)):%Y%m%d-%H%M%S}.zip" for d in range(400)]
    keep = rotation_keep(names, 7, 4, 12)
    newest = start + dt.timedelta(days=399)
    days = {dt.datetime.strptime(n[len(PREFIX):-4], "%Y%m%d-%H%M%S").date() for n in keep}
    # the 7 newest days are all kept
    assert {newest.date() - dt.timedelta(days=i) for i in range(7)} <= days
    # one per month reaches back 12 months; nothing older than that survives
    assert len({(d.year, d.month) for d in days}) == 12
    assert min(days) > (newest - dt.timedelta(days=366)).date()
    assert len(keep) <= 7 + 4 + 12


def test_rotation_runs_after_each_backup(ctx, tmp_path):
    svc = service_for(ctx)
    target = tmp_path / "b"
    target.mkdir()
    for d in range(10):  # ten old daily backups
        (target / f"{PREFIX}202601{d + 1:02d}-120000.zip").write_bytes(b"old")
    svc.save_settings(BackupSettings(folder=str(target), keep_daily=3, keep_weekly=1,
                                     keep_monthly=1))
    result = svc.create()
    left = sorted(p.name for p in target.iterdir())
    assert result.path.name in left and len(left) == 3
    assert len(result.removed) == 8


def test_preview_refuses_foreign_damaged_and_newer_files(desk_data, tmp_path):
    svc = service_for(desk_data)
    good = svc.create(tmp_path).path
    assert svc.preview(good).counts["document"] == 40
    # a file that is not a zip
    junk = tmp_path / "foto.zip"
    junk.write_bytes(b"\x89PNG not a backup")
    with pytest.raises(BackupError, match="bukan berkas cadangan"):
        svc.preview(junk)
    # a zip without our manifest
    foreign = tmp_path / "lain.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("data.csv", "a,b\n")
    with pytest.raises(BackupError, match="bukan berkas cadangan"):
        svc.preview(foreign)
    # a backup whose database was changed after writing
    with zipfile.ZipFile(good) as zf:
        manifest, data = zf.read(MANIFEST), bytearray(zf.read(SQLITE_MEMBER))
    data[5000:5010] = b"XXXXXXXXXX"
    tampered = tmp_path / f"{PREFIX}20260101-000000.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        zf.writestr(MANIFEST, manifest)
        zf.writestr(SQLITE_MEMBER, bytes(data))
    with pytest.raises(BackupError, match="sha256"):
        svc.preview(tampered)
    # a backup from a newer version of the app
    newer = tmp_path / f"{PREFIX}20260102-000000.zip"
    raw = json.loads(manifest)
    raw["schema_version"] = LATEST + 1
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr(MANIFEST, json.dumps(raw))
        zf.writestr(SQLITE_MEMBER, bytes(zipfile.ZipFile(good).read(SQLITE_MEMBER)))
    with pytest.raises(BackupError, match="lebih baru"):
        svc.preview(newer)


def test_only_an_administrator_restores(desk_data, tmp_path):
    svc = service_for(desk_data)
    backup = svc.create(tmp_path).path
    desk_officer = Officer.select().where(Officer.role == "officer").first()
    with pytest.raises(BackupError, match="Hanya administrator"):
        svc.stage_restore(backup, desk_officer.id)
    with pytest.raises(BackupError, match="Hanya administrator"):
        svc.stage_restore(backup, None)
    assert not (desk_data.data_dir / "restore-pending.json").exists()


def test_restore_takes_a_safety_copy_then_brings_the_backup_back(desk_data, tmp_path):
    ctx = desk_data
    svc = service_for(ctx)
    backup = svc.create(tmp_path).path
    # GIVEN work done after the backup
    for i in range(5):
        Document.create(doc_type="peraturan", jenis="Peraturan KPU", nomor=f"9{i}", tahun=2026,
                        judul=f"Dokumen setelah cadangan {i}")
    assert Document.select().count() == 45
    admin = Officer.create(username="admin2", full_name="Admin", role="admin")
    # WHEN an administrator restores
    staged = svc.stage_restore(backup, admin.id)
    # THEN the current state was backed up first (45 documents in it)
    assert staged.safety is not None and staged.safety.exists()
    assert svc.read_manifest(staged.safety).counts["document"] == 45
    # AND at the next start the backup's data is in place (40 documents)
    ctx.db.close()
    ctx2 = open_context(make_args(ctx.data_dir))
    try:
        assert Document.select().count() == 40
        assert not (ctx.data_dir / "restore-pending.json").exists()
    finally:
        ctx2.db.close()
    # nothing pending: applying again is a no-op
    assert apply_pending_restore(ctx.data_dir, Path(ctx.db.database)) is False


def test_a_damaged_backup_is_refused_before_anything_changes(desk_data, tmp_path):
    svc = service_for(desk_data)
    good = svc.create(tmp_path).path
    with zipfile.ZipFile(good) as zf:
        manifest, data = zf.read(MANIFEST), bytearray(zf.read(SQLITE_MEMBER))
    data[9000:9010] = b"XXXXXXXXXX"
    bad = tmp_path / "rusak" / good.name
    bad.parent.mkdir()
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr(MANIFEST, manifest)
        zf.writestr(SQLITE_MEMBER, bytes(data))
    before = sorted(p.name for p in (desk_data.data_dir / "backups").iterdir())
    with pytest.raises(BackupError, match="sha256"):
        svc.stage_restore(bad, None, console=True)
    assert sorted(p.name for p in (desk_data.data_dir / "backups").iterdir()) == before
    assert not (desk_data.data_dir / "restore-pending.json").exists()
