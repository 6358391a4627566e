"""Step 6: the loan is saved and its receipt printed.

The page's data (the visit's loans, its "to borrow" list, the rules, the borrower's record and
the first quote) is read on the database lane before the page shows; every later change (a
scanned copy, another rule) is quoted there again, and "Simpan & cetak" waits for the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.borrowers import BorrowerSummary
from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import CopyInfo, LoanData, LoanQuote, LoanRuleData
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.ui.formats import ui_date
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.loans import PrintLoanReceipt, SaveAndPrintLoan
from jdih_desktop.ui.operations.visits import (
    AddToCart,
    CompleteLoan,
    RemoveFromCart,
    stored_cart,
)
from jdih_desktop.ui.taskman import Lane, TaskFailure, taskman
from jdih_desktop.ui.widgets.style import WARNING_STYLE
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    BarcodeWedge,
    WizardContext,
    WizardPage,
    fill_table,
    label,
    name,
)
from jdih_desktop.ui.wizard.borrower_panel import BorrowerPanel


@dataclass(frozen=True)
class LoanPageData:
    """What the loan page shows, read on the database lane."""

    loans: list[LoanData]
    cart: list[CopyInfo]
    rules: list[LoanRuleData]
    borrower: BorrowerSummary | None
    rule_id: int | None  # the rule to preselect (the default for the cart)
    quote: LoanQuote | None


def quote_for(services: Services, cart: list[CopyInfo], rule_id: int | None,
              visitor_id: int | None, pick_default: bool) -> tuple[int | None,
                                                                    LoanQuote | None]:
    """The rule (the cart's default when asked) and what the loan would be (database lane)."""
    if pick_default:
        default = services.loans.default_rule(cart)
        if default is not None:
            rule_id = default.id
    if rule_id is None:
        return None, None
    return rule_id, services.loans.quote(rule_id, [c.id for c in cart], visitor_id)


class LoanPage(WizardPage):
    """Box 6: rule and due date, save the loan, then print the receipt in the background."""

    step = Step.LOAN

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loan: LoanData | None = None
        self._job: int | None = None
        self.wedge: BarcodeWedge | None = None
        self.items = name(QTableWidget(0, 4), "loanItems", self.tr("Dokumen yang dipinjam"))
        self.items.setHorizontalHeaderLabels([self.tr("Barcode"), self.tr("Dokumen"),
                                              self.tr("Judul"), self.tr("Keterangan")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().hide()
        hh = self.items.horizontalHeader()
        for col in (0, 1, 3):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.setWordWrap(True)
        self.borrower = BorrowerPanel(self)
        self.borrower.hide()
        self._layout.addWidget(self.borrower)
        self._layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.remove = name(QPushButton(self.tr("Hapus baris")), "btnLoanRemove",
                           self.tr("Hapus dokumen dari peminjaman"))
        self.remove.clicked.connect(self._remove_selected)
        row.addWidget(self.remove)
        row.addWidget(label(self.tr("Pindai barcode untuk menambah dokumen."), HINT_STYLE))
        row.addStretch(1)
        self._layout.addLayout(row)
        form = QFormLayout()
        self.rule = name(QComboBox(), "loanRule", self.tr("Aturan peminjaman"))
        self.rule.currentIndexChanged.connect(lambda _i: self._requote())
        form.addRow(self.tr("Aturan"), self.rule)
        self.due = label("", "font-size:13pt; font-weight:bold;", object_name="loanDueDate")
        form.addRow(self.tr("Jatuh tempo"), self.due)
        self._layout.addLayout(form)
        self.problems = label("", ERROR_STYLE, object_name="loanProblems")
        self._layout.addWidget(self.problems)
        self.warning = label("", WARNING_STYLE, object_name="loanWarning")
        self._layout.addWidget(self.warning)
        self.override = name(QLineEdit(), "loanOverrideReason",
                             self.tr("Alasan izin petugas untuk peminjam terlambat"))
        self.override.setPlaceholderText(self.tr(
            "Alasan petugas tetap meminjamkan (mis. dokumen diperlukan untuk sidang besok)…"))
        self.override.textChanged.connect(lambda _t: self._update_save())
        self.override.hide()
        self._layout.addWidget(self.override)
        actions = QHBoxLayout()
        self.save_print = name(QPushButton(self.tr("Simpan && cetak bukti peminjaman")),
                               "btnSaveAndPrint", self.tr("Simpan dan cetak bukti peminjaman"))
        self.save_print.setStyleSheet("font-size:13pt; font-weight:bold; padding:8px;")
        self.save_print.clicked.connect(self.save_and_print)
        self.reprint = name(QPushButton(self.tr("Cetak ulang")), "btnReprint",
                            self.tr("Cetak ulang bukti peminjaman"))
        self.reprint.clicked.connect(self.print_receipt)
        self.reprint.hide()
        actions.addWidget(self.save_print)
        actions.addWidget(self.reprint)
        actions.addStretch(1)
        self._layout.addLayout(actions)
        self.status = label("", HINT_STYLE, object_name="printStatus")
        self._layout.addWidget(self.status)
        self._op: Operation | None = None
        self._rules: list[LoanRuleData] = []
        self._quote: LoanQuote | None = None
        self._quote_seq = 0
        self._cart_changes = 0  # copies being added/removed on the database lane

    def title(self) -> str:
        return self.tr("Peminjaman")

    def subtitle(self) -> str:
        return self.tr("Petugas memberikan bukti peminjaman dan menyerahkan dokumen (SOP "
                       "langkah 6). Peminjaman disimpan dahulu, lalu bukti dicetak.")

    @classmethod
    def fetch(cls, services: Services, visit: VisitData) -> LoanPageData:
        loans = services.loans.loans_for_visit(visit.id)
        cart = [] if loans else stored_cart(services, visit.id)
        rules = services.loans.rules()
        borrower = services.borrowers.summary(visit.visitor_id) if visit.visitor_id else None
        rule_id, quote = (None, None) if loans else quote_for(
            services, cart, rules[0].id if rules else None, visit.visitor_id, True)
        return LoanPageData(loans, cart, rules, borrower, rule_id, quote)

    def load(self, visit: VisitData, data: LoanPageData | None = None) -> None:
        super().load(visit, data)
        data = data or LoanPageData([], [], [], None, None, None)
        self.loan = data.loans[-1] if data.loans else None
        if self.wedge is None:
            self.wedge = BarcodeWedge(self.window(), parent=self)
            self.wedge.scanned.connect(self.add_barcode)
        if self.loan is None:
            self.wedge.start()
            self.ctx.cart[:] = data.cart
        self._rules = data.rules
        self.rule.blockSignals(True)
        self.rule.clear()
        for r in self._rules:
            period = self.tr("baca di tempat") if r.read_on_site else self.tr(
                "%1 hari kerja").replace("%1", str(r.period_days))
            self.rule.addItem(self.tr("%1 (%2, maks. %3 eksemplar)").replace("%1", r.name)
                              .replace("%2", period).replace("%3", str(r.max_items)), r.id)
        if data.rule_id is not None:
            self.rule.setCurrentIndex(max(0, self.rule.findData(data.rule_id)))
        self.rule.blockSignals(False)
        self.override.clear()
        self.borrower.show_summary(data.borrower)
        self._quote_seq += 1  # an answer asked for before this load is stale
        self._quote = data.quote
        self._refresh(quoted=True)
        self.save_print.setFocus()

    def _refresh_borrower(self) -> None:
        """The borrower's record again (after the loan is saved), on the database lane."""
        visitor_id = self.visit.visitor_id if self.visit else None
        if not visitor_id:
            self.borrower.show_summary(None)
            return
        borrowers = self.ctx.services.borrowers
        taskman().run(lambda _ctx: borrowers.summary(visitor_id), lane=Lane.DB,
                      on_done=self.borrower.show_summary, on_failed=lambda _f: None,
                      owner=self)

    def left(self) -> None:
        if self.wedge is not None:
            self.wedge.stop()

    def is_complete(self) -> bool:
        # The loan is saved and its print answered (printed and recorded, or failed): while
        # the operation still records the print, the page does not move on under it.
        return self.loan is not None and self._op is None

    def on_enter(self) -> bool:
        if self.loan is None and self.save_print.isEnabled():
            self.save_and_print()
            return True
        return False

    def can_go_back(self) -> bool:
        return self.loan is None  # the receipt exists: the decision of box 5 is behind us

    def hint(self) -> str:
        if self.loan is None and self.quoting:
            return self.tr("Memeriksa peminjaman…")
        return self.tr("Simpan peminjaman terlebih dahulu (Simpan & cetak).")

    def commit_op(self) -> Operation:
        return CompleteLoan(self, self.ctx.services, self.visit.id)

    # -- building the loan (every change stored and quoted on the database lane)
    @Slot(str)
    def add_barcode(self, barcode: str) -> None:
        if self.loan is not None or self._op is not None:
            return
        if any(c.barcode == barcode for c in self.ctx.cart):
            return
        self._cart_changed(+1)
        AddToCart(self, self.ctx.services, self.visit.id if self.visit else None, barcode,
                  consulted=False) \
            .success(self._on_added).failure(self._on_cart_failed).run()

    def _on_added(self, info: CopyInfo) -> None:
        self._cart_changed(-1)
        if not any(c.id == info.id for c in self.ctx.cart):
            self.ctx.cart.append(info)
        self._refresh()

    def _on_cart_failed(self, failure: TaskFailure) -> None:
        self._cart_changed(-1)
        self.problems.setText(failure.message)
        self._update_save()

    def _remove_selected(self) -> None:
        row = self.items.currentRow()
        if self.loan is None and self._op is None and 0 <= row < len(self.ctx.cart):
            self._cart_changed(+1)
            RemoveFromCart(self, self.ctx.services, self.visit.id if self.visit else None,
                           self.ctx.cart[row].id) \
                .success(self._on_removed).failure(self._on_cart_failed).run()

    def _on_removed(self, copy_id: int) -> None:
        self._cart_changed(-1)
        self.ctx.cart[:] = [c for c in self.ctx.cart if c.id != copy_id]
        self._refresh()

    def _cart_changed(self, delta: int) -> None:
        self._cart_changes += delta
        self._update_save()

    @property
    def quoting(self) -> bool:
        """A copy or a quote is still on its way: "Simpan & cetak" waits for it."""
        return self._cart_changes > 0 or (self._quote is None and self.loan is None)

    def _refresh(self, quoted: bool = False) -> None:
        items = self.loan.items if self.loan else tuple(self.ctx.cart)
        fill_table(self.items, [[c.barcode, c.label, c.title, self.tr("baca di tempat")
                                 if c.read_on_site else (c.shelf or "")] for c in items])
        saved = self.loan is not None
        self.rule.setEnabled(not saved)
        self.remove.setEnabled(not saved)
        self.save_print.setVisible(not saved)
        self.reprint.setVisible(saved)
        if saved:
            idx = next((i for i, r in enumerate(self._rules) if r.name == self.loan.rule_name),
                       -1)
            self.rule.blockSignals(True)
            self.rule.setCurrentIndex(idx)
            self.rule.blockSignals(False)
            self._show_due(self.loan.due_date, self.loan.read_on_site)
            self.problems.setText("")
            if self._job is None:
                if self.loan.print_count:
                    self._status(self.tr("Bukti %1 tersimpan dan sudah dicetak %2 kali.")
                                 .replace("%1", self.loan.receipt_number)
                                 .replace("%2", str(self.loan.print_count)), OK_STYLE)
                else:
                    self._status(self.tr("Bukti %1 tersimpan tetapi belum tercetak — tekan "
                                         "Cetak ulang.").replace("%1", self.loan.receipt_number),
                                 ERROR_STYLE)
        elif quoted:
            self._show_quote()
        else:
            self._requote(pick_default=True)
        self.completeChanged.emit()

    def _requote(self, pick_default: bool = False) -> None:
        """Quote the cart under the chosen rule (or the cart's default rule) on the database
        lane; the newest answer wins, and saving waits for it."""
        if self.loan is not None or (self.rule.currentData() is None and not pick_default):
            return
        self._quote_seq += 1
        seq = self._quote_seq
        self._quote = None
        self._update_save()
        services, cart = self.ctx.services, list(self.ctx.cart)
        rule_id = self.rule.currentData()
        visitor_id = self.visit.visitor_id if self.visit else None
        taskman().run(lambda _ctx: quote_for(services, cart, rule_id, visitor_id, pick_default),
                      lane=Lane.DB, on_done=lambda result: self._on_quoted(seq, result),
                      on_failed=lambda failure: self._on_quote_failed(seq, failure),
                      owner=self)

    def _on_quoted(self, seq: int, result: tuple[int | None, LoanQuote | None]) -> None:
        if seq != self._quote_seq or self.loan is not None:
            return
        rule_id, self._quote = result
        if rule_id is not None and rule_id != self.rule.currentData():
            self.rule.blockSignals(True)
            self.rule.setCurrentIndex(max(0, self.rule.findData(rule_id)))
            self.rule.blockSignals(False)
        self._show_quote()

    def _on_quote_failed(self, seq: int, failure: TaskFailure) -> None:
        if seq == self._quote_seq:
            self.problems.setText(failure.message)

    def _show_quote(self) -> None:
        q = self._quote
        if q is None:
            self._update_save()
            return
        self._show_due(q.due_date, q.read_on_site)
        self.problems.setText("\n".join(map(translate_text, q.problems)))
        self.warning.setText("\n".join(map(translate_text, (*q.warnings, q.overdue_block))).strip())
        self.override.setVisible(bool(q.overdue_block) and not q.problems)
        self._update_save()

    def _update_save(self) -> None:
        q = self._quote
        if self.loan is not None:
            return
        if q is None or self._cart_changes:
            self.save_print.setEnabled(False)
            return
        reason_given = len(" ".join(self.override.text().split())) >= 5
        self.save_print.setEnabled(q.ok or (q.ok_with_override and reason_given))

    def _show_due(self, due, read_on_site: bool) -> None:
        self.due.setText(self.tr("Baca di tempat — dokumen tidak dibawa keluar")
                         if read_on_site or due is None else ui_date(due, True))

    @Slot()
    def save_and_print(self) -> None:
        """Save the loan and print its receipt: one operation owns the whole sequence.

        The operation records the print itself (``mark_printed``), so closing the wizard while
        the receipt prints loses nothing; this page only shows what happens.
        """
        if self.loan is not None or not self.save_print.isEnabled() or self._op is not None:
            return
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.save_print.setEnabled(False)
        self._status(self.tr("Menyimpan peminjaman…"), HINT_STYLE)
        self._op = SaveAndPrintLoan(
            self, self.ctx.services, self.ctx.printer_worker, visit_id=self.visit.id,
            rule_id=self.rule.currentData(), copy_ids=[c.id for c in self.ctx.cart],
            officer_id=officer,
            override_reason=None if self.override.isHidden() else self.override.text())
        self._op.saved(self._on_saved).success(self._on_printed) \
            .print_failed(lambda _loan, failure: self._on_print_failed(failure)) \
            .failure(self._on_save_failed).run()

    def _on_saved(self, loan: LoanData) -> None:
        self.loan = loan
        self._job = loan.id  # printing
        self.ctx.cart.clear()
        if self.wedge is not None:
            self.wedge.stop()
        self.override.hide()
        self.warning.setText("")
        self._refresh_borrower()
        self._refresh()
        self.reprint.setEnabled(False)
        self._status(self.tr("Mencetak bukti %1…").replace("%1", loan.receipt_number),
                     HINT_STYLE)

    def _on_save_failed(self, failure: TaskFailure) -> None:
        self._op = None
        self.save_print.setEnabled(True)
        self._status("", HINT_STYLE)
        self.problems.setText(failure.message)

    @Slot()
    def print_receipt(self) -> None:
        """Print the stored loan's receipt again (the operation records the print)."""
        if self.loan is None or self._job is not None:
            return
        self._job = self.loan.id
        self.reprint.setEnabled(False)
        self._status(self.tr("Mencetak bukti %1…").replace("%1", self.loan.receipt_number),
                     HINT_STYLE)
        self._op = PrintLoanReceipt(self, self.ctx.services, self.ctx.printer_worker,
                                    self.loan.id)
        self._op.success(self._on_printed).failure(self._on_print_failed).run()

    def _on_printed(self, loan: LoanData) -> None:
        self._job = None
        self._op = None
        self.loan = loan
        self.reprint.setEnabled(True)
        self._status(self.tr("Bukti peminjaman %1 tercetak. Serahkan bukti dan dokumen kepada "
                             "pengunjung, lalu tekan Lanjut.").replace(
                                 "%1", self.loan.receipt_number), OK_STYLE)
        self.completeChanged.emit()

    def _on_print_failed(self, failure: TaskFailure) -> None:
        self._job = None
        self._op = None
        self.reprint.setEnabled(True)
        self.reprint.show()
        self._status(self.tr("Gagal mencetak: %1\nPeminjaman %2 tetap tersimpan. Perbaiki "
                             "printer, lalu tekan Cetak ulang.").replace("%1", failure.message)
                     .replace("%2", self.loan.receipt_number), ERROR_STYLE)
        self.completeChanged.emit()

    def _status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
