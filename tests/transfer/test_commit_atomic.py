"""The commit is one transaction: a failure or a cancel half-way leaves the catalogue as before."""

from __future__ import annotations

import threading

import pytest

from jdih_desktop.services.transfer import CHUNK_ROWS, Importer, TransferError
from jdih_desktop.store.models import Document

from .conftest import FEEDS, catalogue_snapshot, feed_record

# The canonical feed's rows link to jdih.kpu.go.id: that is their source when none is named.
KPU = "jdih.kpu.go.id"


@pytest.fixture
def seeded(ctx, clock):
    imp = Importer(FEEDS / "feed_canonical.json", clock=clock, source=KPU)
    imp.dry_run()
    imp.commit()
    return catalogue_snapshot()


def _big_feed(write_feed, n: int = CHUNK_ROWS * 3):
    rows = [feed_record(i) for i in range(1, n + 1)]
    # The first row updates an existing document: that update must be undone too.
    rows[0] = dict(rows[0], idData="1001", judul="Judul yang tidak boleh tersimpan",
                   jenis="Peraturan Komisi Pemilihan Umum", noPeraturan="4",
                   tahun_pengundangan="2021", tanggal_penetapan="2021-02-17")
    return write_feed(rows)


def test_database_failure_half_way_rolls_back(seeded, ctx, clock, write_feed):
    # GIVEN a feed of 1500 rows that passes its dry-run
    path = _big_feed(write_feed)
    imp = Importer(path, clock=clock, source=KPU)
    report = imp.dry_run()
    assert report.ok and report.to_update == 1
    # and a database that will refuse row 1200 (a trigger, as a full disk or a lock would)
    ctx.db.execute_sql(
        "CREATE TRIGGER refuse_one BEFORE INSERT ON document "
        "WHEN new.nomor = '1200' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    # WHEN it is committed THEN the commit fails with a message saying nothing was kept
    with pytest.raises(TransferError, match="katalog tetap seperti semula"):
        imp.commit(report.fingerprint)
    # and the catalogue is exactly as before, including the document the first row updated
    assert catalogue_snapshot() == seeded
    assert Document.get(Document.jdihn_id == "1001").judul.startswith("Peraturan Komisi")


def test_cancel_half_way_rolls_back(seeded, clock, write_feed):
    # GIVEN a valid feed and a progress callback that cancels after the first chunk
    path = _big_feed(write_feed)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int, rows: int) -> None:
        seen.append(rows)
        if rows >= CHUNK_ROWS:
            cancel.set()

    imp = Importer(path, clock=clock, progress=progress, cancel=cancel)
    report = imp.dry_run()
    assert report.cancelled  # a dry-run can be cancelled too
    cancel.clear()
    imp.progress = None
    report = imp.dry_run()
    imp.progress = progress
    # WHEN the commit is cancelled half-way
    with pytest.raises(TransferError, match="Dibatalkan"):
        imp.commit(report.fingerprint)
    # THEN nothing is kept
    assert seen and catalogue_snapshot() == seeded


def test_commit_refuses_a_changed_file_or_no_dry_run(seeded, clock, write_feed):
    path = write_feed([feed_record(1)])
    imp = Importer(path, clock=clock, source=KPU)
    with pytest.raises(TransferError, match="uji impor"):
        imp.commit()
    report = imp.dry_run()
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(TransferError, match="Berkas berubah"):
        imp.commit(report.fingerprint)
    assert catalogue_snapshot() == seeded


def test_passes_in_a_separate_process(seeded, ctx, clock, write_feed):
    from jdih_desktop.services.transfer import run_pass_in_process

    # GIVEN a valid feed and a database that refuses one row
    path = _big_feed(write_feed, n=CHUNK_ROWS + 50)
    seen: list[int] = []
    # WHEN dry-run in another process THEN the report is the in-thread one, progress arrives
    report = run_pass_in_process(path, "jdihn", None, "dry_run", clock=clock,
                                 progress=lambda d, t, r: seen.append(r), source=KPU)
    assert report.ok and report.to_update == 1 and report.to_add == CHUNK_ROWS + 49
    assert seen and seen[-1] == CHUNK_ROWS + 50
    ctx.db.execute_sql(
        "CREATE TRIGGER refuse_two BEFORE INSERT ON document "
        f"WHEN new.nomor = '{CHUNK_ROWS + 20}' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    # WHEN committed in another process THEN it fails as one transaction: nothing changed
    with pytest.raises(TransferError, match="katalog tetap seperti semula"):
        run_pass_in_process(path, "jdihn", None, "commit", clock=clock,
                            fingerprint=report.fingerprint, source=KPU)
    assert catalogue_snapshot() == seeded
    # WHEN the trigger is gone and the commit is cancelled before it starts THEN nothing either
    ctx.db.execute_sql("DROP TRIGGER refuse_two")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TransferError, match="Dibatalkan"):
        run_pass_in_process(path, "jdihn", None, "commit", clock=clock,
                            fingerprint=report.fingerprint, cancel=cancel, source=KPU)
    assert catalogue_snapshot() == seeded
    # WHEN committed for real THEN the other process's writes are visible here
    done = run_pass_in_process(path, "jdihn", None, "commit", clock=clock,
                               fingerprint=report.fingerprint, source=KPU)
    assert done.committed and Document.select().count() == len(seeded) + CHUNK_ROWS + 49
