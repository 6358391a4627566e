"""Properties of the renderer over any text a visitor or a catalogue could hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdih_desktop.devices.base import KeyValue, Receipt, Text
from jdih_desktop.devices.escpos_render import RenderOptions, render_bytes
from tests.support.escpos import decode

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, key=st.text(max_size=30), value=ANY_TEXT, double=st.booleans(),
       width=st.sampled_from([58, 80]), codepage=st.sampled_from(["ascii", "cp858"]))
def test_any_text_fits_and_never_breaks_the_printer(text: str, key: str, value: str,
                                                    double: bool, width: int,
                                                    codepage: str) -> None:
    # GIVEN any text (accents, emoji, control characters, escape bytes, very long words)
    receipt = Receipt("x").add(Text(text, double=double), KeyValue(key, value))
    # WHEN rendered
    data = render_bytes(receipt, RenderOptions(paper_width_mm=width, codepage=codepage))
    # THEN the bytes decode cleanly (no stray control bytes reach the printer) ...
    d = decode(data)
    columns = 32 if width == 58 else 42
    # ... no line is wider than the paper ...
    for line, style in zip(d.lines, d.line_styles, strict=True):
        assert len(line) <= (columns // 2 if style.double else columns), repr(line)
    # ... and in ASCII mode only ASCII is printed
    if codepage == "ascii":
        assert all(" " <= ch <= "~" for ch in d.text.replace("\n", ""))
