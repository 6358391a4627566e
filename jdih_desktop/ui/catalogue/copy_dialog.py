"""Edit one copy (eksemplar): shelf, condition, read-on-site, withdrawn, notes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import ValidationError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.catalogue import CatalogueService, CopyView
from jdih_desktop.store.enums import COPY_CONDITIONS
from jdih_desktop.ui.widgets.style import ERROR_TEXT
from jdih_desktop.ui.widgets.titles import window_title


class CopyDialog(QDialog):
    """The barcode itself never changes: it is printed on the label stuck on the copy."""

    def __init__(self, catalogue: CatalogueService, copy: CopyView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.copy = copy
        self.setObjectName("copyDialog")
        self.setWindowTitle(window_title(self.tr("Ubah eksemplar %1").replace("%1", copy.barcode)))
        self.shelf = QLineEdit(copy.shelf or "")
        self.shelf.setObjectName("copyEditShelf")
        self.shelf.setAccessibleName(self.tr("Lokasi rak"))
        self.condition = QComboBox()
        self.condition.setObjectName("copyEditCondition")
        self.condition.setAccessibleName(self.tr("Kondisi"))
        for key, label in COPY_CONDITIONS.items():
            self.condition.addItem(translate_text(label), key)
        self.condition.setCurrentIndex(self.condition.findData(copy.condition))
        self.read_on_site = QCheckBox(self.tr("Hanya baca di tempat"))
        self.read_on_site.setObjectName("copyEditReadOnSite")
        self.read_on_site.setAccessibleName(self.tr("Hanya baca di tempat"))
        self.read_on_site.setChecked(copy.read_on_site)
        self.withdrawn = QCheckBox(self.tr("Ditarik dari layanan"))
        self.withdrawn.setObjectName("copyEditWithdrawn")
        self.withdrawn.setAccessibleName(self.tr("Ditarik dari layanan"))
        self.withdrawn.setChecked(copy.withdrawn)
        self.notes = QPlainTextEdit(copy.notes or "")
        self.notes.setObjectName("copyEditNotes")
        self.notes.setAccessibleName(self.tr("Catatan eksemplar"))
        self.notes.setFixedHeight(60)
        self.message = QLabel()
        self.message.setObjectName("copyEditMessage")
        self.message.setStyleSheet(ERROR_TEXT)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("copyEditSave")
        self.save_button.setAccessibleName(self.tr("Simpan eksemplar"))
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("copyEditCancel")
        cancel.setAccessibleName(self.tr("Batal"))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Barcode"), QLabel(f"<b>{copy.barcode}</b>"))
        form.addRow(self.tr("Rak"), self.shelf)
        form.addRow(self.tr("Kondisi"), self.condition)
        form.addRow("", self.read_on_site)
        form.addRow("", self.withdrawn)
        form.addRow(self.tr("Catatan"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def save(self) -> bool:
        """Save on the database lane (an operation announcing the catalogue change); the
        dialog closes when it succeeded, else the sentence shows here. True: started."""
        if not self.save_button.isEnabled():
            return False
        from jdih_desktop.ui.operations import Change, DbOp

        catalogue, copy_id = self.catalogue, self.copy.id
        args = (self.shelf.text(), self.condition.currentData(), self.read_on_site.isChecked(),
                self.notes.toPlainText())
        withdrawn = self.withdrawn.isChecked()
        self.save_button.setEnabled(False)
        DbOp(self, lambda: catalogue.update_copy(copy_id, *args, withdrawn=withdrawn),
             changes=Change.CATALOGUE).success(self._saved).failure(self._failed).run()
        return True

    def _saved(self, copy: CopyView) -> None:
        self.copy = copy
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, failure) -> None:
        self.save_button.setEnabled(True)
        exc = failure.error
        self.message.setText(" ".join(exc.errors.values()) if isinstance(exc, ValidationError)
                             else failure.message)
