"""The borrower in view: a visitor's open and past loans, and what the loan rules say about them.

The desk sees, on arrival and on the loan page, every copy the visitor still has (with its due
date and how many days it is late) and the loans already returned. The same figures decide two
rules of ``LoanRule``: ``max_items`` counts the copies a borrower has out at once under that rule
(across loans, not per loan), and ``overdue_action`` says whether a borrower with a late loan is
only warned or blocked (a block the officer may override with a reason; see
``LoanService.create_loan``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.services.calendar import days_late
from jdih_desktop.services.receipts import document_label
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store.models import (
    Copy,
    Document,
    Loan,
    LoanItem,
    LoanRule,
    Visitor,
)

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BorrowedCopy:
    barcode: str
    label: str  # "Peraturan: PKPU No. 4 Tahun 2021"
    title: str
    returned_at: dt.datetime | None


@dataclass(frozen=True)
class BorrowerLoan:
    """One loan of the borrower as the panel lists it."""

    loan_id: int
    receipt_number: str
    loaned_at: dt.datetime
    due_date: dt.date | None  # None: read on site (due the same day)
    read_on_site: bool
    status: str  # open / partial / returned
    rule_id: int | None
    rule_name: str
    renewals: int
    days_late: int
    copies: tuple[BorrowedCopy, ...]

    @property
    def open_copies(self) -> tuple[BorrowedCopy, ...]:
        return tuple(c for c in self.copies if c.returned_at is None)

    @property
    def returned_at(self) -> dt.datetime | None:
        done = [c.returned_at for c in self.copies if c.returned_at is not None]
        return max(done) if done else None


@dataclass(frozen=True)
class BorrowerSummary:
    visitor_id: int
    visitor_name: str
    open_loans: tuple[BorrowerLoan, ...]
    past_loans: tuple[BorrowerLoan, ...]
    past_total: int  # all returned loans (``past_loans`` holds the latest few)

    @property
    def open_copy_count(self) -> int:
        return sum(len(ln.open_copies) for ln in self.open_loans)

    @property
    def overdue_loans(self) -> tuple[BorrowerLoan, ...]:
        return tuple(ln for ln in self.open_loans if ln.days_late > 0)

    @property
    def max_days_late(self) -> int:
        return max((ln.days_late for ln in self.open_loans), default=0)

    def open_copies_under(self, rule_id: int) -> int:
        """Copies out at once under one rule (what ``LoanRule.max_items`` limits)."""
        return sum(len(ln.open_copies) for ln in self.open_loans if ln.rule_id == rule_id)


def effective_due(due_date: dt.date | None, read_on_site: bool,
                  loaned_at: dt.datetime) -> dt.date | None:
    """The day a loan must be back: its due date, or the day itself when read on site."""
    if due_date is not None:
        return due_date
    return loaned_at.date() if read_on_site else None


class BorrowerService:
    """Read-only look at one borrower's loans (plain data for the panel and the rules)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca data peminjam"))
    def summary(self, visitor_id: int, past_limit: int = 10) -> BorrowerSummary:
        visitor = Visitor.get_or_none(Visitor.id == visitor_id)
        if visitor is None:
            return BorrowerSummary(visitor_id, "", (), (), 0)
        today = self.clock().date()
        loans = list(Loan.select().where(Loan.visitor == visitor_id)
                     .order_by(Loan.loaned_at.desc(), Loan.id.desc()))
        open_rows = [ln for ln in loans if ln.status != "returned"]
        past_rows = [ln for ln in loans if ln.status == "returned"]
        shown = open_rows + past_rows[:past_limit]
        ids = [ln.id for ln in shown]
        copies: dict[int, list[BorrowedCopy]] = {i: [] for i in ids}
        if ids:
            rows = (LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                    .where(LoanItem.loan.in_(ids)).order_by(LoanItem.id))
            for it in rows:
                d = it.copy.document
                copies[it.loan_id].append(BorrowedCopy(
                    it.copy.barcode,
                    document_label(d.doc_type, d.singkatan_jenis, d.jenis, d.nomor, d.tahun),
                    d.judul, it.returned_at))
        rules = {r.id: r.name for r in LoanRule.select(LoanRule.id, LoanRule.name)}

        def view(ln: Loan) -> BorrowerLoan:
            late = 0
            if ln.status != "returned":
                due = effective_due(ln.due_date, bool(ln.read_on_site), ln.loaned_at)
                late = days_late(due, today) if due is not None else 0
            return BorrowerLoan(ln.id, ln.receipt_number, ln.loaned_at, ln.due_date,
                                bool(ln.read_on_site), ln.status, ln.rule_id,
                                rules.get(ln.rule_id, ""), ln.renewals or 0, late,
                                tuple(copies.get(ln.id, ())))

        open_views = sorted((view(ln) for ln in open_rows),
                            key=lambda v: (-v.days_late, v.due_date or dt.date.max))
        return BorrowerSummary(visitor.id, visitor.full_name, tuple(open_views),
                               tuple(view(ln) for ln in past_rows[:past_limit]), len(past_rows))
