"""The SKM/IKM of PermenPANRB 14/2017 (issue 15).

Worked example. Source of the method: Peraturan Menteri PANRB Nomor 14 Tahun 2017, Lampiran
(pengolahan data survei: NRR per unsur = total nilai persepsi per unsur / jumlah jawaban;
bobot = 1/9 = 0,111; IKM = sum of NRR x bobot; IKM unit pelayanan = IKM x 25; the table of
intervals A 88,31-100,00 / B 76,61-88,30 / C 65,00-76,60 / D 25,00-64,99). The 20 answer sheets
below are our own; the expected figures are computed by hand from the regulation's formula:

    unsur  answers (count x value)   total  NRR    NRR x 0,111
    U1     10x4 + 10x3                70    3,50   0,389
    U2      6x4 + 14x3                66    3,30   0,367
    U3      2x4 + 18x3                62    3,10   0,344
    U4     20x4                       80    4,00   0,444
    U5      4x4 + 16x3                64    3,20   0,356
    U6      8x4 + 12x3                68    3,40   0,378
    U7     12x4 +  8x3                72    3,60   0,400
    U8     18x3 +  2x2                58    2,90   0,322
    U9     20x3                       60    3,00   0,333
    sum of NRR = 30,00; IKM = 30,00 / 9 = 3,3333 (exact weight 1/9)
    IKM unit pelayanan = 3,3333 x 25 = 83,33  ->  mutu B, kinerja "Baik" (76,61-88,30)
    (with the rounded weight 0,111 the sum is 3,33 and 3,33 x 25 = 83,25, also B.)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.skm import (
    ELEMENTS,
    SkmSheet,
    category_for,
    compute_ikm,
    folded_rating,
)

# element -> list of (value, how many respondents gave it); 20 respondents each
COUNTS = {
    "u1": [(4, 10), (3, 10)], "u2": [(4, 6), (3, 14)], "u3": [(4, 2), (3, 18)],
    "u4": [(4, 20)], "u5": [(4, 4), (3, 16)], "u6": [(4, 8), (3, 12)],
    "u7": [(4, 12), (3, 8)], "u8": [(3, 18), (2, 2)], "u9": [(3, 20)],
}
EXPECTED_NRR = {"u1": "3.5", "u2": "3.3", "u3": "3.1", "u4": "4", "u5": "3.2", "u6": "3.4",
                "u7": "3.6", "u8": "2.9", "u9": "3"}


def worked_example_sheets() -> list[dict[str, int]]:
    columns = {k: [v for v, n in pairs for _ in range(n)] for k, pairs in COUNTS.items()}
    return [{k: columns[k][i] for k in columns} for i in range(20)]


def test_the_nine_elements_are_the_regulations_in_its_order():
    assert [e.name for e in ELEMENTS] == [
        "Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"]
    assert all(len(e.answers) == 4 for e in ELEMENTS)


def test_the_worked_example_gives_ikm_83_33_category_b():
    r = compute_ikm(worked_example_sheets())
    assert r.respondents == 20 and r.complete
    for e in r.elements:
        assert e.answers == 20
        assert e.nrr == Fraction(EXPECTED_NRR[e.key]), e.key
        assert e.nrr_weighted == e.nrr / 9
    assert r.ikm == Fraction(30, 9)
    assert r.ikm_unit == Decimal("83.33")
    assert r.category == ("B", "Baik")


def test_a_published_report_gives_the_same_figure():
    """A published SKM report: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang
    Barat, "Laporan Survey Kepuasan Masyarakat (SKM) (Online)", 2023 semester 1,
    https://e-smile.tubaba.go.id/main/skm/laporan/online — one respondent, 4 on each of
    U1-U9, "Σ Nilai / Unsur" 4 and "NRR / Unsur" 4 each, "IKM UNIT PELAYANAN 100 (Sangat
    Baik)". (A one-sheet report, so it checks the scale ends and the A band, not rounding; the
    20-sheet example above is worked by hand from the regulation's formula.)"""
    r = compute_ikm([{f"u{i}": 4 for i in range(1, 10)}])
    assert r.respondents == 1 and all(e.nrr == 4 for e in r.elements)
    assert r.ikm_unit == Decimal("100.00")
    assert r.category == ("A", "Sangat baik")


def test_an_unanswered_element_is_averaged_over_those_who_answered_it():
    sheets = worked_example_sheets()
    sheets[0]["u4"] = None  # one respondent skipped biaya/tarif
    r = compute_ikm(sheets)
    u4 = next(e for e in r.elements if e.key == "u4")
    assert (u4.answers, u4.total, u4.nrr) == (19, 76, Fraction(4))


@pytest.mark.parametrize(("value", "expected"), [
    ("100", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
    ("65.00", "C"), ("64.99", "D"), ("25", "D"), ("88.305", "A")])
def test_the_regulations_intervals_on_the_converted_scale(value, expected):
    assert category_for(Decimal(value))[0] == expected


def test_all_fours_is_100_a_and_all_ones_is_25_d():
    assert compute_ikm([{e.key: 4 for e in ELEMENTS}]).ikm_unit == Decimal("100.00")
    low = compute_ikm([{e.key: 1 for e in ELEMENTS}])
    assert low.ikm_unit == Decimal("25.00") and low.category == ("D", "Tidak baik")


def test_the_old_rating_folds_into_the_sheet():
    assert folded_rating({"u1": 4, "u2": 3}) == 4  # 3,5 rounds half up
    assert folded_rating({"u1": 3, "u2": 3, "u3": 2}) == 3
    assert folded_rating({"u1": None}) is None


def test_departure_stores_the_sheet_and_the_visit_rating(services):
    from jdih_desktop.store.models import SkmResponse, Visit
    from tests.wizard.test_loan_rules import _visit_at_loan  # noqa: F401

    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, None)
    Visit.update(step="DEPARTURE").where(Visit.id == visit.id).execute()
    with pytest.raises(ValidationError):
        services.skm.record_departure(visit.id, SkmSheet({"u1": 5}))
    sheet = SkmSheet({e.key: 4 for e in ELEMENTS}, age_group="30_39", sex="p",
                     education="s1", occupation="pelajar", suggestion="Tambah  kursi baca")
    services.skm.record_departure(visit.id, sheet)
    row = SkmResponse.get()
    assert (row.u1, row.u9, row.sex, row.suggestion) == (4, 4, "p", "Tambah kursi baca")
    v = Visit.get_by_id(visit.id)
    assert v.rating == 4 and v.rating_comment == "Tambah kursi baca" and v.departed_at


def test_the_period_report_counts_sheets_profile_and_suggestions(services, clock):
    from jdih_desktop.services.reports import Period
    from jdih_desktop.store.models import SkmResponse

    for i, s in enumerate(worked_example_sheets()):
        SkmResponse.create(at=dt.datetime(2026, 8, 1 + i, 10), sex="l" if i % 2 else "p",
                           suggestion="Perpanjang jam layanan" if i == 3 else None, **s)
    SkmResponse.create(at=dt.datetime(2026, 6, 30, 10), **{e.key: 1 for e in ELEMENTS})
    rep = services.skm.report(Period.parse("2026-Q3"))
    assert rep.result.respondents == 20 and rep.result.ikm_unit == Decimal("83.33")
    assert rep.profile["sex"] == {"l": 10, "p": 10, "": 0}
    assert [s.text for s in rep.suggestions] == ["Perpanjang jam layanan"]


def test_the_skm_report_pdf_and_xlsx_show_the_table_ikm_category_profile_suggestions(
        services, clock):
    from jdih_desktop.services.report_render import ReportRequest, build_report
    from jdih_desktop.services.reports import Period
    from jdih_desktop.store.models import Officer, SkmResponse
    from tests.reports.report_truth import pdf_text, xlsx_book

    Officer.create(username="kepala", full_name="Dra. Hj. Kepala Subbagian",
                   nip="197001011995032001", position="Kepala Subbagian Hukum", role="head")
    for i, s in enumerate(worked_example_sheets()):
        SkmResponse.create(at=dt.datetime(2026, 8, 1 + i, 10), education="s1" if i < 5 else None,
                           suggestion="Perpanjang jam layanan" if i == 3 else None, **s)
    out = build_report(services.reports, ReportRequest("skm", Period.parse("2026-S2")))
    text = pdf_text(out.pdf)
    assert "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)" in text
    assert "Periode: Semester II 2026" in text
    assert "Nilai IKM unit pelayanan (konversi 25-100) 83,33" in text
    assert "Mutu pelayanan B" in text and "Kinerja unit pelayanan Baik" in text
    assert "U8 Penanganan pengaduan, saran dan masukan 20 58 2,90 0,111 0,322" in text
    assert "D4/S1 5" in text and "Perpanjang jam layanan" in text
    assert "Dra. Hj. Kepala Subbagian" in text and "NIP. 197001011995032001" in text
    book = xlsx_book(out.xlsx)
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert summary["Nilai IKM unit pelayanan (25-100)"] == 83.33
    assert summary["Mutu pelayanan"] == "B"
    per = book["Per unsur"]
    assert [r[4] for r in per.iter_rows(min_row=2, max_row=10, values_only=True)] == [
        3.5, 3.3, 3.1, 4.0, 3.2, 3.4, 3.6, 2.9, 3.0]
    assert len(per._charts) == 1  # a native Excel chart, not a picture


def test_the_cli_takes_any_period(cli_admin, data_dir, capsys):
    from jdih_desktop.cli import main

    for period, label in [("2026", "Tahun 2026"), ("2026-Q3", "Triwulan III 2026"),
                          ("2026-S1", "Semester I 2026"), ("2026-11", "November 2026"),
                          ("2026-11-03", "Selasa, 3 November 2026")]:
        assert main(["report", "--data-dir", str(data_dir), "--period", period]) == 0
        assert label in capsys.readouterr().out, period
    assert main(["report", "--data-dir", str(data_dir), "--from", "2026-11-03", "--to",
                 "2026-11-20"]) == 0
    assert "3 November 2026 s.d. 20 November 2026" in capsys.readouterr().out
    assert main(["report", "--data-dir", str(data_dir), "--kind", "skm", "--period",
                 "2026-Q4"]) == 0
    assert "Triwulan IV 2026" in capsys.readouterr().out
    assert main(["report", "--data-dir", str(data_dir), "--period", "2026-Q5"]) == 2
    assert "2026-Q3" in capsys.readouterr().err
    assert main(["report", "--data-dir", str(data_dir), "--from", "2026-11-20", "--to",
                 "2026-11-03"]) == 2
