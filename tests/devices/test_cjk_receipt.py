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
