"""Start-up time: the real main window (app wiring, demo database) vs a bare QMainWindow.

Each run is a new Python process, timed by the parent from spawn until the child reports the
first paint of its main window (an application-wide event filter, so the app's own start-up
path ``jdih_desktop.app.run_gui`` runs unmodified). Bare and real runs alternate so both see
the same machine state; the median of each is compared. Target (issue 2): real <= 1.3x bare.
Usage: ``python bench/startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, print_table, write_result


def child(mode: str, data_dir: str) -> int:
    """Run in the child process: show a window, print "shown" at its first paint, quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(
                    obj, QWidget) and isinstance(obj.window(), QMainWindow):
                self.done = True
                print("shown", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        spy = FirstPaint()
        app.installEventFilter(spy)
        w = QMainWindow()
        w.setWindowTitle("bare")
        w.resize(1280, 800)
        w.show()
        return app.exec()
    from jdih_desktop.cli import main
    from jdih_desktop.ui.application import create_application

    app = create_application(sys.argv[:1])  # run_gui reuses the running QApplication
    spy = FirstPaint()
    app.installEventFilter(spy)
    return main(["--data-dir", data_dir, "--simulate-devices"])


def timed_run(mode: str, data_dir: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", mode, "--data-dir", data_dir],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    took = time.perf_counter() - started
    _, err = proc.communicate(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"{mode} run did not show a window: {err[-2000:]}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--child", choices=("bare", "app"))
    ap.add_argument("--data-dir")
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.data_dir)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("JDIH_DB_URL", None)
    # An installed app runs from compiled bytecode (pip and PyInstaller write .pyc); a shell
    # with PYTHONDONTWRITEBYTECODE=1 would make every run compile ~60 modules from source
    # (about 50 ms) and measure the compiler instead. The warm-up run writes the .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data = Path(tempfile.mkdtemp(prefix="jdih-bench-startup-"))
    try:
        # A demo database of the default size, made before timing (the first start's fill is
        # not what this measures).
        subprocess.run([sys.executable, "-m", "jdih_desktop", "demo-data", "--data-dir",
                        str(data)], check=True, env=env, cwd=ROOT, capture_output=True)
        # A desk whose first-run setup is done (the setup wizard is not what this measures).
        (data / "config.ini").write_text("[app]\nsetup_done = yes\n", encoding="utf-8")
        for mode in ("bare", "app"):  # warm the file cache
            timed_run(mode, str(data), env)
        times: dict[str, list[float]] = {"bare": [], "app": []}
        for _ in range(args.runs):
            for mode in ("bare", "app"):
                times[mode].append(timed_run(mode, str(data), env))
    finally:
        shutil.rmtree(data, ignore_errors=True)

    med = {m: statistics.median(t) for m, t in times.items()}
    ratio = med["app"] / med["bare"]
    print(f"\nTime to first paint of the main window, {args.runs} runs each "
          f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})\n")
    print_table(["window", "median ms", "min ms", "max ms"],
                [[label, round(med[m] * 1000, 1), round(min(times[m]) * 1000, 1),
                  round(max(times[m]) * 1000, 1)]
                 for m, label in (("bare", "bare QMainWindow"), ("app", "JDIH main window"))])
    ok = ratio <= 1.3
    print(f"\nJDIH / bare = {ratio:.2f}  (target <= 1.3: {'met' if ok else 'MISSED'})")
    write_result("startup", {
        "runs": args.runs, "platform": env["QT_QPA_PLATFORM"],
        "results": {m: {"median_ms": round(med[m] * 1000, 1),
                        "runs_ms": [round(t * 1000, 1) for t in times[m]]} for m in times},
        "ratio": round(ratio, 2), "targets_met": {"app_le_1_3x_bare": ok},
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
