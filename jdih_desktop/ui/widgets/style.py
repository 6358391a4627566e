"""The office's look: one palette, one error colour, one stylesheet, icons from Qt resources.

Colours come from the office's own paper (the reports' navy and gold, ``report_render``).
Gold is a line and surface colour only: on white it does not reach 4.5:1, so no text is ever
gold. Every text/background pair that the app uses is listed in ``TEXT_PAIRS`` and checked
against WCAG AA by tests/ui_fit/test_style.py.

Style choice: Fusion with this palette on every platform, Windows included. Qt's native
"windows11" style exists only on Windows 11 (Windows 10 desks get the older "windowsvista"
look), takes its accent colour and dark mode from the user's settings (so contrast could not
be checked here), and is documented to fall back to drawing with the common style wherever a
stylesheet touches a widget — which this app does for the error and hint text. Fusion draws
exactly what is tested and shown in docs/screenshots on every desk. Starting the app with
``QT_STYLE_OVERRIDE=windows11`` in the environment (or Qt's ``-style`` option, where the
QApplication is given the full command line) still picks the native one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QPushButton


class Palette:
    """Named colours. Use the names, never a literal colour, in widgets.

    Read-only: the colours are class attributes and ``__slots__`` is empty, so an instance
    takes no new values (a plain class: a frozen dataclass costs ~1 ms before the first
    screen)."""

    __slots__ = ()

    primary: str = "#122d63"  # KPU navy: headings, selection, the main action
    primary_soft: str = "#e7ecf5"  # navy-tinted surface (selected step, info bars)
    accent: str = "#d4a017"  # gold: rules and borders only, never text
    text: str = "#1b1f27"
    text_muted: str = "#4a5160"  # hints, secondary lines
    text_on_primary: str = "#ffffff"
    window: str = "#f4f5f8"
    base: str = "#ffffff"  # fields, lists, the page
    alternate: str = "#f0f2f6"
    border: str = "#b9bfcb"
    error: str = "#b00020"  # the one error colour
    ok: str = "#1b5e20"
    warning_surface: str = "#fff4ce"  # "close this window?" bar
    warning_border: str = "#c9a227"
    danger_surface: str = "#fde7e9"  # "cancel this visit?" bar
    danger_border: str = "#c9707a"
    preview_backdrop: str = "#7d838c"  # behind report pages
    grid_line: str = "#dde2ec"  # chart grid
    disabled_text: str = "#6b7280"


PALETTE = Palette()

#: (foreground, background, what it is) — every pair of colours text is drawn in.
TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    (PALETTE.text, PALETTE.window, "text on the window"),
    (PALETTE.text, PALETTE.base, "text in fields and lists"),
    (PALETTE.text, PALETTE.alternate, "text on alternate table rows"),
    (PALETTE.text_muted, PALETTE.window, "hints on the window"),
    (PALETTE.text_muted, PALETTE.base, "hints on a page"),
    (PALETTE.primary, PALETTE.window, "headings"),
    (PALETTE.primary, PALETTE.base, "headings on a page"),
    (PALETTE.primary, PALETTE.primary_soft, "text on the info surface"),
    (PALETTE.text_on_primary, PALETTE.primary, "selection and the main action"),
    (PALETTE.error, PALETTE.window, "errors on the window"),
    (PALETTE.error, PALETTE.base, "errors on a page"),
    (PALETTE.error, PALETTE.danger_surface, "errors in the cancel bar"),
    (PALETTE.text, PALETTE.danger_surface, "text in the cancel bar"),
    (PALETTE.text, PALETTE.warning_surface, "text in the close bar"),
    (PALETTE.ok, PALETTE.window, "confirmations on the window"),
    (PALETTE.ok, PALETTE.base, "confirmations on a page"),
)

# Inline styles for labels whose meaning changes (error / done / hint). Defined here so the
# whole app has one red, one green and one grey.
ERROR_STYLE = f"color:{PALETTE.error}; font-weight:bold;"
OK_STYLE = f"color:{PALETTE.ok}; font-weight:bold;"
HINT_STYLE = f"color:{PALETTE.text_muted};"
ERROR_TEXT = f"color:{PALETTE.error};"  # an error in running text, not bold
OK_TEXT = f"color:{PALETTE.ok};"
HEADING_STYLE = f"color:{PALETTE.primary};"
# A warning that is not (yet) an error: dark text on the warning surface.
WARNING_STYLE = (f"color:{PALETTE.text}; background:{PALETTE.warning_surface}; "
                 "font-weight:bold; padding:2px;")


def error_html(text: str) -> str:
    """Rich text in the error colour (text must already be escaped)."""
    return f"<span style='color:{PALETTE.error}'>{text}</span>"


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio, 1.0 … 21.0."""
    a, b = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def qpalette(p: Palette = PALETTE) -> QPalette:
    """The palette as Qt's QPalette (light, whatever the OS's dark-mode setting)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window, QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.base, QPalette.ColorRole.AlternateBase: p.alternate,
        QPalette.ColorRole.Text: p.text, QPalette.ColorRole.Button: p.window,
        QPalette.ColorRole.ButtonText: p.text, QPalette.ColorRole.Highlight: p.primary,
        QPalette.ColorRole.HighlightedText: p.text_on_primary,
        QPalette.ColorRole.ToolTipBase: p.base, QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.text_muted, QPalette.ColorRole.Link: p.primary,
        QPalette.ColorRole.BrightText: p.error,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.disabled_text))
    return pal


def stylesheet(p: Palette = PALETTE) -> str:
    """The application stylesheet: a few calm rules, keyed by object name or property."""
    return f"""
QPushButton[primary="true"] {{
    background: {p.primary}; color: {p.text_on_primary}; font-weight: bold;
    border: 1px solid {p.primary}; border-radius: 4px; padding: 6px 18px;
}}
QPushButton[primary="true"]:disabled {{
    background: {p.alternate}; color: {p.disabled_text}; border-color: {p.border};
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {p.accent}; }}
QToolTip {{ color: {p.text}; background: {p.base}; border: 1px solid {p.border}; }}
QStatusBar {{ border-top: 1px solid {p.border}; }}
#homeBrand {{ border-bottom: 2px solid {p.accent}; }}
"""


def mark_primary(button: QPushButton) -> None:
    """Draw a button as the window's main action (navy, white text)."""
    button.setProperty("primary", True)


def style_asked(argv: list[str] | None) -> bool:
    """A style chosen explicitly: ``-style`` on the command line or ``QT_STYLE_OVERRIDE``."""
    return bool(os.environ.get("QT_STYLE_OVERRIDE")) or any(
        a in ("-style", "--style") or a.startswith("-style=") for a in (argv or []))


def fusion_argv(argv: list[str]) -> list[str]:
    """The QApplication's command line with Fusion asked for, unless a style already is.

    Qt then builds Fusion itself when the first widget needs a style. Building it from Python
    (``QStyleFactory.create``, ``setStyle``) hands PySide a ``QStyle``, whose first wrapper
    creates the Python enums of ``QStyle`` (~180 values, several ms before the first paint)."""
    return list(argv) if style_asked(argv) else [*argv, "-style", "fusion"]


def apply_style(app: QApplication, argv: list[str] | None = None, *,
                fusion_in_argv: bool = False) -> str | None:
    """Fusion + the office palette + the stylesheet + the application icon.

    Returns the style name in force. A style asked for explicitly (``-style`` on the command
    line or ``QT_STYLE_OVERRIDE``) is left alone, palette and all. ``fusion_in_argv``: the
    application was made with ``fusion_argv`` (Fusion is already its style); None is returned
    then, so the style is never handed to Python before the first paint."""
    from jdih_desktop.ui import resources_rc  # noqa: F401  registers :/jdih/…

    app.setWindowIcon(app_icon())
    asked = style_asked(argv)
    name = None
    if not asked:
        if not fusion_in_argv:
            app.setStyle("Fusion")
        app.setPalette(qpalette())
    if not fusion_in_argv or asked:
        name = app.style().name()  # before the stylesheet wraps the style (and hides its name)
    app.setStyleSheet(stylesheet())
    return name


def icon(name: str) -> QIcon:
    """A bundled icon (Tabler Icons, MIT) by file name without extension."""
    from jdih_desktop.ui import resources_rc  # noqa: F401

    return QIcon(f":/jdih/icons/{name}.svg")


def app_icon() -> QIcon:
    from jdih_desktop.ui import resources_rc  # noqa: F401

    return QIcon(":/jdih/app.svg")


def logo(height: int, office_logo: str = "") -> QPixmap:
    """The office's own logo (Pengaturan → Kantor, ``config.office.logo``) or, when none is set
    or it cannot be read, the bundled JDIH mark; scaled to ``height`` logical pixels."""
    from PySide6.QtCore import Qt

    from jdih_desktop.ui import resources_rc  # noqa: F401

    pix = QPixmap(str(Path(office_logo).expanduser())) if office_logo else QPixmap()
    if pix.isNull():
        pix = QPixmap(":/jdih/logo.png")
    return pix.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
