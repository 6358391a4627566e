#!/bin/sh
# Rebuilds the compiled Qt resources and the application icon files from their sources.
#
#   scripts/build-resources.sh
#
# 1. pyside6-rcc compiles jdih_desktop/resources/jdih.qrc (office logo, application icon, the
#    Tabler icons the UI uses) into jdih_desktop/ui/resources_rc.py. The generated module is
#    committed, so a fresh clone runs (`make run`, `make test`, the installer) without this
#    step; "--format-version 1" leaves file dates out, so the output only changes when an icon
#    does. tests/ui_fit/test_resources.py fails when the module is stale.
# 2. The application icon (jdih_desktop/resources/app.svg) is rendered into app.ico (16–256 px,
#    for the Windows installer and the taskbar) and app-256.png.
set -eu
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
"$bin/pyside6-rcc" --format-version 1 -g python jdih_desktop/resources/jdih.qrc \
    -o jdih_desktop/ui/resources_rc.py
QT_QPA_PLATFORM=offscreen "$bin/python" - <<'PY'
from io import BytesIO

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
renderer = QSvgRenderer("jdih_desktop/resources/app.svg")
images = []
for size in (16, 20, 24, 32, 40, 48, 64, 128, 256):
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    images.append(Image.open(BytesIO(bytes(buf.data()))).convert("RGBA"))
images[-1].save("jdih_desktop/resources/app-256.png")
images[-1].save("jdih_desktop/resources/app.ico", sizes=[(i.width, i.height) for i in images],
                append_images=images[:-1])
print("resources: resources_rc.py, app.ico, app-256.png")
PY
