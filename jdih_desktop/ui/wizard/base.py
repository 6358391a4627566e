"""What every wizard page shares: the context it is given and the page protocol.

A page shows one SOP box. The wizard reads what it shows on the database lane (the page's
``fetch``, a class method that touches no widget) and hands it, with plain ``VisitData``, to
``load`` on the GUI thread; ``is_complete`` says whether "Lanjut" may be pressed; ``commit_op``
builds the operation (``ui/operations/visits.py``) that completes the box on the database lane
and answers with the updated visit. No page method touches the database on the GUI thread.
Pages that the visitor uses put that part in ``visitor_part`` so the wizard can move it to the
visitor screen and back.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import CopyInfo
from jdih_desktop.services.numbering import BARCODE_RE
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import OfficerData, VisitData
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.widgets import style
from jdih_desktop.ui.widgets.style import HEADING_STYLE

# The palette's label styles, under the names the pages import from here.
ERROR_STYLE = style.ERROR_STYLE
OK_STYLE = style.OK_STYLE
HINT_STYLE = style.HINT_STYLE
BIG = "font-size:12pt;"


@dataclass
class WizardContext:
    """Everything pages need, handed down by the wizard (never looked up globally)."""

    services: Services
    printer_worker: object | None
    scanner_worker: object | None
    officer: OfficerData | None
    clock: Callable[[], dt.datetime]
    cart: list[CopyInfo] = field(default_factory=list)  # "to borrow", shared by 5 and 6

    # The cart mirrors the visit's stored selection (VisitService), so a visit closed at box 5
    # or 6 and resumed later shows the same copies without scanning them again. Pages read and
    # change the stored list through operations (``ui/operations/visits.py``), never here.


def esc(text: str) -> str:
    """Text made safe inside a rich-text (HTML) label."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    """Give a widget the names tests and screen readers find it by."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if isinstance(widget, QAbstractButton) and hasattr(widget, "setAutoDefault"):
        widget.setAutoDefault(False)  # Enter belongs to the wizard ("Lanjut")
    return widget


def label(text: str, style: str = "", wrap: bool = True, object_name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.PlainText)
    if style:
        lab.setStyleSheet(style)
    if object_name:
        lab.setObjectName(object_name)
    return lab


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Fill a table in one go: per-item "resize to contents" would make it O(rows²)."""
    header = table.horizontalHeader()
    modes = table.property("declaredResizeModes")
    if modes is None:  # remember the modes the table was built with
        modes = [header.sectionResizeMode(i) for i in range(header.count())]
        table.setProperty("declaredResizeModes", modes)
    for i in range(header.count()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        table.clearContents()
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
    finally:
        # "Resize to contents" columns are sized once here, then left interactive: keeping the
        # mode would measure every cell again on each layout pass (a visible stall at 100 rows).
        for i, mode in enumerate(modes):
            if mode == QHeaderView.ResizeMode.ResizeToContents:
                table.resizeColumnToContents(i)
            else:
                header.setSectionResizeMode(i, mode)
        table.setUpdatesEnabled(True)


class WizardPage(QWidget):
    """One SOP box. Subclasses set ``step`` and ``title`` and override the hooks."""

    step: Step = Step.ARRIVAL
    completeChanged = Signal()
    advance_requested = Signal()  # a page button (e.g. "Pinjam") asks the wizard to go on
    message = Signal(str, bool)  # text, is_error: for the wizard's banner

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit: VisitData | None = None
        self.setObjectName(f"page{self.step.name.title().replace('_', '')}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.visitor_part: QWidget | None = None
        self._visitor_slot: QVBoxLayout | None = None
        self._elsewhere: QLabel | None = None

    # -- hooks
    def title(self) -> str:
        return ""

    def subtitle(self) -> str:
        return ""

    @classmethod
    def fetch(cls, services: Services, visit: VisitData) -> Any:
        """What the page shows besides the visit, read on the database lane (never touches a
        widget); handed to ``load`` as ``data``. None when the visit is enough."""
        return None

    def load(self, visit: VisitData, data: Any = None) -> None:
        """Show ``visit`` with ``data`` from ``fetch`` (GUI thread: no database here)."""
        self.visit = visit

    def is_complete(self) -> bool:
        return True

    def hint(self) -> str:
        """Why "Lanjut" is disabled (shown under the page)."""
        return ""

    def on_enter(self) -> bool:
        """Enter pressed before the page is complete: run the page's main action if it has
        one (True), otherwise the wizard moves on or explains what is missing (False)."""
        return False

    def can_go_back(self) -> bool:
        """False when this page has produced something the earlier boxes must not undo."""
        return True

    def commit_op(self) -> Operation:
        """The operation that completes the box with what the page shows (built on the GUI
        thread from widget values; it runs on the database lane). Its success is the
        updated ``VisitData``."""
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """The wizard is saving or loading this page: page actions wait (default: nothing)."""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put a ValidationError's messages next to the fields (default: banner only)."""

    def left(self) -> None:
        """The wizard moved away from this page (stop timers, release filters)."""

    # -- the visitor-facing part
    def _host_visitor_part(self, part: QWidget, layout: QVBoxLayout) -> None:
        self.visitor_part = part
        self._visitor_slot = layout
        self._elsewhere = label(self.tr("Bagian ini sedang ditampilkan di layar pengunjung. "
                                        "Pengunjung mengisinya di sana lalu menekan Selesai."),
                                "font-size:13pt; padding:24px;" + HEADING_STYLE,
                                object_name="visitorElsewhere")
        self._elsewhere.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._elsewhere.hide()
        layout.addWidget(self._elsewhere)
        layout.addWidget(part, 1)

    def release_visitor_part(self) -> QWidget | None:
        """Hand the visitor part to the visitor screen; the page shows a placeholder."""
        if self.visitor_part is None or self._visitor_slot is None:
            return None
        self._visitor_slot.removeWidget(self.visitor_part)
        self._elsewhere.show()
        return self.visitor_part

    def reclaim_visitor_part(self) -> None:
        if self.visitor_part is None or self._visitor_slot is None:
            return
        if self.visitor_part.parent() is not self:
            self._visitor_slot.addWidget(self.visitor_part, 1)
            self.visitor_part.show()
        self._elsewhere.hide()

    def visitor_finished(self) -> str | None:
        """The visitor pressed "Selesai" on their screen: None to advance, or what is missing."""
        return None if self.is_complete() else self.hint()


class BarcodeWedge(QObject):
    """Recognises a keyboard-wedge barcode scanner anywhere in one window.

    A scanner "types" the barcode much faster than a person (well under ``gap_s`` between keys)
    and ends with Enter. When such a burst matches the copy barcode format the Enter is
    consumed, the typed characters are removed from the line edit that received them, and
    ``scanned`` is emitted. A person typing slowly is never mistaken for a scanner.

    Keys go to the focused widget (then to its parents), so the filter sits on the window and
    on the widget that has the focus, and follows the focus. Not on the application: a Python
    filter there is called for every event of every widget, which doubled the time the pages
    built meanwhile took.
    """

    scanned = Signal(str)

    def __init__(self, window: QWidget, gap_s: float = 0.08, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._window = window
        self._gap = gap_s
        self._buffer = ""
        self._last = 0.0
        self._active = False
        self._focused: QWidget | None = None  # the focused widget the filter is on

    def start(self) -> None:
        if not self._active:
            app = QApplication.instance()
            self._window.installEventFilter(self)
            app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, app.focusWidget())
            self._active = True
        self._buffer = ""

    def stop(self) -> None:
        if self._active:
            QApplication.instance().focusChanged.disconnect(self._follow_focus)
            self._window.removeEventFilter(self)
            self._follow_focus(self._focused, None)
            self._active = False

    @Slot(object, object)
    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The filter moves to the newly focused widget of this window."""
        previous, self._focused = self._focused, None
        if previous is not None and shiboken6.isValid(previous) and previous is not self._window:
            previous.removeEventFilter(self)
        if new is not None and new is not self._window and new.window() is self._window:
            new.installEventFilter(self)
            self._focused = new

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        target = focus if focus is not None and focus.window() is self._window else None
        if (target is None and obj is not self._window) or (target is not None
                                                            and obj is not target):
            return False  # another window, or the same event propagating to a parent
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        fast = (now - self._last) <= self._gap
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self._buffer.strip().upper() if fast else ""
            self._buffer = ""
            if code and BARCODE_RE.match(code):
                if isinstance(target, QLineEdit) and target.text().upper().endswith(code):
                    target.setText(target.text()[: -len(code)])
                self.scanned.emit(code)
                return True
            return False
        text = key_event.text()
        if len(text) == 1 and text.isprintable():
            if not fast:
                self._buffer = ""
            self._buffer = (self._buffer + text)[-32:]
            self._last = now
        return False
