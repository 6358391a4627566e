"""The catalogue table over the whole collection, fetched lazily.

Two mechanisms keep it fast at 100k documents:
- Rows are *announced* to the view in growing batches (``canFetchMore``/``fetchMore``, each
  batch as large as what is already shown): the view learns about more rows only as the
  person scrolls towards the end, and the end of 100k rows is a few scroll-bar drags away.
- Row *contents* live in a small LRU cache of fixed-size pages read with
  ``CatalogueService.page`` (one indexed query per page). Scrolling to the end of 100k rows
  reads the pages on screen, never the whole table, and the cache never holds more than
  ``max_pages * page_size`` rows.
Sorting by a header click changes the sort key of the filters and resets the model.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.catalogue import CatalogueService, DocumentRow, ResultPage
from jdih_desktop.store.enums import DOC_STATUS, DOC_TYPES
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue.search_runner import SearchRunner
from jdih_desktop.ui.widgets.style import PALETTE

log = logging.getLogger(__name__)

# (key, header, ascending sort key, descending sort key); None: not sortable
COLUMNS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("doc_type", QT_TRANSLATE_NOOP("CatalogueColumns", "Tipe"), "doc_type_asc", "doc_type_desc"),
    ("jenis", QT_TRANSLATE_NOOP("CatalogueColumns", "Jenis"), "jenis_asc", "jenis_desc"),
    ("nomor", QT_TRANSLATE_NOOP("CatalogueColumns", "Nomor"), "nomor_asc", "nomor_desc"),
    ("tahun", QT_TRANSLATE_NOOP("CatalogueColumns", "Tahun"), "tahun_asc", "tahun_desc"),
    ("judul", QT_TRANSLATE_NOOP("CatalogueColumns", "Judul"), "judul", "judul_desc"),
    ("status", QT_TRANSLATE_NOOP("CatalogueColumns", "Status"), "status_asc", "status_desc"),
    ("subjek", QT_TRANSLATE_NOOP("CatalogueColumns", "Subjek"), "subjek_asc", "subjek_desc"),
    ("copies", QT_TRANSLATE_NOOP("CatalogueColumns", "Eks."), None, None),
)
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
COUNT_DELAY_MS = 250  # the exact total of a broad search is counted after this pause
_DISPLAY = Qt.ItemDataRole.DisplayRole
_OTHER_ROLES = (Qt.ItemDataRole.ToolTipRole, DocumentIdRole, Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ID, _TOOLTIPS, _FOREGROUND = len(COLUMNS), len(COLUMNS) + 1, len(COLUMNS) + 2
FOREGROUND_CELL = _FOREGROUND  # in ``cells_for_paint``: the text colour (None: the default)

_Index = QModelIndex | QPersistentModelIndex


class DocumentTableModel(QAbstractTableModel):
    """Read-only table of ``DocumentRow`` pages; see the module docstring."""

    totalChanged = Signal(int)
    loadingChanged = Signal(bool)
    searchFailed = Signal(str)

    def __init__(self, catalogue: CatalogueService, *, page_size: int = 50,
                 batch: int = 500, max_pages: int = 20, parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.page_size = page_size
        self.batch = batch
        self.max_pages = max_pages
        self._filters = SearchFilters()
        self._total = 0
        self._announced = 0
        self._pages: OrderedDict[int, list[DocumentRow]] = OrderedDict()
        # display texts per row of the cached pages, built once (painting asks every cell
        # several times per paint)
        self._cells: dict[int, tuple[object, ...]] = {}
        self._total_exact = True
        self._runner: SearchRunner | None = None
        self._searches: dict[int, SearchFilters] = {}  # generation -> its filters, in flight
        self._then: dict[int, Callable[[], None]] = {}  # generation -> after it is shown
        self._user_sort: str | None = None
        self._generation = 0  # async searches started
        self._applied = 0  # the one whose results are shown
        self.pages_read = 0  # diagnostics for tests and benchmarks
        self._requested: set[tuple[int, int]] = set()  # (shown search, page) on their way
        # (shown search, page) -> (offset, callback) of ``fetch_row`` calls waiting for it
        self._row_waiters: dict[tuple[int, int], list[
            tuple[int, Callable[[DocumentRow | None], None]]]] = {}

    # ------------------------------------------------------------------ state
    @property
    def filters(self) -> SearchFilters:
        return replace(self._filters)

    @property
    def sort_key(self) -> str:
        """The sort asked for (a header click's shows here at once; its rows follow)."""
        return self._user_sort or self._filters.sort

    @property
    def total(self) -> int:
        return self._total

    @property
    def cached_rows(self) -> int:
        """Rows currently held in memory (bounded by max_pages * page_size)."""
        return sum(len(p) for p in self._pages.values())

    def set_filters(self, filters: SearchFilters) -> None:
        """New search or filters: count the matches and show the first batch.

        A sort chosen by a header click stays until ``clear_sort``; otherwise a text search is
        ordered by relevance and a plain listing by year, newest first.
        """
        f = replace(filters)
        if self._user_sort is not None:
            f.sort = self._user_sort
        self._generation += 1  # a synchronous answer supersedes any search still running
        self._applied = self._generation
        self.beginResetModel()
        self._filters = f
        self._pages.clear()
        self._cells.clear()
        self._requested.clear()
        self._row_waiters.clear()
        self._total = self.catalogue.count(f)
        self._total_exact = True
        self._announced = min(self.batch, self._total)
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def set_filters_async(self, filters: SearchFilters) -> None:
        """Like ``set_filters``, but the rows are read on the catalogue's search thread.

        The table keeps showing the previous results until the new ones arrive; a newer
        search started meanwhile wins: the older one is skipped, or interrupted when it is
        already running (``search_runner``). The first page is shown as soon as it is read;
        when the matches exceed the ranked candidates the exact total follows from a second,
        cheaper count (``total_exact`` is False until then).
        """
        f = replace(filters)
        if self._user_sort is not None:
            f.sort = self._user_sort
        self._generation += 1
        generation = self._generation
        self.loadingChanged.emit(True)
        catalogue, size = self.catalogue, self.page_size
        self._searches[generation] = f
        self.runner.submit(generation, lambda: ("page", catalogue.search_page(f, size)))

    @property
    def runner(self) -> SearchRunner:
        if self._runner is None:
            self._runner = SearchRunner(self)
            self._runner.finished.connect(self._on_search_done)
            self._runner.failed.connect(self._failed)
        return self._runner

    @property
    def loading(self) -> bool:
        return self._generation != self._applied

    @property
    def total_exact(self) -> bool:
        return self._total_exact

    def _on_search_done(self, generation: int, answer: tuple[str, object]) -> None:
        kind, result = answer
        f = self._searches.pop(generation, None)
        if generation != self._generation or f is None:
            return
        if kind == "count":
            self._total_exact = True
            if int(result) != self._total:  # type: ignore[call-overload]
                self._total = int(result)  # type: ignore[call-overload]
                self._announced = min(max(self._announced, min(self.batch, self._total)),
                                      self._total)
            self.totalChanged.emit(self._total)
            return
        page: ResultPage = result  # type: ignore[assignment]
        self._apply(generation, f, page.total, page.rows, exact=page.exact)
        if not page.exact:
            # Counted a moment later: the rows paint first without the count competing for
            # the CPU, and while the person keeps typing the counts of passing keystrokes are
            # never run (a newer search changes the generation first).
            QTimer.singleShot(COUNT_DELAY_MS, self, lambda: self._count_later(generation, f))

    def _count_later(self, generation: int, f: SearchFilters) -> None:
        if generation != self._generation:
            return
        catalogue = self.catalogue
        self._searches[generation] = f
        self.runner.submit(generation, lambda: ("count", catalogue.count(f)))

    def _apply(self, generation: int, f: SearchFilters, total: int,
               first: list[DocumentRow], exact: bool = True) -> None:
        if generation != self._generation:
            return
        self._applied = generation
        self.beginResetModel()
        self._filters = f
        self._pages.clear()
        self._cells.clear()
        self._requested.clear()
        self._row_waiters.clear()
        self._pages[0] = first
        self.pages_read += 1
        self._total = total
        self._total_exact = exact
        self._announced = min(self.batch, self._total)
        self.endResetModel()
        self.loadingChanged.emit(False)
        self.totalChanged.emit(self._total)
        then = self._then.pop(generation, None)
        self._then.clear()  # older ones were overtaken
        if then is not None:
            then()

    def _failed(self, generation: int, exc: BaseException) -> None:
        self._searches.pop(generation, None)
        if generation != self._generation:
            return
        self._applied = generation
        log.error("catalogue search failed: %r", exc)
        self.loadingChanged.emit(False)
        self.searchFailed.emit(getattr(exc, "message", None) or str(exc))

    def clear_sort(self) -> None:
        self._user_sort = None
        self.set_filters_async(replace(self._filters, sort="relevance"))

    def refresh(self) -> None:
        """Re-read after an edit, keeping the filters and sort (on the search thread)."""
        self.refresh_async()

    def refresh_async(self, then: Callable[[], None] | None = None) -> None:
        """Re-read on the search thread, keeping the filters and sort; ``then()`` once the
        new first page is shown (not called when a newer search overtook this one)."""
        self.set_filters_async(self._filters)
        if then is not None:
            self._then[self._generation] = then

    def row_of_id(self, document_id: int) -> int | None:
        """The row of a document among the cached pages (None when not loaded)."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == document_id:
                    return number * self.page_size + i
        return None

    # ------------------------------------------------------------------ lazy loading
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._announced < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        # Doubling batches: a person dragging the scroll bar to the end reaches row 100k in
        # about eight steps, while opening still announces a single batch.
        more = min(max(self.batch, self._announced), self._total - self._announced)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._announced, self._announced + more - 1)
        self._announced += more
        self.endInsertRows()

    def announce_all(self) -> None:
        """Make every matching row known to the view (no row is read): Ctrl+End jumps there."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def document_row(self, row: int) -> DocumentRow | None:
        """The row's document when its page is held, else None: nothing is read on the GUI
        thread (``fetch_row`` delivers a row whose page is still to be read)."""
        if not 0 <= row < self._announced:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def fetch_row(self, row: int, then: Callable[[DocumentRow | None], None]) -> bool:
        """``then(document)`` with the row's document: at once when its page is held (returns
        True), otherwise once the page has been read on the database lane (returns False).
        ``then(None)`` when the page could not be read or the row does not exist; never
        called when a new search replaced the rows meanwhile."""
        if not 0 <= row < self._announced:
            then(None)
            return True
        held = self.document_row(row)
        if held is not None or (row // self.page_size) in self._pages:
            then(held)
            return True
        number, offset = divmod(row, self.page_size)
        key = (self._applied, number)
        self._row_waiters.setdefault(key, []).append((offset, then))
        self._request_page(number)
        return False

    def _shown_row(self, row: int) -> DocumentRow | None:
        """For painting: the row if its page is held; otherwise None (an empty row for a
        moment) and the page is read on the database lane, then painted."""
        if not 0 <= row < self._announced:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._request_page(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    @property
    def pages_pending(self) -> int:
        """Pages asked for by the view and still being read."""
        return len(self._requested)

    def _request_page(self, number: int) -> None:
        key = (self._applied, number)
        if key in self._requested:
            return
        self._requested.add(key)
        from jdih_desktop.ui.operations import DbOp

        f, catalogue, size = self._filters, self.catalogue, self.page_size
        DbOp(self, lambda: catalogue.page(f, number * size, size)) \
            .success(lambda rows: self._page_read(key, rows)) \
            .failure(lambda failure: self._page_failed(key, failure)).run()

    def _page_read(self, key: tuple[int, int], rows: list[DocumentRow]) -> None:
        if key not in self._requested:
            return  # a new search or a refresh replaced the rows meanwhile
        self._requested.discard(key)
        number = key[1]
        self._store_page(number, rows)
        first = number * self.page_size
        last = min(first + len(rows), self._announced) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        for offset, then in self._row_waiters.pop(key, ()):
            then(rows[offset] if offset < len(rows) else None)

    def _page_failed(self, key: tuple[int, int], failure) -> None:
        self._requested.discard(key)
        for _offset, then in self._row_waiters.pop(key, ()):
            then(None)
        log.error("catalogue page %s could not be read: %s", key[1], failure.message)
        self.searchFailed.emit(failure.message)

    def _store_page(self, number: int, page: list[DocumentRow]) -> None:
        self.pages_read += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            evicted, rows = self._pages.popitem(last=False)
            for i in range(len(rows)):
                self._cells.pop(evicted * self.page_size + i, None)

    def document_id(self, row: int) -> int | None:
        """The row's document id when its page is held (else None; see ``fetch_row``)."""
        r = self.document_row(row)
        return r.id if r else None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._announced

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate_text(COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Jumlah eksemplar") if COLUMNS[section][0] == "copies" \
                else self.tr("Klik untuk mengurutkan")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == _DISPLAY:  # the hot path of painting: one dict lookup
            cells = self._row_cells(index.row()) if index.isValid() else None
            return cells[index.column()] if cells is not None else None
        if role not in _OTHER_ROLES or not index.isValid():
            return None
        cells = self._row_cells(index.row())
        if cells is None:
            return None
        col = index.column()
        if role == DocumentIdRole:
            return cells[_ID]
        if role == Qt.ItemDataRole.ForegroundRole:
            return cells[_FOREGROUND]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[col][0] in ("tahun", "copies") else None
        return cells[_TOOLTIPS].get(COLUMNS[col][0])  # ToolTipRole

    def cells_for_paint(self, row: int) -> tuple[object, ...] | None:
        """For the window's cell delegate: the row's display text per column, then its id,
        tooltips and text colour (``FOREGROUND_CELL``); None while its page is being read (the
        page is asked for, as ``data`` does)."""
        return self._row_cells(row)

    def _row_cells(self, row: int) -> tuple[object, ...] | None:
        cells = self._cells.get(row)
        if cells is None:
            r = self._shown_row(row)
            if r is None:
                return None
            cells = self._cells[row] = self._make_cells(r)
        return cells

    @staticmethod
    def _make_cells(r: DocumentRow) -> tuple[object, ...]:
        """The display text of each column, then the id, the tooltips and the colour."""
        texts: list[object] = []
        for key, *_rest in COLUMNS:
            if key == "jenis":  # the instrument (UU, PKPU, Perda …) reads best narrow
                texts.append(r.instrument)
            elif key == "doc_type":
                texts.append(DOC_TYPES.get(r.doc_type, r.doc_type))
            elif key == "status":
                texts.append(DOC_STATUS.get(r.status, r.status))
            elif key == "judul":
                texts.append(" ".join(r.judul.split()))
            else:
                value = getattr(r, key)
                texts.append("" if value is None else str(value))
        tooltips = {"judul": r.judul, "jenis": r.jenis, "nomor": r.nomor}
        colour = QBrush(QColor(PALETTE.error)) if r.status == "tidak_berlaku" else None
        return (*texts, r.id, tooltips, colour)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        _, _, asc, desc = COLUMNS[column]
        key = asc if order == Qt.SortOrder.AscendingOrder else desc
        if key is None or key == self.sort_key:
            return
        self._user_sort = key
        self.set_filters_async(self._filters)
