"""Record every SQL statement the GUI thread runs (issue 10: the GUI thread never waits on the
database). Off-GUI statements are not recorded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from jdih_desktop.store.db import database_proxy


@contextmanager
def sql_on_gui_thread() -> Iterator[list[str]]:
    """Within the block, the list holds each statement run on the main thread."""
    on_gui: list[str] = []
    cls = type(database_proxy.obj)
    real = cls.execute_sql

    def spy(db, sql, params=None, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(sql)
        return real(db, sql, params, *args, **kwargs)

    cls.execute_sql = spy
    try:
        yield on_gui
    finally:
        cls.execute_sql = real
