"""Touch sizing for the visitor's screen (often a tablet beside the desk).

A finger needs a target of about 9 mm (the size touch guidelines converge on); in logical
pixels that depends on the screen: ``target_px`` reads the screen's physical density and its
scale, and never goes below 36 logical px (9.5 mm at Qt's 96 dpi reference) when a screen
reports no usable physical size. ``TouchMode`` lends a widget tree larger
targets and a taller signature pad while it is on the visitor screen, and gives back exactly
what it changed when the wizard takes the widget back.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QWidget

from jdih_desktop.ui.widgets.signature_pad import SignaturePad

TARGET_MM = 9.0
FLOOR_PX = 36
TOUCH_POINT_SIZE = 14.0


def target_px(screen: QScreen | None, mm: float = TARGET_MM) -> int:
    """``mm`` millimetres in logical pixels on ``screen``, at least ``FLOOR_PX``."""
    if screen is None:
        return FLOOR_PX
    dpi = screen.physicalDotsPerInch() / max(screen.devicePixelRatio(), 0.1)
    if not 50 <= dpi <= 600:  # no physical size known (virtual screens, some projectors)
        return FLOOR_PX
    return max(FLOOR_PX, round(mm / 25.4 * dpi))


class TouchMode:
    """Enlarges the type and targets of one widget tree; ``restore()`` undoes exactly that."""

    def __init__(self, root: QWidget, target: int, pad_height: int) -> None:
        # (Type is enlarged by the visitor screen's stylesheet: fonts set here would not reach
        # children that a stylesheet already styles.)
        self._saved: list[tuple[QWidget, QSize]] = []
        for w in root.findChildren(QWidget):
            if isinstance(w, SignaturePad):
                self._grow(w, 0, pad_height)
            elif isinstance(w, QCheckBox):
                self._grow(w, target, target)
            elif isinstance(w, (QAbstractButton, QComboBox, QLineEdit)):
                self._grow(w, 0, target)
        self.target = target

    def _grow(self, w: QWidget, width: int, height: int) -> None:
        self._saved.append((w, w.minimumSize()))
        w.setMinimumSize(max(w.minimumWidth(), width), max(w.minimumHeight(), height))

    def restore(self) -> None:
        for w, minimum in self._saved:
            w.setMinimumSize(minimum)
        self._saved.clear()
