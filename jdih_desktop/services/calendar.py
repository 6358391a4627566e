"""Library opening days and due dates.

A loan period counts the days the library is open: Sundays (and Saturdays, for the usual
Monday-Friday office week) and the holidays in the ``holiday`` table are skipped, so a due date
never falls on a day the desk is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from jdih_desktop.store.models import Holiday


def holidays_between(start: dt.date, end: dt.date) -> set[dt.date]:
    rows = Holiday.select(Holiday.date).where(Holiday.date.between(start, end))
    return {r.date for r in rows}


def is_open_day(day: dt.date, holidays: Iterable[dt.date], *, skip_saturdays: bool = True,
                skip_sundays: bool = True) -> bool:
    if skip_sundays and day.weekday() == 6:
        return False
    if skip_saturdays and day.weekday() == 5:
        return False
    return day not in holidays


def due_date(loaned_on: dt.date, period_days: int, *, skip_saturdays: bool = True,
             skip_sundays: bool = True, holidays: Iterable[dt.date] | None = None) -> dt.date:
    """The ``period_days``-th opening day after ``loaned_on`` (0: the next opening day)."""
    if period_days < 0:
        raise ValueError("period_days must be >= 0")
    # Opening days are at least 2 of 7 even in a week full of holidays; look far enough ahead.
    horizon = loaned_on + dt.timedelta(days=period_days * 3 + 60)
    closed = set(holidays) if holidays is not None else holidays_between(loaned_on, horizon)
    day = loaned_on
    counted = 0
    target = max(period_days, 1)
    while counted < target:
        day += dt.timedelta(days=1)
        if is_open_day(day, closed, skip_saturdays=skip_saturdays, skip_sundays=skip_sundays):
            counted += 1
    return day


def days_late(due: dt.date, today: dt.date) -> int:
    """Calendar days past the due date (0 when not late)."""
    return max(0, (today - due).days)
