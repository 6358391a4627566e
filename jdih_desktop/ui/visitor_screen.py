"""The window facing the visitor: a second monitor or a tablet beside the desk.

It shows only the visitor's own part of the current page (the visit book with the privacy notice,
consent and signature; the handover acknowledgement; the satisfaction rating) and one button,
"Selesai". There is no menu, no wizard navigation and no officer function: the officer keeps
every decision in the main window. With one screen it opens as an ordinary window.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.ui.formats import LANGUAGE_PROPERTY
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_STYLE, HEADING_STYLE, HINT_STYLE, logo
from jdih_desktop.ui.widgets.titles import window_title
from jdih_desktop.ui.widgets.touch import TOUCH_POINT_SIZE, TouchMode, target_px
from jdih_desktop.ui.widgets.visitor_language import LANGUAGES, convert, relabel


def _app_language() -> str:
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else "id"


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
        library = self.tr("Perpustakaan JDIH")  # outside the f-string, so lupdate finds it
        self.header = QLabel(f"<b style='font-size:18pt'>{library}</b><br>{office_name}")
        self.header.setObjectName("visitorHeader")
        top = QHBoxLayout()  # the office logo, its name, and the visitor's own language
        self.logo = QLabel()
        self.logo.setObjectName("visitorLogo")
        self.logo.setPixmap(logo(64))
        self.logo.setAccessibleName(self.tr("Logo JDIH"))
        top.addWidget(self.logo)
        top.addWidget(self.header, 1)
        self.language_row = QHBoxLayout()
        top.addLayout(self.language_row)
        lay.addLayout(top)
        self._touch: TouchMode | None = None
        self._officer_language = _app_language()
        self.language = self._officer_language
        self.language_buttons: dict[str, QPushButton] = {}
        for code, text in LANGUAGES.items():  # each language named in itself, never translated
            b = QPushButton(text)
            b.setObjectName(f"visitorLanguage_{code}")
            b.setAccessibleName(text)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setMinimumHeight(target_px(self.screen()))
            b.clicked.connect(lambda _c=False, c=code: self.choose_language(c))
            self.language_row.addWidget(b)
            self.language_buttons[code] = b
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
        self.done.setMinimumHeight(max(56, target_px(self.screen())))
        self.done.setStyleSheet("font-size:16pt; font-weight:bold;")
        self.done.clicked.connect(lambda: self.done_clicked.emit(self._owner))
        lay.addWidget(self.done)
        self._mark_language()
        self.show_idle(None)
        indicator = target_px(self.screen()) * 3 // 4
        # Large type for everything lent to this screen (a widget's own size still wins), and
        # check boxes a finger can hit.
        self.setStyleSheet(f"#visitorScreen QWidget {{ font-size: {TOUCH_POINT_SIZE:g}pt; }}"
                           f"#visitorScreen QCheckBox::indicator {{ width: {indicator}px; "
                           f"height: {indicator}px; }}")

    # -- the visitor's language
    def choose_language(self, code: str) -> None:
        """The visitor's choice: this screen and the part lent to it speak ``code``."""
        self.language = code if code in LANGUAGES else "id"
        self._mark_language()
        relabel(self, self.language)

    def _mark_language(self) -> None:
        for code, b in self.language_buttons.items():
            b.setChecked(code == self.language)

    def _relabel_part(self) -> None:
        if self._part is not None and self.language != self._officer_language:
            relabel(self._part, self.language)

    def _give_back(self, part: QWidget) -> None:
        """The part returns to the officer: in the officer's language, at desk size."""
        self._touch_off()
        if self.language != self._officer_language:
            relabel(part, self._officer_language)
        changed = getattr(part, "changed", None)
        if changed is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                changed.disconnect(self._relabel_soon)

    def _relabel_soon(self) -> None:
        QTimer.singleShot(0, self, self._relabel_part)

    def _touch_on(self, part: QWidget) -> None:
        """Large type, ~9 mm targets and a tall signature pad while the part is here."""
        self._touch_off()
        screen = self.screen() or QGuiApplication.primaryScreen()
        pad = max(200, screen.availableGeometry().height() // 3) if screen else 200
        self._touch = TouchMode(part, target_px(screen), pad)

    def _touch_off(self) -> None:
        if self._touch is not None:
            self._touch.restore()
            self._touch = None

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
        self._touch_on(part)
        changed = getattr(part, "changed", None)
        if changed is not None:  # texts the part rewrites as the visitor types
            changed.connect(self._relabel_soon)
        part.show()
        self.stack.setCurrentWidget(part)
        self.title.setText(convert(title, self.language))
        self._relabel_part()
        self.message.clear()
        self.done.setVisible(True)
        if not self.isVisible():
            self.open_on_best_screen()

    def take_back(self, owner: object, part: QWidget) -> None:
        """The wizard reclaims its widget (page change or option switched off)."""
        if self._part is part:
            self._give_back(part)
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
                self._give_back(self._part)
                self.stack.removeWidget(self._part)
                self._part = None
            self._owner = None
            self.choose_language(self._officer_language)  # the next visitor chooses afresh
            self.show_idle(None)

    def say(self, text: str) -> None:
        self.message.setText(convert(text, self.language))

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
