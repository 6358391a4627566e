"""Qt's own file and print dialogs speak the interface's language.

Qt ships no Indonesian translation of its own texts, so on Linux (and offscreen) its
widget-based QFileDialog / QPrintDialog were English in the Indonesian UI. The app ships
``i18n/qtbase_id.qm`` and ``install_translator`` loads it for Indonesian; English needs none.
On Windows the app uses the native dialogs, which follow the system's language.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

from jdih_desktop.ui.application import I18N_DIR, install_translator
from jdih_desktop.ui.formats import LANGUAGE_PROPERTY
from jdih_desktop.ui.returns.window import _ask_file


@pytest.fixture
def language(qapp):
    """Installs the interface language as app.run_gui does; removes it afterwards."""
    installed = []
    locale_before = QLocale()

    def use(code: str) -> None:
        translator = install_translator(qapp, code)
        if translator is not None:
            installed.append(translator)

    yield use
    for t in installed:
        qapp.removeTranslator(t)
    qapp.setProperty(LANGUAGE_PROPERTY, "id")
    QLocale.setDefault(locale_before)


def _texts(dialog: QWidget) -> set[str]:
    out = {w.text() for w in dialog.findChildren(QLabel)}
    out |= {w.text() for w in dialog.findChildren(QAbstractButton)}
    return {t for t in out if t}


def _open_file_dialog_as_the_app_does(qtbot) -> set[str]:
    """The returns window's "save the letter" chooser, read while it is open, then cancelled."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, set[str]] = {}

    def inspect() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        seen["texts"] = _texts(dialog)
        if os.environ.get("JDIH_SCREENSHOTS") == "1":  # looked at; not committed
            dialog.grab().save(f"/tmp/file-dialog-{QLocale().name()}.png")
        dialog.reject()

    QTimer.singleShot(0, inspect)
    chosen = _ask_file(parent, "Simpan surat", "/tmp/surat.pdf", "PDF (*.pdf)")
    assert chosen == ""  # cancelled: nothing chosen
    return seen["texts"]


def test_a_file_dialog_opened_by_the_app_speaks_indonesian(qtbot, language):
    # GIVEN the Indonesian interface (the default)
    language("id")
    # WHEN the app opens Qt's own save dialog
    texts = _open_file_dialog_as_the_app_does(qtbot)
    # THEN its labels and buttons are Indonesian
    assert {"&Nama berkas:", "&Jenis berkas:", "&Cari di:", "&Simpan", "Batal"} <= texts
    assert not {"File &name:", "Files of &type:", "&Save", "Cancel"} & texts


def test_the_same_dialog_speaks_english_in_the_english_ui(qtbot, language):
    language("en")
    texts = _open_file_dialog_as_the_app_does(qtbot)
    assert {"File &name:", "Files of &type:", "&Save", "Cancel"} <= texts
    assert "&Nama berkas:" not in texts


def test_the_print_dialog_speaks_indonesian(qtbot, language):
    language("id")
    dialog = QPrintDialog(QPrinter())
    qtbot.addWidget(dialog)
    texts = _texts(dialog) | {g.title() for g in dialog.findChildren(QGroupBox)}
    buttons = dialog.findChild(QDialogButtonBox)
    assert {"&Cetak", "Batal"} <= {b.text() for b in buttons.buttons()}
    assert {"Rentang cetak", "Salinan:", "Cetak semua", "Pengaturan Keluaran"} <= texts
    assert not {"Print range", "Copies:", "Print all", "&Print"} & texts
    assert dialog.windowTitle() == "Cetak"


def test_the_shipped_qtbase_id_is_finished_and_compiled():
    # GIVEN the committed translation of Qt's texts
    ts = I18N_DIR / "qtbase_id.ts"
    root = ET.parse(ts).getroot()
    dialogs = {"QFileDialog", "QFileSystemModel", "QPrintDialog", "QPlatformTheme",
               "QPrintSettingsOutput", "QPageSetupWidget", "QPrintPreviewDialog"}
    for context in root.iter("context"):
        if context.findtext("name") in dialogs:
            for m in context.iter("message"):
                tr = m.find("translation")
                # THEN every string of the dialogs' contexts has an Indonesian text
                assert tr is not None and tr.get("type") != "unfinished" and tr.text, \
                    (context.findtext("name"), m.findtext("source"))
    qm = Path(I18N_DIR / "qtbase_id.qm")
    assert qm.stat().st_mtime >= 0 and qm.stat().st_size > 10_000
