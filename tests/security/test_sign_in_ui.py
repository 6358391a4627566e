"""The first-start administrator step, the sign-in window and the idle lock, driven as a person
would (real widgets, real account service)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from jdih_desktop.services.container import build_services
from jdih_desktop.services.session import NotSignedIn
from jdih_desktop.store.models import Officer
from jdih_desktop.ui.accounts import FirstAdminDialog, FirstAdminPage, SignInDialog
from jdih_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, ADMIN_PIN, ADMIN_USER, TEST_HASHER
from tests.wizard.conftest import devices  # noqa: F401


def test_first_start_dialog_creates_the_administrator(qtbot, ctx, clock):
    services = build_services(ctx.config, clock=clock, hasher=TEST_HASHER)
    dialog = FirstAdminDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    qtbot.keyClicks(page.full_name, "Nur Aini")
    qtbot.keyClicks(page.username, "nur.aini")
    qtbot.keyClicks(page.password, "hukum-kpu-2026")
    qtbot.keyClicks(page.password2, "hukum-kpu-2027")
    create = dialog.findChild(QPushButton, "btnCreateAdmin")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert "tidak sama" in page.error.text() and services.accounts.needs_first_admin()
    page.password2.clear()
    qtbot.keyClicks(page.password2, "hukum-kpu-2026")
    qtbot.keyClicks(page.pin, "2580")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.session.actor.username == "nur.aini"
    assert Officer.get(Officer.username == "nur.aini").role == "admin"


def test_the_page_can_lead_a_setup_wizard(qtbot, ctx, clock):
    services = build_services(ctx.config, clock=clock, hasher=TEST_HASHER)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = FirstAdminPage(services.accounts)
    wizard.addPage(page)
    wizard.show()
    assert not page.validatePage()  # empty form: refused with a reason
    assert page.error.text()
    for w, text in ((page.full_name, "Nur Aini"), (page.username, "nur.aini"),
                    (page.password, "hukum-kpu-2026"), (page.password2, "hukum-kpu-2026")):
        qtbot.keyClicks(w, text)
    assert page.validatePage() and not services.accounts.needs_first_admin()
    assert page.validatePage()  # Back then Next again does not try to create it twice


def test_sign_in_window_refuses_then_signs_in(qtbot, ctx, services):
    services.accounts.sign_out()
    dialog = SignInDialog(services.accounts, "KPU Kota Singkawang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, ADMIN_USER)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, "bukan-ini")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "salah" in dialog.error.text())
    assert services.session.actor is None and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert services.session.actor.username == ADMIN_USER


def test_idle_time_locks_the_desk_and_the_pin_unlocks_it(qtbot, ctx, services, devices):  # noqa: F811
    window = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(window)
    window.show()
    assert window.signed_in.label.text() == "Masuk: Petugas Pelayanan Hukum (administrator)"
    # WHEN nobody touches the desk for the idle time (here 0.3 s)
    window.idle_lock.set_minutes(0.005)
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=3000)
    screen = window.lock_screen
    qtbot.waitExposed(screen)
    # THEN the services refuse while locked, and Esc does not unlock
    with pytest.raises(NotSignedIn, match="terkunci"):
        services.visits.open_visit()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    screen.reject()
    assert screen.isVisible() and services.session.locked
    # WHEN a wrong PIN, then the right one is typed
    qtbot.keyClicks(screen.secret, "1111")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "salah" in screen.error.text())
    qtbot.keyClicks(screen.secret, ADMIN_PIN)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    # THEN the desk works again
    window.idle_lock.set_minutes(0)
    assert not services.session.locked and services.visits.open_visit().id
    window.visit_desk.shutdown()


def test_sign_in_typed_before_the_database_is_open_goes_ahead_once_it_is(qtbot, ctx,
                                                                         services):
    # GIVEN the sign-in window painted as the first screen, before the accounts exist
    services.accounts.sign_out()
    dialog = SignInDialog(None, "KPU Kota Singkawang")
    qtbot.addWidget(dialog)
    dialog.show()
    # WHEN the officer types and presses Enter at once
    qtbot.keyClicks(dialog.username, ADMIN_USER)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # THEN the window says it waits, and signs in when the database is open
    assert dialog.error.text() == "Membuka basis data…" and services.session.actor is None
    with qtbot.waitSignal(dialog.signed_in, timeout=5000):
        dialog.set_accounts(services.accounts)
    assert services.session.actor.username == ADMIN_USER
