"""Reminders for late loans, in levels, each one given recorded.

Levels follow the days a loan is late (``REMINDER_LEVELS``): a first reminder from one day after
the due date, a second from seven, a third (a warning) from fourteen. The desk gives a reminder
one of three ways and each is logged in ``Reminder`` with the level, the officer and the time:

* ``letter`` — a letter on the office's letterhead (PDF, printed by the officer),
* ``whatsapp`` — a message opened in WhatsApp through a ``https://wa.me/<number>?text=...`` link
  (the officer presses send in WhatsApp; the app never sends anything itself),
* ``phone`` — a phone call, with what was said noted.

A loan is *due for a reminder* when its current level is above the highest level already given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import AppConfig
from jdih_desktop.errors import JdihError
from jdih_desktop.services import audit
from jdih_desktop.services.receipts import format_date_id
from jdih_desktop.services.returns import OverdueEntry, ReturnService
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store.models import Loan, Officer, Reminder, database_proxy

Clock = Callable[[], dt.datetime]

# (level, from this many days late, name on paper)
REMINDER_LEVELS: tuple[tuple[int, int, str], ...] = (
    (1, 1, "Pengingat pertama"),
    (2, 7, "Pengingat kedua"),
    (3, 14, "Peringatan ketiga"),
)
CHANNELS = {"letter": "Surat", "whatsapp": "WhatsApp", "phone": "Telepon"}


class ReminderError(JdihError):
    """A reminder cannot be given or recorded as asked."""


def level_for(days_late: int) -> int:
    """The reminder level a loan this many days late has reached (0: none yet)."""
    level = 0
    for n, days, _name in REMINDER_LEVELS:
        if days_late >= days:
            level = n
    return level


def level_name(level: int) -> str:
    return next((name for n, _d, name in REMINDER_LEVELS if n == level), "")


def whatsapp_number(phone: str) -> str:
    """Digits for wa.me: international form without '+' (08xx -> 628xx); '' when unusable."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits if 8 <= len(digits) <= 15 else ""


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    loan_id: int
    level: int
    channel: str
    at: dt.datetime
    officer_name: str
    days_late: int
    note: str


@dataclass(frozen=True)
class ReminderStatus:
    """An overdue loan with its reminder level and what was already given."""

    entry: OverdueEntry
    level: int
    given_level: int  # highest level already given (0: none)
    last: ReminderRecord | None

    @property
    def due(self) -> bool:
        return self.level > self.given_level


class ReminderService:
    """Levels, the log, the WhatsApp link and the letter."""

    def __init__(self, config: AppConfig, clock: Clock, returns: ReturnService) -> None:
        self.config = config
        self.clock = clock
        self.returns = returns
        self.officer_source: Callable[[], int | None] | None = None

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca daftar pengingat"))
    def statuses(self, today: dt.date | None = None) -> list[ReminderStatus]:
        """Every overdue loan (most late first) with its level and last reminder."""
        entries = self.returns.overdue(today)
        ids = [e.loan_id for e in entries]
        log: dict[int, list[ReminderRecord]] = {}
        if ids:
            for r in (Reminder.select().where(Reminder.loan.in_(ids))
                      .order_by(Reminder.at, Reminder.id)):
                log.setdefault(r.loan_id, []).append(self._record(r))
        out = []
        for e in entries:
            given = log.get(e.loan_id, [])
            out.append(ReminderStatus(e, level_for(e.days_late),
                                      max((g.level for g in given), default=0),
                                      given[-1] if given else None))
        return out

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca riwayat pengingat"))
    def history(self, loan_id: int) -> list[ReminderRecord]:
        return [self._record(r) for r in Reminder.select().where(Reminder.loan == loan_id)
                .order_by(Reminder.at, Reminder.id)]

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuat pengingat"))
    def text(self, entry: OverdueEntry) -> str:
        """The message of the entry's level (the returns desk's reminder text, headed)."""
        level = level_for(entry.days_late)
        head = level_name(level).upper()
        return (f"[{head}]\n" if head else "") + self.returns.reminder_text(entry)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuat pengingat WhatsApp"))
    def whatsapp_url(self, entry: OverdueEntry) -> str:
        number = whatsapp_number(entry.visitor_phone)
        if not number:
            raise ReminderError(QT_TRANSLATE_NOOP(
                    "Messages", "Nomor telepon %1 tidak tercatat atau tidak valid — perbarui di "
                    "buku kunjungan, atau kirim surat."),
                    params=(entry.visitor_name,))
        return f"https://wa.me/{number}?text={quote(self.text(entry), safe='')}"

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat pengingat"))
    def record(self, loan_id: int, channel: str, *, note: str = "",
               officer_id: int | None = None) -> ReminderRecord:
        """Log a reminder given now at the loan's current level."""
        if channel not in CHANNELS:
            raise ReminderError(QT_TRANSLATE_NOOP(
                    "Messages", "Cara pengingat %1 tidak dikenal; pilih surat, WhatsApp atau "
                    "telepon."),
                    params=(repr(channel),))
        note = " ".join((note or "").split())
        if channel == "phone" and not note:
            raise ReminderError(QT_TRANSLATE_NOOP(
                    "Messages", "Tulis hasil panggilan telepon (mis. \"berjanji mengembalikan "
                    "Senin\" atau \"tidak diangkat\")."))
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        now = self.clock()
        loan = Loan.get_or_none(Loan.id == loan_id)
        if loan is None:
            raise ReminderError(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjaman #%1 tidak ditemukan."),
                    params=(loan_id,))
        view = self.returns.loan_view(loan_id)
        level = level_for(view.days_late)
        if level == 0:
            raise ReminderError(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjaman %1 belum terlambat — belum perlu pengingat."),
                    params=(loan.receipt_number,))
        with database_proxy.atomic():
            row = Reminder.create(loan=loan_id, level=level, channel=channel, at=now,
                                  officer=officer_id, days_late=view.days_late,
                                  note=note or None)
            audit.record(at=now, officer=officer_id, action="loan.reminder", entity="loan",
                            entity_id=loan_id, detail=json.dumps({
                                "level": level, "channel": channel,
                                "days_late": view.days_late}))
        return self._record(Reminder.get_by_id(row.id))

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membuat surat pengingat"))
    def letter_pdf(self, entry: OverdueEntry, officer_id: int | None = None) -> bytes:
        """A reminder letter on the office's letterhead, signed by the officer on duty."""
        from jdih_desktop.services.report_render import reminder_letter_pdf
        from jdih_desktop.services.reports import ReportService

        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        level = level_for(entry.days_late)
        sig = ReportService(self.config, self.clock).signature(officer_id=officer_id)
        return reminder_letter_pdf(self.config.office, entry, level, level_name(level),
                                   self.clock(), sig)

    @staticmethod
    def _record(r: Reminder) -> ReminderRecord:
        officer = Officer.get_or_none(Officer.id == r.officer_id) if r.officer_id else None
        return ReminderRecord(r.id, r.loan_id, r.level, r.channel, r.at,
                              officer.full_name if officer else "", r.days_late, r.note or "")


def letter_date(day: dt.date) -> str:
    return format_date_id(day, False)
