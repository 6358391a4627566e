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
    QStyledItemDelegate,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import CopyInfo, DocumentCard
from jdih_desktop.services.numbering import BARCODE_RE
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.store import enums
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import (
    AddToCart,
    DecideBorrow,
    RemoveFromCart,
    stored_cart,
)
from jdih_desktop.ui.taskman import Lane, TaskFailure, taskman
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

NUMBER_WIDTH = 130


class _ElideMiddle(QStyledItemDelegate):
    """Long numbers elided in the middle: "15/HK.03…/IV/2023" keeps both ends readable."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class BrowsePage(WizardPage):
    step = Step.BROWSE
    searched = Signal(int)  # a search's results are on screen (total matches)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._cards: list[DocumentCard] = []
        self._decision: bool | None = None
        self._last_filters: SearchFilters | None = None
        self._search_seq = 0  # the newest search wins; older answers are dropped
        self._adding: set[str] = set()  # barcodes being added on the database lane
        self._busy = False
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
        for col in (0, 2, 4, 5):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # A decision number can be 40 characters ("15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023"): the
        # number column keeps a fixed width and elides in the middle (full text as tooltip),
        # so the title always keeps the room to be read.
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(1, NUMBER_WIDTH)
        self.results.setItemDelegateForColumn(1, _ElideMiddle(self.results))
        self.results.setWordWrap(False)
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
        # "Maksud Anda: …?" when a search finds nothing; the link searches the suggestion.
        self.suggestion = label("", HINT_STYLE, object_name="browseSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setAccessibleName(self.tr("Saran ejaan pencarian"))
        self.suggestion.linkActivated.connect(self._on_suggestion)
        self.suggestion.hide()
        self._layout.addWidget(self.suggestion)
        self._update_cart()

    def title(self) -> str:
        return self.tr("Penelusuran koleksi")

    def subtitle(self) -> str:
        return self.tr("Pengunjung menelusuri koleksi dan mencari informasi. Ingin meminjam? "
                       "YA: ke peminjaman. TIDAK: pengunjung pulang (SOP langkah 5).")

    # -- page protocol
    @classmethod
    def fetch(cls, services: Services, visit: VisitData) -> list[CopyInfo]:
        """The visit's stored "to borrow" list."""
        return stored_cart(services, visit.id)

    def load(self, visit: VisitData, data: list[CopyInfo] | None = None) -> None:
        super().load(visit, data)
        self._decision = None
        self._adding = set()
        if self.wedge is None:
            self.wedge = BarcodeWedge(self.window(), parent=self)
            self.wedge.scanned.connect(self.add_barcode)
        self.wedge.start()
        self.ctx.cart[:] = data or []
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
        self.decide(bool(self.ctx.cart) or self.cart_pending)
        return True

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.borrow.setEnabled(not busy)
        self.no_borrow.setEnabled(not busy)

    def commit_op(self) -> Operation:
        return DecideBorrow(self, self.ctx.services, self.visit.id, bool(self._decision))

    # -- actions
    @Slot()
    def decide(self, borrow: bool) -> None:
        if self._busy:
            return  # the wizard is saving the decision already
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
            [c.instrument or c.type_label, c.nomor, str(c.tahun or ""), c.judul,
             enums.DOC_STATUS.get(c.status, c.status), f"{c.available_copies}/{len(c.copies)}"]
            for c in cards])
        for r, c in enumerate(cards):
            for col, tip in ((0, c.jenis), (1, c.nomor), (3, c.judul)):
                item = self.results.item(r, col)
                if item is not None:
                    item.setToolTip(tip)
        self.suggestion.hide()
        text = self._last_filters.text.strip() if self._last_filters else ""
        if total == 0 and text:
            self._suggest(seq, text)
        self._say(self.tr("%1 dokumen ditemukan.").replace("%1", str(total)), False,
                  style=HINT_STYLE)
        self.searched.emit(total)

    def _suggest(self, seq: int, text: str) -> None:
        catalogue = self.ctx.services.catalogue

        def job(_progress: object) -> str | None:
            return catalogue.suggestion(text)

        # A missing suggestion is no failure worth a message: the search already said "0".
        taskman().run(job, lane=Lane.DB, on_done=lambda hint: self._on_suggested(seq, hint),
                      on_failed=lambda _failure: None, owner=self)

    def _on_suggested(self, seq: int, hint: str | None) -> None:
        if seq != self._search_seq or not hint:
            return
        self.suggestion.setText(self.tr("Tidak ada yang cocok. Maksud Anda: %1?").replace(
            "%1", f"<a href=\"{esc(hint)}\">{esc(hint)}</a>"))
        self.suggestion.show()

    @Slot(str)
    def _on_suggestion(self, text: str) -> None:
        self.search.setText(text)
        self.suggestion.hide()
        self.run_search()

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
            state = self.tr("tersedia") if c.available else translate_text(c.reason)
            extra = self.tr(", baca di tempat") if c.read_on_site else ""
            item = QListWidgetItem(f"{c.barcode} — {c.shelf or '-'} — {state}{extra}")
            item.setData(Qt.ItemDataRole.UserRole, c)
            if not c.available:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.copies.addItem(item)
        if not card.copies:
            self.copies.addItem(self.tr("Belum ada eksemplar fisik."))
        if self.visit is not None:
            visits, visit_id = self.ctx.services.visits, self.visit.id
            # Counted for "most consulted"; a failure is no reason to disturb the visitor.
            taskman().run(lambda _ctx: visits.record_consultation(visit_id, card.id),
                          lane=Lane.DB, on_failed=lambda _failure: None, owner=self)

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
        """Add a copy by its barcode (wedge, search box, or the copies list); the copy is
        looked up and stored with the visit on the database lane."""
        code = barcode.strip().upper()
        if any(c.barcode == code for c in self.ctx.cart) or code in self._adding:
            self._say(self.tr("%1 sudah ada di daftar pinjam.").replace("%1", barcode), True)
            return
        self._adding.add(code)
        self._say(self.tr("Menambahkan %1…").replace("%1", code), False, style=HINT_STYLE)
        visit_id = self.visit.id if self.visit is not None else None
        AddToCart(self, self.ctx.services, visit_id, code) \
            .success(lambda info: self._on_added(code, info)) \
            .failure(lambda failure: self._on_add_failed(code, failure)).run()

    def _on_added(self, code: str, info: CopyInfo) -> None:
        self._adding.discard(code)
        if not any(c.id == info.id for c in self.ctx.cart):
            self.ctx.cart.append(info)
        self._update_cart()
        self._say(self.tr("%1 ditambahkan: %2").replace("%1", info.barcode)
                  .replace("%2", info.label), False)

    def _on_add_failed(self, code: str, failure: TaskFailure) -> None:
        self._adding.discard(code)
        self._say(failure.message, True)

    @property
    def cart_pending(self) -> bool:
        """A copy is still being added (the decision waits for it)."""
        return bool(self._adding)

    @Slot()
    def remove_selected(self) -> None:
        row = self.cart_list.currentRow()
        if 0 <= row < len(self.ctx.cart):
            copy_id = self.ctx.cart[row].id
            RemoveFromCart(self, self.ctx.services, self.visit.id if self.visit else None,
                           copy_id) \
                .success(self._on_removed) \
                .failure(lambda failure: self._say(failure.message, True)).run()

    def _on_removed(self, copy_id: int) -> None:
        self.ctx.cart[:] = [c for c in self.ctx.cart if c.id != copy_id]
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
