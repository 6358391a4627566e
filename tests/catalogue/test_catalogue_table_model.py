"""The lazy table model over 100k documents: announced in batches, read in bounded pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from jdih_desktop.store.models import database_proxy
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue import CatalogueWindow
from jdih_desktop.ui.catalogue.table_model import COLUMNS, DocumentTableModel

N = 100_000
TYPES = ("peraturan", "monografi", "artikel", "putusan")


@pytest.fixture
def big_catalogue(services):
    """100k documents inserted straight into the table (the FTS triggers still run)."""
    rows = [(TYPES[i % 4], "Peraturan Komisi Pemilihan Umum", "PKPU", str(i), 1950 + i % 75,
             f"Dokumen uji nomor {i}", "berlaku" if i % 3 else "tidak_berlaku")
            for i in range(N)]
    db = database_proxy.obj
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO document (doc_type, jenis, singkatan_jenis, nomor, tahun, judul, "
            "status, bahasa, created_at, updated_at) VALUES (?,?,?,?,?,?,?,'Indonesia',"
            "'2026-01-01','2026-01-01')", rows)
    return services


def test_model_fetches_lazily_and_bounds_memory(qtbot, big_catalogue) -> None:
    col = {key: i for i, (key, *_rest) in enumerate(COLUMNS)}
    # GIVEN the model over 100k documents
    model = DocumentTableModel(big_catalogue.catalogue, page_size=100, batch=500, max_pages=20)
    model.set_filters(SearchFilters())
    # THEN only one batch is announced and nothing is read yet
    assert model.total == N
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    assert model.pages_read == 0
    # WHEN the view asks for more THEN the row count grows by one batch
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    fetches = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetches += 1
    # (batches double, so the end of 100k rows is eight fetches away)
    assert model.rowCount() == N and fetches == 8
    # THEN the last row is right: default order is newest year first, so the oldest year
    # (1950) with the smallest id comes last
    last = model.index(N - 1, col["nomor"])
    assert model.data(last) == "0"
    assert model.data(model.index(N - 1, col["tahun"])) == "1950"
    assert model.data(model.index(0, col["tahun"])) == "2024"
    # AND reading rows all over the table keeps at most max_pages pages in memory
    for row in range(0, N, 997):
        assert model.data(model.index(row, col["judul"])).startswith("Dokumen uji nomor")
    assert model.cached_rows <= 20 * 100
    assert model.pages_read >= N // 997 // 2
    # WHEN sorted by the Nomor column, descending THEN the largest string comes first
    model.sort(col["nomor"], Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, col["nomor"])) == "99999"
    assert model.rowCount() == 500
    # AND filters narrow the count without loading rows
    model.set_filters(SearchFilters(doc_type="putusan", status="tidak_berlaku"))
    assert model.total == sum(1 for i in range(N) if i % 4 == 3 and i % 3 == 0)


def test_window_opens_at_100k_reading_only_what_is_shown(qtbot, big_catalogue) -> None:
    # WHEN the catalogue window opens over 100k documents
    window = CatalogueWindow(big_catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.pages_read > 0)  # the first paint
    # THEN it knows the total but read only the first page of rows
    assert window.model.total == N
    assert window.model.rowCount() == 500
    assert window.model.pages_read == 1
    assert window.result_label.text() == "100.000 dokumen"
    # WHEN scrolled to the very end THEN only pages near the end are read
    window.table.scrollToBottom()
    while window.model.canFetchMore(QModelIndex()):
        window.model.fetchMore(QModelIndex())
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.table.rowAt(window.table.viewport().height() - 2) >= N - 40)
    assert window.model.cached_rows <= window.model.max_pages * window.model.page_size
