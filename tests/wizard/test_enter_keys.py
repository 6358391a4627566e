"""Keyboard-first: every wizard page completes with Enter when nothing needs typing, the visit
book's tab order follows its reading order, and focus comes back after a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import FORM_FIELDS
from tests.wizard.conftest import key_target, open_new_visit, press_enter, settle, sign


@pytest.fixture
def window(main_window):
    return main_window


_enter = press_enter


def _fill_visit_book(qtbot, panel) -> None:
    qtbot.keyClicks(panel.fields["full_name"], "Ayu Lestari")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["id_number"], "6172015708900001")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["phone"], "081234567890")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["purpose"], "Membaca PKPU")
    settle(qtbot)
    panel.consent.setChecked(True)
    sign(panel.signature)


def test_enter_completes_every_page_of_a_visit_with_a_loan(qtbot, window, catalogue, devices):
    # GIVEN a new visit opened with Ctrl+N
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    qtbot.waitExposed(wizard)
    shown = [wizard.current]
    wizard.page_changed.connect(shown.append)
    # WHEN the officer presses Enter on the arrival page (first row: a new visitor)
    _enter(qtbot, wizard)
    assert wizard.current is Step.VISIT_BOOK
    # AND the visitor types the visit book; with the cursor still in a field, Enter goes on
    panel = wizard.pages[Step.VISIT_BOOK].panel
    _fill_visit_book(qtbot, panel)
    panel.fields["phone"].setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.ACCESS
    # AND on access Enter grants it
    _enter(qtbot, wizard)
    assert wizard.current is Step.BROWSE
    # AND on browse, Enter in the search box only searches …
    browse = wizard.pages[Step.BROWSE]
    browse.search.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.BROWSE
    # … and with a copy on the list, Enter anywhere else borrows it
    browse.add_barcode("JDIH0000001")
    settle(qtbot)
    browse.results.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.LOAN
    # AND on the loan page Enter saves and prints, and Enter again goes on
    loan = wizard.pages[Step.LOAN]
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: loan.loan is not None and loan.loan.print_count == 1)
    qtbot.waitUntil(lambda: loan.loan is not None)
    qtbot.waitUntil(wizard.btn_next.isEnabled)  # the operation has recorded the print
    _enter(qtbot, wizard)
    assert wizard.current is Step.HANDOVER
    # AND after the visitor's tap on "received", Enter goes on
    wizard.pages[Step.HANDOVER].panel.ack.setChecked(True)
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.DEPARTURE
    # AND the rating is optional: Enter goes on
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.DOCUMENTATION
    # AND in the notes Enter is a new line; Ctrl+Enter finishes the visit
    doc = wizard.pages[Step.DOCUMENTATION]
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    qtbot.keyClicks(doc.notes, "Dilayani")
    settle(qtbot)
    _enter(qtbot, wizard)
    assert wizard.current is Step.DOCUMENTATION and "\n" in doc.notes.toPlainText()
    with qtbot.waitSignal(wizard.finished_visit, timeout=3000):
        _enter(qtbot, wizard, Qt.KeyboardModifier.ControlModifier)
    assert shown == [Step.ARRIVAL, Step.VISIT_BOOK, Step.ACCESS, Step.BROWSE, Step.LOAN,
                     Step.HANDOVER, Step.DEPARTURE, Step.DOCUMENTATION]


def test_enter_on_browse_with_nothing_listed_means_no_loan(qtbot, window, catalogue):
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    _enter(qtbot, wizard)
    _fill_visit_book(qtbot, wizard.pages[Step.VISIT_BOOK].panel)
    wizard.pages[Step.VISIT_BOOK].panel.fields["phone"].setFocus()
    _enter(qtbot, wizard)
    _enter(qtbot, wizard)
    assert wizard.current is Step.BROWSE and wizard.ctx.cart == []
    wizard.pages[Step.BROWSE].results.setFocus()
    # WHEN Enter is pressed with an empty "to borrow" list THEN the NO arrow: departure
    _enter(qtbot, wizard)
    assert wizard.current is Step.DEPARTURE


def test_enter_on_an_incomplete_visit_book_explains_and_keeps_focus(qtbot, window):
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    _enter(qtbot, wizard)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    qtbot.keyClicks(panel.fields["full_name"], "Ayu")
    settle(qtbot)
    QApplication.processEvents()  # layouts settle before positions are read
    before = panel.fields["id_number"].pos()
    _enter(qtbot, wizard)
    # THEN the page stays, the banner says what is missing, the cursor has not moved
    assert wizard.current is Step.VISIT_BOOK and wizard.banner.isVisible()
    assert QApplication.focusWidget() is panel.fields["full_name"]
    # AND the messages that appeared did not move the next field (positions in the form)
    QApplication.processEvents()
    after = panel.fields["id_number"].pos()
    qtbot.keyClicks(panel.fields["id_number"], "123")  # an invalid NIK: a message appears
    settle(qtbot)
    QApplication.processEvents()
    moved = panel.fields["phone"].pos()
    assert panel.errors["id_number"].isVisible()
    qtbot.keyClick(panel.fields["id_number"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.keyClicks(panel.fields["id_number"], "6172015708900001")
    settle(qtbot)
    assert not panel.errors["id_number"].isVisible()
    QApplication.processEvents()
    assert before == after
    assert moved == panel.fields["phone"].pos()


def test_visit_book_tab_order_follows_reading_order(qtbot, window):
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    _enter(qtbot, wizard)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    w = panel.fields[FORM_FIELDS[0]]
    order = [w]
    for _ in range(len(FORM_FIELDS) + 3):
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible():
            w = w.nextInFocusChain()
        order.append(w)
    # THEN the fields come top to bottom, then the notice, the consent box and the signature
    assert order[:len(FORM_FIELDS)] == [panel.fields[f] for f in FORM_FIELDS]
    rest = order[len(FORM_FIELDS):]
    assert rest[:3] == [panel.notice, panel.consent, panel.signature]


def test_focus_returns_to_the_main_window_after_a_settings_dialog(qtbot, window):
    window.activateWindow()
    window.btn_catalogue.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.btn_catalogue)
    window.open_officers()
    dialog = window.officers_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.btn_catalogue


def test_wizard_buttons_show_their_keys_and_alt_left_goes_back(qtbot, window):
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    for b, key in ((wizard.btn_next, "Enter"), (wizard.btn_back, "Alt+"),
                   (wizard.btn_close, "Esc"), (wizard.btn_finish, "Ctrl+Enter")):
        assert key in b.toolTip() and not b.icon().isNull(), b.objectName()
    _enter(qtbot, wizard)
    assert wizard.current is Step.VISIT_BOOK
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert wizard.current is Step.ARRIVAL


def test_home_tab_order_follows_the_big_buttons_left_to_right(qtbot, window):
    order = []
    w = window.btn_new_visit
    while len(order) < 4:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible():
            order.append(w)
        w = w.nextInFocusChain()
    assert order == [window.btn_new_visit, window.btn_returns, window.btn_catalogue,
                     window.btn_reports]
    # AND each shows its key on its face
    assert [b.text().splitlines()[-1] for b in order] == ["Ctrl+N", "F8", "Ctrl+K", "Ctrl+L"]


def test_focus_returns_to_the_field_after_the_close_question(qtbot, window):
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    _enter(qtbot, wizard)
    field = wizard.pages[Step.VISIT_BOOK].panel.fields["institution"]
    field.setFocus()
    # WHEN Esc asks "close this window?" and the officer answers no (Esc again, or "Tidak")
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Escape)
    settle(qtbot)
    assert wizard.close_bar.isVisible() and QApplication.focusWidget() is not field
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Escape)
    settle(qtbot)
    # THEN the cursor is back in the field the person was typing in
    assert not wizard.close_bar.isVisible() and QApplication.focusWidget() is field
    wizard.ask_cancel_visit()
    qtbot.mouseClick(wizard.cancel_bar.findChild(QPushButton, "btnKeepVisit"),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert QApplication.focusWidget() is field
def test_after_the_receipt_three_enters_close_the_visit(qtbot, window, catalogue, devices):
    """Issue 15: handover, departure and documentation close in <= 3 officer actions when
    nothing needs typing (the notes box starts empty and has the focus)."""
    from tests.wizard.conftest import OfficerActions

    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    qtbot.waitExposed(wizard)
    _enter(qtbot, wizard)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    _fill_visit_book(qtbot, panel)
    _enter(qtbot, wizard)
    _enter(qtbot, wizard)
    wizard.pages[Step.BROWSE].add_barcode("JDIH0000001")
    wizard.pages[Step.BROWSE].results.setFocus()
    _enter(qtbot, wizard)
    loan = wizard.pages[Step.LOAN]
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: loan.loan is not None and loan.loan.print_count == 1)
    _enter(qtbot, wizard)  # the receipt is out: on to the handover
    assert wizard.current is Step.HANDOVER
    wizard.pages[Step.HANDOVER].panel.ack.setChecked(True)  # the visitor's tap
    # WHEN the officer presses Enter where the focus is, three times
    actions = OfficerActions(qtbot)
    actions.key(wizard, Qt.Key.Key_Return)
    assert wizard.current is Step.DEPARTURE
    actions.key(wizard, Qt.Key.Key_Return)
    assert wizard.current is Step.DOCUMENTATION
    with qtbot.waitSignal(wizard.finished_visit, timeout=3000):
        actions.key(wizard, Qt.Key.Key_Return)
    # THEN the visit is closed after three officer actions
    assert actions.count == 3, actions.log
