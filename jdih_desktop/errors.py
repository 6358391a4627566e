"""Errors that reach a person. Each carries a message in Bahasa Indonesia that says what to do.

The message is marked for translation where it is defined (``QT_TRANSLATE_NOOP("Messages",
...)``, see ``i18n/marker.py``) and stays Indonesian here: logs, the database and printouts
keep it. A message with values is a template with ``%1``, ``%2`` and the values in ``params``,
so the display can translate the template and fill it (``ui/errors.describe_error``).
"""

from __future__ import annotations

from collections.abc import Sequence


def _fill(template: str, params: Sequence[object]) -> str:
    out = template
    for i in range(len(params), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", str(params[i - 1]))
    return out


class JdihError(Exception):
    """Base of the errors the app shows to a person instead of a traceback."""

    def __init__(self, message: str, *, detail: str | None = None,
                 params: Sequence[object] = ()) -> None:
        self.template = message
        self.params = tuple(params)
        self.message = _fill(message, self.params) if self.params else message
        super().__init__(self.message)
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ConfigError(JdihError):
    """The data folder or configuration cannot be used."""


class StoreError(JdihError):
    """The database cannot be opened, is damaged, or refused an operation."""


class ValidationError(JdihError):
    """Input was rejected; ``errors`` maps a field name to its precise message.

    A field's message is a marked sentence, or a ``(template, value...)`` tuple when it holds
    values; ``errors`` always reads as filled-in sentences, ``field_messages`` keeps the parts
    so the display can translate them.
    """

    def __init__(self, errors: dict[str, str | tuple]) -> None:
        self.field_messages: dict[str, tuple[str, tuple]] = {
            k: (v[0], tuple(v[1:])) if isinstance(v, tuple) else (v, ())
            for k, v in errors.items()}
        self.errors = {k: _fill(t, p) for k, (t, p) in self.field_messages.items()}
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))
