"""``jdih-desktop retention [--dry-run]``: what it prints, what it changes, its exit codes."""

from __future__ import annotations

import pytest

from jdih_desktop.cli import COMMANDS, main
from jdih_desktop.store.models import AuditLog, Visitor


def _names() -> dict[int, str]:
    return {v.id: v.full_name for v in Visitor.select()}


def test_dry_run_lists_and_changes_nothing(people, cli_admin, data_dir, capsys):
    # GIVEN visitors past the retention period (the command uses the real clock)
    before = _names()
    # WHEN the dry run is asked
    code = main(["retention", "--data-dir", str(data_dir), "--dry-run"])
    out = capsys.readouterr().out
    # THEN it exits 0, lists who would go (by name, for the officer) and who is kept, and why
    assert code == 0
    assert "Akan dianonimkan" in out and "Budi Santoso" in out and "6172••••••••0001" in out
    assert "Eko Prasetyo: masih ada pinjaman yang belum dikembalikan (bukti PJM/2020/00001)" \
        in out
    assert "Dewi Anggraini" not in out
    assert "tidak ada data yang diubah" in out
    # AND nothing changed
    assert _names() == before and not AuditLog.select().where(
        AuditLog.action == "visitor.anonymise").exists()


def test_commit_anonymises_and_prints_no_names(people, cli_admin, data_dir, capsys):
    code = main(["--data-dir", str(data_dir), "retention"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"#{people.old} Pengunjung dianonimkan #{people.old}" in out
    assert "Budi" not in out  # the output may end up in a log
    names = _names()
    assert names[people.old] == f"Pengunjung dianonimkan #{people.old}"
    assert names[people.recent] == "Dewi Anggraini"
    assert names[people.open_loan] == "Eko Prasetyo"
    # AND a second run finds nobody and still succeeds
    assert main(["--data-dir", str(data_dir), "retention"]) == 0
    out = capsys.readouterr().out
    assert "Dianonimkan: 0 pengunjung" in out and "Sudah dianonimkan sebelumnya: " in out


def test_a_bad_retention_period_fails_with_one_line(data_dir, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "config.ini").write_text("[visit_book]\nretention_years = 0\n",
                                         encoding="utf-8")
    assert main(["retention", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("jdih-desktop retention: ")
    assert "paling sedikit 1 tahun" in err and "Traceback" not in err


def test_an_unreadable_config_fails_with_one_line(data_dir, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "config.ini").write_text("[visit_book]\nretention_years = lima\n",
                                         encoding="utf-8")
    assert main(["retention", "--data-dir", str(data_dir), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "harus berupa angka" in err


def test_unknown_option_is_a_usage_error(data_dir, capsys):
    with pytest.raises(SystemExit) as done:
        main(["retention", "--data-dir", str(data_dir), "--semua"])
    assert done.value.code == 2
    assert not (data_dir / "jdih.sqlite3").exists()


def test_listed_in_help(capsys):
    assert "retention" in COMMANDS
    with pytest.raises(SystemExit) as done:
        main(["retention", "--help"])
    assert done.value.code == 0
    assert "--dry-run" in capsys.readouterr().out
