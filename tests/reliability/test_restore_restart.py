"""Berkas → Pulihkan cadangan… → "Pulihkan dan mulai ulang", the whole path: the window stages
the restore, starts a new instance of the app with its own options and this data folder, and
closes; the new instance (a real child process) opens the restored data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.store.models import Document, Officer
from jdih_desktop.ui.backup import RestoreDialog, restart_command, start_detached
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.tasks import pending_tasks

ROOT = Path(__file__).resolve().parents[2]
WAIT = 20_000


@pytest.fixture
def window(qtbot, desk_data, services) -> Iterator[MainWindow]:
    pw, sw = PrinterWorker(SimulatedPrinter()), ScannerWorker(SimulatedScanner())
    w = MainWindow(desk_data, services, pw, sw)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    yield w
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=WAIT)
    w.close()
    pw.shutdown()
    sw.shutdown()


def test_restore_restarts_into_the_restored_data(qtbot, window, tmp_path):
    ctx = window.ctx
    # GIVEN a backup of the 40-document collection, and 3 documents catalogued after it
    (tmp_path / "cadangan").mkdir()
    backup = window.backup.service.create(tmp_path / "cadangan").path
    for n in range(3):
        Document.create(doc_type="peraturan", jenis="Peraturan KPU", nomor=f"9{n}",
                        tahun=2026, judul=f"Dokumen sesudah cadangan {n}")
    assert Document.select().count() == 43
    # and an administrator on duty, the app started with its own options (not pytest's)
    admin = Officer.create(username="admin-pulih", full_name="Admin Pulih", role="admin")
    window.services.officers.on_duty_id = lambda: admin.id
    window.backup.argv = ["--simulate-devices", "--lang", "id"]
    started: list[tuple[str, list[str]]] = []
    exports = tmp_path / "sesudah-mulai-ulang.csv"
    children: list[subprocess.CompletedProcess] = []

    def launcher(program: str, args: list[str]) -> bool:
        """The new instance, as a real child process: the same program and options, with a
        CLI command instead of the window (which would wait for a person to sign in)."""
        started.append((program, args))
        children.append(subprocess.run(
            [program, *args, "catalogue", "export", str(exports)], capture_output=True,
            text=True, timeout=180, cwd=tmp_path,
            env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")))
        return children[-1].returncode == 0

    window.backup.launcher = launcher
    # WHEN the officer opens Berkas → Pulihkan cadangan…, picks the backup and restores
    window.open_restore()
    dlg = window.findChild(RestoreDialog)
    assert dlg is not None
    dlg.load(backup)
    qtbot.waitUntil(dlg.restore_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(dlg.restored, timeout=WAIT):
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT)
    # THEN one new instance was started: this Python, the app's module, its own options and
    # this data folder
    assert started == [(sys.executable, ["-m", "jdih_desktop", "--data-dir", str(ctx.data_dir),
                                         "--simulate-devices", "--lang", "id"])]
    # AND the new instance opened the restored data: 40 documents, not 43
    out = children[0]
    assert out.returncode == 0, out.stdout + out.stderr
    assert "40 dokumen diekspor" in out.stdout
    assert len(exports.read_text(encoding="utf-8-sig").splitlines()) == 41
    assert not (ctx.data_dir / "restore-pending.json").exists()
    # AND this window closed (the at-close backup skipped: the safety copy is taken)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert ctx.skip_close_backup


def test_restart_command_keeps_the_options_and_names_the_folder(tmp_path):
    # an installed (frozen) app restarts its own executable with the same options
    program, args = restart_command(["--lang", "en"], tmp_path, frozen=True)
    assert (program, args) == (sys.executable, ["--data-dir", str(tmp_path), "--lang", "en"])
    # a folder already named is not named twice
    _, args = restart_command([f"--data-dir={tmp_path}"], tmp_path / "other", frozen=False)
    assert args == ["-m", "jdih_desktop", f"--data-dir={tmp_path}"]
    # a launcher that cannot start anything says so (False), it never raises
    assert start_detached(str(tmp_path / "tidak-ada"), []) is False
