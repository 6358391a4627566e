"""Child process for the kiosk test on two real (offscreen) screens.

    python -m tests.security.kiosk_probe DATA_DIR

Qt's offscreen platform takes its screens from a JSON file when the QApplication starts, so a
two-monitor desk needs its own process. Prints one JSON line: where the visitor screen opened
and whether anything opened or closed while every key was sent to it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    cfg = Path(tempfile.mkdtemp(prefix="jdih-2screens-")) / "screens.json"
    cfg.write_text(json.dumps({"screens": [
        {"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "visitor", "x": 1366, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

    app = QApplication([])
    from jdih_desktop.app import build_device_workers, open_context
    from jdih_desktop.services.container import build_services
    from jdih_desktop.ui.main_window import MainWindow
    from tests.conftest import TEST_HASHER, make_args, sign_in_admin
    from tests.security.test_kiosk import KEYS

    ctx = open_context(make_args(Path(sys.argv[1])))
    services = sign_in_admin(build_services(ctx.config, hasher=TEST_HASHER))
    pw, sw = build_device_workers(ctx)
    window = MainWindow(ctx, services, pw, sw)
    window.show()
    window.visit_desk.new_visit()  # stored on the database lane, then the wizard opens
    deadline = time.monotonic() + 10
    while not window.visit_desk.wizards and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    wizard = next(iter(window.visit_desk.wizards.values()))
    wizard.chk_visitor_screen.setChecked(True)
    screen = window.visit_desk.visitor_screen
    screen.open_on_best_screen()
    app.processEvents()

    def state():
        return (sorted(w.objectName() for w in app.topLevelWidgets() if w.isVisible()),
                len(window.visit_desk.wizards))

    before = state()
    changed = []
    field = screen.findChildren(QLineEdit)[0]
    for target in (field, screen):
        for key, mods in KEYS:
            QTest.keyClick(target, key, mods)
            app.processEvents()
            if state() != before or not screen.isVisible():
                changed.append(f"{int(key)}+{int(mods.value)}")
        QTest.mouseClick(target, Qt.MouseButton.RightButton)
        QApplication.sendEvent(target, QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5)),
            Qt.KeyboardModifier.NoModifier))
        app.processEvents()
        if any(isinstance(w, QMenu) and w.isVisible() for w in app.topLevelWidgets()):
            changed.append("menu")
    screen.close()
    app.processEvents()
    out = {"screens": len(QGuiApplication.screens()),
           "visitor_on": screen.screen().name(), "full_screen": screen.isFullScreen(),
           "desk_on": window.screen().name(), "changed": changed,
           "still_visible": screen.isVisible() and window.isVisible()}
    print(json.dumps(out), flush=True)
    window.visit_desk.shutdown()
    pw.shutdown()
    sw.shutdown()
    ctx.db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
