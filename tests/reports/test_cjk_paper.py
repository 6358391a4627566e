"""Names in Chinese characters on paper (issue 15): PDFs embed a CJK font subset."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from jdih_desktop.fonts import wide_font_path
from jdih_desktop.services.report_render import ReportRequest, build_report
from jdih_desktop.store.models import Visit, Visitor
from tests.reports.report_truth import pdf_text

pytestmark = pytest.mark.skipif(wide_font_path() is None,
                                reason="scripts/system-deps.sh installs fonts-wqy-microhei")


def test_a_visit_record_prints_the_name_in_chinese_characters(services):
    # GIVEN a visitor who writes her name 林美华 (Lim Mei Hua on her KTP)
    v = Visitor.create(full_name="林美华", name_search="林美华", institution="Yayasan 福德",
                       id_type="nik", id_number="6172014101900003")
    visit = Visit.create(visitor=v, status="closed", step="CLOSED",
                         arrived_at=dt.datetime(2026, 11, 23, 10, 5), purpose="Baca UU 7/2017",
                         departed_at=dt.datetime(2026, 11, 23, 11, 0))
    # WHEN its record is rendered to PDF
    pdf = build_report(services.reports, ReportRequest("visit", visit_id=visit.id,
                                                       xlsx=False)).pdf
    # THEN the extracted text holds the name, and the font is an embedded subset
    text = pdf_text(pdf)
    assert "林美华" in text and "福德" in text
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for f in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    wide = [f for f in fonts if "JdihWide" in f or "+" in f]
    assert wide, fonts
    assert len(pdf) < 400_000  # a subset, not the 5 MB font file
