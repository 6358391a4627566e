"""Settings saves and the retention run are operations that announce what they changed."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QObject, Qt

from jdih_desktop.store.models import Holiday, Visitor
from jdih_desktop.ui.calendar_settings import CalendarSettingsDialog
from jdih_desktop.ui.operations import Change, hub, running_operations
from jdih_desktop.ui.operations.settings import retention_run, save_config
from tests.retention.conftest import people  # noqa: F401 - fixture


def _listener(changes: Change) -> tuple[QObject, list[Change]]:
    receiver, heard = QObject(), []
    hub().subscribe(receiver, changes, heard.append)
    return receiver, heard


def test_a_holiday_saved_in_the_dialog_is_announced_to_whoever_shows_due_dates(qtbot, services):
    # GIVEN the holidays dialog and some other window listening for calendar changes
    receiver, heard = _listener(Change.CALENDAR)
    dialog = CalendarSettingsDialog(services.calendar_admin, services.loans)
    qtbot.addWidget(dialog)
    dialog.show()
    # WHEN a holiday is added
    qtbot.mouseClick(dialog.btn_holiday_add, Qt.MouseButton.LeftButton)
    dialog.holiday_date.setDate(dt.date(2026, 11, 27))
    qtbot.keyClicks(dialog.holiday_name, "Cuti bersama")
    qtbot.mouseClick(dialog.btn_holiday_save, Qt.MouseButton.LeftButton)
    # THEN it is stored off the GUI thread, listed, and the change is announced
    qtbot.waitUntil(lambda: running_operations() == 0 and dialog.holidays_table.rowCount() == 1)
    assert Holiday.get(Holiday.date == dt.date(2026, 11, 27)).name == "Cuti bersama"
    assert heard == [Change.CALENDAR]
    del receiver


def test_the_retention_run_finishes_and_announces_after_its_window_closed(qtbot, services,
                                                                          people):  # noqa: F811
    # GIVEN a listener for visitors' data and a window that starts the run, then goes away
    receiver, heard = _listener(Change.PEOPLE)
    window = QObject()
    op = retention_run(window, services.retention)
    seen: list[object] = []
    op.success(seen.append).run()
    shiboken6.delete(window)  # the dialog closed and deleted while the run goes on
    # WHEN the run ends THEN the data is anonymised and the change announced, though the
    # window's own callback is skipped (it no longer exists)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.failure_info is None and op.result.committed and op.result.visitors == 3
    assert Visitor.get_by_id(people.old).id_number is None
    assert heard == [Change.PEOPLE | Change.VISITS] and seen == []
    del receiver


def test_a_settings_file_is_written_off_the_gui_thread_then_applied(qtbot, ctx):
    # GIVEN a changed setting
    applied: list[bool] = []
    receiver, heard = _listener(Change.SETTINGS)
    ctx.config.devices.paper_width_mm = 58
    # WHEN it is saved as an operation
    op = save_config(None, ctx.config, apply=lambda: applied.append(ctx.config.path.exists()))
    op.run()
    qtbot.waitUntil(lambda: op.done)
    # THEN config.ini holds it before the change is applied and announced
    from jdih_desktop.config import load_config

    assert load_config(ctx.data_dir).devices.paper_width_mm == 58
    assert applied == [True] and heard == [Change.SETTINGS]
    del receiver
