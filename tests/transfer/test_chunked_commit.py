"""Chunked import commits on SQLite (issue 12): short transactions with an undo journal.

All or nothing stays true at the end: a failure, a cancel or a killed process leaves the
catalogue as before; a desk's own edit made between two chunks is kept and named, never
clobbered by the undo.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jdih_desktop.services import import_journal
from jdih_desktop.services.transfer import CHUNK_ROWS, Importer, TransferError
from jdih_desktop.store.chunked import ChunkedWriter
from jdih_desktop.store.models import AuditLog, Copy, Document, ImportRun, ImportUndo

from .conftest import FEEDS, catalogue_snapshot, feed_record

KPU = "jdih.kpu.go.id"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(ctx, clock):
    imp = Importer(FEEDS / "feed_canonical.json", clock=clock, source=KPU)
    imp.dry_run()
    imp.commit()
    return catalogue_snapshot()


def _feed(write_feed, n: int = CHUNK_ROWS * 3):
    rows = [feed_record(i) for i in range(1, n + 1)]
    # The first row updates an existing document (idData 1001 of the canonical feed).
    rows[0] = dict(rows[0], idData="1001", judul="Judul dari impor yang dibatalkan",
                   jenis="Peraturan Komisi Pemilihan Umum", noPeraturan="4",
                   tahun_pengundangan="2021", tanggal_penetapan="2021-02-17")
    return write_feed(rows)


def test_commit_is_chunked_and_leaves_no_journal(seeded, ctx, clock, write_feed):
    # GIVEN a valid 1500-row feed
    path = _feed(write_feed)
    imp = Importer(path, clock=clock, source=KPU)
    report = imp.dry_run()
    audits = AuditLog.select().count()
    # WHEN it is committed on a SQLite file
    assert import_journal.chunked_commit_applies(ctx.db)
    done = imp.commit(report.fingerprint)
    # THEN every row is in, the run is recorded as done, its journal is gone
    assert done.committed and Document.select().count() == len(seeded) + CHUNK_ROWS * 3 - 1
    run = ImportRun.select().order_by(ImportRun.id.desc()).get()
    assert (run.state, run.added, run.updated) == ("done", CHUNK_ROWS * 3 - 1, 1)
    assert ImportUndo.select().count() == 0
    # and one audit row says what was imported
    assert AuditLog.select().count() == audits + 1
    assert AuditLog.select().order_by(AuditLog.id.desc()).get().action == "catalogue.import"
    # and no lock file is left beside the database
    assert not list(Path(ctx.db.database).parent.glob("*.import-*.lock"))


def test_cancel_after_chunks_keeps_a_desk_edit_and_names_it(seeded, services, clock,
                                                            write_feed):
    # GIVEN a feed whose commit is cancelled after two batches were committed, and a desk that
    # edits one imported document and the updated one in between
    path = _feed(write_feed)
    cancel = threading.Event()
    edited: list[int] = []

    def progress(done: int, total: int, rows: int) -> None:
        if rows >= CHUNK_ROWS * 2 and not edited:
            assert ImportUndo.select().count() > 0  # chunks were committed
            clock.now = clock.now.replace(minute=5)  # the desk works a few minutes later
            new = Document.get(Document.jdihn_id == "9000002")
            old = Document.get(Document.jdihn_id == "1001")
            for doc in (new, old):
                data = services.catalogue.get_document(doc.id)
                services.catalogue.update_document(
                    dataclasses.replace(data, catatan="diperiksa di meja"))
                edited.append(doc.id)
            cancel.set()

    imp = Importer(path, clock=clock, source=KPU)
    report = imp.dry_run()
    imp.progress, imp.cancel = progress, cancel
    # WHEN the commit is cancelled
    with pytest.raises(TransferError, match="Dibatalkan") as err:
        imp.commit(report.fingerprint)
    # THEN the message names the two documents the desk changed
    assert edited and all(f"#{i}" in err.value.message for i in edited)
    assert "2 dokumen diubah atau dipakai di meja" in err.value.message
    # and they keep the desk's edit, while every other row of the import is gone
    assert Document.get_by_id(edited[0]).catatan == "diperiksa di meja"
    assert Document.get_by_id(edited[1]).catatan == "diperiksa di meja"
    assert Document.get_by_id(edited[1]).judul == "Judul dari impor yang dibatalkan"
    assert Document.select().count() == len(seeded) + 1
    rest = [row for row in catalogue_snapshot() if row[0] not in edited]
    assert rest == [row for row in seeded if row[0] not in edited]
    run = ImportRun.select().order_by(ImportRun.id.desc()).get()
    assert run.state == "undone" and ImportUndo.select().count() == 0


def test_a_document_given_a_copy_meanwhile_is_not_removed(seeded, services, clock,
                                                          write_feed):
    # GIVEN a desk that adds a copy of a just-imported document, then a database failure
    path = _feed(write_feed)
    used: list[int] = []

    def progress(done: int, total: int, rows: int) -> None:
        if rows >= CHUNK_ROWS and not used:
            doc = Document.get(Document.jdihn_id == "9000003")
            services.catalogue.add_copy(doc.id)
            used.append(doc.id)

    imp = Importer(path, clock=clock, source=KPU)
    report = imp.dry_run()
    imp.progress = progress
    from jdih_desktop.store.models import database_proxy

    database_proxy.obj.execute_sql(
        "CREATE TRIGGER refuse_late BEFORE INSERT ON document "
        "WHEN new.nomor = '1400' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(TransferError, match="katalog tetap seperti semula") as err:
        imp.commit(report.fingerprint)
    # THEN the document with its copy stays (named), the rest is as before
    assert used and f"#{used[0]}" in err.value.message
    assert Copy.select().where(Copy.document == used[0]).exists()
    assert Document.select().count() == len(seeded) + 1


def test_a_live_import_is_not_undone_by_another_open(seeded, ctx, clock, write_feed):
    # GIVEN an import run that is still writing (its lock held)
    journal = import_journal.ImportJournal.start(fmt="jdihn", fingerprint="x" * 64,
                                                 stamp="2026-11-24 09:00:00")
    try:
        # WHEN another process opens the database and looks for interrupted imports
        assert import_journal.recover_interrupted_imports() == []
        # THEN the run is left alone
        assert ImportRun.get_by_id(journal.run.id).state == "running"
    finally:
        journal.lock.release()
    # WHEN its process is gone (the lock is free) THEN it is undone
    undone = import_journal.recover_interrupted_imports()
    assert [u.run_id for u in undone] == [journal.run.id]
    assert ImportRun.get_by_id(journal.run.id).state == "undone"
    assert catalogue_snapshot() == seeded




def test_killed_import_process_is_undone_at_next_open(data_dir, write_feed, tmp_path):
    """A real child process (the CLI import) gets SIGKILL after some chunks are committed;
    the next start of the app on that folder undoes them."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = [sys.executable, "-m", "jdih_desktop", "--data-dir", str(data_dir)]
    # GIVEN a folder with the canonical feed imported
    subprocess.run([*base, "catalogue", "import", str(FEEDS / "feed_canonical.json"),
                    "--source", KPU], check=True, env=env, capture_output=True, timeout=120)
    db_file = data_dir / "jdih.sqlite3"

    def snapshot() -> list[tuple]:
        con = sqlite3.connect(db_file)
        try:
            return con.execute("SELECT * FROM document ORDER BY id").fetchall()
        finally:
            con.close()

    def count(sql: str) -> int:
        con = sqlite3.connect(db_file, timeout=10)
        try:
            return con.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:
            return 0
        finally:
            con.close()

    before = snapshot()
    # and a big feed imported by another process
    path = _feed(write_feed, n=CHUNK_ROWS * 16)
    child = subprocess.Popen([*base, "catalogue", "import", str(path), "--source", KPU],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # WHEN it is killed once chunks of it are committed
        deadline = time.monotonic() + 120
        while count("SELECT COUNT(*) FROM import_undo") < 3:
            assert child.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    # THEN its rows are in the file for now, with a run marked running
    assert len(snapshot()) > len(before)
    assert count("SELECT COUNT(*) FROM import_run WHERE state = 'running'") == 1
    # WHEN the app is started again on the folder (any command opens the database)
    out = subprocess.run([*base, "db", "check"], env=env, capture_output=True, text=True,
                         timeout=120)
    # THEN the interrupted import is undone and said so; the catalogue is as before
    assert "Impor katalog yang terputus" in out.stderr
    assert snapshot() == before
    assert count("SELECT COUNT(*) FROM import_run WHERE state = 'undone'") == 1
    assert count("SELECT COUNT(*) FROM import_undo") == 0
    assert out.returncode == 0, out.stdout + out.stderr


def test_chunked_writer_commits_on_budget_and_keeps_a_gap():
    # GIVEN a writer with a fake clock
    now = [0.0]
    slept: list[float] = []
    log: list[str] = []

    class FakeTxn:
        def __enter__(self):
            log.append("begin")

        def __exit__(self, exc_type, exc, tb):
            log.append("rollback" if exc_type else "commit")

    class FakeDb:
        def atomic(self):
            return FakeTxn()

    def sleep(s: float) -> None:
        slept.append(round(s, 3))
        now[0] += s

    w = ChunkedWriter(FakeDb(), budget=0.15, gap=0.12, clock=lambda: now[0], sleep=sleep)
    # WHEN work is done in steps of 0.05 s
    w.begin()
    for _ in range(3):
        now[0] += 0.05
        w.step()
    # THEN the chunk is committed once its budget is spent
    assert log == ["begin", "commit"] and not w.active
    # WHEN the next chunk begins 0.02 s later THEN it first waits out the rest of the gap
    now[0] += 0.02
    w.begin()
    assert slept == [0.1] and log[-1] == "begin"
    w.rollback()
    assert log[-1] == "rollback" and w.commits == 1


def test_import_process_killed_under_the_app_is_undone_at_once(seeded, clock, write_feed):
    """The app's path: the commit runs in a child process; when that process dies half-way
    the app (the parent) undoes its committed chunks before it reports the failure."""
    import multiprocessing

    from jdih_desktop.services.transfer import run_pass_in_process

    path = _feed(write_feed, n=CHUNK_ROWS * 12)
    report = run_pass_in_process(path, "jdihn", None, "dry_run", clock=clock, source=KPU)
    killed: list[int] = []

    def progress(done: int, total: int, rows: int) -> None:
        if rows >= CHUNK_ROWS * 3 and not killed and ImportUndo.select().count() > 0:
            for child in multiprocessing.active_children():
                if child.name == "jdih-import-commit":
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)

    # WHEN the import process is killed once chunks of it are committed
    with pytest.raises(TransferError, match="berhenti tanpa hasil") as err:
        run_pass_in_process(path, "jdihn", None, "commit", clock=clock, progress=progress,
                            fingerprint=report.fingerprint, source=KPU)
    # THEN the catalogue is as before, and the message says so truthfully
    assert killed and "katalog tidak diubah" in err.value.message
    assert catalogue_snapshot() == seeded
    assert ImportRun.select().where(ImportRun.state == "undone").count() == 1


def test_undo_takes_back_relations_and_the_status_they_changed(seeded, ctx, clock,
                                                              write_feed):
    from jdih_desktop.store.models import DocumentRelation

    # GIVEN a feed whose last row revokes PKPU 4/2021 (in the catalogue, "berlaku")
    rows = [feed_record(i) for i in range(1, CHUNK_ROWS + 2)]
    rows[-1] = dict(rows[-1], status="Mencabut Peraturan Komisi Pemilihan Umum Nomor 4 Tahun "
                                     "2021")
    path = write_feed(rows)
    relations = DocumentRelation.select().count()
    imp = Importer(path, clock=clock, source=KPU)
    report = imp.dry_run()
    assert report.ok and report.relations == 1
    # and a database that refuses the import's last write (its audit row), after the relation
    # and the status change were committed in their chunk
    ctx.db.execute_sql(
        "CREATE TRIGGER refuse_last BEFORE INSERT ON audit_log "
        "WHEN new.action = 'catalogue.import' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    # WHEN it is committed THEN it fails as a whole
    with pytest.raises(TransferError, match="katalog tetap seperti semula"):
        imp.commit(report.fingerprint)
    # AND the relation is gone and the revoked document is "berlaku" again, as it was
    assert DocumentRelation.select().count() == relations
    assert catalogue_snapshot() == seeded
    assert Document.get(Document.jdihn_id == "1001").status == "berlaku"
    # (the run did record them: the journal said so, the undo took them back)
    undo = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert undo.action == "catalogue.import.undo" and '"relations": 2' in undo.detail
