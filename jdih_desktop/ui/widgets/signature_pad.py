"""An on-screen signature pad for mouse, pen (tablet events) and touch.

Strokes are kept as point lists in widget coordinates, painted antialiased, and exported as a
PNG with a transparent background, cropped to the ink plus a margin, so the stored image is
small and prints cleanly. ``changed`` fires after each finished stroke and after ``clear``.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 30, 90)


class SignaturePad(QWidget):
    """Draw with any pointer; ``to_png()`` gives the signature, ``is_empty`` says if any ink."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._current: list[QPointF] | None = None
        self._placeholder = placeholder
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(320, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- API
    @property
    def is_empty(self) -> bool:
        return not any(len(s) >= 1 for s in self._strokes)

    @property
    def stroke_count(self) -> int:
        return len(self._strokes)

    @property
    def placeholder(self) -> str:
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def to_png(self, pen_width: float = 3.0) -> bytes:
        """The ink on a transparent background, cropped; b"" when nothing was drawn."""
        if self.is_empty:
            return b""
        bounds = QRectF()
        for s in self._strokes:
            for p in s:
                bounds = bounds.united(QRectF(p, p).adjusted(-1, -1, 1, 1))
        margin = 8
        bounds = bounds.adjusted(-margin, -margin, margin, margin)
        img = QImage(max(1, int(bounds.width())), max(1, int(bounds.height())),
                     QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter, pen_width)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")
        buf.close()
        return bytes(data.data())

    # -- input
    def _begin(self, pos: QPointF) -> None:
        self._current = [QPointF(pos)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is not None:
            self._current.append(QPointF(pos))
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: accepting the event stops Qt from synthesising mouse events for it."""
        t = event.type()
        if t == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif t == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position())
        elif t == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        t = event.type()
        if t in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                pos = points[0].position()
                if t == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif t == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        if t == QEvent.Type.TouchCancel:
            self._end()
            event.accept()
            return True
        return super().event(event)

    # -- painting
    def _paint_strokes(self, painter: QPainter, width: float) -> None:
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for s in self._strokes:
            if len(s) == 1:
                painter.drawPoint(s[0])
                continue
            path = QPainterPath(s[0])
            for p in s[1:]:
                path.lineTo(p)
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 28
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty and self._placeholder:
            painter.setPen(QColor(140, 140, 140))
            painter.drawText(self.rect().adjusted(0, 0, 0, -36),
                             Qt.AlignmentFlag.AlignCenter, self._placeholder)
        self._paint_strokes(painter, 2.5)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
