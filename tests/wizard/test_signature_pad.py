"""The signature pad takes mouse, pen (tablet) and touch input and exports the ink as PNG."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jdih_desktop.services.visits import signature_is_blank
from jdih_desktop.ui.widgets.signature_pad import SignaturePad
from tests.wizard.conftest import sign


def _pad(qtbot) -> SignaturePad:
    pad = SignaturePad(placeholder="Tanda tangan di sini")
    pad.resize(400, 180)
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_mouse_stroke_exports_a_cropped_png_with_ink(qtbot):
    # GIVEN an empty pad WHEN a stroke is drawn with the mouse
    pad = _pad(qtbot)
    assert pad.is_empty and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        sign(pad)
    # THEN the PNG has ink, is cropped to the stroke, and clearing empties the pad again
    png = pad.to_png()
    assert png.startswith(b"\x89PNG") and not signature_is_blank(png)
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        assert img.width < 400 and img.height < 180
    pad.clear()
    assert pad.is_empty and signature_is_blank(pad.to_png())


def test_touch_input_draws(qtbot):
    # GIVEN a touch screen WHEN a finger moves across the pad
    pad = _pad(qtbot)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(20, 40)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 90)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(220, 50)).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(220, 50)).commit()
    # THEN one stroke is recorded
    assert pad.stroke_count == 1 and not signature_is_blank(pad.to_png())


def test_pen_input_draws(qtbot):
    # GIVEN a pen tablet WHEN the pen presses, moves and lifts
    pad = _pad(qtbot)
    pen = QPointingDevice("pen", 1, QPointingDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QPointingDevice.Capability.Position
                          | QPointingDevice.Capability.Pressure, 1, 3)
    for kind, pos in ((QTabletEvent.Type.TabletPress, (30, 30)),
                      (QTabletEvent.Type.TabletMove, (150, 120)),
                      (QTabletEvent.Type.TabletMove, (250, 40)),
                      (QTabletEvent.Type.TabletRelease, (250, 40))):
        p = QPointF(*pos)
        ev = QTabletEvent(kind, pen, p, QPointF(pad.mapToGlobal(p)), 0.6, 0.0, 0.0, 0.0,
                          0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                          Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, ev)
    # THEN the pen stroke is ink
    assert pad.stroke_count == 1 and not signature_is_blank(pad.to_png())
