"""The wizard pages of SOP boxes 1-2, 4 and 6-9 (3 and 5 have their own modules)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.devices.base import ScanSettings
from jdih_desktop.errors import JdihError
from jdih_desktop.services.loans import LoanData, LoanRuleData
from jdih_desktop.services.sop import Step, path
from jdih_desktop.services.visits import RATING_LABELS, STEP_LABELS, VisitData
from jdih_desktop.store import enums
from jdih_desktop.ui.formats import ui_date, ui_datetime
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.signature_pad import SignaturePad
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

BIG = "font-size:12pt;"


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- 1-2 arrival


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

    def _on_text(self, text: str) -> None:
        self._fill(self.ctx.services.visits.find_visitors(text))

    def _fill(self, matches: list) -> None:
        self.results.clear()
        new = QListWidgetItem(self.tr("+  Pengunjung baru — isi buku kunjungan dari awal"))
        new.setData(Qt.ItemDataRole.UserRole, None)
        self.results.addItem(new)
        how = {"nik": self.tr("NIK"), "phone": self.tr("telepon"), "name": self.tr("nama")}
        for m in matches:
            bits = [m.full_name, m.masked_id, m.phone, m.institution]
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


# ----------------------------------------------------------------------------- 4 access


class AccessPage(WizardPage):
    """Box 4: the officer grants access to the collection; who and when is recorded."""

    step = Step.ACCESS

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QTextBrowser()
        self.summary.setObjectName("accessSummary")
        self.summary.setAccessibleName(self.tr("Pemberian akses"))
        self._layout.addWidget(self.summary, 1)
        self.grant = name(QPushButton(self.tr("Beri akses ke koleksi  (Enter)")),
                          "btnGrantAccess", self.tr("Beri akses ke koleksi"))
        self.grant.setStyleSheet("font-size:13pt; font-weight:bold; padding:10px;")
        self.grant.clicked.connect(self.advance_requested)
        self._layout.addWidget(self.grant)

    def title(self) -> str:
        return self.tr("Pemberian akses")

    def subtitle(self) -> str:
        return self.tr("Petugas memberikan akses/izin kepada pengunjung untuk menelusuri "
                       "koleksi (SOP langkah 4).")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        f = visit.form
        officer = self.ctx.officer.full_name if self.ctx.officer else "-"
        rows = [(self.tr("Pengunjung"), f.full_name),
                (self.tr("Identitas"), f"{enums.ID_TYPES.get(f.id_type, f.id_type)} "
                                       f"{visit.masked_id}"),
                (self.tr("Instansi"), f.institution),
                (self.tr("Kategori"), enums.VISITOR_CATEGORIES.get(f.category, f.category)),
                (self.tr("Keperluan"), f.purpose),
                (self.tr("Tiba"), ui_datetime(visit.arrived_at)),
                (self.tr("Buku kunjungan"), ui_datetime(visit.visit_book_at)
                 if visit.visit_book_at else "-"),
                (self.tr("Persetujuan privasi"), self.tr("ya, versi %1").replace(
                    "%1", visit.consent_version or "") if visit.consent_given else "-"),
                (self.tr("Akses diberikan oleh"), officer)]
        self.summary.setHtml("<table cellpadding=4 style='font-size:12pt'>" + "".join(
            f"<tr><td><i>{_esc(k)}</i></td><td><b>{_esc(v)}</b></td></tr>" for k, v in rows)
            + "</table>")
        self.grant.setFocus()

    def commit(self) -> VisitData:
        officer = self.ctx.officer.id if self.ctx.officer else None
        return self.ctx.services.visits.grant_access(self.visit.id, officer)


# ----------------------------------------------------------------------------- 6 loan


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
        worker = ctx.printer_worker
        if worker is not None:
            worker.printed.connect(self._on_printed)
            worker.print_failed.connect(self._on_print_failed)

    def title(self) -> str:
        return self.tr("Peminjaman")

    def subtitle(self) -> str:
        return self.tr("Petugas memberikan bukti peminjaman dan menyerahkan dokumen (SOP "
                       "langkah 6). Peminjaman disimpan dahulu, lalu bukti dicetak.")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        loans = self.ctx.services.loans.loans_for_visit(visit.id)
        self.loan = loans[-1] if loans else None
        if self.wedge is None:
            self.wedge = BarcodeWedge(self.window(), parent=self)
            self.wedge.scanned.connect(self.add_barcode)
        if self.loan is None:
            self.wedge.start()
            self.ctx.reload_cart(visit.id)
        self._rules: list[LoanRuleData] = self.ctx.services.loans.rules()
        self.rule.blockSignals(True)
        self.rule.clear()
        for r in self._rules:
            period = self.tr("baca di tempat") if r.read_on_site else self.tr(
                "%1 hari kerja").replace("%1", str(r.period_days))
            self.rule.addItem(self.tr("%1 (%2, maks. %3 eksemplar)").replace("%1", r.name)
                              .replace("%2", period).replace("%3", str(r.max_items)), r.id)
        self.rule.blockSignals(False)
        self._refresh()
        self.save_print.setFocus()

    def left(self) -> None:
        if self.wedge is not None:
            self.wedge.stop()

    def is_complete(self) -> bool:
        return self.loan is not None

    def on_enter(self) -> bool:
        if self.loan is None and self.save_print.isEnabled():
            self.save_and_print()
            return True
        return False

    def can_go_back(self) -> bool:
        return self.loan is None  # the receipt exists: the decision of box 5 is behind us

    def hint(self) -> str:
        return self.tr("Simpan peminjaman terlebih dahulu (Simpan & cetak).")

    def commit(self) -> VisitData:
        return self.ctx.services.visits.complete_loan(self.visit.id)

    # -- building the loan
    @Slot(str)
    def add_barcode(self, barcode: str) -> None:
        if self.loan is not None:
            return
        if any(c.barcode == barcode for c in self.ctx.cart):
            return
        try:
            self.ctx.add_to_cart(self.visit.id if self.visit else None,
                                 self.ctx.services.loans.copy_by_barcode(barcode))
        except JdihError as exc:
            self.problems.setText(exc.message)
            return
        self._refresh()

    def _remove_selected(self) -> None:
        row = self.items.currentRow()
        if self.loan is None and 0 <= row < len(self.ctx.cart):
            self.ctx.remove_from_cart(self.visit.id if self.visit else None, row)
            self._refresh()

    def _refresh(self) -> None:
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
        else:
            default = self.ctx.services.loans.default_rule(self.ctx.cart)
            if default is not None:
                self.rule.blockSignals(True)
                self.rule.setCurrentIndex(max(0, self.rule.findData(default.id)))
                self.rule.blockSignals(False)
            self._requote()
        self.completeChanged.emit()

    def _requote(self) -> None:
        if self.loan is not None or self.rule.currentData() is None:
            return
        q = self.ctx.services.loans.quote(self.rule.currentData(),
                                          [c.id for c in self.ctx.cart])
        self._show_due(q.due_date, q.read_on_site)
        self.problems.setText("\n".join(q.problems))
        self.save_print.setEnabled(q.ok)

    def _show_due(self, due, read_on_site: bool) -> None:
        self.due.setText(self.tr("Baca di tempat — dokumen tidak dibawa keluar")
                         if read_on_site or due is None else ui_date(due, True))

    @Slot()
    def save_and_print(self) -> None:
        if self.loan is not None or not self.save_print.isEnabled():
            return
        officer = self.ctx.officer.id if self.ctx.officer else None
        try:
            self.loan = self.ctx.services.loans.create_loan(
                self.visit.id, self.rule.currentData(), [c.id for c in self.ctx.cart], officer)
        except JdihError as exc:
            self.problems.setText(exc.message)
            return
        self.ctx.cart.clear()
        if self.wedge is not None:
            self.wedge.stop()
        self._refresh()
        self.print_receipt()

    @Slot()
    def print_receipt(self) -> None:
        """Send the stored loan's receipt to the printer worker (first print or reprint)."""
        if self.loan is None or self._job is not None:
            return
        worker = self.ctx.printer_worker
        receipt = self.ctx.services.loans.receipt(self.loan.id)
        if worker is None:
            self._status(self.tr("Printer belum diatur — pilih di Pengaturan Perangkat, lalu "
                                 "Cetak ulang. Bukti %1 tetap tersimpan.")
                         .replace("%1", self.loan.receipt_number), ERROR_STYLE)
            return
        self.reprint.setEnabled(False)
        self._status(self.tr("Mencetak bukti %1…").replace("%1", self.loan.receipt_number),
                     HINT_STYLE)
        self._job = worker.print_receipt(receipt)

    @Slot(int, object)
    def _on_printed(self, job: int, _result: object) -> None:
        if job != self._job:
            return
        self._job = None
        self.loan = self.ctx.services.loans.mark_printed(self.loan.id)
        self.reprint.setEnabled(True)
        self._status(self.tr("Bukti peminjaman %1 tercetak. Serahkan bukti dan dokumen kepada "
                             "pengunjung, lalu tekan Lanjut.").replace(
                                 "%1", self.loan.receipt_number), OK_STYLE)
        self.completeChanged.emit()

    @Slot(int, object)
    def _on_print_failed(self, job: int, error: object) -> None:
        if job != self._job:
            return
        self._job = None
        self.reprint.setEnabled(True)
        self.reprint.show()
        msg = getattr(error, "message", str(error))
        self._status(self.tr("Gagal mencetak: %1\nPeminjaman %2 tetap tersimpan. Perbaiki "
                             "printer, lalu tekan Cetak ulang.").replace("%1", msg)
                     .replace("%2", self.loan.receipt_number), ERROR_STYLE)
        self.completeChanged.emit()

    def _status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)


class ReprintBar(QWidget):
    """"Cetak ulang bukti" for a visit's stored loan, on the pages after the loan box."""

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loan_id: int | None = None
        self._job: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = name(QPushButton(self.tr("Cetak ulang bukti peminjaman")),
                           "btnReprintReceipt", self.tr("Cetak ulang bukti peminjaman"))
        self.button.clicked.connect(self.reprint)
        self.status = label("", HINT_STYLE, object_name="reprintStatus")
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        worker = ctx.printer_worker
        if worker is not None:
            worker.printed.connect(self._on_printed)
            worker.print_failed.connect(self._on_failed)
        self.hide()

    def set_visit(self, visit: VisitData) -> None:
        self._loan_id = visit.loans[-1].id if visit.loans else None
        self.setVisible(self._loan_id is not None)
        if visit.loans:
            last = visit.loans[-1]
            self.status.setText(self.tr("Bukti %1 — dicetak %2 kali.").replace(
                "%1", last.receipt_number).replace("%2", str(last.print_count)))
            self.status.setStyleSheet(HINT_STYLE)

    @Slot()
    def reprint(self) -> None:
        worker = self.ctx.printer_worker
        if self._loan_id is None or self._job is not None:
            return
        if worker is None:
            self.status.setText(self.tr("Printer belum diatur — pilih di Pengaturan Perangkat."))
            self.status.setStyleSheet(ERROR_STYLE)
            return
        self.button.setEnabled(False)
        self._job = worker.print_receipt(self.ctx.services.loans.receipt(self._loan_id))

    @Slot(int, object)
    def _on_printed(self, job: int, _result: object) -> None:
        if job != self._job:
            return
        self._job = None
        self.button.setEnabled(True)
        loan = self.ctx.services.loans.mark_printed(self._loan_id)
        self.status.setText(self.tr("Bukti %1 dicetak ulang.").replace("%1",
                                                                        loan.receipt_number))
        self.status.setStyleSheet(OK_STYLE)

    @Slot(int, object)
    def _on_failed(self, job: int, error: object) -> None:
        if job != self._job:
            return
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(getattr(error, "message", str(error)))
        self.status.setStyleSheet(ERROR_STYLE)


# ----------------------------------------------------------------------------- 7 handover


class HandoverPanel(QWidget):
    """Visitor-facing: the documents received, acknowledged by a tap or a signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPanel")
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Dokumen yang Anda terima:"), BIG + "font-weight:bold;"))
        self.documents = QListWidget()
        self.documents.setObjectName("handoverDocuments")
        self.documents.setAccessibleName(self.tr("Dokumen yang Anda terima:"))
        self.documents.setStyleSheet(BIG)
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.documents, 1)
        self.due = label("", BIG, object_name="handoverDue")
        lay.addWidget(self.due)
        self.ack = name(QPushButton(self.tr("Saya sudah menerima dokumen di atas")),
                        "btnAcknowledge", self.tr("Saya sudah menerima dokumen"))
        self.ack.setCheckable(True)
        self.ack.setStyleSheet("font-size:14pt; padding:12px;")
        self.ack.toggled.connect(lambda _c: self.changed.emit())
        lay.addWidget(self.ack)
        lay.addWidget(label(self.tr("atau tanda tangani sebagai tanda terima:"), HINT_STYLE))
        self.signature = name(SignaturePad(placeholder=self.tr("Tanda tangan penerimaan")),
                              "handoverSignature", self.tr("Tanda tangan penerimaan"))
        self.signature.setMinimumHeight(120)
        self.signature.changed.connect(self.changed)
        lay.addWidget(self.signature)
        self.clear = name(QPushButton(self.tr("Hapus tanda tangan")), "handoverSignatureClear",
                          self.tr("Hapus tanda tangan penerimaan"))
        self.clear.clicked.connect(self.signature.clear)
        lay.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignLeft)


class HandoverPage(WizardPage):
    step = Step.HANDOVER

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel = HandoverPanel()
        self.panel.changed.connect(self.completeChanged)
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)
        self.reprint = ReprintBar(ctx)
        self._layout.addWidget(self.reprint)

    def title(self) -> str:
        return self.tr("Serah terima dokumen")

    def subtitle(self) -> str:
        return self.tr("Pengunjung menerima dokumen dan menyatakan penerimaannya (SOP "
                       "langkah 7).")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        self.reprint.set_visit(visit)
        self.panel.documents.clear()
        self.panel.ack.setChecked(False)
        self.panel.signature.clear()
        due_text = ""
        for loan in self.ctx.services.loans.loans_for_visit(visit.id):
            for c in loan.items:
                self.panel.documents.addItem(f"{c.label} — {c.title}")
            due_text = self.tr("Baca di tempat: kembalikan dokumen kepada petugas sebelum "
                               "pulang.") if loan.read_on_site or not loan.due_date else \
                self.tr("Kembalikan paling lambat %1.").replace("%1",
                                                               ui_date(loan.due_date, True))
        self.panel.due.setText(due_text)

    def is_complete(self) -> bool:
        return self.panel.ack.isChecked() or not self.panel.signature.is_empty

    def hint(self) -> str:
        return self.tr("Pengunjung menekan \"Saya sudah menerima\" atau menandatangani.")

    def commit(self) -> VisitData:
        png = None if self.panel.signature.is_empty else self.panel.signature.to_png()
        return self.ctx.services.visits.acknowledge_handover(
            self.visit.id, png, tapped=self.panel.ack.isChecked())


# ----------------------------------------------------------------------------- 8 departure


class RatingPanel(QWidget):
    """Visitor-facing: an optional satisfaction rating 1-4 and a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Terima kasih atas kunjungan Anda. Bagaimana pelayanan kami "
                                    "hari ini? (boleh dilewati)"), "font-size:14pt;"))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        for value, text in RATING_LABELS.items():
            b = name(QPushButton(f"{value}\n{self.tr(text)}"), f"rating{value}",
                     self.tr("Penilaian %1: %2").replace("%1", str(value))
                     .replace("%2", self.tr(text)))
            b.setCheckable(True)
            b.setMinimumSize(120, 80)
            b.setStyleSheet("QPushButton{font-size:14pt;} QPushButton:checked{background:#1f4e79;"
                            " color:white; font-weight:bold;}")
            b.clicked.connect(lambda _c, v=value: self.set_rating(v if self.buttons[v]
                                                                  .isChecked() else None))
            self.group.addButton(b, value)
            self.buttons[value] = b
            row.addWidget(b)
        lay.addLayout(row)
        lay.addWidget(label(self.tr("Saran atau komentar (opsional):")))
        self.comment = name(QPlainTextEdit(), "ratingComment", self.tr("Komentar"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(100)
        lay.addWidget(self.comment)
        lay.addStretch(1)
        self.rating: int | None = None

    def set_rating(self, value: int | None) -> None:
        self.rating = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)


class DeparturePage(WizardPage):
    step = Step.DEPARTURE

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.time_out = label("", "font-size:13pt;", object_name="departureTime")
        self._layout.addWidget(self.time_out)
        self.panel = RatingPanel()
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)

    def title(self) -> str:
        return self.tr("Kepulangan")

    def subtitle(self) -> str:
        return self.tr("Pengunjung meninggalkan ruangan; waktu keluar dicatat, penilaian "
                       "kepuasan opsional (SOP langkah 8).")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        self.time_out.setText(self.tr("Waktu keluar: %1 (dicatat saat Lanjut ditekan)")
                              .replace("%1", ui_datetime(self.ctx.clock())))
        self.panel.set_rating(visit.rating)
        self.panel.comment.setPlainText(visit.rating_comment or "")

    def commit(self) -> VisitData:
        return self.ctx.services.visits.record_departure(
            self.visit.id, self.panel.rating, self.panel.comment.toPlainText())


# ----------------------------------------------------------------------------- 9 documentation


MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class DocumentationPage(WizardPage):
    """Box 9: the officer's notes and attachments, a summary; "Selesai" closes the visit."""

    step = Step.DOCUMENTATION
    attachment_added = Signal(int)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Catatan petugas (hasil layanan):")))
        self.notes = name(QPlainTextEdit(), "docNotes", self.tr("Catatan petugas"))
        self.notes.setTabChangesFocus(True)
        left.addWidget(self.notes, 1)
        att_box = QGroupBox(self.tr("Lampiran (foto / pindaian)"))
        al = QVBoxLayout(att_box)
        self.attachments = name(QListWidget(), "docAttachments", self.tr("Lampiran"))
        self.attachments.setMaximumHeight(110)
        al.addWidget(self.attachments)
        buttons = QHBoxLayout()
        self.add_file = name(QPushButton(self.tr("Tambah berkas…")), "btnAddAttachment",
                             self.tr("Tambah lampiran dari berkas"))
        self.add_file.clicked.connect(self._choose_files)
        self.scan = name(QPushButton(self.tr("Pindai dokumen")), "btnScanAttachment",
                         self.tr("Pindai lampiran"))
        self.scan.clicked.connect(self._scan)
        buttons.addWidget(self.add_file)
        buttons.addWidget(self.scan)
        buttons.addStretch(1)
        al.addLayout(buttons)
        self.att_status = label("", HINT_STYLE, object_name="attachmentStatus")
        al.addWidget(self.att_status)
        left.addWidget(att_box)
        self.reprint = ReprintBar(ctx)
        left.addWidget(self.reprint)
        top.addLayout(left, 1)
        self.summary = QTextBrowser()
        self.summary.setObjectName("visitSummary")
        self.summary.setAccessibleName(self.tr("Ringkasan kunjungan"))
        top.addWidget(self.summary, 1)
        self._layout.addLayout(top, 1)
        self._scan_job: int | None = None
        worker = ctx.scanner_worker
        if worker is not None:
            worker.scanned.connect(self._on_scanned)
            worker.scan_failed.connect(self._on_scan_failed)

    def title(self) -> str:
        return self.tr("Dokumentasi")

    def subtitle(self) -> str:
        return self.tr("Petugas mendokumentasikan hasil kegiatan; Selesai menutup kunjungan "
                       "(SOP langkah 9).")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        if not self.notes.toPlainText():
            self.notes.setPlainText(visit.officer_notes or "")
        self._show_attachments(visit)
        self._summarise(visit)
        self.reprint.set_visit(visit)
        self.notes.setFocus()

    def commit(self) -> VisitData:
        return self.ctx.services.visits.close_visit(self.visit.id, self.notes.toPlainText())

    # -- attachments
    def add_files(self, paths: list[str]) -> None:
        """Read the files off the GUI thread, then store them with the visit."""
        for p in paths:
            self.att_status.setText(self.tr("Membaca %1…").replace("%1", Path(p).name))
            start_task(lambda _progress, path=p: Path(path).read_bytes(),
                       on_done=lambda content, path=p: self._on_file_read(path, content),
                       on_error=lambda exc, path=p: self._on_file_failed(path, str(exc)),
                       owner=self)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih foto atau pindaian"), "",
            self.tr("Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)"))
        if paths:
            self.add_files(paths)

    def _on_file_read(self, path: str, content: bytes) -> None:
        name_ = Path(path).name
        if len(content) > MAX_ATTACHMENT_BYTES:
            self._att_error(self.tr("%1 terlalu besar (lebih dari 20 MB) — perkecil dahulu.")
                            .replace("%1", name_))
            return
        mime = mimetypes.guess_type(name_)[0] or "application/octet-stream"
        kind = "photo" if mime.startswith("image/") else "scan"
        self._store(name_, content, mime, kind)

    def _on_file_failed(self, path: str, error: str) -> None:
        self._att_error(self.tr("%1 tidak dapat dibaca (%2) — periksa berkasnya.")
                        .replace("%1", Path(path).name).replace("%2", error))

    def _scan(self) -> None:
        worker = self.ctx.scanner_worker
        if worker is None:
            self._att_error(self.tr("Pemindai belum diatur — pilih di Pengaturan Perangkat."))
            return
        self.scan.setEnabled(False)
        self.att_status.setText(self.tr("Memindai…"))
        self._scan_job = worker.scan(ScanSettings(dpi=150, mode="gray", area="a4"))

    @Slot(int, object)
    def _on_scanned(self, job: int, pages: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan.setEnabled(True)
        stamp = self.ctx.clock().strftime("%Y%m%d-%H%M%S")
        for i, page in enumerate(pages or [], 1):
            self._store(f"pindaian-{stamp}-{i}.png", page.png, "image/png", "scan")

    @Slot(int, object)
    def _on_scan_failed(self, job: int, error: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan.setEnabled(True)
        self._att_error(getattr(error, "message", str(error)))

    def _store(self, filename: str, content: bytes, mime: str, kind: str) -> None:
        if self.visit is None:
            return
        try:
            att = self.ctx.services.visits.add_attachment(self.visit.id, filename, content,
                                                          mime, kind)
        except JdihError as exc:
            self._att_error(exc.message)
            return
        self.visit = self.ctx.services.visits.load(self.visit.id)
        self._show_attachments(self.visit)
        self._summarise(self.visit)
        self.att_status.setText(self.tr("%1 tersimpan.").replace("%1", filename))
        self.att_status.setStyleSheet(OK_STYLE)
        self.attachment_added.emit(att.id)

    def _att_error(self, text: str) -> None:
        self.att_status.setText(text)
        self.att_status.setStyleSheet(ERROR_STYLE)

    def _show_attachments(self, visit: VisitData) -> None:
        self.attachments.clear()
        for a in visit.attachments:
            kind = enums.ATTACHMENT_KINDS.get(a.kind, a.kind)
            self.attachments.addItem(f"{a.filename} — {kind}, {max(1, a.size // 1024)} KB")

    def _summarise(self, visit: VisitData) -> None:
        f = visit.form
        steps = path(visit.facts) if visit.wants_to_borrow is not None else []
        rows = [
            (self.tr("Pengunjung"), f"{f.full_name} ({visit.masked_id})"),
            (self.tr("Kategori"), enums.VISITOR_CATEGORIES.get(f.category, f.category)),
            (self.tr("Keperluan"), f.purpose),
            (self.tr("Tiba"), ui_datetime(visit.arrived_at)),
            (self.tr("Akses oleh"), visit.access_officer or "-"),
            (self.tr("Dokumen dilihat"), ", ".join(c for _i, c in visit.consultations) or "-"),
            (self.tr("Meminjam"), self.tr("ya") if visit.wants_to_borrow else self.tr("tidak")),
            (self.tr("Bukti peminjaman"), ", ".join(
                f"{ln.receipt_number} ({ln.items} dok.)" for ln in visit.loans) or "-"),
            (self.tr("Keluar"), ui_datetime(visit.departed_at) if visit.departed_at
             else "-"),
            (self.tr("Penilaian"), f"{visit.rating} — {RATING_LABELS[visit.rating]}"
             if visit.rating else self.tr("tidak diisi")),
            (self.tr("Komentar"), visit.rating_comment or "-"),
            (self.tr("Lampiran"), str(len(visit.attachments))),
            (self.tr("Alur SOP"), " → ".join(STEP_LABELS[s] for s in steps[:-1])),
        ]
        self.summary.setHtml("<h3>" + _esc(self.tr("Ringkasan kunjungan")) + "</h3><table "
                             "cellpadding=3>" + "".join(
                                 f"<tr><td><i>{_esc(k)}</i></td><td>{_esc(v)}</td></tr>"
                                 for k, v in rows) + "</table>")
