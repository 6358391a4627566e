"""Issue 14 on the browse page (SOP box 5): titles stay readable beside long numbers, the Jenis
column names the instrument, and a search that finds nothing offers "Maksud Anda: …?"."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import Copy, Document
from jdih_desktop.ui.main_window import MainWindow
from tests.wizard.conftest import key_target, settle
from tests.wizard.test_wizard_flow import _fill_new_visitor, _open_wizard

# README screenshots are refreshed only on request (JDIH_SCREENSHOTS=1): an ordinary run leaves
# the committed files alone.
SHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
         if os.environ.get("JDIH_SCREENSHOTS") else Path(tempfile.gettempdir()) / "jdih-shots")
LONG = "15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023-LAMPIRAN-II/BERITA-ACARA/REKAPITULASI"


def _browse(qtbot, ctx, services, devices):
    for n, (jenis, sj, nomor, judul) in enumerate((
            ("Keputusan Komisi Pemilihan Umum Kota Singkawang", None, LONG,
             "Penetapan Rekapitulasi Hasil Penghitungan Suara Pemilihan Umum Anggota Dewan "
             "Perwakilan Rakyat Daerah Kota Singkawang Tahun 2024"),
            ("Peraturan Daerah", "PERDA", "1",
             "Peraturan Daerah Kota Singkawang Nomor 1 Tahun 2021 tentang Penanggulangan "
             "Penyakit Menular"),
            ("Peraturan Komisi Pemilihan Umum", "PKPU", "8/PKPU/2019-REV.3/LAMPIRAN",
             "Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi "
             "Pemilihan Umum Kabupaten/Kota")), 1):
        d = Document.create(doc_type="peraturan", jenis=jenis, singkatan_jenis=sj, nomor=nomor,
                            tahun=2021 + n, judul=judul, status="berlaku", bahasa="Indonesia")
        Copy.create(document=d, barcode=f"JDIH{n:07d}", shelf="Rak B")
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    wizard = _open_wizard(qtbot, w)
    wizard.resize(1366, 728)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    _fill_new_visitor(qtbot, wizard.pages[Step.VISIT_BOOK].panel)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.BROWSE
    return w, wizard, wizard.pages[Step.BROWSE]


def test_long_numbers_never_squeeze_the_title(qtbot, ctx, services, devices):
    w, wizard, page = _browse(qtbot, ctx, services, devices)
    try:
        # WHEN every document is listed
        page.search.setText("")
        page.run_search()
        settle(qtbot)
        qtbot.waitUntil(lambda: page.results.rowCount() == 3)
        # THEN the title column keeps most of the room, the number is elided with a tooltip
        title_w = page.results.columnWidth(3)
        assert title_w >= 250, title_w
        assert page.results.columnWidth(1) <= 140
        row = [page.results.item(r, 1).text() for r in range(3)].index(LONG)
        assert page.results.item(row, 1).toolTip() == LONG
        # AND the Jenis column names the instrument
        jenis = {page.results.item(r, 0).text() for r in range(3)}
        assert jenis == {"Keputusan KPU", "Perda", "PKPU"}
        SHOTS.mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(SHOTS / "browse-long-numbers.png"))
    finally:
        w.visit_desk.shutdown()


def test_maksud_anda_offers_the_spelling_that_finds_something(qtbot, ctx, services, devices):
    w, wizard, page = _browse(qtbot, ctx, services, devices)
    try:
        # WHEN the visitor types a finished word with a typo... and the last one still wrong
        page.search.setText("penyakit menulr")
        page.run_search()
        settle(qtbot)
        # THEN nothing matches, and the page offers the corrected search
        qtbot.waitUntil(lambda: page.suggestion.isVisible(), timeout=5000)
        assert "Maksud Anda" in page.suggestion.text()
        assert "penyakit menular" in page.suggestion.text()
        wizard.grab().save(str(SHOTS / "browse-maksud-anda.png"))
        # WHEN the suggestion is clicked THEN it is searched and the Perda is found
        page.suggestion.linkActivated.emit("penyakit menular")
        qtbot.waitUntil(lambda: page.results.rowCount() == 1, timeout=5000)
        assert "Penyakit Menular" in page.results.item(0, 3).text()
        assert not page.suggestion.isVisible()
    finally:
        w.visit_desk.shutdown()
