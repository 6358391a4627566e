"""First-run setup, Pengaturan → Kantor, the shipped holiday list and the "no printer" state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard, QWizardPage

from jdih_desktop.config import load_config
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.services.container import build_services
from jdih_desktop.services.holiday_data import load_holiday_list
from jdih_desktop.ui.setup import FirstRunWizard, OfficeDialog
from jdih_desktop.ui.tasks import pending_tasks


@pytest.fixture
def workers():
    p, s = PrinterWorker(None), ScannerWorker(None)
    yield p, s
    p.shutdown()
    s.shutdown()


def _wizard(qtbot, ctx, workers, **kw) -> FirstRunWizard:
    from tests.conftest import TEST_HASHER, sign_in_admin

    services = sign_in_admin(build_services(ctx.config, hasher=TEST_HASHER))  # runs signed in
    wiz = FirstRunWizard(ctx.config, services, *workers, cache_dir=ctx.cache_dir,
                         data_dir=ctx.data_dir, today=lambda: dt.date(2026, 12, 1), **kw)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _fill_office(wiz: FirstRunWizard, **values: str) -> None:
    for key, value in values.items():
        wiz.office_page.form.edits[key].setText(value)


def test_setup_saves_identity_none_devices_and_holidays(qtbot, ctx, workers):
    # GIVEN a new data folder and its first-run setup
    wiz = _wizard(qtbot, ctx, workers)
    assert wiz.currentPage() is wiz.office_page
    # WHEN the officer types the office's identity
    _fill_office(wiz, name="KPU Kota Singkawang", address="Jl. Uji No. 2, Singkawang",
                 head_name="Budi Santoso", head_nip="197001012000031001",
                 email="jdih@kpu-singkawang.example")
    wiz.next()
    assert wiz.currentPage() is wiz.devices_page
    # AND declines both devices explicitly
    wiz.devices_page.no_printer.setChecked(True)
    wiz.devices_page.no_scanner.setChecked(True)
    assert wiz.devices_page.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.rules_page.table.rowCount() > 0)
    wiz.next()
    page = wiz.holidays_page
    assert "SKB" in page.source.text()
    # AND unticks one holiday and renames another
    page.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    page.table.item(1, 1).setText("Isra Mikraj (dicek petugas)")
    expected = len(page.rows) - 1
    wiz.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wiz.result() == QWizard.DialogCode.Accepted and pending_tasks() == 0)
    # THEN config.ini holds the identity, "none" devices and the setup flag
    saved = load_config(ctx.data_dir)
    assert saved.setup_done is True
    assert saved.office.head_nip == "197001012000031001"
    assert saved.office.address == "Jl. Uji No. 2, Singkawang"
    assert (saved.devices.printer, saved.devices.scanner) == ("none", "none")
    assert not saved.printer_set_up
    # AND the ticked holidays are in the database (the renamed one as edited)
    admin = build_services(ctx.config).calendar_admin
    stored = admin.holidays(2026) + admin.holidays(2027)
    assert len(stored) == expected == wiz.holidays_added
    assert page.rows[0].date not in {h.date for h in stored}
    assert admin.holiday_on(page.rows[1].date).name == "Isra Mikraj (dicek petugas)"
    # AND the printer worker now saves receipts as PDF files in the data folder
    assert type(workers[0].device).__name__ == "PdfPrinter"


def test_bad_nip_and_missing_name_keep_the_office_page(qtbot, ctx, workers):
    wiz = _wizard(qtbot, ctx, workers)
    _fill_office(wiz, name="", officer_nip="12345")
    wiz.next()
    assert wiz.currentPage() is wiz.office_page
    form = wiz.office_page.form
    assert "18 angka" in form.errors["officer_nip"].text()
    assert form.errors["name"].isVisibleTo(wiz)
    assert not load_config(ctx.data_dir).setup_done


def test_unconfirmed_builtin_address_must_be_typed(qtbot, ctx, workers):
    wiz = _wizard(qtbot, ctx, workers)
    form = wiz.office_page.form
    assert form.edits["address"].text() == ""
    wiz.next()
    assert wiz.currentPage() is wiz.office_page
    assert "Alamat" in form.errors["address"].text()


def test_devices_page_needs_a_choice_for_each(qtbot, ctx, workers):
    wiz = _wizard(qtbot, ctx, workers)
    wiz.next()
    page = wiz.devices_page
    page.no_printer.setChecked(False)
    page.no_scanner.setChecked(True)
    assert not page.isComplete()  # no printer chosen and "none" not ticked
    ctx.config.devices.printer = "network:127.0.0.1:9100"
    page._refresh()
    assert page.isComplete()
    assert "network:127.0.0.1:9100" in page.summary.text()


def test_leading_pages_come_first(qtbot, ctx, workers):
    admin_page = QWizardPage()
    admin_page.setTitle("Buat administrator")
    wiz = _wizard(qtbot, ctx, workers, leading_pages=[admin_page])
    assert wiz.currentPage() is admin_page
    wiz.next()
    assert wiz.currentPage() is wiz.office_page


def test_office_dialog_saves_to_config_ini(qtbot, ctx):
    dialog = OfficeDialog(ctx.config)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.edits["head_title"].setText("Kepala Subbagian Teknis dan Hukum")
    dialog.form.edits["phone"].setText("(0562) 123456")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    saved = load_config(ctx.data_dir)
    assert saved.office.head_title == "Kepala Subbagian Teknis dan Hukum"
    assert saved.office.phone == "(0562) 123456"


def test_office_dialog_refuses_bad_email(qtbot, ctx):
    dialog = OfficeDialog(ctx.config)
    qtbot.addWidget(dialog)
    dialog.form.edits["email"].setText("bukan-email")
    dialog.save()
    assert "tidak valid" in dialog.form.errors["email"].text()
    assert not ctx.config.path.exists()


def test_shipped_holiday_list_names_source_and_both_years():
    data = load_holiday_list()
    assert "SKB" in data.source and "Menteri Agama" in data.source
    assert "WAJIB" in data.note
    assert data.years() == [2026, 2027]
    days_2026 = {h.date: h for h in data.for_years(2026)}
    assert days_2026[dt.date(2026, 8, 17)].kind == "libur"
    assert days_2026[dt.date(2026, 12, 25)].kind == "libur"
    assert any(h.kind == "cuti" for h in days_2026.values())


def test_real_folder_without_printer_is_not_simulated(data_dir):
    from jdih_desktop.app import build_devices, open_context
    from tests.conftest import make_args

    ctx = open_context(make_args(data_dir, simulate_devices=False))
    try:
        assert not ctx.simulate_devices
        printer, scanner = build_devices(ctx)
        assert type(printer).__name__ == "PdfPrinter"
        assert scanner is None
    finally:
        ctx.db.close()


def test_main_window_says_printer_not_set_up(qtbot, data_dir, workers):
    from jdih_desktop.app import open_context
    from jdih_desktop.ui.main_window import MainWindow
    from tests.conftest import make_args

    ctx = open_context(make_args(data_dir, simulate_devices=False))
    try:
        window = MainWindow(ctx, build_services(ctx.config), *workers)
        qtbot.addWidget(window)
        assert "belum diatur" in window.device_mode_label.text()
        assert "PDF" in window.device_mode_label.text()
    finally:
        ctx.db.close()


# The real command line in a child process: which window comes first on a new data folder.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from jdih_desktop.cli import main
from jdih_desktop.ui.application import create_application

app = create_application(sys.argv[:1])

def report():
    names = [w.objectName() for w in app.topLevelWidgets() if w.isVisible()]
    print("SHOWN=" + ",".join(sorted(n for n in names if n)), flush=True)
    for w in app.topLevelWidgets():
        if w.objectName() == "firstAdminDialog" and w.isVisible():
            page = w.page  # no administrator yet: the person creates one
            for field, text in ((page.full_name, "Admin Uji"), (page.username, "admin.uji"),
                                (page.password, "uji-rahasia-2026"),
                                (page.password2, "uji-rahasia-2026")):
                field.setText(text)
            w.findChild(QPushButton, "btnCreateAdmin").click()
            QTimer.singleShot(0, report)
            return
        if w.objectName() == "firstRunWizard" and w.isVisible():
            w.reject()  # "Nanti saja": the main window opens next
            QTimer.singleShot(0, report)
            return
        if w.objectName() == "mainWindow" and w.isVisible():
            w.close()
            app.quit()

QTimer.singleShot(0, report)
sys.exit(main(sys.argv[1:]))
"""


def _first_windows(data_dir, *args: str) -> list[str]:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("JDIH_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run([sys.executable, "-c", DRIVER, "--data-dir", str(data_dir), *args],
                         capture_output=True, text=True, timeout=120, cwd=root, env=env)
    assert run.returncode == 0, run.stderr
    return [line for line in run.stdout.splitlines() if line.startswith("SHOWN=")]


def test_new_real_data_folder_opens_the_setup_first(data_dir):
    # GIVEN a data folder that was never set up; WHEN the app starts
    shown = _first_windows(data_dir)
    # THEN the setup comes first, and after "Nanti saja" the main window
    assert "firstRunWizard" in shown[0]
    assert "mainWindow" in shown[-1]
    # AND the setup is still due next time (postponed, not done)
    assert not load_config(data_dir).setup_done


def test_set_up_folder_skips_the_setup(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "config.ini").write_text("[app]\nsetup_done = yes\n", encoding="utf-8")
    # THEN no setup wizard: the administrator is created (no account exists), then the desk
    shown = _first_windows(data_dir)
    assert shown[0] == "SHOWN=firstAdminDialog" and shown[-1] == "SHOWN=mainWindow"
    assert not any("firstRunWizard" in s for s in shown)
