"""A receipt for 林美华 (issue 15): the lines the code page cannot hold go out as raster images
through python-escpos, everything else stays text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jdih_desktop.config import AppConfig
from jdih_desktop.devices.escpos_render import RenderOptions, render_bytes
from jdih_desktop.fonts import wide_font_path
from jdih_desktop.services.receipts import LoanReceiptData, ReceiptLine, build_loan_receipt
from tests.support.escpos import decode

pytestmark = pytest.mark.skipif(wide_font_path() is None,
                                reason="scripts/system-deps.sh installs fonts-wqy-microhei")


def receipt_for(name: str):
    config = AppConfig(path=Path("unused.ini"))  # defaults only; never written
    return build_loan_receipt(config, LoanReceiptData(
        receipt_number="PJ-2026-000123", loaned_at=dt.datetime(2026, 11, 24, 19, 56),
        visitor_name=name, visitor_id_type="nik", visitor_id_number="6172014101900003",
        visitor_institution="Yayasan Budaya Singkawang",
        items=(ReceiptLine("Peraturan: UU No. 7 Tahun 2017", "Pemilihan Umum", "JDIH0000001"),),
        due_date=dt.date(2026, 12, 3), officer_name="Nur'aini binti Abdul Rahman", reprint=0))


@pytest.mark.parametrize("paper", [58, 80])
def test_the_chinese_name_is_an_image_and_the_rest_is_text(paper):
    data = render_bytes(receipt_for("林美华"), RenderOptions(paper_width_mm=paper))
    d = decode(data)
    # THEN no folded question marks, the ASCII lines are text...
    assert "?" not in d.text and "林" not in d.text
    for words in ("BUKTI PEMINJAMAN", "PJ-2026-000123", "Jatuh tempo", "JDIH0000001",
                  "Yayasan Budaya Singkawang", "24 November 2026 19.56"):
        assert words in d.text, words
    # ...and the two lines with the name (Peminjam, the signature names) are raster images
    # the width of the paper, with ink on them
    dots = 384 if paper == 58 else 576
    assert len(d.rasters) == 2
    for r in d.rasters:
        assert r.width == dots and r.height == 24 and r.black_dots > 50
    assert not any("Peminjam ...." in ln for ln in d.lines)


def test_a_latin_name_prints_as_text_without_images():
    d = decode(render_bytes(receipt_for("Lim Mei Hua")))
    assert d.rasters == [] and "Lim Mei Hua" in d.text


def test_long_signature_names_are_whole_on_their_own_lines():
    d = decode(render_bytes(receipt_for("Benedictus Hendrawan Sutanto Wijaya"),
                            RenderOptions(paper_width_mm=58)))
    # (58 mm: 32 columns, so both names are wrapped under their titles, never cut)
    tail = " ".join(d.lines[d.index_of("Petugas: "):])
    assert "Petugas: Nur'aini binti Abdul Rahman Peminjam: Benedictus" in tail
    assert "Peminjam: Benedictus Hendrawan Sutanto Wijaya" in tail
    assert all(len(line) <= 32 for line in d.lines)


def test_the_58mm_test_slip_barcode_fits_the_printable_width():
    from jdih_desktop.devices.escpos_render import code128_modules
    from jdih_desktop.devices.testslip import build_test_slip

    now = dt.datetime(2026, 12, 1, 21, 56, 42)
    slip = build_test_slip("KPU Kota Singkawang", "Perpustakaan JDIH", "simulated", now, 58)
    d = decode(render_bytes(slip, RenderOptions(paper_width_mm=58)))
    # THEN the code reads back whole, and its bars plus quiet zones fit 384 dots
    assert d.barcodes == [("CODE128", "UJI20261201215642")]
    modules = code128_modules(d.barcode_data[0])
    assert (modules + 20) * 2 <= 384 < (11 * (17 + 2) + 13 + 20) * 2  # set B alone would not


def test_an_a5_loan_receipt_of_three_documents_fits_one_page(qapp, tmp_path):
    import pypdf

    from jdih_desktop.devices.qt_printer import PdfPrinter
    from jdih_desktop.services.receipts import ReceiptLine

    items = tuple(ReceiptLine(f"Peraturan: PKPU No. {i} Tahun 2024",
                              "Perubahan atas Peraturan Komisi Pemilihan Umum tentang tahapan, "
                              "program, dan jadwal penyelenggaraan", f"JDIH000000{i}")
                  for i in range(1, 4))
    config = AppConfig(path=Path("unused.ini"))
    receipt = build_loan_receipt(config, LoanReceiptData(
        receipt_number="PJ-2026-000001", loaned_at=dt.datetime(2026, 11, 24, 9, 0),
        visitor_name="Siti Rahmawati", visitor_id_type="nik",
        visitor_id_number="6172015708900001", visitor_institution="Universitas Tanjungpura",
        items=items, due_date=dt.date(2026, 12, 3),
        officer_name="Nur'aini binti Abdul Rahman", reprint=0))
    target = tmp_path / "a5.pdf"
    result = PdfPrinter(f"pdf:{target}", str(target)).print_receipt(receipt)
    # THEN one page (it took two before it was fitted), and the signature names are on it
    assert result.pages == 1
    page = pypdf.PdfReader(str(target)).pages
    assert len(page) == 1
    text = " ".join(page[0].extract_text().split())  # Qt's PDF text has tabs for spaces
    assert "Nur'aini binti Abdul Rahman" in text and "Siti Rahmawati" in text
