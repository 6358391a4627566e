"""The catalogue window: the whole collection in a lazy table, filters, and a detail panel.

Opening it at 100k documents costs one count and one page of 100 rows (see
``table_model``); nothing else is read until the person scrolls or selects.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.catalogue import CatalogueService
from jdih_desktop.services.container import catalogue_tools
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue.detail import DocumentDetailPanel
from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
from jdih_desktop.ui.catalogue.table_model import (
    COLUMNS,
    FOREGROUND_CELL,
    DocumentTableModel,
)
from jdih_desktop.ui.catalogue.tasks import run_in_background
from jdih_desktop.ui.operations import Change, hub
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import icon
from jdih_desktop.ui.widgets.titles import window_title

if TYPE_CHECKING:  # loaded when first used: opening the window imports only what it shows
    from jdih_desktop.services.catalogue import DocumentData
    from jdih_desktop.services.digitise import DigitiseService
    from jdih_desktop.services.labels import LabelService
    from jdih_desktop.ui.catalogue.form import DocumentFormDialog

log = logging.getLogger(__name__)


_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _CellDelegate(QStyledItemDelegate):
    """Paints a cell from the texts the model prepared for its row: one call into Python per
    cell, where the stock delegate asks the model once per role (seven calls, most answering
    nothing), for the same pixels. Painting a screenful of rows is most of the time between a
    keystroke and its results. Long numbers are elided in the middle ("15/HK.03…/IV/2023"):
    both ends stay readable."""

    def __init__(self, model: DocumentTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        keys = [c[0] for c in COLUMNS]
        self._right = {keys.index("tahun"), keys.index("copies")}
        self._middle = keys.index("nomor")

    def initStyleOption(self, option, index) -> None:
        option.index = index
        cells = self._model.cells_for_paint(index.row())
        if cells is None:  # its page is being read: an empty cell for a moment
            return
        col = index.column()
        text = cells[col]
        if text:
            option.text = text
            option.features |= _HAS_DISPLAY
        if col in self._right:
            option.displayAlignment = _RIGHT
        elif col == self._middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle
        colour = cells[FOREGROUND_CELL]
        if colour is not None:
            palette = option.palette
            palette.setBrush(QPalette.ColorRole.Text, colour)
            option.palette = palette


class CatalogueWindow(QMainWindow):
    """Browse, search and maintain the catalogue."""

    def __init__(self, services, scanner_worker=None, printer_worker=None,
                 parent: QWidget | None = None, *, devices=None) -> None:
        if devices is not None:  # ui.widgets.devices.Devices: the devices by name
            printer_worker, scanner_worker = devices.printer, devices.scanner
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("catalogueWindow")
        self.setWindowTitle(window_title(self.tr("Katalog")))
        fit_window(self, "catalogue", (1280, 760))
        self.services = services
        self.catalogue: CatalogueService = services.catalogue
        self.labels: LabelService
        self.digitise: DigitiseService
        self.labels, self.digitise = catalogue_tools(services)
        self.form: DocumentFormDialog | None = None
        # The first page is read on the search thread while the widgets are built.
        self.model = DocumentTableModel(self.catalogue, parent=self)
        self.model.set_filters_async(SearchFilters())

        # No typing pause: every keystroke searches at once on the search thread, where a
        # newer keystroke skips or interrupts the stale search (see ``search_runner``).
        self.filter_bar = CatalogueFilterBar(self.catalogue.subject_suggestions,
                                             max_year=services.clock().year, delay_ms=0)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setAccessibleName(self.tr("Daftar dokumen katalog"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Fixed widths: ResizeToContents would read every row of 100k.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((95, 75, 75, 48, 320, 100, 130, 45)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Long decision numbers are elided in the middle (full number as tooltip); the title
        # column keeps the stretch, so it never shrinks to nothing.
        self._cell_delegate = _CellDelegate(self.model, self.table)
        self.table.setItemDelegate(self._cell_delegate)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._on_header_clicked)

        self.result_label = QLabel()
        self.result_label.setObjectName("catalogueResultCount")
        # "Maksud Anda: …?" when a search finds nothing; the link searches the suggestion.
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("catalogueSuggestion")
        self.suggestion_label.setAccessibleName(self.tr("Saran ejaan pencarian"))
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.linkActivated.connect(self._on_suggestion)
        self.suggestion_label.hide()
        self._suggest_seq = 0
        self.detail = DocumentDetailPanel(self.catalogue, self.labels, self.digitise,
                                          printer_worker, scanner_worker)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.result_label)
        lv.addWidget(self.suggestion_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("catalogueSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._sized = False
        central = QWidget()
        cv = QVBoxLayout(central)
        cv.addWidget(self.filter_bar)
        cv.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_toolbar()

        self._keep_shown = False  # True while a refresh keeps the shown document
        self._selection_seq = 0  # the newest selection wins over a row still being read
        self._searching_timer = QTimer(self)
        self._searching_timer.setSingleShot(True)
        self._searching_timer.setInterval(250)
        self._searching_timer.timeout.connect(self._show_searching)
        self.filter_bar.filtersChanged.connect(self._on_filters_changed)
        self.model.totalChanged.connect(self._on_total_changed)
        self.model.loadingChanged.connect(self._on_loading_changed)
        self.model.searchFailed.connect(self._on_search_failed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.detail.editRequested.connect(self.edit_document)
        self.detail.deleteRequested.connect(self.delete_document)
        self.detail.changed.connect(lambda _id: self._refresh_keep_selection())
        hub().subscribe(self, Change.CATALOGUE, self._on_catalogue_changed)
        if self.filter_bar.filters() != SearchFilters():  # (the bar starts empty)
            self.model.set_filters_async(self.filter_bar.filters())

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Katalog"))
        bar.setObjectName("catalogueToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.act_add = self._action("actAddDocument", self.tr("Tambah dokumen"), self.add_document,
                                    "Ctrl+Shift+N")
        self.act_edit = self._action("actEditDocument", self.tr("Ubah"), self.edit_selected,
                                     "F2")
        self.act_refresh = self._action("actRefreshCatalogue", self.tr("Muat ulang"),
                                        self._refresh_keep_selection, "F5")
        self.act_search = self._action("actFocusSearch", self.tr("Cari"),
                                       self._focus_search, "Ctrl+F")
        # Ctrl+End on the table goes to the last document of all, not of the rows loaded.
        self.end_shortcut = QShortcut(QKeySequence("Ctrl+End"), self.table)
        self.end_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.end_shortcut.activated.connect(self.go_to_end)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a, icon_name in ((self.act_add, "file-plus"), (self.act_edit, "edit"),
                             (self.act_refresh, "refresh"), (self.act_search, "search")):
            a.setIcon(icon(icon_name))
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{a.text()} ({keys})")
        for a in (self.act_add, self.act_edit, self.act_refresh):
            bar.addAction(a)
            bar.widgetForAction(a).setObjectName(a.objectName() + "Button")
            bar.widgetForAction(a).setAccessibleName(a.text())

    def _action(self, name: str, text: str, slot, shortcut: str) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the table gets about two thirds of the first shown width
            self._sized = True
            width = max(self.splitter.width(), 900)
            self.splitter.setSizes([int(width * 0.68), width - int(width * 0.68)])

    # ------------------------------------------------------------------ filters and table
    @Slot(SearchFilters)
    def _on_filters_changed(self, filters: SearchFilters) -> None:
        self._keep_shown = False  # a new search: its first page replaces the selection
        # Read off the GUI thread: a broad full-text search over 100k documents is slow.
        self.model.set_filters_async(filters)

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        # "Mencari…" only for a search that takes a noticeable moment: typing at full speed
        # the label would otherwise flicker (and relayout the window) on every key.
        if loading:
            self._searching_timer.start()
            return
        self._searching_timer.stop()
        if not self._keep_shown:  # (a refresh: the document shown is selected again later)
            if self.table.selectionModel().hasSelection():
                self.table.clearSelection()
            if self.detail.document_id is not None or self.detail.loading:
                self.detail.show_document(None)
        # The rows are painted now, in this turn of the event loop, not after whatever else
        # is queued (the count line, a timer): what the person waits for comes first.
        if self.table.isVisible():
            self.table.viewport().repaint()

    def _show_searching(self) -> None:
        if self.model.loading:
            self.result_label.setText(self.tr("Mencari…"))

    @Slot(str)
    def _on_search_failed(self, message: str) -> None:
        self.result_label.setText(self.tr("Pencarian gagal: %1. Ubah kata kunci, lalu coba "
                                          "lagi.").replace("%1", message))

    @Slot(int)
    def _on_total_changed(self, total: int) -> None:
        shown = f"{total:,}".replace(",", ".")
        if self.model.total_exact:
            self.result_label.setText(self.tr("%1 dokumen").replace("%1", shown))
        else:  # the rows are painted; the exact count follows in a moment
            self.result_label.setText(self.tr("Lebih dari %1 dokumen, menghitung…")
                                      .replace("%1", shown))
            return
        self._suggest_seq += 1
        self.suggestion_label.hide()
        text = self.filter_bar.search.text().strip()
        if total == 0 and text:
            seq = self._suggest_seq
            catalogue = self.catalogue
            run_in_background(lambda _p: catalogue.suggestion(text),
                              on_done=lambda hint: self._on_suggested(seq, hint),
                              on_error=lambda _exc: None, owner=self)

    def _on_suggested(self, seq: int, hint: str | None) -> None:
        if seq != self._suggest_seq or not hint:
            return
        link = f'<a href="{html.escape(hint)}">{html.escape(hint)}</a>'
        self.suggestion_label.setText(self.tr("Tidak ada yang cocok. Maksud Anda: %1?")
                                      .replace("%1", link))
        self.suggestion_label.show()

    @Slot(str)
    def _on_suggestion(self, text: str) -> None:
        self.filter_bar.search.setText(text)
        self.suggestion_label.hide()
        self.filter_bar.emit_now()

    @Slot(int)
    def _on_header_clicked(self, section: int) -> None:
        if COLUMNS[section][2] is None:
            return
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            order = Qt.SortOrder.DescendingOrder \
                if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
        else:
            order = Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(section, order)
        self.model.sort(section, order)
        self.detail.show_document(None)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        # A row whose page is not held yet (a jump far down the table) is read on the
        # database lane: the panel says it is loading, and the newest selection wins.
        self._selection_seq += 1
        seq = self._selection_seq
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.show_document(None)
            return
        if not self.model.fetch_row(rows[0].row(),
                                    lambda doc: self._selected_row_read(seq, doc)):
            self.detail.show_loading()

    def _selected_row_read(self, seq: int, document) -> None:
        if seq != self._selection_seq:
            return  # another row was selected meanwhile
        self.detail.show_document(document.id if document is not None else None)

    def selected_document_id(self) -> int | None:
        """The selected row's document id (None when nothing is selected or its row is
        still being read)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.document_id(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _refresh_keep_selection(self) -> None:
        """Re-read the table off the GUI thread; the document shown stays shown."""
        current = self.selected_document_id() or self.detail.document_id
        self._refresh_then(current, None)

    def _refresh_then(self, document_id: int | None, after) -> None:
        """Refresh the table keeping ``document_id`` shown (selected when on the first page),
        then ``after()``; a new search meanwhile cancels both."""
        def done() -> None:
            self._keep_shown = False
            if document_id is not None:
                self.show_document(document_id)
            if after is not None:
                after()

        self._keep_shown = True
        self.model.refresh_async(then=done)

    def _on_catalogue_changed(self, _what: Change) -> None:
        """Another window (or an import) changed the catalogue: show its current state."""
        self._refresh_keep_selection()

    def show_document(self, document_id: int) -> None:
        """Select the document when it is on the first page of the results (where a new or
        edited one usually lands); otherwise show it in the detail panel only."""
        row = self.model.row_of_id(document_id)  # among the pages held: nothing is read
        if row is not None:
            self.select_row(row)
            if not self.detail.showing(document_id):
                self.detail.show_document(document_id)
        else:
            self.table.clearSelection()
            self.detail.show_document(document_id)

    @Slot()
    def go_to_end(self) -> None:
        self.model.announce_all()
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # ------------------------------------------------------------------ documents
    def make_form(self, data: DocumentData | None = None) -> DocumentFormDialog:
        """The document form, empty or filled with ``data`` (read beforehand, off the GUI
        thread: ``edit_document``)."""
        from jdih_desktop.ui.catalogue.form import DocumentFormDialog

        doc_type = self.filter_bar.filters().doc_type or "peraturan"
        self.form = DocumentFormDialog(self.catalogue, data, doc_type, self)
        self.form.saved.connect(self._on_saved)
        return self.form

    @Slot()
    def add_document(self) -> None:
        self.make_form().open()

    @Slot()
    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:  # the row's page may still be on its way: edit it once it is read
            self.model.fetch_row(rows[0].row(), lambda doc: doc is not None
                                 and self.edit_document(doc.id))

    @Slot(int)
    def edit_document(self, document_id: int) -> None:
        """Read the document on the database lane, then open the form with it."""
        from jdih_desktop.ui.operations import DbOp

        catalogue = self.catalogue
        DbOp(self, lambda: catalogue.get_document(document_id)) \
            .success(lambda data: self.make_form(data).open()) \
            .failure(lambda failure: self.detail._error(failure.message)).run()

    @Slot(int)
    def _on_saved(self, document_id: int) -> None:
        # The change announcement refreshed the table already; this refresh (newest wins)
        # also selects the saved document once its page is read.
        # (the same document may be shown: its saved state is read again)
        self._refresh_then(document_id, self.detail.reload)
        self.statusBar().showMessage(self.tr("Dokumen tersimpan."), 5000)

    @Slot(int)
    def delete_document(self, document_id: int) -> None:
        answer = QMessageBox.question(
            self, self.tr("Hapus dokumen"),
            self.tr("Hapus dokumen ini beserta relasi, lampiran dan eksemplarnya?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_document_now(document_id)

    def delete_document_now(self, document_id: int) -> bool:
        """Delete on the database lane (an operation); True when it was started. The table
        refreshes from the change announcement; a refusal is shown in the detail panel."""
        from jdih_desktop.ui.operations.catalogue import delete_document

        def deleted(_result: object) -> None:
            if self.detail.document_id == document_id:
                self.detail.show_document(None)
            self.statusBar().showMessage(self.tr("Dokumen dihapus."), 5000)

        delete_document(self, self.catalogue, document_id).success(deleted) \
            .failure(lambda failure: self.detail._error(failure.message)).run()
        return True
