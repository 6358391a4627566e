"""The returns desk (F8): scan, see the loan, take items back, print the slip; overdue list.

The scan field takes a keyboard-wedge scan (the reader types the code fast and presses Enter)
of the receipt's QR code/barcode or of a copy's barcode, or the officer types it. Scanning a
copy of the loan already shown ticks that copy, so "scan every book that came back, then
Kembalikan terpilih" works without the mouse. The slip goes to the printer worker; a failed print
never undoes the return ("Cetak ulang bukti kembali" stays available); the loan's own receipt
can be reprinted too. Digitising the returned document runs on the scanner worker (scan and PDF
assembly both off the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.devices.base import DeviceError, DeviceNotFound, ScanSettings
from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.container import Services
from jdih_desktop.services.returns import (
    LoanView,
    OverdueEntry,
    ReturnLine,
    ReturnResult,
    normalise_code,
    pages_to_pdf,
)
from jdih_desktop.store.enums import COPY_CONDITIONS
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.formats import ui_date, ui_datetime
from jdih_desktop.ui.operations import Change, DbOp, LaneWork
from jdih_desktop.ui.operations.loans import PrintLoanReceipt
from jdih_desktop.ui.operations.printing import PrintOp
from jdih_desktop.ui.operations.returns import PrintReturnSlip, ReturnAndPrintSlip
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.style import ERROR_STYLE, PALETTE
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)

# (parent, title, suggested path, filter) -> the path chosen, "" when cancelled.
FileChooser = Callable[[QWidget, str, str, str], str]


def _ask_file(parent: QWidget, title: str, suggested: str, filter_: str) -> str:
    # Qt's own dialog, so it speaks the interface's language (native dialogs on Windows).
    options = (QFileDialog.Option(0) if QGuiApplication.platformName() == "windows"
               else QFileDialog.Option.DontUseNativeDialog)
    return QFileDialog.getSaveFileName(parent, title, suggested, filter_, options=options)[0]

COL_PICK, COL_BARCODE, COL_DOC, COL_CONDITION, COL_NOTE, COL_STATE = range(6)
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("LoanStatus", "Dipinjam"),
    "partial": QT_TRANSLATE_NOOP("LoanStatus", "Sebagian dikembalikan"),
    "returned": QT_TRANSLATE_NOOP("LoanStatus", "Sudah dikembalikan"),
}


class ReturnsWindow(QWidget):
    """A top-level window; everything it uses arrives through the constructor."""

    def __init__(self, services: Services, printer_worker=None, scanner_worker=None,
                 parent: QWidget | None = None, *, devices=None) -> None:
        if devices is not None:  # ui.widgets.devices.Devices: the devices by name
            printer_worker, scanner_worker = devices.printer, devices.scanner
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.returns = services.returns
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.loan: LoanView | None = None
        self.last_result: ReturnResult | None = None
        self._busy = False  # a return is being recorded
        # the overdue tab's reads and reminders on the database lane; failures above the list
        self._lane = LaneWork(self, self._show_overdue_failure)
        self._quotes = 0  # renewal terms asked for; only the newest answer is shown
        self._scan_jobs: dict[int, tuple[int, int, str]] = {}  # job -> (return, doc, label)
        self._overdue: list[OverdueEntry] = []
        self._statuses: list = []  # services.reminders.ReminderStatus, same order
        self.choose_file: FileChooser = _ask_file
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setObjectName("returnsWindow")
        self.setWindowTitle(window_title(self.tr("Pengembalian dokumen")))
        fit_window(self, "returns", (1000, 640))
        self._build()
        if scanner_worker is not None:
            scanner_worker.succeeded.connect(self._on_scan_done)
            scanner_worker.failed.connect(self._on_scan_failed)

    # ------------------------------------------------------------------ building
    _named = staticmethod(named)  # the kit's one naming helper

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("returnsTabs")
        root.addWidget(self.tabs)
        self.tabs.addTab(self._build_return_tab(), self.tr("Pengembalian"))
        self.tabs.addTab(self._build_overdue_tab(), self.tr("Terlambat"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        QShortcut(QKeySequence("Escape"), self, activated=self.close)

    def _build_return_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Pindai / ketik:"))
        self.scan_input = self._named(QLineEdit(), "scanInput",
                                      self.tr("Kode bukti peminjaman atau barcode eksemplar"))
        self.scan_input.setPlaceholderText(self.tr(
            "Pindai QR bukti peminjaman (PJ-…) atau barcode eksemplar (JDIH…), lalu Enter"))
        self.scan_input.setClearButtonEnabled(True)
        self.scan_input.returnPressed.connect(self._on_scan_entered)
        label.setBuddy(self.scan_input)
        self.find_button = self._named(QPushButton(self.tr("Cari")), "btnFindLoan",
                                       self.tr("Cari peminjaman"))
        self.find_button.clicked.connect(self._on_scan_entered)
        row.addWidget(label)
        row.addWidget(self.scan_input, 1)
        row.addWidget(self.find_button)
        lay.addLayout(row)

        self.loan_label = QLabel(self.tr("Belum ada peminjaman yang dipilih."))
        self.loan_label.setObjectName("loanSummary")
        self.loan_label.setTextFormat(Qt.TextFormat.RichText)
        self.loan_label.setWordWrap(True)
        lay.addWidget(self.loan_label)

        self.items_table = self._named(QTableWidget(0, 6), "loanItemsTable",
                                       self.tr("Eksemplar dalam peminjaman"))
        self.items_table.setHorizontalHeaderLabels([
            self.tr("Kembali"), self.tr("Barcode"), self.tr("Dokumen"), self.tr("Kondisi"),
            self.tr("Catatan"), self.tr("Status")])
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(COL_DOC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_PICK, COL_BARCODE, COL_CONDITION, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.items_table.itemChanged.connect(self._update_buttons)
        # A wedge scan while the table has focus (after a click on a checkbox) still lands in
        # the scan field instead of the table's type-ahead search.
        self.items_table.installEventFilter(self)
        lay.addWidget(self.items_table, 1)

        actions = QHBoxLayout()
        self.digitise_check = self._named(
            QCheckBox(self.tr("&Digitalkan dokumen yang dikembalikan")), "chkDigitise",
            self.tr("Digitalkan dokumen yang dikembalikan"))
        self.return_selected_button = self._named(
            QPushButton(self.tr("Kembalikan &terpilih")), "btnReturnSelected",
            self.tr("Kembalikan eksemplar terpilih"))
        self.return_all_button = self._named(
            QPushButton(self.tr("Kembalikan &semua")), "btnReturnAll",
            self.tr("Kembalikan semua eksemplar"))
        self.reprint_button = self._named(
            QPushButton(self.tr("Cetak ulang bukti &kembali")), "btnReprint",
            self.tr("Cetak ulang bukti pengembalian"))
        self.reprint_loan_button = self._named(
            QPushButton(self.tr("Cetak ulang bukti pin&jam")), "btnReprintLoan",
            self.tr("Cetak ulang bukti peminjaman"))
        self.reprint_loan_button.setToolTip(self.tr(
            "Mencetak lagi bukti peminjaman yang tersimpan (tertulis sebagai cetak ulang)"))
        self.reprint_loan_button.clicked.connect(self._on_reprint_loan)
        self.renew_button = self._named(
            QPushButton(self.tr("Perpanja&ng")), "btnRenew",
            self.tr("Perpanjang peminjaman"))
        self.renew_button.setToolTip(self.tr(
            "Jatuh tempo baru menurut aturan peminjaman; bukti perpanjangan dicetak"))
        self.renew_button.clicked.connect(self._on_renew)
        self.return_selected_button.clicked.connect(self._on_return_selected)
        self.return_all_button.clicked.connect(self._on_return_all)
        self.reprint_button.clicked.connect(self._on_reprint)
        actions.addWidget(self.digitise_check)
        actions.addStretch(1)
        for b in (self.renew_button, self.reprint_loan_button, self.reprint_button,
                  self.return_selected_button, self.return_all_button):
            actions.addWidget(b)
        lay.addLayout(actions)

        self.status_label = QLabel()
        self.status_label.setObjectName("returnsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Pesan"))
        lay.addWidget(self.status_label)
        self._update_buttons()
        return page

    def _build_overdue_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.overdue_table = self._named(QTableWidget(0, 8), "overdueTable",
                                         self.tr("Daftar peminjaman terlambat"))
        self.overdue_table.setHorizontalHeaderLabels([
            self.tr("No. bukti"), self.tr("Peminjam"), self.tr("Telepon"),
            self.tr("Jatuh tempo"), self.tr("Hari terlambat"), self.tr("Dokumen"),
            self.tr("Tingkat"), self.tr("Pengingat terakhir")])
        self.overdue_table.verticalHeader().setVisible(False)
        self.overdue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdue_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.overdue_table.itemSelectionChanged.connect(self._on_overdue_selected)
        lay.addWidget(self.overdue_table, 2)
        self.reminder_text = self._named(QPlainTextEdit(), "reminderText",
                                         self.tr("Teks pengingat"))
        self.reminder_text.setReadOnly(True)
        lay.addWidget(self.reminder_text, 1)
        give = QHBoxLayout()
        self.reminder_note = self._named(QLineEdit(), "reminderNote",
                                         self.tr("Catatan pengingat"))
        self.reminder_note.setPlaceholderText(self.tr(
            "Hasil telepon / catatan (mis. berjanji mengembalikan Senin)"))
        self.letter_button = self._named(QPushButton(self.tr("Su&rat pengingat…")),
                                         "btnReminderLetter",
                                         self.tr("Simpan dan cetak surat pengingat"))
        self.whatsapp_button = self._named(QPushButton(self.tr("&WhatsApp")),
                                           "btnReminderWhatsApp",
                                           self.tr("Buka pesan pengingat di WhatsApp"))
        self.phone_button = self._named(QPushButton(self.tr("Catat telep&on")),
                                        "btnReminderPhone",
                                        self.tr("Catat pengingat lewat telepon"))
        self.letter_button.clicked.connect(self._on_letter)
        self.whatsapp_button.clicked.connect(self._on_whatsapp)
        self.phone_button.clicked.connect(self._on_phone)
        give.addWidget(self.reminder_note, 1)
        for b in (self.letter_button, self.whatsapp_button, self.phone_button):
            give.addWidget(b)
            b.setEnabled(False)
        lay.addLayout(give)
        self.reminder_log = QLabel()
        self.reminder_log.setObjectName("reminderLog")
        self.reminder_log.setWordWrap(True)
        lay.addWidget(self.reminder_log)
        row = QHBoxLayout()
        self.overdue_count_label = QLabel()
        self.overdue_count_label.setObjectName("overdueCount")
        self.refresh_overdue_button = self._named(QPushButton(self.tr("&Muat ulang")),
                                                  "btnRefreshOverdue",
                                                  self.tr("Muat ulang daftar terlambat"))
        self.copy_reminder_button = self._named(QPushButton(self.tr("&Salin teks pengingat")),
                                                "btnCopyReminder",
                                                self.tr("Salin teks pengingat"))
        self.open_overdue_button = self._named(QPushButton(self.tr("&Buka peminjaman")),
                                               "btnOpenOverdueLoan",
                                               self.tr("Buka peminjaman terpilih"))
        self.refresh_overdue_button.clicked.connect(self.refresh_overdue)
        self.copy_reminder_button.clicked.connect(self._on_copy_reminder)
        self.open_overdue_button.clicked.connect(self._on_open_overdue)
        row.addWidget(self.overdue_count_label, 1)
        for b in (self.refresh_overdue_button, self.open_overdue_button,
                  self.copy_reminder_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.copy_reminder_button.setEnabled(False)
        self.open_overdue_button.setEnabled(False)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.items_table and event.type() == QEvent.Type.KeyPress
                and event.text() and event.text().isprintable()
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            self.scan_input.setFocus()
            self.scan_input.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ look-up
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan_input.setFocus()

    @Slot()
    def _on_scan_entered(self) -> None:
        text = self.scan_input.text()
        self.scan_input.clear()
        code = normalise_code(text)
        if self.loan is not None and self._tick_barcode(code):
            return
        self.lookup(text)

    def lookup(self, code: str) -> bool:
        """Show the loan behind ``code``; False (with the reason shown) when there is none."""
        try:
            view = self.returns.find(code)
        except JdihError as exc:
            self._error(error_sentence(exc))
            return False
        self.show_loan(view)
        norm = normalise_code(code)
        self._tick_barcode(norm)
        if view.status == "returned":
            self._info(self.tr("Semua eksemplar peminjaman ini sudah dikembalikan."))
        else:
            self._info(self.tr("Centang eksemplar yang dikembalikan (atau pindai barcodenya), "
                               "pilih kondisinya, lalu Kembalikan."))
        return True

    def _tick_barcode(self, code: str) -> bool:
        """Tick the copy with this barcode in the loan shown; False when it is not there."""
        for row in range(self.items_table.rowCount()):
            item = self.items_table.item(row, COL_BARCODE)
            if item is not None and item.text() == code:
                pick = self.items_table.item(row, COL_PICK)
                if pick.flags() & Qt.ItemFlag.ItemIsEnabled:
                    pick.setCheckState(Qt.CheckState.Checked)
                    self._info(self.tr("%1 dicentang.").replace("%1", code))
                    self._update_buttons()
                return True
        return False

    def show_loan(self, view: LoanView) -> None:
        self.loan = view
        due = (self.tr("Baca di tempat") if view.read_on_site and view.due_date is None
               else ui_date(view.due_date, True) if view.due_date else "-")
        late = ""
        if view.days_late:
            late = (" &nbsp; <b style='color:" + PALETTE.error + "'>"
                    + self.tr("Terlambat %1 hari").replace("%1", str(view.days_late)) + "</b>")
        self.loan_label.setText(
            f"<b>{view.receipt_number}</b> — {_esc(view.visitor_name)}"
            f"<br>{self.tr('Dipinjam')}: {ui_datetime(view.loaned_at)} &nbsp; "
            f"{self.tr('Jatuh tempo')}: {due} &nbsp; {self.tr('Status')}: "
            f"{translate_text(STATUS_LABELS.get(view.status, view.status))}{late}")
        table = self.items_table
        table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(view.items))
        for row, it in enumerate(view.items):
            pick = QTableWidgetItem()
            pick.setData(Qt.ItemDataRole.UserRole, it.item_id)
            if it.returned:
                pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown, not enabled
                pick.setCheckState(Qt.CheckState.Checked)
            else:
                pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                pick.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, COL_PICK, pick)
            table.setItem(row, COL_BARCODE, _ro(it.barcode))
            doc = _ro(f"{it.reference} — {it.title}")
            doc.setToolTip(it.title)
            table.setItem(row, COL_DOC, doc)
            combo = QComboBox()
            combo.setObjectName(f"conditionCombo{row}")
            combo.setAccessibleName(self.tr("Kondisi %1").replace("%1", it.barcode))
            for value, label in COPY_CONDITIONS.items():
                combo.addItem(translate_text(label), value)
            current = it.return_condition or "baik"
            combo.setCurrentIndex(max(0, combo.findData(current)))
            note = QLineEdit(it.return_note or "")
            note.setObjectName(f"noteEdit{row}")
            note.setAccessibleName(self.tr("Catatan %1").replace("%1", it.barcode))
            note.setPlaceholderText(self.tr("mis. sampul sobek"))
            if it.returned:
                combo.setEnabled(False)
                note.setEnabled(False)
                state = self.tr("Dikembalikan %1 (%2)").replace(
                    "%1", ui_datetime(it.returned_at)).replace(
                    "%2", translate_text(COPY_CONDITIONS.get(it.return_condition or "", "")))
            else:
                state = self.tr("Dipinjam")
            table.setCellWidget(row, COL_CONDITION, combo)
            table.setCellWidget(row, COL_NOTE, note)
            table.setItem(row, COL_STATE, _ro(state))
        table.blockSignals(False)
        self._update_buttons()

    # ------------------------------------------------------------------ returning
    def selected_lines(self) -> list[ReturnLine]:
        lines = []
        for row in range(self.items_table.rowCount()):
            pick = self.items_table.item(row, COL_PICK)
            if not (pick.flags() & Qt.ItemFlag.ItemIsEnabled):
                continue
            if pick.checkState() != Qt.CheckState.Checked:
                continue
            combo: QComboBox = self.items_table.cellWidget(row, COL_CONDITION)
            note: QLineEdit = self.items_table.cellWidget(row, COL_NOTE)
            lines.append(ReturnLine(int(pick.data(Qt.ItemDataRole.UserRole)),
                                    combo.currentData(), note.text()))
        return lines

    @Slot()
    def _on_return_selected(self) -> None:
        lines = self.selected_lines()
        if not lines:
            self._error(self.tr("Centang minimal satu eksemplar yang dikembalikan, atau pilih "
                                "Kembalikan semua."))
            return
        self._record(lines)

    @Slot()
    def _on_return_all(self) -> None:
        if self.loan is None:
            return
        for row in range(self.items_table.rowCount()):
            pick = self.items_table.item(row, COL_PICK)
            if pick.flags() & Qt.ItemFlag.ItemIsEnabled:
                pick.setCheckState(Qt.CheckState.Checked)
        self._record(self.selected_lines())

    def _record(self, lines: list[ReturnLine]) -> None:
        """Record the return and print its slip: one operation owns the sequence."""
        assert self.loan is not None
        if self._busy:
            return
        self._busy = True
        self._update_buttons()
        ReturnAndPrintSlip(self, self.services, self.printer_worker, self.loan.loan_id, lines) \
            .saved(self._on_recorded).success(self._on_slip_printed) \
            .print_failed(self._on_slip_failed).failure(self._on_record_failed).run()

    def _on_record_failed(self, failure: TaskFailure) -> None:
        self._busy = False
        self._update_buttons()
        self._error(failure.message)

    def _on_recorded(self, result: ReturnResult) -> None:
        self._busy = False
        self.last_result = result
        self.show_loan(result.loan)
        self._info(self.tr("Pengembalian %1 tercatat (%2 eksemplar). Mencetak bukti…")
                   .replace("%1", result.slip_number)
                   .replace("%2", str(len(result.returned_item_ids))))
        if self.digitise_check.isChecked():
            self._digitise(result)
        self._update_buttons()
        self.scan_input.setFocus()

    def _on_slip_printed(self, result: ReturnResult) -> None:
        self._info(self.tr("Bukti pengembalian %1 dicetak.").replace("%1", result.slip_number))

    def _on_slip_failed(self, result: ReturnResult, failure: TaskFailure) -> None:
        if isinstance(failure.error, DeviceNotFound) and self.printer_worker is None:
            self._error(self.tr("Pengembalian tercatat, tetapi belum ada printer. Atur printer, "
                                "lalu tekan Cetak ulang bukti kembali."))
        else:
            self._error(self.tr("Pengembalian %1 tetap tercatat, tetapi bukti gagal dicetak: %2 "
                                "Tekan Cetak ulang bukti kembali.")
                        .replace("%1", result.slip_number).replace("%2", failure.message))
        self.reprint_button.setEnabled(True)

    @Slot()
    def _on_reprint(self) -> None:
        if self.last_result is None:
            return
        result = self.last_result
        PrintReturnSlip(self, self.services, self.printer_worker, result.return_id) \
            .success(lambda _r: self._on_slip_printed(result)) \
            .failure(lambda failure: self._on_slip_failed(result, failure)).run()

    @Slot()
    def _on_renew(self) -> None:
        """Renew the loan on screen: new due date by its rule, then print the renewal slip."""
        if self.loan is None or self._busy:
            return
        loan_id = self.loan.loan_id
        renewals, returns = self.services.renewals, self.returns
        self._busy = True
        self._update_buttons()
        DbOp(self, lambda: (renewals.renew(loan_id), returns.loan_view(loan_id)),
             changes=Change.LOANS).success(self._on_renewed) \
            .failure(self._on_record_failed).run()

    def _on_renewed(self, renewed: tuple) -> None:
        self._busy = False
        result, view = renewed
        self.show_loan(view)
        self._info(self.tr("Diperpanjang (%1): jatuh tempo baru %2. Mencetak bukti "
                           "perpanjangan…").replace("%1", result.slip_number)
                   .replace("%2", ui_date(result.new_due, True)))
        self._update_buttons()
        self.scan_input.setFocus()
        if self.printer_worker is None:
            self._error(self.tr("Perpanjangan %1 tercatat, tetapi belum ada printer — atur di "
                                "Pengaturan Perangkat.").replace("%1", result.slip_number))
            return
        slip = result.slip_number
        PrintOp(self, self.printer_worker, receipt=result.receipt) \
            .success(lambda _r: self._info(self.tr("Bukti perpanjangan %1 dicetak.")
                                           .replace("%1", slip))) \
            .failure(lambda failure: self._error(
                self.tr("Perpanjangan %1 tetap tercatat, tetapi bukti gagal dicetak: %2")
                .replace("%1", slip).replace("%2", failure.message))).run()

    @Slot()
    def _on_reprint_loan(self) -> None:
        """The loan's own receipt again (lost slip, visitor asks for a copy)."""
        if self.loan is None:
            return
        number = self.loan.receipt_number
        self._info(self.tr("Mencetak ulang bukti peminjaman %1…").replace("%1", number))
        PrintLoanReceipt(self, self.services, self.printer_worker, self.loan.loan_id) \
            .success(lambda _loan: self._info(self.tr("Bukti peminjaman %1 dicetak ulang.")
                                              .replace("%1", number))) \
            .failure(lambda failure: self._error(
                self.tr("Bukti peminjaman %1 gagal dicetak: %2").replace("%1", number)
                .replace("%2", failure.message))).run()

    # ------------------------------------------------------------------ digitising
    def _digitise(self, result: ReturnResult) -> None:
        if self.scanner_worker is None:
            self._error(self.tr("Belum ada pemindai — atur di Pengaturan Perangkat."))
            return
        returned = [i for i in result.loan.items if i.item_id in result.returned_item_ids]
        settings = ScanSettings(dpi=150, mode="gray", source="flatbed")
        for it in returned:
            def job(scanner, ctx, settings=settings):
                if scanner is None:
                    raise DeviceError("Belum ada pemindai yang dipilih — atur di Pengaturan "
                                      "Perangkat, lalu Coba lagi.")
                pages = scanner.scan(settings, progress=ctx.report, cancel=ctx.cancel_event)
                return pages_to_pdf(pages), len(pages)

            job_id = self.scanner_worker.submit(job)
            self._scan_jobs[job_id] = (result.return_id, it.document_id, it.barcode)

    @Slot(int, object)
    def _on_scan_done(self, job: int, result: object) -> None:
        meta = self._scan_jobs.pop(job, None)
        if meta is None:
            return
        return_id, doc_id, barcode = meta
        pdf, pages = result
        try:
            self.returns.attach_return_scan(return_id, doc_id, pdf, pages)
        except JdihError as exc:
            self._error(error_sentence(exc))
            return
        self._info(self.tr("Hasil pindaian %1 disimpan (%2 halaman).")
                   .replace("%1", barcode).replace("%2", str(pages)))

    @Slot(int, object)
    def _on_scan_failed(self, job: int, error: object) -> None:
        meta = self._scan_jobs.pop(job, None)
        if meta is None:
            return
        reason = error.message if isinstance(error, DeviceError) else str(error)
        self._error(self.tr("Pemindaian %1 gagal: %2").replace("%1", meta[2])
                    .replace("%2", reason))

    # ------------------------------------------------------------------ overdue
    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_overdue()
        else:
            self.scan_input.setFocus()

    @property
    def reminders_busy(self) -> bool:
        """True while the overdue list or a reminder is on the database lane."""
        return self._lane.busy

    def _show_overdue_failure(self, failure) -> None:
        self.overdue_count_label.setText(failure.message)
        self.overdue_count_label.setStyleSheet(ERROR_STYLE)

    @Slot()
    def refresh_overdue(self, then=None) -> None:
        """Read the overdue loans and their reminder levels on the database lane."""
        reminders = self.services.reminders
        self._lane.run(reminders.statuses, lambda statuses: self._fill_overdue(statuses, then))

    def _fill_overdue(self, statuses, then=None) -> None:
        self._statuses = statuses
        self._overdue = [st.entry for st in self._statuses]
        t = self.overdue_table
        t.setRowCount(len(self._overdue))
        channels = {"letter": self.tr("surat"), "whatsapp": self.tr("WhatsApp"),
                    "phone": self.tr("telepon")}
        for row, (e, st) in enumerate(zip(self._overdue, self._statuses, strict=True)):
            due = (self.tr("Baca di tempat (%1)").replace("%1", ui_date(e.due_date))
                   if e.read_on_site else ui_date(e.due_date))
            late = _ro(str(e.days_late))
            late.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            titles = e.titles or ("",) * len(e.items)
            docs = "; ".join(f"{ref} — {title} ({bc})" if title else f"{ref} ({bc})"
                             for (bc, ref), title in zip(e.items, titles, strict=False))
            level = _ro(str(st.level) + (self.tr(" (perlu)") if st.due else ""))
            if st.due:
                level.setForeground(Qt.GlobalColor.darkRed)
            last = (self.tr("tk. %1 · %2 · %3").replace("%1", str(st.last.level))
                    .replace("%2", channels.get(st.last.channel, st.last.channel))
                    .replace("%3", ui_datetime(st.last.at)) if st.last else "-")
            for col, item in enumerate((_ro(e.receipt_number), _ro(e.visitor_name),
                                        _ro(e.visitor_phone), _ro(due), late, _ro(docs),
                                        level, _ro(last))):
                t.setItem(row, col, item)
        self.overdue_count_label.setText(
            self.tr("%1 peminjaman terlambat").replace("%1", str(len(self._overdue))))
        self.reminder_text.clear()
        if self._overdue:
            t.selectRow(0)
        self._on_overdue_selected()
        if then is not None:
            then()

    def _current_overdue(self) -> OverdueEntry | None:
        rows = self.overdue_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._overdue):
            return None
        return self._overdue[rows[0].row()]

    @Slot()
    def _on_overdue_selected(self) -> None:
        entry = self._current_overdue()
        self.copy_reminder_button.setEnabled(entry is not None)
        self.open_overdue_button.setEnabled(entry is not None)
        for b in (self.letter_button, self.whatsapp_button, self.phone_button):
            b.setEnabled(entry is not None)
        self.reminder_text.setPlainText(self.services.reminders.text(entry) if entry else "")
        self._show_reminder_log(entry)

    def _show_reminder_log(self, entry: OverdueEntry | None) -> None:
        if entry is None:
            self.reminder_log.clear()
            return
        reminders, loan_id = self.services.reminders, entry.loan_id
        self._lane.run(lambda: reminders.history(loan_id),
                      lambda history: self._fill_reminder_log(loan_id, history))

    def _fill_reminder_log(self, loan_id: int, history) -> None:
        entry = self._current_overdue()
        if entry is None or entry.loan_id != loan_id:
            return  # another loan was selected meanwhile
        if not history:
            self.reminder_log.setText(self.tr("Belum ada pengingat untuk peminjaman ini."))
            return
        channels = {"letter": self.tr("surat"), "whatsapp": self.tr("WhatsApp"),
                    "phone": self.tr("telepon")}
        lines = [self.tr("Tingkat %1 · %2 · %3 · %4").replace("%1", str(r.level))
                 .replace("%2", channels.get(r.channel, r.channel))
                 .replace("%3", ui_datetime(r.at)).replace("%4", r.officer_name or "-")
                 + (f" — {r.note}" if r.note else "") for r in history]
        self.reminder_log.setText(self.tr("Pengingat yang sudah diberikan:") + "\n"
                                  + "\n".join(lines))

    def _give(self, channel: str, note: str = "", *, before=None, then=None) -> bool:
        """Log a reminder for the selected loan on the database lane (``before()`` first, in
        the same job: the letter is written before it is logged), then re-read the list and
        call ``then()``. False when no loan is selected."""
        entry = self._current_overdue()
        if entry is None:
            return False
        reminders, loan_id, row = self.services.reminders, entry.loan_id, \
            self.overdue_table.currentRow()

        def job() -> None:
            if before is not None:
                before()
            reminders.record(loan_id, channel, note=note)

        def logged(_result) -> None:
            def reselect() -> None:
                if 0 <= row < self.overdue_table.rowCount():
                    self.overdue_table.selectRow(row)
                self.reminder_note.clear()
                self.overdue_count_label.setStyleSheet("")
                self.overdue_count_label.setText(self.tr("Pengingat untuk %1 dicatat.")
                                                 .replace("%1", entry.visitor_name))
                if then is not None:
                    then()

            self.refresh_overdue(then=reselect)

        self._lane.run(job, logged)
        return True

    @Slot()
    def _on_letter(self) -> None:
        entry = self._current_overdue()
        if entry is None:
            return
        path = self.choose_file(self, self.tr("Simpan surat pengingat"),
                                f"surat-pengingat-{entry.receipt_number}.pdf",
                                self.tr("Dokumen PDF (*.pdf)"))
        if not path:
            return
        reminders = self.services.reminders
        cannot = self.tr("Surat tidak dapat disimpan: %1")

        def write_letter() -> None:
            try:
                Path(path).write_bytes(reminders.letter_pdf(entry))
            except OSError as exc:
                raise ReturnLetterError(cannot.replace("%1", str(exc))) from exc

        # written, then logged, in one job; then opened for printing
        self._give("letter", before=write_letter,
                   then=lambda: self.open_url(QUrl.fromLocalFile(path)))

    @Slot()
    def _on_whatsapp(self) -> None:
        entry = self._current_overdue()
        if entry is None:
            return
        try:
            url = self.services.reminders.whatsapp_url(entry)
        except JdihError as exc:
            self.overdue_count_label.setText(error_sentence(exc))
            return
        if self.open_url(QUrl(url)):
            self._give("whatsapp")
        else:
            self.overdue_count_label.setText(self.tr(
                "WhatsApp tidak dapat dibuka di komputer ini — salin teks pengingat."))

    @Slot()
    def _on_phone(self) -> None:
        self._give("phone", self.reminder_note.text())

    @Slot()
    def _on_copy_reminder(self) -> None:
        entry = self._current_overdue()
        if entry is None:
            return
        QGuiApplication.clipboard().setText(self.returns.reminder_text(entry))
        self.overdue_count_label.setText(
            self.tr("Teks pengingat untuk %1 disalin.").replace("%1", entry.visitor_name))

    @Slot()
    def _on_open_overdue(self) -> None:
        entry = self._current_overdue()
        if entry is not None and self.lookup(entry.receipt_number):
            self.tabs.setCurrentIndex(0)

    # ------------------------------------------------------------------ helpers
    def _update_buttons(self, *_args: object) -> None:
        has_open = self.loan is not None and bool(self.loan.open_items) and not self._busy
        self.return_all_button.setEnabled(has_open)
        self.return_selected_button.setEnabled(has_open and bool(self.selected_lines()))
        self.reprint_button.setEnabled(self.last_result is not None)
        self.reprint_loan_button.setEnabled(self.loan is not None)
        self.renew_button.setEnabled(has_open and not self.loan.read_on_site)
        if self.loan is not None and has_open and not self.loan.read_on_site:
            # the renewal's terms are read on the database lane; the button waits for them
            self.renew_button.setEnabled(False)
            self._quotes += 1
            asked, loan_id, renewals = self._quotes, self.loan.loan_id, self.services.renewals
            DbOp(self, lambda: renewals.quote(loan_id)).success(
                lambda q: self._show_renewal_quote(asked, loan_id, q)).run()

    def _show_renewal_quote(self, asked: int, loan_id: int, q) -> None:
        if asked != self._quotes or self.loan is None or self.loan.loan_id != loan_id:
            return  # a newer loan or state is shown; its own quote follows
        has_open = bool(self.loan.open_items) and not self._busy
        self.renew_button.setEnabled(has_open and q.ok)
        self.renew_button.setToolTip(translate_text(q.refusal) or self.tr(
            "Jatuh tempo baru: %1 (perpanjangan ke-%2 dari %3)").replace(
            "%1", ui_date(q.new_due, True) if q.new_due else "-").replace(
            "%2", str(q.renewals + 1)).replace("%3", str(q.max_renewals)))

    def _info(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)


class ReturnLetterError(JdihError):
    """The reminder letter could not be written where the officer chose."""


def _ro(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
