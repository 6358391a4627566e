"""The command line asks for an administrator for personal data and accounts; a scheduled task
uses the machine's token, never a password in a script."""

from __future__ import annotations

import io
import os
import stat
import sys

import pytest

from jdih_desktop.cli import main
from jdih_desktop.services.officers import OfficerForm
from jdih_desktop.store import crypto
from jdih_desktop.store.models import AuditLog


def test_report_refuses_a_wrong_password_and_a_petugas(services, data_dir, capsys, monkeypatch):
    siti = services.officers.add(OfficerForm("Siti Aminah", "", "", "officer"))
    services.accounts.set_password(siti.id, "siti-rahasia-1")
    for typed, said in ((f"{siti.username}\nsiti-rahasia-1\n", "hanya administrator"),
                        ("petugas\nbukan-ini\n", "salah")):
        monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
        assert main(["report", "--data-dir", str(data_dir), "--period", "2026-11"]) == 1
        assert said in capsys.readouterr().err


def test_export_key_is_an_administrators_act_with_a_warning(cli_admin, ctx, data_dir, tmp_path,
                                                           capsys):
    target = tmp_path / "kunci-jdih.key"
    assert main(["account", "export-key", str(target), "--data-dir", str(data_dir)]) == 0
    err = capsys.readouterr().err
    assert "PERINGATAN" in err and "cadangan" in err
    assert target.read_bytes().strip() == crypto.key_path(data_dir).read_bytes().strip()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert AuditLog.select().where(AuditLog.action == "key.export").count() == 1
    # a second export never overwrites a file
    assert main(["account", "export-key", str(target), "--data-dir", str(data_dir)]) == 1
    assert "sudah ada" in capsys.readouterr().err


def test_task_token_command_then_retention_runs_unattended(cli_admin, ctx, data_dir, capsys,
                                                          monkeypatch):
    assert main(["account", "task-token", "--data-dir", str(data_dir)]) == 0
    assert "retention --task" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["retention", "--task", "--data-dir", str(data_dir)]) == 0
    # the token opens retention only: a report has no --task and asks for an administrator
    with pytest.raises(SystemExit) as usage:
        main(["report", "--task", "--data-dir", str(data_dir), "--period", "2026-11"])
    assert usage.value.code == 2
