"""A font for every script on paper (PDF reports and receipt images).

Reports use the PDF base font Helvetica, which holds only the Windows-1252 characters, so a
name written in Chinese characters (林美华) would print as boxes. Text outside that set is
drawn with a freely licensed font that covers CJK: WenQuanYi Micro Hei (Apache-2.0, Debian
package ``fonts-wqy-microhei``, installed by ``scripts/system-deps.sh``), else Noto Sans CJK or
Droid Sans Fallback when present; ``JDIH_CJK_FONT`` names another file (``path#N``: face N of a
.ttc collection). On Windows the system's own CJK fonts are looked up in ``%WINDIR%\\Fonts`` and
the user's font folder (Microsoft YaHei, JhengHei, SimSun...), so nothing needs bundling. A file
with PostScript (CFF) outlines, which reportlab cannot embed (Noto Sans CJK's .ttc/.otf), is
skipped with a log line. reportlab embeds only the glyphs used (a subset). When no such font is
found the text falls back to the base font and a warning says what to install — the figures
stay right, only those names show as boxes.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
from collections.abc import Mapping
from dataclasses import dataclass
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
# Windows' own CJK fonts (file name, subfont of a .ttc collection), best first: Microsoft
# YaHei (Simplified Chinese UI font since Vista), Microsoft JhengHei (Traditional), SimSun /
# SimHei (older installs), MingLiU, MS Gothic (Japanese: covers the common Han characters),
# then Noto CJK / Sans SC if an administrator installed them. Subfont 0 of each collection is
# the regular face (msyh.ttc: YaHei, 1 = YaHei UI; simsun.ttc: SimSun, 1 = NSimSun).
WINDOWS_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("msyh.ttc", 0), ("msyh.ttf", 0), ("msjh.ttc", 0), ("msjh.ttf", 0),
    ("simsun.ttc", 0), ("simhei.ttf", 0), ("mingliu.ttc", 0), ("msgothic.ttc", 0),
    ("NotoSansSC-Regular.ttf", 0), ("NotoSansTC-Regular.ttf", 0),
    ("NotoSansCJK-Regular.ttc", 0), ("NotoSansCJKsc-Regular.otf", 0),
)
PDF_FONT_NAME = "JdihWide"


@dataclass(frozen=True)
class WideFont:
    """A font file that covers CJK and that reportlab can embed: its path and, for a .ttc
    collection, which face (``subfont``)."""

    path: Path
    subfont: int = 0


def sfnt_tables(path: Path, subfont: int = 0) -> set[str]:
    """The table tags of one face of a TrueType/OpenType file or collection (header only).

    Raises ValueError when the file is not such a font or has no face ``subfont``."""
    with open(path, "rb") as f:
        head = f.read(12)
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if not 0 <= subfont < count:
                raise ValueError(f"the collection has {count} faces, no face {subfont}")
            f.seek(12 + 4 * subfont)
            f.seek(struct.unpack(">I", f.read(4))[0])
            head = f.read(12)
        if len(head) < 12 or head[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
            raise ValueError("not a TrueType/OpenType font")
        count = struct.unpack(">H", head[4:6])[0]
        directory = f.read(16 * count)
        if len(directory) < 16 * count:
            raise ValueError("the font's table directory is cut short")
    return {directory[i * 16:i * 16 + 4].decode("latin-1") for i in range(count)}


def usable(font: WideFont) -> str | None:
    """None when reportlab can embed ``font``; else why not (for the log)."""
    try:
        tables = sfnt_tables(font.path, font.subfont)
    except (OSError, ValueError, struct.error) as exc:
        return str(exc)
    if "glyf" not in tables:
        return ("PostScript (CFF) outlines, which reportlab cannot embed" if "CFF " in tables
                else "no TrueType outlines")
    if "cmap" not in tables:
        return "no character map"
    return None


def _parse_env(value: str) -> WideFont:
    """``JDIH_CJK_FONT``: a path, optionally ``#N`` for face N of a collection."""
    path, sep, index = value.rpartition("#")
    if sep and index.isdigit():
        return WideFont(Path(path), int(index))
    return WideFont(Path(value))


def font_folders(platform: str = sys.platform,
                 environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Where Windows keeps fonts: the system folder and the per-user one (Windows 10 1809+)."""
    if not platform.startswith("win"):
        return []
    windir = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
    folders = [Path(windir) / "Fonts"]
    local = environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def candidates(platform: str = sys.platform,
               environ: Mapping[str, str] = os.environ) -> list[WideFont]:
    """Every font file to try, in order: ``JDIH_CJK_FONT``, then the platform's own."""
    out: list[WideFont] = []
    if environ.get("JDIH_CJK_FONT"):
        out.append(_parse_env(environ["JDIH_CJK_FONT"]))
    if platform.startswith("win"):
        for folder in font_folders(platform, environ):
            out += [WideFont(folder / name, index) for name, index in WINDOWS_CANDIDATES]
    else:
        out += [WideFont(Path(c)) for c in CANDIDATES]
    return out


def find_wide_font(platform: str = sys.platform,
                   environ: Mapping[str, str] = os.environ) -> WideFont | None:
    """The first candidate that exists and that reportlab can embed; each skip and the
    choice are logged, and a missing font says what to install."""
    for font in candidates(platform, environ):
        if not font.path.is_file():
            continue
        problem = usable(font)
        if problem is None:
            log.info("CJK font for PDFs and receipts: %s (face %s)", font.path, font.subfont)
            return font
        log.info("CJK font %s (face %s) skipped: %s", font.path, font.subfont, problem)
    if platform.startswith("win"):
        advice = ("add Chinese in Settings > Time & language > Language (it installs Microsoft "
                  "YaHei) or set JDIH_CJK_FONT to a TrueType CJK font, e.g. "
                  r"C:\Windows\Fonts\simsun.ttc#0")
    else:
        advice = "install fonts-wqy-microhei or set JDIH_CJK_FONT"
    log.warning("no CJK font found (%s); names in Chinese characters will not print", advice)
    return None


@cache
def wide_font() -> WideFont | None:
    """The CJK-covering font of this machine (looked up once)."""
    return find_wide_font()


def wide_font_path() -> Path | None:
    """The CJK-covering font file, or None (logged once)."""
    font = wide_font()
    return font.path if font else None


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
    font = wide_font()
    if font is None:
        return None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(font.path),
                                       subfontIndex=font.subfont))
    except Exception as exc:  # a damaged file, or one that forbids embedding: say why
        log.warning("CJK font %s (face %s) cannot be used: %s; names in Chinese characters "
                    "print in the base font", font.path, font.subfont, exc)
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
