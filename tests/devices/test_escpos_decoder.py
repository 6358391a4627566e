"""The test decoder itself, checked against python-escpos's own calls (not our renderer)."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy

from tests.support.escpos import EscposDecodeError, decode


def test_decodes_python_escpos_calls() -> None:
    p = Dummy()
    p.hw("INIT")
    p.set(align="center", bold=True, double_height=True, double_width=True)
    p.text("Judul\n")
    p.set_with_default(align="right", underline=1)
    p.text("kanan\n")
    p.set_with_default()
    p.line_spacing(30)
    p.qr("ABC-123", native=True, size=4)
    p.barcode("{B12345", "CODE128", function_type="B")
    p.barcode("4006381333931", "EAN13", function_type="A")
    p.cut()
    d = decode(p.output)
    assert d.lines[:2] == ["Judul", "kanan"]
    assert d.line_styles[0].bold and d.line_styles[0].double
    assert d.line_styles[0].align == "center"
    assert d.line_styles[1].align == "right" and d.line_styles[1].underline
    assert d.qr_codes == ["ABC-123"]
    assert d.barcodes == [("CODE128", "12345"), ("EAN13", "4006381333931")]
    assert d.cuts == 1 and d.initialised == 1


def test_code_page_selects_the_decoding() -> None:
    # 0xD5 is the euro sign in CP858 (ESC t 19) and a box-drawing corner in CP437 (ESC t 0)
    d = decode(b"\x1bt\x13Jos\x82 \xd5\n\x1bt\x00Jos\x82 \xd5\n")
    assert d.lines == ["José €", "José ╒"]
    assert d.codepages == [19, 0]


def test_unknown_or_truncated_commands_are_errors() -> None:
    with pytest.raises(EscposDecodeError):
        decode(b"\x1b\xff")
    with pytest.raises(EscposDecodeError):
        decode(b"\x1d(k\x10\x00")
    with pytest.raises(EscposDecodeError):
        decode(b"abc\x07")
