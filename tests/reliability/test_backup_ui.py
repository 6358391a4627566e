"""Backups in the window, driven through real widgets: the home page's "Cadangan terakhir",
the status bar's stale-backup warning, the settings dialog's "Cadangkan sekarang", the restore
preview and its administrator check."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.services.backup import BackupService, BackupSettings
from jdih_desktop.store.models import Officer
from jdih_desktop.ui.backup import BackupSettingsDialog, RestoreDialog
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.tasks import pending_tasks

SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("JDIH_SCREENSHOTS") else Path(tempfile.gettempdir()) / "jdih-shots")
WAIT = 15_000


@pytest.fixture
def window(qtbot, desk_data, services) -> Iterator[MainWindow]:
    SHOTS.mkdir(parents=True, exist_ok=True)
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


def test_no_backup_yet_warns_in_the_status_bar_and_on_the_home_page(qtbot, window):
    label = window.backup.status_label
    qtbot.waitUntil(lambda: "Cadangan terakhir" in label.text(), timeout=WAIT)
    assert label.text().startswith("⚠ Cadangan terakhir: belum pernah")
    assert window.backup.home_label.text() == "Cadangan terakhir: belum pernah"
    assert label.isVisible()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=WAIT)
    window.grab().save(str(SHOTS / "backup-stale-warning.png"))
    # WHEN the officer uses Berkas → Cadangkan sekarang
    with qtbot.waitSignal(window.backup.backed_up, timeout=WAIT):
        window.act_backup_now.trigger()
    # THEN the warning is gone and the home page names the time
    qtbot.waitUntil(lambda: label.text().startswith("Cadangan: "), timeout=WAIT)
    assert "belum pernah" not in window.backup.home_label.text()
    assert BackupService(window.ctx.data_dir, window.ctx.db_url).list_backups()


def test_settings_dialog_backs_up_now_to_the_chosen_folder_and_saves(qtbot, window, tmp_path):
    target = tmp_path / "flashdisk"
    target.mkdir()
    dlg = BackupSettingsDialog(window.backup, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.folder_edit.setText(str(target))
    dlg.keep["keep_daily"].setValue(10)
    dlg.at_close.setChecked(False)
    with qtbot.waitSignal(window.backup.backed_up, timeout=WAIT):
        qtbot.mouseClick(dlg.now_button, Qt.MouseButton.LeftButton)
    assert str(target) in dlg.feedback.text() and "diperiksa" in dlg.feedback.text()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=WAIT)
    dlg.grab().save(str(SHOTS / "backup-settings.png"))
    # a folder that does not exist is refused with its path
    dlg.folder_edit.setText(str(tmp_path / "tidak-ada"))
    dlg._save()
    qtbot.waitUntil(lambda: "tidak ada" in dlg.feedback.text(), timeout=WAIT)
    assert BackupSettings.load(window.ctx.data_dir).keep_daily == 7  # nothing saved
    dlg.folder_edit.setText(str(target))
    dlg._save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
    saved = BackupSettings.load(window.ctx.data_dir)
    assert saved.folder == str(target) and saved.keep_daily == 10 and not saved.at_close


def test_restore_preview_shows_what_the_backup_holds_and_needs_an_administrator(
        qtbot, window, tmp_path):
    svc = window.backup.service
    backup = svc.create(tmp_path).path
    desk = Officer.select().where(Officer.role == "officer").first()
    on_duty = [desk.id]
    dlg = RestoreDialog(svc, lambda: on_duty[0], window, path=backup)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(dlg.restore_button.isEnabled, timeout=WAIT)
    text = dlg.preview.text()
    assert "Dokumen" in text and ">&nbsp;40<" in text and "skema v" in text
    dlg.grab().save(str(SHOTS / "restore-preview.png"))
    # a desk officer is refused, in the dialog, and nothing is staged
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hanya administrator" in dlg.preview.text(), timeout=WAIT)
    assert not (window.ctx.data_dir / "restore-pending.json").exists()
    # an administrator restores: safety copy, staged, the dialog reports it
    on_duty[0] = Officer.create(username="admin-cadangan", full_name="Admin Cadangan",
                                role="admin").id
    with qtbot.waitSignal(dlg.restored, timeout=WAIT) as sig:
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].safety.exists()
    assert (window.ctx.data_dir / "restore-pending.json").exists()
