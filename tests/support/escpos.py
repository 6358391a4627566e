"""A small ESC/POS decoder for tests: bytes -> what a person would see on the paper.

Written for the commands our renderer (and python-escpos) emits: ESC @, ESC t, ESC !, ESC E,
ESC -, ESC a, ESC M, ESC d, ESC J, ESC 2/3, GS !, GS B, GS V, GS h/w/H/f, GS k (barcodes),
GS ( k (QR), GS ( L (graphics), GS v 0 (raster image), ESC * (column image), text and LF.
An unknown command raises ``EscposDecodeError`` so a test notices new bytes instead of
silently misreading them.

    d = decode(printer.jobs[-1].data)
    assert "Tanda Terima" in d.text
    assert d.qr_codes == ["JDIH-PJM-2026-0001"]
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, FS, LF, CR, HT = 0x1B, 0x1D, 0x1C, 0x0A, 0x0D, 0x09

# ESC t n -> Python codec (the tables our printers may be set to).
CODEPAGES = {0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 16: "cp1252",
             17: "cp866", 18: "cp852", 19: "cp858"}

# GS k, function B (m >= 65): m -> barcode kind
BARCODE_KINDS_B = {65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF",
                   71: "NW7", 72: "CODE93", 73: "CODE128"}
BARCODE_KINDS_A = {0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF",
                   6: "NW7"}


class EscposDecodeError(ValueError):
    pass


@dataclass(frozen=True)
class LineStyle:
    bold: bool = False
    double_width: bool = False
    double_height: bool = False
    align: str = "left"
    underline: bool = False

    @property
    def double(self) -> bool:
        return self.double_width and self.double_height


@dataclass(frozen=True)
class Raster:
    """A GS v 0 image as printed: ``before_line`` is the index of the text line after it."""

    before_line: int
    width: int  # dots
    height: int
    bits: bytes  # 1 = black, MSB first, rows of width/8 bytes

    def to_pil(self):
        """The image as Pillow sees it (black on white)."""
        from PIL import Image, ImageOps

        return ImageOps.invert(Image.frombytes("1", (self.width, self.height), self.bits)
                               .convert("L"))

    @property
    def black_dots(self) -> int:
        return sum(bin(b).count("1") for b in self.bits)


@dataclass
class Decoded:
    lines: list[str] = field(default_factory=list)
    line_styles: list[LineStyle] = field(default_factory=list)
    qr_codes: list[str] = field(default_factory=list)
    barcodes: list[tuple[str, str]] = field(default_factory=list)
    cuts: int = 0
    images: int = 0
    initialised: int = 0
    codepages: list[int] = field(default_factory=list)
    rasters: list[Raster] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def style_of(self, needle: str) -> LineStyle:
        """The style of the first line containing ``needle`` (KeyError when absent)."""
        for line, style in zip(self.lines, self.line_styles, strict=True):
            if needle in line:
                return style
        raise KeyError(needle)

    def index_of(self, needle: str) -> int:
        for i, line in enumerate(self.lines):
            if needle in line:
                return i
        raise KeyError(needle)


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.bold = False
        self.dw = False
        self.dh = False
        self.align = "left"
        self.underline = False
        self.codepage = 0

    def style(self) -> LineStyle:
        return LineStyle(self.bold, self.dw, self.dh, self.align, self.underline)


def decode(data: bytes) -> Decoded:
    """Decode a whole job. Text lines are decoded with the code page selected by ESC t."""
    out = Decoded()
    st = _State()
    buf = bytearray()
    line_style: LineStyle | None = None
    i, n = 0, len(data)

    def need(count: int) -> bytes:
        if i + count > n:
            raise EscposDecodeError(f"truncated command at byte {i}")
        return data[i:i + count]

    def flush_line() -> None:
        nonlocal line_style
        codec = CODEPAGES.get(st.codepage, "cp437")
        out.lines.append(bytes(buf).decode(codec, errors="replace"))
        out.line_styles.append(line_style or st.style())
        buf.clear()
        line_style = None

    def flush_partial() -> None:
        # Something non-textual (image, barcode) interrupts a line that has text.
        if buf:
            flush_line()

    while i < n:
        b = data[i]
        if b == LF:
            flush_line()
            i += 1
        elif b == CR:
            i += 1
        elif b == HT:
            if line_style is None:
                line_style = st.style()
            buf.append(0x20)
            i += 1
        elif b == ESC:
            cmd = need(2)[1]
            i += 2
            if cmd == 0x40:  # ESC @ initialise
                st.reset()
                out.initialised += 1
            elif cmd == 0x74:  # ESC t n
                st.codepage = need(1)[0]
                out.codepages.append(st.codepage)
                i += 1
            elif cmd == 0x21:  # ESC ! n print mode
                m = need(1)[0]
                i += 1
                st.bold = bool(m & 0x08)
                st.dh = bool(m & 0x10)
                st.dw = bool(m & 0x20)
                st.underline = bool(m & 0x80)
            elif cmd == 0x45:  # ESC E n bold
                st.bold = bool(need(1)[0] & 1)
                i += 1
            elif cmd == 0x2D:  # ESC - n underline
                st.underline = need(1)[0] in (1, 2, 0x31, 0x32)
                i += 1
            elif cmd == 0x61:  # ESC a n align
                v = need(1)[0]
                i += 1
                st.align = {0: "left", 1: "center", 2: "right", 0x30: "left", 0x31: "center",
                            0x32: "right"}.get(v, "left")
            elif cmd in (0x4D, 0x47, 0x7B, 0x56, 0x33, 0x4A, 0x20, 0x72):  # 1-byte argument
                i += 1  # font, double-strike, upside-down, rotate, spacing, feed, colour
            elif cmd == 0x64:  # ESC d n: print and feed n lines
                flush_partial()
                count = need(1)[0]
                i += 1
                for _ in range(count):
                    flush_line()
            elif cmd == 0x32:  # ESC 2 default line spacing
                pass
            elif cmd == 0x2A:  # ESC * m nL nH data: column bit image
                m, nl, nh = need(3)
                width = nl + nh * 256
                i += 3 + width * (3 if m in (32, 33) else 1)
                flush_partial()
                out.images += 1
            elif cmd == 0x70:  # ESC p m t1 t2: cash drawer
                i += 3
            else:
                raise EscposDecodeError(f"unknown command ESC 0x{cmd:02x} at byte {i - 2}")
        elif b == GS:
            cmd = need(2)[1]
            i += 2
            if cmd == 0x21:  # GS ! n size
                m = need(1)[0]
                i += 1
                st.dw = (m >> 4) & 0x07 > 0
                st.dh = m & 0x07 > 0
            elif cmd in (0x42, 0x62):  # GS B n invert, GS b n smoothing
                i += 1
            elif cmd == 0x56:  # GS V m [n] cut
                m = need(1)[0]
                i += 1
                if m in (65, 66, 97, 98, 103, 104):
                    i += 1
                flush_partial()
                out.cuts += 1
            elif cmd in (0x68, 0x77, 0x48, 0x66, 0x4C):  # barcode height/width/HRI/font; margin
                i += 2 if cmd == 0x4C else 1
            elif cmd == 0x6B:  # GS k barcode
                m = need(1)[0]
                i += 1
                flush_partial()
                if m >= 65:
                    length = need(1)[0]
                    i += 1
                    raw = need(length)
                    i += length
                    text = raw.decode("latin-1")
                    kind = BARCODE_KINDS_B.get(m, f"B{m}")
                    if kind == "CODE128" and len(text) >= 2 and text[0] == "{":
                        text = text[2:]  # code set selector ({A, {B, {C)
                    out.barcodes.append((kind, text))
                else:
                    end = data.index(b"\x00", i)
                    out.barcodes.append((BARCODE_KINDS_A.get(m, f"A{m}"),
                                         data[i:end].decode("latin-1")))
                    i = end + 1
            elif cmd == 0x28:  # GS ( k / GS ( L with pL pH length
                fn_kind = need(1)[0]
                pl, ph = need(3)[1:3]
                length = pl + ph * 256
                body = need(3 + length)[3:]
                i += 3 + length
                if fn_kind == 0x6B:  # 2D codes: cn fn [m] data
                    cn, fn = body[0], body[1]
                    if cn == 0x31 and fn == 80:  # store QR data
                        out.qr_codes.append(body[3:].decode("utf-8"))
                    elif cn == 0x31 and fn == 81:  # print the stored symbol
                        flush_partial()
                elif fn_kind == 0x4C:  # graphics
                    if len(body) >= 2 and body[1] in (50, 2):  # print buffered graphics
                        flush_partial()
                        out.images += 1
                else:
                    raise EscposDecodeError(f"unknown GS ( {chr(fn_kind)!r} at byte {i}")
            elif cmd == 0x76:  # GS v 0 m xL xH yL yH data: raster image
                _zero, _m, xl, xh, yl, yh = need(6)
                wb, h = xl + xh * 256, yl + yh * 256
                bits = data[i + 6:i + 6 + wb * h]
                i += 6 + wb * h
                flush_partial()
                out.images += 1
                out.rasters.append(Raster(len(out.lines), wb * 8, h, bytes(bits)))
            else:
                raise EscposDecodeError(f"unknown command GS 0x{cmd:02x} at byte {i - 2}")
        elif b == FS:
            cmd = need(2)[1]
            i += 2
            if cmd in (0x2E, 0x26):  # FS . / FS & : Kanji mode off/on
                pass
            else:
                raise EscposDecodeError(f"unknown command FS 0x{cmd:02x} at byte {i - 2}")
        elif b < 0x20:
            raise EscposDecodeError(f"unexpected control byte 0x{b:02x} at byte {i}")
        else:
            if line_style is None:
                line_style = st.style()
            buf.append(b)
            i += 1
    if buf:
        flush_line()
    return out


def paper_image(data: bytes, dots: int = 576, font_path: str | None = None):
    """What the paper shows, drawn from the bytes alone: the text lines in a monospace font
    (12 x 24 dots per cell, font A) with the raster images where they were printed. For
    screenshots of receipts; QR codes and barcodes are drawn as labelled boxes."""
    from PIL import Image, ImageDraw, ImageFont

    d = decode(data)
    font_path = font_path or "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(font_path, 19)
    bold = ImageFont.truetype(font_path.replace("Mono.ttf", "Mono-Bold.ttf"), 19)
    rows: list[tuple[str, object]] = []
    by_line: dict[int, list[Raster]] = {}
    for r in d.rasters:
        by_line.setdefault(r.before_line, []).append(r)
    for i, (line, style) in enumerate(zip(d.lines, d.line_styles, strict=True)):
        for r in by_line.get(i, []):
            rows.append(("image", r.to_pil()))
        rows.append(("text", (line, style)))
    for r in by_line.get(len(d.lines), []):
        rows.append(("image", r.to_pil()))
    height = sum(img.height if kind == "image" else 26 for kind, img in rows) + 40
    page = Image.new("L", (dots + 40, height), 255)
    draw = ImageDraw.Draw(page)
    y = 20
    for kind, item in rows:
        if kind == "image":
            page.paste(item, (20, y))
            y += item.height
            continue
        line, style = item
        cols = dots // 12 // (2 if style.double else 1)
        text = line.center(cols) if style.align == "center" else (
            line.rjust(cols) if style.align == "right" else line)
        f = bold if style.bold else font
        if style.double:
            f = ImageFont.truetype(f.path, 38)
        draw.text((20, y), text, font=f, fill=0)
        y += 48 if style.double else 26
    return page.crop((0, 0, dots + 40, min(height, y + 20)))
