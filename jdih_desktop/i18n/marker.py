"""Translation at display of texts defined below the UI (services, devices, store).

Lower layers define their sentences with ``QT_TRANSLATE_NOOP(MESSAGES, "...")`` and their
labels (document types, SOP steps, field names...) with ``QT_TRANSLATE_NOOP("<Family>", ...)``,
one context per label family, and keep them Indonesian: printouts, logs and the database stay
Indonesian. The marker is PySide6's own or the pure-Python one of ``i18n.labels`` (which
``store/`` uses: it must not import Qt); pyside6-lupdate extracts both by name.

The UI translates at display: ``translate_text`` for a label or a filled sentence (a
``labels.Label`` knows its context, a ``labels.Sentence`` its template and values), and
``ui/errors.describe_error`` for every error. A sentence with values marks the template with
``%1``, ``%2`` and is filled by ``fill`` after translation, so the template is what gets
looked up, and a value that is itself a label (a field name) is translated too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jdih_desktop.i18n.labels import Label, Sentence, fill

MESSAGES = "Messages"

__all__ = ["MESSAGES", "fill", "translate_message", "translate_text", "translate_values"]


def translate_message(text: str) -> str:
    """The display language's version of a marked lower-layer message (itself if none).

    A ``Label`` is looked up in its own context, a ``Sentence`` by its template.
    """
    if not text:
        return text
    if isinstance(text, Sentence):
        return fill(translate_message(text.template), *translate_values(text.params))
    if isinstance(text, Label):
        return QCoreApplication.translate(text.context, str(text))
    return QCoreApplication.translate(MESSAGES, text)


def translate_text(text: str) -> str:
    """A label or sentence from a lower layer or a UI table, in the display language.

    The one way the UI translates text it did not write itself (``self.tr(label)`` of a
    variable is refused by tests/i18n: lupdate cannot see it). Plain text that was never
    marked, such as a name typed by a person, comes back as it is.
    """
    if isinstance(text, Label | Sentence):
        return translate_message(text)
    return text


def translate_values(values: tuple | list) -> list[object]:
    """Values filled into a template: a marked phrase (a role, a field name, a document type)
    reads in the display language too; names, numbers and paths stay as they are."""
    return [translate_message(v) if isinstance(v, str) else v for v in values]
