"""Finding a CJK font for PDFs and receipts, on Windows too: the system's own fonts in
%WINDIR%\\Fonts (and the user's font folder), .ttc faces, files reportlab cannot embed skipped
with a log line, and a clear warning when there is none. Driven with a fake fonts folder."""

from __future__ import annotations

import logging
import shutil
import struct
from pathlib import Path

import pytest

from jdih_desktop import fonts
from jdih_desktop.fonts import WideFont, find_wide_font, sfnt_tables

REAL = next((Path(p) for p in fonts.CANDIDATES if Path(p).is_file()
             and Path(p).name == "wqy-microhei.ttc"), None)


def sfnt(tags: list[str], version: bytes = b"\x00\x01\x00\x00") -> bytes:
    """A font header with a table directory naming ``tags`` (no table data: enough for the
    lookup, which reads headers only)."""
    out = version + struct.pack(">HHHH", len(tags), 0, 0, 0)
    for tag in tags:
        out += tag.encode("latin-1").ljust(4) + struct.pack(">III", 0, 0, 0)
    return out


def ttc(faces: list[bytes]) -> bytes:
    """A .ttc collection of ``faces``."""
    header = 12 + 4 * len(faces)
    offsets, body = [], b""
    for face in faces:
        offsets.append(header + len(body))
        body += face
    return b"ttcf" + struct.pack(">HHI", 1, 0, len(faces)) + b"".join(
        struct.pack(">I", o) for o in offsets) + body


TRUETYPE = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"]
CFF = ["CFF ", "cmap", "head", "hhea", "hmtx", "maxp", "name", "post"]


@pytest.fixture
def windows(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "Windows" / "Fonts").mkdir(parents=True)
    (tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    return {"WINDIR": str(tmp_path / "Windows"), "LOCALAPPDATA": str(tmp_path / "Local")}


def _fonts(env: dict[str, str]) -> Path:
    return Path(env["WINDIR"]) / "Fonts"


def test_the_table_directory_of_a_collection_face_is_read(tmp_path):
    path = tmp_path / "two.ttc"
    path.write_bytes(ttc([sfnt(CFF, b"OTTO"), sfnt(TRUETYPE)]))
    assert "CFF " in sfnt_tables(path, 0) and "glyf" not in sfnt_tables(path, 0)
    assert "glyf" in sfnt_tables(path, 1)
    with pytest.raises(ValueError, match="no face 2"):
        sfnt_tables(path, 2)
    (tmp_path / "x.ttf").write_bytes(b"not a font at all")
    with pytest.raises(ValueError, match="not a TrueType"):
        sfnt_tables(tmp_path / "x.ttf")


def test_windows_prefers_yahei_and_skips_a_font_reportlab_cannot_embed(windows, caplog):
    # GIVEN a Windows fonts folder whose msyh.ttc has only PostScript outlines, and SimSun
    folder = _fonts(windows)
    (folder / "msyh.ttc").write_bytes(ttc([sfnt(CFF, b"OTTO"), sfnt(CFF, b"OTTO")]))
    (folder / "simsun.ttc").write_bytes(ttc([sfnt(TRUETYPE), sfnt(TRUETYPE)]))
    (folder / "arial.ttf").write_bytes(sfnt(TRUETYPE))  # not a CJK font: never a candidate
    # WHEN the app looks for a CJK font
    with caplog.at_level(logging.INFO, logger="jdih_desktop.fonts"):
        found = find_wide_font("win32", windows)
    # THEN SimSun's first face is chosen, and the log says why YaHei was not
    assert found == WideFont(folder / "simsun.ttc", 0)
    assert "msyh.ttc (face 0) skipped: PostScript (CFF) outlines" in caplog.text
    assert f"CJK font for PDFs and receipts: {folder / 'simsun.ttc'}" in caplog.text


def test_the_users_own_font_folder_and_the_environment_variable_count(windows):
    user = Path(windows["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts"
    (user / "NotoSansSC-Regular.ttf").write_bytes(sfnt(TRUETYPE))
    assert find_wide_font("win32", windows) == WideFont(user / "NotoSansSC-Regular.ttf", 0)
    # a named file wins, with the face after '#'
    named = Path(windows["WINDIR"]) / "custom.ttc"
    named.write_bytes(ttc([sfnt(CFF, b"OTTO"), sfnt(TRUETYPE)]))
    env = {**windows, "JDIH_CJK_FONT": f"{named}#1"}
    assert find_wide_font("win32", env) == WideFont(named, 1)


def test_no_cjk_font_on_windows_says_what_to_install(windows, caplog):
    with caplog.at_level(logging.WARNING, logger="jdih_desktop.fonts"):
        assert find_wide_font("win32", windows) is None
    assert "no CJK font found" in caplog.text and "Microsoft YaHei" in caplog.text
    assert "JDIH_CJK_FONT" in caplog.text


def test_linux_keeps_its_own_list():
    paths = [str(c.path) for c in fonts.candidates("linux", {})]
    assert paths == list(fonts.CANDIDATES)


@pytest.mark.skipif(REAL is None, reason="fonts-wqy-microhei is not installed")
def test_a_found_windows_collection_face_is_embedded_in_a_pdf(windows, tmp_path):
    # GIVEN a real TrueType CJK collection in the place of Windows' msyh.ttc
    shutil.copy(REAL, _fonts(windows) / "msyh.ttc")
    found = find_wide_font("win32", windows)
    assert found == WideFont(_fonts(windows) / "msyh.ttc", 0)
    # WHEN reportlab draws 林美华 with that face
    from io import BytesIO

    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WinCjkTest", str(found.path), subfontIndex=found.subfont))
    out = BytesIO()
    c = canvas.Canvas(out)
    c.setFont("WinCjkTest", 14)
    c.drawString(72, 720, "林美华")
    c.save()
    # THEN the PDF carries the name as text, in an embedded subset
    text = PdfReader(BytesIO(out.getvalue())).pages[0].extract_text()
    assert "林美华" in text
