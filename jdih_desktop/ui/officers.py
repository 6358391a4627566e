"""Pengaturan → Petugas: the officers of the desk (administrator only, checked in the service).

The dialog lists, adds, edits and deactivates officers through ``OfficerService``; an officer
named by any record cannot be deleted (only deactivated), so the paper trail keeps its names.
Who is named in the records is whoever signed in (``ui/accounts``), not a choice in a list.
"""

from __future__ import annotations

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

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.services.officers import OfficerForm, OfficerRecord, OfficerService
from jdih_desktop.ui.errors import error_sentence, field_sentences
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

    # ------------------------------------------------------------------ list
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self._rows = self.officers.list()
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
        o = self.selected()
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
        form = OfficerForm(self.full_name.text(), self.nip.text(), self.position.text(),
                           self.role.currentData())
        try:
            if self._editing is None:
                record = self.officers.add(form)
                done = self.tr("%1 ditambahkan.")
            else:
                record = self.officers.update(self._editing, form)
                done = self.tr("Data %1 disimpan.")
        except ValidationError as exc:
            self._say("\n".join(field_sentences(exc).values()), True)
            first = next(iter(exc.errors), "")
            widget = {"full_name": self.full_name, "nip": self.nip,
                      "position": self.position, "role": self.role}.get(first)
            if widget is not None:
                widget.setFocus()
            return
        except JdihError as exc:
            self._say(error_sentence(exc), True)
            return
        self.form_box.hide()
        self.refresh(record.id)
        self._say(done.replace("%1", record.full_name), False)
        self.officers_changed.emit()

    @Slot()
    def toggle_selected(self) -> None:
        o = self.selected()
        if o is None:
            return
        try:
            record = self.officers.set_active(o.id, not o.active)
        except JdihError as exc:
            self._say(error_sentence(exc), True)
            return
        self.refresh(record.id)
        self._say((self.tr("%1 diaktifkan kembali.") if record.active
                   else self.tr("%1 dinonaktifkan; catatannya tetap tersimpan."))
                  .replace("%1", record.full_name), False)
        self.officers_changed.emit()

    @Slot()
    def delete_selected(self) -> None:
        o = self.selected()
        if o is None:
            return
        try:
            self.officers.delete(o.id)
        except JdihError as exc:
            self._say(error_sentence(exc), True)
            return
        self.refresh()
        self._say(self.tr("%1 dihapus.").replace("%1", o.full_name), False)
        self.officers_changed.emit()

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
