"""Render the app icon (jdih_desktop/resources/jdih_app_icon.svg) to .png and .ico.

Run after editing the SVG:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make-icon.py
The .ico carries 16-256 px images (Windows picks one per place: taskbar, Start menu,
desktop); the installer's shortcuts, the uninstaller and the app window use it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RES = Path(__file__).resolve().parent.parent / "jdih_desktop" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RES / "jdih_app_icon.svg"))
    if not renderer.isValid():
        print("invalid SVG", file=sys.stderr)
        return 1
    big = render(renderer, 256)
    big.save(RES / "jdih_app_icon_256.png", optimize=True)
    big.save(RES / "jdih_app_icon.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {RES / 'jdih_app_icon_256.png'} and {RES / 'jdih_app_icon.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
