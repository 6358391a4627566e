"""The home page's visits-in-progress list: empty state, rows, elapsed time, resume."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from jdih_desktop.ui.formats import format_elapsed
from jdih_desktop.ui.visits_panel import VisitsPanel


def test_empty_state_explains_what_will_appear(qtbot, services):
    # GIVEN no visit in progress WHEN the panel shows
    panel = VisitsPanel(services.visits, services.clock)
    qtbot.addWidget(panel)
    # THEN it explains the list instead of showing an empty table
    assert panel.stack.currentWidget() is panel.empty
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
    assert panel.rows == [] and panel.stack.currentWidget() is panel.empty


def test_elapsed_wording():
    assert format_elapsed(dt.timedelta(seconds=20)) == "baru saja"
    assert format_elapsed(dt.timedelta(minutes=5)) == "5 menit"
    assert format_elapsed(dt.timedelta(hours=2)) == "2 jam 0 menit"
