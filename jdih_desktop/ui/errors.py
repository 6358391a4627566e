"""One place where any error becomes the sentence a person reads.

Every window, operation and the task manager call ``describe_error``; nothing else turns an
exception into text. Our own errors (the ``JdihError`` family, devices included) carry their
sentence; lower layers mark it for translation where it is defined (``i18n.marker``), so it is
translated here, at display. Database and file errors get a sentence that says what to do; a
bug is logged with its traceback and told plainly.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.marker import fill, translate_message, translate_values

log = logging.getLogger(__name__)


def describe_error(exc: BaseException, *, log_it: bool = True) -> str:
    """The sentence a person reads for ``exc`` (translated), logged here once.

    ``log_it=False`` leaves logging an expected failure (a store error, a file that cannot be
    read) to the caller: a refresh on a timer logs the first failure of a streak, not one line
    every 30 seconds. A bug is always logged, with its traceback.
    """
    from peewee import PeeweeException

    if isinstance(exc, JdihError):
        if log_it:
            log.warning("failed: %s", exc.message)
        return error_sentence(exc)
    if isinstance(exc, PeeweeException | sqlite3.Error):
        from jdih_desktop.store.db import describe_database_error

        if log_it:
            log.warning("failed: database error: %r", exc)
        return translate_message(describe_database_error(exc))
    if isinstance(exc, OSError):
        if log_it:
            log.error("failed: file error", exc_info=exc)
        return QCoreApplication.translate(
            "Errors", "Berkas tidak dapat dibaca atau ditulis: %1. Periksa izin folder dan "
            "ruang disk, lalu coba lagi.").replace("%1", str(exc.strerror or exc))
    log.error("crashed", exc_info=exc)
    return QCoreApplication.translate(
        "Errors", "Terjadi kesalahan tak terduga (%1). Coba lagi; bila terulang, kirim berkas "
        "log ke pengelola aplikasi.").replace("%1", type(exc).__name__)


def error_sentence(exc: BaseException) -> str:
    """Our error's sentence in the display language (its template translated, then filled).

    Any other exception gets ``describe_error``'s sentence.
    """
    from jdih_desktop.errors import ValidationError

    if not isinstance(exc, JdihError):
        return describe_error(exc)
    if isinstance(exc, ValidationError):
        return "\n".join(field_sentences(exc).values())
    return fill(translate_message(exc.template), *_params(exc.params))


def field_sentences(exc: JdihError) -> dict[str, str]:
    """A validation error's messages per field, in the display language."""
    parts = getattr(exc, "field_messages", None)
    if not parts:
        return {"": error_sentence(exc)}
    return {k: fill(translate_message(t), *_params(p)) for k, (t, p) in parts.items()}


def _params(values: tuple) -> list[object]:
    """A value that is itself a marked phrase (a role, what was refused, a field's label)
    reads in the display language too; names, numbers and paths have no translation and stay
    as they are."""
    return translate_values(values)


def problem_sentences(problems: dict[str, str | tuple], *, language: str | None = None,
                      names: dict[str, str] | None = None) -> dict[str, str]:
    """Field problems as a service lists them (a marked sentence, or a ``(template, value…)``
    tuple) in the display language, or in ``language`` ("id"/"en": the visitor's own choice on
    the visitor screen, looked up in the same translation file).

    ``names`` maps a value to its English wording where no translation file can know it: the
    office's own visit-book fields, named by the office in both languages.
    """
    from jdih_desktop.errors import ValidationError

    if not problems:
        return {}
    parts = ValidationError(problems).field_messages
    english = (language or display_language()) == "en"

    def value(v: object) -> object:
        if english and names and isinstance(v, str) and v in names:
            return names[v]
        if language is None or not isinstance(v, str):
            return translate_values([v])[0]
        return _convert(v, language)

    if language is None:
        return {k: fill(translate_message(t), *map(value, p)) for k, (t, p) in parts.items()}
    return {k: fill(_convert(t, language), *map(value, p)) for k, (t, p) in parts.items()}


def _convert(text: str, language: str) -> str:
    """A marked text (template, label or filled sentence) in ``language``."""
    from jdih_desktop.i18n.labels import Sentence
    from jdih_desktop.ui.widgets.visitor_language import convert

    if isinstance(text, Sentence):
        return fill(convert(text.template, language),
                    *(_convert(v, language) if isinstance(v, str) else v for v in text.params))
    return convert(str(text), language)


def english_names(fields: object) -> dict[str, str]:
    """Label -> English label of the fields that have one (``label_en``), for ``names``."""
    return {f.label: f.label_en for f in fields or () if getattr(f, "label_en", "")}


def display_language() -> str:
    """The interface language the app runs in ("id" unless English was chosen)."""
    from jdih_desktop.ui.formats import LANGUAGE_PROPERTY

    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else "id"
