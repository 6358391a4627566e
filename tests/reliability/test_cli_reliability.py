"""``jdih-desktop backup``, ``restore`` and ``db check`` as a person types them (exit 0/1/2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jdih_desktop.cli import main
from jdih_desktop.store.models import Document


def cli(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *argv])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_to_a_folder_then_list(desk_data, capsys, tmp_path):
    data_dir = desk_data.data_dir
    target = tmp_path / "usb"
    target.mkdir()
    code, out, _ = cli(capsys, data_dir, "backup", "--to", str(target))
    assert code == 0 and "ditulis dan diperiksa" in out and "40 dokumen" in out
    assert len(list(target.glob("jdih-cadangan-*.zip"))) == 1
    code, out, _ = cli(capsys, data_dir, "backup", "--list", "--to", str(target))
    assert code == 0 and "jdih-cadangan-" in out


def test_backup_to_a_missing_folder_is_one_line_and_exit_1(ctx, capsys, tmp_path):
    code, out, err = cli(capsys, ctx.data_dir, "backup", "--to", str(tmp_path / "tidak-ada"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "tidak ada atau tidak dapat dijangkau" in err


def test_db_check_on_a_clean_database(desk_data, capsys):
    code, out, _ = cli(capsys, desk_data.data_dir, "db", "check")
    assert code == 0
    assert "Integritas berkas: baik" in out and "Basis data baik." in out
    assert "MASALAH" not in out


def test_db_check_names_each_broken_invariant(desk_data, capsys):
    db_file = Path(desk_data.db.database)
    desk_data.db.close()
    conn = sqlite3.connect(db_file)
    loan_id = conn.execute("SELECT loan_id FROM loan_item GROUP BY loan_id "
                           "HAVING count(*) = 1 LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM loan_item WHERE loan_id = ?", (loan_id,))
    conn.execute("UPDATE counter SET value = 1 WHERE name LIKE 'loan:%'")
    conn.execute("UPDATE loan SET status = 'returned' WHERE id = (SELECT loan_id FROM "
                 "loan_item WHERE returned_at IS NULL LIMIT 1)")
    conn.execute("DELETE FROM document_fts WHERE rowid = (SELECT min(id) FROM document)")
    conn.commit()
    conn.close()
    code, out, err = cli(capsys, desk_data.data_dir, "db", "check")
    assert code == 1
    assert "MASALAH setiap pinjaman mempunyai eksemplar: 1" in out
    assert "MASALAH penghitung nomor tidak tertinggal" in out
    assert "MASALAH status pinjaman sesuai dengan eksemplarnya" in out
    assert "MASALAH indeks pencarian sejalan dengan dokumen" in out
    assert "baik   tidak ada eksemplar di dua pinjaman terbuka" in out
    assert "restore" in err


def test_db_check_on_a_damaged_file(desk_data, capsys):
    from tests.reliability.test_folder_and_damage import damage

    db_file = Path(desk_data.db.database)
    desk_data.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    desk_data.db.close()
    damage(db_file)
    code, out, err = cli(capsys, desk_data.data_dir, "db", "check")
    assert code == 1
    # the full check names the damage, or the file is refused at the door with one line
    assert "Integritas berkas: baik" not in out
    assert out.startswith("Integritas berkas: ") or ("rusak" in err and err.count("\n") == 1)
    assert "restore" in err


def test_restore_from_the_command_line(desk_data, cli_admin, capsys, tmp_path):
    data_dir = desk_data.data_dir
    code, _, _ = cli(capsys, data_dir, "backup", "--to", str(tmp_path))
    backup = next(tmp_path.glob("jdih-cadangan-*.zip"))
    Document.create(doc_type="peraturan", jenis="Peraturan KPU", nomor="99", tahun=2026,
                    judul="Sesudah cadangan")
    desk_data.db.close()
    # without --yes and without a terminal: refused, nothing changed
    code, out, err = cli(capsys, data_dir, "restore", str(backup))
    assert code == 1 and "--yes" in err and "40 dokumen" in out
    code, out, err = cli(capsys, data_dir, "restore", str(backup), "--yes")
    assert code == 0, err
    assert "Cadangan pengaman" in out and "Dipulihkan" in out
    conn = sqlite3.connect(Path(desk_data.db.database))
    assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 40
    conn.close()


def test_restore_refuses_a_foreign_file_with_exit_1(ctx, cli_admin, capsys, tmp_path):
    junk = tmp_path / "laporan.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    code, _, err = cli(capsys, ctx.data_dir, "restore", str(junk), "--yes")
    assert code == 1 and "bukan berkas cadangan" in err


def test_usage_errors_exit_2(ctx, capsys):
    assert cli(capsys, ctx.data_dir, "restore")[0] == 2
    assert cli(capsys, ctx.data_dir, "db")[0] == 2
    assert cli(capsys, ctx.data_dir, "backup", "--bogus")[0] == 2


def test_report_on_a_damaged_file_refuses_with_one_line(desk_data, cli_admin, capsys):
    from jdih_desktop.store import folder
    from tests.reliability.test_folder_and_damage import damage

    db_file = Path(desk_data.db.database)
    desk_data.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    desk_data.db.close()
    damage(db_file)
    (desk_data.data_dir / folder.HEALTH_FILE).unlink()
    code, out, err = cli(capsys, desk_data.data_dir, "report", "--period", "2026-11")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "rusak" in err and "restore" in err


@pytest.mark.parametrize("name", ["backup", "restore", "db"])
def test_help_is_true(name, capsys):
    with pytest.raises(SystemExit) as done:
        main([name, "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out
