"""Translation markers for the layers below the UI, in pure Python (no Qt import).

``QT_TRANSLATE_NOOP(context, text)`` marks a label or a sentence where it is defined, with its
translation context written out as a literal: pyside6-lupdate extracts every call of that
name into ``jdih_en.ts`` whatever module the function comes from (tests/i18n checks it). The
call returns a ``Label``: the Indonesian text itself (a ``str``: dictionaries, the database,
printouts and logs keep Indonesian) that also knows its context, so the UI translates it at
display with ``i18n.marker.translate_text`` without having to know where it came from.

A sentence with values in it is marked as a ``%1``, ``%2`` template and filled with
``sentence(template, value...)``: a ``Sentence`` reads as the filled-in Indonesian text and
keeps the template and the values, so the display translates the template, translates each
value that is itself a ``Label`` or ``Sentence`` (a field name, a document type), and fills it.

Label families use one context each (``DocumentTypes``, ``VisitSteps``...); sentences use
``Messages``. ``store/`` uses this module; ``services/`` may use it or PySide6's own marker.
"""

from __future__ import annotations

from typing import Any


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``... replaced by ``values`` (Qt's placeholder style, any order)."""
    out = str(template)
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", str(values[i - 1]))
    return out


class Label(str):
    """A marked text: the Indonesian text, plus the translation context it was marked in."""

    context: str

    def __new__(cls, text: str, context: str = "Messages") -> Label:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Label, (str(self), self.context))


class Sentence(str):
    """A marked template filled with values: reads as the Indonesian sentence."""

    template: str
    params: tuple[object, ...]

    def __new__(cls, template: str, *params: object) -> Sentence:
        obj = super().__new__(cls, fill(template, *params))
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.template, *self.params))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Label:  # lupdate reads this name
    """Marks ``text`` for translation in ``context``; returns it unchanged (as a Label)."""
    return Label(text, context)


def sentence(template: str, *params: object) -> Sentence:
    """A marked ``%1`` template filled with ``params`` (kept apart for the display)."""
    return Sentence(template, *params)


def joined(parts: list[str], sep: str = " ") -> Sentence:
    """Marked sentences side by side (empty ones left out), each translated at display."""
    kept = [p for p in parts if p]
    return Sentence(sep.join(f"%{i}" for i in range(1, len(kept) + 1)), *kept)
