"""The sign-in window (before the main window, and at shift change) and the status-bar badge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.ui.widgets.status import StatusLabel

if TYPE_CHECKING:  # the sign-in window is the first screen: it paints before the store loads
    from jdih_desktop.services.accounts import AccountService
    from jdih_desktop.services.session import Actor


class SignInDialog(QDialog):
    """User name + password; Enter signs in. ``switch=True`` is the shift change."""

    signed_in = Signal(object)  # Actor

    def __init__(self, accounts: AccountService | None, office: str, *, switch: bool = False,
                 demo: bool = False, parent: QWidget | None = None) -> None:
        """``accounts`` None: the window shows before the database is open; ``set_accounts``
        hands them over, and a "Masuk" pressed before that waits for them."""
        super().__init__(parent)
        self.accounts = accounts
        self._waiting = False
        self.switch = switch
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        title = self.tr("Ganti petugas") if switch else self.tr("Masuk")
        self.setWindowTitle(f"JDIH Desktop — {title}" + (" — DEMO" if demo else ""))
        lay = QVBoxLayout(self)
        head = QLabel(f"<h2>{self.tr('Perpustakaan JDIH')}</h2><p>{office}</p>")
        head.setObjectName("signInHeader")
        lay.addWidget(head)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("signInUsername")
        self.username.setAccessibleName(self.tr("Nama pengguna"))
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setAccessibleName(self.tr("Kata sandi"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Kata sandi:"), self.password)
        lay.addLayout(form)
        self.error = StatusLabel("signInError", self.tr("Pesan"))
        lay.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = QPushButton(self.tr("Batal") if switch else self.tr("Keluar"))
        self.cancel.setObjectName("signInCancel")
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        self.ok = QPushButton(self.tr("Masuk"))
        self.ok.setObjectName("signInOk")
        # Enter in the user-name field moves to the password; Enter there signs in. No
        # default button, or Enter after the user name would sign in with an empty password.
        self.ok.setAutoDefault(False)
        self.ok.clicked.connect(self._on_ok)
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        lay.addLayout(row)
        self.password.returnPressed.connect(self._on_ok)
        self.username.returnPressed.connect(self.password.setFocus)
        self.resize(420, 260)

    def set_accounts(self, accounts: AccountService) -> None:
        """The database is open: a sign-in asked for meanwhile goes ahead now."""
        self.accounts = accounts
        if self._waiting:
            self._waiting = False
            self.ok.setEnabled(True)
            self._on_ok()

    @Slot()
    def _on_ok(self) -> None:
        if not self.ok.isEnabled():
            return
        self.ok.setEnabled(False)
        if self.accounts is None:
            self._waiting = True
            self.error.show_note(self.tr("Membuka basis data…"))
            return
        from jdih_desktop.ui.tasks import start_task

        user, password = self.username.text(), self.password.text()
        self.error.show_note(self.tr("Memeriksa…"))
        fn = self.accounts.switch if self.switch else self.accounts.sign_in
        start_task(lambda _p: fn(user, password), on_done=self._on_done,
                   on_error=self._on_error, owner=self, log_failure=False)

    def _on_done(self, actor: Actor) -> None:
        self.actor = actor
        self.error.clear()
        self.ok.setEnabled(True)
        self.signed_in.emit(actor)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        from jdih_desktop.ui.errors import describe_error

        self.error.show_error(describe_error(exc, log_it=False))


class SignedInWidget(QWidget):
    """Status bar: "Masuk: Nama (peran)" and the shift-change and lock buttons."""

    switch_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedInWidget")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("signedInLabel")
        from PySide6.QtCore import Qt  # not at import: the sign-in window paints first

        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.switch = QPushButton(self.tr("Ganti petugas"))
        self.switch.setObjectName("btnSwitchOfficer")
        self.switch.setToolTip(self.tr("Pergantian giliran: petugas berikutnya masuk "
                                       "(Ctrl+Shift+G)"))
        self.switch.clicked.connect(self.switch_requested)
        self.lock = QPushButton(self.tr("Kunci"))
        self.lock.setObjectName("btnLockDesk")
        self.lock.setToolTip(self.tr("Kunci meja; buka dengan PIN atau kata sandi"))
        self.lock.clicked.connect(self.lock_requested)
        lay.addWidget(self.label)
        lay.addWidget(self.switch)
        lay.addWidget(self.lock)

    def show_actor(self, actor: Actor | None) -> None:
        roles = {"admin": self.tr("administrator"), "officer": self.tr("petugas"),
                 "head": self.tr("kepala")}
        if actor is None:
            self.label.setText(self.tr("Belum masuk"))
        else:
            self.label.setText(self.tr("Masuk: %1 (%2)").replace("%1", actor.full_name)
                               .replace("%2", roles.get(actor.role, actor.role)))
