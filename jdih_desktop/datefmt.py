"""Dates and times written the Indonesian way, without the operating system's locale.

The desk may run an English Windows, so month and day names come from here, not from
``strftime``. One place for every layer: receipts, reports, screens and the printer test slip
(``devices/`` may not import ``services/``, so this lives beside ``errors.py``).
"""

from __future__ import annotations

import datetime as dt

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")


def format_date_id(day: dt.date, with_weekday: bool = False) -> str:
    """``24 November 2026``, or ``Selasa, 24 November 2026`` with the weekday."""
    text = f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    return f"{DAYS_ID[day.weekday()]}, {text}" if with_weekday else text


def format_datetime_id(moment: dt.datetime, with_weekday: bool = False) -> str:
    """``24 November 2026 09.05`` (Indonesian writes times with a dot)."""
    return f"{format_date_id(moment.date(), with_weekday)} {moment:%H.%M}"
