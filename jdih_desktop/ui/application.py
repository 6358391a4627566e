"""The QApplication: names, style, translations, and the last-resort exception dialog."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from jdih_desktop import APP_NAME, ORG_NAME, __version__
from jdih_desktop.ui import LANGUAGE_PROPERTY
from jdih_desktop.ui.widgets.style import apply_style, fusion_argv

if TYPE_CHECKING:
    from collections.abc import Iterator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def create_application(argv: list[str], language: str | None = "id") -> QApplication:
    """The QApplication in the office's style, in ``language`` (None: the caller installs
    the language it reads from the configuration, once)."""
    app = QApplication(fusion_argv(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # No display name: Qt would append " — JDIH Desktop" to every title, which already starts
    # with it ("JDIH Desktop — <what this window is>").
    apply_style(app, argv, fusion_in_argv=True)
    if language is not None:
        install_translator(app, language)
    return app


_qt_translator: QTranslator | None = None


def install_qt_translator(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts (the widget-based file, print and page-setup dialogs, the message box
    and wizard buttons, the text fields' context menu) in ``language``.

    Qt ships no Indonesian ``qtbase``; ours is ``i18n/qtbase_id.ts`` (compiled to ``.qm``).
    Other languages use Qt's own file from its translations folder. English needs none. On
    Windows the file and print dialogs are the system's native ones and follow the system's
    language by themselves; this covers the dialogs Qt draws itself (Linux, offscreen)."""
    global _qt_translator
    if _qt_translator is not None:  # one language at a time: the earlier one goes
        with contextlib.suppress(RuntimeError):  # RuntimeError: its application is gone
            app.removeTranslator(_qt_translator)
        _qt_translator = None
    if language in ("", "en"):
        return None
    translator = QTranslator(app)
    for folder in _qt_translation_folders():
        if translator.load(str(folder / f"qtbase_{language}.qm")):
            app.installTranslator(translator)
            _qt_translator = translator
            return translator
    log.info("no translation of Qt's own dialogs for %r; they stay in English", language)
    return None


def _qt_translation_folders() -> Iterator[Path]:
    """Ours first (Indonesian), then Qt's translations folder (asked only when needed)."""
    yield I18N_DIR
    from PySide6.QtCore import QLibraryInfo

    yield Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Bahasa Indonesia is the source language; other languages load a .qm file.

    The language in force is kept as the application property ``LANGUAGE_PROPERTY`` so that
    screens format dates in it (``ui.formats``) whatever the operating system's locale is.
    Qt's own dialogs follow (``install_qt_translator``); for Indonesian that translator is
    the one returned."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setProperty(LANGUAGE_PROPERTY, "id")
    if language in ("", "id"):
        return install_qt_translator(app, "id")
    translator = QTranslator(app)
    install_qt_translator(app, language)  # none for English: Qt's own texts are English
    if translator.load(str(I18N_DIR / f"jdih_{language}.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        app.setProperty(LANGUAGE_PROPERTY, language)
        return translator
    log.warning("no translation for %r", language)
    return None


def install_excepthook(log_path: Path | None) -> None:
    """Log any uncaught exception and tell the person, in Indonesian, instead of vanishing."""

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception\n%s", text)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        from PySide6.QtWidgets import QMessageBox  # not before the first screen: ~1 ms

        box = QMessageBox(QMessageBox.Icon.Critical, "JDIH Desktop",
                          "Terjadi kesalahan yang tidak terduga.")
        where = f"\nRincian tersimpan di log: {log_path}" if log_path else ""
        box.setInformativeText(
            "Data yang sudah disimpan tetap aman. Simpan pekerjaan yang sedang dibuka, lalu "
            "laporkan kejadian ini kepada admin." + where)
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
