"""Receipt -> PNG that looks like the thermal slip, for the screen (Pillow only, no Qt).

The preview uses the same line layout as the ESC/POS renderer (``escpos_render``), the same
characters per line and the same folding, so what the officer sees is what the paper gets:
a monospace font on a paper-white strip 384 (58 mm) or 576 (80 mm) dots wide.
"""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

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
    aligned,
    code128_image,
    columns_for,
    ensure_escpos_cache,
    fold_ascii,
    fold_for_codec,
    key_value_lines,
    signature_lines,
    text_width,
    wrap,
)

log = logging.getLogger(__name__)

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
              "C:/Windows/Fonts", "/Library/Fonts", "/System/Library/Fonts")
_MONO = {False: ("DejaVuSansMono.ttf", "consola.ttf", "cour.ttf", "Menlo.ttc"),
         True: ("DejaVuSansMono-Bold.ttf", "consolab.ttf", "courbd.ttf", "Menlo.ttc")}
MARGIN = 16
PAPER = (252, 252, 246)
INK = (25, 25, 25)


@functools.lru_cache(maxsize=16)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for folder in _FONT_DIRS:
        for name in _MONO[bold]:
            path = Path(folder) / name
            if path.exists():
                try:
                    return ImageFont.truetype(str(path), size)
                except OSError:
                    continue
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def _dots(paper_width_mm: int) -> int:
    return 384 if paper_width_mm <= 60 else 576


@functools.lru_cache(maxsize=32)
def _profile_columns(profile: str, paper_width_mm: int) -> int:
    ensure_escpos_cache()
    from escpos.capabilities import get_profile

    try:
        return columns_for(get_profile(profile or "default"), paper_width_mm)
    except Exception:
        return 32 if paper_width_mm <= 60 else 42


def _columns(options: RenderOptions) -> int:
    """The same characters per line as the ESC/POS renderer uses for this profile."""
    return options.columns or _profile_columns(options.profile, options.paper_width_mm)


class _Canvas:
    """Blocks stacked top to bottom; the image is assembled once the height is known."""

    def __init__(self, width: int, columns: int) -> None:
        self.width = width
        self.columns = columns
        self.char_w = (width - 2 * MARGIN) / columns
        self.font_px = max(8, int(self.char_w / 0.602))  # DejaVu Sans Mono advance: 0.602 em
        self.line_h = int(self.font_px * 1.25)
        self.blocks: list[tuple[int, Image.Image]] = []  # (x, image)

    def text(self, line: str, bold: bool = False, double: bool = False) -> None:
        scale = 2 if double else 1
        h = self.line_h * scale
        img = Image.new("RGB", (self.width, h), PAPER)
        if line.strip():
            draw = ImageDraw.Draw(img)
            font = _font(self.font_px * scale, bold)
            # Place each character on its column so columns line up exactly like the printer.
            cw = self.char_w * scale
            for i, ch in enumerate(line):
                if ch != " ":
                    draw.text((MARGIN + i * cw, (h - self.font_px * scale) // 2), ch,
                              font=font, fill=INK)
        self.blocks.append((0, img))

    def image(self, img: Image.Image, align: str) -> None:
        free = self.width - 2 * MARGIN
        if img.width > free:
            img = img.resize((free, max(1, round(img.height * free / img.width))))
        x = MARGIN + {"left": 0, "center": (free - img.width) // 2,
                      "right": free - img.width}.get(align, 0)
        self.blocks.append((x, img.convert("RGB")))

    def gap(self, px: int) -> None:
        self.blocks.append((0, Image.new("RGB", (self.width, max(1, px)), PAPER)))

    def render(self) -> Image.Image:
        height = sum(b.height for _, b in self.blocks) + 2 * MARGIN
        out = Image.new("RGB", (self.width, height), PAPER)
        y = MARGIN
        for x, block in self.blocks:
            out.paste(block, (x, y))
            y += block.height
        # A zig-zag tear edge at the bottom makes it read as a paper slip at a glance.
        draw = ImageDraw.Draw(out)
        for x in range(0, self.width, 12):
            draw.polygon([(x, height), (x + 6, height - 6), (x + 12, height)], fill=(200, 200, 200))
        return out


def _qr_image(data: str, module: int) -> Image.Image:
    import qrcode

    qr = qrcode.QRCode(border=1, box_size=max(1, module),
                       error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(data)
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("RGB")


def render_preview(receipt: Receipt, options: RenderOptions | None = None) -> Image.Image:
    """The slip as a Pillow image."""
    opts = options or RenderOptions()
    columns = _columns(opts)
    codec = "ascii" if (opts.codepage or "ascii").lower() in ("ascii", "auto") \
        else opts.codepage.lower()

    def fold(s: str) -> str:
        try:
            return fold_ascii(s) if codec == "ascii" else fold_for_codec(s, codec)
        except LookupError:
            return fold_ascii(s)

    c = _Canvas(_dots(opts.paper_width_mm), columns)
    for item in receipt.items:
        if isinstance(item, Text):
            width = text_width(item, columns)
            for line in wrap(fold(item.text), width):
                c.text(aligned(line.rstrip(), width, item.align), item.bold, item.double)
        elif isinstance(item, Separator):
            c.text((fold_ascii(item.char or "-")[:1] or "-") * columns)
        elif isinstance(item, KeyValue):
            for line in key_value_lines(fold(item.key), fold(item.value), columns):
                c.text(line, bold=item.bold)
        elif isinstance(item, SignatureLines):
            sig = SignatureLines(fold(item.left_title), fold(item.right_title),
                                 fold(item.left_name), fold(item.right_name))
            for line in signature_lines(sig, columns):
                c.text(line)
        elif isinstance(item, QrCode):
            c.image(_qr_image(item.data, min(16, max(1, item.size))), item.align)
            c.gap(c.line_h // 2)
        elif isinstance(item, Barcode):
            try:
                c.image(code128_image(fold_ascii(item.data), max(16, item.height)), item.align)
                c.text(aligned(fold_ascii(item.data), columns, "center"))
            except Exception as exc:
                log.warning("barcode preview failed: %s", exc)
                c.text(f"[{fold_ascii(item.data)}]")
        elif isinstance(item, Logo):
            try:
                img = Image.open(io.BytesIO(item.png))
                img.load()
                if img.mode in ("RGBA", "LA", "P"):
                    rgba = img.convert("RGBA")
                    bg = Image.new("RGB", img.size, "white")
                    bg.paste(rgba, mask=rgba.getchannel("A"))
                    img = bg
                limit = c.width // 2
                if img.width > limit:
                    img = img.resize((limit, max(1, round(img.height * limit / img.width))))
                c.image(img.convert("L").point(lambda v: 0 if v < 128 else 255), item.align)
            except Exception as exc:
                log.warning("logo preview skipped: %s", exc)
        elif isinstance(item, Feed):
            for _ in range(max(0, item.lines)):
                c.text("")
    if receipt.cut:
        c.gap(c.line_h)
    return c.render()


def render_preview_png(receipt: Receipt, options: RenderOptions | None = None) -> bytes:
    """The slip as PNG bytes (what SimulatedPrinter keeps and the dialogs show)."""
    buf = io.BytesIO()
    render_preview(receipt, options).save(buf, "PNG", optimize=False)
    return buf.getvalue()
