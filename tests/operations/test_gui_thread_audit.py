"""The audit of issue 10: every service behind a recorder that notes the thread of each call,
then the desk's windows driven as an officer would: the home page, the catalogue (search,
select, a row far down), the returns desk, the reports, every settings dialog, the audit log,
the data-subject dialog and the visitor screen (its search and the PIN that leaves it). No call
may run on the GUI thread, except the ones listed in ``KNOWN`` (each says why)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from jdih_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PIN
from tests.wizard.conftest import catalogue, devices, settle  # noqa: F401

SERVICES = ("accounts", "audit", "persons", "officers", "catalogue", "returns", "reports",
            "visits", "loans", "renewals", "reminders", "skm", "visit_book", "borrowers",
            "retention", "visitor_catalogue", "scheduled_retention", "calendar_admin")
# Reads no database and computes nothing slow: attributes and pure checks.
PURE = {"validate", "clock", "config", "session", "cached_setup", "hasher"}
# Calls still made on the GUI thread, each with its reason (issue 10's audit, third pass).
KNOWN: dict[str, str] = {}


class Recorder:
    """A real service, wrapped: every call is noted with the thread it ran on."""

    def __init__(self, real: object, name: str, calls: list[tuple[str, bool]]) -> None:
        self._real = real
        self._name = name
        self._calls = calls

    def __getattr__(self, attr: str):
        value = getattr(self._real, attr)
        if attr.startswith("_") or attr in PURE or not callable(value):
            return value
        name, calls = f"{self._name}.{attr}", self._calls

        def call(*args, **kwargs):
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return value(*args, **kwargs)

        return call


@pytest.fixture
def recorded(services):
    calls: list[tuple[str, bool]] = []
    for name in SERVICES:
        setattr(services, name, Recorder(getattr(services, name), name, calls))
    return calls


@pytest.fixture
def window(qtbot, ctx, services, devices, recorded, catalogue):  # noqa: F811
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot)
    yield w
    w.visit_desk.shutdown()


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def _close_dialogs(qtbot) -> None:
    settle(qtbot)
    for dialog in _dialogs():
        dialog.reject()
    settle(qtbot)


def test_no_window_of_the_desk_calls_a_service_on_the_gui_thread(qtbot, window, recorded):
    # the home page (dashboard, officer on duty, visits of the day) has filled itself
    settle(qtbot)
    # the catalogue: open, type a search, select the first row, then clear the search
    window.act_catalogue.trigger()
    cat = window.catalogue_window
    qtbot.waitExposed(cat)
    settle(qtbot)
    qtbot.waitUntil(lambda: not cat.model.loading)
    qtbot.keyClicks(cat.filter_bar.search, "pemilu")
    qtbot.waitUntil(lambda: not cat.model.loading and cat.model.filters.text == "pemilu")
    cat.table.selectRow(0)
    qtbot.waitUntil(lambda: cat.detail.detail is not None and not cat.detail.loading)
    cat.filter_bar.search.clear()
    qtbot.waitUntil(lambda: not cat.model.loading and cat.model.filters.text == "")
    settle(qtbot)
    cat.table.selectRow(cat.model.rowCount() - 1)
    qtbot.waitUntil(lambda: cat.detail.detail is not None and not cat.detail.loading)
    window.act_catalogue.trigger()  # the second time it only comes to the front
    settle(qtbot)
    cat.close()
    # the returns desk
    window.act_returns.trigger()
    qtbot.waitExposed(window.returns_window)
    settle(qtbot)
    window.returns_window.close()
    # the reports
    window.act_reports.trigger()
    qtbot.waitExposed(window.reports_window)
    settle(qtbot)
    window.reports_window.close()
    settle(qtbot)
    # the settings dialogs, the audit log and the data-subject dialog
    for action in (window.act_office, window.act_officers, window.act_calendar,
                   window.act_visit_book, window.act_retention, window.act_devices,
                   window.act_backup_settings):
        action.trigger()
        _close_dialogs(qtbot)
    window.act_audit.trigger()
    settle(qtbot)
    window.audit_viewer.close()
    window.act_persons.trigger()
    settle(qtbot)
    window.persons_dialog.close()
    # the visitor screen: visitor mode, a catalogue search, then the officer's PIN
    window.act_visitor_mode.trigger()
    screen = window.visit_desk.visitor_screen
    qtbot.waitExposed(screen)
    qtbot.keyClicks(screen.search, "pemilu")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.searching and screen.results.count() > 0)
    with qtbot.waitSignal(screen.left, timeout=5000):
        qtbot.keyClicks(screen.pin, ADMIN_PIN)
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    settle(qtbot)
    # THEN the services were used (the drive reached them) ...
    names = {name for name, _on_gui in recorded}
    for expected in ("catalogue.search_page", "catalogue.document_detail",
                     "visitor_catalogue.search", "accounts.verify_officer_pin",
                     "officers.on_duty"):
        assert expected in names, expected
    # ... and none of them on the GUI thread but the known ones
    on_gui = sorted({name for name, gui in recorded if gui})
    assert [name for name in on_gui if name not in KNOWN] == []
