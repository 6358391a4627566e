"""A one-line label that gives way first: its text is shortened with "…" in the middle when
the room is short, and the whole text stays in its tooltip.

For long, less important text beside more important text in one row: the device mode and the
data folder in the status bar (``C:\\Users\\…\\AppData\\Local\\JDIH Desktop``) next to who is
signed in, whose name must stay readable on a 1366-pixel desk screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shrinks below its text's width (to ``min_chars`` characters) and elides the middle
    (a path) or the end (a sentence: ``mode=Qt.TextElideMode.ElideRight``)."""

    def __init__(self, text: str = "", min_chars: int = 12,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * self._min_chars),
                     hint.height())

    def shown_text(self) -> str:
        """The text as painted at the current width."""
        return self.fontMetrics().elidedText(self.text(), self._mode,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
