"""The import dialog's source chooser: the catalogue's known sources, "automatic" or a new
name; remembered for the file; the commit is an operation that refreshes other windows."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jdih_desktop.store.models import Document
from jdih_desktop.ui.operations import running_operations
from jdih_desktop.ui.transfer import ImportDialog
from jdih_desktop.ui.transfer.worker import running_tasks

CSV = ("Judul;Jenis;Nomor;Tahun;Pengarang\n"
       "Keputusan tentang DPT;Keputusan KPU Kota;12;2022;KPU Kota Singkawang\n"
       "Keputusan tentang TPS;Keputusan KPU Kota;13;2022;KPU Kota Singkawang\n")


def _shots() -> Path:
    shots = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"  # on request only
             if os.environ.get("JDIH_SCREENSHOTS") else Path(tempfile.gettempdir()) / "jdih-shots")
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def _click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def _sources(dialog) -> list[object]:
    return [dialog.source_combo.itemData(i) for i in range(dialog.source_combo.count())]


def test_source_chooser_lists_known_sources_and_remembers_a_new_one(qtbot, services, tmp_path):
    from jdih_desktop.services.catalogue import DocumentData

    # GIVEN a catalogue holding documents of two feeds and one entered here
    cat = services.catalogue
    for source, nomor in (("jdih-kendari", "1"), ("jdih-kendari", "2"), ("jdih-toba", "3")):
        cat.create_document(DocumentData(doc_type="peraturan", jenis="Peraturan Daerah",
                                         nomor=nomor, tahun=2021, judul=f"Perda {nomor}",
                                         teu_badan="Pemerintah Kota", source=source,
                                         jdihn_id=f"x{nomor}"))
    cat.create_document(DocumentData(doc_type="peraturan", jenis="Peraturan Daerah",
                                     nomor="9", tahun=2021, judul="Perda lokal",
                                     teu_badan="Pemerintah Kota"))
    path = tmp_path / "daftar.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    # WHEN the dialog opens THEN the chooser offers automatic, the known feeds (most documents
    # first, never "local") and a new source
    qtbot.waitUntil(lambda: dialog.sources_loaded, timeout=5000)
    from jdih_desktop.ui.transfer.import_dialog import NEW_SOURCE

    assert _sources(dialog) == [None, "jdih-kendari", "jdih-toba", NEW_SOURCE]
    assert dialog.chosen_source() is None and not dialog.new_source_edit.isVisible()
    dialog.source_combo.showPopup()
    qtbot.waitUntil(lambda: dialog.source_combo.view().isVisible())
    dialog.source_combo.view().window().grab().save(str(_shots() / "import-source-chooser.png"))
    dialog.source_combo.hidePopup()
    # WHEN the file is chosen and "Sumber baru…" is picked, with a name typed
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 5, timeout=5000)
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(NEW_SOURCE))
    assert dialog.new_source_edit.isVisible()
    # (a new source with no name is refused with a sentence, nothing runs)
    _click(qtbot, dialog, "btnDryRun")
    assert dialog.task is None and "nama sumber baru" in dialog.status_label.text()
    qtbot.keyClicks(dialog.new_source_edit, "JDIH Singkawang Lama")
    dialog.grab().save(str(_shots() / "import-new-source.png"))
    _click(qtbot, dialog, "btnDryRun")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=10000)
    assert dialog.report.source == "jdih-singkawang-lama"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        _click(qtbot, dialog, "btnCommit")
    # THEN the documents carry that source
    assert Document.select().where(Document.source == "jdih-singkawang-lama").count() == 2
    dialog.close()
    qtbot.waitUntil(lambda: running_operations() == 0 and running_tasks() == 0)
    # WHEN the same file is chosen again in a new dialog THEN its source is chosen already
    again = ImportDialog(services)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.sources_loaded, timeout=5000)
    assert "jdih-singkawang-lama" in _sources(again)
    again.set_file(str(path))
    qtbot.waitUntil(lambda: again.chosen_source() == "jdih-singkawang-lama", timeout=5000)
    # AND a re-import with it adds nothing (idData is unique within that source)
    qtbot.waitUntil(lambda: again.dry_run_button.isEnabled(), timeout=5000)
    _click(qtbot, again, "btnDryRun")
    qtbot.waitUntil(lambda: again.report is not None and again.task is None, timeout=10000)
    assert again.report.to_add == 0
    # AND another file is not given that source
    other = tmp_path / "lain.csv"
    other.write_text(CSV, encoding="utf-8")
    again.choose_source(None)
    again.set_file(str(other))
    qtbot.waitUntil(lambda: again.task is None, timeout=5000)
    assert again.chosen_source() is None
    qtbot.waitUntil(lambda: running_operations() == 0 and running_tasks() == 0)


def test_commit_finishing_after_the_dialog_closed_refreshes_the_catalogue_window(
        qtbot, services, tmp_path):
    from jdih_desktop.ui.catalogue import CatalogueWindow

    # GIVEN the catalogue window open (empty) and an import dialog ready to commit
    window = CatalogueWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.loading)
    assert window.model.total == 0
    path = tmp_path / "daftar.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(services)
    dialog.show()
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.dry_run_button.isEnabled() and dialog.task is None,
                    timeout=5000)
    _click(qtbot, dialog, "btnDryRun")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=10000)
    # WHEN the commit starts and the dialog is closed and deleted at once (without cancel)
    op_before = running_operations()
    dialog.start_commit()
    assert running_operations() == op_before + 1
    dialog.task = None  # forget it here, so closing does not cancel the commit
    dialog.done(0)
    dialog.deleteLater()
    # THEN the operation still ends, stores both documents and the window shows them
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=20000)
    assert Document.select().count() == 2
    qtbot.waitUntil(lambda: window.model.total == 2 and not window.model.loading)
