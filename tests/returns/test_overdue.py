"""Overdue list: due dates over opening days and holidays, days late, reminder text."""

from __future__ import annotations

import datetime as dt

from jdih_desktop.services.calendar import due_date
from jdih_desktop.services.returns import ReturnLine
from jdih_desktop.store.models import Holiday


def test_overdue_over_holidays(services, loans):
    # GIVEN a 7-opening-day loan on Friday 13 Nov 2026 with two holidays in the period
    Holiday.create(date=dt.date(2026, 11, 16), name="Libur A")
    Holiday.create(date=dt.date(2026, 11, 17), name="Libur B")
    loaned = dt.datetime(2026, 11, 13, 10, 0)
    due = due_date(loaned.date(), 7)
    # 16-17 are holidays, weekends skipped: 18,19,20,23,24,25,26 -> due Thursday 26 Nov
    assert due == dt.date(2026, 11, 26)
    loan = loans.loan(docs=2, loaned_at=loaned, due=due)
    # WHEN the list is read on the due date THEN it is not late yet
    assert services.returns.overdue(dt.date(2026, 11, 26)) == []
    # WHEN read on Monday 30 Nov THEN it is 4 calendar days late with both items
    [entry] = services.returns.overdue(dt.date(2026, 11, 30))
    assert entry.loan_id == loan.id and entry.days_late == 4 and len(entry.items) == 2
    # WHEN one item comes back THEN only the other is listed; when both, the loan leaves the list
    view = services.returns.find(loan.receipt_number)
    services.returns.return_items(loan.id, [ReturnLine(view.items[0].item_id)])
    [entry] = services.returns.overdue(dt.date(2026, 11, 30))
    assert len(entry.items) == 1
    services.returns.return_items(loan.id, [ReturnLine(view.items[1].item_id)])
    assert services.returns.overdue(dt.date(2026, 11, 30)) == []


def test_read_on_site_not_returned_same_day_is_overdue(services, loans, clock):
    # GIVEN a read-on-site loan this morning and one from yesterday, plus a loan not yet due
    today = clock().date()
    loans.loan(docs=1, loaned_at=clock() - dt.timedelta(hours=1), due=None, read_on_site=True)
    old = loans.loan(docs=1, loaned_at=clock() - dt.timedelta(days=1), due=None,
                     read_on_site=True)
    loans.loan(docs=1, loaned_at=clock(), due=today + dt.timedelta(days=3))
    # WHEN the overdue list is read today
    entries = services.returns.overdue()
    # THEN only yesterday's read-on-site loan is late, by one day
    assert [(e.loan_id, e.days_late, e.read_on_site) for e in entries] == [(old.id, 1, True)]
    # and the loan view shows the same lateness
    assert services.returns.find(old.receipt_number).days_late == 1


def test_reminder_text_is_ready_to_send(services, loans):
    # GIVEN an overdue loan
    loan = loans.loan(docs=1, loaned_at=dt.datetime(2026, 11, 2, 9), due=dt.date(2026, 11, 11),
                      name="Budi Santoso")
    [entry] = services.returns.overdue(dt.date(2026, 11, 24))
    # WHEN the reminder is written
    text = services.returns.reminder_text(entry)
    # THEN it names the person, the receipt, the due date in Indonesian, days late and the item
    assert text.startswith("Yth. Bapak/Ibu Budi Santoso,")
    assert loan.receipt_number in text
    assert "11 November 2026" in text and "13 hari terlambat" in text
    assert entry.items[0][0] in text and "PKPU" in text
