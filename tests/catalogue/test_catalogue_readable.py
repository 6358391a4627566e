"""Issue 14 in the catalogue window: Jenis names the instrument, long numbers never squeeze
the title, and a search that finds nothing offers "Maksud Anda: …?"."""

from __future__ import annotations

from jdih_desktop.services.catalogue import DocumentData
from jdih_desktop.ui.catalogue import CatalogueWindow
from jdih_desktop.ui.catalogue.table_model import COLUMNS
from jdih_desktop.ui.catalogue.tasks import pending_tasks

LONG = "15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023-LAMPIRAN-II/BERITA-ACARA"


def test_instrument_long_number_and_maksud_anda(qtbot, services):
    cat = services.catalogue
    cat.create_document(DocumentData(
        doc_type="peraturan", jenis="Keputusan Komisi Pemilihan Umum Kota Singkawang",
        nomor=LONG, tahun=2023, teu_badan="KPU Kota Singkawang",
        judul="Penetapan Rekapitulasi Hasil Penghitungan Suara Pemilihan Umum"))
    cat.create_document(DocumentData(
        doc_type="peraturan", jenis="Peraturan Daerah", nomor="1", tahun=2021,
        teu_badan="Kota Singkawang", judul="Peraturan Daerah Kota Singkawang Nomor 1 Tahun "
        "2021 tentang Penanggulangan Penyakit Menular"))
    w = CatalogueWindow(services)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitUntil(lambda: w.model.total == 2 and not w.model.loading)
    keys = [c[0] for c in COLUMNS]
    jenis = {w.model.index(r, keys.index("jenis")).data() for r in range(2)}
    assert jenis == {"Keputusan KPU", "Perda"}
    row = [w.model.index(r, keys.index("nomor")).data() for r in range(2)].index(LONG)
    assert w.model.index(row, keys.index("nomor")).data(3) == LONG  # tooltip: the full number
    assert w.table.columnWidth(keys.index("judul")) >= 250
    # WHEN a search finds nothing THEN the window offers the spelling that does
    w.filter_bar.search.setText("penyakit menulr")
    w.filter_bar.emit_now()
    qtbot.waitUntil(lambda: w.suggestion_label.isVisible(), timeout=5000)
    assert "penyakit menular" in w.suggestion_label.text()
    w.suggestion_label.linkActivated.emit("penyakit menular")
    qtbot.waitUntil(lambda: w.model.total == 1 and not w.model.loading, timeout=5000)
    assert w.model.filters.text == "penyakit menular"
    qtbot.waitUntil(lambda: pending_tasks() == 0)
