"""Windows that fit the desk's screen, and remember where the officer put them.

The commonest desk screen is 1366×768 with a 40 px taskbar (1366×728 usable), often at 125 %
scaling (about 1093×582 logical pixels). ``fit_window`` gives a window its preferred size only
where the screen's *available* area has room for it, title bar and borders included; otherwise
the largest size that fits. The geometry the officer chose is kept per machine (QSettings in
the user's profile, never in the shared database, so two desks on one PostgreSQL catalogue do
not fight over it) and is restored only while it still fits the screen the window opens on:
a laptop taken from a big monitor to its own 1366×768 panel gets a fitting size again.

The minimum size is part of fitting: a window whose layout needs more than the screen gives
cannot be made usable by any size, so ``MINIMUM`` is the small screen at 125 %, and the fit
test (tests/ui_fit) checks every window's minimum size hint against it.

Saving never touches the disk on the GUI thread: QSettings' ``sync()`` writes the INI file and
flushes it to disk (two ``fdatasync`` calls, measured at over 100 ms on a busy disk while a
wizard window closed). The geometry is noted in memory, where the next ``saved_geometry``
reads it, and one short-lived writer thread with its own QSettings (QSettings is reentrant)
writes the newest geometry of each window.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from jdih_desktop import APP_NAME, ORG_NAME

#: 1366×768 less a 40 px taskbar, at 100 % scaling.
DESK_SCREEN = QSize(1366, 728)
#: The same screen at 125 % scaling, in logical pixels.
DESK_SCREEN_125 = QSize(1093, 582)
#: What the window manager adds around a window (Windows 11 title bar ≈ 31 logical px, thin
#: borders); reserved before the window is shown, when its real frame is not yet known.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
#: Every window's minimum size must fit this (the small screen at 125 %, frame included).
MINIMUM = QSize(DESK_SCREEN_125.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right(),
                DESK_SCREEN_125.height() - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom())

SETTINGS_GROUP = "windows"


def settings() -> QSettings:
    """This machine's window settings (an INI file in the user's profile on every OS)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def screen_for(window: QWidget) -> QScreen | None:
    """The screen a window will open on: its parent's, its own, or the primary one."""
    parent = window.parentWidget()
    if parent is not None and parent.window().screen() is not None:
        return parent.window().screen()
    return window.screen() or QGuiApplication.primaryScreen()


def usable_area(available: QRect) -> QRect:
    """The part of ``available`` a window's client area may take, frame allowance removed."""
    return available.marginsRemoved(FRAME_ALLOWANCE)


def fitting_size(preferred: QSize, available: QRect, minimum: QSize | None = None) -> QSize:
    """``preferred`` shrunk to what ``available`` can hold (frame included), never below the
    window's minimum unless even that does not fit."""
    room = usable_area(available).size()
    size = preferred.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    return size


def fits(rect: QRect, available: QRect) -> bool:
    """Whether a client-area rectangle, with the frame around it, lies inside ``available``."""
    return available.contains(rect.marginsAdded(FRAME_ALLOWANCE), proper=False)


KEY_PROPERTY = "jdihGeometryKey"


class _GeometryKeeper(QObject):
    """Saves a fitted window's geometry when it is hidden or closed (dialogs hide on ``done``).

    One keeper for the whole app, held by this module, and the key is a property of the
    window: a keeper per window, parented to it, shared the window's garbage cycle, and a
    collection could clear the keeper's Python state while Qt still sent it the window's
    events (a crash seen in the test suite).
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow():
            key = obj.property(KEY_PROPERTY)
            if key:
                save_geometry(obj, str(key))
        return False


_keeper: _GeometryKeeper | None = None


def _the_keeper() -> _GeometryKeeper:
    global _keeper
    if _keeper is None or not shiboken6.isValid(_keeper):
        _keeper = _GeometryKeeper()
    return _keeper


# (settings file, key) -> (rect, maximised): saved, perhaps not yet written
_noted: dict[tuple[str, str], tuple[list[int], bool]] = {}
_unwritten: dict[tuple[str, str], tuple[list[int], bool]] = {}
_lock = threading.Lock()
_writer: threading.Thread | None = None


def save_geometry(window: QWidget, key: str) -> None:
    """Remember the window's normal geometry and whether it was maximised (written to the
    settings file by the writer thread, not here)."""
    geo = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not geo.isValid() or window.isFullScreen():
        return
    global _writer
    entry = ([geo.x(), geo.y(), geo.width(), geo.height()], window.isMaximized())
    where = (settings().fileName(), key)
    with _lock:
        _noted[where] = entry
        _unwritten[where] = entry
        if _writer is None:
            # not a daemon: a geometry noted as the app closes is still written before exit
            _writer = threading.Thread(target=_write_noted, name="jdih-geometry-writer")
            _writer.start()


def _write_noted() -> None:
    """The writer thread: write what was noted, until nothing is left."""
    global _writer
    while True:
        with _lock:
            batch = dict(_unwritten)
            _unwritten.clear()
            if not batch:
                _writer = None
                return
        by_file: dict[str, list[tuple[str, tuple[list[int], bool]]]] = {}
        for (path, key), entry in batch.items():
            by_file.setdefault(path, []).append((key, entry))
        for path, entries in by_file.items():
            store = QSettings(path, QSettings.Format.IniFormat)
            store.beginGroup(SETTINGS_GROUP)
            for key, (rect, maximized) in entries:
                store.setValue(f"{key}/rect", rect)
                store.setValue(f"{key}/maximized", maximized)
            store.endGroup()
            store.sync()
            del store


def flush_geometry(timeout_s: float = 5.0) -> bool:
    """Wait until every noted geometry is written (tests; the app need not wait)."""
    with _lock:
        writer = _writer
    if writer is not None:
        writer.join(timeout_s)
        return not writer.is_alive()
    return True


def saved_geometry(key: str) -> tuple[QRect | None, bool]:
    """The remembered rectangle of ``key`` (None when there is none or it is unreadable)."""
    store = settings()
    with _lock:
        noted = _noted.get((store.fileName(), key))
    if noted is not None:
        x, y, w, h = noted[0]
        return QRect(x, y, w, h), noted[1]
    store.beginGroup(SETTINGS_GROUP)
    raw = store.value(f"{key}/rect")
    maximized = str(store.value(f"{key}/maximized", "false")).lower() == "true"
    store.endGroup()
    try:
        x, y, w, h = (int(v) for v in raw)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None, False
    return QRect(x, y, w, h), maximized


def fit_window(window: QWidget, key: str, preferred: QSize | tuple[int, int],
               minimum: QSize | tuple[int, int] | None = None,
               available: QRect | None = None, remember: bool = True) -> QRect:
    """Size and place ``window`` for the screen it opens on; remember its geometry.

    ``preferred`` is the comfortable size on a big screen; ``minimum`` the smallest size its
    layout works at (it must fit ``MINIMUM``). ``available`` overrides the screen's available
    area (tests). Returns the client-area rectangle the window was given.
    """
    preferred = QSize(*preferred) if isinstance(preferred, tuple) else preferred
    if isinstance(minimum, tuple):
        minimum = QSize(*minimum)
    if available is None:
        screen = screen_for(window)
        available = screen.availableGeometry() if screen is not None else QRect(
            0, 0, DESK_SCREEN.width(), DESK_SCREEN.height())
    room = usable_area(available)
    if minimum is not None:
        window.setMinimumSize(minimum.boundedTo(room.size()))
    rect, maximized = saved_geometry(key) if remember else (None, False)
    too_small = minimum is not None and rect is not None and (
        rect.width() < window.minimumWidth() or rect.height() < window.minimumHeight())
    if rect is None or too_small or not fits(rect, available):
        size = fitting_size(preferred, available, minimum)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(room.center())
        maximized = False
    window.setGeometry(rect)
    if maximized:
        from PySide6.QtCore import Qt  # here: building Qt's enum namespace is ~20 ms

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if remember and not window.property(KEY_PROPERTY):
        window.setProperty(KEY_PROPERTY, key)
        window.installEventFilter(_the_keeper())
    elif remember:
        window.setProperty(KEY_PROPERTY, key)
    return rect

