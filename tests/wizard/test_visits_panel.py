"""The home page's visits-in-progress list: empty state, rows, elapsed time, resume."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from peewee import InterfaceError, OperationalError
from PySide6.QtCore import Qt

from jdih_desktop.store.postgres import UNREACHABLE, DatabaseConnectionError
from jdih_desktop.ui.formats import format_elapsed
from jdih_desktop.ui.visits_panel import VisitsPanel


def test_empty_state_explains_what_will_appear(qtbot, services):
    # GIVEN no visit in progress WHEN the panel shows
    panel = VisitsPanel(services.visits, services.clock)
    qtbot.addWidget(panel)
    # THEN, once read off the GUI thread, it explains the list instead of an empty table
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert "Ctrl+N" in panel.empty.text() and "dilanjutkan" in panel.empty.text()


def test_rows_show_step_visitor_and_time_since_arrival(qtbot, services, clock,
                                                      returning_visitor):
    # GIVEN a visit that arrived 75 minutes ago and is at the visit book
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id, returning_visitor)
    clock.advance(minutes=75)
    panel = VisitsPanel(services.visits, services.clock)
    qtbot.addWidget(panel)
    # THEN the row reads like the desk speaks
    qtbot.waitUntil(lambda: bool(panel.rows))
    assert panel.stack.currentWidget() is panel.table
    assert panel.table.item(0, 1).text() == "3. Buku kunjungan"
    assert panel.table.item(0, 2).text() == "Siti Rahmawati (6172••••••••0001)"
    assert panel.table.item(0, 4).text() == "1 jam 15 menit"
    # AND a double-click asks to resume that visit
    with qtbot.waitSignal(panel.resume_requested) as sig:
        panel.table.cellDoubleClicked.emit(0, 2)
    assert sig.args == [visit.id]
    # AND a visit closed elsewhere disappears on refresh (F5 / Muat ulang)
    services.visits.cancel_visit(visit.id, "Tes pembatalan")
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rows == [])
    assert panel.stack.currentWidget() is panel.empty


def test_elapsed_wording():
    assert format_elapsed(dt.timedelta(seconds=20)) == "baru saja"
    assert format_elapsed(dt.timedelta(minutes=5)) == "5 menit"
    assert format_elapsed(dt.timedelta(hours=2)) == "2 jam 0 menit"


class _FlakyVisits:
    """The real visit service, whose list fails with ``error`` while it is set."""

    def __init__(self, real) -> None:
        self.real = real
        self.error: BaseException | None = None
        self.calls = 0

    def list_in_progress(self):
        self.calls += 1
        if self.error is not None:
            raise self.error
        return self.real.list_in_progress()


@pytest.mark.parametrize("error", [
    InterfaceError("connection already closed"),
    OperationalError("server closed the connection unexpectedly"),
    DatabaseConnectionError(UNREACHABLE),
])
def test_timer_refresh_failing_shows_a_calm_line_and_recovers(qtbot, services, caplog,
                                                             returning_visitor, error):
    # GIVEN the panel listing one visit, refreshing itself every 20 ms
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id, returning_visitor)
    visits = _FlakyVisits(services.visits)
    panel = VisitsPanel(visits, services.clock, refresh_ms=20)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: [r.id for r in panel.rows] == [visit.id])
    assert panel.error.isHidden()
    # WHEN the database stops answering while the timer keeps firing
    caplog.set_level(logging.INFO, logger="jdih_desktop.ui.visits_panel")
    visits.error = error
    calls = visits.calls
    qtbot.waitUntil(lambda: visits.calls >= calls + 4, timeout=5000)
    # THEN no exception escaped the slot (pytest-qt would fail the test), a line says what
    # happened and that it keeps trying, the last rows stay, and the log has it once
    assert not panel.error.isHidden()
    text = panel.error.text()
    assert text.startswith("Daftar kunjungan tidak dapat dimuat: ")
    assert text.endswith(". Mencoba lagi otomatis.")
    if isinstance(error, DatabaseConnectionError):
        assert UNREACHABLE in text
    assert [r.id for r in panel.rows] == [visit.id]
    assert len([r for r in caplog.records if "cannot be loaded" in r.getMessage()]) == 1
    # WHEN it answers again THEN the next refresh clears the line and reads the list anew
    services.visits.cancel_visit(visit.id, "Tes pembatalan")
    visits.error = None
    qtbot.waitUntil(lambda: panel.error.isHidden(), timeout=5000)
    assert panel.rows == [] and panel.stack.currentWidget() is panel.empty
    assert any("load again" in r.getMessage() for r in caplog.records)
