"""Create/edit a catalogue document: one form per document type with its own JDIHN fields.

Required fields carry " *" in their label. Saving asks the catalogue service to check the
document (validation and duplicates) and shows each message in red right under its field, so
the officer sees what to correct where it is typed. Dates are typed as DD-MM-YYYY (the way they
appear on the documents) and may stay empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import ValidationError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.catalogue import (
    REQUIRED_FIELDS,
    TYPE_FIELDS,
    CatalogueService,
    DocumentData,
    field_label,
)
from jdih_desktop.store.enums import DOC_STATUS, DOC_TYPES
from jdih_desktop.ui.errors import field_sentences
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_TEXT
from jdih_desktop.ui.widgets.suggest import SuggestionCompleter
from jdih_desktop.ui.widgets.titles import window_title

TEXTAREA_FIELDS = ("judul", "abstrak", "catatan")
DATE_FIELDS = ("tanggal_penetapan", "tanggal_pengundangan")
# A new monograph or article starts with the usual JDIHN form name already typed.
DEFAULT_JENIS = {"monografi": "Buku", "artikel": "Artikel Jurnal"}


def parse_date(text: str) -> dt.date | None:
    """DD-MM-YYYY (also with / or .) -> date; '' -> None; ValueError when unreadable."""
    t = text.strip().replace("/", "-").replace(".", "-")
    if not t:
        return None
    day, month, year = (int(p) for p in t.split("-"))
    return dt.date(year, month, day)


class DocumentForm(QWidget):
    """The fields of one document type, with an error label under each."""

    def __init__(self, doc_type: str, subject_source: Callable[[str], list[str]] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_type = doc_type
        self.setObjectName(f"documentForm_{doc_type}")
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        required = set(REQUIRED_FIELDS[doc_type])
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in TYPE_FIELDS[doc_type]:
            text = translate_text(field_label(name, doc_type)) + (" *" if name in required else "")
            label = QLabel(text)
            label.setObjectName(f"label_{name}")
            widget = self._make_input(name, subject_source)
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(translate_text(field_label(name, doc_type)))
            label.setBuddy(widget)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_TEXT)
            error.setWordWrap(True)
            error.hide()
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(widget)
            v.addWidget(error)
            layout.addRow(label, box)
            self.inputs[name] = widget
            self.errors[name] = error
            self.labels[name] = label

    def _make_input(self, name: str, subject_source: Callable[[str], list[str]] | None
                    ) -> QWidget:
        if name in TEXTAREA_FIELDS:
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(54 if name == "judul" else 80)
            return w
        if name == "status":
            c = QComboBox()
            for key, label in DOC_STATUS.items():
                c.addItem(translate_text(label), key)
            return c
        e = QLineEdit()
        if name in DATE_FIELDS:
            e.setPlaceholderText(self.tr("HH-BB-TTTT, mis. 01-02-2021"))
        elif name == "tahun":
            e.setPlaceholderText(self.tr("mis. 2021"))
            e.setMaxLength(4)
        elif name == "subjek":
            e.setPlaceholderText(self.tr("mis. PEMILU - KAMPANYE"))
            if subject_source is not None:
                SuggestionCompleter(e, subject_source)
        return e

    # ------------------------------------------------------------------ values
    def load(self, data: DocumentData) -> None:
        for name, w in self.inputs.items():
            value = getattr(data, name)
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(value, dt.date):
                w.setText(value.strftime("%d-%m-%Y"))
            else:
                w.setText("" if value is None else str(value))

    def collect(self, base: DocumentData) -> tuple[DocumentData, dict[str, str]]:
        """The typed values over ``base``, plus errors of values that cannot be read."""
        data = DocumentData(**base.__dict__)
        data.doc_type = self.doc_type
        errors: dict[str, str] = {}
        for name, w in self.inputs.items():
            if isinstance(w, QPlainTextEdit):
                value: object = w.toPlainText()
            elif isinstance(w, QComboBox):
                value = w.currentData()
            else:
                value = w.text()
            if name == "tahun":
                text = str(value).strip()
                if not text:
                    value = None
                elif text.isdigit():
                    value = int(text)
                else:
                    errors[name] = self.tr("Tahun harus angka empat digit, mis. 2021.")
                    value = None
            elif name in DATE_FIELDS:
                try:
                    value = parse_date(str(value))
                except ValueError:
                    errors[name] = self.tr("Tanggal tidak terbaca. Tulis HH-BB-TTTT, mis. "
                                           "01-02-2021.")
                    value = None
            setattr(data, name, value)
        return data, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setText(message or "")
            label.setVisible(bool(message))


class DocumentFormDialog(QDialog):
    """Add or edit one document. ``saved(int)`` carries the document id."""

    saved = Signal(int)
    failed = Signal()  # the save was refused; the messages are next to their fields

    def __init__(self, catalogue: CatalogueService, data: DocumentData | None = None,
                 doc_type: str = "peraturan", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.base = data or DocumentData(doc_type=doc_type, jenis=DEFAULT_JENIS.get(doc_type, ""))
        self.document_id: int | None = self.base.id
        self.saving = False
        self.setObjectName("documentFormDialog")
        self.setWindowTitle(window_title(self.tr("Ubah dokumen") if self.base.id else
                                         self.tr("Tambah dokumen")))
        fit_window(self, "documentForm", (640, 720))

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("formDocType")
        self.type_combo.setAccessibleName(self.tr("Tipe dokumen"))
        for key, label in DOC_TYPES.items():
            self.type_combo.addItem(translate_text(label), key)
        self.type_combo.setCurrentIndex(self.type_combo.findData(self.base.doc_type))
        self.type_combo.setEnabled(self.base.id is None)

        self.summary = QLabel()
        self.summary.setObjectName("formSummary")
        self.summary.setStyleSheet(ERROR_TEXT)
        self.summary.setWordWrap(True)
        self.summary.hide()
        note = QLabel(self.tr("Kolom bertanda * wajib diisi."))
        note.setObjectName("formRequiredNote")

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.form: DocumentForm | None = None
        self._build_form(self.base.doc_type)
        self.form.load(self.base)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Simpan"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("formSave")
        self.save_button.setAccessibleName(self.tr("Simpan dokumen"))
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.setAccessibleName(self.tr("Batal"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.type_combo)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)

    def _build_form(self, doc_type: str) -> None:
        self.form = DocumentForm(doc_type, self.catalogue.subject_suggestions)
        self.scroll.setWidget(self.form)

    @Slot(int)
    def _on_type_changed(self, _index: int) -> None:
        # Keep what was typed in fields both types share.
        current, _ = self.form.collect(self.base)
        new_type = self.type_combo.currentData()
        if current.jenis in DEFAULT_JENIS.values() or not current.jenis:
            current.jenis = DEFAULT_JENIS.get(new_type, "")
        self._build_form(new_type)
        current.doc_type = new_type
        self.form.load(current)

    def field(self, name: str) -> QWidget:
        return self.form.inputs[name]

    def error_text(self, name: str) -> str:
        label = self.form.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    @Slot()
    def save(self) -> bool:
        """Check what the form itself can; then check and save on the database lane
        (``operations.catalogue.save_document``). False when the form's own checks failed;
        True when the save was started: ``saved(id)`` follows and the dialog closes, or the
        service's messages appear next to their fields (``saving`` is True meanwhile)."""
        if self.saving:
            return False
        data, errors = self.form.collect(self.base)
        if errors:
            # Shown at once; the service's own checks (a duplicate, say) join them when its
            # answer comes back from the database lane, so every message shows in one go.
            self._show_errors(errors)
            from jdih_desktop.ui.operations import DbOp

            catalogue = self.catalogue

            def merged(checked: dict[str, str]) -> None:
                if checked:
                    self._show_errors({**checked, **errors})
                self.failed.emit()

            DbOp(self, lambda: catalogue.check(data)).success(merged) \
                .failure(lambda _f: self.failed.emit()).run()
            return False
        from jdih_desktop.ui.operations.catalogue import save_document

        self.saving = True
        self.save_button.setEnabled(False)
        self.summary.hide()
        save_document(self, self.catalogue, data).success(self._on_saved) \
            .failure(self._on_save_failed).run()
        return True

    def _on_saved(self, document_id: int) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.document_id = document_id
        self.saved.emit(document_id)
        self.accept()

    def _on_save_failed(self, failure: TaskFailure) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        exc = failure.error
        errors = (field_sentences(exc) if isinstance(exc, ValidationError)
                  else {"_": failure.message})
        self._show_errors(errors)
        self.failed.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        errors = {k: translate_text(v) for k, v in errors.items()}  # the service's, translated
        self.form.show_errors(errors)
        hidden = [f"{translate_text(field_label(k, self.form.doc_type))}: {v}"
                  for k, v in errors.items()
                  if k not in self.form.errors]
        count = len(errors)
        text = self.tr("Ada %n isian yang perlu diperbaiki (tanda merah).", "", count)
        if hidden:
            text += "\n" + "\n".join(hidden)
        self.summary.setText(text.replace("%n", str(count)))
        self.summary.show()
        first = next((k for k in self.form.inputs if k in errors), None)
        if first:
            self.form.inputs[first].setFocus()
            self.scroll.ensureWidgetVisible(self.form.inputs[first])
