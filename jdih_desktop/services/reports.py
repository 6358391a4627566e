"""Step 9 of the SOP, documented: the figures behind every report and the dashboard.

The head of the legal sub-division reads the monthly report; KPU evaluates the JDIH unit from
the collection report. Both must equal the database truth, so every figure is one aggregate
query (GROUP BY on indexed columns) and is defined here, once:

Periods
    A period is a half-open range of days ``[start, end)``: a calendar month, one day, or any
    range. Timestamps are local desk time (the database stores naive local datetimes).

Visits
    * A visit belongs to the day of its ``arrived_at`` - a visit that runs past midnight counts
      on the day it started, once.
    * "Kunjungan" (visits) counts every visit of the period that was not cancelled, open
      (still in progress) and closed alike. Cancelled visits are counted separately and take
      part in no other visit figure (category, purpose, visitors, ratings, consultations).
    * "Pengunjung" (visitors) counts distinct persons among those visits. A *new* visitor is one
      whose first ever non-cancelled visit falls in the period; a *returning* visitor had a
      non-cancelled visit before the period started. Visits not yet linked to a person (the
      visit book was never filled) count as visits but as no visitor.
    * By category groups visits by the category the visitor gave in that visit's book
      (``visit.visitor_category``; the visitor's current category for visits recorded without
      it); by purpose groups them by the jenis keperluan (``purpose_category``) when chosen,
      else by the purpose text (trimmed, case-folded).
    * Opening days are the weekdays of the period that are not in the ``holiday`` table
      (Saturdays and Sundays closed, as in ``services.calendar``).

Loans and returns
    * Loans of the period are the receipts whose ``loaned_at`` falls in the period; loans by
      document type count their items (copies) by the document's type.
    * Renewals of the period count the renewal slips (``LoanRenewal.renewed_at`` in the period).
    * Returns of the period count return slips and returned items (``returned_at`` in the
      period) by condition; a late return came back on a day after the loan's due date.
    * The position at the close of the period is taken at ``as_of = min(period end, now)``:
      items out are items loaned before ``as_of`` and not returned before it; *overdue* items
      are those of them whose loan has a due date before the day of ``as_of`` (read-on-site
      loans have no due date and are never overdue); a loan is *partially returned* when some
      but not all of its items were back before ``as_of``.

Consultations, satisfaction, notes
    * Most consulted documents count the non-cancelled visits of the period that consulted a
      document (one per visit and document).
    * Satisfaction is the average and the distribution (1-4) of the ratings of the period's
      non-cancelled visits; visits without a rating are left out of the average.
    * Officer's notes are the non-empty ``officer_notes`` of the period's visits (cancelled ones
      included, marked as such), oldest first.

Collection (as of the period end)
    * A document is in the collection when its ``created_at`` is before the period end;
      additions are those created in the period. Copies likewise, by their ``created_at``.
    * A document is digitised when it has an attachment of kind ``digitised`` or ``full_text``
      created before the period end.

Privacy
    Identity numbers (NIK) never appear whole on a report: ``mask_id`` keeps the first four and
    the last four digits.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from peewee import JOIN, SQL, Case, Database, fn
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import AppConfig, OfficeConfig
from jdih_desktop.datefmt import DAYS_ID, MONTHS_ID, format_date_id
from jdih_desktop.errors import JdihError
from jdih_desktop.services import audit, citations
from jdih_desktop.services.calendar import is_open_day
from jdih_desktop.services.session import READ, requires
from jdih_desktop.services.visits import mask_id as visit_mask_id
from jdih_desktop.store import enums
from jdih_desktop.store.db import ensure_sound
from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    Holiday,
    Loan,
    LoanItem,
    LoanRenewal,
    Officer,
    Return,
    Visit,
    VisitConsultation,
    Visitor,
    database_proxy,
)

Clock = Callable[[], dt.datetime]

DIGITAL_KINDS = ("digitised", "full_text")
RATING_LABELS = {1: "Tidak puas", 2: "Kurang puas", 3: "Puas", 4: "Sangat puas"}
NO_CATEGORY = "(belum diisi)"
# Purpose categories in use (the visit book's list); unknown keys are shown humanised.
ROMAN = ("I", "II", "III", "IV")


class ReportError(JdihError):
    """A report cannot be made as asked (bad period, unknown visit)."""


MIN_YEAR, MAX_YEAR = 1900, 9998  # a period's end (the next day/month) must still be a date


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ReportError(QT_TRANSLATE_NOOP(
                "Messages", "Periode di luar jangkauan: %1. Tahun harus antara %2 dan %3."),
                params=(repr(text), MIN_YEAR, MAX_YEAR))


# --------------------------------------------------------------------------- helpers
def mask_id(number: str | None, id_type: str | None = "nik") -> str:
    """An identity number as a report prints it: the rule of the screens and slips.

    ``services.visits.mask_id`` decides (a NIK keeps its first and last four digits, other
    papers only their end), so a visitor's number reads the same on a receipt and a report;
    spaces typed between digit groups are dropped first, and ``*`` is used (fonts, printers).
    """
    if not number:
        return ""
    return visit_mask_id(re.sub(r"\s+", "", str(number)), id_type or "nik", mask="*")


@dataclass(frozen=True)
class Period:
    """Days ``[start, end)``; ``kind`` is ``day``, ``month``, ``quarter``, ``semester``,
    ``year`` or ``range``."""

    start: dt.date
    end: dt.date
    kind: str = "range"

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = dt.date(year, month, 1)
        end = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls(start, end, "month")

    @classmethod
    def day(cls, day: dt.date) -> Period:
        return cls(day, day + dt.timedelta(days=1), "day")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Triwulan 1-4: January-March, April-June, July-September, October-December."""
        first = 3 * (quarter - 1) + 1
        end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, first + 3, 1)
        return cls(dt.date(year, first, 1), end, "quarter")

    @classmethod
    def semester(cls, year: int, half: int) -> Period:
        """Semester 1 (January-June) or 2 (July-December)."""
        end = dt.date(year + 1, 1, 1) if half == 2 else dt.date(year, 7, 1)
        return cls(dt.date(year, 1 if half == 1 else 7, 1), end, "semester")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year")

    @classmethod
    def between(cls, first: dt.date, last: dt.date) -> Period:
        """Days ``first`` to ``last``, both included."""
        if last < first:
            raise ReportError(QT_TRANSLATE_NOOP(
                    "Messages", "Rentang terbalik: %1 sampai %2. Tanggal akhir tidak boleh "
                    "sebelum tanggal awal."),
                    params=(first.isoformat(), last.isoformat()))
        return cls(first, last + dt.timedelta(days=1), "range")

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026``, ``2026-Q3``, ``2026-S1``, ``2026-11`` or ``2026-11-03``."""
        raw = (text or "").strip().upper()
        if m := re.fullmatch(r"(\d{4})", raw):
            _check_year(int(m.group(1)), text)
            return cls.year(int(m.group(1)))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", raw):
            _check_year(int(m.group(1)), text)
            return cls.quarter(int(m.group(1)), int(m.group(2)))
        if m := re.fullmatch(r"(\d{4})-S([12])", raw):
            _check_year(int(m.group(1)), text)
            return cls.semester(int(m.group(1)), int(m.group(2)))
        if re.fullmatch(r"\d{4}-\d{2}", raw):
            return cls.parse_month(raw)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return cls.parse_day(raw)
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "Messages", "Periode tidak valid: %1. Tulis tahun (TTTT: 2026), triwulan "
                "(TTTT-Qn: 2026-Q3), semester (TTTT-Sn: 2026-S1), bulan (TTTT-BB: "
                "2026-11) atau tanggal (TTTT-BB-HH: 2026-11-03)."),
                params=(repr(text),))

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """``YYYY-MM`` -> the month; ReportError with a one-line Indonesian message otherwise."""
        m = re.fullmatch(r"(\d{4})-(\d{2})", (text or "").strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Periode tidak valid: %1. Tulis bulan sebagai TTTT-BB, mis. "
                    "2026-11."),
                    params=(repr(text),))
        _check_year(int(m.group(1)), text)
        return cls.month(int(m.group(1)), int(m.group(2)))

    @classmethod
    def parse_day(cls, text: str) -> Period:
        try:
            day = dt.date.fromisoformat((text or "").strip())
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
                raise ValueError(text)
        except ValueError:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal tidak valid: %1. Tulis tanggal sebagai TTTT-BB-HH, mis. "
                    "2026-11-24."),
                    params=(repr(text),)) from None
        _check_year(day.year, text)
        return cls.day(day)

    @property
    def start_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time())

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days)]

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{MONTHS_ID[self.start.month - 1]} {self.start.year}"
        if self.kind == "quarter":
            return f"Triwulan {ROMAN[(self.start.month - 1) // 3]} {self.start.year}"
        if self.kind == "semester":
            return f"Semester {ROMAN[(self.start.month - 1) // 6]} {self.start.year}"
        if self.kind == "year":
            return f"Tahun {self.start.year}"
        if self.kind == "day":
            return format_date_id(self.start, with_weekday=True)
        last = self.end - dt.timedelta(days=1)
        return f"{format_date_id(self.start)} s.d. {format_date_id(last)}"

    @property
    def slug(self) -> str:
        if self.kind == "month":
            return self.start.strftime("%Y-%m")
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "semester":
            return f"{self.start.year}-S{(self.start.month - 1) // 6 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "day":
            return self.start.isoformat()
        return f"{self.start.isoformat()}_{(self.end - dt.timedelta(days=1)).isoformat()}"


# --------------------------------------------------------------------------- figures
@dataclass
class DayCount:
    day: dt.date
    visits: int
    cancelled: int = 0
    open_day: bool = True
    note: str = ""  # holiday name, "Sabtu"/"Minggu" for closed weekend days


@dataclass
class LabelCount:
    key: str
    label: str
    count: int


@dataclass
class TypeLoans:
    doc_type: str
    label: str
    loans: int  # distinct receipts with at least one item of the type
    items: int


@dataclass
class ConsultedDocument:
    document_id: int
    doc_type: str
    citation: str  # "PKPU No. 4 Tahun 2021"
    title: str
    visits: int


@dataclass
class OverdueItem:
    receipt_number: str
    visitor_name: str
    barcode: str
    title: str
    due_date: dt.date
    days_late: int


@dataclass
class ReturnsFigures:
    slips: int = 0
    items_returned: int = 0
    by_condition: dict[str, int] = field(default_factory=dict)
    late_returns: int = 0
    as_of: dt.datetime | None = None
    items_out: int = 0
    loans_partial: int = 0
    overdue_items: int = 0
    overdue: list[OverdueItem] = field(default_factory=list)  # the oldest first, capped


@dataclass
class SatisfactionFigures:
    rated: int = 0
    average: float | None = None
    distribution: dict[int, int] = field(default_factory=lambda: {r: 0 for r in range(1, 5)})


@dataclass
class DigitisationFigures:
    documents_total: int = 0
    documents_digitised: int = 0
    files_in_period: int = 0
    documents_in_period: int = 0
    pages_in_period: int = 0

    @property
    def share(self) -> float:
        return self.documents_digitised / self.documents_total if self.documents_total else 0.0


@dataclass
class OfficerNote:
    at: dt.datetime
    visit_id: int
    visitor_name: str
    note: str
    cancelled: bool = False


@dataclass
class SignatureBlock:
    place: str
    date: dt.date
    officer_title: str
    officer_name: str
    officer_nip: str
    head_title: str
    head_name: str
    head_nip: str


@dataclass
class VisitLogRow:
    visit_id: int
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    visitor_name: str
    id_masked: str
    category: str
    institution: str
    purpose: str
    status: str
    wants_to_borrow: bool | None
    rating: int | None
    officer: str


@dataclass
class ActivityReport:
    """The monthly (or daily) "Laporan Dokumentasi Hasil Kegiatan Layanan Perpustakaan JDIH"."""

    period: Period
    generated_at: dt.datetime
    office: OfficeConfig
    visits: int
    cancelled: int
    visitors: int
    new_visitors: int
    returning_visitors: int
    visits_without_visitor: int
    in_progress: int
    open_days: int
    per_day: list[DayCount]
    by_category: list[LabelCount]
    by_purpose: list[LabelCount]
    loans: int
    loans_read_on_site: int
    loan_items: int
    loans_by_type: list[TypeLoans]
    most_consulted: list[ConsultedDocument]
    returns: ReturnsFigures
    satisfaction: SatisfactionFigures
    digitisation: DigitisationFigures
    notes: list[OfficerNote]
    notes_total: int
    signature: SignatureBlock
    renewals: int = 0  # renewal slips (perpanjangan) given in the period

    @property
    def title(self) -> str:
        return ("Log Harian Layanan Perpustakaan JDIH" if self.period.kind == "day"
                else "Laporan Dokumentasi Hasil Kegiatan Layanan Perpustakaan JDIH")

    @property
    def visits_per_open_day(self) -> float:
        return self.visits / self.open_days if self.open_days else 0.0


@dataclass
class TypeCollection:
    doc_type: str
    label: str
    documents: int
    berlaku: int
    tidak_berlaku: int
    copies: int
    digitised: int
    added: int
    copies_added: int

    @property
    def digitised_share(self) -> float:
        return self.digitised / self.documents if self.documents else 0.0


@dataclass
class AddedDocument:
    document_id: int
    doc_type: str
    citation: str
    title: str
    created_at: dt.datetime


@dataclass
class CollectionReport:
    """The collection figures KPU asks for in the periodic JDIH evaluation."""

    period: Period
    generated_at: dt.datetime
    office: OfficeConfig
    by_type: list[TypeCollection]
    by_type_year: dict[str, dict[int | None, int]]  # doc_type -> tahun -> documents
    copies_by_condition: dict[str, int]
    copies_withdrawn: int
    added: list[AddedDocument]  # capped list for the PDF
    signature: SignatureBlock

    title = "Laporan Koleksi Perpustakaan JDIH"

    @property
    def documents(self) -> int:
        return sum(t.documents for t in self.by_type)

    @property
    def copies(self) -> int:
        return sum(t.copies for t in self.by_type)

    @property
    def digitised(self) -> int:
        return sum(t.digitised for t in self.by_type)

    @property
    def added_total(self) -> int:
        return sum(t.added for t in self.by_type)

    @property
    def years(self) -> list[int | None]:
        ys = {y for per in self.by_type_year.values() for y in per}
        return sorted(ys, key=lambda y: (y is None, -(y or 0)))


@dataclass
class VisitStep:
    label: str
    at: dt.datetime | None


@dataclass
class VisitLoanItem:
    barcode: str
    citation: str
    title: str
    returned_at: dt.datetime | None
    condition: str


@dataclass
class VisitLoan:
    receipt_number: str
    loaned_at: dt.datetime
    due_date: dt.date | None
    read_on_site: bool
    items: list[VisitLoanItem]


@dataclass
class VisitRecord:
    """Everything about one visit, on one page."""

    visit_id: int
    generated_at: dt.datetime
    office: OfficeConfig
    status: str
    visitor_name: str
    id_type: str
    id_masked: str
    institution: str
    category: str
    purpose: str
    steps: list[VisitStep]
    consulted: list[tuple[str, str]]  # (citation, title)
    loans: list[VisitLoan]
    signature_png: bytes | None
    handover_signature_png: bytes | None
    rating: int | None
    rating_comment: str
    officer_notes: str
    officer: str
    cancel_reason: str
    signature: SignatureBlock
    # The privacy notice version consented to ("" before the visit book) and the office's own
    # fields as filled then: (label, value) with the labels they had (issue 15).
    privacy_notice: str = ""
    custom_fields: list[tuple[str, str]] = field(default_factory=list)

    title = "Rekaman Kunjungan Perpustakaan JDIH"


@dataclass
class DashboardFigures:
    """Today at a glance."""

    today: dt.date
    visitors_today: int  # distinct persons (a visit not yet linked to one counts as one)
    cancelled_today: int
    in_progress: int
    loans_out: int
    overdue: int
    month: list[DayCount]
    took_ms: float = 0.0
    visits_today: int = 0  # every non-cancelled visit of the day

    @property
    def month_total(self) -> int:
        return sum(d.visits for d in self.month)


# --------------------------------------------------------------------------- service
def citation(jenis: str | None, singkatan: str | None, nomor: str | None,
             tahun: int | None) -> str:
    """``PKPU No. 4 Tahun 2021`` (one home: ``services.citations.formal``)."""
    return citations.formal(singkatan, jenis, nomor, tahun)


def _parse_day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _parse_dt(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


class ReportService:
    """Computes report figures from the database; rendering lives in ``report_render``."""

    OVERDUE_LIST_CAP = 25
    NOTES_CAP = 60
    ADDED_CAP = 200
    CONSULTED_TOP = 10

    def __init__(self, config: AppConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        # The officer on duty, who signs as "Dibuat oleh" (set by build_services).
        self.officer_source: Callable[[], int | None] | None = None

    # ------------------------------------------------------------- small pieces
    @staticmethod
    def _db() -> Database:
        # A file a quick check found damaged, or one gone or swapped, gives no figures.
        ensure_sound(database_proxy.obj)
        return database_proxy.obj

    def _day_of(self, column):
        """SQL for the calendar day of a timestamp column (SQLite stores ISO text)."""
        from jdih_desktop.store.db import is_sqlite

        return fn.date(column) if is_sqlite(self._db()) else column.cast("date")

    def signature(self, on: dt.date | None = None,
                  officer_id: int | None = None) -> SignatureBlock:
        """Who signs: the officer who made the paper (``officer_id``, else the on-duty one set
        by ``officer_source``) and the head, with names and NIPs from the officer list; the
        ``[office]`` names of config.ini only where the list has nobody."""
        o = self.config.office
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        officer = (Officer.get_or_none(Officer.id == officer_id) if officer_id is not None
                   else None)
        head = (Officer.select().where((Officer.role == "head") & (Officer.active == True))  # noqa: E712
                .order_by(Officer.id).first())
        return SignatureBlock(
            place=o.city, date=on or self.clock().date(),
            officer_title=(officer.position if officer and officer.position
                           else o.officer_title),
            officer_name=officer.full_name if officer else o.officer_name,
            officer_nip=(officer.nip or "") if officer else o.officer_nip,
            head_title=head.position if head and head.position else o.head_title,
            head_name=head.full_name if head else o.head_name,
            head_nip=(head.nip or "") if head else o.head_nip)

    def as_of(self, period: Period) -> dt.datetime:
        return max(period.start_dt, min(period.end_dt, self.clock()))

    @staticmethod
    def _in(column, period: Period):
        return (column >= period.start_dt) & (column < period.end_dt)

    # ------------------------------------------------------------- visits
    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca laporan"))
    def per_day(self, period: Period) -> list[DayCount]:
        day = self._day_of(Visit.arrived_at)
        cancelled = fn.SUM(Case(None, [(Visit.status == "cancelled", 1)], 0))
        rows = (Visit.select(day.alias("d"), fn.COUNT(Visit.id) - cancelled, cancelled)
                .where(self._in(Visit.arrived_at, period)).group_by(SQL("1")).tuples())
        found = {_parse_day(d): (int(v or 0), int(c or 0)) for d, v, c in rows}
        holidays = {h.date: h.name for h in Holiday.select().where(
            (Holiday.date >= period.start) & (Holiday.date < period.end))}
        out = []
        for d in period.days:
            visits, canc = found.get(d, (0, 0))
            open_day = is_open_day(d, holidays)
            note = holidays.get(d) or ("" if open_day else DAYS_ID[d.weekday()])
            out.append(DayCount(d, visits, canc, open_day, note))
        return out

    def _visits_in(self, period: Period):
        return self._in(Visit.arrived_at, period) & (Visit.status != "cancelled")

    def by_category(self, period: Period) -> list[LabelCount]:
        key = fn.COALESCE(fn.NULLIF(Visit.visitor_category, ""), Visitor.category)
        rows = (Visit.select(key.alias("k"), fn.COUNT(Visit.id))
                .join(Visitor, JOIN.LEFT_OUTER, on=(Visit.visitor == Visitor.id))
                .where(self._visits_in(period)).group_by(SQL("1")).tuples())
        out = [LabelCount(k or "", enums.VISITOR_CATEGORIES.get(k, k) if k else NO_CATEGORY,
                          int(n)) for k, n in rows]
        return sorted(out, key=lambda r: (-r.count, r.label))

    def by_purpose(self, period: Period) -> list[LabelCount]:
        key = fn.COALESCE(fn.NULLIF(Visit.purpose_category, ""),
                          fn.NULLIF(fn.LOWER(fn.TRIM(Visit.purpose)), ""), "")
        # GROUP BY 1: PostgreSQL does not match a parameterised expression to its twin.
        rows = (Visit.select(key.alias("k"), fn.COUNT(Visit.id))
                .where(self._visits_in(period)).group_by(SQL("1")).tuples())
        labels = enums.PURPOSE_CATEGORIES
        out = []
        for k, n in rows:
            text = k.replace("_", " ")
            label = labels.get(k, text[:1].upper() + text[1:]) if k else NO_CATEGORY
            out.append(LabelCount(k, label, int(n)))
        return sorted(out, key=lambda r: (-r.count, r.label))

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca laporan"))
    def visitor_counts(self, period: Period) -> tuple[int, int, int]:
        """(distinct visitors, new, returning) among the period's non-cancelled visits."""
        earlier = Visit.alias("earlier")
        before = (earlier.select(SQL("1")).where(
            (earlier.visitor == Visit.visitor) & (earlier.status != "cancelled")
            & (earlier.arrived_at < period.start_dt)))
        persons = (Visit.select(Visit.visitor.alias("vid"),
                                Case(None, [(fn.EXISTS(before), 1)], 0).alias("seen"))
                   .where(self._visits_in(period) & Visit.visitor.is_null(False))
                   .group_by(Visit.visitor))
        sub = persons.alias("p")
        row = (Visit.select(fn.COUNT(SQL("*")), fn.SUM(SQL("p.seen")))
               .from_(sub).tuples().get())
        total, returning = int(row[0] or 0), int(row[1] or 0)
        return total, total - returning, returning

    # ------------------------------------------------------------- loans & returns
    def loans_by_type(self, period: Period) -> tuple[int, int, int, list[TypeLoans]]:
        """(loans, read-on-site loans, items, per document type)."""
        where = self._in(Loan.loaned_at, period)
        row = (Loan.select(fn.COUNT(Loan.id),
                           fn.SUM(Case(None, [(Loan.read_on_site == True, 1)], 0)))  # noqa: E712
               .where(where).tuples().get())
        rows = (LoanItem.select(Document.doc_type, fn.COUNT(fn.DISTINCT(Loan.id)),
                                fn.COUNT(LoanItem.id))
                .join(Loan).switch(LoanItem).join(Copy).join(Document)
                .where(where).group_by(Document.doc_type).tuples())
        per = {k: (int(a), int(b)) for k, a, b in rows}
        types = [TypeLoans(k, label, *per.get(k, (0, 0))) for k, label in enums.DOC_TYPES.items()]
        return int(row[0] or 0), int(row[1] or 0), sum(t.items for t in types), types

    def returns_figures(self, period: Period) -> ReturnsFigures:
        f = ReturnsFigures(as_of=self.as_of(period))
        f.slips = Return.select().where(self._in(Return.returned_at, period)).count()
        rows = (LoanItem.select(LoanItem.return_condition, fn.COUNT(LoanItem.id))
                .where(self._in(LoanItem.returned_at, period))
                .group_by(LoanItem.return_condition).tuples())
        f.by_condition = {c: 0 for c in enums.COPY_CONDITIONS}
        for cond, n in rows:
            f.by_condition[cond or "baik"] = f.by_condition.get(cond or "baik", 0) + int(n)
        f.items_returned = sum(f.by_condition.values())
        f.late_returns = (LoanItem.select().join(Loan)
                          .where(self._in(LoanItem.returned_at, period)
                                 & Loan.due_date.is_null(False)
                                 & (self._day_of(LoanItem.returned_at) > Loan.due_date))
                          .count())
        as_of = f.as_of
        out = ((Loan.loaned_at < as_of)
               & (LoanItem.returned_at.is_null() | (LoanItem.returned_at >= as_of)))
        f.items_out = LoanItem.select().join(Loan).where(out).count()
        late = out & Loan.due_date.is_null(False) & (Loan.due_date < as_of.date())
        f.overdue_items = LoanItem.select().join(Loan).where(late).count()
        back = Case(None, [((LoanItem.returned_at.is_null(False))
                            & (LoanItem.returned_at < as_of), 1)], 0)
        partial = (LoanItem.select(LoanItem.loan).join(Loan)
                   .where(Loan.loaned_at < as_of).group_by(LoanItem.loan)
                   .having((fn.SUM(back) > 0) & (fn.SUM(back) < fn.COUNT(LoanItem.id))))
        f.loans_partial = partial.count()
        f.overdue = self.overdue_items(period, self.OVERDUE_LIST_CAP)
        return f

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca daftar keterlambatan"))
    def overdue_items(self, period: Period, limit: int | None = None) -> list[OverdueItem]:
        """The items overdue at the close of the period, longest overdue first."""
        as_of = self.as_of(period)
        late = ((Loan.loaned_at < as_of)
                & (LoanItem.returned_at.is_null() | (LoanItem.returned_at >= as_of))
                & Loan.due_date.is_null(False) & (Loan.due_date < as_of.date()))
        q = (LoanItem.select(Loan.receipt_number, Visitor.full_name, Copy.barcode,
                             Document.judul, Loan.due_date)
             .join(Loan).join(Visitor).switch(LoanItem).join(Copy).join(Document)
             .where(late).order_by(Loan.due_date, Loan.receipt_number, Copy.barcode).tuples())
        if limit is not None:
            q = q.limit(limit)
        out = []
        for receipt, name, barcode, title, due in q:
            due_d = _parse_day(due)
            out.append(OverdueItem(receipt, name, barcode, title, due_d,
                                   (as_of.date() - due_d).days))
        return out

    def most_consulted(self, period: Period) -> list[ConsultedDocument]:
        n = fn.COUNT(VisitConsultation.id)
        rows = (VisitConsultation.select(Document.id, Document.doc_type, Document.jenis,
                                         Document.singkatan_jenis, Document.nomor,
                                         Document.tahun, Document.judul, n.alias("n"))
                .join(Visit).switch(VisitConsultation).join(Document)
                .where(self._visits_in(period)).group_by(Document.id)
                .order_by(n.desc(), Document.judul, Document.id)
                .limit(self.CONSULTED_TOP).tuples())
        return [ConsultedDocument(i, t, citation(j, s, no, y), title, int(c))
                for i, t, j, s, no, y, title, c in rows]

    # ------------------------------------------------------------- others
    def satisfaction(self, period: Period) -> SatisfactionFigures:
        rows = (Visit.select(Visit.rating, fn.COUNT(Visit.id))
                .where(self._visits_in(period) & Visit.rating.is_null(False))
                .group_by(Visit.rating).tuples())
        s = SatisfactionFigures()
        for r, n in rows:
            s.distribution[int(r)] = int(n)
        s.rated = sum(s.distribution.values())
        if s.rated:
            s.average = sum(r * n for r, n in s.distribution.items()) / s.rated
        return s

    def digitisation(self, period: Period) -> DigitisationFigures:
        f = DigitisationFigures()
        end = period.end_dt
        f.documents_total = Document.select().where(Document.created_at < end).count()
        has = (Attachment.select(SQL("1")).where(
            (Attachment.document == Document.id) & Attachment.kind.in_(DIGITAL_KINDS)
            & (Attachment.created_at < end)))
        f.documents_digitised = (Document.select()
                                 .where((Document.created_at < end) & fn.EXISTS(has)).count())
        row = (Attachment.select(fn.COUNT(Attachment.id),
                                 fn.COUNT(fn.DISTINCT(Attachment.document)),
                                 fn.SUM(Attachment.pages))
               .where(Attachment.kind.in_(DIGITAL_KINDS)
                      & Attachment.document.is_null(False)
                      & self._in(Attachment.created_at, period)).tuples().get())
        f.files_in_period, f.documents_in_period = int(row[0] or 0), int(row[1] or 0)
        f.pages_in_period = int(row[2] or 0)
        return f

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca catatan petugas"))
    def officer_notes(self, period: Period, limit: int | None = None) -> tuple[
            list[OfficerNote], int]:
        where = (self._in(Visit.arrived_at, period) & Visit.officer_notes.is_null(False)
                 & (fn.TRIM(Visit.officer_notes) != ""))
        total = Visit.select().where(where).count()
        q = (Visit.select(Visit.arrived_at, Visit.id, Visitor.full_name, Visit.officer_notes,
                          Visit.status)
             .join(Visitor, JOIN.LEFT_OUTER, on=(Visit.visitor == Visitor.id))
             .where(where).order_by(Visit.arrived_at, Visit.id).tuples())
        if limit is not None:
            q = q.limit(limit)
        notes = [OfficerNote(_parse_dt(at), vid, name or NO_CATEGORY, text.strip(),
                             status == "cancelled") for at, vid, name, text, status in q]
        return notes, total

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca buku kunjungan"))
    def visit_log(self, period: Period) -> Iterator[VisitLogRow]:
        """Every visit of the period, oldest first (streamed: the XLSX raw sheet, daily log)."""
        self._reading("visit_log", "report", None, period)
        q = (Visit.select(Visit.id, Visit.arrived_at, Visit.departed_at, Visitor.full_name,
                          Visitor.id_number, Visitor.id_type,
                          fn.COALESCE(fn.NULLIF(Visit.visitor_category, ""), Visitor.category),
                          Visitor.institution,
                          Visit.purpose_category, Visit.purpose, Visit.status,
                          Visit.wants_to_borrow, Visit.rating, Officer.full_name)
             .join(Visitor, JOIN.LEFT_OUTER, on=(Visit.visitor == Visitor.id))
             .switch(Visit).join(Officer, JOIN.LEFT_OUTER, on=(Visit.officer == Officer.id))
             .where(self._in(Visit.arrived_at, period))
             .order_by(Visit.arrived_at, Visit.id).tuples())
        for (vid, arr, dep, name, idn, id_type, cat, inst, pcat, purpose, status, wants, rating,
             officer) in q.iterator():
            yield VisitLogRow(
                vid, _parse_dt(arr), _parse_dt(dep), name or NO_CATEGORY, mask_id(idn, id_type),
                enums.VISITOR_CATEGORIES.get(cat, cat or ""), inst or "",
                (purpose or enums.PURPOSE_CATEGORIES.get(pcat, pcat or "")).strip(),
                enums.VISIT_STATUS.get(status, status),
                None if wants is None else bool(wants), rating, officer or "")

    # ------------------------------------------------------------- reports
    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca laporan kegiatan"))
    def activity(self, period: Period) -> ActivityReport:
        """The monthly activity report (or the daily log's figures for a one-day period)."""
        self._reading("activity", "report", None, period)
        per_day = self.per_day(period)
        visitors, new, returning = self.visitor_counts(period)
        no_visitor = (Visit.select().where(self._visits_in(period) & Visit.visitor.is_null())
                      .count())
        in_progress = Visit.select().where(self._in(Visit.arrived_at, period)
                                           & (Visit.status == "open")).count()
        loans, on_site, items, by_type = self.loans_by_type(period)
        notes, notes_total = self.officer_notes(period, self.NOTES_CAP)
        return ActivityReport(
            period=period, generated_at=self.clock(), office=self.config.office,
            visits=sum(d.visits for d in per_day), cancelled=sum(d.cancelled for d in per_day),
            visitors=visitors, new_visitors=new, returning_visitors=returning,
            visits_without_visitor=no_visitor, in_progress=in_progress,
            open_days=sum(1 for d in per_day if d.open_day), per_day=per_day,
            by_category=self.by_category(period), by_purpose=self.by_purpose(period),
            loans=loans, loans_read_on_site=on_site, loan_items=items, loans_by_type=by_type,
            most_consulted=self.most_consulted(period), returns=self.returns_figures(period),
            satisfaction=self.satisfaction(period), digitisation=self.digitisation(period),
            notes=notes, notes_total=notes_total,
            signature=self.signature(min(self.clock().date(), period.end)),
            renewals=self.renewals(period))

    def renewals(self, period: Period) -> int:
        """Renewals (perpanjangan) given at the desk in the period, by ``renewed_at``."""
        return LoanRenewal.select().where(self._in(LoanRenewal.renewed_at, period)).count()

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca laporan koleksi"))
    def collection(self, period: Period) -> CollectionReport:
        """The collection as of the period end, with the period's additions."""
        end = period.end_dt
        in_coll = Document.created_at < end
        added = Case(None, [(Document.created_at >= period.start_dt, 1)], 0)
        berlaku = Case(None, [(Document.status == "berlaku", 1)], 0)
        has = (Attachment.select(SQL("1")).where(
            (Attachment.document == Document.id) & Attachment.kind.in_(DIGITAL_KINDS)
            & (Attachment.created_at < end)))
        digit = Case(None, [(fn.EXISTS(has), 1)], 0)
        rows = (Document.select(Document.doc_type, fn.COUNT(Document.id), fn.SUM(berlaku),
                                fn.SUM(digit), fn.SUM(added))
                .where(in_coll).group_by(Document.doc_type).tuples())
        docs = {k: [int(a or 0) for a in rest] for k, *rest in rows}
        copy_added = Case(None, [(Copy.created_at >= period.start_dt, 1)], 0)
        rows = (Copy.select(Document.doc_type, fn.COUNT(Copy.id), fn.SUM(copy_added))
                .join(Document).where(Copy.created_at < end).group_by(Document.doc_type)
                .tuples())
        copies = {k: (int(a or 0), int(b or 0)) for k, a, b in rows}
        by_type = []
        for k, label in enums.DOC_TYPES.items():
            n, b, d, a = docs.get(k, [0, 0, 0, 0])
            c, ca = copies.get(k, (0, 0))
            by_type.append(TypeCollection(k, label, n, b, n - b, c, d, a, ca))
        by_year: dict[str, dict[int | None, int]] = {k: {} for k in enums.DOC_TYPES}
        rows = (Document.select(Document.doc_type, Document.tahun, fn.COUNT(Document.id))
                .where(in_coll).group_by(Document.doc_type, Document.tahun).tuples())
        for k, year, n in rows:
            by_year.setdefault(k, {})[year] = int(n)
        rows = (Copy.select(Copy.condition, fn.COUNT(Copy.id))
                .where((Copy.created_at < end) & (Copy.withdrawn == False))  # noqa: E712
                .group_by(Copy.condition).tuples())
        cond = {c: 0 for c in enums.COPY_CONDITIONS}
        cond.update({c: int(n) for c, n in rows})
        withdrawn = Copy.select().where((Copy.created_at < end)
                                        & (Copy.withdrawn == True)).count()  # noqa: E712
        added_docs = self.added_documents(period, self.ADDED_CAP)
        return CollectionReport(
            period=period, generated_at=self.clock(), office=self.config.office,
            by_type=by_type, by_type_year=by_year, copies_by_condition=cond,
            copies_withdrawn=withdrawn, added=added_docs,
            signature=self.signature(min(self.clock().date(), period.end)))

    def added_documents(self, period: Period, limit: int | None = None) -> list[AddedDocument]:
        """Documents catalogued in the period, oldest first."""
        q = (Document.select(Document.id, Document.doc_type, Document.jenis,
                             Document.singkatan_jenis, Document.nomor, Document.tahun,
                             Document.judul, Document.created_at)
             .where(self._in(Document.created_at, period))
             .order_by(Document.created_at, Document.id).tuples())
        if limit is not None:
            q = q.limit(limit)
        return [AddedDocument(i, t, citation(j, s, no, y), title, _parse_dt(at))
                for i, t, j, s, no, y, title, at in q]

    def _reading(self, kind: str, entity: str, entity_id: int | None,
                 period: Period | None) -> None:
        """A report holding personal data is a reading of it: one audit row (ids, no names)."""
        detail: dict[str, object] = {"kind": kind}
        if period is not None:
            detail["from"], detail["to"] = period.start.isoformat(), period.end.isoformat()
        session = getattr(self, "session", None)
        audit.record("report.personal", entity, entity_id, detail,
                     officer=session.officer_id if session else None, at=self.clock())

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membuka rekaman kunjungan"))
    def visit_record(self, visit_id: int) -> VisitRecord:
        """The one-page record of a visit."""
        self._reading("visit_record", "visit", visit_id, None)
        v = (Visit.select(Visit, Visitor, Officer)
             .join(Visitor, JOIN.LEFT_OUTER, on=(Visit.visitor == Visitor.id))
             .switch(Visit).join(Officer, JOIN.LEFT_OUTER, on=(Visit.officer == Officer.id))
             .where(Visit.id == visit_id).first())
        if v is None:
            raise ReportError(QT_TRANSLATE_NOOP(
                    "Messages", "Kunjungan nomor %1 tidak ditemukan. Periksa nomornya."),
                    params=(visit_id,))
        person = v.visitor if v.visitor_id else None
        steps = [VisitStep(label, getattr(v, attr)) for attr, label in (
            ("arrived_at", "1-2. Datang, melapor ke petugas"),
            ("visit_book_at", "3. Mengisi buku kunjungan"),
            ("access_at", "4. Akses diberikan"),
            ("browse_at", "5. Menelusuri koleksi"),
            ("loan_at", "6. Peminjaman, bukti diberikan"),
            ("handover_at", "7. Dokumen diterima"),
            ("departed_at", "8. Meninggalkan ruangan"),
            ("documented_at", "9. Didokumentasikan petugas"))]
        consulted = [(citation(d.jenis, d.singkatan_jenis, d.nomor, d.tahun), d.judul)
                     for d in Document.select().join(VisitConsultation)
                     .where(VisitConsultation.visit == v.id)
                     .order_by(VisitConsultation.at, VisitConsultation.id)]
        loans = []
        for loan in Loan.select().where(Loan.visit == v.id).order_by(Loan.loaned_at):
            items = []
            for it in (LoanItem.select(LoanItem, Copy, Document).join(Copy).join(Document)
                       .where(LoanItem.loan == loan.id).order_by(LoanItem.id)):
                d = it.copy.document
                items.append(VisitLoanItem(
                    it.copy.barcode, citation(d.jenis, d.singkatan_jenis, d.nomor, d.tahun),
                    d.judul, it.returned_at,
                    enums.COPY_CONDITIONS.get(it.return_condition or "", "")))
            loans.append(VisitLoan(loan.receipt_number, loan.loaned_at, loan.due_date,
                                   bool(loan.read_on_site), items))
        return VisitRecord(
            visit_id=v.id, generated_at=self.clock(), office=self.config.office,
            status=enums.VISIT_STATUS.get(v.status, v.status),
            visitor_name=person.full_name if person else NO_CATEGORY,
            id_type=enums.ID_TYPES.get(person.id_type, person.id_type) if person else "",
            id_masked=mask_id(person.id_number, person.id_type) if person else "",
            institution=(person.institution or "") if person else "",
            category=enums.VISITOR_CATEGORIES.get(v.visitor_category or person.category,
                                                  v.visitor_category or person.category)
            if person else "",
            purpose=(v.purpose or enums.PURPOSE_CATEGORIES.get(v.purpose_category or "", "")
                     ).strip(), steps=steps,
            consulted=consulted, loans=loans, signature_png=v.signature_png,
            handover_signature_png=v.handover_signature_png, rating=v.rating,
            rating_comment=v.rating_comment or "", officer_notes=v.officer_notes or "",
            officer=v.officer.full_name if v.officer_id else "",
            cancel_reason=v.cancel_reason or "",
            signature=self._visit_signature(v), **_visit_book_parts(v, self.config))

    def _visit_signature(self, v: Visit) -> SignatureBlock:
        """The visit's own officer signs its record (the configured one when unknown)."""
        sig = self.signature(v.arrived_at.date())
        if v.officer_id:
            sig.officer_name = v.officer.full_name
            sig.officer_nip = v.officer.nip or ""
        return sig

    # ------------------------------------------------------------- dashboard
    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca ringkasan hari ini"))
    def dashboard(self, today: dt.date | None = None) -> DashboardFigures:
        """Today at a glance; every figure is an indexed aggregate (fast at 1M visits)."""
        started = time.perf_counter()
        today = today or self.clock().date()
        month = Period.month(today.year, today.month)
        per_day = self.per_day(month)
        counts = per_day[today.day - 1]
        in_progress = Visit.select().where(Visit.status == "open").count()
        loans_out = LoanItem.select().where(LoanItem.returned_at.is_null()).count()
        overdue = (LoanItem.select().join(Loan)
                   .where(LoanItem.returned_at.is_null() & (Loan.due_date < today)).count())
        day = self._visits_in(Period.day(today))
        row = (Visit.select(fn.COUNT(fn.DISTINCT(Visit.visitor)),
                            fn.SUM(Case(None, [(Visit.visitor.is_null(), 1)], 0)))
               .where(day).tuples().get())
        persons = int(row[0] or 0) + int(row[1] or 0)
        return DashboardFigures(
            today=today, visitors_today=persons, cancelled_today=counts.cancelled,
            in_progress=in_progress, loans_out=loans_out, overdue=overdue, month=per_day,
            took_ms=(time.perf_counter() - started) * 1000, visits_today=counts.visits)


def _visit_book_parts(v: Visit, config: AppConfig) -> dict[str, object]:
    """The notice version and own fields a visit was made with, for its record."""
    from jdih_desktop.services.visit_book_settings import load_notice
    from jdih_desktop.services.visits import custom_value_text, stored_custom_fields

    notice = ""
    if v.consent_given:
        n = load_notice(config, v.privacy_notice_id, v.consent_version)
        notice = n.version + (f" ({format_date_id(n.published_at.date())})"
                              if n.published_at else " (teks bawaan aplikasi)")
    return {"privacy_notice": notice,
            "custom_fields": [(c["label"], custom_value_text(c))
                              for c in stored_custom_fields(v.custom_fields)]}
