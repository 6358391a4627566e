"""Translation markers for messages defined below the UI (services, devices, store).

Lower layers define their sentences with ``QT_TRANSLATE_NOOP(MESSAGES, "...")`` (PySide6's own
marker from QtCore, which pyside6-lupdate extracts into ``jdih_en.ts`` under the ``Messages``
context) and keep them Indonesian: printouts, logs and the database stay Indonesian. The UI
translates a message at display with ``translate_message`` (``ui/errors.describe_error`` does it
for every error). A sentence with values in it marks the template with ``%1``, ``%2`` and is
filled by ``fill`` after translation, so the template is what gets looked up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MESSAGES = "Messages"


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``... replaced by ``values`` (Qt's placeholder style, any order)."""
    out = template
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", str(values[i - 1]))
    return out


def translate_message(text: str) -> str:
    """The display language's version of a marked lower-layer message (itself if none)."""
    if not text:
        return text
    return QCoreApplication.translate(MESSAGES, text)
