"""Personal data at rest: encrypted images, owner-only files, clean logs, a tamper-evident audit
log, and retention that leaves no copy in the file or its WAL while the app stays open."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import sqlite3
import stat
import sys

import pytest
from PIL import Image

from jdih_desktop.app import open_context
from jdih_desktop.cli import main
from jdih_desktop.services import audit
from jdih_desktop.services.audit import verify_audit_chain
from jdih_desktop.store import crypto
from jdih_desktop.store.models import AuditLog, IdScan, Visit, Visitor, database_proxy
from tests.conftest import make_args
from tests.wizard.conftest import ink_png

NIK = "6172010101900005"
NAME = "Ahmad Fauzi Zulkarnaen"
BOOK = {"full_name": NAME, "id_type": "nik", "id_number": NIK, "institution": "",
        "address": "Jl. Merdeka 7 Singkawang", "phone": "0813 5000 1234", "email": "",
        "category": "umum", "purpose": "Membaca putusan"}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (200, 120), (200, 180, 150)).save(buf, "JPEG")
    return buf.getvalue()


def _visit_with_images(services) -> int:
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id)
    vs.save_visit_book(visit.id, BOOK, consent=True, signature_png=ink_png(),
                       id_scan_png=_jpeg())
    vs.add_id_scan(visit.id, ink_png(), 300)
    return visit.id


def _file_bytes(ctx) -> bytes:
    path = ctx.data_dir / "jdih.sqlite3"
    out = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        out += wal.read_bytes()
    return out


def test_signatures_and_scans_are_never_in_clear_in_the_file(ctx, services):
    # GIVEN a visit book signed, with a JPEG and a PNG identity-card scan
    visit_id = _visit_with_images(services)
    # THEN neither the database file nor its WAL holds a PNG or JPEG header
    raw = _file_bytes(ctx)
    assert PNG_MAGIC not in raw and JPEG_MAGIC not in raw
    # AND the stored values are Fernet tokens, while the service reads the images back
    db = sqlite3.connect(ctx.data_dir / "jdih.sqlite3")
    (sig,) = db.execute("SELECT signature_png FROM visit WHERE id = ?", (visit_id,)).fetchone()
    db.close()
    assert crypto.is_token(sig)
    assert Visit.get_by_id(visit_id).signature_png.startswith(PNG_MAGIC)
    assert {bytes(s.image[:3]) for s in IdScan.select()} == {JPEG_MAGIC, PNG_MAGIC[:3]}


def test_clear_blobs_of_an_older_version_are_encrypted_at_start(ctx, services, data_dir):
    # GIVEN a signature written in clear by an older version (straight into the table)
    visit_id = _visit_with_images(services)
    database_proxy.obj.execute_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    database_proxy.obj.execute_sql("UPDATE visit SET signature_png = ? WHERE id = ?",
                                   (ink_png(), visit_id))
    from jdih_desktop.store.migrations import encrypt_clear_blobs

    # WHEN the migration's sweep runs
    assert encrypt_clear_blobs(database_proxy.obj) == 1
    database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # THEN it is a token again and still reads as the same picture
    assert PNG_MAGIC not in _file_bytes(ctx)
    assert Visit.get_by_id(visit_id).signature_png == ink_png()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_folder_and_files_are_owner_only(ctx, services):
    _visit_with_images(services)
    d = ctx.data_dir
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    for p in [d / "jdih.sqlite3", crypto.key_path(d), d / "logs" / "jdih-desktop.log"]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    assert stat.S_IMODE(crypto.key_path(d).parent.stat().st_mode) == 0o700


def test_a_verbose_session_logs_sql_without_its_parameters(data_dir, clock):
    # GIVEN the app opened with -v
    ctx = open_context(make_args(data_dir, verbose=True))
    try:
        from jdih_desktop.services.container import build_services
        from tests.conftest import TEST_HASHER, sign_in_admin

        services = sign_in_admin(build_services(ctx.config, clock=clock, hasher=TEST_HASHER))
        # WHEN a visitor with a NIK, name and phone is written and looked up
        _visit_with_images(services)
        services.visits.find_visitors(NIK)
        for h in logging.getLogger().handlers:
            h.flush()
        text = (data_dir / "logs" / "jdih-desktop.log").read_text(encoding="utf-8")
        # THEN the statements are there, the values are not
        assert 'INSERT INTO "visitor"' in text and "parameter(s) not logged" in text
        for secret in (NIK, NAME, "5000 1234", "+6281350001234", "Merdeka"):
            assert secret not in text
    finally:
        ctx.db.close()
        logging.getLogger().setLevel(logging.INFO)


def test_audit_rows_cannot_be_changed_and_a_tampered_row_is_detected(ctx, services, capsys):
    _visit_with_images(services)
    assert verify_audit_chain().ok
    first = AuditLog.select().order_by(AuditLog.id).first()
    # WHEN someone tries to change or remove a row through SQL, the database refuses
    with pytest.raises(Exception, match="append-only"):
        database_proxy.obj.execute_sql("UPDATE audit_log SET action = 'x' WHERE id = ?",
                                       (first.id,))
    with pytest.raises(Exception, match="append-only"):
        database_proxy.obj.execute_sql("DELETE FROM audit_log WHERE id = ?", (first.id,))
    # AND the command says the log is whole
    assert main(["audit", "verify", "--data-dir", str(ctx.data_dir)]) == 0
    assert "utuh" in capsys.readouterr().out
    # WHEN an attacker with the file drops the trigger and edits a row
    database_proxy.obj.execute_sql("DROP TRIGGER audit_log_no_update")
    database_proxy.obj.execute_sql("UPDATE audit_log SET officer_id = NULL WHERE id = ?",
                                   (first.id + 1,))
    # THEN the chain check names that row, and the command fails with the sentence
    check = verify_audit_chain()
    assert not check.ok and check.first_bad_id == first.id + 1
    assert main(["audit", "verify", "--data-dir", str(ctx.data_dir)]) == 1
    assert f"baris {first.id + 1}" in capsys.readouterr().err
    # AND a removed row breaks the chain at the next one
    database_proxy.obj.execute_sql("DROP TRIGGER audit_log_no_delete")
    last = AuditLog.select().order_by(AuditLog.id.desc()).first()
    database_proxy.obj.execute_sql("DELETE FROM audit_log WHERE id = ?", (last.id - 1,))
    assert verify_audit_chain().first_bad_id in (first.id + 1, last.id)


def test_audit_details_hold_ids_not_personal_data(ctx, services):
    visit_id = _visit_with_images(services)
    services.visits.add_attachment(visit_id, f"foto KTP {NAME}.png", ink_png(), "image/png")
    services.visits.cancel_visit(visit_id, f"{NAME} pulang")
    text = " ".join(d or "" for (d,) in AuditLog.select(AuditLog.detail).tuples())
    for secret in (NAME, "Ahmad", NIK, "foto KTP", "5000 1234"):
        assert secret not in text


def test_retention_erases_while_the_app_stays_open(ctx, services, clock):
    # GIVEN a visitor last seen six years ago, with signature and scans, and a recent visitor
    # whose ID scan is 31 days old
    old_id = _visit_with_images(services)
    services.visits.cancel_visit(old_id, "selesai")
    Visit.update(arrived_at=clock.now - dt.timedelta(days=6 * 366)).where(
        Visit.id == old_id).execute()
    recent = services.visits.open_visit()
    services.visits.complete_arrival(recent.id)
    services.visits.save_visit_book(recent.id, {**BOOK, "full_name": "Budi Recent",
                                                "id_number": "6172010101900099",
                                                "address": "Jl. Pahlawan 3",
                                                "phone": "0813 7777 8888"},
                                    consent=True, signature_png=ink_png(), id_scan_png=_jpeg())
    Visit.update(arrived_at=clock.now - dt.timedelta(days=31)).where(
        Visit.id == recent.id).execute()
    for vs in (Visit.get_by_id(old_id), Visit.get_by_id(recent.id)):
        audit.record("visit.test", "visit", vs.id, {})
    # AND the GUI thread's connection stays open (the app is running)
    assert not database_proxy.obj.is_closed()
    # WHEN retention runs
    plan = services.retention.commit()
    # THEN the old visitor is anonymised, the 31-day-old scan is gone, the recent visitor kept
    assert plan.visitors == 1 and plan.expired_id_scans == 3 and plan.wal_truncated
    assert IdScan.select().count() == 0
    assert Visitor.get(Visitor.full_name == "Budi Recent")
    # AND the erased name, NIK and phone are gone from the file and the WAL is empty
    path = ctx.data_dir / "jdih.sqlite3"
    raw = path.read_bytes()
    for secret in (NAME.encode(), NIK.encode(), b"+6281350001234", b"Merdeka"):
        assert secret not in raw
    wal = path.with_name("jdih.sqlite3-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert b"Budi Recent" in raw  # the kept visitor is still there: the search is real


def test_retention_runs_without_a_prompt_for_a_scheduled_task(cli_admin, ctx, services,
                                                            data_dir, capsys, monkeypatch):
    # GIVEN an administrator made this machine's task token
    path = services.accounts.create_task_token(data_dir)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # nobody types anything
    # WHEN the scheduled task runs retention with --task
    assert main(["retention", "--task", "--data-dir", str(data_dir)]) == 0
    # THEN it ran as the task; without --task and without credentials it is refused
    assert AuditLog.select().where(AuditLog.action == "visitor.anonymise").count() == 0
    assert main(["retention", "--data-dir", str(data_dir)]) == 1
    assert "salah" in capsys.readouterr().err
    # AND the token does not open anything else (a report)
    path.write_text("palsu\n")
    assert main(["retention", "--task", "--data-dir", str(data_dir)]) == 1


def test_db_check_detects_a_tampered_audit_row(ctx, services, capsys):
    _visit_with_images(services)
    assert main(["db", "check", "--data-dir", str(ctx.data_dir)]) == 0
    assert "rantai hash log audit utuh" in capsys.readouterr().out
    database_proxy.obj.execute_sql("DROP TRIGGER audit_log_no_update")
    database_proxy.obj.execute_sql("UPDATE audit_log SET detail = '{}' WHERE id = 2")
    assert main(["db", "check", "--data-dir", str(ctx.data_dir)]) == 1
    out = capsys.readouterr()
    assert "baris 2" in out.out + out.err
