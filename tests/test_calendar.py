"""Due dates skip Sundays, Saturdays and holidays."""

from __future__ import annotations

import datetime as dt

from jdih_desktop.services.calendar import days_late, due_date
from jdih_desktop.store.models import Holiday

MON = dt.date(2026, 11, 23)


def test_seven_opening_days_from_monday_skip_the_weekend():
    assert due_date(MON, 7, holidays=[]) == dt.date(2026, 12, 2)  # Wed next week


def test_a_holiday_pushes_the_due_date(ctx):
    # GIVEN a holiday on the Tuesday after a Monday loan
    Holiday.create(date=dt.date(2026, 11, 24), name="Cuti bersama")
    # WHEN a 3-day loan is made THEN Tue is skipped: Wed, Thu, Fri -> Friday
    assert due_date(MON, 3) == dt.date(2026, 11, 27)
    assert due_date(MON, 3, holidays=[]) == dt.date(2026, 11, 26)


def test_friday_loan_for_one_day_is_due_monday_or_saturday_when_open():
    fri = dt.date(2026, 11, 27)
    assert due_date(fri, 1, holidays=[]) == dt.date(2026, 11, 30)
    assert due_date(fri, 1, holidays=[], skip_saturdays=False) == dt.date(2026, 11, 28)


def test_days_late():
    assert days_late(dt.date(2026, 11, 20), dt.date(2026, 11, 24)) == 4
    assert days_late(dt.date(2026, 11, 25), dt.date(2026, 11, 24)) == 0
