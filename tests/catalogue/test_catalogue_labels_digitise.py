"""Label sheets (PDF text and page count), receipt labels, and digitisation to one PDF."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from jdih_desktop.devices.base import Barcode, ScannedPage
from jdih_desktop.errors import ValidationError
from jdih_desktop.services.digitise import DigitiseService, PageSet, make_thumbnail
from jdih_desktop.services.labels import PER_SHEET, LabelService
from tests.catalogue.conftest import peraturan


def _page(shade: int, dpi: int = 50) -> ScannedPage:
    """A page whose grey level tells which one it is after the PDF round trip."""
    img = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), shade)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return ScannedPage(buf.getvalue(), img.width, img.height, dpi, "gray")


def test_label_sheet_holds_titles_and_barcodes(catalogue) -> None:
    # GIVEN 30 copies of two documents (more than one sheet of 24)
    a = catalogue.create_document(peraturan(call_number="342.07 KPU p"))
    b = catalogue.create_document(peraturan(nomor="8", tahun=2019, tanggal_penetapan=None,
                                            tanggal_pengundangan=None, judul="Tata Kerja KPU"))
    ids = [catalogue.add_copy(a if i % 2 else b).id for i in range(30)]
    # WHEN the sheet is rendered
    pdf = LabelService(catalogue).sheet_for_copies(ids)
    reader = PdfReader(io.BytesIO(pdf))
    # THEN 30 labels take two A4 pages, and every barcode number and title is printed
    assert len(reader.pages) == 2
    assert PER_SHEET == 24
    text = "\n".join(p.extract_text() for p in reader.pages)
    for n in range(1, 31):
        assert f"JDIH{n:07d}" in text
    assert "342.07 KPU p" in text and "PKPU 8/2019 Tata Kerja KPU" in text
    assert text.index("JDIH0000024") < len(reader.pages[0].extract_text())
    with pytest.raises(ValidationError):
        LabelService(catalogue).sheet_for_copies([])


def test_single_label_receipt(catalogue) -> None:
    doc = catalogue.create_document(peraturan())
    copy = catalogue.add_copy(doc, shelf="Rak 2")
    receipt = LabelService(catalogue).receipt_for_copy(copy.id)
    barcodes = [i for i in receipt.items if isinstance(i, Barcode)]
    assert [b.data for b in barcodes] == ["JDIH0000001"]
    assert "PKPU 4/2021" in receipt.plain_text() and "Rak 2" in receipt.plain_text()


def test_page_set_reorder_and_delete() -> None:
    pages = PageSet()
    pages.extend([_page(10), _page(20), _page(30)])
    pages.move(2, 0)
    assert [p.png for p in pages.pages] == [_page(30).png, _page(10).png, _page(20).png]
    pages.delete(1)
    pages.reorder([1, 0])
    assert [p.png for p in pages.pages] == [_page(20).png, _page(30).png]
    with pytest.raises(ValueError):
        pages.reorder([0, 0])


def test_digitised_pages_become_one_pdf_in_order(catalogue, clock) -> None:
    # GIVEN four pages from a simulated feeder; the officer drops page 2 and moves 4 first
    doc = catalogue.create_document(peraturan())
    pages = PageSet()
    pages.extend([_page(s) for s in (40, 80, 120, 160)])
    pages.delete(1)
    pages.move(2, 0)
    # WHEN saved
    att = DigitiseService(catalogue, clock).save(doc, pages.pages)
    # THEN one PDF attachment with three pages in the chosen order
    assert att.kind == "digitised" and att.pages == 3
    assert att.filename == "digitalisasi-1-20261124-090000.pdf"
    reader = PdfReader(io.BytesIO(catalogue.attachment_content(att.id)))
    assert len(reader.pages) == 3
    shades = []
    for page in reader.pages:
        img = next(iter(page.images)).image.convert("L")
        shades.append(img.getpixel((5, 5)))
    assert [round(s / 40) * 40 for s in shades] == [160, 40, 120]
    assert [a.id for a in catalogue.attachments(doc)] == [att.id]


def test_thumbnail_is_small_png() -> None:
    thumb = Image.open(io.BytesIO(make_thumbnail(_page(90, dpi=100).png)))
    assert max(thumb.size) == 160
