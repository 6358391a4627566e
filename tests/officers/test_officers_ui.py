"""Pengaturan → Petugas and the shift change (sign-in over the current officer), driven through
the real main window: the officer signed in at the desk is the one every record names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jdih_desktop.services.accounts import SignInError
from jdih_desktop.services.officers import OfficerForm
from jdih_desktop.services.returns import ReturnLine
from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import AuditLog, Loan, Officer, Return, Visit
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.operations import running_operations
from tests.wizard.conftest import (
    RETURNING_NIK,
    OfficerActions,
    key_target,
    open_new_visit,
    settle,
    sign,
)

NIP = "198703122010121002"


@pytest.fixture
def window(main_window):
    return main_window


def take_desk(qtbot, window, services, officer_id: int, password: str = "giliran-2026") -> None:
    """Shift change as the officer does it: Ctrl+Shift+G, type name and password, Enter."""
    username = Officer.get_by_id(officer_id).username
    if services.session.actor.role == "admin":
        services.accounts.set_password(officer_id, password)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.switch_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.session.officer_id == officer_id, timeout=5000)
    qtbot.waitUntil(lambda: Officer.get_by_id(officer_id).full_name
                    in window.signed_in.label.text())


def _open_officers_dialog(qtbot, window):
    window.act_officers.trigger()  # Pengaturan → Petugas…
    dialog = window.officers_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)  # the list is read on the database lane
    return dialog


def _click(qtbot, dialog, button) -> None:
    """Click, then wait for the save and the list read that follows it on the lane."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)


def test_add_an_officer_choose_them_and_the_visit_and_loan_name_them(
        qtbot, window, services, catalogue, returning_visitor, devices):
    # GIVEN the Officers dialog opened from the Pengaturan menu
    assert window.act_officers in window.menu_settings.actions()
    dialog = _open_officers_dialog(qtbot, window)
    assert dialog.table.rowCount() == 1
    # WHEN the officer adds a colleague through the form (a bad NIP first)
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.full_name, "Siti Aminah")
    qtbot.keyClicks(dialog.nip, "1987-03-12")
    qtbot.keyClicks(dialog.position, "Pengelola Pelayanan Hukum")
    _click(qtbot, dialog, dialog.btn_save)
    # THEN the NIP problem is said precisely and nothing is saved
    assert "NIP harus 18 angka" in dialog.feedback.text()
    assert Officer.select().count() == 1
    # WHEN the NIP is corrected and saved
    dialog.nip.clear()
    qtbot.keyClicks(dialog.nip, NIP)
    _click(qtbot, dialog, dialog.btn_save)
    # THEN she is listed; the status bar still shows the administrator signed in
    assert dialog.table.rowCount() == 2 and "Siti Aminah ditambahkan" in dialog.feedback.text()
    siti = Officer.get(Officer.full_name == "Siti Aminah")
    assert (siti.nip, siti.position, siti.role) == (NIP, "Pengelola Pelayanan Hukum", "officer")
    assert "Petugas Pelayanan Hukum" in window.signed_in.label.text()
    qtbot.mouseClick(dialog.btn_close, Qt.MouseButton.LeftButton)
    # WHEN she takes the desk at shift change (shortcut, name + password, Enter)
    take_desk(qtbot, window, services, siti.id)
    assert window.signed_in.label.text() == "Masuk: Siti Aminah (petugas)"
    # AND a returning visitor borrows one document through the wizard
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.visit_desk.wizards))
    wizard = next(iter(window.visit_desk.wizards.values()))
    qtbot.waitExposed(wizard)
    arrival = wizard.pages[Step.ARRIVAL]
    qtbot.keyClicks(arrival.search, RETURNING_NIK)
    settle(qtbot)  # found on the database lane
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    qtbot.keyClicks(panel.fields["purpose"], "Meminjam UU Pemilu")
    panel.consent.setChecked(True)
    sign(panel.signature)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.ACCESS
    assert "Siti Aminah" in wizard.pages[Step.ACCESS].summary.toPlainText()
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    assert wizard.current is Step.BROWSE
    OfficerActions(qtbot).scan(wizard, "JDIH0000001")
    qtbot.mouseClick(wizard.pages[Step.BROWSE].borrow, Qt.MouseButton.LeftButton)
    settle(qtbot)
    loan_page = wizard.pages[Step.LOAN]
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(loan_page.save_print, Qt.MouseButton.LeftButton)
    # (the operation records the print on the database lane; let it finish before this test
    # writes from the GUI thread)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=5000)
    # THEN the visit, its access and the loan name Siti, and so does the printed receipt
    visit = Visit.get_by_id(wizard.visit.id)
    assert visit.officer_id == siti.id
    assert visit.access_officer_id == siti.id
    loan = Loan.get()
    assert loan.officer_id == siti.id
    assert "Siti Aminah" in services.loans.load(loan.id).officer_name
    # AND a return and a catalogue change made at this desk name her too
    view = services.returns.loan_view(loan.id)
    result = services.returns.return_items(
        loan.id, [ReturnLine(i.item_id, "baik") for i in view.open_items])
    assert Return.get_by_id(result.return_id).officer_id == siti.id
    services.catalogue.remove_copy(catalogue["JDIH0000004"])
    assert AuditLog.select().where(AuditLog.entity == "copy").get().officer_id == siti.id


def test_a_new_main_window_shows_who_is_signed_in_and_names_them(qtbot, ctx, services,
                                                                 devices):
    # GIVEN an officer signed in (the sign-in window ran before the main window)
    rudi = services.officers.add(OfficerForm("Rudi Hartono", "", "", "officer"))
    services.accounts.set_password(rudi.id, "rudi-rahasia-1")
    services.accounts.sign_in(rudi.username, "rudi-rahasia-1")
    # WHEN the main window opens
    window = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(window)
    # THEN the status bar names him, the administrator's menus are off, and a visit names him
    assert window.signed_in.label.text() == "Masuk: Rudi Hartono (petugas)"
    assert not window.act_officers.isEnabled() and not window.act_audit.isEnabled()
    wizard = open_new_visit(qtbot, window.visit_desk)
    assert Visit.get_by_id(wizard.visit.id).officer_id == rudi.id
    window.visit_desk.shutdown()


def test_deactivating_in_the_dialog_keeps_the_record_and_updates_the_chooser(
        qtbot, window, services):
    # GIVEN an officer with a record, on duty
    rudi = services.officers.add(OfficerForm("Rudi Hartono", "", "", "officer"))
    services.visits.open_visit(rudi.id)
    dialog = _open_officers_dialog(qtbot, window)
    row = next(i for i in range(dialog.table.rowCount())
               if dialog.table.item(i, 0).text() == "Rudi Hartono")
    dialog.table.selectRow(row)
    # THEN Hapus is off (he is on record), Nonaktifkan is offered
    assert not dialog.btn_delete.isEnabled() and "Nonaktifkan" in dialog.btn_delete.toolTip()
    assert dialog.btn_toggle.text() == "Nonaktifkan"
    # WHEN he is deactivated
    _click(qtbot, dialog, dialog.btn_toggle)
    # THEN he stays listed as Nonaktif and can no longer sign in
    assert dialog.table.item(dialog.table.currentRow(), 4).text() == "Nonaktif"
    services.accounts.set_password(rudi.id, "rudi-rahasia-1")
    with pytest.raises(SignInError):
        services.accounts.sign_in(rudi.username, "rudi-rahasia-1")
    assert Officer.get_by_id(rudi.id).active is False
    dialog.accept()


def test_an_officer_taking_over_mid_visit_is_the_one_who_grants_access(qtbot, window, services,
                                                                       returning_visitor):
    # GIVEN a visit opened by the default officer, waiting at the access box
    rudi = services.officers.add(OfficerForm("Rudi Hartono", "", "", "officer"))
    wizard = open_new_visit(qtbot, window.visit_desk)
    vs = services.visits
    opener = Visit.get_by_id(wizard.visit.id).officer_id
    # WHEN Rudi takes the desk, then the visit book is done and access granted in the wizard
    take_desk(qtbot, window, services, rudi.id)
    from tests.wizard.conftest import ink_png

    vs.complete_arrival(wizard.visit.id, returning_visitor)
    vs.save_visit_book(wizard.visit.id, {**vs.load(wizard.visit.id).form.as_dict(),
                                         "purpose": "Baca"},
                       consent=True, signature_png=ink_png())
    wizard.show_step(Step.ACCESS)
    settle(qtbot)  # the visit is read on the database lane
    qtbot.mouseClick(wizard.pages[Step.ACCESS].grant, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN the opening stays with the first officer and the access names Rudi
    visit = Visit.get_by_id(wizard.visit.id)
    assert opener != rudi.id and visit.officer_id == opener
    assert visit.access_officer_id == rudi.id


def test_a_save_runs_off_the_gui_thread_and_a_second_click_saves_nothing_twice(
        qtbot, window, services, monkeypatch):
    # GIVEN the Officers dialog, with the service's add recording the thread it runs on
    import threading

    threads: list[bool] = []
    real_add = services.officers.add

    def add(form):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_add(form)

    monkeypatch.setattr(services.officers, "add", add)
    dialog = _open_officers_dialog(qtbot, window)
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.full_name, "Rudi Hartono")
    # WHEN Simpan is clicked twice before the first save has come back
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    assert not dialog.btn_save.isEnabled() and not dialog.btn_add.isEnabled()
    qtbot.mouseClick(dialog.btn_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    # THEN one officer is added, on the database lane, and the list shows him
    assert threads == [False]
    assert Officer.select().where(Officer.full_name == "Rudi Hartono").count() == 1
    assert "Rudi Hartono ditambahkan" in dialog.feedback.text()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Rudi Hartono" in names and dialog.btn_save.isEnabled()


def test_the_signed_in_name_stays_readable_and_the_data_folder_gives_way(qtbot, window):
    # GIVEN the main window at the small desk screen's width, with a long data folder path
    from PySide6.QtWidgets import QLabel

    from jdih_desktop.ui.widgets.fit import MINIMUM

    data = window.findChild(QLabel, "dataDirLabel")
    full = data.text()
    data.setText(full + "/" + "sangat-panjang/" * 8)
    window.resize(MINIMUM.width(), window.height())
    qtbot.waitUntil(lambda: window.width() == MINIMUM.width())
    settle(qtbot)
    # THEN who is signed in is shown whole, and the folder is shortened in the middle with
    # the whole path in its tooltip
    label = window.signed_in.label
    assert label.width() >= label.sizeHint().width()
    assert "…" in data.shown_text() and data.toolTip() == data.text()
