"""SOP box 5: the visitor browses the collection; the decision to borrow or not.

Catalogue search goes through ``LoanService.search`` (the store's full-text search plus each
copy's availability); the search box and filters are the catalogue window's own
``CatalogueFilterBar``, so a visitor searches exactly as the officer does. Opening a document
records a consultation. Copies go to the "to borrow" list by a button or by the barcode wedge
from anywhere on the page; the list is stored with the visit, so a resumed visit finds it again.
The two decision buttons record the flowchart's only branch and move on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.services.loans import DocumentCard
from jdih_desktop.services.numbering import BARCODE_RE
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.store import enums
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
from jdih_desktop.ui.taskman import Lane, taskman
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    BarcodeWedge,
    WizardContext,
    WizardPage,
    esc,
    fill_table,
    label,
    name,
)


class BrowsePage(WizardPage):
    step = Step.BROWSE
    searched = Signal(int)  # a search's results are on screen (total matches)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._cards: list[DocumentCard] = []
        self._decision: bool | None = None
        self._last_filters: SearchFilters | None = None
        self._search_seq = 0  # the newest search wins; older answers are dropped
        self.wedge: BarcodeWedge | None = None
        # -- search row: the catalogue window's own filter bar, so visitors and officers
        # search the same way (debounced; Enter searches at once).
        self.filter_bar = CatalogueFilterBar(self._subject_suggestions)
        self.filter_bar.setObjectName("browseFilterBar")
        self.filter_bar.setAccessibleName(self.tr("Pencarian dan filter katalog"))
        self.search = self.filter_bar.search
        self.search.setPlaceholderText(self.tr("Cari: mis. UU 7/2017, PKPU 4 2021, pemilu…"))
        self.filter_bar.filtersChanged.connect(self._on_filters_changed)
        # A barcode typed by hand into the search box goes to the list on Enter.
        self.search.returnPressed.connect(self._on_search_return)
        self._layout.addWidget(self.filter_bar)
        # -- results | details
        split = QSplitter(Qt.Orientation.Horizontal)
        self.results = name(QTableWidget(0, 6), "browseResults", self.tr("Hasil pencarian"))
        self.results.setHorizontalHeaderLabels([self.tr("Jenis"), self.tr("Nomor"),
                                                self.tr("Tahun"), self.tr("Judul"),
                                                self.tr("Status"), self.tr("Tersedia")])
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        hh = self.results.horizontalHeader()
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 2, 4, 5):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemSelectionChanged.connect(self._on_result_selected)
        split.addWidget(self.results)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.details = name(QTextBrowser(), "browseDetails", self.tr("Rincian dokumen"))
        rl.addWidget(self.details, 2)
        self.copies = name(QListWidget(), "browseCopies", self.tr("Eksemplar"))
        self.copies.itemDoubleClicked.connect(lambda _i: self.add_selected_copy())
        rl.addWidget(self.copies, 1)
        self.add_copy = name(QPushButton(self.tr("Tambahkan ke daftar pinjam")), "btnAddCopy",
                             self.tr("Tambahkan eksemplar ke daftar pinjam"))
        self.add_copy.clicked.connect(self.add_selected_copy)
        rl.addWidget(self.add_copy)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._layout.addWidget(split, 1)
        # -- the "to borrow" list and the decision
        cart_box = QGroupBox(self.tr("Akan dipinjam — pindai barcode eksemplar kapan saja di "
                                     "halaman ini"))
        cl = QHBoxLayout(cart_box)
        self.cart_list = name(QListWidget(), "borrowList", self.tr("Daftar akan dipinjam"))
        self.cart_list.setMaximumHeight(90)
        cl.addWidget(self.cart_list, 1)
        col = QVBoxLayout()
        self.remove_copy = name(QPushButton(self.tr("Hapus dari daftar")), "btnRemoveCopy",
                                self.tr("Hapus dari daftar pinjam"))
        self.remove_copy.clicked.connect(self.remove_selected)
        col.addWidget(self.remove_copy)
        self.borrow = name(QPushButton(), "btnBorrow", self.tr("Pinjam dokumen"))
        self.borrow.setStyleSheet("font-weight:bold; padding:6px 14px;")
        self.borrow.clicked.connect(lambda: self.decide(True))
        self.no_borrow = name(QPushButton(self.tr("Tidak meminjam — pengunjung pulang")),
                              "btnNoBorrow", self.tr("Tidak meminjam"))
        self.no_borrow.clicked.connect(lambda: self.decide(False))
        col.addWidget(self.borrow)
        col.addWidget(self.no_borrow)
        cl.addLayout(col)
        self._layout.addWidget(cart_box)
        self.feedback = label("", HINT_STYLE, object_name="browseFeedback")
        self._layout.addWidget(self.feedback)
        self._update_cart()

    def title(self) -> str:
        return self.tr("Penelusuran koleksi")

    def subtitle(self) -> str:
        return self.tr("Pengunjung menelusuri koleksi dan mencari informasi. Ingin meminjam? "
                       "YA: ke peminjaman. TIDAK: pengunjung pulang (SOP langkah 5).")

    # -- page protocol
    def load(self, visit: VisitData) -> None:
        super().load(visit)
        self._decision = None
        if self.wedge is None:
            self.wedge = BarcodeWedge(self.window(), parent=self)
            self.wedge.scanned.connect(self.add_barcode)
        self.wedge.start()
        self.ctx.reload_cart(visit.id)
        self._update_cart()
        self.results.setRowCount(0)
        self._last_filters = None
        # The first list (newest documents) comes one event-loop turn after the page shows.
        QTimer.singleShot(0, self._initial_search)
        self.search.setFocus()

    def _initial_search(self) -> None:
        if not self.results.rowCount() and not self.search.text().strip():
            self.run_search(limit=30)

    def left(self) -> None:
        if self.wedge is not None:
            self.wedge.stop()

    def is_complete(self) -> bool:
        return self._decision is not None

    def hint(self) -> str:
        return self.tr("Pilih: Pinjam dokumen, atau Tidak meminjam.")

    def on_enter(self) -> bool:
        """Enter in the search bar searches (the bar already did); elsewhere on the page it
        takes the decision the list implies: copies listed → borrow them, none → no loan."""
        focus = self.window().focusWidget()
        if focus is not None and self.filter_bar.isAncestorOf(focus):
            return True
        self.decide(bool(self.ctx.cart))
        return True

    def commit(self) -> VisitData:
        return self.ctx.services.visits.decide_borrow(self.visit.id, bool(self._decision))

    # -- actions
    @Slot()
    def decide(self, borrow: bool) -> None:
        self._decision = borrow
        self.completeChanged.emit()
        self.advance_requested.emit()

    def _subject_suggestions(self, prefix: str) -> list[str]:
        return self.ctx.services.catalogue.subject_suggestions(prefix)

    @Slot()
    def _on_search_return(self) -> None:
        text = self.search.text().strip().upper()
        if BARCODE_RE.match(text):
            self.search.clear()
            self.add_barcode(text)

    @Slot(object)
    def _on_filters_changed(self, filters: SearchFilters) -> None:
        if BARCODE_RE.match(filters.text.upper()):
            return  # a barcode, not a search: Enter adds it to the list
        if filters == self._last_filters:
            return  # e.g. a wedge scan typed into the box and was taken out again
        self._search(filters)

    @Slot()
    def run_search(self, limit: int = 100) -> None:
        """Search with the filters shown now (the bar's debounce skipped)."""
        text = self.search.text().strip()
        if BARCODE_RE.match(text.upper()):  # a barcode typed by hand into the search box
            self.search.clear()
            self.add_barcode(text.upper())
            return
        self._search(self.filter_bar.filters(), limit)

    def _search(self, f: SearchFilters, limit: int = 100) -> None:
        """Search on a pool thread: a broad query never freezes the page while typing."""
        self._search_seq += 1
        seq = self._search_seq
        self._last_filters = f
        loans = self.ctx.services.loans

        def job(_progress: object) -> tuple[list[DocumentCard], int]:
            return loans.search(f, limit=limit)

        taskman().run(job, lane=Lane.DB, on_done=lambda result: self._on_searched(seq, result),
                      on_failed=lambda failure: self._on_search_failed(seq, failure.error),
                      owner=self)

    def _on_search_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._search_seq:
            return
        # A malformed query must never break the visit.
        self._say(self.tr("Pencarian gagal: %1").replace("%1", str(exc)), True)

    def _on_searched(self, seq: int, result: tuple[list[DocumentCard], int]) -> None:
        if seq != self._search_seq:
            return  # a newer search is on its way
        cards, total = result
        self._cards = cards
        fill_table(self.results, [
            [c.type_label, c.nomor, str(c.tahun or ""), c.judul,
             enums.DOC_STATUS.get(c.status, c.status), f"{c.available_copies}/{len(c.copies)}"]
            for c in cards])
        self._say(self.tr("%1 dokumen ditemukan.").replace("%1", str(total)), False,
                  style=HINT_STYLE)
        self.searched.emit(total)

    def _on_result_selected(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._cards):
            return
        self.show_document(self._cards[rows[0].row()])

    def show_document(self, card: DocumentCard) -> None:
        html = [f"<h3>{esc(card.label)}</h3><p><b>{esc(card.judul)}</b></p><table>"]
        for k, v in ((self.tr("Jenis"), card.jenis), (self.tr("Status"),
                     enums.DOC_STATUS.get(card.status, card.status)),
                     (self.tr("Subjek"), card.subjek), (self.tr("T.E.U."), card.teu_badan),
                     (self.tr("Lokasi"), card.lokasi)):
            if v:
                html.append(f"<tr><td><i>{esc(k)}</i></td><td>{esc(v)}</td></tr>")
        html.append("</table>")
        if card.abstrak:
            html.append(f"<p>{esc(card.abstrak)}</p>")
        self.details.setHtml("".join(html))
        self.copies.clear()
        for c in card.copies:
            state = self.tr("tersedia") if c.available else c.reason
            extra = self.tr(", baca di tempat") if c.read_on_site else ""
            item = QListWidgetItem(f"{c.barcode} — {c.shelf or '-'} — {state}{extra}")
            item.setData(Qt.ItemDataRole.UserRole, c)
            if not c.available:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.copies.addItem(item)
        if not card.copies:
            self.copies.addItem(self.tr("Belum ada eksemplar fisik."))
        if self.visit is not None:
            self.ctx.services.visits.record_consultation(self.visit.id, card.id)

    @Slot()
    def add_selected_copy(self) -> None:
        item = self.copies.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item else None
        if info is None:
            self._say(self.tr("Pilih eksemplar yang tersedia terlebih dahulu."), True)
            return
        self.add_barcode(info.barcode)

    @Slot(str)
    def add_barcode(self, barcode: str) -> None:
        """Add a copy by its barcode (wedge, search box, or the copies list)."""
        if any(c.barcode == barcode.upper() for c in self.ctx.cart):
            self._say(self.tr("%1 sudah ada di daftar pinjam.").replace("%1", barcode), True)
            return
        try:
            info = self.ctx.services.loans.copy_by_barcode(barcode)
        except JdihError as exc:
            self._say(exc.message, True)
            return
        visit_id = self.visit.id if self.visit is not None else None
        try:
            self.ctx.add_to_cart(visit_id, info)
        except JdihError as exc:
            self._say(exc.message, True)
            return
        if visit_id is not None:
            self.ctx.services.visits.record_consultation(visit_id, info.document_id)
        self._update_cart()
        self._say(self.tr("%1 ditambahkan: %2").replace("%1", info.barcode)
                  .replace("%2", info.label), False)

    @Slot()
    def remove_selected(self) -> None:
        row = self.cart_list.currentRow()
        if 0 <= row < len(self.ctx.cart):
            self.ctx.remove_from_cart(self.visit.id if self.visit else None, row)
            self._update_cart()

    def _update_cart(self) -> None:
        self.cart_list.clear()
        for c in self.ctx.cart:
            note = self.tr(" (baca di tempat)") if c.read_on_site else ""
            self.cart_list.addItem(f"{c.barcode} — {c.label}{note}")
        n = len(self.ctx.cart)
        self.borrow.setText(self.tr("Pinjam (%1) →").replace("%1", str(n)) if n
                            else self.tr("Pinjam dokumen →"))
        self.remove_copy.setEnabled(bool(n))

    def _say(self, text: str, error: bool, style: str | None = None) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style or (ERROR_STYLE if error else OK_STYLE))
