"""The returns window driven like the desk: wedge scan, partial return, slip, overdue tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton

from jdih_desktop.devices.base import PaperJam
from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.store.models import Attachment, Copy, Loan
from jdih_desktop.ui.returns import ReturnsWindow
from jdih_desktop.ui.returns.window import COL_CONDITION, COL_NOTE, COL_PICK

LOANED = dt.datetime(2026, 11, 16, 10, 0)


@pytest.fixture
def desk(qtbot, services):
    printer, scanner = SimulatedPrinter(), SimulatedScanner()
    pw, sw = PrinterWorker(printer), ScannerWorker(scanner)
    w = ReturnsWindow(services, pw, sw)
    qtbot.addWidget(w)
    w.show()
    yield w, printer, scanner
    pw.shutdown()
    sw.shutdown()


def wedge(qtbot, w: ReturnsWindow, code: str) -> None:
    """A keyboard-wedge scanner: the code typed fast, then Enter."""
    field = w.findChild(QLineEdit, "scanInput")
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_wedge_scan_partial_return_prints_slip(qtbot, desk, loans):
    w, printer, _ = desk
    # GIVEN a loan of three documents, overdue since 20 Nov
    loan = loans.loan(docs=3, loaned_at=LOANED, due=dt.date(2026, 11, 20))
    # WHEN its receipt QR code is scanned
    wedge(qtbot, w, loan.receipt_number)
    # THEN the loan appears with its three copies and the lateness
    assert w.loan is not None and w.loan.loan_id == loan.id
    assert w.items_table.rowCount() == 3
    assert "Terlambat 4 hari" in w.loan_label.text()
    # WHEN the second copy's barcode is scanned while the table has the focus (the officer
    # clicked in it), marked damaged with a note, and returned
    barcode = w.loan.items[1].barcode
    w.items_table.setFocus()
    qtbot.keyClicks(w.items_table, barcode)
    qtbot.keyClick(w.scan_input, Qt.Key.Key_Return)
    assert w.items_table.item(1, COL_PICK).checkState() == Qt.CheckState.Checked
    combo = w.items_table.cellWidget(1, COL_CONDITION)
    combo.setCurrentIndex(combo.findData("rusak"))
    note = w.items_table.cellWidget(1, COL_NOTE)
    qtbot.keyClicks(note, "sampul sobek")
    qtbot.mouseClick(w.findChild(QPushButton, "btnReturnSelected"), Qt.MouseButton.LeftButton)
    # THEN the return is recorded as partial, and the slip comes out of the printer
    qtbot.waitUntil(lambda: printer.last_job is not None, timeout=5000)
    slip = printer.last_job.receipt.plain_text()
    assert "BUKTI PENGEMBALIAN" in slip and loan.receipt_number in slip
    assert barcode in slip and "Rusak" in slip and "sampul sobek" in slip
    assert Loan.get_by_id(loan.id).status == "partial"
    assert Copy.get(Copy.barcode == barcode).condition == "rusak"
    qtbot.waitUntil(lambda: "dicetak" in w.status_label.text(), timeout=5000)
    assert w.items_table.item(1, COL_PICK).flags() & Qt.ItemFlag.ItemIsEnabled == \
        Qt.ItemFlag.NoItemFlags
    # WHEN the rest is returned with "Kembalikan semua" THEN the loan is closed
    qtbot.mouseClick(w.findChild(QPushButton, "btnReturnAll"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=5000)
    assert Loan.get_by_id(loan.id).status == "returned"
    assert not w.return_all_button.isEnabled()


def test_print_failure_keeps_return_and_offers_reprint(qtbot, desk, loans):
    w, printer, _ = desk
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    printer.fail_next(PaperJam())
    # GIVEN a jammed printer WHEN a loan is returned
    wedge(qtbot, w, loan.receipt_number)
    qtbot.mouseClick(w.return_all_button, Qt.MouseButton.LeftButton)
    # THEN the return stays recorded, the officer is told to reprint
    qtbot.waitUntil(lambda: "Cetak ulang" in w.status_label.text(), timeout=5000)
    assert "Kertas macet" in w.status_label.text()
    assert Loan.get_by_id(loan.id).status == "returned"
    assert w.reprint_button.isEnabled()
    # WHEN "Cetak ulang" is pressed THEN the slip prints
    qtbot.mouseClick(w.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: printer.last_job is not None, timeout=5000)
    assert "KB-2026-000001" in printer.last_job.receipt.plain_text()


def test_unknown_code_and_digitise(qtbot, desk, loans):
    w, _, _ = desk
    # WHEN an unknown code is scanned THEN a precise message is shown and nothing is loaded
    wedge(qtbot, w, "JDIH9999999")
    assert w.loan is None and "tidak ada di katalog" in w.status_label.text()
    # WHEN a loan is returned with "Digitalkan" ticked
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    wedge(qtbot, w, loan.receipt_number)
    w.digitise_check.setChecked(True)
    qtbot.mouseClick(w.return_all_button, Qt.MouseButton.LeftButton)
    # THEN the scanner's pages are kept as a return_scan PDF of the document
    qtbot.waitUntil(lambda: Attachment.select().where(
        Attachment.kind == "return_scan").exists(), timeout=10000)
    att = Attachment.get(Attachment.kind == "return_scan")
    assert bytes(att.content).startswith(b"%PDF")


def test_overdue_tab_copies_reminder(qtbot, desk, loans):
    w, _, _ = desk
    # GIVEN one overdue loan and one not yet due
    late = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 20), name="Budi Santoso")
    loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 12, 1))
    # WHEN the Overdue tab is opened
    w.tabs.setCurrentIndex(1)
    # THEN only the late loan is listed with its days late (read on the database lane)
    qtbot.waitUntil(lambda: not w.reminders_busy)
    assert w.overdue_table.rowCount() == 1
    assert w.overdue_table.item(0, 0).text() == late.receipt_number
    assert w.overdue_table.item(0, 4).text() == "4"
    # WHEN "Salin teks pengingat" is pressed THEN the reminder is on the clipboard
    qtbot.mouseClick(w.findChild(QPushButton, "btnCopyReminder"), Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Yth. Bapak/Ibu Budi Santoso") and late.receipt_number in text
    # WHEN "Buka peminjaman" is pressed THEN the loan opens on the return tab
    qtbot.mouseClick(w.open_overdue_button, Qt.MouseButton.LeftButton)
    assert w.tabs.currentIndex() == 0 and w.loan.loan_id == late.id


def test_loan_receipt_reprinted_from_the_returns_desk(qtbot, desk, loans):
    w, printer, _ = desk
    # GIVEN a loan whose receipt was printed once at the desk (the visit is long closed)
    loan = loans.loan(docs=2, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    Loan.update(print_count=1).where(Loan.id == loan.id).execute()
    button = w.findChild(QPushButton, "btnReprintLoan")
    assert not button.isEnabled()  # nothing to reprint before a loan is shown
    # WHEN the visitor's lost receipt is looked up by its number and reprinted
    wedge(qtbot, w, loan.receipt_number)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dicetak ulang" in w.status_label.text(), timeout=5000)
    # THEN the printer gets the loan's own receipt, marked as the first reprint
    text = printer.last_job.receipt.plain_text()
    assert "BUKTI PEMINJAMAN" in text and loan.receipt_number in text
    assert all(it.barcode in text for it in w.loan.items)
    assert "CETAK ULANG ke-1" in text
    assert Loan.get_by_id(loan.id).print_count == 2
    # AND nothing was returned by it
    assert Loan.get_by_id(loan.id).status == "open"
    # WHEN the printer jams on the next reprint THEN the officer is told and the count stays
    printer.fail_next(PaperJam())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gagal dicetak" in w.status_label.text(), timeout=5000)
    assert "Kertas macet" in w.status_label.text()
    assert Loan.get_by_id(loan.id).print_count == 2
