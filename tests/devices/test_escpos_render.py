"""The ESC/POS renderer, checked through the test decoder (what the paper would show)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from jdih_desktop.devices.base import (
    Barcode,
    Feed,
    KeyValue,
    Logo,
    QrCode,
    Receipt,
    Separator,
    SignatureLines,
    Text,
)
from jdih_desktop.devices.escpos_render import (
    RenderOptions,
    fold_ascii,
    key_value_lines,
    render_bytes,
)
from tests.support.escpos import decode


def _logo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 40), "black").save(buf, "PNG")
    return buf.getvalue()


def loan_receipt() -> Receipt:
    return Receipt("Tanda Terima Peminjaman").add(
        Logo(_logo()),
        Text("KPU Kota Singkawang", bold=True, double=True, align="center"),
        Text("Perpustakaan JDIH — “Subbagian Hukum”", align="center"),
        Separator(),
        KeyValue("Nomor", "PJM-2026-0001", bold=True),
        KeyValue("Peminjam", "José Müller – Universitas Tanjungpura"),
        Text("Kembali paling lambat: Senin, 30 November 2026", align="right"),
        QrCode("JDIH-PJM-2026-0001"),
        Barcode("PJM20260001"),
        SignatureLines("Petugas", "Peminjam", "Budi", "José"),
        Feed(1),
    )


@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 42)])
def test_lines_fit_the_paper_and_keep_styles(width: int, columns: int) -> None:
    # GIVEN a loan receipt with every kind of item
    # WHEN it is rendered for 58 mm and 80 mm paper with the default profile
    d = decode(render_bytes(loan_receipt(), RenderOptions(paper_width_mm=width)))
    # THEN no line is wider than the paper (double-size lines: half the columns)
    for line, style in zip(d.lines, d.line_styles, strict=True):
        assert len(line) <= (columns // 2 if style.double else columns), line
    # AND styles and alignment reach the paper
    title = d.style_of("KPU Kota")
    assert (title.bold, title.double, title.align) == (True, True, "center")
    assert d.style_of("Perpustakaan JDIH").align == "center"
    assert d.style_of("Kembali paling lambat").align == "right"
    assert d.style_of("Nomor").bold
    assert d.lines[d.index_of("----")] == "-" * columns
    # AND the QR code (native), the Code128 barcode, the logo and one cut are there
    assert d.qr_codes == ["JDIH-PJM-2026-0001"]
    assert d.barcodes == [("CODE128", "PJM20260001")]
    assert d.images == 1
    assert d.cuts == 1


def test_ascii_folding_never_prints_garbage() -> None:
    # GIVEN Indonesian prose with accents, dashes and curly quotes, ASCII mode
    d = decode(render_bytes(loan_receipt(), RenderOptions(codepage="ascii")))
    # THEN every byte of text is plain ASCII and the words survive
    assert all(ch.isascii() for ch in d.text)
    assert 'Perpustakaan JDIH - "Subbagian Hukum"' in d.text
    assert "Jose Muller - Universitas" in d.text
    assert "?" not in d.text


def test_fixed_code_page_keeps_accents() -> None:
    # GIVEN the printer is set to CP858 (Latin-1 with euro)
    d = decode(render_bytes(loan_receipt(), RenderOptions(codepage="cp858")))
    # THEN the job selects that one table (ESC t 19) and accents print, dashes fold
    assert d.codepages == [19]
    assert "José Müller - Universitas" in d.text
    assert "—" not in d.text and "“" not in d.text


def test_cut_only_when_the_profile_has_a_cutter() -> None:
    # GIVEN a 58 mm printer profile without a cutter (POS-5890)
    data = render_bytes(Receipt("x").add(Text("Halo")),
                        RenderOptions(paper_width_mm=58, profile="POS-5890"))
    # THEN no cut command is sent, but the paper is fed past the tear bar
    d = decode(data)
    assert d.cuts == 0
    assert d.lines[0] == "Halo" and d.lines[-1] == ""


def test_receipt_without_cut_sends_no_cut() -> None:
    d = decode(render_bytes(Receipt("x", cut=False).add(Text("Halo"))))
    assert d.cuts == 0


def test_key_value_fits_or_wraps_under_the_key() -> None:
    # GIVEN a short pair and one too long for the line
    assert key_value_lines("Nomor", "12", 20) == ["Nomor ........... 12"]
    lines = key_value_lines("Judul", "Peraturan KPU Nomor 7 Tahun 2022", 20)
    # THEN the long value goes under the key, indented, within the width
    assert lines[0] == "Judul:"
    assert all(ln.startswith("  ") and len(ln) <= 20 for ln in lines[1:])
    assert " ".join(ln.strip() for ln in lines[1:]) == "Peraturan KPU Nomor 7 Tahun 2022"


def test_fold_ascii_examples() -> None:
    assert fold_ascii("Ñoño – “kutip” … ‘a’") == 'Nono - "kutip" ... \'a\''
    assert fold_ascii("Straße 5°") == "Strasse 5o"
    assert fold_ascii("中文") == "??"


def test_printer_without_native_codes_gets_images() -> None:
    # GIVEN the "simple" profile (no hardware QR or barcodes)
    d = decode(render_bytes(Receipt("x").add(QrCode("ABC"), Barcode("123")),
                            RenderOptions(profile="simple")))
    # THEN the QR and barcode go as raster images, with the barcode text readable under it
    assert d.qr_codes == [] and d.barcodes == []
    assert d.images == 2
    assert "123" in d.lines
