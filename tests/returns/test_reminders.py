"""Reminder levels and the log of reminders given (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlparse

import pytest

from jdih_desktop.services.reminders import ReminderError, level_for, whatsapp_number
from jdih_desktop.store.models import AuditLog, Officer, Reminder
from tests.reports.report_truth import pdf_text

LOANED = dt.datetime(2026, 10, 20, 10, 0)  # today is Tuesday 24 November 2026


@pytest.mark.parametrize(("days", "level"), [(0, 0), (1, 1), (6, 1), (7, 2), (13, 2),
                                             (14, 3), (60, 3)])
def test_levels_at_due_plus_1_7_and_14_days(days, level):
    assert level_for(days) == level


def test_the_number_for_wa_me():
    assert whatsapp_number("+62 812-3456-7890") == "6281234567890"
    assert whatsapp_number("0812 3456 7890") == "6281234567890"
    assert whatsapp_number("12") == ""


def test_each_reminder_is_logged_with_level_channel_officer_and_time(services, loans, clock):
    # GIVEN loans 2, 8 and 20 days late
    two = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 22), name="Dua Hari")
    eight = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 16), name="Delapan")
    twenty = loans.loan(docs=2, loaned_at=LOANED, due=dt.date(2026, 11, 4), name="Dua Puluh")
    rem = services.reminders
    st = {s.entry.loan_id: s for s in rem.statuses()}
    assert (st[two.id].level, st[eight.id].level, st[twenty.id].level) == (1, 2, 3)
    assert all(s.due and s.given_level == 0 for s in st.values())
    # WHEN the officer phones the 20-days-late borrower, noting the answer
    officer = Officer.get()
    with pytest.raises(ReminderError, match="hasil panggilan"):
        rem.record(twenty.id, "phone", note="  ")
    rec = rem.record(twenty.id, "phone", note="Berjanji mengembalikan Senin",
                     officer_id=officer.id)
    # THEN the log keeps who, when, how, the level and the lateness
    assert (rec.level, rec.channel, rec.officer_name, rec.at, rec.days_late) == (
        3, "phone", officer.full_name, clock.now, 20)
    assert rec.note == "Berjanji mengembalikan Senin"
    assert json.loads(AuditLog.get(AuditLog.action == "loan.reminder").detail)["level"] == 3
    # AND that loan is no longer due for a reminder, the others still are
    st = {s.entry.loan_id: s for s in rem.statuses()}
    assert not st[twenty.id].due and st[twenty.id].last.channel == "phone"
    assert st[two.id].due and st[eight.id].due
    # WHEN six days pass the two-days-late loan reaches level 2 and is due again
    rem.record(two.id, "letter")
    clock.advance(days=6)
    st = {s.entry.loan_id: s for s in rem.statuses()}
    assert st[two.id].level == 2 and st[two.id].given_level == 1 and st[two.id].due
    assert [r.channel for r in rem.history(two.id)] == ["letter"]
    assert Reminder.select().count() == 2


def test_a_loan_not_yet_late_gets_no_reminder(services, loans):
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 30))
    with pytest.raises(ReminderError, match="belum terlambat"):
        services.reminders.record(loan.id, "letter")
    assert Reminder.select().count() == 0


def test_whatsapp_link_carries_the_levels_text(services, loans):
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 16))
    entry = next(s.entry for s in services.reminders.statuses() if s.entry.loan_id == loan.id)
    url = urlparse(services.reminders.whatsapp_url(entry))
    assert (url.scheme, url.netloc, url.path) == ("https", "wa.me", "/6281234567890")
    text = parse_qs(url.query)["text"][0]
    assert text.startswith("[PENGINGAT KEDUA]") and loan.receipt_number in text


def test_the_letter_is_on_the_letterhead_and_lists_the_documents(services, loans):
    loan = loans.loan(docs=2, loaned_at=LOANED, due=dt.date(2026, 11, 4))
    entry = next(s.entry for s in services.reminders.statuses())
    text = pdf_text(services.reminders.letter_pdf(entry))
    office = services.config.office
    assert office.name.upper() in text
    assert "Peringatan ketiga".upper() in text.upper() and loan.receipt_number in text
    for barcode, _ref in entry.items:
        assert barcode in text
    assert "Siti Rahmawati" in text and "20 hari terlambat" in text


def test_the_overdue_tab_gives_and_logs_reminders(qtbot, services, loans, tmp_path):
    from PySide6.QtCore import Qt

    from jdih_desktop.ui.returns import ReturnsWindow

    # GIVEN one loan 20 days late
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 4))
    w = ReturnsWindow(services, None, None)
    qtbot.addWidget(w)
    opened: list[str] = []
    w.open_url = lambda url: opened.append(url.toString()) or True
    w.choose_file = lambda *_a: str(tmp_path / "surat.pdf")
    w.show()
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not w.reminders_busy)  # the list is read on the database lane
    assert w.overdue_table.item(0, 6).text().startswith("3")
    # WHEN the officer opens WhatsApp, then saves a letter, then notes a call (each logged on
    # the database lane, in the order given)
    qtbot.mouseClick(w.whatsapp_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.letter_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.phone_button, Qt.MouseButton.LeftButton)  # no note: refused
    qtbot.waitUntil(lambda: not w.reminders_busy)
    qtbot.keyClicks(w.reminder_note, "Tidak diangkat")
    qtbot.mouseClick(w.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.reminders_busy and "Tidak diangkat" in w.reminder_log.text())
    # THEN the link and the letter were opened, and the three reminders are logged
    assert opened[0].startswith("https://wa.me/6281234567890?text=")
    assert opened[1].endswith("surat.pdf") and (tmp_path / "surat.pdf").read_bytes()[:4] == b"%PDF"
    assert [r.channel for r in services.reminders.history(loan.id)] == [
        "whatsapp", "letter", "phone"]
    assert "Tidak diangkat" in w.reminder_log.text()
    assert "telepon" in w.overdue_table.item(0, 7).text()


def test_the_overdue_tab_reads_and_logs_off_the_gui_thread(qtbot, services, loans, monkeypatch):
    import threading

    from PySide6.QtCore import Qt

    from jdih_desktop.ui.returns import ReturnsWindow

    calls: list[tuple[str, bool]] = []
    for name in ("statuses", "history", "record"):
        real = getattr(services.reminders, name)

        def recorded(*a, _real=real, _name=name, **kw):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*a, **kw)

        monkeypatch.setattr(services.reminders, name, recorded)
    loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 4))
    w = ReturnsWindow(services, None, None)
    qtbot.addWidget(w)
    w.show()
    # WHEN the overdue tab opens and a phone call is noted
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not w.reminders_busy and w.overdue_table.rowCount() == 1)
    qtbot.keyClicks(w.reminder_note, "Diangkat, akan dikembalikan besok")
    qtbot.mouseClick(w.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.reminders_busy and "besok" in w.reminder_log.text())
    # THEN the list, the log and the new reminder were read and written on the database lane
    assert {n for n, _ in calls} == {"statuses", "history", "record"}
    assert [c for c in calls if c[1]] == []
