"""Dates, times and durations on screen, in the interface's language.

Printouts (receipts, reports, the test slip) stay Indonesian and use ``jdih_desktop.datefmt``;
screens follow the language ``ui.application.install_translator`` installed (the application
property ``LANGUAGE_PROPERTY``; Indonesian when it was never set), not the operating system's
locale. Indonesian keeps the project's own month and day names so the screen matches the paper
exactly; other languages use Qt's locale data.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from jdih_desktop.datefmt import MONTHS_ID, format_date_id, format_datetime_id
from jdih_desktop.ui import LANGUAGE_PROPERTY


def _language() -> str:
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else "id"


def _indonesian() -> bool:
    return _language() == "id"


def ui_date(day: dt.date, with_weekday: bool = False) -> str:
    """``Selasa, 24 November 2026`` / ``Tuesday, 24 November 2026`` (weekday optional)."""
    if _indonesian():
        return format_date_id(day, with_weekday)
    pattern = "dddd, d MMMM yyyy" if with_weekday else "d MMMM yyyy"
    return QLocale(_language()).toString(QDate(day.year, day.month, day.day), pattern)


def ui_datetime(moment: dt.datetime, with_weekday: bool = False) -> str:
    """``24 November 2026 09.05`` in Indonesian, ``24 November 2026 09:05`` in English."""
    if _indonesian():
        return format_datetime_id(moment, with_weekday)
    time = QLocale(_language()).toString(QTime(moment.hour, moment.minute), "HH:mm")
    return f"{ui_date(moment.date(), with_weekday)} {time}"


def ui_month(day: dt.date) -> str:
    """``November 2026`` with the month name in the interface's language."""
    if _indonesian():
        return f"{MONTHS_ID[day.month - 1]} {day.year}"
    return QLocale(_language()).toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def format_elapsed(delta: dt.timedelta) -> str:
    """Time since arrival as the visits list shows it: ``baru saja``, ``5 menit``,
    ``1 jam 35 menit`` (translated)."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("Durasi", "baru saja")
    if minutes < 60:
        return QCoreApplication.translate("Durasi", "%1 menit").replace("%1", str(minutes))
    text = QCoreApplication.translate("Durasi", "%1 jam %2 menit")
    return text.replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))


def as_sentence(text: str) -> str:
    """``text`` ending in a full stop (error messages are spliced into longer notices)."""
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?" else text + "."
