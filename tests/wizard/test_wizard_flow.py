"""The SOP wizard end to end: real widgets, the real main window, simulated devices."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenuBar, QPushButton

from jdih_desktop.config import PRIVACY_NOTICE_VERSION
from jdih_desktop.devices.base import PaperOut
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import signature_is_blank
from jdih_desktop.store.models import (
    Attachment,
    AuditLog,
    Counter,
    Loan,
    LoanItem,
    Visit,
    VisitConsultation,
    Visitor,
)
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.tasks import pending_tasks
from tests.support.escpos import decode
from tests.wizard.conftest import RETURNING_NIK, OfficerActions, ink_png, key_target, settle, sign


@pytest.fixture
def window(qtbot, ctx, services, devices):
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


def _open_wizard(qtbot, window, actions: OfficerActions | None = None):
    """Ctrl+N on the main window, as the officer presses it."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    before = set(window.visit_desk.wizards)
    if actions is not None:
        actions.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "Ctrl+N")
    else:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
    qtbot.waitUntil(lambda: bool(set(window.visit_desk.wizards) - before))
    (vid,) = set(window.visit_desk.wizards) - before
    wizard = window.visit_desk.wizards[vid]
    qtbot.waitExposed(wizard)
    return wizard


def _fill_new_visitor(qtbot, panel) -> None:
    """The visitor fills in the visit book (typing, not counted as officer work)."""
    qtbot.keyClicks(panel.fields["full_name"], "Budi Santoso")
    settle(qtbot)
    panel.fields["id_type"].setCurrentIndex(panel.fields["id_type"].findData("nik"))
    qtbot.keyClicks(panel.fields["id_number"], "6172011203850002")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["institution"], "Partai Contoh Singkawang")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["address"], "Jl. Gunung Raya 5, Singkawang")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["phone"], "(0562) 631234")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["email"], "budi@contoh.id")
    settle(qtbot)
    cat: QComboBox = panel.fields["category"]
    cat.setCurrentIndex(cat.findData("peserta_pemilu"))
    kind: QComboBox = panel.fields["purpose_category"]
    assert kind.currentData() == "" and kind.count() == 9  # "pilih" + 8 kinds of purpose
    kind.setCurrentIndex(kind.findData("pencalonan"))
    qtbot.keyClicks(panel.fields["purpose"], "Mencari UU Pemilu untuk pencalonan")
    settle(qtbot)
    qtbot.keyClick(panel.consent, Qt.Key.Key_Space)  # the visitor ticks the consent box
    settle(qtbot)
    sign(panel.signature)


def test_new_visitor_without_loan_walks_every_box_and_closes_the_record(
        qtbot, window, services, catalogue, clock, tmp_path):
    # GIVEN the main window and an empty visitor register
    wizard = _open_wizard(qtbot, window)
    shown: list[Step] = [wizard.current]
    wizard.page_changed.connect(shown.append)
    # WHEN the officer starts a new visit (first row: new visitor) and presses Enter
    assert wizard.current is Step.ARRIVAL
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    assert wizard.current is Step.VISIT_BOOK
    assert not wizard.btn_next.isEnabled()
    # AND the visitor fills the book, consents and signs; the officer presses Lanjut
    page = wizard.pages[Step.VISIT_BOOK]
    _fill_new_visitor(qtbot, page.panel)
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)  # optional ID scan
    settle(qtbot)
    qtbot.waitUntil(lambda: page._scan_png is not None, timeout=5000)
    assert page.scan_preview.pixmap() is not None and not page.scan_preview.pixmap().isNull()
    assert wizard.btn_next.isEnabled(), page.panel.summary.text()
    clock.advance(minutes=3)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.ACCESS
    # AND grants access
    qtbot.mouseClick(wizard.pages[Step.ACCESS].grant, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.BROWSE
    # AND the visitor browses (searching and opening a document) and does not borrow
    browse = wizard.pages[Step.BROWSE]
    browse.search.clear()
    qtbot.keyClicks(browse.search, "UU 7/2017")
    settle(qtbot)
    qtbot.keyClick(browse.search, Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.waitUntil(lambda: pending_tasks() == 0)  # searched off the GUI thread
    assert browse.results.rowCount() >= 1
    browse.results.selectRow(0)
    assert "Pemilihan Umum" in browse.details.toPlainText()
    clock.advance(minutes=40)
    qtbot.mouseClick(browse.no_borrow, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN the flowchart's NO arrow leads from 5 straight to 8
    assert wizard.current is Step.DEPARTURE
    dep = wizard.pages[Step.DEPARTURE]
    for key in dep.panel.buttons:  # the SKM: every element "sangat ..." (4)
        qtbot.mouseClick(dep.panel.buttons[key][4], Qt.MouseButton.LeftButton)
        settle(qtbot)
    qtbot.keyClicks(dep.panel.suggestion, "Petugas ramah")
    settle(qtbot)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.DOCUMENTATION
    doc = wizard.pages[Step.DOCUMENTATION]
    photo = tmp_path / "foto-layanan.png"
    photo.write_bytes(page.panel.signature.to_png())
    with qtbot.waitSignal(doc.attachment_added, timeout=5000):
        doc.add_files([str(photo)])
    qtbot.keyClicks(doc.notes, "Pengunjung dilayani; tidak meminjam.")
    settle(qtbot)
    assert "Pemilihan Umum" in doc.summary.toPlainText() or "UU 7" in doc.summary.toPlainText()
    with qtbot.waitSignal(wizard.finished_visit, timeout=3000):
        qtbot.mouseClick(wizard.btn_finish, Qt.MouseButton.LeftButton)
        settle(qtbot)
    # THEN every page was shown in flowchart order and the record is complete
    assert shown == [Step.ARRIVAL, Step.VISIT_BOOK, Step.ACCESS, Step.BROWSE, Step.DEPARTURE,
                     Step.DOCUMENTATION]
    visit = Visit.get()
    assert (visit.status, visit.step, visit.wants_to_borrow) == ("closed", "CLOSED", False)
    for stamp in ("arrived_at", "visit_book_at", "access_at", "browse_at", "departed_at",
                  "documented_at"):
        assert getattr(visit, stamp) is not None, stamp
    assert visit.loan_at is None and visit.handover_at is None
    assert visit.consent_given and visit.consent_version == PRIVACY_NOTICE_VERSION
    assert not signature_is_blank(bytes(visit.signature_png))
    assert visit.rating == 4 and visit.rating_comment == "Petugas ramah"
    assert visit.officer_notes == "Pengunjung dilayani; tidak meminjam."
    assert visit.access_officer_id is not None
    assert visit.id_scans.count() == 1
    v = Visitor.get()
    assert (v.full_name, v.id_number, v.phone) == ("Budi Santoso", "6172011203850002",
                                                   "+62562631234")
    assert v.category == "peserta_pemilu" and v.name_search == "budi santoso"
    assert (visit.visitor_category, visit.purpose_category) == ("peserta_pemilu", "pencalonan")
    assert VisitConsultation.select().count() == 1
    assert Attachment.get().filename == "foto-layanan.png"
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "visit")
               .order_by(AuditLog.id)]
    assert actions == ["visit.open", "visit.arrival", "visit.visit_book", "visit.access",
                       "visit.consultation", "visit.decision", "visit.departure",
                       "visit.attachment", "visit.close"]
    decision = AuditLog.get(AuditLog.action == "visit.decision")
    assert json.loads(decision.detail)["to"] == "DEPARTURE"
    qtbot.waitUntil(lambda: window.visit_desk.panel.rows == [])  # read on the database lane


def test_returning_visitor_borrows_two_documents_in_at_most_eight_officer_actions(
        qtbot, window, services, catalogue, returning_visitor, devices):
    # GIVEN the desk shows visitor pages on the visitor screen (set once for the day)
    window.visit_desk.visitor_screen_enabled = True
    actions = OfficerActions(qtbot)
    # WHEN the officer presses Ctrl+N, types the NIK and presses Enter
    wizard = _open_wizard(qtbot, window, actions)
    arrival = wizard.pages[Step.ARRIVAL]
    actions.type(arrival.search, RETURNING_NIK)
    assert arrival.selected_visitor() == returning_visitor
    actions.key(wizard, Qt.Key.Key_Return, what="Enter")
    # THEN the visit book on the visitor screen is pre-filled from the last visit
    assert wizard.current is Step.VISIT_BOOK
    screen = window.visit_desk.visitor_screen
    panel = wizard.pages[Step.VISIT_BOOK].panel
    assert screen.current_part is panel and screen.isVisible()
    # (the visitor screen offers no officer function: no menu, one button of its own, Esc inert)
    assert screen.findChildren(QMenuBar) == []
    own = [b.objectName() for b in screen.findChildren(QPushButton)
           if not panel.isAncestorOf(b) and b.isVisible()]
    assert sorted(own) == ["visitorDone", "visitorLanguage_en", "visitorLanguage_id"]
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    settle(qtbot)
    screen.close()
    assert screen.isVisible() and wizard.current is Step.VISIT_BOOK
    assert panel.fields["full_name"].text() == "Siti Rahmawati"
    # (their stored NIK, phone, address and e-mail show only masked on the visitor's screen,
    # and are kept as stored unless typed anew)
    assert panel.fields["id_number"].text() == ""
    assert "6172••••••••0001" in panel.fields["id_number"].placeholderText()
    assert panel.fields["phone"].text() == "" and "+62" in panel.fields[
        "phone"].placeholderText() and "81234567" not in panel.fields["phone"].placeholderText()
    assert "Diponegoro" not in panel.fields["address"].placeholderText()
    shown = " ".join(w.text() if hasattr(w, "text") else w.toPlainText()
                     for w in panel.fields.values() if not hasattr(w, "currentData"))
    assert RETURNING_NIK not in shown and "81234567890" not in shown
    assert panel.values()["id_number"] == RETURNING_NIK
    assert panel.values()["phone"] == "+6281234567890"
    assert panel.fields["category"].currentData() == "pelajar"
    # AND the visitor states the purpose, consents, signs and presses Selesai on their screen
    qtbot.keyClicks(panel.fields["purpose"], "Meminjam UU Pemilu dan PKPU tata kerja")
    settle(qtbot)
    panel.consent.setChecked(True)
    sign(panel.signature)
    qtbot.mouseClick(screen.done, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.ACCESS
    # AND the officer grants access (Enter), scans two copies and chooses Pinjam
    actions.key(wizard, Qt.Key.Key_Return, what="Enter (beri akses)")
    assert wizard.current is Step.BROWSE
    actions.scan(wizard, "JDIH0000001")
    actions.scan(wizard, "JDIH0000002")
    browse = wizard.pages[Step.BROWSE]
    assert [c.barcode for c in wizard.ctx.cart] == ["JDIH0000001", "JDIH0000002"]
    assert browse.search.text() == ""  # the wedge's keys did not stay in the search box
    actions.click(browse.borrow, "Pinjam (2)")
    assert wizard.current is Step.LOAN
    loan_page = wizard.pages[Step.LOAN]
    assert loan_page.due.text() == "Kamis, 3 Desember 2026"  # 7 opening days after Tue 24
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        actions.click(loan_page.save_print, "Simpan & cetak")
    qtbot.waitUntil(lambda: loan_page.loan.print_count == 1)
    # THEN arrival to printed receipt took at most 8 officer actions
    assert actions.count <= 8, actions.log
    # AND the receipt's real ESC/POS bytes say what the SOP requires
    job = devices.printer.last_job
    d = decode(job.data)
    loan = Loan.get()
    assert loan.receipt_number == "PJ-2026-000001"
    assert Counter.get(Counter.name == "loan:2026").value == 1
    assert "BUKTI PEMINJAMAN" in d.text and "PJ-2026-000001" in d.text
    assert "6172********0001" in d.text and RETURNING_NIK not in d.text
    assert "Siti Rahmawati" in d.text
    assert "UU No. 7 Tahun 2017" in d.text and "JDIH0000001" in d.text
    assert "PKPU No. 4 Tahun 2021" in d.text and "JDIH0000002" in d.text
    assert "Kamis, 3 Desember 2026" in d.text
    assert d.qr_codes == ["PJ-2026-000001"]
    assert d.cuts >= 1
    assert "Petugas" in d.text and "Peminjam" in d.text
    assert LoanItem.select().where(LoanItem.loan == loan).count() == 2
    assert loan.printed_at is not None and loan.print_count == 1
    # AND the YES arrow continues to the handover, acknowledged on the visitor screen
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.HANDOVER
    handover = wizard.pages[Step.HANDOVER].panel
    assert screen.current_part is handover and handover.documents.count() == 2
    assert not wizard.btn_back.isEnabled()  # the receipt exists: no going back before it
    qtbot.mouseClick(handover.ack, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(screen.done, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.DEPARTURE
    assert screen.current_part is wizard.pages[Step.DEPARTURE].panel
    qtbot.mouseClick(screen.done, Qt.MouseButton.LeftButton)  # no rating: optional
    settle(qtbot)
    assert wizard.current is Step.DOCUMENTATION
    assert screen.current_part is None  # the officer's notes never show to the visitor
    # AND the receipt can be printed again later from the visit, with the same number
    doc = wizard.pages[Step.DOCUMENTATION]
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(doc.reprint.button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    qtbot.waitUntil(lambda: Loan.get().print_count == 2)
    again = decode(devices.printer.last_job.data)
    assert again.qr_codes == ["PJ-2026-000001"] and "CETAK ULANG ke-1" in again.text
    with qtbot.waitSignal(wizard.finished_visit, timeout=3000):
        qtbot.mouseClick(wizard.btn_finish, Qt.MouseButton.LeftButton)
        settle(qtbot)
    visit = Visit.get(Visit.status == "closed", Visit.visitor == returning_visitor,
                      Visit.loan_at.is_null(False))
    assert visit.handover_at is not None and visit.rating is None
    assert Visitor.select().count() == 1  # the same person, not a duplicate


def test_print_failure_keeps_the_loan_and_reprint_prints_it(qtbot, window, services,
                                                           catalogue, returning_visitor,
                                                           devices):
    # GIVEN a visit that reached the loan box
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, returning_visitor)
    vs.save_visit_book(visit.id, {**vs.load(visit.id).form.as_dict(), "purpose": "Pinjam"},
                       consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    vs.decide_borrow(visit.id, True)
    window.visit_desk.panel.refresh()
    window.open_visit(visit.id)  # read on the database lane, then the wizard opens
    qtbot.waitUntil(lambda: visit.id in window.visit_desk.wizards)
    settle(qtbot)
    wizard = window.visit_desk.wizards[visit.id]
    assert wizard.current is Step.LOAN
    page = wizard.pages[Step.LOAN]
    OfficerActions(qtbot).scan(wizard, "JDIH0000003")
    assert page.items.rowCount() == 1
    # WHEN the printer runs out of paper on this job
    devices.printer.fail_next(PaperOut())
    with qtbot.waitSignal(devices.printer_worker.print_failed, timeout=5000):
        qtbot.mouseClick(page.save_print, Qt.MouseButton.LeftButton)
        settle(qtbot)
    # THEN the loan is saved, the error is shown in Indonesian and "Cetak ulang" is offered
    loan = Loan.get()
    assert loan.receipt_number == "PJ-2026-000001" and loan.print_count == 0
    assert "Kertas printer habis" in page.status.text()
    assert "tetap tersimpan" in page.status.text()
    assert page.reprint.isVisibleTo(wizard) and page.reprint.isEnabled()
    assert wizard.btn_next.isEnabled()  # the loan exists; the paper can follow
    assert not wizard.btn_back.isEnabled()  # the saved loan cannot be undone by going back
    assert devices.printer.jobs == []
    # WHEN the officer presses "Cetak ulang"
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(page.reprint, Qt.MouseButton.LeftButton)
        settle(qtbot)
    qtbot.waitUntil(lambda: Loan.get().print_count == 1)
    # THEN the same stored receipt is printed
    d = decode(devices.printer.last_job.data)
    assert d.qr_codes == ["PJ-2026-000001"] and "JDIH0000003" in d.text
    assert Loan.select().count() == 1
    # AND the page says so once the operation has recorded the print
    qtbot.waitUntil(lambda: "tercetak" in page.status.text())


def test_closing_the_app_at_step_5_and_reopening_resumes_at_step_5(qtbot, ctx, services,
                                                                   catalogue, devices):
    # GIVEN a visit driven through the wizard to the browse box
    first = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    wizard = _open_wizard(qtbot, first)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    _fill_new_visitor(qtbot, wizard.pages[Step.VISIT_BOOK].panel)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.BROWSE
    visit_id = wizard.visit.id
    # AND two copies scanned onto the "to borrow" list, one of them removed again, a third added
    scanner = OfficerActions(qtbot)
    for code in ("JDIH0000001", "JDIH0000003", "JDIH0000002"):
        scanner.scan(wizard, code)
    browse = wizard.pages[Step.BROWSE]
    browse.cart_list.setCurrentRow(1)
    qtbot.mouseClick(browse.remove_copy, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert [c.barcode for c in wizard.ctx.cart] == ["JDIH0000001", "JDIH0000002"]
    # WHEN the app is closed
    first.visit_desk.shutdown()
    first.close()  # (qtbot deletes it at teardown)
    QApplication.processEvents()
    # AND a new main window opens on the same database
    second = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(second)
    second.show()
    panel = second.visit_desk.panel
    # THEN the visit is listed at step 5 with the NIK masked (read off the GUI thread)
    qtbot.waitUntil(lambda: [r.id for r in panel.rows] == [visit_id])
    assert panel.table.item(0, 1).text() == "5. Penelusuran koleksi"
    assert "6172••••••••0002" in panel.table.item(0, 2).text()
    assert "1203850002" not in panel.table.item(0, 2).text()
    # AND Enter on the row resumes the wizard at step 5
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot)
    resumed = second.visit_desk.wizards[visit_id]
    assert resumed.current is Step.BROWSE
    assert resumed.stack.currentWidget() is resumed.pages[Step.BROWSE]
    assert resumed.btn_back.isEnabled()
    # AND the "to borrow" list is back exactly, in the order it was made
    page = resumed.pages[Step.BROWSE]
    assert [c.barcode for c in resumed.ctx.cart] == ["JDIH0000001", "JDIH0000002"]
    assert [page.cart_list.item(i).text().split(" — ")[0]
            for i in range(page.cart_list.count())] == ["JDIH0000001", "JDIH0000002"]
    assert page.borrow.text().startswith("Pinjam (2)")
    # AND the loan takes the list: saved with both copies, the stored list is then empty
    qtbot.mouseClick(page.borrow, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert resumed.current is Step.LOAN
    loan_page = resumed.pages[Step.LOAN]
    assert loan_page.items.rowCount() == 2
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        qtbot.mouseClick(loan_page.save_print, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert sorted(i.copy.barcode for i in LoanItem.select()) == ["JDIH0000001", "JDIH0000002"]
    assert services.visits.selection(visit_id) == []
    second.visit_desk.shutdown()


def test_cancel_visit_keeps_the_record_with_a_reason(qtbot, window, services):
    # GIVEN a visit at the visit book
    wizard = _open_wizard(qtbot, window)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    # WHEN the officer asks to cancel without a reason, then with one
    qtbot.mouseClick(wizard.btn_cancel_visit, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(wizard.cancel_bar.findChild(QPushButton, "btnConfirmCancelVisit"),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN a precise message asks for the reason and nothing changes
    assert "alasan" in wizard.cancel_error.text().lower()
    assert Visit.get().status == "open"
    qtbot.keyClicks(wizard.cancel_reason, "Pengunjung pergi sebelum mengisi buku")
    settle(qtbot)
    with qtbot.waitSignal(wizard.finished_visit):
        qtbot.keyClick(wizard.cancel_reason, Qt.Key.Key_Return)
        settle(qtbot)
    visit = Visit.get()
    assert visit.status == "cancelled" and visit.step == "VISIT_BOOK"
    assert visit.cancel_reason == "Pengunjung pergi sebelum mengisi buku"
    assert AuditLog.select().where(AuditLog.action == "visit.cancel").count() == 1


def test_escape_asks_before_closing_and_the_visit_stays_listed(qtbot, window):
    # GIVEN an open wizard
    wizard = _open_wizard(qtbot, window)
    # WHEN the officer presses Esc
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Escape)
    settle(qtbot)
    # THEN the wizard asks instead of closing
    assert wizard.isVisible() and wizard.close_bar.isVisibleTo(wizard)
    assert "tetap tersimpan" in " ".join(lab.text() for lab in
                                         wizard.close_bar.findChildren(QLabel))
    # WHEN confirmed, the window closes and the visit is still in progress
    qtbot.mouseClick(wizard.close_bar.findChild(QPushButton, "btnConfirmClose"),
                     Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: len(window.visit_desk.panel.rows) == 1)  # read off the GUI thread
    assert window.visit_desk.panel.rows[0].step is Step.ARRIVAL


def test_back_to_arrival_keeps_the_chosen_visitor_selected(qtbot, window, returning_visitor):
    # GIVEN a returning visitor chosen at arrival
    wizard = _open_wizard(qtbot, window)
    qtbot.keyClicks(wizard.pages[Step.ARRIVAL].search, "Siti")
    settle(qtbot)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    assert wizard.current is Step.VISIT_BOOK
    # WHEN the officer goes back
    qtbot.mouseClick(wizard.btn_back, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN the arrival page shows the same visitor selected, and the stored step is unchanged
    assert wizard.current is Step.ARRIVAL
    assert wizard.pages[Step.ARRIVAL].selected_visitor() == returning_visitor
    assert Visit.get_by_id(wizard.visit.id).step == "VISIT_BOOK"


def test_barcode_wedge_adds_a_copy_from_anywhere_on_the_browse_page(qtbot, services, catalogue,
                                                                    returning_visitor, devices):
    # GIVEN the browse page with the focus on the results table (not a text field)
    from jdih_desktop.ui.wizard.base import WizardContext
    from jdih_desktop.ui.wizard.wizard import VisitWizard

    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, returning_visitor)
    vs.save_visit_book(visit.id, {**vs.load(visit.id).form.as_dict(), "purpose": "Baca"},
                       consent=True, signature_png=ink_png())
    vs.grant_access(visit.id, None)
    w = VisitWizard(WizardContext(services, devices.printer_worker, devices.scanner_worker,
                                  vs.default_officer(), services.clock), vs.load(visit.id))
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    page = w.pages[Step.BROWSE]
    page.results.setFocus()
    # WHEN a scanner types a barcode and Enter
    OfficerActions(qtbot).scan(w, "JDIH0000002")
    # THEN the copy is on the list and the visit did not advance
    assert [c.barcode for c in w.ctx.cart] == ["JDIH0000002"]
    assert w.current is Step.BROWSE
    # AND an unknown barcode gets a precise message
    OfficerActions(qtbot).scan(w, "JDIH0000099")
    assert "JDIH0000099 tidak terdaftar" in page.feedback.text()
    assert len(w.ctx.cart) == 1


def test_correcting_the_visit_book_after_going_back_keeps_the_signature(qtbot, window):
    # GIVEN a visit book saved with a signature, and the officer back on it from step 4
    wizard = _open_wizard(qtbot, window)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    _fill_new_visitor(qtbot, panel)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    first_signature = bytes(Visit.get().signature_png)
    qtbot.mouseClick(wizard.btn_back, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.current is Step.VISIT_BOOK
    # WHEN only the institution is corrected
    assert panel.signature.is_empty and panel.consent.isChecked() and wizard.btn_next.isEnabled()
    panel.fields["institution"].clear()
    qtbot.keyClicks(panel.fields["institution"], "KPU Kota Singkawang")
    settle(qtbot)
    qtbot.mouseClick(wizard.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN the stored signature stands and the correction is saved
    assert wizard.current is Step.ACCESS
    assert bytes(Visit.get().signature_png) == first_signature
    assert Visitor.get().institution == "KPU Kota Singkawang"
    # AND clearing the pad on a later correction demands a new signature
    qtbot.mouseClick(wizard.btn_back, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(panel.clear_signature, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not wizard.btn_next.isEnabled()
    assert "Tanda tangan pengunjung masih kosong" in panel.summary.text()
