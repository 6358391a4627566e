"""The window facing the visitor: a second monitor or a tablet beside the desk.

It shows only the visitor's own part of the current page (the visit book with the privacy notice,
consent and signature; the handover acknowledgement; the satisfaction rating) and one button,
"Selesai". There is no menu, no wizard navigation and no officer function: the officer keeps
every decision in the main window. With one screen it opens as an ordinary window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_STYLE, HEADING_STYLE, HINT_STYLE
from jdih_desktop.ui.widgets.titles import window_title


class VisitorScreen(QWidget):
    """Hosts one visitor-facing widget at a time, lent by a wizard (the ``owner``)."""

    done_clicked = Signal(object)  # the owner wizard whose part is shown

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("visitorScreen")
        self.setAccessibleName(self.tr("Layar pengunjung"))
        self.setWindowTitle(window_title(self.tr("Layar pengunjung")))
        self._owner: object | None = None
        self._part: QWidget | None = None
        self._allow_close = False
        # The officer's main window decides when the app ends, not this window.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 20, 32, 20)
        self.header = QLabel(f"<b style='font-size:18pt'>{self.tr('Perpustakaan JDIH')}</b><br>"
                             f"{office_name}")
        self.header.setObjectName("visitorHeader")
        lay.addWidget(self.header)
        self.title = QLabel()
        self.title.setObjectName("visitorTitle")
        self.title.setStyleSheet("font-size:16pt;" + HEADING_STYLE)
        lay.addWidget(self.title)
        self.stack = QStackedWidget()
        self.idle = QLabel(self.tr("Selamat datang di Perpustakaan JDIH.\nSilakan menunggu "
                                   "arahan petugas."))
        self.idle.setObjectName("visitorIdle")
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setStyleSheet("font-size:20pt;" + HINT_STYLE)
        self.stack.addWidget(self.idle)
        lay.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("visitorMessage")
        self.message.setStyleSheet("font-size:13pt;" + ERROR_STYLE)
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.done = QPushButton(self.tr("Selesai"))
        self.done.setObjectName("visitorDone")
        self.done.setAccessibleName(self.tr("Selesai"))
        self.done.setAutoDefault(False)
        self.done.setMinimumHeight(56)
        self.done.setStyleSheet("font-size:16pt; font-weight:bold;")
        self.done.clicked.connect(lambda: self.done_clicked.emit(self._owner))
        lay.addWidget(self.done)
        self.show_idle(None)

    # -- placement
    def open_on_best_screen(self) -> None:
        """Full screen on the second screen when there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = screens[1]
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            fit_window(self, "visitorScreen", (1024, 720))
            self.show()

    # -- API for the wizard
    def show_part(self, owner: object, part: QWidget, title: str) -> None:
        if self._part is not None and self._part is not part:
            self.stack.removeWidget(self._part)
        self._owner = owner
        self._part = part
        self.stack.addWidget(part)
        part.show()
        self.stack.setCurrentWidget(part)
        self.title.setText(title)
        self.message.clear()
        self.done.setVisible(True)
        if not self.isVisible():
            self.open_on_best_screen()

    def take_back(self, owner: object, part: QWidget) -> None:
        """The wizard reclaims its widget (page change or option switched off)."""
        if self._part is part:
            self.stack.removeWidget(part)
            self._part = None
            self.show_idle(owner)

    def show_idle(self, owner: object | None) -> None:
        if owner is not None:
            self._owner = owner
        self.stack.setCurrentWidget(self.idle)
        self.title.clear()
        self.message.clear()
        self.done.setVisible(False)

    def release(self, owner: object) -> None:
        if self._owner is owner:
            if self._part is not None:
                self.stack.removeWidget(self._part)
                self._part = None
            self._owner = None
            self.show_idle(None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    @property
    def current_part(self) -> QWidget | None:
        return self._part

    def shutdown(self) -> None:
        self._allow_close = True
        self.close()

    # -- nothing here reaches officer functions
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc must not close the visitor's window or a visit
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()  # only the officer closes it (option in the wizard / app exit)
