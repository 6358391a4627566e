"""A font for every script on paper (PDF reports and receipt images).

Reports use the PDF base font Helvetica, which holds only the Windows-1252 characters, so a
name written in Chinese characters (林美华) would print as boxes. Text outside that set is
drawn with a freely licensed font that covers CJK: WenQuanYi Micro Hei (Apache-2.0, Debian
package ``fonts-wqy-microhei``, installed by ``scripts/system-deps.sh``), else Noto Sans CJK or
Droid Sans Fallback when present; ``JDIH_CJK_FONT`` names another file. reportlab embeds only
the glyphs used (a subset). When no such font is found the text falls back to the base font and
a warning is logged once — the figures stay right, only those names show as boxes.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
PDF_FONT_NAME = "JdihWide"


@cache
def wide_font_path() -> Path | None:
    """The CJK-covering font file, or None (logged once)."""
    env = os.environ.get("JDIH_CJK_FONT")
    for candidate in ([env] if env else []) + list(CANDIDATES):
        path = Path(candidate)
        if path.is_file():
            return path
    log.warning("no CJK font found (install fonts-wqy-microhei or set JDIH_CJK_FONT); "
                "names in Chinese characters will not print")
    return None


def needs_wide_font(text: str) -> bool:
    """True when the base PDF font (Windows-1252) cannot show every character."""
    try:
        (text or "").encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


@cache
def pdf_wide_font() -> str | None:
    """Register the font with reportlab (once); its name, or None when there is none."""
    path = wide_font_path()
    if path is None:
        return None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(path), subfontIndex=0))
    except Exception as exc:  # a damaged or unsupported file: fall back, say why
        log.warning("CJK font %s cannot be used: %s", path, exc)
        return None
    return PDF_FONT_NAME


def split_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into runs: (piece, needs the wide font)."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        wide = needs_wide_font(ch)
        if runs and runs[-1][1] == wide:
            runs[-1] = (runs[-1][0] + ch, wide)
        else:
            runs.append((ch, wide))
    return runs
