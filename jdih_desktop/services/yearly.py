"""The yearly JDIH library report for the KPU's periodic JDIH evaluation.

One year (``Period.year``) in one document: collection growth by document type, documents
digitised and published, visits and visitors, loans and renewals month by month, the SKM/IKM of
the year and the most consulted documents. Every figure comes from the definitions of
``services.reports`` (same queries as the monthly report, per month) and ``services.skm``;
*published* means a document in the collection with a public address on a JDIH site
(``url_detail`` or ``url_download``), i.e. it can be found by the public.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import OfficeConfig
from jdih_desktop.datefmt import MONTHS_ID
from jdih_desktop.services.reports import (
    CollectionReport,
    ConsultedDocument,
    Period,
    ReportError,
    ReportService,
    SignatureBlock,
)
from jdih_desktop.services.skm import SkmReport, SkmService
from jdih_desktop.store.models import Document


@dataclass
class MonthRow:
    month: int
    label: str
    visits: int
    visitors: int
    loans: int
    loan_items: int
    renewals: int
    documents_added: int
    documents_digitised: int  # documents that got a digital file in the month


@dataclass
class TypeGrowth:
    doc_type: str
    label: str
    at_start: int
    added: int
    at_end: int
    digitised: int  # at the end of the year
    published: int  # at the end of the year


@dataclass
class YearlyReport:
    period: Period
    generated_at: dt.datetime
    office: OfficeConfig
    growth: list[TypeGrowth]
    months: list[MonthRow]
    visitors: int  # distinct persons in the year
    collection: CollectionReport
    skm: SkmReport
    most_consulted: list[ConsultedDocument]
    signature: SignatureBlock

    title = "Laporan Tahunan Perpustakaan JDIH"

    @property
    def visits(self) -> int:
        return sum(m.visits for m in self.months)

    @property
    def loans(self) -> int:
        return sum(m.loans for m in self.months)

    @property
    def loan_items(self) -> int:
        return sum(m.loan_items for m in self.months)

    @property
    def renewals(self) -> int:
        return sum(m.renewals for m in self.months)

    @property
    def documents_added(self) -> int:
        return sum(g.added for g in self.growth)

    @property
    def digitised_in_year(self) -> int:
        return sum(m.documents_digitised for m in self.months)


def yearly_report(service: ReportService, period: Period) -> YearlyReport:
    if period.kind != "year":
        raise ReportError(QT_TRANSLATE_NOOP(
                "Messages", "Laporan tahunan dibuat untuk satu tahun — tulis --period TTTT, mis. "
                "--period 2026."))
    year = period.start.year
    months = []
    for m in range(1, 13):
        p = Period.month(year, m)
        per_day = service.per_day(p)
        visitors, _new, _ret = service.visitor_counts(p)
        loans, _on_site, items, _types = service.loans_by_type(p)
        added = Document.select().where(service._in(Document.created_at, p)).count()
        months.append(MonthRow(m, MONTHS_ID[m - 1], sum(d.visits for d in per_day), visitors,
                               loans, items, service.renewals(p), added,
                               service.digitisation(p).documents_in_period))
    visitors, _new, _ret = service.visitor_counts(period)
    coll = service.collection(period)
    public = ((Document.url_detail.is_null(False) & (Document.url_detail != ""))
              | (Document.url_download.is_null(False) & (Document.url_download != "")))
    rows = (Document.select(Document.doc_type, fn.COUNT(Document.id))
            .where((Document.created_at < period.end_dt) & public)
            .group_by(Document.doc_type).tuples())
    published = {k: int(n) for k, n in rows}
    growth = [TypeGrowth(t.doc_type, t.label, t.documents - t.added, t.added, t.documents,
                         t.digitised, published.get(t.doc_type, 0)) for t in coll.by_type]
    return YearlyReport(
        period=period, generated_at=service.clock(), office=service.config.office,
        growth=growth, months=months, visitors=visitors, collection=coll,
        skm=_skm_of(service).report(period),
        most_consulted=service.most_consulted(period),
        signature=service.signature(min(service.clock().date(), period.end)))


def _skm_of(service) -> SkmService:
    """The SKM service of the same session as the report (the survey is read, not changed)."""
    skm = SkmService(service.clock, None)
    skm.session = getattr(service, "session", None)
    return skm
