"""Pengaturan → Petugas: the officers of the desk (administrator only, checked in the service).

The dialog lists, adds, edits and deactivates officers through ``OfficerService``; an officer
named by any record cannot be deleted (only deactivated), so the paper trail keeps its names.
Every read and save runs on the database lane (``LaneWork``): the list paints when it arrives,
and while a save is on its way the action buttons are off, so a second click saves nothing
twice.
Who is named in the records is whoever signed in (``ui/accounts``), not a choice in a list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.officers import OfficerForm, OfficerRecord, OfficerService
from jdih_desktop.ui.errors import field_sentences
from jdih_desktop.ui.operations import LaneWork, TaskFailure
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import action_button
from jdih_desktop.ui.widgets.naming import named as _named
from jdih_desktop.ui.widgets.status import StatusLabel
from jdih_desktop.ui.widgets.titles import window_title


class OfficersDialog(QDialog):
    """List, add, edit, deactivate (and delete when never used) the desk's officers."""

    officers_changed = Signal()

    def __init__(self, officers: OfficerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officers = officers
        self._rows: list[OfficerRecord] = []
        self._editing: int | None = None  # officer id being edited; None: adding
        self._lane = LaneWork(self, self._failed)
        self._writing = False  # a save, (de)activation or delete is on its way
        self.setObjectName("officersDialog")
        self.setAccessibleName(self.tr("Petugas"))
        self.setWindowTitle(window_title(self.tr("Petugas")))
        fit_window(self, "officers", (820, 520))
        self._role_labels = {"officer": self.tr("Petugas"), "head": self.tr("Kepala"),
                             "admin": self.tr("Admin")}
        root = QVBoxLayout(self)
        intro = QLabel(self.tr("Petugas yang tercatat pada kunjungan, peminjaman atau "
                               "pengembalian tidak dapat dihapus; nonaktifkan bila tidak lagi "
                               "bertugas."))
        intro.setWordWrap(True)
        root.addWidget(intro)
        # -- the list
        self.table = _named(QTableWidget(0, 6), "officersTable", self.tr("Daftar petugas"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Nama lengkap"), self.tr("NIP"), self.tr("Jabatan"), self.tr("Peran"),
            self.tr("Status"), self.tr("Catatan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3, 4, 5):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        root.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.btn_add = self._button("btnOfficerAdd", self.tr("Tambah…"),
                                    self.tr("Tambah petugas"), self.start_add)
        self.btn_edit = self._button("btnOfficerEdit", self.tr("Ubah…"),
                                     self.tr("Ubah data petugas"), self.edit_selected)
        self.btn_toggle = self._button("btnOfficerToggle", self.tr("Nonaktifkan"),
                                       self.tr("Nonaktifkan atau aktifkan petugas"),
                                       self.toggle_selected)
        self.btn_delete = self._button("btnOfficerDelete", self.tr("Hapus"),
                                       self.tr("Hapus petugas yang belum pernah tercatat"),
                                       self.delete_selected)
        for b in (self.btn_add, self.btn_edit, self.btn_toggle, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        root.addLayout(buttons)
        # -- the form (adding or editing one officer)
        self.form_box = QGroupBox(self.tr("Data petugas"))
        self.form_box.setObjectName("officerForm")
        form = QFormLayout(self.form_box)
        self.full_name = _named(QLineEdit(), "officerFullName", self.tr("Nama lengkap"))
        self.full_name.setMaxLength(200)
        self.nip = _named(QLineEdit(), "officerNip", self.tr("NIP"))
        self.nip.setPlaceholderText(self.tr("18 angka; kosongkan bila bukan ASN"))
        self.nip.setMaxLength(40)
        self.position = _named(QLineEdit(), "officerPosition", self.tr("Jabatan"))
        self.position.setPlaceholderText(self.tr("mis. Pengelola Pelayanan Hukum"))
        self.position.setMaxLength(200)
        self.role = _named(QComboBox(), "officerRole", self.tr("Peran"))
        for key, text in self._role_labels.items():
            self.role.addItem(text, key)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Jabatan"), self.position)
        form.addRow(self.tr("Peran"), self.role)
        form_buttons = QHBoxLayout()
        self.btn_save = self._button("btnOfficerSave", self.tr("Simpan"),
                                     self.tr("Simpan data petugas"), self.save)
        self.btn_save.setDefault(True)
        self.btn_cancel_form = self._button("btnOfficerCancel", self.tr("Batal"),
                                            self.tr("Batal mengubah data petugas"),
                                            self.hide_form)
        form_buttons.addWidget(self.btn_save)
        form_buttons.addWidget(self.btn_cancel_form)
        form_buttons.addStretch(1)
        form.addRow(form_buttons)
        root.addWidget(self.form_box)
        self.feedback = StatusLabel("officersFeedback", self.tr("Pesan"))
        root.addWidget(self.feedback)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.btn_close = self._button("btnOfficersClose", self.tr("Selesai"),
                                      self.tr("Tutup daftar petugas"), self.accept)
        close_row.addWidget(self.btn_close)
        root.addLayout(close_row)
        self.form_box.hide()
        self.refresh()

    _button = staticmethod(action_button)  # the kit's named button

    @property
    def busy(self) -> bool:
        """A read or a save is on its way on the database lane (tests wait for it)."""
        return self._lane.busy

    # ------------------------------------------------------------------ list
    def refresh(self, select_id: int | None = None) -> None:
        """Read the list on the database lane; it is painted when it arrives."""
        keep = select_id if select_id is not None else self.selected_id()
        self._lane.run(self.officers.list, lambda rows: self._fill(list(rows), keep))

    def _fill(self, rows: list[OfficerRecord], keep: int | None) -> None:
        self._rows = rows
        self.table.setRowCount(len(self._rows))
        for r, o in enumerate(self._rows):
            values = [o.full_name, o.nip or "-", o.position or "-",
                      self._role_labels.get(o.role, o.role),
                      self.tr("Aktif") if o.active else self.tr("Nonaktif"), str(o.records)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if not o.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        row = next((i for i, o in enumerate(self._rows) if o.id == keep), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> OfficerRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()]

    def selected_id(self) -> int | None:
        sel = self.selected() if self._rows else None
        return sel.id if sel else None

    @Slot()
    def _on_selection_changed(self) -> None:
        o = None if self._writing else self.selected()
        self.btn_add.setEnabled(not self._writing)
        self.btn_save.setEnabled(not self._writing)
        self.btn_edit.setEnabled(o is not None)
        self.btn_toggle.setEnabled(o is not None)
        self.btn_toggle.setText(self.tr("Aktifkan") if o is not None and not o.active
                                else self.tr("Nonaktifkan"))
        # Delete only what no record names; otherwise the button explains why it is off.
        self.btn_delete.setEnabled(o is not None and o.records == 0)
        self.btn_delete.setToolTip(
            self.tr("Petugas ini tercatat pada %1 catatan — gunakan Nonaktifkan.")
            .replace("%1", str(o.records)) if o is not None and o.records else "")

    # ------------------------------------------------------------------ actions
    @Slot()
    def start_add(self) -> None:
        self._editing = None
        self._fill_form(OfficerForm())
        self.form_box.setTitle(self.tr("Petugas baru"))
        self._show_form()

    @Slot()
    def edit_selected(self) -> None:
        o = self.selected()
        if o is None:
            self._say(self.tr("Pilih petugas pada daftar terlebih dahulu."), True)
            return
        self._editing = o.id
        self._fill_form(OfficerForm(o.full_name, o.nip, o.position, o.role))
        self.form_box.setTitle(self.tr("Ubah data: %1").replace("%1", o.full_name))
        self._show_form()

    @Slot()
    def save(self) -> None:
        if self._writing:
            return
        form = OfficerForm(self.full_name.text(), self.nip.text(), self.position.text(),
                           self.role.currentData())
        officers, editing = self.officers, self._editing
        if editing is None:
            self._write(lambda: officers.add(form), self.tr("%1 ditambahkan."), self._saved,
                        self._save_refused)
        else:
            self._write(lambda: officers.update(editing, form), self.tr("Data %1 disimpan."),
                        self._saved, self._save_refused)

    def _saved(self, record: OfficerRecord, done: str) -> None:
        self.form_box.hide()
        self.refresh(record.id)
        self._say(done.replace("%1", record.full_name), False)

    def _save_refused(self, failure: TaskFailure) -> None:
        exc = failure.error
        if not isinstance(exc, ValidationError):
            self._say(failure.message, True)
            return
        self._say("\n".join(field_sentences(exc).values()), True)
        first = next(iter(exc.errors), "")
        widget = {"full_name": self.full_name, "nip": self.nip,
                  "position": self.position, "role": self.role}.get(first)
        if widget is not None:
            widget.setFocus()

    @Slot()
    def toggle_selected(self) -> None:
        o = self.selected()
        if o is None or self._writing:
            return
        officers, officer_id, active = self.officers, o.id, not o.active
        done = (self.tr("%1 diaktifkan kembali.") if active
                else self.tr("%1 dinonaktifkan; catatannya tetap tersimpan."))
        self._write(lambda: officers.set_active(officer_id, active), done,
                    lambda record, text: self._changed(record.id,
                                                       text.replace("%1", record.full_name)))

    @Slot()
    def delete_selected(self) -> None:
        o = self.selected()
        if o is None or self._writing:
            return
        officers, officer_id = self.officers, o.id
        done = self.tr("%1 dihapus.").replace("%1", o.full_name)
        self._write(lambda: officers.delete(officer_id), done,
                    lambda _none, text: self._changed(None, text))

    # -- one write at a time, on the lane
    def _write(self, fn: Callable[[], Any], done: str, then: Callable[[Any, str], None],
               refused: Callable[[TaskFailure], None] | None = None) -> None:
        self._writing = True
        self._on_selection_changed()

        def finished(result: object) -> None:
            self._writing = False
            then(result, done)
            self._on_selection_changed()
            self.officers_changed.emit()

        def failed(failure: TaskFailure) -> None:
            self._writing = False
            self._on_selection_changed()
            (refused or self._failed)(failure)

        self._lane.run(fn, finished, failed)

    def _changed(self, select_id: int | None, text: str) -> None:
        self.refresh(select_id)
        self._say(text, False)

    def _failed(self, failure: TaskFailure) -> None:
        self._say(failure.message, True)

    @Slot()
    def hide_form(self) -> None:
        self.form_box.hide()
        self._say("", False)

    # ------------------------------------------------------------------ internals
    def _fill_form(self, form: OfficerForm) -> None:
        self.full_name.setText(form.full_name)
        self.nip.setText(form.nip)
        self.position.setText(form.position)
        self.role.setCurrentIndex(max(0, self.role.findData(form.role)))

    def _show_form(self) -> None:
        self._say("", False)
        self.form_box.show()
        self.full_name.setFocus()
        self.full_name.selectAll()

    def _say(self, text: str, error: bool) -> None:
        self.feedback.say(text, error)
