"""Steps 1-2: the officer opens a visit and finds a returning visitor.

The search runs on the database lane as the officer types (the newest answer wins); Enter
pressed before the answer arrived waits for it, then goes on with the visitor it found.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.ui.formats import ui_date
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import CompleteArrival
from jdih_desktop.ui.taskman import Lane, TaskFailure, taskman
from jdih_desktop.ui.wizard.base import (
    HINT_STYLE,
    WizardContext,
    WizardPage,
    label,
    name,
)
from jdih_desktop.ui.wizard.borrower_panel import BorrowerPanel


class ArrivalPage(WizardPage):
    """Box 1-2: the visitor reports; a returning visitor is found as the officer types."""

    step = Step.ARRIVAL

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._layout.addWidget(label(self.tr(
            "Cari pengunjung yang pernah datang dengan NIK, nomor telepon atau nama — buku "
            "kunjungan akan terisi otomatis. Untuk pengunjung baru pilih baris pertama. "
            "Tekan Enter untuk melanjutkan."), HINT_STYLE))
        self.search = name(QLineEdit(), "arrivalSearch", self.tr("Cari pengunjung"))
        self.search.setPlaceholderText(self.tr("NIK, nomor telepon atau nama pengunjung…"))
        self.search.setStyleSheet("font-size:14pt; padding:6px;")
        self.search.textChanged.connect(self._on_text)
        self.search.installEventFilter(self)
        self._layout.addWidget(self.search)
        self.results = name(QListWidget(), "arrivalResults", self.tr("Pengunjung ditemukan"))
        self.results.setStyleSheet("font-size:12pt;")
        self.results.setWordWrap(True)  # a long row (open loans at its end) wraps, never hides
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemDoubleClicked.connect(lambda _i: self.advance_requested.emit())
        self._layout.addWidget(self.results, 1)
        self._search_seq = 0  # the newest search wins; older answers are dropped
        self._searching = False
        self._advance_when_found = False
        self._keep_visitor: int | None = None  # select this visitor when the answer arrives
        self._summary_seq = 0
        self.status = label("", HINT_STYLE, object_name="arrivalStatus")
        self._layout.addWidget(self.status)
        self.borrower = BorrowerPanel(self)
        self.borrower.hide()
        self._layout.addWidget(self.borrower)
        self.results.currentRowChanged.connect(lambda _r: self._show_borrower())
        self._fill([])

    def title(self) -> str:
        return self.tr("Kedatangan pengunjung")

    def subtitle(self) -> str:
        return self.tr("Pengunjung melapor kepada petugas; petugas meminta pengunjung mengisi "
                       "buku kunjungan (SOP langkah 1–2).")

    def load(self, visit: VisitData, data: object = None) -> None:
        super().load(visit, data)
        self._advance_when_found = False
        self._keep_visitor = None
        self.search.clear()
        self._fill([])
        if visit.visitor_id is not None:  # back from the visit book: keep the choice visible
            self._keep_visitor = visit.visitor_id
            self.search.setText(visit.form.full_name)
        self.search.setFocus()

    def selected_visitor(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def is_complete(self) -> bool:
        return not self._searching  # the visitor chosen is the one the newest search found

    def hint(self) -> str:
        return self.tr("Mencari pengunjung…") if self._searching else ""

    def on_enter(self) -> bool:
        if self._searching:  # typed, then Enter at once: go on when the answer arrives
            self._advance_when_found = True
            return True
        return False

    def commit_op(self) -> Operation:
        return CompleteArrival(self, self.ctx.services, self.visit.id, self.selected_visitor())

    def eventFilter(self, obj: QObject, event) -> bool:  # Up/Down move in the list
        from PySide6.QtCore import QEvent

        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _show_borrower(self) -> None:
        """The found visitor's open and past loans under the list (none for a new visitor),
        read on the database lane."""
        visitor_id = self.selected_visitor()
        self._summary_seq += 1
        seq = self._summary_seq
        if visitor_id is None:
            self.borrower.show_summary(None)
            return
        borrowers = self.ctx.services.borrowers
        taskman().run(lambda _ctx: borrowers.summary(visitor_id), lane=Lane.DB,
                      on_done=lambda summary: self._on_summary(seq, summary),
                      on_failed=lambda failure: self._on_summary_failed(seq, failure),
                      owner=self)

    def _on_summary(self, seq: int, summary: object) -> None:
        if seq == self._summary_seq:
            self.borrower.show_summary(summary)

    def _on_summary_failed(self, seq: int, failure: TaskFailure) -> None:
        if seq == self._summary_seq:
            self.borrower.show_summary(None)
            self.status.setText(failure.message)

    def _on_text(self, text: str) -> None:
        """Search as the officer types, on the database lane; the newest answer wins."""
        self._search_seq += 1
        seq = self._search_seq
        self._searching = True
        self.completeChanged.emit()
        visits = self.ctx.services.visits
        taskman().run(lambda _ctx: visits.find_visitors(text), lane=Lane.DB,
                      on_done=lambda matches: self._on_found(seq, matches),
                      on_failed=lambda failure: self._on_search_failed(seq, failure),
                      owner=self)

    def _on_found(self, seq: int, matches: list) -> None:
        if seq != self._search_seq:
            return  # a newer search is on its way
        self._searching = False
        self.status.setText("")
        self._fill(matches)
        if self._keep_visitor is not None:
            for row in range(self.results.count()):
                if self.results.item(row).data(Qt.ItemDataRole.UserRole) == self._keep_visitor:
                    self.results.setCurrentRow(row)
            self._keep_visitor = None
        self._answered()

    def _on_search_failed(self, seq: int, failure: TaskFailure) -> None:
        if seq != self._search_seq:
            return
        self._searching = False
        self._advance_when_found = False
        self.status.setText(failure.message)
        self.completeChanged.emit()

    def _answered(self) -> None:
        self.completeChanged.emit()
        if self._advance_when_found:
            self._advance_when_found = False
            self.advance_requested.emit()

    def _fill(self, matches: list) -> None:
        self.results.clear()
        new = QListWidgetItem(self.tr("+  Pengunjung baru — isi buku kunjungan dari awal"))
        new.setData(Qt.ItemDataRole.UserRole, None)
        self.results.addItem(new)
        how = {"nik": self.tr("NIK"), "phone": self.tr("telepon"), "name": self.tr("nama"),
               "ktp": self.tr("nama KTP")}
        for m in matches:
            name_text = f"{m.full_name} ({m.ktp_name})" if m.ktp_name else m.full_name
            bits = [name_text, m.masked_id, m.phone, m.institution]
            text = "  ·  ".join(b for b in bits if b)
            if m.last_visit:
                text += self.tr("  ·  terakhir datang %1").replace(
                    "%1", ui_date(m.last_visit.date()))
            if m.open_loans:
                text += self.tr("  ·  %1 peminjaman belum kembali").replace(
                    "%1", str(m.open_loans))
            item = QListWidgetItem(f"{text}   [{how.get(m.matched_on, '')}]")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.results.addItem(item)
        self.results.setCurrentRow(1 if matches else 0)
