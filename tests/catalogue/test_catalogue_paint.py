"""The catalogue table's own cell delegate paints exactly what the stock delegate paints from
the model's roles (text, right-aligned numbers, a revoked document in red, a long number elided
in the middle), and the search box without a typing pause searches within the keystroke, once
per distinct text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue import CatalogueWindow
from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
from jdih_desktop.ui.catalogue.table_model import COLUMNS
from tests.catalogue.conftest import peraturan


class _StockElideMiddle(QStyledItemDelegate):
    """The stock delegate (every role asked of the model), eliding in the middle."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def test_the_cell_delegate_paints_what_the_model_roles_say(qtbot, services) -> None:
    cat = services.catalogue
    cat.create_document(peraturan())
    cat.create_document(peraturan(nomor="15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023/PANJANG/SEKALI",
                                  tahun=2023, judul="Penetapan yang dicabut",
                                  tanggal_penetapan=None, tanggal_pengundangan=None,
                                  status="tidak_berlaku"))
    window = CatalogueWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 2)
    table = window.table
    assert table.itemDelegate() is window._cell_delegate
    ours = table.viewport().grab().toImage()
    # WHEN the stock delegate paints the same rows from the model's roles
    stock = QStyledItemDelegate(table)
    middle = _StockElideMiddle(table)
    table.setItemDelegate(stock)
    table.setItemDelegateForColumn([c[0] for c in COLUMNS].index("nomor"), middle)
    qtbot.wait(10)
    theirs = table.viewport().grab().toImage()
    # THEN the pixels are the same (and the rows are really painted: not a blank table)
    assert ours == theirs
    blank = table.viewport().grab().toImage()
    window.model.set_filters_async(SearchFilters(text="tidak ada yang cocok sama sekali"))
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 0)
    blank = table.viewport().grab().toImage()
    assert ours != blank


def test_without_a_typing_pause_each_new_text_searches_within_its_keystroke(qtbot) -> None:
    bar = CatalogueFilterBar(delay_ms=0)
    qtbot.addWidget(bar)
    emitted: list[str] = []
    bar.filtersChanged.connect(lambda f: emitted.append(f.text))
    qtbot.keyClicks(bar.search, "uu")
    assert emitted == ["u", "uu"]  # no event loop turn needed
    qtbot.keyClicks(bar.search, " ")  # the same filters ("uu" stripped): no second search
    assert emitted == ["u", "uu"]
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # Enter always searches again
    assert emitted == ["u", "uu", "uu"]
    # AND with a typing pause nothing is emitted until the pause is over
    paused = CatalogueFilterBar(delay_ms=50)
    qtbot.addWidget(paused)
    later: list[str] = []
    paused.filtersChanged.connect(lambda f: later.append(f.text))
    qtbot.keyClicks(paused.search, "pemilu")
    assert later == []
    qtbot.waitUntil(lambda: later == ["pemilu"])
