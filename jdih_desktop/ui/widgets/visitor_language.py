"""The visitor's own language on the visitor screen, whatever the officer's is.

Qt's translators are global: ``tr()`` answers in the officer's language. The visitor screen
therefore re-labels the widgets lent to it from the app's own translation file
(``i18n/jdih_en.ts``, the same text the officer's English comes from): each visible text —
labels, buttons, placeholders, list and combo items, accessible names, tooltips — is looked
up as an Indonesian source or as its English translation and replaced by the visitor's
choice. Widgets whose text changes as the visitor types (the "Belum lengkap" list, field
messages) are re-labelled after each change. What the visitor typed is never touched.
Widgets with a ``set_language(code)`` method (the privacy notice) render their own text.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

TS_FILE = Path(__file__).resolve().parents[2] / "i18n" / "jdih_en.ts"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language
BULLET = "• "


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(Indonesian → English, English → Indonesian), finished translations only."""
    to_en: dict[str, str] = {}
    to_id: dict[str, str] = {}
    if not TS_FILE.exists():
        return to_en, to_id
    for m in ET.parse(TS_FILE).getroot().iter("message"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") \
                or m.get("numerus") == "yes" or not tr.text:
            continue
        to_en.setdefault(source, tr.text)
        to_id.setdefault(tr.text, source)
    return to_en, to_id


def convert(text: str, language: str) -> str:
    """``text`` (Indonesian or English UI text) in ``language``; unknown text unchanged."""
    if not text:
        return text
    to_en, to_id = _tables()
    table, other = (to_en, to_id) if language == "en" else (to_id, to_en)
    if text in table:
        return table[text]
    if text in other:
        return text  # already in that language
    if "\n" in text:
        return "\n".join(convert(line, language) for line in text.split("\n"))
    if text.startswith(BULLET):
        return BULLET + convert(text[len(BULLET):], language)
    return text


def relabel(root: QWidget, language: str) -> None:
    """Put every UI text of ``root`` and its children into ``language``."""
    for w in [root, *root.findChildren(QWidget)]:
        if hasattr(w, "set_language"):
            w.set_language(language)
        if w.accessibleName():
            w.setAccessibleName(convert(w.accessibleName(), language))
        if w.toolTip():
            w.setToolTip(convert(w.toolTip(), language))
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText \
                and not QtGui.Qt.mightBeRichText(w.text()):
            w.setText(convert(w.text(), language))
        elif isinstance(w, QAbstractButton):
            w.setText(_convert_lines(w.text(), language))
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setPlaceholderText(convert(w.placeholderText(), language))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                w.setItemText(i, convert(w.itemText(i), language))
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                if not item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(convert(item.text(), language))
        placeholder = getattr(w, "placeholder", None)
        if isinstance(placeholder, str) and hasattr(w, "set_placeholder"):
            w.set_placeholder(convert(placeholder, language))


def _convert_lines(text: str, language: str) -> str:
    """Button texts such as "4\\nBaik": convert each line on its own."""
    whole = convert(text, language)
    if whole != text or "\n" not in text:
        return whole
    return "\n".join(convert(line, language) for line in text.split("\n"))
