"""The palette: WCAG AA contrast for every pair text is drawn in, one error colour, and the
application style that puts it on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from jdih_desktop.ui.widgets import style
from jdih_desktop.ui.widgets.style import PALETTE, TEXT_PAIRS, contrast_ratio

UI = Path(__file__).resolve().parents[2] / "jdih_desktop" / "ui"


def test_contrast_ratio_matches_known_values():
    # GIVEN the WCAG formula THEN black on white is 21:1, a colour on itself 1:1, and the
    # W3C's worked example #767676 on white just passes AA (4.54:1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize(("fg", "bg", "what"), TEXT_PAIRS, ids=[p[2] for p in TEXT_PAIRS])
def test_every_text_pair_reaches_wcag_aa(fg, bg, what):
    assert contrast_ratio(fg, bg) >= 4.5, f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}"


def test_gold_is_never_a_text_colour():
    # GIVEN the accent gold THEN it fails AA on white, so no text pair may use it
    assert contrast_ratio(PALETTE.accent, PALETTE.base) < 4.5
    assert all(PALETTE.accent not in (fg, bg) for fg, bg, _ in TEXT_PAIRS)


def test_qt_palette_carries_the_checked_colours(qapp):
    pal = style.qpalette()
    pairs = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
             (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
             (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
             (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base)]
    for fg, bg in pairs:
        ratio = contrast_ratio(pal.color(fg).name(), pal.color(bg).name())
        assert ratio >= 4.5, (fg, bg, ratio)
    # Disabled controls are exempt from 1.4.3; they still reach the 3:1 of non-text contrast.
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert contrast_ratio(disabled, pal.color(QPalette.ColorRole.Button).name()) >= 3.0


def test_one_error_colour_and_no_literal_colours_in_widgets():
    # GIVEN every module of the UI THEN none writes a colour literal: they use the palette
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name in ("resources_rc.py",) or path == UI / "widgets" / "style.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line):
                offenders.append(f"{path.relative_to(UI)}:{n}: {line.strip()}")
    assert offenders == []
    assert style.ERROR_STYLE.count(PALETTE.error) == 1 and PALETTE.error in style.error_html("x")


def test_apply_style_sets_fusion_palette_stylesheet_and_icon(qapp):
    before = (qapp.style().name(), qapp.palette(), qapp.styleSheet(), qapp.windowIcon())
    try:
        name = style.apply_style(qapp, ["jdih-desktop"])
        assert name.lower() == "fusion"
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == PALETTE.primary
        assert 'QPushButton[primary="true"]' in qapp.styleSheet()
        assert not qapp.windowIcon().isNull()
        assert qapp.windowIcon().availableSizes() or not qapp.windowIcon().pixmap(32).isNull()
    finally:
        qapp.setStyle(before[0])
        qapp.setPalette(before[1])
        qapp.setStyleSheet(before[2])
        qapp.setWindowIcon(before[3])


def test_an_explicit_style_choice_is_respected(qapp, monkeypatch):
    before = (qapp.style().name(), qapp.palette(), qapp.styleSheet())
    monkeypatch.setenv("QT_STYLE_OVERRIDE", "windows")
    qapp.setStyle("Windows")
    try:
        assert style.apply_style(qapp, ["jdih-desktop"]).lower() == "windows"
    finally:
        qapp.setStyle(before[0])
        qapp.setPalette(before[1])
        qapp.setStyleSheet(before[2])
