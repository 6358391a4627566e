"""Steps 1-2: the officer opens a visit and finds a returning visitor."""

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
        self.results.itemDoubleClicked.connect(lambda _i: self.advance_requested.emit())
        self._layout.addWidget(self.results, 1)
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

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        self.search.clear()
        self._fill([])
        if visit.visitor_id is not None:  # back from the visit book: keep the choice visible
            self.search.setText(visit.form.full_name)
            for row in range(self.results.count()):
                if self.results.item(row).data(Qt.ItemDataRole.UserRole) == visit.visitor_id:
                    self.results.setCurrentRow(row)
        self.search.setFocus()

    def selected_visitor(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def commit(self) -> VisitData:
        return self.ctx.services.visits.complete_arrival(self.visit.id, self.selected_visitor())

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
        """The found visitor's open and past loans under the list (none for a new visitor)."""
        visitor_id = self.selected_visitor()
        self.borrower.show_summary(
            None if visitor_id is None else self.ctx.services.borrowers.summary(visitor_id))

    def _on_text(self, text: str) -> None:
        self._fill(self.ctx.services.visits.find_visitors(text))

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
