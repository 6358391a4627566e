"""Renewal (perpanjangan) at the returns desk: a new due date under the loan's own rule.

The visitor shows the receipt or one of the copies; the desk finds the loan as for a return
(``ReturnService.find``). A renewal is allowed when the loan still has copies out, is a take-home
loan, has been renewed fewer times than its rule's ``max_renewals``, and is at most the rule's
``renew_max_days_late`` days late. The new due date counts the rule's period in opening days from
the day of the renewal (``services.calendar.due_date``: weekends per rule and the holidays table),
never earlier than the due date it replaces. The renewal is stored with its own slip number
``PP-<year>-<6 digits>`` in the same transaction as the loan's new due date, then printed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from jdih_desktop.config import AppConfig
from jdih_desktop.devices.base import Feed, KeyValue, QrCode, Receipt, Separator, Text
from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit
from jdih_desktop.services.calendar import days_late, due_date
from jdih_desktop.services.numbering import next_renewal_number
from jdih_desktop.services.receipts import format_date_id, format_datetime_id, office_header
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store.models import (
    Copy,
    Document,
    Loan,
    LoanItem,
    LoanRenewal,
    LoanRule,
    Officer,
    Visitor,
    database_proxy,
)

Clock = Callable[[], dt.datetime]

RENEWAL_SLIP_TITLE = "BUKTI PERPANJANGAN"


class RenewalError(JdihError):
    """A loan cannot be renewed; the message says why and what to do instead."""


@dataclass(frozen=True)
class RenewalQuote:
    loan_id: int
    receipt_number: str
    old_due: dt.date | None
    new_due: dt.date | None
    renewals: int  # done so far
    max_renewals: int
    days_late: int
    refusal: str  # empty when the renewal may be made

    @property
    def ok(self) -> bool:
        return not self.refusal


@dataclass(frozen=True)
class RenewalResult:
    renewal_id: int
    slip_number: str
    loan_id: int
    receipt_number: str
    old_due: dt.date
    new_due: dt.date
    renewals: int
    receipt: Receipt


class RenewalService:
    """Quotes, renewals and their slips; every renewal audited."""

    def __init__(self, config: AppConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        self.officer_source: Callable[[], int | None] | None = None

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "memeriksa perpanjangan"))
    def quote(self, loan_id: int) -> RenewalQuote:
        loan = Loan.get_or_none(Loan.id == loan_id)
        if loan is None:
            raise RenewalError(QT_TRANSLATE_NOOP(
                    "Messages", "Peminjaman #%1 tidak ditemukan — cari ulang."),
                    params=(loan_id,))
        today = self.clock().date()
        rule = LoanRule.get_or_none(LoanRule.id == loan.rule_id) if loan.rule_id else None
        done = loan.renewals or 0
        max_renewals = rule.max_renewals if rule is not None else 0
        late = days_late(loan.due_date, today) if loan.due_date else 0
        new_due: dt.date | None = None
        refusal = ""
        open_items = LoanItem.select().where(LoanItem.loan == loan.id,
                                             LoanItem.returned_at.is_null()).count()
        if loan.status == "returned" or not open_items:
            refusal = sentence(QT_TRANSLATE_NOOP(
                "Messages", "Semua dokumen peminjaman %1 sudah dikembalikan."),
                loan.receipt_number)
        elif loan.read_on_site or loan.due_date is None:
            refusal = QT_TRANSLATE_NOOP(
                "Messages", "Peminjaman baca di tempat tidak dapat diperpanjang — dokumen "
                "dikembalikan hari ini.")
        elif rule is None:
            refusal = QT_TRANSLATE_NOOP(
                "Messages", "Aturan peminjaman ini sudah tidak ada — buat peminjaman baru "
                "setelah dokumen dikembalikan.")
        elif done >= max_renewals:
            refusal = sentence(QT_TRANSLATE_NOOP(
                "Messages", "Sudah diperpanjang %1 kali; aturan \"%2\" membolehkan paling "
                "banyak %3 kali. Dokumen perlu dikembalikan."), done, rule.name, max_renewals)
        elif late > rule.renew_max_days_late:
            if rule.renew_max_days_late == 0:
                refusal = sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Terlambat %1 hari; aturan \"%2\" tidak membolehkan "
                    "perpanjangan setelah jatuh tempo. Dokumen perlu dikembalikan."),
                    late, rule.name)
            else:
                refusal = sentence(QT_TRANSLATE_NOOP(
                    "Messages", "Terlambat %1 hari; aturan \"%2\" membolehkan perpanjangan "
                    "sampai %3 hari terlambat. Dokumen perlu dikembalikan."),
                    late, rule.name, rule.renew_max_days_late)
        else:
            computed = due_date(today, rule.period_days, skip_saturdays=rule.skip_saturdays,
                                skip_sundays=rule.skip_sundays)
            new_due = max(computed, loan.due_date)
        return RenewalQuote(loan.id, loan.receipt_number, loan.due_date, new_due, done,
                            max_renewals, late, refusal)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "memperpanjang pinjaman"))
    def renew(self, loan_id: int, officer_id: int | None = None) -> RenewalResult:
        """Give the loan its new due date and a renewal slip, in one transaction."""
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        now = self.clock()
        with database_proxy.atomic():
            q = self.quote(loan_id)
            if not q.ok:
                raise RenewalError(q.refusal)
            assert q.new_due is not None and q.old_due is not None
            number = next_renewal_number(now.year)
            row = LoanRenewal.create(loan=loan_id, slip_number=number, officer=officer_id,
                                     renewed_at=now, old_due=q.old_due, new_due=q.new_due)
            Loan.update(due_date=q.new_due, renewals=Loan.renewals + 1).where(
                Loan.id == loan_id).execute()
            audit.record(at=now, officer=officer_id, action="loan.renew", entity="loan",
                            entity_id=loan_id, detail=json.dumps({
                                "slip": number, "old_due": q.old_due, "new_due": q.new_due,
                                "renewal": q.renewals + 1}, default=str))
        return RenewalResult(row.id, number, loan_id, q.receipt_number, q.old_due, q.new_due,
                             q.renewals + 1, self.slip(row.id))

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencetak bukti perpanjangan"))
    def slip(self, renewal_id: int) -> Receipt:
        """The "BUKTI PERPANJANGAN" slip: the loan, the copies still out and the new date."""
        row = LoanRenewal.get_or_none(LoanRenewal.id == renewal_id)
        if row is None:
            raise RenewalError(QT_TRANSLATE_NOOP(
                    "Messages", "Perpanjangan #%1 tidak ditemukan."),
                    params=(renewal_id,))
        loan = Loan.get_by_id(row.loan_id)
        visitor = Visitor.get_by_id(loan.visitor_id)
        officer = Officer.get_or_none(Officer.id == row.officer_id) if row.officer_id else None
        number = LoanRenewal.select().where(LoanRenewal.loan == loan.id,
                                            LoanRenewal.id <= row.id).count()
        items = (LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                 .where(LoanItem.loan == loan.id, LoanItem.returned_at.is_null())
                 .order_by(LoanItem.id))
        r = Receipt(title=RENEWAL_SLIP_TITLE)
        r.add(*office_header(self.config, RENEWAL_SLIP_TITLE))
        r.add(KeyValue("No. perpanjangan", row.slip_number, bold=True),
              KeyValue("No. peminjaman", loan.receipt_number),
              KeyValue("Tanggal", format_datetime_id(row.renewed_at)),
              KeyValue("Peminjam", visitor.full_name),
              KeyValue("Perpanjangan ke", str(number)),
              Separator())
        from jdih_desktop.services.returns import document_reference

        for n, it in enumerate(items, 1):
            r.add(Text(f"{n}. {document_reference(it.copy.document)}", bold=True),
                  KeyValue("Eksemplar", it.copy.barcode))
        r.add(Separator(),
              KeyValue("Jatuh tempo lama", format_date_id(row.old_due, False)),
              Text("KEMBALI PALING LAMBAT:", bold=True),
              Text(format_date_id(row.new_due, True), bold=True, align="center"),
              KeyValue("Petugas", officer.full_name if officer
                       else self.config.office.officer_name),
              Feed(1), QrCode(loan.receipt_number), Text(loan.receipt_number, align="center"),
              Text("Terima kasih.", align="center"), Feed(2))
        return r
