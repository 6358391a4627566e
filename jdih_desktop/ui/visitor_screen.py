"""The window facing the visitor: a second monitor or a tablet beside the desk.

It shows only the visitor's own part of the current page (the visit book with the privacy notice,
consent and signature; the handover acknowledgement; the satisfaction rating) and one button,
"Selesai". There is no menu, no wizard navigation and no officer function: the officer keeps
every decision in the main window. With one screen it opens as an ordinary window; in visitor
mode (F11 on the main window) it fills the officer's screen.

It is a kiosk: while it is shown, an application event filter swallows, for every widget in
this window, the context menu (right-click, Shift+F10, the Menu key), every shortcut (the
officer's shortcuts are window-scoped in the main window anyway; this also stops a dialog's or
a lent widget's), Esc, Ctrl+Q/Ctrl+W and F10. It cannot be closed (Alt+F4, the window manager's
close button) and visitor mode cannot be left without the signed-in officer's PIN or password,
checked by ``AccountService.verify_officer_pin`` on the task manager's database lane (the
record read and the argon2 check); the visitor's catalogue search runs there too. While either
is on its way its button says so, and a second Enter does nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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

# Keys that never reach a widget of the visitor screen (with any modifier for the letters).
_BLOCKED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Menu, Qt.Key.Key_F10, Qt.Key.Key_F4}
_BLOCKED_CTRL = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_N, Qt.Key.Key_K, Qt.Key.Key_L}


class _KioskFilter(QObject):
    """Application-wide filter that acts only on events for the visitor screen's widgets."""

    def __init__(self, screen: VisitorScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    def _ours(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget):
            return False
        try:
            return obj.window() is self.screen
        except RuntimeError:  # a widget being deleted
            return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ContextMenu, QEvent.Type.KeyPress,
                        QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut):
            return False
        if not self._ours(obj):
            return False
        if kind == QEvent.Type.ContextMenu:
            return True  # no menu at all: right-click, Shift+F10 and the Menu key open nothing
        if kind == QEvent.Type.Shortcut:
            return True
        key = event.key()  # type: ignore[attr-defined]
        mods = event.modifiers()  # type: ignore[attr-defined]
        blocked = key in _BLOCKED_KEYS or (
            bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                         | Qt.KeyboardModifier.MetaModifier))
            and key not in (Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift,
                            Qt.Key.Key_Meta)
            and not (mods == Qt.KeyboardModifier.ControlModifier
                     and key in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X,
                                 Qt.Key.Key_Z, Qt.Key.Key_Backspace, Qt.Key.Key_Left,
                                 Qt.Key.Key_Right)))
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting it turns a would-be shortcut into a plain key press for the widget,
            # which the KeyPress branch then drops: no shortcut of any window fires.
            event.accept()
            return blocked
        return blocked


class VisitorScreen(QWidget):
    """Hosts one visitor-facing widget at a time, lent by a wizard (the ``owner``)."""

    done_clicked = Signal(object)  # the owner wizard whose part is shown
    left = Signal()  # visitor mode ended with the officer's PIN
    document_picked = Signal(object, object)  # (owner wizard or None, PublicDocument)

    def __init__(self, office_name: str, parent: QWidget | None = None,
                 office_logo: str = "",
                 verify_pin: Callable[[str], bool] | None = None,
                 search: Callable[[str], tuple[list, int]] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.verify_pin = verify_pin
        self.search_fn = search
        self._results: list = []
        self._searching = False
        self._checking_pin = False
        self.visitor_mode = False
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
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
        self.logo.setPixmap(logo(64, office_logo))
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
        self.home = QWidget()
        self.home.setObjectName("visitorHome")
        home = QVBoxLayout(self.home)
        home.addWidget(self.idle)
        self.search_box = QWidget()
        sb = QVBoxLayout(self.search_box)
        sb.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Cari dokumen hukum di katalog:"))
        caption.setStyleSheet("font-size:14pt;")
        sb.addWidget(caption)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("visitorSearch")
        self.search.setAccessibleName(self.tr("Cari dokumen"))
        self.search.setPlaceholderText(self.tr("mis. pemilu 2017, PKPU 4 2021, tata kerja"))
        self.search.setStyleSheet("font-size:14pt;")
        self.search.setMinimumHeight(44)
        self.search.returnPressed.connect(self._on_search)
        self.search_button = QPushButton(self.tr("Cari"))
        self.search_button.setObjectName("visitorSearchButton")
        self.search_button.setMinimumHeight(44)
        self.search_button.setStyleSheet("font-size:14pt;")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self._on_search)
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        sb.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("visitorResults")
        self.results.setAccessibleName(self.tr("Hasil pencarian"))
        self.results.setStyleSheet("font-size:13pt;")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda _i: self._on_pick())
        sb.addWidget(self.results, 1)
        self.pick = QPushButton(self.tr("Minta dokumen ini ke petugas"))
        self.pick.setObjectName("visitorPick")
        self.pick.setMinimumHeight(48)
        self.pick.setStyleSheet("font-size:14pt; font-weight:bold;")
        self.pick.setAutoDefault(False)
        self.pick.clicked.connect(self._on_pick)
        sb.addWidget(self.pick)
        home.addWidget(self.search_box, 2)
        self.search_box.setVisible(search is not None)
        self.stack.addWidget(self.home)
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
        # Visitor mode: the officer's way back (PIN or password), nothing else.
        self.leave_row = QWidget()
        row = QHBoxLayout(self.leave_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.pin = QLineEdit()
        self.pin.setObjectName("visitorLeavePin")
        self.pin.setAccessibleName(self.tr("PIN petugas"))
        self.pin.setPlaceholderText(self.tr("PIN petugas"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(160)
        self.pin.returnPressed.connect(self._on_leave)
        self.leave = QPushButton(self.tr("Petugas"))
        self.leave.setObjectName("visitorLeave")
        self.leave.setAutoDefault(False)
        self.leave.clicked.connect(self._on_leave)
        row.addWidget(self.pin)
        row.addWidget(self.leave)
        lay.addWidget(self.leave_row)
        self.leave_row.setVisible(False)
        self._kiosk = _KioskFilter(self)
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

    # -- the visitor's own catalogue search
    def _on_search(self) -> None:
        text = self.search.text()
        if self.searching:  # Enter again while a search runs: it is already on its way
            return
        if self.search_fn is None or len(text.strip()) < 2:
            self.say(self.tr("Ketik paling sedikit dua huruf."))
            return
        from jdih_desktop.ui.operations import DbOp

        self.message.clear()
        self._set_searching(True)
        search = self.search_fn  # the job holds the service's function and the text only
        DbOp(self, lambda: search(text)).success(self._on_results) \
            .failure(self._on_search_failed).run()

    @property
    def searching(self) -> bool:
        """A catalogue search is on its way (read on the database lane)."""
        return self._searching

    def _set_searching(self, on: bool) -> None:
        self._searching = on
        self.search_button.setEnabled(not on)
        self.search_button.setText(self.tr("Mencari…") if on else self.tr("Cari"))

    def _on_search_failed(self, _failure: object) -> None:
        self._set_searching(False)
        self.say(self.tr("Pencarian gagal; minta bantuan petugas."))

    def _on_results(self, result: tuple[list, int]) -> None:
        self._set_searching(False)
        docs, total = result
        self._results = docs
        self.results.clear()
        status = {"berlaku": self.tr("berlaku"), "tidak_berlaku": self.tr("tidak berlaku")}
        for d in docs:
            free = (self.tr("%1 dari %2 eksemplar tersedia").replace("%1", str(d.available))
                    .replace("%2", str(d.copies)) if d.copies else self.tr("tanpa eksemplar"))
            QListWidgetItem(f"{d.label} — {d.judul}\n{status.get(d.status, d.status)} · {free}",
                            self.results)
        if docs:
            self.results.setCurrentRow(0)
        self.say(self.tr("%1 dokumen ditemukan.").replace("%1", str(total)) if total
                 else self.tr("Tidak ada dokumen yang cocok. Coba kata lain."))

    def _on_pick(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self._results):
            self.say(self.tr("Pilih satu dokumen dari daftar dahulu."))
            return
        doc = self._results[row]
        self.document_picked.emit(self._owner, doc)
        self.say(self.tr("Permintaan dikirim ke petugas: %1.").replace("%1", doc.label))

    # -- kiosk
    def showEvent(self, event) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._kiosk)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._kiosk)
        super().hideEvent(event)

    def enter_visitor_mode(self, screen: QScreen | None = None) -> None:
        """Fill the officer's own screen; only the officer's PIN or password leaves."""
        self.visitor_mode = True
        self.leave_row.setVisible(True)
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _on_leave(self) -> None:
        if self.checking_pin:  # Enter again while the PIN is checked: one check only
            return
        secret = self.pin.text()
        self.pin.clear()
        if not secret or self.verify_pin is None:
            self.say(self.tr("Ketik PIN petugas untuk kembali ke meja petugas."))
            return
        from jdih_desktop.ui.operations import DbOp

        # The officer's record is read and the secret checked with argon2 (slow on purpose)
        # on the database lane; the job holds the service's function and the secret only.
        self._set_checking(True)
        verify = self.verify_pin
        DbOp(self, lambda: verify(secret)).success(self._on_verified) \
            .failure(self._on_verify_failed).run()

    @property
    def checking_pin(self) -> bool:
        """The officer's PIN is being checked (on the database lane)."""
        return self._checking_pin

    def _set_checking(self, on: bool) -> None:
        self._checking_pin = on
        self.leave.setEnabled(not on)
        self.pin.setReadOnly(on)
        self.leave.setText(self.tr("Memeriksa…") if on else self.tr("Petugas"))

    def _on_verify_failed(self, failure) -> None:
        self._set_checking(False)
        self.say(failure.message)

    def _on_verified(self, ok: bool) -> None:
        self._set_checking(False)
        if not ok:
            self.say(self.tr("PIN salah."))
            return
        self.visitor_mode = False
        self.leave_row.setVisible(False)
        self.message.clear()
        self.showNormal()
        self.hide()
        self.left.emit()

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
        self.stack.setCurrentWidget(self.home)
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

    def contextMenuEvent(self, event) -> None:
        event.accept()  # nothing to open

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()  # only the officer closes it (option in the wizard / app exit)
