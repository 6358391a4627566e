"""Every window of the app, opened the way the officer opens it, and how to measure one.

Shared by the probe (a process with a 1366×728 screen, at 100 % or 125 %) and by the
in-process tests. A window added by another issue goes into ``WindowOpener.each``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QScrollArea,
    QWidget,
)

from jdih_desktop.ui.widgets.fit import FRAME_ALLOWANCE


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_idle(app: QApplication, timeout_s: float = 10.0) -> None:
    """Process events until every operation and database-lane job has answered (the wizard
    reads and saves off the GUI thread)."""
    import time

    from jdih_desktop.ui.operations import running_operations
    from jdih_desktop.ui.taskman import taskman

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        settle(app)
        if running_operations() == 0 and taskman().pending() == 0:
            return
        time.sleep(0.005)


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def measure(window: QWidget) -> dict:
    """Geometry, minimum sizes, horizontal scrollbars on forms, and widgets cut off."""
    app = QApplication.instance()
    settle(app)
    geo = window.geometry()
    frame = geo.marginsAdded(FRAME_ALLOWANCE)
    hint = window.minimumSizeHint()
    explicit = window.minimumSize()
    h_scroll = []
    for area in window.findChildren(QScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            h_scroll.append(area.objectName() or type(area.widget()).__name__)
    cut = []
    whole = QRect(0, 0, geo.width(), geo.height())
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or isinstance(child, QMenu):
            continue
        if _inside_scroll_area(child, window):
            continue
        top_left = child.mapTo(window, child.rect().topLeft())
        rect = QRect(top_left, child.size())
        if not whole.contains(rect) and rect.width() > 0 and rect.height() > 0:
            cut.append(f"{type(child).__name__}#{child.objectName()} "
                       f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}")
    return {"title": window.windowTitle(),
            "geometry": [geo.x(), geo.y(), geo.width(), geo.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "min_hint": [hint.width(), hint.height()],
            "min_explicit": [explicit.width(), explicit.height()],
            "h_scroll": h_scroll, "cut": cut[:10]}


class WindowOpener:
    """Builds the app on a demo database and yields each window, shown, one after another."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        from jdih_desktop.app import (
            build_device_workers,
            ensure_demo_data,
            open_context,
            sign_in_at_start,
        )
        from jdih_desktop.services.container import build_services

        self.app = app
        self.ctx = open_context(argparse.Namespace(
            data_dir=str(folder / "data"), db=None, simulate_devices=True, demo=True,
            verbose=False))
        ensure_demo_data(self.ctx)
        self.pw, self.sw = build_device_workers(self.ctx)
        self.services = build_services(self.ctx.config)
        assert sign_in_at_start(self.ctx, self.services)  # the demo officer, as the app does
        self.main = None

    def close(self) -> None:
        if self.main is not None:
            self.main.visit_desk.shutdown()
            self.main.close()
        self.pw.shutdown()
        self.sw.shutdown()
        self.ctx.db.close()

    def _show(self, window: QWidget) -> QWidget:
        window.show()
        settle(self.app)
        return window

    def each(self, only: set[str] | None = None) -> Iterator[tuple[str, QWidget]]:
        from jdih_desktop.services.sop import Step
        from jdih_desktop.ui.main_window import MainWindow

        def want(name: str) -> bool:
            return not only or name in only

        self.main = main = MainWindow(self.ctx, self.services, self.pw, self.sw)
        self._show(main)
        if want("home"):
            yield "home", main
        # -- the visit wizard, every page, with a returning visitor
        main.visit_desk.new_visit()
        wait_idle(self.app)
        wizard = next(iter(main.visit_desk.wizards.values()))
        from jdih_desktop.store.models import Visitor

        returning = Visitor.select().where(Visitor.full_name.is_null(False)).first()
        if returning is not None:  # pages show a real visitor, as at the desk
            self.services.visits.complete_arrival(wizard.visit.id, returning.id)
        order = [Step.ARRIVAL, Step.VISIT_BOOK, Step.ACCESS, Step.BROWSE, Step.LOAN,
                 Step.HANDOVER, Step.DEPARTURE, Step.DOCUMENTATION]
        for step in order:
            wizard.show_step(step)
            wait_idle(self.app)
            name = f"wizard-{order.index(step) + 1}-{step.name.lower()}"
            if want(name):
                yield name, wizard
        # -- the visitor screen with the visit book on it
        wizard.show_step(Step.VISIT_BOOK)
        wait_idle(self.app)
        wizard.chk_visitor_screen.setChecked(True)
        settle(self.app)
        screen = main.visit_desk.visitor_screen
        if screen is not None and want("visitor-screen"):
            yield "visitor-screen", screen
        if screen is not None and want("visitor-screen-en"):
            screen.choose_language("en")  # the visitor's own choice
            settle(self.app)
            yield "visitor-screen-en", screen
            screen.choose_language("id")
        wizard.chk_visitor_screen.setChecked(False)
        if screen is not None:
            screen.hide()
        wizard.leave()
        settle(self.app)
        # -- the other main windows
        for name, opener, attr in (("catalogue", main.open_catalogue, "catalogue_window"),
                                   ("returns", main.open_returns, "returns_window"),
                                   ("reports", main.open_reports, "reports_window")):
            if not want(name):
                continue
            opener()
            settle(self.app)
            window = getattr(main, attr)
            yield name, window
            window.hide()
        # -- the catalogue's document form
        if want("document-form"):
            main.open_catalogue()
            form = main.catalogue_window.make_form()
            yield "document-form", self._show(form)
            form.reject()
            main.catalogue_window.hide()
        # -- the settings dialogs and the transfer dialogs
        dialogs = (("settings-devices", main.open_device_settings, "device_settings_dialog"),
                   ("settings-officers", main.open_officers, "officers_dialog"),
                   ("settings-calendar", main.open_calendar, "calendar_dialog"),
                   ("settings-retention", main.open_retention, "retention_dialog"),
                   ("settings-visit-book", main.open_visit_book_settings,
                    "visit_book_dialog"))
        for name, opener, attr in dialogs:
            if not want(name):
                continue
            opener()
            settle(self.app)
            dialog = getattr(main, attr)
            yield name, dialog
            dialog.reject()
            settle(self.app)
        # -- windows added by other issues: office identity, backups, first-run setup
        if want("settings-office"):
            main.open_office_settings()
            settle(self.app)
            yield "settings-office", main.office_dialog
            main.office_dialog.reject()
            settle(self.app)
        # -- the administrator's audit viewer and a person's data rights (issue 13)
        for name, opener, attr in (("audit-viewer", main.open_audit, "audit_viewer"),
                                   ("persons", main.open_persons, "persons_dialog")):
            if want(name):
                opener()
                settle(self.app)
                dialog = getattr(main, attr)
                yield name, dialog
                dialog.close()
                settle(self.app)
        from jdih_desktop.ui.backup import BackupSettingsDialog, RestoreDialog

        for name, opener, cls in (("settings-backup", main.open_backup_settings,
                                   BackupSettingsDialog),
                                  ("restore", main.open_restore, RestoreDialog)):
            if want(name):
                opener()
                settle(self.app)
                dialog = main.findChild(cls)
                yield name, dialog
                dialog.reject()
                settle(self.app)
        if any(want(f"setup-{n}") for n in range(1, 6)):
            from jdih_desktop.ui.setup import FirstRunWizard

            setup = FirstRunWizard(self.ctx.config, self.services, self.pw, self.sw,
                                   cache_dir=self.ctx.cache_dir, data_dir=self.ctx.data_dir)
            self._show(setup)
            for n, page_id in enumerate(setup.pageIds(), 1):  # each page, as if reached
                setup.setStartId(page_id)
                setup.restart()
                settle(self.app)
                if want(f"setup-{n}"):
                    yield f"setup-{n}", setup
            setup.reject()
        from jdih_desktop.ui.transfer import ExportDialog, ImportDialog

        for name, cls in (("import", ImportDialog), ("export", ExportDialog)):
            if want(name):
                dialog = cls(self.services, parent=main)
                yield name, self._show(dialog)
                dialog.reject()
