"""The idle lock: after ``[security] idle_lock_minutes`` without keyboard or mouse input the
desk locks; the signed-in officer unlocks with their PIN or password, or another officer signs
in (shift change). While locked, the services refuse every call (``Session.locked``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.accounts import AccountService
from jdih_desktop.ui.errors import describe_error
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.status import StatusLabel

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockScreen(QDialog):
    """Modal over the officer's windows: PIN or password of the signed-in officer."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("JDIH Desktop — terkunci"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        actor = accounts.session.actor
        who = actor.full_name if actor else ""
        self.title = QLabel(f"<h2>{self.tr('Meja terkunci')}</h2><p>"
                            + self.tr("Masuk sebagai %1. Ketik PIN atau kata sandi untuk "
                                      "membuka.").replace("%1", who) + "</p>")
        self.title.setObjectName("lockTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.secret = QLineEdit()
        self.secret.setObjectName("lockSecret")
        self.secret.setAccessibleName(self.tr("PIN atau kata sandi"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self._on_unlock)
        lay.addWidget(self.secret)
        self.error = StatusLabel("lockError", self.tr("Pesan"))
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.switch = QPushButton(self.tr("Petugas lain masuk"))
        self.switch.setObjectName("lockSwitch")
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.switch_requested)
        self.ok = QPushButton(self.tr("Buka kunci"))
        self.ok.setObjectName("lockOk")
        self.ok.clicked.connect(self._on_unlock)
        row.addWidget(self.switch)
        row.addStretch(1)
        row.addWidget(self.ok)
        lay.addLayout(row)
        self.resize(440, 220)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # closing the lock screen does not unlock
        if self.accounts.session.locked:
            return
        super().reject()

    @Slot()
    def _on_unlock(self) -> None:
        secret = self.secret.text()
        self.secret.clear()
        self.ok.setEnabled(False)
        accounts = self.accounts  # the job holds the service, never this window
        start_task(lambda _p: accounts.unlock(secret), on_done=self._on_done,
                   on_error=self._on_error, owner=self, log_failure=False)

    def _on_done(self, _actor: object) -> None:
        self.ok.setEnabled(True)
        self.unlocked.emit()
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.show_error(describe_error(exc, log_it=False))


class IdleLock(QObject):
    """Watches the application's input; ``idle`` fires after ``minutes`` of none (0: never).

    The keyboard and the mouse reach a window before its widgets: the filter sits on each
    top-level window (``QWindow``), not on the application. An application-wide Python filter
    would be called for every event of every widget (tens of thousands while a window is being
    built), which doubled the time the desk's windows took to build. A window shown later gets
    the filter when it becomes the focus window (keys go there; a click makes it one).
    """

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            for window in app.topLevelWindows():
                self._watch(window)
            app.focusWindowChanged.connect(self._watch)

    @Slot(object)
    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # again for a window already watched: no double

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.minutes > 0:
            self.timer.start(int(self.minutes * 60_000))
        return False
