"""The first start of a real data folder: create the administrator (no default password).

:class:`FirstAdminPage` is a ``QWizardPage`` so the first-run setup wizard can take it as its
first page; :class:`FirstAdminDialog` shows the same page alone when no wizard runs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.accounts import AccountService, check_password, check_pin
from jdih_desktop.ui.errors import error_sentence, field_sentences
from jdih_desktop.ui.widgets.naming import named as _named
from jdih_desktop.ui.widgets.status import StatusLabel


class FirstAdminPage(QWizardPage):
    """Name, user name, password twice and an optional PIN of the first administrator."""

    created = Signal(object)  # the signed-in Actor

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.setObjectName("firstAdminPage")
        self.setTitle(self.tr("Administrator pertama"))
        self.setSubTitle(self.tr("Folder data ini baru. Buat akun administrator: dia yang "
                                 "menambah petugas, melihat log audit dan melayani hak "
                                 "pengunjung atas data pribadinya. Tidak ada kata sandi bawaan."))
        form = QFormLayout(self)
        self.full_name = _named(QLineEdit(), "adminFullName", self.tr("Nama lengkap"))
        self.username = _named(QLineEdit(), "adminUsername", self.tr("Nama pengguna"))
        self.username.setPlaceholderText(self.tr("mis. admin.hukum"))
        self.password = _named(QLineEdit(), "adminPassword", self.tr("Kata sandi"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = _named(QLineEdit(), "adminPassword2", self.tr("Ulangi kata sandi"))
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = _named(QLineEdit(), "adminPin", self.tr("PIN buka kunci"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4–8 angka, boleh kosong"))
        form.addRow(self.tr("Nama lengkap:"), self.full_name)
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Kata sandi:"), self.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.password2)
        form.addRow(self.tr("PIN buka kunci:"), self.pin)
        self.error = StatusLabel("adminError", self.tr("Kesalahan"))
        form.addRow(self.error)
        self.actor = None

    def problem(self) -> str | None:
        """What is wrong with the form before it reaches the service (None: nothing)."""
        if self.password.text() != self.password2.text():
            return self.tr("Kedua kata sandi tidak sama.")
        p = check_password(self.password.text())
        if p:
            return translate_text(p)
        if self.pin.text() and (q := check_pin(self.pin.text())):
            return translate_text(q)
        return None

    def create(self) -> bool:
        """Create the administrator now; shows the precise problem and returns False."""
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return False
        try:
            self.actor = self.accounts.create_first_admin(
                self.full_name.text(), self.username.text(), self.password.text(),
                self.pin.text())
        except ValidationError as exc:
            self.error.show_error(" ".join(field_sentences(exc).values()))
            return False
        except JdihError as exc:
            self.error.show_error(error_sentence(exc))
            return False
        self.error.clear()
        self.created.emit(self.actor)
        return True

    def validatePage(self) -> bool:
        return self.actor is not None or self.create()


class FirstAdminDialog(QDialog):
    """The first-administrator page on its own (when the setup wizard does not run)."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("JDIH Desktop — administrator pertama"))
        lay = QVBoxLayout(self)
        self.page = FirstAdminPage(accounts)
        title = QLabel(f"<h3>{self.page.title()}</h3><p>{self.page.subTitle()}</p>")
        title.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat administrator"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("btnCreateAdmin")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 420)

    def _on_ok(self) -> None:
        if self.page.create():
            self.accept()
