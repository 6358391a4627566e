"""The detail panel of the catalogue window: metadata, relations, copies and attachments.

Everything shown comes from ``CatalogueService.document_detail`` (plain data). Blocking work
(reading a PDF from disk, writing a label sheet, opening an attachment) runs in background
tasks; printing a label goes through the printer's own worker thread.
"""

from __future__ import annotations

import html
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import ValidationError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.catalogue import (
    FIELD_LABELS,
    TYPE_FIELDS,
    CatalogueService,
    DocumentDetail,
    field_label,
)
from jdih_desktop.store.enums import ATTACHMENT_KINDS, COPY_CONDITIONS, DOC_STATUS, DOC_TYPES
from jdih_desktop.ui.catalogue.tasks import run_in_background
from jdih_desktop.ui.widgets.style import ERROR_STYLE, ERROR_TEXT, OK_TEXT, PALETTE

if TYPE_CHECKING:  # the dialogs and the label tools load when first used (first open: ~15 ms)
    from jdih_desktop.services.digitise import DigitiseService
    from jdih_desktop.services.labels import LabelService
    from jdih_desktop.ui.catalogue.copy_dialog import CopyDialog
    from jdih_desktop.ui.catalogue.digitise_dialog import DigitiseDialog

log = logging.getLogger(__name__)
RelationRole = Qt.ItemDataRole.UserRole + 1  # relation (kind, other id); copy id in column 0
AttachmentRole = Qt.ItemDataRole.UserRole + 2
AttachmentNameRole = Qt.ItemDataRole.UserRole + 3


def _read_file(path: str) -> bytes:
    return Path(path).read_bytes()


class DocumentDetailPanel(QWidget):
    """Shows one document; edits relations, copies and attachments in place."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)
    changed = Signal(int)  # the document's data changed (status, copies count...)
    loaded = Signal(int)  # the document's detail was read and is shown

    def __init__(self, catalogue: CatalogueService, labels: LabelService,
                 digitise: DigitiseService, printer_worker=None, scanner_worker=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDetail")
        self.catalogue = catalogue
        self.labels = labels
        self.digitise = digitise
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.detail: DocumentDetail | None = None
        self._wanted = 0  # the newest load asked for
        self._wanted_id: int | None = None
        self.loading = False

        self.title = QLabel(self.tr("Pilih dokumen di tabel untuk melihat rinciannya."))
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.revoked = QLabel()
        self.revoked.setObjectName("detailRevoked")
        self.revoked.setStyleSheet(ERROR_STYLE)
        self.revoked.setWordWrap(True)
        self.revoked.hide()
        self.edit_button = self._button("detailEdit", self.tr("Ubah…"),
                                        lambda: self._emit(self.editRequested))
        self.delete_button = self._button("detailDelete", self.tr("Hapus"),
                                          lambda: self._emit(self.deleteRequested))
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setAccessibleName(self.tr("Rincian dokumen"))
        self.summary = QTextBrowser()
        self.summary.setObjectName("detailSummary")
        self.summary.setAccessibleName(self.tr("Ringkasan dokumen"))
        self.tabs.addTab(self.summary, self.tr("Ringkasan"))
        self.tabs.addTab(self._build_relations(), self.tr("Relasi"))
        self.tabs.addTab(self._build_copies(), self.tr("Eksemplar"))
        self.tabs.addTab(self._build_attachments(), self.tr("Lampiran"))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.revoked)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._set_enabled(False)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAccessibleName(text.rstrip("…"))
        b.clicked.connect(slot)
        return b

    def _emit(self, signal) -> None:
        if self.detail is not None:
            signal.emit(self.detail.data.id)

    # ------------------------------------------------------------------ building
    def _build_relations(self) -> QWidget:
        w = QWidget()
        self.relation_list = QListWidget()
        self.relation_list.setObjectName("relationList")
        self.relation_list.setAccessibleName(self.tr("Relasi dokumen"))
        self.relation_list.setWordWrap(True)
        self.relation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_relation_button = self._button("relationAdd", self.tr("Tambah relasi…"),
                                                self.add_relation)
        self.remove_relation_button = self._button("relationRemove", self.tr("Hapus relasi"),
                                                   self.remove_relation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_relation_button)
        buttons.addWidget(self.remove_relation_button)
        buttons.addStretch(1)
        v = QVBoxLayout(w)
        v.addWidget(self.relation_list, 1)
        v.addLayout(buttons)
        return w

    def _build_copies(self) -> QWidget:
        w = QWidget()
        self.copy_table = QTableWidget(0, 5)
        self.copy_table.setObjectName("copyTable")
        self.copy_table.setAccessibleName(self.tr("Eksemplar"))
        self.copy_table.setHorizontalHeaderLabels([
            self.tr("Barcode"), self.tr("Rak"), self.tr("Kondisi"), self.tr("Baca di tempat"),
            self.tr("Keadaan")])
        self.copy_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.copy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copy_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.copy_table.horizontalHeader().setStretchLastSection(True)
        self.copy_table.verticalHeader().hide()
        self.copy_table.doubleClicked.connect(lambda _i: self.edit_copy())
        self.copy_shelf = QLineEdit()
        self.copy_shelf.setObjectName("copyShelf")
        self.copy_shelf.setAccessibleName(self.tr("Lokasi rak eksemplar baru"))
        self.copy_shelf.setPlaceholderText(self.tr("Rak, mis. R2-B"))
        self.copy_condition = QComboBox()
        self.copy_condition.setObjectName("copyCondition")
        self.copy_condition.setAccessibleName(self.tr("Kondisi eksemplar baru"))
        for key, label in COPY_CONDITIONS.items():
            self.copy_condition.addItem(translate_text(label), key)
        self.copy_read_on_site = QCheckBox(self.tr("Baca di tempat"))
        self.copy_read_on_site.setObjectName("copyReadOnSite")
        self.copy_read_on_site.setAccessibleName(self.tr("Hanya baca di tempat"))
        self.add_copy_button = self._button("copyAdd", self.tr("Tambah eksemplar"),
                                            self.add_copy)
        self.edit_copy_button = self._button("copyEdit", self.tr("Ubah…"), self.edit_copy)
        self.remove_copy_button = self._button("copyRemove", self.tr("Hapus"),
                                               self.remove_selected_copies)
        self.print_label_button = self._button("copyPrintLabel",  # on the receipt printer
                                               self.tr("Cetak label"),
                                               self.print_label)
        self.sheet_button = self._button("copyLabelSheet", self.tr("Label A4 (PDF)…"),
                                         self.ask_label_sheet)
        add_row = QHBoxLayout()
        for x in (self.copy_condition, self.copy_read_on_site, self.add_copy_button):
            add_row.addWidget(x)
        act_row = QHBoxLayout()
        for x in (self.edit_copy_button, self.remove_copy_button, self.print_label_button,
                  self.sheet_button):
            act_row.addWidget(x)
        act_row.addStretch(1)
        v = QVBoxLayout(w)
        v.addWidget(self.copy_table, 1)
        v.addWidget(self.copy_shelf)
        v.addLayout(add_row)
        v.addLayout(act_row)
        return w

    def _build_attachments(self) -> QWidget:
        w = QWidget()
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setAccessibleName(self.tr("Lampiran"))
        self.attachment_list.setWordWrap(True)
        self.attachment_kind = QComboBox()
        self.attachment_kind.setObjectName("attachmentKind")
        self.attachment_kind.setAccessibleName(self.tr("Jenis lampiran baru"))
        for key in ("full_text", "abstrak", "lampiran"):
            self.attachment_kind.addItem(translate_text(ATTACHMENT_KINDS[key]), key)
        self.add_attachment_button = self._button("attachmentAdd", self.tr("Tambah PDF…"),
                                                  self.ask_attachment)
        self.open_attachment_button = self._button("attachmentOpen", self.tr("Buka"),
                                                   self.open_attachment)
        self.remove_attachment_button = self._button("attachmentRemove", self.tr("Hapus"),
                                                     self.remove_attachment)
        self.digitise_button = self._button("attachmentDigitise", self.tr("Digitalisasi…"),
                                            self.open_digitise)
        row = QHBoxLayout()
        for x in (self.attachment_kind, self.add_attachment_button, self.digitise_button):
            row.addWidget(x)
        row.addStretch(1)
        row2 = QHBoxLayout()
        for x in (self.open_attachment_button, self.remove_attachment_button):
            row2.addWidget(x)
        row2.addStretch(1)
        v = QVBoxLayout(w)
        v.addWidget(self.attachment_list, 1)
        v.addLayout(row)
        v.addLayout(row2)
        self.attachment_list.itemDoubleClicked.connect(lambda _i: self.open_attachment())
        return w

    def _set_enabled(self, on: bool) -> None:
        for wdg in (self.edit_button, self.delete_button, self.tabs):
            wdg.setEnabled(on)

    # ------------------------------------------------------------------ showing
    @property
    def document_id(self) -> int | None:
        return self.detail.data.id if self.detail else None

    def show_document(self, document_id: int | None) -> None:
        if document_id != self.document_id:  # a re-show after an edit keeps its message
            self.message.clear()
        if document_id is None:
            self._wanted += 1  # a load still running is not shown any more
            self.loading = False
            self._show_empty(self.tr("Pilih dokumen di tabel untuk melihat rinciannya."))
            return
        # Read on the database lane; the newest request wins (a person clicking down the
        # table asks for several documents in a row).
        from jdih_desktop.ui.operations import DbOp

        self._wanted += 1
        self._wanted_id = document_id
        wanted, catalogue = self._wanted, self.catalogue
        self.loading = True
        DbOp(self, lambda: catalogue.document_detail(document_id)) \
            .success(lambda detail: self._loaded(wanted, detail)) \
            .failure(lambda failure: self._load_failed(wanted, failure)).run()

    def show_loading(self) -> None:
        """The selected row is still being read: say so, offer nothing to change, and drop
        a document load still running (the row's document follows with ``show_document``)."""
        self._wanted += 1
        self._wanted_id = None
        self.loading = True
        self.message.clear()
        self._show_empty(self.tr("Memuat dokumen…"))

    def _show_empty(self, title: str) -> None:
        """No document shown: only ``title``, and nothing offered to change."""
        self.detail = None
        self.title.setText(title)
        self.revoked.hide()
        self.summary.clear()
        self.relation_list.clear()
        self.copy_table.setRowCount(0)
        self.attachment_list.clear()
        self._set_enabled(False)

    def _loaded(self, wanted: int, detail: DocumentDetail) -> None:
        if wanted != self._wanted:
            return
        self.loading = False
        self.detail = detail
        self._set_enabled(True)
        self._render()
        self.loaded.emit(detail.data.id)

    def _load_failed(self, wanted: int, failure) -> None:
        if wanted != self._wanted:
            return
        self.loading = False
        self.show_document(None)
        self._error(failure.message)

    def showing(self, document_id: int | None) -> bool:
        """Is this document shown, or being read to be shown?"""
        return (self._wanted_id if self.loading else self.document_id) == document_id

    def reload(self) -> None:
        """Read the document again (the one being loaded, if a load is under way)."""
        self.show_document(self._wanted_id if self.loading else self.document_id)

    def _render(self) -> None:
        d = self.detail
        assert d is not None
        data = d.data
        self.title.setText(f"<b>{html.escape(d.citation)}</b><br>{html.escape(data.judul)}")
        if d.revoked_by:
            self.revoked.setText(" · ".join(d.revoked_by))
            self.revoked.show()
        else:
            self.revoked.hide()
        rows = [(FIELD_LABELS["doc_type"], DOC_TYPES.get(data.doc_type, data.doc_type)),
                (FIELD_LABELS["status"], DOC_STATUS.get(data.status, data.status))]
        for name in TYPE_FIELDS.get(data.doc_type, ()):
            value = getattr(data, name)
            if name == "status" or value in (None, ""):
                continue
            if hasattr(value, "strftime"):
                value = value.strftime("%d-%m-%Y")
            rows.append((field_label(name, data.doc_type), str(value)))
        body = "".join(
            f"<tr><td style='padding-right:12px;color:{PALETTE.text_muted}'>"
            f"{html.escape(translate_text(k))}</td>"
            f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        self.summary.setHtml(f"<table>{body}</table>")

        self.relation_list.clear()
        for r in d.relations:
            item = QListWidgetItem(f"{translate_text(r.label)} {r.other_citation} — {r.other_title}"
                                   + (f" ({r.note})" if r.note else ""))
            item.setData(RelationRole, (r.kind, r.other_id))
            self.relation_list.addItem(item)

        self.copy_table.setRowCount(len(d.copies))
        for i, c in enumerate(d.copies):
            state = self.tr("Dipinjam (%1)").replace("%1", c.loan_receipt or "") if c.on_loan \
                else self.tr("Ditarik") if c.withdrawn else self.tr("Tersedia")
            values = [c.barcode, c.shelf or "",
                      translate_text(COPY_CONDITIONS.get(c.condition, "")),
                      self.tr("Ya") if c.read_on_site else self.tr("Tidak"), state]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(RelationRole, c.id)
                self.copy_table.setItem(i, col, item)

        self.attachment_list.clear()
        for a in d.attachments:
            pages = self.tr(", %1 hlm").replace("%1", str(a.pages)) if a.pages else ""
            item = QListWidgetItem(
                f"{translate_text(ATTACHMENT_KINDS.get(a.kind, a.kind))}: {a.filename} "
                f"({a.size / 1024:.0f} KB{pages})")
            item.setData(AttachmentRole, a.id)
            item.setData(AttachmentNameRole, a.filename)
            self.attachment_list.addItem(item)
        self.tabs.setTabText(1, self.tr("Relasi (%1)").replace("%1", str(len(d.relations))))
        self.tabs.setTabText(2, self.tr("Eksemplar (%1)").replace("%1", str(len(d.copies))))
        self.tabs.setTabText(3, self.tr("Lampiran (%1)").replace("%1", str(len(d.attachments))))

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_TEXT)
        self.message.setText(text)

    def _info(self, text: str) -> None:
        self.message.setStyleSheet(OK_TEXT)
        self.message.setText(text)

    def _write(self, fn, done, *, failed=None) -> None:
        """A change to the shown document (a copy, a relation, an attachment) as an operation
        on the database lane; ``done(result)`` on the GUI thread once it succeeded, else the
        sentence in the message line (or ``failed(failure)``). Announces ``Change.CATALOGUE``
        (copy counts and statuses show in every catalogue table)."""
        from jdih_desktop.ui.operations import Change, DbOp

        DbOp(self, fn, changes=Change.CATALOGUE).success(done) \
            .failure(failed or self._write_failed).run()

    def _write_failed(self, failure) -> None:
        exc = failure.error
        self._error(" ".join(exc.errors.values()) if isinstance(exc, ValidationError)
                    else failure.message)

    def _after_change(self, info: str | None = None) -> None:
        self.reload()
        if info:
            self._info(info)
        if self.document_id is not None:
            self.changed.emit(self.document_id)

    # ------------------------------------------------------------------ relations
    @Slot()
    def add_relation(self) -> None:
        if self.detail is None:
            return
        from jdih_desktop.ui.catalogue.relations import RelationDialog

        dlg = RelationDialog(self.catalogue, self.detail.data.id, self.detail.citation, self)
        if dlg.exec():
            self._after_change(self.tr("Relasi tersimpan di kedua dokumen."))

    @Slot()
    def remove_relation(self) -> None:
        item = self.relation_list.currentItem()
        if item is None or self.detail is None:
            self._error(self.tr("Pilih relasi yang akan dihapus."))
            return
        kind, other = item.data(RelationRole)
        doc_id, catalogue = self.detail.data.id, self.catalogue
        self._write(lambda: catalogue.remove_relation(doc_id, other, kind),
                    lambda _r: self._after_change(self.tr("Relasi dihapus dari kedua dokumen.")))

    # ------------------------------------------------------------------ copies
    def selected_copy_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.copy_table.selectedIndexes()})
        return [self.copy_table.item(r, 0).data(RelationRole) for r in rows]

    @Slot()
    def add_copy(self) -> None:
        if self.detail is None:
            return
        doc_id, catalogue = self.detail.data.id, self.catalogue
        shelf, condition = self.copy_shelf.text(), self.copy_condition.currentData()
        on_site = self.copy_read_on_site.isChecked()
        self._write(lambda: catalogue.add_copy(doc_id, shelf=shelf, condition=condition,
                                               read_on_site=on_site),
                    lambda c: self._after_change(
                        self.tr("Eksemplar %1 ditambahkan.").replace("%1", c.barcode)))

    def make_copy_dialog(self) -> CopyDialog | None:
        ids = self.selected_copy_ids()
        if not ids or self.detail is None:
            self._error(self.tr("Pilih eksemplar yang akan diubah di tabel."))
            return None
        copy = next(c for c in self.detail.copies if c.id == ids[0])
        from jdih_desktop.ui.catalogue.copy_dialog import CopyDialog

        dlg = CopyDialog(self.catalogue, copy, self)
        dlg.accepted.connect(lambda: self._after_change(
            self.tr("Eksemplar %1 tersimpan.").replace("%1", copy.barcode)))
        return dlg

    @Slot()
    def edit_copy(self) -> None:
        dlg = self.make_copy_dialog()
        if dlg is not None:
            dlg.open()

    @Slot()
    def remove_selected_copies(self) -> None:
        ids = self.selected_copy_ids()
        if not ids:
            self._error(self.tr("Pilih eksemplar yang akan dihapus di tabel."))
            return
        catalogue = self.catalogue

        def remove() -> list[bool]:  # stops at the first refusal (a copy on loan)
            return [catalogue.remove_copy(cid) for cid in ids]

        def removed(results: list[bool]) -> None:
            note = self.tr("Eksemplar yang pernah dipinjam ditandai ditarik, bukan dihapus, "
                           "agar riwayat peminjaman tetap utuh.")
            self._after_change(" ".join(note for deleted in results if not deleted)
                               or self.tr("Eksemplar dihapus."))

        def refused(failure) -> None:
            self._after_change()  # the copies removed before the refusal are gone
            self._error(failure.message)

        self._write(remove, removed, failed=refused)

    @Slot()
    def print_label(self) -> None:
        ids = self.selected_copy_ids()
        if not ids:
            self._error(self.tr("Pilih eksemplar yang labelnya akan dicetak."))
            return
        if self.printer_worker is None:
            from jdih_desktop.ui.operations.printing import no_printer_sentence

            self._error(no_printer_sentence())
            return
        from jdih_desktop.ui.operations.catalogue import PrintCopyLabels

        PrintCopyLabels(self, self.catalogue, self.printer_worker, ids) \
            .labelled(lambda barcode: self._info(self.tr("Label %1 tercetak.")
                                                 .replace("%1", barcode))) \
            .label_failed(lambda barcode, failure: self._error(
                self.tr("Label %1 tidak tercetak: %2").replace("%1", barcode)
                .replace("%2", failure.message))).run()
        self._info(self.tr("Mengirim %1 label ke printer…").replace("%1", str(len(ids))))

    @Slot()
    def ask_label_sheet(self) -> None:
        ids = self.selected_copy_ids() or [c.id for c in (self.detail.copies if self.detail
                                                          else [])]
        if not ids:
            self._error(self.tr("Belum ada eksemplar. Tambah eksemplar dulu."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan lembar label"),
                                              "label-eksemplar.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.save_label_sheet(ids, path)

    def save_label_sheet(self, copy_ids: list[int], path: str) -> None:
        """Read the copies' labels on the database lane, render the A4 sheet on the CPU pool
        and write it to ``path``."""
        from jdih_desktop.ui.operations import DbOp

        catalogue = self.catalogue
        self._info(self.tr("Menyusun lembar label…"))
        DbOp(self, lambda: catalogue.labels_for_copies(copy_ids)) \
            .success(lambda labels: self._render_label_sheet(labels, path)) \
            .failure(lambda failure: self._error(failure.message)).run()

    def _render_label_sheet(self, labels: list, path: str) -> None:
        def work(_progress) -> str:
            from jdih_desktop.services.labels import label_sheet_pdf

            Path(path).write_bytes(label_sheet_pdf(labels))
            return path

        run_in_background(work, on_done=lambda p: self._info(
            self.tr("Lembar %1 label tersimpan: %2").replace("%1", str(len(labels)))
            .replace("%2", p)), on_error=lambda e: self._error(
            self.tr("Lembar label tidak tersimpan: %1. Pilih folder lain, lalu Coba lagi.")
            .replace("%1", str(e))), owner=self)

    # ------------------------------------------------------------------ attachments
    @Slot()
    def ask_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas PDF"), "",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.add_attachment_file(path, self.attachment_kind.currentData())

    def add_attachment_file(self, path: str, kind: str) -> None:
        """Read the file in the background, then store it with the document."""
        if self.detail is None:
            return
        doc_id = self.detail.data.id
        self._info(self.tr("Membaca %1…").replace("%1", Path(path).name))

        catalogue = self.catalogue

        def stored(_result: object) -> None:
            if self.document_id == doc_id:
                self._after_change(self.tr("Lampiran %1 tersimpan.").replace("%1",
                                                                            Path(path).name))

        def store(content: bytes) -> None:
            self._write(lambda: catalogue.add_attachment(doc_id, kind, Path(path).name,
                                                         content), stored)

        run_in_background(lambda _p: _read_file(path), on_done=store,
                          on_error=lambda e: self._error(
                              self.tr("Berkas tidak dapat dibaca: %1").replace("%1", str(e))),
                          owner=self)

    def selected_attachment_id(self) -> int | None:
        item = self.attachment_list.currentItem()
        return item.data(AttachmentRole) if item is not None else None

    @Slot()
    def open_attachment(self) -> None:
        att = self.selected_attachment_id()
        if att is None:
            self._error(self.tr("Pilih lampiran yang akan dibuka."))
            return
        name = self.attachment_list.currentItem().data(AttachmentNameRole)
        from jdih_desktop.ui.operations import DbOp

        catalogue = self.catalogue
        DbOp(self, lambda: catalogue.attachment_content(att)) \
            .success(lambda content: self._open_content(att, name, content)) \
            .failure(lambda failure: self._error(failure.message)).run()

    def _open_content(self, att: int, name: str | None, content: bytes) -> None:
        """Write the stored file to a temporary folder (CPU pool) and hand it to the viewer."""
        def work(_progress) -> str:
            folder = Path(tempfile.mkdtemp(prefix="jdih-lampiran-"))
            target = folder / (name or f"lampiran-{att}.pdf")
            target.write_bytes(content)
            return str(target)

        run_in_background(work, on_done=lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(p)), on_error=lambda e: self._error(str(e)), owner=self)

    @Slot()
    def remove_attachment(self) -> None:
        att = self.selected_attachment_id()
        if att is None:
            self._error(self.tr("Pilih lampiran yang akan dihapus."))
            return
        answer = QMessageBox.question(self, self.tr("Hapus lampiran"),
                                      self.tr("Hapus lampiran ini dari katalog?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_attachment_now(att)

    def remove_attachment_now(self, attachment_id: int) -> None:
        catalogue = self.catalogue
        self._write(lambda: catalogue.remove_attachment(attachment_id),
                    lambda _r: self._after_change(self.tr("Lampiran dihapus.")))

    def make_digitise_dialog(self) -> DigitiseDialog | None:
        if self.detail is None:
            return None
        from jdih_desktop.ui.catalogue.digitise_dialog import DigitiseDialog

        dlg = DigitiseDialog(self.catalogue, self.scanner_worker, self.detail.data.id,
                             self.detail.citation,
                             self.digitise.default_filename(self.detail.data.id), self)
        dlg.saved.connect(lambda a: self._after_change(
            self.tr("Hasil digitalisasi tersimpan (%1 halaman).").replace("%1", str(a.pages))))
        return dlg

    @Slot()
    def open_digitise(self) -> None:
        dlg = self.make_digitise_dialog()
        if dlg is not None:
            dlg.open()
