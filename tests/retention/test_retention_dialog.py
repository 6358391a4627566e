"""Pengaturan → Hapus data pribadi lama…, driven through the real main window."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt

from jdih_desktop.store.models import Visitor
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.tasks import pending_tasks
from tests.wizard.conftest import devices  # noqa: F401 - fixture


@pytest.fixture
def window(qtbot, ctx, services, devices):  # noqa: F811 - the imported fixture
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


def _open(qtbot, window):
    assert window.act_retention in window.menu_settings.actions()
    window.act_retention.trigger()
    dialog = window.retention_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None or "Gagal" in dialog.status.text())
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    return dialog


def _tick(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_preview_confirm_commit_and_result(qtbot, window, people, tmp_path):
    # GIVEN visitors on both sides of the retention period
    # WHEN the officer opens Pengaturan → Hapus data pribadi lama…
    dialog = _open(qtbot, window)
    # THEN the dry run lists who would go and who is kept, and nothing has changed yet
    assert dialog.table.rowCount() == 3 and dialog.skipped.rowCount() == 1
    assert "Akan dianonimkan: 3 pengunjung" in dialog.summary.text()
    assert "1 pindaian identitas, 6 tanda tangan, 1 lampiran" in dialog.summary.text()
    names = {dialog.table.item(r, 1).text() for r in range(3)}
    assert names == {"Budi Santoso", "Fajar Nugroho", "Gita Permata"}
    assert dialog.skipped.item(0, 1).text() == "Eko Prasetyo"
    assert "belum dikembalikan" in dialog.skipped.item(0, 2).text()
    assert Visitor.get_by_id(people.old).full_name == "Budi Santoso"
    # AND the button waits for the confirmation
    assert dialog.confirm.isEnabled() and not dialog.btn_commit.isEnabled()
    for w in (dialog.table, dialog.skipped, dialog.confirm, dialog.btn_commit,
              dialog.btn_refresh, dialog.btn_close, dialog.summary):
        assert w.objectName() and w.accessibleName()
    shot = os.environ.get("JDIH_SCREENSHOT_DIR")
    dialog.grab().save(str((tmp_path if not shot else __import__("pathlib").Path(shot))
                           / "retention_dialog.png"))
    # WHEN the officer confirms and presses the button
    _tick(qtbot, dialog.confirm)
    assert dialog.btn_commit.isEnabled()
    qtbot.mouseClick(dialog.btn_commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.committed)
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    # THEN the result is shown, names no one, and the data is gone
    assert "Selesai: 3 pengunjung dianonimkan" in dialog.status.text()
    assert {dialog.table.item(r, 1).text() for r in range(3)} == {
        f"Pengunjung dianonimkan #{i}" for i in (people.old, people.returned_loan,
                                                 people.never_visited)}
    assert Visitor.get_by_id(people.old).id_number is None
    assert Visitor.get_by_id(people.open_loan).full_name == "Eko Prasetyo"
    assert not dialog.btn_commit.isEnabled() and not dialog.confirm.isChecked()
    if shot:
        dialog.grab().save(os.path.join(shot, "retention_dialog_done.png"))
    # WHEN checked again THEN nobody is left to anonymise
    qtbot.mouseClick(dialog.btn_refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.plan.committed)
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    assert dialog.table.rowCount() == 0
    assert "Tidak ada pengunjung yang perlu dianonimkan" in dialog.summary.text()
    assert "3 pengunjung sudah dianonimkan sebelumnya" in dialog.summary.text()
    assert not dialog.confirm.isEnabled()


def test_a_refused_run_says_why_and_offers_no_button(qtbot, window, services, people):
    services.config.visit_book.retention_years = 0
    dialog = _open(qtbot, window)
    assert "Gagal:" in dialog.status.text() and "paling sedikit 1 tahun" in dialog.status.text()
    assert not dialog.btn_commit.isEnabled() and not dialog.confirm.isEnabled()
    assert Visitor.get_by_id(people.old).full_name == "Budi Santoso"
