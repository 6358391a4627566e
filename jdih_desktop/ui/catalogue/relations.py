"""Pick a related document and the kind of relation (mencabut, mengubah, melaksanakan...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.catalogue import CatalogueService, short_title
from jdih_desktop.store.enums import RELATION_LABELS
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.formats import as_sentence
from jdih_desktop.ui.reports.worker import failure_message
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_TEXT
from jdih_desktop.ui.widgets.titles import window_title

IdRole = Qt.ItemDataRole.UserRole + 1
# Wording from the current document's point of view ("this document ... the chosen one").
KIND_TEXT = {
    "mencabut": "mencabut",
    "dicabut": "dicabut oleh",
    "mengubah": "mengubah",
    "diubah": "diubah oleh",
    "melaksanakan": "melaksanakan",
    "dilaksanakan": "dilaksanakan oleh",
    "menetapkan": "menetapkan",
    "ditetapkan": "ditetapkan oleh",
}


class RelationDialog(QDialog):
    """"This document <kind> <chosen document>"; the service writes the inverse too."""

    saved = Signal()  # the relation is stored (the dialog then closes)

    def __init__(self, catalogue: CatalogueService, document_id: int, citation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_seq = 0  # the newest search's number: older answers are dropped
        self.catalogue = catalogue
        self.document_id = document_id
        self.setObjectName("relationDialog")
        self.setWindowTitle(window_title(self.tr("Tambah relasi")))
        fit_window(self, "relation", (560, 440))
        self.kind = QComboBox()
        self.kind.setObjectName("relationKind")
        self.kind.setAccessibleName(self.tr("Jenis relasi"))
        for key in RELATION_LABELS:
            self.kind.addItem(self.tr("%1 %2 …").replace("%1", citation)
                              .replace("%2", KIND_TEXT[key]), key)
        self.search = QLineEdit()
        self.search.setObjectName("relationSearch")
        self.search.setAccessibleName(self.tr("Cari dokumen terkait"))
        self.search.setPlaceholderText(self.tr("Cari dokumen terkait, mis. PKPU 8/2019"))
        self.results = QListWidget()
        self.results.setObjectName("relationResults")
        self.results.setAccessibleName(self.tr("Dokumen ditemukan"))
        self.note = QLineEdit()
        self.note.setObjectName("relationNote")
        self.note.setAccessibleName(self.tr("Catatan relasi"))
        self.note.setPlaceholderText(self.tr("Catatan (boleh kosong), mis. Pasal 5 saja"))
        self.message = QLabel()
        self.message.setObjectName("relationMessage")
        self.message.setStyleSheet(ERROR_TEXT)
        self.buttons = QDialogButtonBox()
        ok = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("relationSave")
        ok.setAccessibleName(self.tr("Simpan relasi"))
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("relationCancel")
        cancel.setAccessibleName(self.tr("Batal"))
        ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Relasi"), self.kind)
        form.addRow(self.tr("Dokumen"), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)

    @Slot()
    def run_search(self) -> None:
        """Search as the person types (a short timer), on the database lane; the newest search
        wins, and a failure is a line, not a dialog."""
        self.results.clear()
        self.message.clear()
        text = self.search.text().strip()
        self._search_seq += 1
        if not text:
            return
        seq, catalogue = self._search_seq, self.catalogue
        from jdih_desktop.ui.operations import DbOp

        DbOp(self, lambda: catalogue.page(SearchFilters(text=text), 0, 30)) \
            .success(lambda rows: self._show_results(seq, rows)) \
            .failure(lambda failure: self._search_failed(seq, failure.error)).run()

    def _search_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._search_seq:
            self.message.setText(self.tr("Pencarian gagal: %1 Ubah kata kunci atau coba lagi.")
                                 .replace("%1", as_sentence(failure_message(exc))))

    def _show_results(self, seq: int, rows: list) -> None:
        if seq != self._search_seq:
            return
        for row in rows:
            if row.id == self.document_id:
                continue
            item = QListWidgetItem(f"{row.citation} — {short_title(row.judul, 80)}")
            item.setData(IdRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    @Slot()
    def save(self) -> None:
        """Record the relation (both sides) on the database lane; the dialog closes when it
        is stored (``saved``), else the sentence shows here."""
        item = self.results.currentItem()
        if item is None:
            self.message.setText(self.tr("Cari lalu pilih dokumen terkait dari daftar."))
            return
        from jdih_desktop.ui.operations import Change, DbOp

        catalogue, source, target = self.catalogue, self.document_id, item.data(IdRole)
        kind, note = self.kind.currentData(), self.note.text()
        DbOp(self, lambda: catalogue.set_relation(source, target, kind, note),
             changes=Change.CATALOGUE) \
            .success(lambda _r: (self.saved.emit(), self.accept())) \
            .failure(lambda failure: self.message.setText(failure.message)).run()
