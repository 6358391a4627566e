"""The office's identity: one form used by the first-run setup and by Pengaturan → Kantor.

What it edits is ``[office]`` of config.ini: what every receipt, reminder and report prints
at the top (name, unit, address, phone, e-mail, logo) and under the signatures (the officer's
and the head's titles, names and NIPs).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.config import AppConfig, OfficeConfig
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_TEXT
from jdih_desktop.ui.widgets.titles import window_title

_NIP = re.compile(r"^\d{18}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIELDS = ("name", "unit", "address", "city", "phone", "email", "logo", "officer_title",
          "officer_name", "officer_nip", "head_title", "head_name", "head_nip")


def office_problems(office: OfficeConfig) -> dict[str, str]:
    """Field -> Indonesian sentence; empty when the identity can be printed."""
    errors: dict[str, str] = {}
    if not office.name.strip():
        errors["name"] = "Nama kantor wajib diisi: dicetak di atas setiap struk dan laporan."
    if not office.address.strip():
        errors["address"] = "Alamat kantor wajib diisi."
    if office.email.strip() and not _EMAIL.match(office.email.strip()):
        errors["email"] = f"Alamat e-mail {office.email.strip()!r} tidak valid."
    for key, label in (("officer_nip", "NIP petugas"), ("head_nip", "NIP kepala")):
        value = getattr(office, key).replace(" ", "")
        if value and not _NIP.match(value):
            errors[key] = f"{label} harus 18 angka (tanpa spasi), bukan {value!r}."
    if office.logo.strip() and not Path(office.logo.strip()).is_file():
        errors["logo"] = f"Berkas logo tidak ditemukan: {office.logo.strip()}"
    return errors


class OfficeForm(QWidget):
    """Line edits for every field of OfficeConfig, with a logo preview and inline errors."""

    changed = Signal()

    def __init__(self, office: OfficeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeForm")
        form = QFormLayout(self)
        labels = {
            "name": self.tr("Nama &kantor"), "unit": self.tr("&Unit"),
            "address": self.tr("&Alamat"), "city": self.tr("Kota (tempat tan&da tangan)"),
            "phone": self.tr("&Telepon"), "email": self.tr("&E-mail"),
            "officer_title": self.tr("&Jabatan petugas"),
            "officer_name": self.tr("Nama &petugas"), "officer_nip": self.tr("NIP petu&gas"),
            "head_title": self.tr("Jabata&n kepala"), "head_name": self.tr("Nama kepa&la"),
            "head_nip": self.tr("N&IP kepala"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in FIELDS:
            if key == "logo":
                form.addRow(self.tr("L&ogo"), self._logo_row())
                continue
            edit = QLineEdit(getattr(office, key))
            edit.setObjectName(f"office_{key}")
            edit.setAccessibleName(labels[key].replace("&", ""))
            edit.textChanged.connect(self.changed)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
            err = QLabel()
            err.setObjectName(f"office_{key}_error")
            err.setStyleSheet(ERROR_TEXT)
            err.setWordWrap(True)
            err.hide()
            self.errors[key] = err
            form.addRow("", err)
        self.edits["officer_nip"].setPlaceholderText(self.tr("18 angka"))
        self.edits["head_nip"].setPlaceholderText(self.tr("18 angka"))
        self.set_logo(office.logo)

    def _logo_row(self) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("officeLogoPreview")
        self.logo_preview.setFixedSize(56, 56)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_path = QLabel()
        self.logo_path.setObjectName("officeLogoPath")
        self.logo_path.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih gambar…"))
        choose.setObjectName("btnChooseLogo")
        choose.setAccessibleName(self.tr("Pilih gambar logo"))
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("Logo bawaan"))
        clear.setObjectName("btnDefaultLogo")
        clear.clicked.connect(lambda: self.set_logo(""))
        lay.addWidget(self.logo_preview)
        lay.addWidget(self.logo_path, 1)
        lay.addWidget(choose)
        lay.addWidget(clear)
        err = QLabel()
        err.setObjectName("office_logo_error")
        err.setStyleSheet(ERROR_TEXT)
        err.hide()
        self.errors["logo"] = err
        wrap = QWidget()
        v = QVBoxLayout(wrap)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(row)
        v.addWidget(err)
        return wrap

    @Slot()
    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo kantor"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        """Show ``path`` (empty: the bundled logo) as the logo that will be printed."""
        self._logo = path.strip()
        from jdih_desktop.ui.setup import default_logo_path

        shown = QPixmap(self._logo or str(default_logo_path()))
        if shown.isNull() and self._logo:
            self.logo_preview.setText("?")
        else:
            self.logo_preview.setPixmap(shown.scaled(
                52, 52, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.logo_path.setText(self._logo or self.tr("(logo bawaan)"))
        self.changed.emit()

    def office(self) -> OfficeConfig:
        values = {k: e.text().strip() for k, e in self.edits.items()}
        values["logo"] = self._logo
        for key in ("officer_nip", "head_nip"):
            values[key] = values[key].replace(" ", "")
        return OfficeConfig(**values)

    def validate(self) -> bool:
        """Show every problem under its field; True when there is none."""
        problems = office_problems(self.office())
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            first = next(k for k in FIELDS if k in problems)
            if first in self.edits:
                self.edits[first].setFocus()
        return not problems


class OfficeDialog(QDialog):
    """Pengaturan → Kantor: edit the identity later; saved to config.ini off the GUI thread."""

    saved = Signal(object)  # OfficeConfig

    def __init__(self, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.setObjectName("officeDialog")
        self.setWindowTitle(window_title(self.tr("Pengaturan Kantor")))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Identitas ini dicetak di setiap struk, surat pengingat dan "
                               "laporan."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.form = OfficeForm(config.office)
        lay.addWidget(self.form)
        self.status = QLabel()
        self.status.setObjectName("officeDialogStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("btnSaveOffice")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        fit_window(self, "officeSettings", (640, self.sizeHint().height()))
        self.task = None

    @Slot()
    def save(self) -> None:
        if not self.form.validate():
            return
        office = self.form.office()
        previous = self.config.office
        self.config.office = office
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Menyimpan…"))

        def failed(exc: BaseException) -> None:
            self.config.office = previous
            self.buttons.setEnabled(True)
            self.status.setText(self.tr("Pengaturan tidak dapat disimpan ke %1 — periksa izin "
                                        "folder data, lalu Coba lagi.").replace(
                "%1", str(self.config.path)))

        def done(_result: object) -> None:
            self.saved.emit(dataclasses.replace(office))
            self.accept()

        config = self.config  # the job holds the configuration, never this dialog
        self.task = start_task(lambda _p: config.save(), on_done=done, on_error=failed,
                               owner=self)
