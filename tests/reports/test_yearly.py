"""The yearly JDIH library report (issue 15): every figure recounted a second way, from the
rows themselves in Python (as ``report_truth`` does for the monthly report)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from jdih_desktop.services.report_render import ReportRequest, build_report
from jdih_desktop.services.reports import Period
from jdih_desktop.services.yearly import yearly_report
from jdih_desktop.store.models import (
    Attachment,
    Document,
    Loan,
    LoanItem,
    LoanRenewal,
    SkmResponse,
    Visit,
    VisitConsultation,
)
from tests.reports.report_truth import pdf_text, xlsx_book
from tests.reports.test_skm import worked_example_sheets

YEAR = Period.year(2026)
START, END = dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1)


def _truth() -> dict:
    t: dict = {}
    visits = [v for v in Visit.select() if v.status != "cancelled"]
    t["visits"] = [sum(1 for v in visits if v.arrived_at.year == 2026
                       and v.arrived_at.month == m) for m in range(1, 13)]
    t["visitors_month"] = [len({v.visitor_id for v in visits if v.visitor_id
                                and v.arrived_at.year == 2026 and v.arrived_at.month == m})
                           for m in range(1, 13)]
    t["visitors"] = len({v.visitor_id for v in visits if v.visitor_id
                         and START <= v.arrived_at < END})
    loans = list(Loan.select())
    t["loans"] = [sum(1 for ln in loans if ln.loaned_at.year == 2026
                      and ln.loaned_at.month == m) for m in range(1, 13)]
    month_of = {ln.id: (ln.loaned_at.year, ln.loaned_at.month) for ln in loans}
    items = Counter(month_of[it.loan_id] for it in LoanItem.select())
    t["items"] = [items[(2026, m)] for m in range(1, 13)]
    t["renewals"] = [sum(1 for r in LoanRenewal.select() if r.renewed_at.year == 2026
                         and r.renewed_at.month == m) for m in range(1, 13)]
    docs = list(Document.select())
    t["added"] = Counter(d.doc_type for d in docs if START <= d.created_at < END)
    t["at_end"] = Counter(d.doc_type for d in docs if d.created_at < END)
    digital = {a.document_id for a in Attachment.select()
               if a.kind in ("digitised", "full_text") and a.created_at < END}
    t["digitised"] = Counter(d.doc_type for d in docs if d.created_at < END and d.id in digital)
    t["published"] = Counter(d.doc_type for d in docs if d.created_at < END
                             and (d.url_detail or d.url_download))
    first_digital: dict[int, dt.datetime] = {}
    for a in Attachment.select():
        if a.kind in ("digitised", "full_text") and a.document_id:
            first_digital.setdefault(a.document_id, a.created_at)
    per_month_digital = [
        len({a.document_id for a in Attachment.select()
             if a.kind in ("digitised", "full_text") and a.document_id
             and a.created_at.year == 2026 and a.created_at.month == m})
        for m in range(1, 13)]
    t["digitised_month"] = per_month_digital
    counted = {v.id for v in visits if START <= v.arrived_at < END}
    t["consulted"] = Counter(c.document_id for c in VisitConsultation.select()
                             if c.visit_id in counted)
    return t


def test_the_yearly_figures_equal_a_recount(filled, report_service, clock):
    # GIVEN the generated database, some documents with a public address and SKM sheets
    for d in Document.select().limit(7):
        d.url_detail = f"https://jdih.kpu.go.id/detail/{d.id}"
        d.save()
    for i, s in enumerate(worked_example_sheets()):
        SkmResponse.create(at=dt.datetime(2026, 3 + i % 9, 10, 10), **s)
    # WHEN the yearly report of 2026 is computed
    r = yearly_report(report_service, YEAR)
    t = _truth()
    # THEN month by month and by type it equals the recount
    assert [m.visits for m in r.months] == t["visits"]
    assert [m.visitors for m in r.months] == t["visitors_month"]
    assert r.visitors == t["visitors"]
    assert [m.loans for m in r.months] == t["loans"]
    assert [m.loan_items for m in r.months] == t["items"]
    assert [m.renewals for m in r.months] == t["renewals"] and r.renewals > 0
    assert [m.documents_digitised for m in r.months] == t["digitised_month"]
    for g in r.growth:
        assert (g.added, g.at_end, g.at_start) == (
            t["added"][g.doc_type], t["at_end"][g.doc_type],
            t["at_end"][g.doc_type] - t["added"][g.doc_type]), g.doc_type
        assert g.digitised == t["digitised"][g.doc_type]
        assert g.published == t["published"][g.doc_type]
    assert sum(g.published for g in r.growth) == 7
    top = t["consulted"].most_common()
    assert [d.visits for d in r.most_consulted] == [n for _, n in top[:10]]
    assert str(r.skm.result.ikm_unit) == "83.33" and r.skm.result.respondents == 20


def test_the_yearly_pdf_and_xlsx(filled, report_service):
    out = build_report(report_service, ReportRequest("yearly", YEAR))
    r = out.figures
    text = pdf_text(out.pdf)
    assert "LAPORAN TAHUNAN PERPUSTAKAAN JDIH" in text and "Periode: Tahun 2026" in text
    assert f"Jumlah kunjungan {r.visits:,}".replace(",", ".") in text
    assert f"Perpanjangan peminjaman {r.renewals}" in text
    oct_row = r.months[9]
    assert (f"Oktober {oct_row.visits} {oct_row.visitors} {oct_row.loans} "
            f"{oct_row.loan_items} {oct_row.renewals}") in text
    book = xlsx_book(out.xlsx)
    per = book["Per bulan"]
    assert [row[1] for row in per.iter_rows(min_row=2, max_row=13, values_only=True)] == [
        m.visits for m in r.months]
    assert len(per._charts) == 2 and len(book["Koleksi"]._charts) == 1  # native charts


def test_the_yearly_report_needs_a_year(report_service):
    import pytest

    from jdih_desktop.services.reports import ReportError

    with pytest.raises(ReportError, match="satu tahun"):
        yearly_report(report_service, Period.month(2026, 10))


def test_the_monthly_xlsx_has_native_charts(filled, report_service, october):
    out = build_report(report_service, ReportRequest("activity", october, pdf=False))
    book = xlsx_book(out.xlsx)
    assert len(book["Per hari"]._charts) == 1 and len(book["Peminjaman"]._charts) == 1
    assert book["Per hari"]["C2"].value is not None  # the figures the chart reads are numbers
