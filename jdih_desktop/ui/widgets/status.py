"""The one message line: how something a person asked for went.

Every dialog that answers "saved", "refused because …" or "working…" under its form uses a
``StatusLabel``: plain text (a service's sentence never renders as HTML), wrapped, selectable
so it can be copied into a report, and drawn in the kit's one error style, one confirmation
style or the window's own colours for a neutral note. ``kind`` tells tests what is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from jdih_desktop.ui.widgets.style import ERROR_STYLE, OK_TEXT

ERROR = "error"
OK = "ok"
NOTE = "note"


class StatusLabel(QLabel):
    """A wrapped message line with three looks: error, done, neutral note."""

    def __init__(self, object_name: str = "", accessible: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self._plain = False
        self.setWordWrap(True)
        if object_name:
            self.setObjectName(object_name)
        if accessible:
            self.setAccessibleName(accessible)

    def show_error(self, text: str) -> None:
        """A refusal or a failure, in the one error style."""
        self._show(text, ERROR)

    def show_ok(self, text: str) -> None:
        """Something done."""
        self._show(text, OK)

    def show_note(self, text: str) -> None:
        """Neither: "Memeriksa…", counts, a hint."""
        self._show(text, NOTE)

    def say(self, text: str, error: bool = False) -> None:
        """Done or refused, as the caller knows it."""
        self._show(text, ERROR if error else OK)

    def clear(self) -> None:
        self._show("", "")

    def _show(self, text: str, kind: str) -> None:
        if text and not self._plain:  # on first use: the sign-in window, a first screen,
            from PySide6.QtCore import Qt  # paints before Qt's enum namespace is built

            self._plain = True
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = kind if text else ""
        self.setStyleSheet({ERROR: ERROR_STYLE, OK: OK_TEXT}.get(self.kind, ""))
        self.setText(text)
        self.setAccessibleDescription(text)
