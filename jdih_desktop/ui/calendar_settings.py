"""Pengaturan → Hari libur & aturan peminjaman: the holidays due dates skip, and the loan rules.

Two tabs over ``CalendarAdminService``. Holidays are shown one year at a time (the SKB libur
nasional is yearly), added or edited in a small form, deleted after a question, or imported from
a ``tanggal,nama`` CSV: the file is read on a worker thread, then checked in full and saved on
the GUI thread in one short transaction (no worker touches the database), all rows or none.
Loan rules are edited in place in their table and saved with one button; the last column shows
the due date of a loan made today under each rule, computed by ``LoanService`` itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.services.calendar_admin import (
    MAX_ITEMS,
    MAX_NAME,
    MAX_PERIOD_DAYS,
    MAX_RULE_NAME,
    CalendarAdminService,
    HolidayRecord,
    LoanRuleForm,
    LoanRuleRecord,
    read_csv_file,
)
from jdih_desktop.services.loans import LoanService
from jdih_desktop.store import enums
from jdih_desktop.ui.errors import error_sentence, field_sentences
from jdih_desktop.ui.formats import ui_date
from jdih_desktop.ui.operations import LaneWork
from jdih_desktop.ui.operations.settings import calendar_change
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import action_button
from jdih_desktop.ui.widgets.naming import named as _named
from jdih_desktop.ui.widgets.status import StatusLabel
from jdih_desktop.ui.widgets.titles import window_title

# Loan-rule table columns.
(COL_NAME, COL_TYPE, COL_ON_SITE, COL_PERIOD, COL_MAX, COL_SUN, COL_SAT, COL_ACTIVE,
 COL_DUE, COL_OVERDUE, COL_RENEWALS, COL_RENEW_LATE) = range(12)


class CalendarSettingsDialog(QDialog):
    """Holidays per year (add, edit, delete, import CSV) and the loan rules."""

    calendar_changed = Signal()  # holidays or rules changed: due dates may differ now

    def __init__(self, admin: CalendarAdminService, loans: LoanService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin = admin
        self.loans = loans
        self._holidays: list[HolidayRecord] = []
        self._rules: list[LoanRuleRecord] = []
        self._editing: int | None = None  # holiday id being edited; None: adding
        self.import_task = None
        # reads and saves on the database lane (it answers in order); failures to the message
        self._lane = LaneWork(self, lambda failure: self._say(failure.message, True))
        # Literals, so lupdate sees them (keys from store.enums.DOC_TYPES).
        self._type_labels = {"peraturan": self.tr("Peraturan"),
                             "monografi": self.tr("Monografi Hukum"),
                             "artikel": self.tr("Artikel Hukum"), "putusan": self.tr("Putusan")}
        self.setObjectName("calendarSettingsDialog")
        self.setWindowTitle(window_title(self.tr("Hari libur & aturan peminjaman")))
        self.setAccessibleName(self.tr("Hari libur & aturan peminjaman"))
        fit_window(self, "calendarSettings", (980, 600))
        root = QVBoxLayout(self)
        self.tabs = _named(QTabWidget(), "calendarTabs",
                           self.tr("Hari libur dan aturan peminjaman"))
        self.tabs.addTab(self._build_holidays_tab(), self.tr("Hari &libur"))
        self.tabs.addTab(self._build_rules_tab(), self.tr("&Aturan peminjaman"))
        root.addWidget(self.tabs, 1)
        self.feedback = StatusLabel("calendarFeedback", self.tr("Pesan"))
        root.addWidget(self.feedback)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.btn_close = self._button("btnCalendarClose", self.tr("Selesai"),
                                      self.tr("Tutup hari libur dan aturan peminjaman"),
                                      self.accept)
        close_row.addWidget(self.btn_close)
        root.addLayout(close_row)
        self.holiday_form.hide()
        self.refresh_years(self.admin.clock().date().year)
        self.refresh_rules()

    # ------------------------------------------------------------------ building
    _button = staticmethod(action_button)  # the kit's named button

    def _build_holidays_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("holidaysTab")
        lay = QVBoxLayout(page)
        intro = QLabel(self.tr("Tanggal jatuh tempo peminjaman melewati hari libur di bawah ini "
                               "(serta Sabtu dan Minggu sesuai aturan peminjaman). Isi sesuai "
                               "SKB libur nasional dan cuti bersama setiap tahun."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Tahun:"))
        self.year = _named(QComboBox(), "holidayYear", self.tr("Tahun hari libur"))
        year_label.setBuddy(self.year)
        self.year.currentIndexChanged.connect(self._on_year_changed)
        self.year_count = QLabel("")
        self.year_count.setObjectName("holidayCount")
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.year_count)
        top.addStretch(1)
        lay.addLayout(top)
        self.holidays_table = _named(QTableWidget(0, 2), "holidaysTable",
                                     self.tr("Daftar hari libur"))
        self.holidays_table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Nama")])
        self.holidays_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidays_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holidays_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidays_table.verticalHeader().hide()
        hh = self.holidays_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holidays_table.itemSelectionChanged.connect(self._on_holiday_selection)
        self.holidays_table.itemDoubleClicked.connect(lambda _i: self.edit_selected_holiday())
        lay.addWidget(self.holidays_table, 1)
        buttons = QHBoxLayout()
        self.btn_holiday_add = self._button("btnHolidayAdd", self.tr("Ta&mbah…"),
                                            self.tr("Tambah hari libur"), self.start_add_holiday)
        self.btn_holiday_edit = self._button("btnHolidayEdit", self.tr("&Ubah…"),
                                             self.tr("Ubah hari libur"),
                                             self.edit_selected_holiday)
        self.btn_holiday_delete = self._button("btnHolidayDelete", self.tr("&Hapus"),
                                               self.tr("Hapus hari libur"),
                                               self.delete_selected_holiday)
        self.btn_holiday_import = self._button(
            "btnHolidayImport", self.tr("&Impor CSV…"),
            self.tr("Impor hari libur dari berkas CSV"), self.choose_import_file)
        self.btn_holiday_import.setToolTip(self.tr(
            "Berkas CSV dengan judul kolom tanggal,nama; tanggal TTTT-BB-HH atau HH/BB/TTTT. "
            "Semua baris diperiksa dulu: bila satu salah, tidak ada yang disimpan."))
        for b in (self.btn_holiday_add, self.btn_holiday_edit, self.btn_holiday_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_holiday_import)
        lay.addLayout(buttons)
        # -- the form (adding or editing one holiday)
        self.holiday_form = QGroupBox(self.tr("Hari libur"))
        self.holiday_form.setObjectName("holidayForm")
        form = QFormLayout(self.holiday_form)
        self.holiday_date = _named(QDateEdit(), "holidayDate", self.tr("Tanggal hari libur"))
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("dd/MM/yyyy")
        self.holiday_date.setMinimumDate(QDate(1990, 1, 1))
        self.holiday_date.setMaximumDate(QDate(2100, 12, 31))
        self.holiday_name = _named(QLineEdit(), "holidayName", self.tr("Nama hari libur"))
        self.holiday_name.setMaxLength(MAX_NAME)
        self.holiday_name.setPlaceholderText(self.tr("mis. Hari Raya Idulfitri 1448 H"))
        self.holiday_name.returnPressed.connect(self.save_holiday)
        form.addRow(self.tr("Tanggal"), self.holiday_date)
        form.addRow(self.tr("Nama"), self.holiday_name)
        form_buttons = QHBoxLayout()
        self.btn_holiday_save = self._button("btnHolidaySave", self.tr("&Simpan"),
                                             self.tr("Simpan hari libur"), self.save_holiday)
        self.btn_holiday_cancel = self._button("btnHolidayCancel", self.tr("&Batal"),
                                               self.tr("Batal mengubah hari libur"),
                                               self.hide_holiday_form)
        form_buttons.addWidget(self.btn_holiday_save)
        form_buttons.addWidget(self.btn_holiday_cancel)
        form_buttons.addStretch(1)
        form.addRow(form_buttons)
        lay.addWidget(self.holiday_form)
        return page

    def _build_rules_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("loanRulesTab")
        lay = QVBoxLayout(page)
        intro = QLabel(self.tr("Lama pinjam dihitung dalam hari buka layanan. Perubahan berlaku "
                               "untuk peminjaman baru; peminjaman yang sudah tercatat tetap "
                               "dengan tanggal kembalinya."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.rules_table = _named(QTableWidget(0, 12), "loanRulesTable",
                                  self.tr("Daftar aturan peminjaman"))
        self.rules_table.setHorizontalHeaderLabels([
            self.tr("Nama aturan"), self.tr("Jenis dokumen"), self.tr("Baca di\ntempat"),
            self.tr("Lama\n(hari buka)"), self.tr("Maks.\neksemplar"), self.tr("Lewati\nMinggu"),
            self.tr("Lewati\nSabtu"), self.tr("Aktif"),
            self.tr("Kembali bila\ndipinjam hari ini"), self.tr("Peminjam\nterlambat"),
            self.tr("Maks.\nperpanjangan"), self.tr("Perpanjang s.d.\nterlambat (hari)")])
        self.rules_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rules_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_table.verticalHeader().hide()
        hh = self.rules_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(48)
        self.rules_table.verticalHeader().setDefaultSectionSize(34)
        lay.addWidget(self.rules_table, 1)
        buttons = QHBoxLayout()
        self.btn_rules_save = self._button("btnLoanRulesSave", self.tr("Sim&pan aturan"),
                                           self.tr("Simpan perubahan aturan peminjaman"),
                                           self.save_rules)
        self.btn_rules_reset = self._button("btnLoanRulesReset", self.tr("Batalkan pe&rubahan"),
                                            self.tr("Kembalikan aturan seperti tersimpan"),
                                            self.refresh_rules)
        self.btn_rules_add = self._button("btnLoanRulesAdd", self.tr("&Tambah aturan"),
                                          self.tr("Tambah aturan peminjaman baru"),
                                          self.add_rule)
        buttons.addWidget(self.btn_rules_save)
        buttons.addWidget(self.btn_rules_reset)
        buttons.addWidget(self.btn_rules_add)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ holidays: list
    def refresh_years(self, select_year: int | None = None,
                      select_id: int | None = None) -> None:
        """Fill the year chooser (keeping or choosing ``select_year``) and its holidays, read
        on the database lane; ``select_id`` is the holiday to select afterwards."""
        wanted = select_year if select_year is not None else self.current_year()
        self._lane.run(self.admin.holiday_years,
                      lambda years: self._fill_years(list(years), wanted, select_id))

    def _fill_years(self, years: list[int], wanted: int | None, select_id: int | None) -> None:
        if wanted is not None and wanted not in years:
            years = sorted({*years, wanted})
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)
        self.refresh_holidays(select_id)

    def current_year(self) -> int | None:
        return self.year.currentData()

    @property
    def busy(self) -> bool:
        """True while a read or a save of this dialog is on the database lane."""
        return self._lane.busy

    def refresh_holidays(self, select_id: int | None = None) -> None:
        """The chosen year's holidays, read on the database lane."""
        keep = select_id if select_id is not None else self.selected_holiday_id()
        year = self.current_year()
        admin = self.admin
        self._lane.run(lambda: admin.holidays(year) if year is not None else [],
                      lambda holidays: self._fill_holidays(list(holidays), year, keep))

    def _fill_holidays(self, holidays: list[HolidayRecord], year: int | None,
                       keep: int | None) -> None:
        if year != self.current_year():
            return  # another year was chosen meanwhile; its own read follows
        self._holidays = holidays
        self.holidays_table.setRowCount(len(self._holidays))
        for r, h in enumerate(self._holidays):
            date_item = QTableWidgetItem(ui_date(h.date, with_weekday=True))
            date_item.setData(Qt.ItemDataRole.UserRole, h.id)
            if h.date.weekday() >= 5:  # on a weekend anyway: shown, but greyed
                date_item.setForeground(Qt.GlobalColor.gray)
            self.holidays_table.setItem(r, 0, date_item)
            self.holidays_table.setItem(r, 1, QTableWidgetItem(h.name))
        self.year_count.setText(self.tr("%1 hari libur").replace("%1", str(len(self._holidays))))
        row = next((i for i, h in enumerate(self._holidays) if h.id == keep), -1)
        if row >= 0:
            self.holidays_table.selectRow(row)
        else:
            self.holidays_table.clearSelection()
        self._on_holiday_selection()

    def selected_holiday(self) -> HolidayRecord | None:
        rows = self.holidays_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._holidays):
            return None
        return self._holidays[rows[0].row()]

    def selected_holiday_id(self) -> int | None:
        h = self.selected_holiday() if self._holidays else None
        return h.id if h else None

    @Slot(int)
    def _on_year_changed(self, _index: int) -> None:
        self.hide_holiday_form()
        self.refresh_holidays()

    @Slot()
    def _on_holiday_selection(self) -> None:
        chosen = self.selected_holiday() is not None
        self.btn_holiday_edit.setEnabled(chosen)
        self.btn_holiday_delete.setEnabled(chosen)

    # ------------------------------------------------------------------ holidays: actions
    @Slot()
    def start_add_holiday(self) -> None:
        self._editing = None
        today = self.admin.clock().date()
        year = self.current_year() or today.year
        start = today if year == today.year else dt.date(year, 1, 1)
        self.holiday_date.setDate(QDate(start.year, start.month, start.day))
        self.holiday_name.clear()
        self.holiday_form.setTitle(self.tr("Hari libur baru"))
        self._show_holiday_form(date_first=True)

    @Slot()
    def edit_selected_holiday(self) -> None:
        h = self.selected_holiday()
        if h is None:
            self._say(self.tr("Pilih hari libur pada daftar terlebih dahulu."), True)
            return
        self._editing = h.id
        self.holiday_date.setDate(QDate(h.date.year, h.date.month, h.date.day))
        self.holiday_name.setText(h.name)
        self.holiday_form.setTitle(self.tr("Ubah: %1").replace("%1", h.name))
        self._show_holiday_form()

    @Slot()
    def save_holiday(self) -> None:
        """Add or change the holiday in the form, as an operation (the database lane); the
        change is announced, so a loan page's due date follows it."""
        if not self.btn_holiday_save.isEnabled():
            return
        q = self.holiday_date.date()
        day, name, editing = dt.date(q.year(), q.month(), q.day()), self.holiday_name.text(), \
            self._editing
        admin = self.admin  # the job holds the service, never this dialog
        if editing is None:
            done = self.tr("%1 ditambahkan.")
            call = lambda: admin.add_holiday(day, name)  # noqa: E731
        else:
            done = self.tr("%1 disimpan.")
            call = lambda: admin.update_holiday(editing, day, name)  # noqa: E731
        self.btn_holiday_save.setEnabled(False)
        calendar_change(self, call).success(
            lambda record: self._on_holiday_saved(record, done)).failure(
            self._on_holiday_refused).run()

    def _on_holiday_saved(self, record, done: str) -> None:
        self.btn_holiday_save.setEnabled(True)
        self.holiday_form.hide()
        self.refresh_years(record.date.year, select_id=record.id)
        self.refresh_due_dates()  # the due dates shown there may move
        self._say(done.replace("%1", f"{record.name} ({ui_date(record.date)})"), False)
        self.calendar_changed.emit()

    def _on_holiday_refused(self, failure: TaskFailure) -> None:
        self.btn_holiday_save.setEnabled(True)
        exc = failure.error
        if isinstance(exc, ValidationError):
            self._say("\n".join(field_sentences(exc).values()), True)
            (self.holiday_name if "name" in exc.errors else self.holiday_date).setFocus()
            return
        self._say(failure.message, True)

    @Slot()
    def delete_selected_holiday(self) -> None:
        h = self.selected_holiday()
        if h is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus hari libur"),
            self.tr("Hapus %1 (%2) dari daftar hari libur? Peminjaman yang sudah tercatat "
                    "tetap dengan tanggal kembalinya.").replace("%1", h.name)
            .replace("%2", ui_date(h.date, with_weekday=True)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        admin, holiday_id = self.admin, h.id
        calendar_change(self, lambda: admin.remove_holiday(holiday_id)).success(
            lambda _r: self._on_holiday_removed(h.name)).failure(
            self._on_remove_refused).run()

    def _on_holiday_removed(self, name: str) -> None:
        self.hide_holiday_form()
        self.refresh_holidays()
        self.refresh_due_dates()
        self._say(self.tr("%1 dihapus.").replace("%1", name), False)
        self.calendar_changed.emit()

    def _on_remove_refused(self, failure: TaskFailure) -> None:
        self._say(failure.message, True)
        self.refresh_holidays()

    @Slot()
    def hide_holiday_form(self) -> None:
        self.holiday_form.hide()
        self._say("", False)

    # ------------------------------------------------------------------ holidays: import
    @Slot()
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas CSV hari libur"), "",
            self.tr("Berkas CSV (*.csv);;Semua berkas (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read ``path`` off the GUI thread, then check every row and save all or none."""
        self.btn_holiday_import.setEnabled(False)
        self._say(self.tr("Membaca %1…").replace("%1", path), False)
        self.import_task = start_task(
            lambda _progress: read_csv_file(path),
            on_done=lambda data: self._on_import_read(path, data),
            on_error=self._on_import_failed, owner=self)

    def _on_import_read(self, path: str, data: bytes) -> None:
        """Check every row and save all or none, on the database lane."""
        admin, source = self.admin, Path(path).name
        self._lane.run(lambda: admin.save_holidays(admin.parse_holiday_csv(data), source=source),
                      self._on_import_saved, self._on_import_refused)

    def _on_import_refused(self, failure: TaskFailure) -> None:
        self.btn_holiday_import.setEnabled(True)
        exc = failure.error
        if isinstance(exc, ValidationError):
            lines = [f"{where}: {what}" for where, what in field_sentences(exc).items()]
            self._say(self.tr("Berkas ditolak, tidak ada yang disimpan:") + "\n"
                      + "\n".join(lines), True)
            return
        self._say(error_sentence(exc) if isinstance(exc, JdihError) else failure.message, True)

    def _on_import_saved(self, result) -> None:
        self.btn_holiday_import.setEnabled(True)
        years = sorted({h.date.year for h in result.added}) or [self.current_year()]
        self.refresh_years(years[0])
        self.refresh_due_dates()
        self._say(self.tr("Impor selesai: %1 ditambahkan, %2 sudah terdaftar.")
                  .replace("%1", str(len(result.added))).replace("%2", str(result.unchanged)),
                  False)
        if result.added:
            self.calendar_changed.emit()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.btn_holiday_import.setEnabled(True)
        message = error_sentence(exc) if isinstance(exc, JdihError) else str(exc)
        self._say(message, True)

    # ------------------------------------------------------------------ loan rules
    def refresh_rules(self, then=None) -> None:
        """(Re)build the editable rows from the stored rules, read on the database lane;
        ``then()`` afterwards."""
        self._lane.run(self.admin.loan_rules, lambda rules: self._fill_rules(list(rules), then))

    def _fill_rules(self, rules: list[LoanRuleRecord], then=None) -> None:
        self._rules = rules
        self.rules_table.setRowCount(len(self._rules))
        for r, rule in enumerate(self._rules):
            label = rule.name
            name = _named(QLineEdit(rule.name), f"loanRuleName{r}",
                          self.tr("Nama aturan %1").replace("%1", label))
            name.setMaxLength(MAX_RULE_NAME)
            self.rules_table.setCellWidget(r, COL_NAME, name)
            kind = _named(QComboBox(), f"loanRuleDocType{r}",
                          self.tr("Jenis dokumen aturan %1").replace("%1", label))
            kind.addItem(self.tr("Semua jenis"), None)
            for key, text in enums.DOC_TYPES.items():
                kind.addItem(self._type_labels.get(key, text), key)
            kind.setCurrentIndex(max(0, kind.findData(rule.doc_type)))
            self.rules_table.setCellWidget(r, COL_TYPE, kind)
            for col, key, value, text in (
                    (COL_ON_SITE, "OnSite", rule.read_on_site, self.tr("Baca di tempat")),
                    (COL_SUN, "SkipSundays", rule.skip_sundays, self.tr("Lewati Minggu")),
                    (COL_SAT, "SkipSaturdays", rule.skip_saturdays, self.tr("Lewati Sabtu")),
                    (COL_ACTIVE, "Active", rule.active, self.tr("Aktif"))):
                box = _named(QCheckBox(), f"loanRule{key}{r}",
                             self.tr("%1, aturan %2").replace("%1", text).replace("%2", label))
                box.setChecked(value)
                cell = QWidget()  # centred in its cell, so the column reads as a tick list
                cell_layout = QHBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell_layout.addWidget(box)
                self.rules_table.setCellWidget(r, col, cell)
            for col, key, value, low, high, text in (
                    (COL_PERIOD, "Period", rule.period_days, 0, MAX_PERIOD_DAYS,
                     self.tr("Lama pinjam (hari buka)")),
                    (COL_MAX, "MaxItems", rule.max_items, 1, MAX_ITEMS,
                     self.tr("Paling banyak eksemplar"))):
                spin = _named(QSpinBox(), f"loanRule{key}{r}",
                              self.tr("%1, aturan %2").replace("%1", text).replace("%2", label))
                spin.setRange(low, high)
                spin.setValue(value)
                self.rules_table.setCellWidget(r, col, spin)
            for col, key, value, text in (
                    (COL_RENEWALS, "MaxRenewals", rule.max_renewals,
                     self.tr("Paling banyak perpanjangan")),
                    (COL_RENEW_LATE, "RenewLate", rule.renew_max_days_late,
                     self.tr("Perpanjangan ditolak bila terlambat lebih dari (hari)"))):
                spin = _named(QSpinBox(), f"loanRule{key}{r}",
                              self.tr("%1, aturan %2").replace("%1", text).replace("%2", label))
                spin.setRange(0, MAX_PERIOD_DAYS)
                spin.setValue(value)
                self.rules_table.setCellWidget(r, col, spin)
            action = _named(QComboBox(), f"loanRuleOverdue{r}",
                            self.tr("Peminjam terlambat, aturan %1").replace("%1", label))
            action.addItem(self.tr("Peringatkan"), "warn")
            action.addItem(self.tr("Blokir"), "block")
            action.setCurrentIndex(max(0, action.findData(rule.overdue_action)))
            self.rules_table.setCellWidget(r, COL_OVERDUE, action)
        self.refresh_due_dates()
        if then is not None:
            then()

    @Slot()
    def add_rule(self) -> None:
        """Add a take-home rule with a free name; the officer then edits its row and saves."""
        taken = {r.name for r in self._rules}
        n = 1
        while (name := self.tr("Aturan baru %1").replace("%1", str(n))) in taken:
            n += 1
        admin = self.admin
        self._lane.run(lambda: admin.add_loan_rule(LoanRuleForm(name=name)),
                      lambda record: self._on_rule_added(record, name), self._on_rule_refused)

    def _on_rule_refused(self, failure: TaskFailure) -> None:
        exc = failure.error
        if isinstance(exc, ValidationError):
            self._say(" ".join(field_sentences(exc).values()), True)
        else:
            self._say(error_sentence(exc) if isinstance(exc, JdihError) else failure.message,
                      True)

    def _on_rule_added(self, record: LoanRuleRecord, name: str) -> None:
        self.calendar_changed.emit()

        def focus_it() -> None:
            row = next((i for i, r in enumerate(self._rules) if r.id == record.id), None)
            if row is None:
                return
            self.rules_table.cellWidget(row, COL_NAME).setFocus()
            self.rules_table.cellWidget(row, COL_NAME).selectAll()
            self._say(self.tr("Aturan \"%1\" ditambahkan — ubah isinya lalu Simpan aturan. "
                              "Untuk memensiunkan aturan, hilangkan centang Aktif.")
                      .replace("%1", name), False)

        self.refresh_rules(then=focus_it)

    def refresh_due_dates(self) -> None:
        """The last column: a loan made today under each stored rule (after a holiday changed,
        without touching rows being edited)."""
        today = self.admin.clock().date()
        rules, loans = list(self._rules), self.loans
        self._lane.run(lambda: [loans.due_date_for(rule, today) for rule in rules],
                      lambda dues: self._fill_due_dates(rules, dues))

    def _fill_due_dates(self, rules: list[LoanRuleRecord], dues: list) -> None:
        if [r.id for r in rules] != [r.id for r in self._rules]:
            return  # the rules were read again meanwhile; their own due dates follow
        for r, (rule, due) in enumerate(zip(rules, dues, strict=True)):
            item = QTableWidgetItem(
                self.tr("dibaca di tempat") if due is None else ui_date(due, with_weekday=True))
            if not rule.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.rules_table.setItem(r, COL_DUE, item)

    def rule_form(self, row: int) -> LoanRuleForm:
        """What row ``row`` of the rules table holds now."""
        t = self.rules_table
        return LoanRuleForm(
            name=t.cellWidget(row, COL_NAME).text(),
            doc_type=t.cellWidget(row, COL_TYPE).currentData(),
            read_on_site=self.rule_check(row, COL_ON_SITE).isChecked(),
            period_days=t.cellWidget(row, COL_PERIOD).value(),
            max_items=t.cellWidget(row, COL_MAX).value(),
            skip_sundays=self.rule_check(row, COL_SUN).isChecked(),
            skip_saturdays=self.rule_check(row, COL_SAT).isChecked(),
            active=self.rule_check(row, COL_ACTIVE).isChecked(),
            overdue_action=t.cellWidget(row, COL_OVERDUE).currentData(),
            max_renewals=t.cellWidget(row, COL_RENEWALS).value(),
            renew_max_days_late=t.cellWidget(row, COL_RENEW_LATE).value())

    def rule_check(self, row: int, col: int) -> QCheckBox:
        """The tick box of a yes/no column of the rules table."""
        return self.rules_table.cellWidget(row, col).findChild(QCheckBox)

    @Slot()
    def save_rules(self) -> None:
        """Save every changed row on the database lane; each rule is saved or refused on its
        own."""
        changed = []
        for r, rule in enumerate(self._rules):
            form = self.rule_form(r)
            if form != LoanRuleForm(rule.name, rule.doc_type, rule.read_on_site,
                                    rule.period_days, rule.max_items, rule.skip_sundays,
                                    rule.skip_saturdays, rule.active, rule.overdue_action,
                                    rule.max_renewals, rule.renew_max_days_late):
                changed.append((r, rule, form))
        if not changed:
            self._say(self.tr("Tidak ada perubahan aturan."), False)
            return
        admin = self.admin

        def save_each() -> list:
            outcome = []
            for r, rule, form in changed:
                try:
                    outcome.append((r, rule, admin.update_loan_rule(rule.id, form), None))
                except JdihError as exc:
                    outcome.append((r, rule, None, exc))
            return outcome

        self._lane.run(save_each, self._on_rules_saved)

    def _on_rules_saved(self, outcome: list) -> None:
        saved: list[str] = []
        problems: list[str] = []
        for r, rule, record, exc in outcome:
            if exc is not None:
                why = (" ".join(field_sentences(exc).values())
                       if isinstance(exc, ValidationError) else error_sentence(exc))
                problems.append(f"{rule.name}: {why}")
                continue
            if r < len(self._rules) and self._rules[r].id == record.id:
                self._rules[r] = record
            saved.append(record.name)
        if saved:
            self.refresh_due_dates()
            self.calendar_changed.emit()
        if problems:
            # Keep what was typed in the refused rows; reload only if everything is stored.
            text = "\n".join(problems)
            if saved:
                text = self.tr("Disimpan: %1.").replace("%1", ", ".join(saved)) + "\n" + text
            self._say(text, True)
            return
        done = self.tr("Aturan disimpan: %1.").replace("%1", ", ".join(saved))
        self.refresh_rules(then=lambda: self._say(done, False))

    # ------------------------------------------------------------------ internals
    def _show_holiday_form(self, date_first: bool = False) -> None:
        """Adding starts in the date (its day part selected, ready for DDMMYYYY); editing
        starts in the name, usually what is corrected."""
        self._say("", False)
        self.holiday_form.show()
        if date_first:
            self.holiday_date.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.holiday_name.setFocus()
            self.holiday_name.selectAll()

    def _say(self, text: str, error: bool) -> None:
        self.feedback.say(text, error)
