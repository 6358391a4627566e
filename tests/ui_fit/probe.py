"""Opens every window of the app on a screen of a given size and scale, measures it, and can
save what it shows.

    python -m tests.ui_fit.probe --screen 1366x728 --scale 1.25 [--shots DIR] [--lang en]

Runs in its own process because the screen (Qt's offscreen platform, ``configfile=`` option)
and the scale factor (``QT_SCALE_FACTOR``) are fixed when the QApplication starts. Prints one
JSON object: per window its client geometry, minimum size (hint and explicit), the screen's
available geometry (logical pixels), the form scroll areas showing a horizontal scrollbar,
and the visible widgets that lie outside the window (cut off). tests/ui_fit/test_fit.py
asserts on it; ``--shots`` also writes one PNG per window (device pixels, as a person sees).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def _configure_platform(width: int, height: int, scale: float) -> None:
    cfg = Path(tempfile.mkdtemp(prefix="jdih-screen-")) / "screen.json"
    cfg.write_text(json.dumps({"screens": [{
        "name": "desk", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--screen", default="1366x728")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--shots", default="")
    ap.add_argument("--lang", default="id")
    ap.add_argument("--only", default="", help="comma-separated window names")
    args = ap.parse_args(argv)
    width, height = (int(v) for v in args.screen.lower().split("x"))
    _configure_platform(width, height, args.scale)
    data = Path(tempfile.mkdtemp(prefix="jdih-probe-"))
    os.environ["JDIH_DATA_DIR"] = str(data / "data")

    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data / "qs"))
    from jdih_desktop.ui.application import create_application

    app = create_application([sys.argv[0]], language=args.lang)
    from tests.ui_fit.windows import WindowOpener, measure

    shots = Path(args.shots) if args.shots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    only = {n for n in args.only.split(",") if n}
    opener = WindowOpener(app, data)
    results = {}
    try:
        for name, window in opener.each(only):
            results[name] = measure(window)
            if shots is not None:
                window.grab().save(str(shots / f"{name}.png"))
    finally:
        opener.close()
    screen = app.primaryScreen()
    avail = screen.availableGeometry()
    print(json.dumps({"available": [avail.x(), avail.y(), avail.width(), avail.height()],
                      "dpr": screen.devicePixelRatio(), "style": app.style().name(),
                      "windows": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
