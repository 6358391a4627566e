"""Pengaturan → Hari libur & aturan peminjaman, driven through the real main window: a holiday
typed in the dialog moves the due date the loans service computes; CSV import is all or
nothing; loan rules are edited in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jdih_desktop.store.models import Holiday, LoanRule
from jdih_desktop.ui.calendar_settings import COL_DUE, CalendarSettingsDialog
from jdih_desktop.ui.tasks import pending_tasks

TAKE_HOME = "Pinjam bawa pulang"
FRI = dt.date(2026, 11, 27)


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def dialog(qtbot, services):
    d = CalendarSettingsDialog(services.calendar_admin, services.loans)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: not d.busy)  # the lists are read on the database lane
    return d


def _take_home_quote(services, catalogue) -> dt.date:
    rule = LoanRule.get(LoanRule.name == TAKE_HOME).id
    quote = services.loans.quote(rule, [catalogue["JDIH0000001"]])
    assert quote.ok
    return quote.due_date


def _rule_row(dialog, name: str) -> int:
    return next(i for i, r in enumerate(dialog._rules) if r.name == name)


def test_a_holiday_added_in_the_dialog_moves_the_due_date(qtbot, window, services, catalogue):
    # GIVEN Tuesday 24 November 2026: a 7-opening-day loan is due Thursday 3 December
    assert _take_home_quote(services, catalogue) == dt.date(2026, 12, 3)
    # WHEN the officer opens Pengaturan → Hari libur & aturan peminjaman
    assert window.act_calendar in window.menu_settings.actions()
    window.act_calendar.trigger()
    dialog = window.calendar_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)  # its lists are read on the database lane
    # THEN this year's (empty) list is shown, and the rules tab shows the due date of today
    assert dialog.year.currentText() == "2026" and dialog.holidays_table.rowCount() == 0
    home = _rule_row(dialog, TAKE_HOME)
    assert dialog.rules_table.item(home, COL_DUE).text() == "Kamis, 3 Desember 2026"
    # WHEN she adds a holiday but forgets its name
    qtbot.mouseClick(dialog.btn_holiday_add, Qt.MouseButton.LeftButton)
    assert dialog.holiday_form.isVisible()
    # (the form opens in the date, its day part selected: she types the digits)
    qtbot.waitUntil(dialog.holiday_date.hasFocus)
    qtbot.keyClicks(dialog.holiday_date, "27112026")
    assert dialog.holiday_date.date().toPython() == FRI
    qtbot.mouseClick(dialog.btn_holiday_save, Qt.MouseButton.LeftButton)
    # THEN nothing is saved and the form says why (the save runs as an operation)
    qtbot.waitUntil(lambda: "Nama hari libur wajib diisi" in dialog.feedback.text())
    assert Holiday.select().count() == 0
    # WHEN she names it and presses Enter
    qtbot.keyClicks(dialog.holiday_name, "Cuti bersama")
    qtbot.keyClick(dialog.holiday_name, Qt.Key.Key_Return)
    # THEN it is listed under 2026 and stored
    qtbot.waitUntil(lambda: dialog.holidays_table.rowCount() == 1)
    assert dialog.holidays_table.item(0, 0).text() == "Jumat, 27 November 2026"
    assert dialog.holidays_table.item(0, 1).text() == "Cuti bersama"
    assert "Cuti bersama (27 November 2026) ditambahkan." in dialog.feedback.text()
    assert Holiday.get(Holiday.date == FRI).name == "Cuti bersama"
    # AND the loans service now skips it: Wed, Thu, (Fri, Sat, Sun), Mon..Fri 4 December
    assert _take_home_quote(services, catalogue) == dt.date(2026, 12, 4)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.rules_table.item(home, COL_DUE).text() == "Jumat, 4 Desember 2026"
    # WHEN the same date is added again THEN the duplicate is refused, naming the first
    qtbot.mouseClick(dialog.btn_holiday_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.holiday_date.hasFocus)
    qtbot.keyClicks(dialog.holiday_date, "27112026")
    qtbot.keyClick(dialog.holiday_date, Qt.Key.Key_Tab)
    assert dialog.holiday_name.hasFocus()
    qtbot.keyClicks(dialog.holiday_name, "Lagi")
    qtbot.mouseClick(dialog.btn_holiday_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sudah terdaftar sebagai \"Cuti bersama\"" in dialog.feedback.text())
    assert Holiday.select().count() == 1


def test_delete_asks_first(qtbot, dialog, services, monkeypatch):
    services.calendar_admin.add_holiday(FRI, "Cuti bersama")
    dialog.refresh_years()
    qtbot.waitUntil(lambda: not dialog.busy)
    asked: list[str] = []

    def answer(choice):
        def fake(_parent, _title, text, *args, **kw):
            asked.append(text)
            return choice
        return fake

    dialog.holidays_table.selectRow(0)
    # WHEN the officer presses Hapus and says No THEN it stays
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.btn_holiday_delete, Qt.MouseButton.LeftButton)
    assert asked and "Hapus Cuti bersama (Jumat, 27 November 2026)" in asked[0]
    assert Holiday.select().count() == 1
    # WHEN she agrees THEN it is gone from the list and the table
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.btn_holiday_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.holidays_table.rowCount() == 0)
    assert Holiday.select().count() == 0
    assert not dialog.btn_holiday_delete.isEnabled()


def test_edit_a_holiday(qtbot, dialog, services):
    services.calendar_admin.add_holiday(FRI, "Cuti bersama")
    dialog.refresh_years()
    qtbot.waitUntil(lambda: not dialog.busy)
    dialog.holidays_table.selectRow(0)
    qtbot.mouseClick(dialog.btn_holiday_edit, Qt.MouseButton.LeftButton)
    assert dialog.holiday_name.text() == "Cuti bersama"
    dialog.holiday_name.clear()
    qtbot.keyClicks(dialog.holiday_name, "Cuti bersama Hari Guru")
    qtbot.mouseClick(dialog.btn_holiday_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.holidays_table.item(0, 1).text() == "Cuti bersama Hari Guru")
    assert Holiday.get(Holiday.date == FRI).name == "Cuti bersama Hari Guru"


def test_import_csv_all_or_nothing(qtbot, dialog, tmp_path):
    # GIVEN a file with one impossible date
    bad = tmp_path / "salah.csv"
    bad.write_text("tanggal,nama\n2027-01-01,Tahun Baru\n2027-02-29,Bukan kabisat\n",
                   encoding="utf-8")
    # WHEN it is imported THEN the line is named and nothing is saved
    dialog.import_file(str(bad))
    qtbot.waitUntil(lambda: pending_tasks() == 0 and dialog.btn_holiday_import.isEnabled())
    assert "tidak ada yang disimpan" in dialog.feedback.text()
    assert "baris 3: Tanggal 2027-02-29 tidak ada di kalender" in dialog.feedback.text()
    assert Holiday.select().count() == 0
    # WHEN a good file is imported THEN its year is shown with its holidays
    good = tmp_path / "libur2027.csv"
    good.write_text("tanggal,nama\n01/01/2027,Tahun Baru 2027 Masehi\n"
                    "2027-08-17,Hari Kemerdekaan\n", encoding="utf-8")
    dialog.import_file(str(good))
    qtbot.waitUntil(lambda: pending_tasks() == 0 and dialog.btn_holiday_import.isEnabled())
    assert "Impor selesai: 2 ditambahkan, 0 sudah terdaftar." in dialog.feedback.text()
    assert dialog.year.currentText() == "2027" and dialog.holidays_table.rowCount() == 2
    # AND a missing file is said plainly
    dialog.import_file(str(tmp_path / "hilang.csv"))
    qtbot.waitUntil(lambda: pending_tasks() == 0 and dialog.btn_holiday_import.isEnabled())
    assert "tidak ditemukan" in dialog.feedback.text()


def test_loan_rules_are_edited_in_place(qtbot, dialog, services):
    # GIVEN the rules tab
    dialog.tabs.setCurrentIndex(1)
    row = _rule_row(dialog, TAKE_HOME)
    period = dialog.rules_table.cellWidget(row, 3)
    saturday = dialog.rule_check(row, 6)
    assert period.objectName() == f"loanRulePeriod{row}" and period.accessibleName()
    # WHEN the period becomes 3 days and Saturdays count as open days
    period.selectAll()
    qtbot.keyClicks(period, "3")
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    assert not saturday.isChecked()
    qtbot.mouseClick(dialog.btn_rules_save, Qt.MouseButton.LeftButton)
    # THEN the rule is stored (on the database lane) and today's due date follows: Wed, Thu, Fri
    qtbot.waitUntil(lambda: not dialog.busy)
    rule = LoanRule.get(LoanRule.name == TAKE_HOME)
    assert (rule.period_days, rule.skip_saturdays) == (3, False)
    assert dialog.feedback.text() == f"Aturan disimpan: {TAKE_HOME}."
    assert dialog.rules_table.item(row, COL_DUE).text() == "Jumat, 27 November 2026"
    # WHEN every rule is switched off THEN the last one is refused with the reason
    for r in range(dialog.rules_table.rowCount()):
        qtbot.mouseClick(dialog.rule_check(r, 7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.btn_rules_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "satu-satunya yang aktif" in dialog.feedback.text()
    assert LoanRule.select().where(LoanRule.active == True).count() == 1  # noqa: E712


def test_acted_on_widgets_are_named(dialog):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QSpinBox

    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QSpinBox)
    widgets = [w for k in kinds for w in dialog.findChildren(k)
               if not w.objectName().startswith("qt_")]
    # the table's corner button and spin boxes' inner line edits are Qt's own
    widgets = [w for w in widgets if w.parent() is not None
               and not isinstance(w.parent(), (QSpinBox, QDateEdit, QComboBox))]
    unnamed = [type(w).__name__ for w in widgets if not (w.objectName() and w.accessibleName())]
    assert not unnamed


def test_the_dialog_reads_and_saves_off_the_gui_thread(qtbot, services, monkeypatch):
    import threading

    calls: list[tuple[str, bool]] = []
    admin, loans = services.calendar_admin, services.loans
    for owner, name in ((admin, "holiday_years"), (admin, "holidays"), (admin, "loan_rules"),
                        (admin, "update_loan_rule"), (admin, "add_loan_rule"),
                        (loans, "due_date_for")):
        real = getattr(owner, name)

        def recorded(*a, _real=real, _name=name, **kw):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*a, **kw)

        monkeypatch.setattr(owner, name, recorded)
    # WHEN the dialog opens, a rule is added and the rules are saved
    d = CalendarSettingsDialog(admin, loans)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: not d.busy)
    d.add_rule()
    qtbot.waitUntil(lambda: not d.busy and d.rules_table.rowCount() == 3)
    d.rules_table.cellWidget(2, 4).setValue(2)  # the new rule's "paling banyak eksemplar"
    d.save_rules()
    qtbot.waitUntil(lambda: not d.busy and "Aturan disimpan" in d.feedback.text())
    # THEN every database call ran on the database lane, none on the GUI thread
    names = {n for n, _ in calls}
    assert {"holiday_years", "holidays", "loan_rules", "add_loan_rule", "update_loan_rule",
            "due_date_for"} <= names
    assert [c for c in calls if c[1]] == []
