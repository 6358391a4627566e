"""What the PDF and XLSX contain equals the database truth; no NIK leaves the building whole."""

from __future__ import annotations

import datetime as dt
import re

from jdih_desktop.services.report_render import ReportRequest, build_report, default_logo
from jdih_desktop.services.reports import Period
from jdih_desktop.store.models import Visit, Visitor
from tests.reports.report_truth import (
    activity_truth,
    collection_truth,
    pdf_pages,
    pdf_text,
    sheet_rows,
    summary_values,
    xlsx_book,
)

FULL_NIK = re.compile(r"6172\d{12}")


def _idn(n: float, decimals: int = 0) -> str:
    return f"{n:,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def test_monthly_pdf_shows_the_truth(filled, report_service, october, clock):
    # GIVEN the recount of October
    t = activity_truth(october.start, october.end, clock())
    # WHEN the monthly report is rendered
    out = build_report(report_service, ReportRequest("activity", october))
    text = pdf_text(out.pdf)
    # THEN the title, the figures, every day, the signature block and page numbers are there
    assert "LAPORAN DOKUMENTASI HASIL KEGIATAN LAYANAN PERPUSTAKAAN JDIH" in text
    assert "Periode: Oktober 2026" in text
    for label, value in [
        ("Jumlah kunjungan (tidak termasuk batal)", t["visits"]),
        ("Kunjungan dibatalkan", t["cancelled"]),
        ("Jumlah pengunjung (orang)", t["visitors"]),
        ("Pengunjung baru", t["new"]),
        ("Pengunjung lama (pernah berkunjung)", t["returning"]),
        ("Hari layanan (hari kerja, di luar libur)", t["open_days"]),
        ("Peminjaman (bukti peminjaman)", t["loans"]),
        ("Eksemplar dipinjam", t["loan_items"]),
        ("Perpanjangan peminjaman", t["renewals"]),
        ("Eksemplar dikembalikan", t["items_returned"]),
        ("Eksemplar terlambat pada akhir periode", t["overdue_items"]),
        ("Slip pengembalian", t["slips"]),
        ("Peminjaman dikembalikan sebagian", t["partial"]),
        ("Dikembalikan terlambat (setelah jatuh tempo)", t["late_returns"]),
    ]:
        assert f"{label} {value}" in text, label
    assert f"Rata-rata kepuasan (skala 1-4) {_idn(t['average'], 2)}" in text
    assert f"Dokumen terdigitalisasi {t['docs_digitised']} dari {t['docs_total']}" in text
    for day, (visits, cancelled) in t["per_day"].items():
        assert f"{day:%d/%m/%Y} {visits} {cancelled}" in text
    assert f"Jumlah {t['visits']} {t['cancelled']}" in text
    assert "Cuti bersama (uji)" in text
    for kind, label in [("peraturan", "Peraturan"), ("monografi", "Monografi Hukum"),
                        ("artikel", "Artikel Hukum"), ("putusan", "Putusan")]:
        loans, items = t["loans_by_type"][kind]
        assert f"{label} {loans} {items}" in text
    for k in range(1, 5):
        assert re.search(rf"{k} - \w+( \w+)? {t['ratings'][k]} ", text)
    for cond, label in [("baik", "baik"), ("rusak", "rusak"), ("hilang", "hilang")]:
        assert f"kondisi {label} {t['by_condition'][cond]}" in text
    assert "Singkawang, 24 November 2026" not in text  # the report is dated at period end
    assert "Singkawang, 1 November 2026" in text
    assert "Mengetahui, Kepala Subbagian Hukum" in text
    pages = pdf_pages(out.pdf)
    assert f"Halaman 1 dari {pages}" in text and f"Halaman {pages} dari {pages}" in text


def test_monthly_pdf_category_and_purpose_tables(filled, report_service, october, clock):
    # GIVEN the recount of categories
    t = activity_truth(october.start, october.end, clock())
    # WHEN rendered
    text = pdf_text(build_report(report_service, ReportRequest("activity", october,
                                                               xlsx=False)).pdf)
    # THEN each category row shows its count and share
    from jdih_desktop.store import enums
    for key, n in t["by_category"].items():
        label = enums.VISITOR_CATEGORIES.get(key, "(belum diisi)")
        assert f"{label} {n} {_idn(n / t['visits'] * 100, 1)}%" in text


def test_monthly_xlsx_reads_back_as_the_truth(filled, report_service, october, clock):
    # GIVEN the recount
    t = activity_truth(october.start, october.end, clock())
    # WHEN the workbook is rendered and read back with openpyxl
    book = xlsx_book(build_report(report_service, ReportRequest("activity", october)).xlsx)
    s = summary_values(book)
    # THEN the summary holds numbers and dates, not text
    assert s["Jumlah kunjungan (tidak termasuk batal)"] == t["visits"]
    assert s["Kunjungan dibatalkan"] == t["cancelled"]
    assert (s["Pengunjung baru"], s["Pengunjung lama"]) == (t["new"], t["returning"])
    assert s["Eksemplar masih dipinjam"] == t["items_out"]
    assert s["Eksemplar terlambat"] == t["overdue_items"]
    assert s["Rata-rata kepuasan (1-4)"] == round(t["average"], 2)
    assert s["Awal periode"] == dt.datetime(2026, 10, 1)  # a real date cell
    assert book["Ringkasan"]["B5"].number_format == "DD/MM/YYYY"
    # AND the raw sheets carry every day, every visit and every overdue item
    per_day = sheet_rows(book, "Per hari")
    assert {r[0].date(): (r[2], r[3]) for r in per_day} == t["per_day"]
    assert book["Per hari"].freeze_panes == "A2"
    assert book["Per hari"].column_dimensions["F"].width > 20
    visits = sheet_rows(book, "Kunjungan")
    assert len(visits) == t["visits"] + t["cancelled"]
    assert all(isinstance(r[1], dt.datetime) for r in visits)
    assert {r[0] for r in sheet_rows(book, "Kategori")} and sum(
        r[1] for r in sheet_rows(book, "Kategori")) == t["visits"]
    overdue = sheet_rows(book, "Terlambat")
    assert {(r[0], r[2]) for r in overdue} == t["overdue_keys"]
    assert len(sheet_rows(book, "Catatan petugas")) == t["notes"]
    assert {r[0]: r[2] for r in sheet_rows(book, "Kepuasan")} == t["ratings"]


def test_no_full_nik_on_any_report(filled, report_service, october, oct5):
    # GIVEN visitors with 16-digit NIKs
    assert Visitor.select().where(Visitor.id_number.startswith("6172")).count() > 10
    visit = Visit.select().where(Visit.visitor.is_null(False)).first()
    # WHEN every kind of report is rendered
    outputs = [build_report(report_service, ReportRequest("activity", october)),
               build_report(report_service, ReportRequest("activity", oct5)),
               build_report(report_service, ReportRequest("collection", october)),
               build_report(report_service, ReportRequest("visit", visit_id=visit.id))]
    # THEN no PDF text and no XLSX cell holds a whole NIK, and the masked form is shown
    masked_seen = False
    for out in outputs:
        text = pdf_text(out.pdf)
        assert not FULL_NIK.search(text)
        masked_seen |= bool(re.search(r"6172\*{8}\d{4}", text))
        book = xlsx_book(out.xlsx)
        for ws in book.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    assert not (isinstance(v, str) and FULL_NIK.search(v)), (ws.title, v)
    assert masked_seen


def test_daily_log_lists_every_visit_of_the_day(filled, report_service, oct5):
    # GIVEN the visits of 5 October
    day_visits = [v for v in Visit.select() if v.arrived_at.date() == dt.date(2026, 10, 5)]
    # WHEN the daily log is rendered
    out = build_report(report_service, ReportRequest("activity", oct5))
    text = pdf_text(out.pdf)
    # THEN it is a daily log, and each visit appears with its arrival time
    assert "LOG HARIAN LAYANAN PERPUSTAKAAN JDIH" in text
    assert "Senin, 5 Oktober 2026" in text
    for v in day_visits:
        assert v.arrived_at.strftime("%H.%M") in text
    rows = sheet_rows(xlsx_book(out.xlsx), "Kunjungan")
    assert sorted(r[0] for r in rows) == sorted(v.id for v in day_visits)
    assert out.stem == "log-harian-2026-10-05"


def test_collection_report_shows_the_truth(filled, report_service, october):
    # GIVEN the recount of the collection
    t = collection_truth(october.start, october.end)
    # WHEN rendered
    out = build_report(report_service, ReportRequest("collection", october))
    text = pdf_text(out.pdf)
    book = xlsx_book(out.xlsx)
    # THEN per type rows and totals are in the PDF and the workbook
    labels = {"peraturan": "Peraturan", "monografi": "Monografi Hukum",
              "artikel": "Artikel Hukum", "putusan": "Putusan"}
    for kind, row in t["by_type"].items():
        assert (f"{labels[kind]} {row['documents']} {row['berlaku']} {row['tidak_berlaku']} "
                f"{row['copies']} {row['digitised']}") in text
    assert f"Jumlah dokumen {t['documents']}" in text
    assert f"Jumlah eksemplar {t['copies']}" in text
    per_type = {r[0]: r for r in sheet_rows(book, "Per jenis")}
    for kind, row in t["by_type"].items():
        got = per_type[labels[kind]]
        assert got[1:6] == (row["documents"], row["berlaku"], row["tidak_berlaku"],
                            row["copies"], row["digitised"])
    years = sheet_rows(book, "Jenis x tahun")
    for year_row in years:
        year = year_row[0]
        for i, kind in enumerate(labels, start=1):
            assert year_row[i] == t["by_year"].get((kind, year), 0)
    assert len(sheet_rows(book, "Tambahan")) == t["added"]
    assert summary_values(book)["Jumlah dokumen"] == t["documents"]


def test_visit_record_is_one_page_with_its_loans(filled, report_service):
    # GIVEN a visit with a loan
    v = filled["midnight_visit"]
    from jdih_desktop.store.models import Loan
    loan = Loan.select().where(Loan.visit.is_null(False)).first()
    # WHEN its record is rendered
    out = build_report(report_service, ReportRequest("visit", visit_id=loan.visit_id))
    text = pdf_text(out.pdf)
    # THEN the receipt number and steps are shown on one page
    assert loan.receipt_number in text and "Langkah SOP" in text
    assert pdf_pages(out.pdf) == 1
    assert "Kunjungan lewat tengah malam" in pdf_text(
        build_report(report_service, ReportRequest("visit", visit_id=v.id)).pdf)


def test_configured_logo_and_office_are_used(filled, report_service, october, tmp_path):
    # GIVEN an office configuration with another name and a logo file
    report_service.config.office.name = "KPU Kota Uji"
    report_service.config.office.head_name = "Budi Santoso, S.H."
    report_service.config.office.head_nip = "198001012005011001"
    logo = tmp_path / "logo.png"
    logo.write_bytes(default_logo().read_bytes())
    report_service.config.office.logo = str(logo)
    # WHEN rendered
    text = pdf_text(build_report(report_service, ReportRequest("collection", october)).pdf)
    # THEN the letterhead and the signature block use them
    assert "KPU KOTA UJI" in text
    assert "Budi Santoso, S.H." in text and "NIP. 198001012005011001" in text


def test_progress_is_reported_in_order(filled, report_service, october):
    # GIVEN a progress recorder
    seen: list[int] = []
    # WHEN a report is built
    build_report(report_service, ReportRequest("activity", october),
                 lambda p, _msg: seen.append(p))
    # THEN progress only moves forward
    assert seen == sorted(seen) and seen[0] < 50 < seen[-1]


def test_empty_month_renders(ctx, report_service):
    # GIVEN an empty database
    # WHEN a month is rendered
    out = build_report(report_service, ReportRequest("activity", Period.month(2026, 2)))
    # THEN both files are produced and say there is nothing
    text = pdf_text(out.pdf)
    assert "Jumlah kunjungan (tidak termasuk batal) 0" in text
    assert "Belum ada penilaian kepuasan" in text
    assert summary_values(xlsx_book(out.xlsx))["Jumlah kunjungan (tidak termasuk batal)"] == 0


def test_raw_sheets_keep_text_and_times_exactly(filled, report_service, october):
    # GIVEN notes with XML-special and control characters, and visits with seconds
    tricky = "Catatan <b> & \"kutip\" 'tunggal' \x07bel  spasi "
    first, second = (Visit.select().where(Visit.arrived_at >= october.start_dt)
                     .order_by(Visit.arrived_at).limit(2))
    for v in (first, second):
        v.officer_notes = tricky
        v.arrived_at = v.arrived_at.replace(second=37)
        v.save()
    # WHEN the month is rendered to XLSX and read back
    out = build_report(report_service, ReportRequest("activity", october))
    book = xlsx_book(out.xlsx)
    assert "Catatan <b> & \"kutip\" 'tunggal' bel spasi" in pdf_text(out.pdf)
    # THEN the text comes back (minus the control character) and every time to the second
    notes = {r[1]: r[3] for r in sheet_rows(book, "Catatan petugas")}
    assert notes[first.id] == notes[second.id] == tricky.replace("\x07", "").strip()
    visits = {r[0]: r[1] for r in sheet_rows(book, "Kunjungan")}
    for v in Visit.select().where((Visit.arrived_at >= october.start_dt)
                                  & (Visit.arrived_at < october.end_dt)):
        assert visits[v.id] == v.arrived_at
    assert book["Kunjungan"]["B3"].number_format == "DD/MM/YYYY HH:MM"


def test_visit_record_carries_the_signatures(filled, report_service):
    # GIVEN a visit whose visit-book and handover signatures were captured
    import io

    from PIL import Image, ImageDraw
    def signature(points: tuple[int, ...]) -> bytes:
        img = Image.new("RGB", (300, 100), "white")
        ImageDraw.Draw(img).line(points, fill="black", width=4)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()

    v = filled["midnight_visit"]
    v.signature_png = signature((10, 80, 120, 20, 290, 70))
    v.handover_signature_png = signature((10, 20, 150, 90, 290, 30))
    v.save()
    # WHEN its record is rendered
    out = build_report(report_service, ReportRequest("visit", visit_id=v.id))
    # THEN both signature images are on its one page
    import pypdf
    page = pypdf.PdfReader(io.BytesIO(out.pdf)).pages[0]
    assert len(page.images) >= 3  # the letterhead logo and the two signatures
    text = pdf_text(out.pdf)
    assert "Tanda tangan buku kunjungan" in text and "Tanda tangan serah terima" in text
