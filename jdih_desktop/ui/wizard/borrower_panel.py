"""The borrower panel: a visitor's open loans (due date, days late) and past loans.

Shown on arrival for a found visitor and on the loan page, so the officer sees what the
visitor still has before lending more. Plain ``BorrowerSummary`` data in, nothing queried here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.borrowers import BorrowerSummary
from jdih_desktop.ui.formats import ui_date
from jdih_desktop.ui.widgets.style import ERROR_STYLE, PALETTE

LATE = QColor(PALETTE.error)
PAST = QColor(PALETTE.text_muted)


class BorrowerPanel(QGroupBox):
    """Open loans first (late ones on top, in red), then the latest returned loans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("borrowerPanel")
        self.setAccessibleName(self.tr("Peminjaman pengunjung"))
        self.setTitle(self.tr("Peminjaman pengunjung"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("borrowerSummary")
        self.summary_label.setWordWrap(True)
        lay.addWidget(self.summary_label)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("borrowerLoans")
        self.table.setAccessibleName(self.tr("Daftar peminjaman pengunjung"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No. bukti"), self.tr("Dokumen"), self.tr("Dipinjam"),
            self.tr("Jatuh tempo"), self.tr("Keterangan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(self.table.focusPolicy().NoFocus)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        lay.addWidget(self.table)
        self.summary: BorrowerSummary | None = None

    def show_summary(self, summary: BorrowerSummary | None) -> None:
        """Fill the panel (hidden for a new visitor or one who never borrowed)."""
        self.summary = summary
        if summary is None or (not summary.open_loans and not summary.past_total):
            self.table.setRowCount(0)
            self.summary_label.setText(self.tr("Belum pernah meminjam."))
            self.setVisible(summary is not None)
            return
        self.setVisible(True)
        late = summary.overdue_loans
        text = self.tr("Masih dipinjam: %1 eksemplar dalam %2 peminjaman · sudah kembali: %3 "
                       "peminjaman").replace("%1", str(summary.open_copy_count)).replace(
            "%2", str(len(summary.open_loans))).replace("%3", str(summary.past_total))
        if late:
            text += self.tr(" · TERLAMBAT: %1 peminjaman, paling lama %2 hari").replace(
                "%1", str(len(late))).replace("%2", str(summary.max_days_late))
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE if late else "")
        rows: list[tuple[list[str], QColor | None]] = []
        for ln in summary.open_loans:
            due = self.tr("hari itu juga") if ln.due_date is None else ui_date(ln.due_date)
            if ln.days_late:
                note = self.tr("terlambat %1 hari").replace("%1", str(ln.days_late))
            else:
                note = self.tr("belum jatuh tempo")
            if ln.renewals:
                note += self.tr(" · diperpanjang %1×").replace("%1", str(ln.renewals))
            for c in ln.open_copies:
                rows.append(([ln.receipt_number, f"{c.barcode} · {c.label} — {c.title}",
                              ui_date(ln.loaned_at.date()), due, note],
                             LATE if ln.days_late else None))
        for ln in summary.past_loans:
            back = ln.returned_at
            docs = "; ".join(f"{c.label}" for c in ln.copies)
            rows.append(([ln.receipt_number, docs, ui_date(ln.loaned_at.date()),
                          "" if ln.due_date is None else ui_date(ln.due_date),
                          self.tr("kembali %1").replace("%1", ui_date(back.date()))
                          if back else self.tr("kembali")], PAST))
        self.table.setRowCount(len(rows))
        for r, (cells, color) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if color is not None:
                    item.setForeground(color)
                self.table.setItem(r, c, item)
