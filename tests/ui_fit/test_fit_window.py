"""fit_window: sizes from the screen's available area, remembers the officer's geometry per
machine, and restores it only while it still fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from jdih_desktop.ui.widgets import fit
from jdih_desktop.ui.widgets.fit import FRAME_ALLOWANCE, fit_window, fits, saved_geometry

DESK = QRect(0, 0, 1366, 728)
LAPTOP_125 = QRect(0, 0, 1093, 582)
BIG = QRect(0, 0, 1920, 1040)


def test_preferred_size_where_it_fits_shrunk_where_it_does_not(qtbot):
    w = QDialog()
    qtbot.addWidget(w)
    rect = fit_window(w, "t1", (1180, 820), available=DESK, remember=False)
    # THEN the height shrinks to the desk screen less title bar and borders, width stays
    assert rect.size() == QSize(1180, 728 - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom())
    assert fits(rect, DESK)
    rect = fit_window(w, "t1", (1180, 820), available=BIG, remember=False)
    assert rect.size() == QSize(1180, 820) and fits(rect, BIG)
    rect = fit_window(w, "t1", (1180, 820), available=LAPTOP_125, remember=False)
    assert fits(rect, LAPTOP_125) and rect.width() == 1093 - 16


def test_minimum_is_kept_but_never_larger_than_the_screen(qtbot):
    w = QDialog()
    qtbot.addWidget(w)
    fit_window(w, "t2", (600, 400), minimum=(700, 500), available=DESK, remember=False)
    assert w.size() == QSize(700, 500) and w.minimumSize() == QSize(700, 500)
    fit_window(w, "t2", (600, 400), minimum=(1200, 700), available=LAPTOP_125, remember=False)
    assert fits(w.geometry(), LAPTOP_125)


def test_geometry_is_remembered_and_restored_while_it_fits(qtbot, window_settings):
    # GIVEN a window the officer moved and resized on a big monitor, then closed
    w = QDialog()
    QVBoxLayout(w).addWidget(QLabel("x"))
    qtbot.addWidget(w)
    fit_window(w, "moved", (800, 500), available=BIG)
    w.show()
    w.setGeometry(QRect(900, 300, 900, 600))
    w.hide()
    rect, maximized = saved_geometry("moved")
    assert rect == QRect(900, 300, 900, 600) and maximized is False
    # WHEN it opens again on the same monitor THEN it is where the officer left it
    again = QDialog()
    qtbot.addWidget(again)
    assert fit_window(again, "moved", (800, 500), available=BIG) == QRect(900, 300, 900, 600)
    # WHEN it opens on the laptop's own 1366×728 THEN it no longer fits: a fitting size, centred
    laptop = QDialog()
    qtbot.addWidget(laptop)
    rect = fit_window(laptop, "moved", (800, 500), available=DESK)
    assert rect.size() == QSize(800, 500) and fits(rect, DESK)
    assert rect.center().x() in range(680, 687)


def test_settings_live_in_the_user_profile_not_the_database(window_settings):
    s = fit.settings()
    assert s.fileName().startswith(str(window_settings))
    s.setValue("windows/junk/rect", "not a rectangle")
    assert saved_geometry("junk") == (None, False)  # unreadable: ignored, no crash


def test_closing_a_window_writes_its_geometry_off_the_gui_thread(qtbot, window_settings,
                                                                 monkeypatch):
    # GIVEN QSettings' sync (which writes the INI file and flushes it to disk) recording the
    # thread it runs on
    import threading

    from PySide6.QtCore import QSettings

    threads: list[bool] = []
    real_sync = QSettings.sync

    def sync(self):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_sync(self)

    monkeypatch.setattr(QSettings, "sync", sync)
    w = QDialog()
    QVBoxLayout(w).addWidget(QLabel("x"))
    qtbot.addWidget(w)
    fit_window(w, "written", (800, 500), available=BIG)
    w.show()
    w.setGeometry(QRect(100, 120, 820, 540))
    # WHEN the window is closed
    w.hide()
    # THEN the geometry is known at once, and written to the file by another thread
    assert saved_geometry("written") == (QRect(100, 120, 820, 540), False)
    assert fit.flush_geometry()
    assert threads and not any(threads)
    s = QSettings(fit.settings().fileName(), QSettings.Format.IniFormat)
    assert [int(v) for v in s.value("windows/written/rect")] == [100, 120, 820, 540]
