"""Pengaturan → Buku kunjungan: what the visit book asks, and the privacy notice it shows.

Two tabs over ``VisitBookSettingsService``:

* *Isian formulir* — every field in the order the form shows it, with a *Tampil* and a *Wajib*
  box (the name is always both; a hidden field cannot be required), moved with *Naik*/*Turun*,
  beside a live preview of the form as the visitor will see it. The office's own fields are
  added with a small form (label, type: text / choice with its options / yes-no, required),
  corrected, retired (never deleted: old visits keep their label and value) and brought back.
* *Pemberitahuan privasi* — the text in force (Indonesian, and English for a visitor who
  chooses it), published as a new version when it changes; every version stays listed with
  its date and who published it, its text readable.

Visitor-management systems let the desk tick the fields and add its own questions (often a
yes/no or a choice such as "how did you hear of us"); SLiMS' visitor counter keeps the form
short. This follows both: few clicks, a preview, nothing lost. Every read and write runs on the
task manager's database lane; the service checks that an administrator is signed in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.config import AppConfig
from jdih_desktop.services.session import ADMIN
from jdih_desktop.services.visit_book_settings import (
    ALWAYS_REQUIRED,
    KINDS,
    LABEL_MAX,
    FieldChange,
    FieldSetting,
    NoticeVersion,
    VisitBookSettingsService,
    VisitBookSetup,
)
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.formats import ui_datetime
from jdih_desktop.ui.taskman import Lane, TaskFailure, taskman
from jdih_desktop.ui.visit_book_form import notice_html
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.style import ERROR_STYLE, PALETTE
from jdih_desktop.ui.widgets.style import OK_TEXT as OK_STYLE
from jdih_desktop.ui.widgets.titles import window_title

COL_LABEL, COL_KIND, COL_SHOWN, COL_REQUIRED, COL_STATUS = range(5)
KEY_ROLE = Qt.ItemDataRole.UserRole


def _kind_text(kind: str) -> str:
    return QCoreApplication.translate("VisitBookSettings", KINDS[kind])


class FieldFormDialog(QDialog):
    """One of the office's own fields: its label, its type, its options, required or not."""

    def __init__(self, parent: QWidget | None = None, field: FieldSetting | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitBookFieldForm")
        editing = field is not None
        self.setWindowTitle(window_title(self.tr("Ubah isian") if editing
                                         else self.tr("Tambah isian")))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.label = named(QLineEdit(), "fieldLabel", self.tr("Nama isian"))
        self.label.setMaxLength(LABEL_MAX + 20)
        self.label.setPlaceholderText(self.tr("mis. Asal informasi layanan"))
        form.addRow(self.tr("&Nama isian:"), self.label)
        self.label_en = named(QLineEdit(), "fieldLabelEn",
                               self.tr("Nama isian dalam bahasa Inggris"))
        self.label_en.setMaxLength(LABEL_MAX + 20)
        self.label_en.setPlaceholderText(self.tr("opsional, untuk pengunjung yang memilih "
                                                 "English"))
        form.addRow(self.tr("Dalam bahasa &Inggris:"), self.label_en)
        self.kind = named(QComboBox(), "fieldKind", self.tr("Jenis isian"))
        for key in KINDS:
            self.kind.addItem(_kind_text(key), key)
        form.addRow(self.tr("&Jenis:"), self.kind)
        self.options = named(QPlainTextEdit(), "fieldOptions",
                              self.tr("Pilihan, satu per baris"))
        self.options.setPlaceholderText(self.tr("Satu pilihan per baris, mis.\nMedia sosial\n"
                                                "Situs web JDIH\nTeman atau rekan kerja"))
        self.options.setTabChangesFocus(True)
        self.options.setFixedHeight(110)
        form.addRow(self.tr("&Pilihan:"), self.options)
        self.required = named(QCheckBox(self.tr("&Wajib diisi pengunjung")), "fieldRequired",
                               self.tr("Wajib diisi pengunjung"))
        form.addRow("", self.required)
        lay.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("fieldFormMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_kind)
        if field is not None:
            self.label.setText(field.label)
            self.label_en.setText(field.label_en)
            self.kind.setCurrentIndex(max(0, self.kind.findData(field.kind)))
            self.kind.setEnabled(False)  # the type of answers already given stays
            self.options.setPlainText("\n".join(field.options))
            self.required.setChecked(field.required)
            self.required.hide()  # required/shown are set in the table
        self._on_kind()

    def _on_kind(self) -> None:
        self.options.setEnabled(self.kind.currentData() == "choice")

    def values(self) -> tuple[str, str, list[str], bool, str]:
        options = [line for line in self.options.toPlainText().splitlines() if line.strip()]
        return (self.label.text(), self.kind.currentData(), options,
                self.required.isChecked(), self.label_en.text())

    def show_error(self, text: str) -> None:
        self.message.setText(text)


class VisitBookSettingsDialog(QDialog):
    """The visit book's fields and privacy notice (administrator)."""

    setup_changed = Signal(object)  # VisitBookSetup after a save

    def __init__(self, service: VisitBookSettingsService, config: AppConfig,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.config = config
        self.setup: VisitBookSetup | None = None
        self._notices: list[NoticeVersion] = []
        self._busy = 0
        self.field_form: FieldFormDialog | None = None
        # Literals, so lupdate sees them (keys of services.visits.FIELD_LABELS).
        self._builtin_labels = {
            "full_name": self.tr("Nama lengkap"), "ktp_name": self.tr("Nama sesuai KTP"),
            "id_type": self.tr("Jenis identitas"), "id_number": self.tr("Nomor identitas"),
            "institution": self.tr("Instansi / lembaga"), "address": self.tr("Alamat"),
            "phone": self.tr("Nomor telepon"), "email": self.tr("E-mail"),
            "category": self.tr("Kategori pengunjung"),
            "purpose_category": self.tr("Jenis keperluan"), "purpose": self.tr("Keperluan")}
        actor = service.session.actor
        self.can_edit = actor is not None and actor.role == ADMIN
        self.setObjectName("visitBookSettingsDialog")
        self.setWindowTitle(window_title(self.tr("Pengaturan buku kunjungan")))
        self.setAccessibleName(self.tr("Pengaturan buku kunjungan"))
        fit_window(self, "visitBookSettings", (1040, 640))
        root = QVBoxLayout(self)
        self.tabs = named(QTabWidget(), "visitBookTabs", self.tr("Pengaturan buku kunjungan"))
        self.tabs.addTab(self._build_fields_tab(), self.tr("&Isian formulir"))
        self.tabs.addTab(self._build_notice_tab(), self.tr("&Pemberitahuan privasi"))
        root.addWidget(self.tabs, 1)
        self.feedback = QLabel("")
        self.feedback.setObjectName("visitBookFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.feedback)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.btn_close = self._button("btnVisitBookClose", self.tr("Selesai"), self.accept)
        close_row.addWidget(self.btn_close)
        root.addLayout(close_row)
        if not self.can_edit:
            self._say(self.tr("Hanya administrator yang dapat mengubah buku kunjungan; "
                              "pengaturan ditampilkan tanpa dapat diubah."), ok=False)
        self.reload()

    # ------------------------------------------------------------------ building
    def _button(self, object_name: str, text: str, slot, accessible: str = "") -> QPushButton:
        b = named(QPushButton(text), object_name, accessible or text.replace("&", ""))
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _build_fields_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visitBookFieldsTab")
        lay = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Centang isian yang tampil di buku kunjungan dan yang wajib diisi pengunjung. Nama "
            "lengkap selalu tampil dan wajib. Perubahan berlaku untuk buku kunjungan yang diisi "
            "sesudahnya; kunjungan lama tetap menyimpan isian dan pemberitahuan privasi yang "
            "berlaku saat itu."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.table = named(QTableWidget(0, 5), "visitBookFieldTable",
                            self.tr("Isian buku kunjungan"))
        self.table.setHorizontalHeaderLabels([self.tr("Isian"), self.tr("Jenis"),
                                              self.tr("Tampil"), self.tr("Wajib"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for col in (COL_KIND, COL_SHOWN, COL_REQUIRED, COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_field())
        left_lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.btn_up = self._button("btnFieldUp", self.tr("N&aik"), lambda: self.move(-1),
                                   self.tr("Pindahkan isian ke atas"))
        self.btn_down = self._button("btnFieldDown", self.tr("Tu&run"), lambda: self.move(1),
                                     self.tr("Pindahkan isian ke bawah"))
        self.btn_add = self._button("btnFieldAdd", self.tr("&Tambah isian…"), self.add_field)
        self.btn_edit = self._button("btnFieldEdit", self.tr("&Ubah…"), self.edit_field,
                                     self.tr("Ubah nama atau pilihan isian"))
        self.btn_retire = self._button("btnFieldRetire", self.tr("Pe&nsiunkan"),
                                       self.retire_field,
                                       self.tr("Pensiunkan isian tambahan"))
        self.btn_restore = self._button("btnFieldRestore", self.tr("Aktifkan &lagi"),
                                        self.restore_field)
        for b in (self.btn_up, self.btn_down, self.btn_add, self.btn_edit, self.btn_retire,
                  self.btn_restore):
            row.addWidget(b)
        row.addStretch(1)
        left_lay.addLayout(row)
        save_row = QHBoxLayout()
        self.fields_state = QLabel("")
        self.fields_state.setObjectName("visitBookFieldsState")
        self.fields_state.setWordWrap(True)
        save_row.addWidget(self.fields_state, 1)
        self.btn_save_fields = self._button("btnSaveFields", self.tr("&Simpan isian"),
                                            self.save_fields)
        self.btn_save_fields.setDefault(True)
        save_row.addWidget(self.btn_save_fields)
        left_lay.addLayout(save_row)
        split.addWidget(left)
        preview_box = QGroupBox(self.tr("Pratinjau buku kunjungan"))
        pv = QVBoxLayout(preview_box)
        self.preview = named(QTextBrowser(), "visitBookPreview",
                              self.tr("Pratinjau buku kunjungan"))
        pv.addWidget(self.preview)
        split.addWidget(preview_box)
        split.setSizes([640, 360])
        lay.addWidget(split, 1)
        return page

    def _build_notice_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visitBookNoticeTab")
        lay = QVBoxLayout(page)
        self.notice_state = QLabel("")
        self.notice_state.setObjectName("noticeState")
        self.notice_state.setWordWrap(True)
        lay.addWidget(self.notice_state)
        split = QSplitter(Qt.Orientation.Horizontal)
        edit = QWidget()
        el = QVBoxLayout(edit)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(QLabel(self.tr("Teks pemberitahuan (bahasa Indonesia; baris kosong "
                                    "memisahkan paragraf):")))
        self.notice_text = named(QPlainTextEdit(), "noticeText",
                                  self.tr("Teks pemberitahuan privasi"))
        self.notice_text.setTabChangesFocus(True)
        self.notice_text.textChanged.connect(self._update_buttons)
        el.addWidget(self.notice_text, 3)
        el.addWidget(QLabel(self.tr("Terjemahan bahasa Inggris (opsional, untuk pengunjung yang "
                                    "memilih English):")))
        self.notice_text_en = named(QPlainTextEdit(), "noticeTextEn",
                                     self.tr("Terjemahan bahasa Inggris"))
        self.notice_text_en.setTabChangesFocus(True)
        self.notice_text_en.setPlaceholderText(self.tr(
            "Kosong: pengunjung yang memilih English membaca teks bahasa Indonesia."))
        self.notice_text_en.textChanged.connect(self._update_buttons)
        el.addWidget(self.notice_text_en, 2)
        prow = QHBoxLayout()
        prow.addStretch(1)
        self.btn_publish = self._button("btnPublishNotice", self.tr("Ter&bitkan versi baru"),
                                        self.publish_notice)
        prow.addWidget(self.btn_publish)
        el.addLayout(prow)
        split.addWidget(edit)
        hist = QGroupBox(self.tr("Versi yang pernah berlaku"))
        hl = QVBoxLayout(hist)
        self.history = named(QListWidget(), "noticeHistory",
                              self.tr("Versi pemberitahuan privasi"))
        self.history.currentRowChanged.connect(self._show_version)
        hl.addWidget(self.history, 1)
        self.version_text = named(QTextBrowser(), "noticeVersionText",
                                   self.tr("Teks versi terpilih"))
        hl.addWidget(self.version_text, 2)
        split.addWidget(hist)
        split.setSizes([580, 420])
        lay.addWidget(split, 1)
        return page

    # ------------------------------------------------------------------ data
    def _run(self, call, on_done) -> None:
        self._busy += 1
        self._update_buttons()

        def done(result: object) -> None:
            self._busy -= 1
            on_done(result)
            self._update_buttons()

        def failed(failure: TaskFailure) -> None:
            self._busy -= 1
            self._say(error_sentence(failure.error), ok=False)
            if self.field_form is not None and self.field_form.isVisible():
                self.field_form.show_error(error_sentence(failure.error))
            self._update_buttons()

        taskman().run(lambda _ctx: call(), lane=Lane.DB, on_done=done, on_failed=failed,
                      owner=self, log_failure=False)

    def reload(self) -> None:
        service = self.service  # the job holds the service, never this dialog

        def read() -> tuple[VisitBookSetup, list[NoticeVersion]]:
            return service.setup(), service.notices()

        self._run(read, lambda r: self._show(*r))

    def _show(self, setup: VisitBookSetup, notices: list[NoticeVersion] | None = None,
              keep_row: str | None = None) -> None:
        self.setup = setup
        self._fill_table(setup, keep_row)
        if notices is not None:
            self._notices = notices
            self._fill_notice(setup.notice)

    def _fill_table(self, setup: VisitBookSetup, keep_row: str | None = None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for f in setup.fields:
            r = self.table.rowCount()
            self.table.insertRow(r)
            label = QTableWidgetItem(self._label(f))
            label.setData(KEY_ROLE, f.key)
            label.setData(Qt.ItemDataRole.UserRole + 1, f)
            kind = QTableWidgetItem(self.tr("Bawaan") if f.builtin else (
                _kind_text(f.kind) + (f" ({len(f.options)})" if f.kind == "choice" else "")))
            self.table.setItem(r, COL_LABEL, label)
            self.table.setItem(r, COL_KIND, kind)
            for col, on in ((COL_SHOWN, f.shown), (COL_REQUIRED, f.required)):
                box = QTableWidgetItem("")
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                locked = f.key == ALWAYS_REQUIRED or f.retired or not self.can_edit \
                    or (col == COL_REQUIRED and not f.shown)
                if not locked:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                box.setFlags(flags)
                box.setCheckState(Qt.CheckState.Checked if on and not f.retired
                                  else Qt.CheckState.Unchecked)
                self.table.setItem(r, col, box)
            status = QTableWidgetItem(self.tr("dipensiunkan") if f.retired else (
                self.tr("selalu wajib") if f.key == ALWAYS_REQUIRED else self.tr("aktif")))
            self.table.setItem(r, COL_STATUS, status)
        self.table.blockSignals(False)
        if keep_row is not None:
            self._select_key(keep_row)
        self._dirty(False)
        self._refresh_preview()

    def _fill_notice(self, notice: NoticeVersion) -> None:
        when = ui_datetime(notice.published_at) if notice.published_at else ""
        if notice.builtin:
            self.notice_state.setText(self.tr(
                "Berlaku: versi %1 (teks bawaan aplikasi). Ubah teksnya lalu tekan Terbitkan "
                "versi baru; versi baru berlaku untuk kunjungan berikutnya.")
                .replace("%1", notice.version))
            # The built-in texts (Indonesian and English) as plain text to start from.
            self.notice_text.setPlainText(self._builtin_plain(notice, "id"))
            self.notice_text_en.setPlainText(self._builtin_plain(notice, "en"))
        else:
            self.notice_state.setText(self.tr("Berlaku: versi %1, diterbitkan %2 oleh %3.")
                                      .replace("%1", notice.version).replace("%2", when)
                                      .replace("%3", notice.published_by or "-"))
            self.notice_text.setPlainText(notice.text)
            self.notice_text_en.setPlainText(notice.text_en)
        self._published = (self.notice_text.toPlainText(), self.notice_text_en.toPlainText())
        self.history.blockSignals(True)
        self.history.clear()
        for n in self._notices:
            head = n.version + (" " + self.tr("(berlaku)") if n.version == notice.version
                                else "")
            if n.builtin:
                text = head + "\n" + self.tr("teks bawaan aplikasi")
            else:
                text = head + "\n" + self.tr("%1 · %2").replace(
                    "%1", ui_datetime(n.published_at) if n.published_at else "-").replace(
                    "%2", n.published_by or "-")
            item = QListWidgetItem(text)
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.history.setCurrentRow(0)
        self._show_version(0)
        self._update_buttons()

    def _builtin_plain(self, notice: NoticeVersion, language: str) -> str:
        doc = QTextDocument()
        doc.setHtml(notice_html(notice, self.config.office.name,
                                self.config.visit_book.retention_years,
                                self.config.visit_book.id_scan_retention_days, language))
        text = doc.toPlainText()
        # The first line is the heading the form adds itself; paragraphs on blank lines.
        body = text.split("\n", 1)[1] if "\n" in text else text
        return "\n\n".join(p.strip() for p in body.split("\n") if p.strip())

    def _show_version(self, row: int) -> None:
        if 0 <= row < len(self._notices):
            self.version_text.setHtml(notice_html(
                self._notices[row], self.config.office.name,
                self.config.visit_book.retention_years,
                self.config.visit_book.id_scan_retention_days))

    # ------------------------------------------------------------------ the table
    def _label(self, f: FieldSetting) -> str:
        return self._builtin_labels.get(f.key, f.label) if f.builtin else f.label

    def _row_field(self, row: int) -> FieldSetting | None:
        item = self.table.item(row, COL_LABEL)
        return item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None

    def selected_field(self) -> FieldSetting | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return self._row_field(rows[0].row()) if rows else None

    def _select_key(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, COL_LABEL).data(KEY_ROLE) == key:
                self.table.selectRow(r)
                return

    def _checked(self, row: int, col: int) -> bool:
        item = self.table.item(row, col)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_SHOWN:
            req = self.table.item(item.row(), COL_REQUIRED)
            self.table.blockSignals(True)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if item.checkState() == Qt.CheckState.Checked:
                req.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            else:  # a hidden field cannot be required
                req.setCheckState(Qt.CheckState.Unchecked)
                req.setFlags(flags)
            self.table.blockSignals(False)
        if item.column() in (COL_SHOWN, COL_REQUIRED):
            self._dirty(True)
            self._refresh_preview()

    def changes(self) -> list[FieldChange]:
        """The table as the dialog would save it."""
        out = []
        for r in range(self.table.rowCount()):
            f = self._row_field(r)
            if f is None or f.retired:
                continue
            out.append(FieldChange(f.key, self._checked(r, COL_SHOWN),
                                   self._checked(r, COL_REQUIRED), r))
        return out

    def move(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        target = r + step
        if not (0 <= target < self.table.rowCount()):
            return
        if self._row_field(target) is None or self._row_field(target).retired:
            return
        self.table.blockSignals(True)
        for col in range(self.table.columnCount()):
            a, b = self.table.takeItem(r, col), self.table.takeItem(target, col)
            self.table.setItem(r, col, b)
            self.table.setItem(target, col, a)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self._dirty(True)
        self._refresh_preview()

    def _dirty(self, dirty: bool) -> None:
        self._fields_dirty = dirty
        self.fields_state.setText(self.tr("Ada perubahan yang belum disimpan.") if dirty
                                  else "")
        self._update_buttons()

    def _refresh_preview(self) -> None:
        """The form as the visitor will see it: the shown fields in order, * for required."""
        rows = []
        for r in range(self.table.rowCount()):
            f = self._row_field(r)
            if f is None or f.retired or not self._checked(r, COL_SHOWN):
                continue
            label = self._label(f)
            star = f" <span style='color:{PALETTE.error}'>*</span>" \
                if self._checked(r, COL_REQUIRED) else ""
            if f.kind == "choice":
                hint = "▾ " + " · ".join(f.options)
            elif f.kind == "yesno":
                hint = self.tr("[ Ya ]  [ Tidak ]")
            else:
                hint = ""
            own = "" if f.builtin else f" <span style='color:{PALETTE.primary}'>●</span>"
            rows.append(f"<tr><td>{_esc(label)}{star}{own}</td></tr>"
                        f"<tr><td style='border:1px solid {PALETTE.border}; "
                        f"color:{PALETTE.text_muted}'>"
                        f"{_esc(hint) or '&nbsp;'}</td></tr>")
        self.preview.setHtml(
            "<p>" + _esc(self.tr("Buku kunjungan — %1 isian (* wajib diisi, ● isian kantor), "
                                 "lalu pemberitahuan privasi, persetujuan dan tanda tangan.")
                         .replace("%1", str(len(rows)))) + "</p>"
            "<table width='100%' cellspacing=0 cellpadding=3>" + "".join(rows) + "</table>")

    def _update_buttons(self) -> None:
        f = self.selected_field()
        idle = self._busy == 0 and self.can_edit
        own = f is not None and not f.builtin
        self.btn_up.setEnabled(idle and f is not None and not f.retired)
        self.btn_down.setEnabled(idle and f is not None and not f.retired)
        self.btn_add.setEnabled(idle)
        self.btn_edit.setEnabled(idle and own and not f.retired)
        self.btn_retire.setEnabled(idle and own and not f.retired)
        self.btn_restore.setEnabled(idle and own and f.retired)
        self.btn_save_fields.setEnabled(idle and getattr(self, "_fields_dirty", False))
        published = getattr(self, "_published", None)
        changed = published is not None and (self.notice_text.toPlainText(),
                                              self.notice_text_en.toPlainText()) != published
        self.btn_publish.setEnabled(idle and changed)
        self.notice_text.setReadOnly(not self.can_edit)
        self.notice_text_en.setReadOnly(not self.can_edit)

    def _say(self, text: str, ok: bool = True) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _saved(self, setup: VisitBookSetup, text: str, keep_row: str | None = None) -> None:
        self._show(setup, None, keep_row)
        self._say(text)
        self.setup_changed.emit(setup)

    # ------------------------------------------------------------------ actions
    @Slot()
    def save_fields(self) -> None:
        changes = self.changes()
        key = self.selected_field().key if self.selected_field() else None
        service = self.service  # the jobs hold the service, never this dialog
        self._run(lambda: service.save_fields(changes),
                  lambda s: self._saved(s, self.tr("Isian buku kunjungan disimpan; berlaku "
                                                   "untuk buku kunjungan berikutnya."), key))

    @Slot()
    def add_field(self) -> None:
        self._open_field_form(None)

    @Slot()
    def edit_field(self) -> None:
        f = self.selected_field()
        if f is None or f.builtin or f.retired or not self.can_edit:
            return
        self._open_field_form(f)

    def _open_field_form(self, field: FieldSetting | None) -> None:
        if getattr(self, "_fields_dirty", False):
            self._say(self.tr("Simpan dulu perubahan centang dan urutan isian."), ok=False)
            return
        form = FieldFormDialog(self, field)
        self.field_form = form

        def submit() -> None:
            label, kind, options, required, label_en = form.values()
            service = self.service
            if field is None:
                call = lambda: service.add_field(  # noqa: E731
                    label, kind, options, required, label_en)
                text = self.tr("Isian \"%1\" ditambahkan di akhir buku kunjungan.")
            else:
                call = lambda: service.edit_field(  # noqa: E731
                    field.key, label, options, label_en)
                text = self.tr("Isian \"%1\" diubah; kunjungan lama tetap menyimpan nama dan "
                               "jawaban lamanya.")
            form.show_error("")

            def done(setup: VisitBookSetup) -> None:
                form.accept()
                self._saved(setup, text.replace("%1", " ".join(label.split())))

            self._run(call, done)

        form.buttons.accepted.connect(submit)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    @Slot()
    def retire_field(self) -> None:
        f = self.selected_field()
        if f is None or f.builtin or f.retired:
            return
        answer = QMessageBox.question(
            self, window_title(self.tr("Pensiunkan isian")),
            self.tr("Pensiunkan isian \"%1\"? Isian itu tidak lagi tampil di buku kunjungan; "
                    "kunjungan yang sudah mengisinya tetap menyimpan jawabannya. Isian dapat "
                    "diaktifkan lagi.").replace("%1", f.label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, key = self.service, f.key
        self._run(lambda: service.retire_field(key),
                  lambda s: self._saved(s, self.tr("Isian \"%1\" dipensiunkan.")
                                        .replace("%1", f.label), f.key))

    @Slot()
    def restore_field(self) -> None:
        f = self.selected_field()
        if f is None or not f.retired:
            return
        service, key = self.service, f.key
        self._run(lambda: service.restore_field(key),
                  lambda s: self._saved(s, self.tr("Isian \"%1\" aktif lagi.")
                                        .replace("%1", f.label), f.key))

    @Slot()
    def publish_notice(self) -> None:
        text, text_en = self.notice_text.toPlainText(), self.notice_text_en.toPlainText()

        def done(setup: VisitBookSetup) -> None:
            self._saved(setup, self.tr("Pemberitahuan privasi versi %1 diterbitkan; berlaku "
                                       "untuk buku kunjungan berikutnya.")
                        .replace("%1", setup.notice.version))
            self.reload()

        service = self.service
        self._run(lambda: service.publish_notice(text, text_en), done)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
