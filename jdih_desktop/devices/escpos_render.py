"""Receipt model -> python-escpos calls (and so ESC/POS bytes).

One renderer serves every ESC/POS target: the simulated printer renders into python-escpos's
``Dummy`` and keeps the bytes; the real printers render into a ``Dummy`` too and send the bytes
in one write over a fresh connection, which keeps timeouts and error mapping in one place.

Why the care with characters: cheap thermal printers ship with one code page (often CP437) and
python-escpos would otherwise switch code pages by itself. Indonesian text is mostly ASCII but
names carry accents (José, Benedictus Müller) and office prose uses en dashes and curly quotes.
We therefore fix ONE code page per job and fold everything it cannot print to plain ASCII
(``é`` -> ``e`` in ASCII mode, ``–`` -> ``-`` always), so nothing ever prints as garbage.

The text layout helpers (``wrap``, ``key_value_lines``, ``signature_lines``...) are shared with
the on-screen preview and the Qt page printer, so all three show the same lines.
"""

from __future__ import annotations

import io
import logging
import os
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.devices.base import (
    Align,
    Barcode,
    DeviceError,
    Feed,
    KeyValue,
    Logo,
    QrCode,
    Receipt,
    Separator,
    SignatureLines,
    Text,
)

if TYPE_CHECKING:  # pragma: no cover
    from escpos.escpos import Escpos

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------- escpos import


def ensure_escpos_cache(cache_dir: Path | None = None) -> Path:
    """Point python-escpos at an existing capabilities cache folder BEFORE it is imported.

    The library pickles its printer capabilities into ``ESCPOS_CAPABILITIES_PICKLE_DIR`` and,
    when unset, into a brand-new temp folder on every import; when set to a missing folder the
    import fails. app.py sets it for the app; the CLI, tests and benchmarks call this.
    """
    current = os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR")
    if current:
        Path(current).mkdir(parents=True, exist_ok=True)
        return Path(current)
    if cache_dir is None:
        import platformdirs

        cache_dir = Path(platformdirs.user_cache_dir("JDIH Desktop", "KPU Kota Singkawang"))
    folder = Path(cache_dir) / "escpos" if Path(cache_dir).name != "escpos" else Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)
    return folder


# ----------------------------------------------------------------------------- characters

_PUNCTUATION = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": "<<", "\u00bb": ">>", "\u2039": "<", "\u203a": ">",
    "\u2026": "...", "\u2022": "*", "\u00b7": ".", "\u2023": ">",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\u20ac": "EUR", "\u00a9": "(c)", "\u00ae": "(R)", "\u2122": "TM", "\u00b0": "o",
    "\u00d7": "x", "\u00f7": ":", "\u2116": "No.", "\u00df": "ss", "\u00e6": "ae",
    "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE", "\u00f8": "o", "\u00d8": "O",
    "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u00f0": "d", "\u00fe": "th",
    "\t": " ",
}


def fold_punctuation(text: str) -> str:
    """Typographic dashes, quotes, spaces and symbols -> their ASCII look-alikes."""
    return "".join(_PUNCTUATION.get(ch, ch) for ch in text)


def fold_ascii(text: str) -> str:
    """Text -> printable ASCII: accents dropped (é -> e), punctuation folded, rest -> '?'."""
    out: list[str] = []
    for ch in fold_punctuation(text):
        if " " <= ch <= "~" or ch == "\n":
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if not unicodedata.combining(c))
        if base and all(" " <= c <= "~" for c in base):
            out.append(base)
        elif unicodedata.category(ch).startswith("C"):
            continue  # control characters never reach the paper
        else:
            out.append("?")
    return "".join(out)


def unprintable(text: str, codec: str) -> bool:
    """True when folding would lose characters: ``codec`` cannot hold them and they have no
    ASCII look-alike (林美华, Arabic, Devanagari...). Such lines are printed as images."""
    for ch in fold_punctuation(text):
        if " " <= ch <= "~" or ch == "\n":
            continue
        try:
            if codec != "ascii":
                ch.encode(codec)
                continue
        except UnicodeEncodeError:
            pass
        if fold_ascii(ch) == "?":
            return True
    return False


def display_width(text: str) -> int:
    """Columns a line takes: wide (CJK) characters take two of font A's cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap_display(text: str, width: int) -> list[str]:
    """Wrap by display width (CJK has no spaces: break between any two wide characters)."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in _words(para):
            if display_width(line + word) <= width:
                line += word
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = word.lstrip()
            while display_width(line) > width:  # a run longer than a line
                cut = 1
                while cut < len(line) and display_width(line[:cut + 1]) <= width:
                    cut += 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _words(text: str) -> list[str]:
    """Words keep the spaces after them; every wide character is a word of its own."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if _is_wide(ch):
            if cur:
                words.append(cur)
                cur = ""
            words.append(ch)
        elif ch == " ":
            cur += ch
        else:
            if cur.endswith(" "):
                words.append(cur)
                cur = ""
            cur += ch
    if cur:
        words.append(cur)
    return words


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def text_line_image(line: str, columns: int, dots: int, *, bold: bool = False,
                    double: bool = False, align: Align = "left") -> Any:
    """One receipt line drawn as a 1-bit image the width of the paper (font A is 12 x 24
    dots per column). The font is the wide one of ``jdih_desktop.fonts``; None without it."""
    from PIL import Image, ImageDraw, ImageFont

    from jdih_desktop.fonts import wide_font

    wide = wide_font()
    if wide is None:
        return None
    line = "".join(ch for ch in line if not unicodedata.category(ch).startswith("C"))
    height = 48 if double else 24
    try:
        # Pillow's basic layout: no dependency on libraqm, one glyph after another.
        font = ImageFont.truetype(str(wide.path), size=height - 2, index=wide.subfont,
                                  layout_engine=ImageFont.Layout.BASIC)
        img = Image.new("1", (dots, height), 1)
        draw = ImageDraw.Draw(img)
        used = min(float(dots), draw.textlength(line, font=font))
        x = 0.0
        if align == "center":
            x = max(0.0, (dots - used) / 2)
        elif align == "right":
            x = max(0.0, dots - used)
        draw.text((x, 0), line, font=font, fill=0, stroke_width=1 if bold else 0,
                  stroke_fill=0)
    except Exception as exc:  # a glyph the font cannot lay out: print the folded text
        log.warning("line image skipped: %r", exc)
        return None
    return img


def fold_for_codec(text: str, codec: str) -> str:
    """Keep what ``codec`` can print (é in CP858), fold the rest like ``fold_ascii``."""
    out: list[str] = []
    for ch in fold_punctuation(text):
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            out.append(fold_ascii(ch))
        else:
            if ch == "\n" or ch >= " ":
                out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class RenderOptions:
    """How a receipt meets the paper. ``codepage`` "ascii" or a code page name ("cp858")."""

    paper_width_mm: int = 80
    profile: str = "default"
    codepage: str = "ascii"
    columns: int | None = None  # override the profile's characters per line


def columns_for(profile: Any, paper_width_mm: int) -> int:
    """Characters per line of font A: from the profile, narrowed for 58 mm paper.

    Profiles of real printers know their paper (POS-5890: 32 columns); the generic "default"
    profile does not (42 columns, an 80 mm value), so for 58 mm paper we use the 32 columns
    every 58 mm printer we know prints.
    """
    data = getattr(profile, "profile_data", {}) or {}
    try:
        cols = int(data["fonts"]["0"]["columns"])
    except (KeyError, TypeError, ValueError):
        cols = 42
    media_mm = (data.get("media") or {}).get("width", {}).get("mm")
    known = isinstance(media_mm, int | float)
    if paper_width_mm <= 60 and (not known or media_mm > 60):
        return min(cols, 32)
    if paper_width_mm > 60 and known and media_mm <= 60:
        return 48
    return cols


def dots_for(profile: Any, paper_width_mm: int) -> int:
    """Printable width in dots (for logos): the profile's pixels or 384/576 by paper width."""
    data = getattr(profile, "profile_data", {}) or {}
    px = (data.get("media") or {}).get("width", {}).get("pixels")
    if isinstance(px, int) and px > 0 and (paper_width_mm > 60) == (px > 400):
        return px
    return 384 if paper_width_mm <= 60 else 576


def wrap(text: str, width: int) -> list[str]:
    """Word-wrap one paragraph (or several, split on newlines) to ``width`` columns."""
    width = max(1, width)
    lines: list[str] = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width, break_long_words=True,
                                   break_on_hyphens=False, replace_whitespace=False) or [""])
    return lines


def key_value_lines(key: str, value: str, width: int) -> list[str]:
    """``Key ....... value`` on one line when it fits; else the key, then the value indented."""
    key, value = key.strip(), value.strip()
    gap = width - len(key) - len(value) - 2
    if gap >= 1 and "\n" not in value:
        return [f"{key} {'.' * gap} {value}" if gap >= 2 else f"{key}  {value}".ljust(width)]
    lines = wrap(key + ":", width)
    lines.extend("  " + ln for ln in wrap(value, width - 2))
    return lines


def key_value_lines_wide(key: str, value: str, width: int) -> list[str]:
    """``key_value_lines`` measuring wide characters as two columns."""
    key, value = key.strip(), value.strip()
    gap = width - display_width(key) - display_width(value) - 2
    if gap >= 1 and "\n" not in value:
        return [f"{key} {'.' * gap} {value}" if gap >= 2 else f"{key}  {value}"]
    lines = wrap_display(key + ":", width)
    lines.extend("  " + ln for ln in wrap_display(value, width - 2))
    return lines


def aligned(line: str, width: int, align: Align) -> str:
    """Pad a line for screen previews (the printer aligns by itself through ESC a)."""
    if align == "center":
        return line.center(width).rstrip()
    if align == "right":
        return line.rjust(width)
    return line


def _center(text: str, width: int) -> str:
    pad = max(0, width - display_width(text))
    return " " * (pad // 2) + text + " " * (pad - pad // 2)


def signature_lines(sig: SignatureLines, width: int) -> list[str]:
    """Two signature boxes side by side: titles, room to sign, a rule, then the names.

    Each name is printed whole: centred under its box when both fit their half, otherwise
    each on its own line(s) after its title ("Peminjam: Nur'aini binti Abdul Rahman"),
    wrapped rather than cut, so two long names never run together.
    """
    half = width // 2
    rule = "(" + "_" * max(4, half - 4) + ")"

    def row(left: str, right: str) -> str:
        return (_center(left, half) + _center(right, width - half)).rstrip()

    lines = [row(sig.left_title, sig.right_title), "", "", "", row(rule, rule)]
    if not sig.left_name and not sig.right_name:
        return lines
    if (display_width(sig.left_name) <= half - 1
            and display_width(sig.right_name) <= width - half - 1):
        return [*lines, row(sig.left_name, sig.right_name)]
    for title, name in ((sig.left_title, sig.left_name), (sig.right_title, sig.right_name)):
        if name:
            lines += wrap_display(f"{title}: {name}", width)
    return lines


def text_width(item: Text, columns: int) -> int:
    return columns // 2 if item.double else columns


# ----------------------------------------------------------------------------- renderer


def _charcode_name(codepage: str, profile: Any) -> tuple[str, str]:
    """(python-escpos code page name, Python codec) for the option, checked against profile."""
    wanted = (codepage or "ascii").strip().upper()
    if wanted in ("ASCII", "", "AUTO"):
        return "CP437", "ascii"
    available = {str(v).upper() for v in
                 (getattr(profile, "profile_data", {}) or {}).get("codePages", {}).values()}
    if wanted in available:
        try:
            "a".encode(wanted.lower())
            return wanted, wanted.lower()
        except LookupError:
            pass
    log.warning("code page %s not available on this printer profile; folding to ASCII", wanted)
    return "CP437", "ascii"


class EscposRenderer:
    """Issues python-escpos calls for one Receipt on any ``Escpos`` object."""

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()

    def render(self, receipt: Receipt, p: Escpos) -> None:
        opts = self.options
        columns = opts.columns or columns_for(p.profile, opts.paper_width_mm)
        charcode, codec = _charcode_name(opts.codepage, p.profile)

        def fold(s: str) -> str:
            return fold_ascii(s) if codec == "ascii" else fold_for_codec(s, codec)

        dots = dots_for(p.profile, opts.paper_width_mm)

        def as_image(line: str, *, bold: bool = False, double: bool = False,
                     align: Align = "left") -> bool:
            """Print a line the code page cannot hold as a raster image (False: no font)."""
            img = text_line_image(line, columns, dots, bold=bold, double=double, align=align)
            if img is None:
                return False
            p.set_with_default(align="left")
            self.raster(p, img)
            return True

        p.hw("INIT")
        p.charcode(charcode)
        p.set_with_default()
        for item in receipt.items:
            if isinstance(item, Text):
                width = text_width(item, columns)
                if unprintable(item.text, codec):
                    for line in wrap_display(fold_punctuation(item.text), width):
                        if unprintable(line, codec) and as_image(
                                line, bold=item.bold, double=item.double, align=item.align):
                            continue
                        p.set_with_default(align=item.align, bold=item.bold,
                                           double_width=item.double, double_height=item.double)
                        p.text(fold(line).rstrip() + "\n")
                    continue
                p.set_with_default(align=item.align, bold=item.bold,
                                   double_width=item.double, double_height=item.double)
                for line in wrap(fold(item.text), width):
                    p.text(line.rstrip() + "\n")
            elif isinstance(item, KeyValue) and unprintable(item.key + item.value, codec):
                for line in key_value_lines_wide(fold_punctuation(item.key),
                                                 fold_punctuation(item.value), columns):
                    if unprintable(line, codec) and as_image(line, bold=item.bold):
                        continue
                    p.set_with_default(bold=item.bold)
                    p.text(fold(line).rstrip() + "\n")
            elif isinstance(item, Separator):
                p.set_with_default()
                ch = fold_ascii(item.char or "-")[:1] or "-"
                p.text(ch * columns + "\n")
            elif isinstance(item, KeyValue):
                p.set_with_default(bold=item.bold)
                for line in key_value_lines(fold(item.key), fold(item.value), columns):
                    p.text(line.rstrip() + "\n")
            elif isinstance(item, SignatureLines):
                p.set_with_default()
                plain = SignatureLines(*(fold_punctuation(t) for t in (
                    item.left_title, item.right_title, item.left_name, item.right_name)))
                for line in signature_lines(plain, columns):
                    if unprintable(line, codec) and as_image(line):
                        continue
                    p.set_with_default()
                    p.text(fold(line) + "\n")
            elif isinstance(item, QrCode):
                self._qr(p, item)
            elif isinstance(item, Barcode):
                self._barcode(p, item, fold)
            elif isinstance(item, Logo):
                self._logo(p, item)
            elif isinstance(item, Feed):
                p.set_with_default()
                p.ln(max(0, item.lines))
            else:  # pragma: no cover - the union is closed
                log.warning("unknown receipt item %r skipped", item)
        p.set_with_default()
        if receipt.cut and self.has_cutter(p):
            p.cut()
        else:
            p.ln(4)  # bring the last line past the tear bar

    @staticmethod
    def has_cutter(p: Escpos) -> bool:
        return bool(p.profile.supports("paperFullCut") or p.profile.supports("paperPartCut"))

    def _qr(self, p: Escpos, item: QrCode) -> None:
        from escpos.constants import QR_ECLEVEL_M

        p.set_with_default(align=item.align)
        size = min(16, max(1, item.size))
        if p.profile.supports("qrCode"):
            p.qr(item.data, ec=QR_ECLEVEL_M, size=size, native=True)
            p.ln()
        else:  # printers without native QR get it as a raster image
            import qrcode

            code = qrcode.QRCode(border=1, box_size=size,
                                 error_correction=qrcode.constants.ERROR_CORRECT_M)
            code.add_data(item.data)
            code.make(fit=True)
            self.raster(p, code.make_image().get_image().convert("RGB"))
            p.ln()

    def _barcode(self, p: Escpos, item: Barcode, fold: Any) -> None:
        data = fold_ascii(item.data)
        p.set_with_default(align=item.align)
        height = min(255, max(1, item.height))
        encoded = code128_data(data)
        dots = dots_for(p.profile, self.options.paper_width_mm)
        fits = (code128_modules(encoded) + 20) * 2 <= dots  # 10 modules of quiet zone a side
        if p.profile.supports("barcodeB") and fits:
            # Call the hardware renderer directly: python-escpos's barcode() prints a line
            # to stdout each time, which would litter the command line's output.
            p._hw_barcode(encoded, "CODE128", height=height, width=2, pos="BELOW",
                          font="A", align_ct=False, function_type="B", check=False)
        else:
            img = code128_image(data, height)
            if img.width > dots:
                raise DeviceError(QT_TRANSLATE_NOOP(
                        "Messages", "Isi kode batang terlalu panjang untuk kertas %1 mm (%2 "
                        "karakter) — persingkat kodenya."),
                        params=(self.options.paper_width_mm, len(data)))
            self.raster(p, img)
            p.set_with_default(align=item.align)
            p.text(data + "\n")  # human-readable line, as printers do under hardware codes
        p.ln()

    def _logo(self, p: Escpos, item: Logo) -> None:
        from PIL import Image

        try:
            img = Image.open(io.BytesIO(item.png))
            img.load()
        except Exception as exc:  # a broken logo must not stop a loan slip
            log.warning("logo skipped: %s", exc)
            return
        max_w = dots_for(p.profile, self.options.paper_width_mm) // 2
        if img.width > max_w:
            img = img.resize((max_w, max(1, round(img.height * max_w / img.width))))
        if img.mode in ("RGBA", "LA", "P"):
            bg = Image.new("RGB", img.size, "white")
            rgba = img.convert("RGBA")
            bg.paste(rgba, mask=rgba.getchannel("A"))
            img = bg
        if img.height > 960:  # one raster block; logos are small anyway
            img = img.resize((max(1, round(img.width * 960 / img.height)), 960))
        p.set_with_default(align=item.align)
        self.raster(p, img)

    @staticmethod
    def raster(p: Escpos, img: Any) -> None:
        """GS v 0 raster image. python-escpos's image() does the same but prints a warning
        to stdout for profiles without a pixel width, which litters the command line."""
        from escpos.image import EscposImage

        im = EscposImage(img)
        header = (b"\x1dv0\x00" + p._int_low_high(im.width_bytes, 2)
                  + p._int_low_high(im.height, 2))
        p._raw(header + im.to_raster_format())


def code128_data(data: str) -> str:
    """ESC/POS CODE128 data with code sets chosen for width: runs of 4+ digits in set C
    (two digits per symbol, sent as one byte 0-99 after ``{C``), the rest in set B.

    ``UJI20261201215642`` needs 222 modules in set B alone (444 dots at 2 dots per module, more
    than the 384 of 58 mm paper) but 156 this way (312 dots)."""
    out: list[str] = []
    current = ""
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j].isdigit():
            j += 1
        run = j - i
        if run >= 4:
            if run % 2:  # an odd run: its first digit stays in set B
                if current != "B":
                    out.append("{B")
                    current = "B"
                out.append(data[i])
                i += 1
            if current != "C":
                out.append("{C")
                current = "C"
            out.extend(chr(int(data[k:k + 2])) for k in range(i, j, 2))
            i = j
            continue
        if current != "B":
            out.append("{B")
            current = "B"
        ch = data[i]
        out.append("{{" if ch == "{" else ch)
        i += 1
    return "".join(out)


def code128_modules(escpos_data: str) -> int:
    """Modules of a CODE128 symbol from ESC/POS data (start, data, switches, check, stop)."""
    symbols = 0
    i = 0
    while i < len(escpos_data):
        if escpos_data[i] == "{" and i + 1 < len(escpos_data) and escpos_data[i + 1] != "{":
            symbols += 1  # start code or a code set switch
            i += 2
            continue
        symbols += 1
        i += 2 if escpos_data[i] == "{" else 1
    return 11 * (symbols + 1) + 13  # + check symbol, + stop (13 modules)


def code128_image(data: str, height: int, module: int = 2) -> Any:
    """Code128 bars as a Pillow image (for printers without hardware barcodes and previews).

    Drawn from python-barcode's module pattern (a python-escpos dependency) so no writer
    plug-in or font is needed.
    """
    from barcode import Code128
    from PIL import Image, ImageDraw

    pattern = Code128(data).build()[0]
    img = Image.new("RGB", ((len(pattern) + 20) * module, max(1, height)), "white")
    draw = ImageDraw.Draw(img)
    for i, bit in enumerate(pattern):
        if bit == "1":
            x = (i + 10) * module
            draw.rectangle([x, 0, x + module - 1, height - 1], fill="black")
    return img


def make_dummy(profile: str = "default") -> Any:
    """A python-escpos ``Dummy`` printer (imports escpos lazily, after the cache is set)."""
    ensure_escpos_cache()
    from escpos.printer import Dummy

    try:
        return Dummy(profile=profile or "default")
    except Exception as exc:
        raise DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Profil printer tidak dikenal: %1 — pilih profil lain di Pengaturan "
                "Perangkat."), detail=repr(exc),
                params=(repr(profile),)) from exc


def render_bytes(receipt: Receipt, options: RenderOptions | None = None) -> bytes:
    """The exact bytes a printer receives for ``receipt``."""
    opts = options or RenderOptions()
    dummy = make_dummy(opts.profile)
    try:
        EscposRenderer(opts).render(receipt, dummy)
    except DeviceError:
        raise
    except Exception as exc:  # bad barcode data, a QR too long for the printer...
        log.warning("receipt %r cannot be rendered: %r", receipt.title, exc)
        raise DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Isi struk tidak dapat disusun untuk printer (kode batang atau QR "
                "tidak valid) — periksa data, lalu Coba lagi atau hubungi admin."),
                          detail=repr(exc)) from exc
    return bytes(dummy.output)
