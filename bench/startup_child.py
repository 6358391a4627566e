"""The timed child process of ``bench/startup.py``: one start, reported at its first frame.

``python bench/startup_child.py MODE DATA_DIR`` with MODE ``bare`` (a bare PySide6
``QMainWindow``), ``demo`` (``jdih-desktop --demo``), ``signin`` (a desk whose setup is done)
or ``exit`` (see ``exit_child``). It prints ``shown <class>`` once the first top-level window
has painted its first complete frame, then leaves at once.

The child imports nothing but ``os`` and ``sys`` before the program it times, so neither run
gets a module loaded for free (the bench's own ``argparse``/``subprocess``/``sqlite3`` would
otherwise precede both), and it does not import PySide6 before the program does (see
``_WhenWidgetsLoad``). The first frame is watched on the windows only: the hook below puts an
event filter on a window as Python shows it (``show``/``setVisible``/``QDialog.exec``...).
An application-wide Python event filter would hand every event of every object to Python,
and PySide builds a Python wrapper for each receiver: for Qt's private classes (the rich-text
control inside a ``QLabel``) that first wrapper builds ~180 Python enums, ~25 ms that a real
start never pays (and that a bare window, which has no such object, does not pay either).
"""

from __future__ import annotations

import os
import sys


class _WhenWidgetsLoad:
    """A meta-path finder that runs ``then`` once ``PySide6.QtWidgets`` has been imported by
    the program itself: the child does not import PySide6 ahead of it (PySide6 hooks every
    later import: it reads each new module's source, so importing it first would make the
    program's own modules pay that and change its import order)."""

    def __init__(self, then) -> None:
        self.then = then

    def find_spec(self, name: str, path: object, target: object = None) -> object:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            loader, then = spec.loader, self.then

            class Loader:
                def create_module(self, spec: object) -> object:
                    return loader.create_module(spec)

                def exec_module(self, module: object) -> None:
                    loader.exec_module(module)
                    sys.modules[name] = module
                    then()

            spec.loader = Loader()
        return spec


def watch_first_frame() -> None:
    """Once the program imports PySide6.QtWidgets, hook the ways Python shows a window."""
    sys.meta_path.insert(0, _WhenWidgetsLoad(_hook_windows))


def _hook_windows() -> None:
    """Print ``shown <class>`` after the first complete frame of the first top-level window
    shown from Python, and end the process (the timed part is over; a modal sign-in window
    has its own event loop, the demo would go on opening the database)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QDialog, QWidget

    state: dict[str, object] = {"done": False, "spy": None}

    class FirstFrame(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not state["done"] and event.type() == QEvent.Type.Paint:
                state["done"] = True
                name = type(obj).__name__

                def report() -> None:  # after the whole frame: every child painted, flushed
                    print(f"shown {name}", flush=True)
                    os._exit(0)

                QTimer.singleShot(0, report)
            return False

    def watch(widget: QWidget) -> None:
        if state["done"]:
            return
        if state["spy"] is None:
            state["spy"] = FirstFrame()
        widget.window().installEventFilter(state["spy"])

    def hook(cls: type, name: str) -> None:
        original = getattr(cls, name)

        def shown(self: QWidget, *args: object, **kwargs: object) -> object:
            watch(self)
            return original(self, *args, **kwargs)

        setattr(cls, name, shown)

    for name in ("show", "showNormal", "showMaximized", "showFullScreen", "setVisible"):
        hook(QWidget, name)
    for name in ("exec", "open"):
        hook(QDialog, name)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.resize(1280, 800)
    w.show()
    return app.exec()


def exit_child(data_dir: str) -> int:
    """1.5 s after start (dashboard and visits list loading or loaded), the window is closed;
    the time from the close to the end of run_gui (workers, task manager and database shut)
    is printed."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jdih_desktop import app as app_module
    from jdih_desktop.cli import main
    from jdih_desktop.ui.application import create_application

    app = create_application(sys.argv[:1])  # run_gui reuses the running QApplication
    closed = [0.0]

    def close_all() -> None:
        closed[0] = time.perf_counter()
        for w in QApplication.topLevelWidgets():
            w.close()
        app.quit()

    # The backup at close runs after the window is gone (nobody waits for it, but the process
    # does): its start is noted (the app itself runs unchanged), so both the wait a person
    # sees and the whole shutdown are reported.
    backup = app_module.backup_at_close
    backup_started = [0.0]

    def noted_backup(ctx) -> None:
        backup_started[0] = time.perf_counter()
        print(f"gone {1000 * (backup_started[0] - closed[0]):.1f}", flush=True)
        backup(ctx)

    app_module.backup_at_close = noted_backup
    QTimer.singleShot(1500, close_all)
    rc = main(["--demo", "--data-dir", data_dir, "--simulate-devices"])
    ended = time.perf_counter()
    gone = (backup_started[0] or ended) - closed[0]
    print(f"exit {1000 * gone:.1f} {1000 * (ended - closed[0]):.1f}", flush=True)
    return rc


def child(mode: str, data_dir: str) -> int:
    if mode == "exit":
        return exit_child(data_dir)
    watch_first_frame()
    if mode == "bare":
        return bare()
    from jdih_desktop.cli import main  # the app's own entry point, as `jdih-desktop` runs it

    demo = ["--demo"] if mode == "demo" else []
    return main([*demo, "--data-dir", data_dir, "--simulate-devices"])


if __name__ == "__main__":
    raise SystemExit(child(sys.argv[1], sys.argv[2]))
