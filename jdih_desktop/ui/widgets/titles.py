"""Window titles: "JDIH Desktop — <what this window is>", the app's name once.

The application sets no ``applicationDisplayName``: Qt would append it to every title on
Windows and X11, which is how the main window came to say "JDIH Desktop" twice.
"""

from __future__ import annotations

from jdih_desktop import APP_NAME

SEPARATOR = " — "


def window_title(what: str) -> str:
    """The title of a window showing ``what`` (already translated)."""
    what = (what or "").strip()
    if what.startswith(APP_NAME + SEPARATOR):
        what = what[len(APP_NAME + SEPARATOR):]
    return f"{APP_NAME}{SEPARATOR}{what}" if what else APP_NAME
