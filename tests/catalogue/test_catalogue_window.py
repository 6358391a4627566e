"""The catalogue window driven like an officer would: search, filter, detail, form, copies,
attachments and digitisation, with the simulated printer and scanner on their own threads."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.services.catalogue import DocumentData
from jdih_desktop.ui.catalogue import CatalogueWindow
from jdih_desktop.ui.catalogue.tasks import pending_tasks
from tests.catalogue.conftest import peraturan
from tests.support.gui_sql import sql_on_gui_thread


@pytest.fixture
def devices(qtbot):
    printer, scanner = SimulatedPrinter(), SimulatedScanner(feeder_pages=3)
    pw, sw = PrinterWorker(printer), ScannerWorker(scanner)
    yield printer, scanner, pw, sw
    pw.shutdown()
    sw.shutdown()


@pytest.fixture
def window(qtbot, services, devices):
    cat = services.catalogue
    new = cat.create_document(peraturan())
    old = cat.create_document(peraturan(nomor="8", tahun=2019, judul="Tata Kerja KPU",
                                        tanggal_penetapan=None, tanggal_pengundangan=None))
    cat.set_relation(new, old, "mencabut")
    cat.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul="Hukum Pemilu",
                                     teu_badan="Topo Santoso", tahun=2019, penerbit="Rajawali",
                                     subjek="pemilu"))
    _, _, pw, sw = devices
    w = CatalogueWindow(services, sw, pw)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.model.loading)  # the first page is read off the GUI thread
    yield w
    qtbot.waitUntil(lambda: pending_tasks() == 0)


def _row_of(window, judul: str) -> int:
    for r in range(window.model.rowCount()):
        if window.model.document_row(r).judul == judul:
            return r
    raise AssertionError(judul)

def _select(qtbot, window, row: int) -> None:
    """Select a table row and wait for the detail panel (read off the GUI thread) to show it."""
    window.table.selectRow(row)
    wanted = window.model.document_id(row)
    qtbot.waitUntil(lambda: window.detail.document_id == wanted and not window.detail.loading)



def test_search_filter_and_detail(qtbot, window) -> None:
    # GIVEN three documents WHEN the officer types a citation
    assert window.model.total == 3
    qtbot.keyClicks(window.filter_bar.search, "pkpu 8/2019")
    qtbot.waitUntil(lambda: window.model.total == 2)
    assert window.result_label.text() == "2 dokumen"
    # THEN the cited document comes first, above the one that mentions it in its title
    assert window.model.document_row(0).judul == "Tata Kerja KPU"
    # WHEN the row is selected THEN the detail shows it was revoked, and by what
    _select(qtbot, window, 0)
    assert "Tata Kerja KPU" in window.detail.title.text()
    assert window.detail.revoked.text() == "Dicabut oleh PKPU 4/2021"
    assert window.detail.revoked.isVisible()
    # WHEN the search is cleared and the type filter set to Monografi Hukum
    window.filter_bar.search.clear()
    window.filter_bar.doc_type.setCurrentIndex(window.filter_bar.doc_type.findData("monografi"))
    qtbot.waitUntil(lambda: window.model.filters.doc_type == "monografi")
    assert window.model.total == 1
    assert window.model.data(window.model.index(0, 4)) == "Hukum Pemilu"
    # and a status filter on top of a reset
    window.filter_bar.reset()
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("tidak_berlaku"))
    qtbot.waitUntil(lambda: window.model.filters.status == "tidak_berlaku")
    assert window.model.total == 1


def test_header_click_sorts(qtbot, window) -> None:
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, 4))
    assert window.model.sort_key == "judul"
    qtbot.waitUntil(lambda: not window.model.loading)  # the rows are read off the GUI thread
    titles = [window.model.document_row(r).judul for r in range(3)]
    assert titles == sorted(titles)
    # a second click on the same header (not a double-click) reverses the order
    header.sectionClicked.emit(4)
    assert window.model.sort_key == "judul_desc"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_create_document_with_validation_error_first(qtbot, window, services) -> None:
    # GIVEN the form for a new peraturan
    window.act_add.trigger()
    form = window.form
    assert form is not None and form.isVisible()
    assert form.form.labels["nomor"].text() == "Nomor *"
    assert form.form.labels["sumber"].text() == "Sumber"
    qtbot.keyClicks(form.field("jenis"), "Peraturan Komisi Pemilihan Umum")
    qtbot.keyClicks(form.field("nomor"), "10")
    qtbot.keyClicks(form.field("tahun"), "2030")
    qtbot.keyClicks(form.field("judul"), "Pedoman Pengelolaan JDIH")
    qtbot.keyClicks(form.field("teu_badan"), "Komisi Pemilihan Umum")
    qtbot.keyClicks(form.field("subjek"), "jdih, pedoman")
    # WHEN saved with a year in the future THEN the message sits under the year, nothing saved
    # (the service checks on the database lane: the answer comes back as the failure)
    with qtbot.waitSignal(form.failed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.error_text("tahun") == ("Tahun 2030 belum terjadi: paling lambat 2026. Periksa "
                                        "kembali tahunnya.")
    assert form.error_text("nomor") == ""
    assert services.catalogue.count(window.model.filters) == 3
    # WHEN the year is corrected and saved again
    form.field("tahun").clear()
    qtbot.keyClicks(form.field("tahun"), "2022")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    # THEN it is in the table, selected, with its subject normalised
    assert not form.isVisible()
    qtbot.waitUntil(lambda: window.model.total == 4 and not window.model.loading)
    qtbot.waitUntil(lambda: window.detail.document_id == form.document_id)
    assert window.detail.detail.data.judul == "Pedoman Pengelolaan JDIH"
    assert window.selected_document_id() == window.detail.document_id
    assert window.detail.detail.data.subjek == "JDIH - PEDOMAN"


def test_form_duplicate_and_type_specific_fields(qtbot, window) -> None:
    form = window.make_form()
    form.type_combo.setCurrentIndex(form.type_combo.findData("monografi"))
    assert "isbn" in form.form.inputs and "tanggal_pengundangan" not in form.form.inputs
    assert form.form.labels["teu_badan"].text() == "Pengarang (T.E.U.) *"
    form.type_combo.setCurrentIndex(form.type_combo.findData("peraturan"))
    for name, text in (("jenis", "Peraturan Komisi Pemilihan Umum"), ("nomor", "4"),
                       ("tahun", "2021"), ("judul", "Lagi"), ("teu_badan", "KPU"),
                       ("tanggal_penetapan", "31-02-2021")):
        qtbot.keyClicks(form.field(name), text)
    with qtbot.waitSignal(form.failed):
        assert not form.save()  # the date is refused at once; the service's checks follow
    assert "sudah ada di katalog" in form.error_text("nomor")
    assert form.error_text("tanggal_penetapan").startswith("Tanggal tidak terbaca")
    form.reject()


def test_copies_labels_and_attachments(qtbot, window, devices, tmp_path) -> None:
    printer, _, _, _ = devices
    _select(qtbot, window, _row_of(window, "Tata Kerja KPU"))
    detail = window.detail
    detail.tabs.setCurrentIndex(2)
    # WHEN two copies are added THEN they get the scheme's barcodes
    qtbot.keyClicks(detail.copy_shelf, "R1-A")
    qtbot.mouseClick(detail.add_copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.add_copy_button, Qt.MouseButton.LeftButton)
    # (each an operation on the database lane, in the order clicked)
    qtbot.waitUntil(lambda: detail.copy_table.rowCount() == 2
                    and detail.message.text().startswith("Eksemplar JDIH0000002"))
    assert detail.copy_table.item(1, 0).text() == "JDIH0000002"
    assert detail.message.text() == "Eksemplar JDIH0000002 ditambahkan."
    qtbot.waitUntil(lambda: not window.model.loading and window.model.document_row(
        _row_of(window, "Tata Kerja KPU")).copies == 2)
    # WHEN a label is printed THEN the printer thread prints the barcode
    detail.copy_table.selectRow(0)
    qtbot.mouseClick(detail.print_label_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.message.text() == "Label JDIH0000001 tercetak.")
    assert "[Barcode: JDIH0000001]" in printer.last_job.receipt.plain_text()
    # WHEN a label sheet is saved THEN the PDF holds both barcodes
    out = tmp_path / "label.pdf"
    detail.save_label_sheet([c.id for c in detail.detail.copies], str(out))
    qtbot.waitUntil(lambda: "tersimpan" in detail.message.text())
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "JDIH0000001" in text and "JDIH0000002" in text
    # WHEN a PDF is attached THEN it is listed with its page count
    pdf = tmp_path / "naskah.pdf"
    Image.new("RGB", (40, 40), "white").save(pdf, "PDF")
    detail.add_attachment_file(str(pdf), "full_text")
    qtbot.waitUntil(lambda: detail.attachment_list.count() == 1)
    assert detail.attachment_list.item(0).text().startswith("Naskah lengkap: naskah.pdf")
    # WHEN it is opened THEN a copy of the stored file goes to the system's PDF viewer
    opened: list[str] = []

    class Viewer(QObject):
        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            opened.append(url.toLocalFile())

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        detail.attachment_list.setCurrentRow(0)
        qtbot.mouseClick(detail.open_attachment_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened[0].endswith("/naskah.pdf")
    assert Path(opened[0]).read_bytes() == pdf.read_bytes()
    # AND a file that is not a PDF is refused with the reason
    bad = tmp_path / "bukan.pdf"
    bad.write_bytes(b"hello")
    detail.add_attachment_file(str(bad), "lampiran")
    qtbot.waitUntil(lambda: "bukan PDF" in detail.message.text())


def test_digitise_feeder_then_flatbed_reorder_save(qtbot, window, services) -> None:
    _select(qtbot, window, _row_of(window, "Hukum Pemilu"))
    dlg = window.detail.make_digitise_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.dpi.setCurrentIndex(0)
    # WHEN the feeder batch (3 pages) is scanned, then one page from the flatbed
    dlg.source.setCurrentIndex(dlg.source.findData("feeder"))
    qtbot.mouseClick(dlg.scan_button, Qt.MouseButton.LeftButton)
    assert dlg.cancel_scan_button.isEnabled()
    qtbot.waitUntil(lambda: dlg.pages.count() == 3, timeout=10000)
    dlg.source.setCurrentIndex(dlg.source.findData("flatbed"))
    qtbot.mouseClick(dlg.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.count() == 4, timeout=10000)
    first, last = dlg.current_pages()[0], dlg.current_pages()[3]
    # WHEN the last page is moved to the front and page 2 is deleted
    dlg.pages.setCurrentRow(3)
    for _ in range(3):
        qtbot.mouseClick(dlg.left_button, Qt.MouseButton.LeftButton)
    dlg.pages.setCurrentRow(2)
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert [dlg.pages.item(i).text() for i in range(3)] == ["Hal. 1", "Hal. 2", "Hal. 3"]
    assert dlg.current_pages()[0] is last and dlg.current_pages()[1] is first
    # THEN saving makes one 3-page PDF attachment
    with qtbot.waitSignal(dlg.saved, timeout=10000) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    att = saved.args[0]
    assert att.pages == 3 and att.kind == "digitised"
    pdf = services.catalogue.attachment_content(att.id)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
    qtbot.waitUntil(lambda: window.detail.attachment_list.count() == 1)  # read again


def test_digitise_cancel_and_scanner_error(qtbot, window, devices) -> None:
    from jdih_desktop.devices.base import PaperJam

    _, scanner, _, _ = devices
    _select(qtbot, window, 0)
    dlg = window.detail.make_digitise_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    scanner.fail_next(PaperJam())
    qtbot.mouseClick(dlg.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.scan_button.isEnabled())
    assert dlg.status.text() == PaperJam.default_message
    assert not dlg.save_button.isEnabled()
    # a slow feeder batch stopped half-way keeps nothing of it and says so
    scanner.page_delay_s = 0.05
    scanner.load_feeder(50)
    dlg.source.setCurrentIndex(dlg.source.findData("feeder"))
    qtbot.mouseClick(dlg.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "terpindai" in dlg.status.text(), timeout=5000)
    qtbot.mouseClick(dlg.cancel_scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dihentikan" in dlg.status.text(), timeout=5000)
    assert dlg.pages.count() == 0
    dlg.reject()


def test_main_window_opens_one_catalogue(qtbot, ctx, services, devices) -> None:
    from jdih_desktop.ui.main_window import MainWindow

    _, _, pw, sw = devices
    main = MainWindow(ctx, services, pw, sw)
    qtbot.addWidget(main)
    main.act_catalogue.trigger()
    first = main.catalogue_window
    main.act_catalogue.trigger()
    assert main.catalogue_window is first and first.isVisible()


def test_relation_editor_sets_both_sides(qtbot, window, services) -> None:
    from jdih_desktop.ui.catalogue.relations import RelationDialog

    # GIVEN the monograph selected WHEN the officer records that it "melaksanakan" PKPU 4/2021
    _select(qtbot, window, _row_of(window, "Hukum Pemilu"))
    detail = window.detail
    dlg = RelationDialog(services.catalogue, detail.document_id, detail.detail.citation, detail)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("melaksanakan"))
    qtbot.mouseClick(dlg.findChild(type(window.detail.add_relation_button), "relationSave"),
                     Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "Cari lalu pilih dokumen terkait dari daftar."
    qtbot.keyClicks(dlg.search, "pkpu 4/2021")
    qtbot.waitUntil(lambda: dlg.results.count() >= 1)
    assert dlg.results.currentItem().text().startswith("PKPU 4/2021 — ")
    with qtbot.waitSignal(dlg.saved):  # stored on the database lane
        dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    # THEN the other document shows the inverse
    target = dlg.results.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    kinds = [r.kind for r in services.catalogue.relations(target)]
    assert "dilaksanakan" in kinds


def test_relation_search_failing_says_so_in_the_dialog(qtbot, services) -> None:
    from peewee import OperationalError

    from jdih_desktop.ui.catalogue.relations import RelationDialog

    class FailingCatalogue:  # the database stopped answering
        def page(self, *_args):
            raise OperationalError("server closed the connection unexpectedly")

    # GIVEN the relation editor WHEN its search (run by a timer as the person types) fails
    dlg = RelationDialog(FailingCatalogue(), 1, "UU 7/2017")
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.search, "pkpu")
    # THEN the dialog says so on its own line (no exception escapes the slot)
    qtbot.waitUntil(lambda: dlg.message.text() != "")
    assert dlg.message.text().startswith("Pencarian gagal: Basis data tidak dapat dipakai: ")
    assert dlg.results.count() == 0


def test_edit_and_delete_document(qtbot, window, services) -> None:
    row = _row_of(window, "Hukum Pemilu")
    _select(qtbot, window, row)
    doc_id = window.detail.document_id
    # WHEN edited through the form (type fixed, own fields) THEN the table shows the change
    window.act_edit.trigger()
    # (the document is read on the database lane, then the form opens)
    qtbot.waitUntil(lambda: getattr(window, "form", None) is not None and window.form.isVisible())
    form = window.form
    assert not form.type_combo.isEnabled()
    assert form.field("penerbit").text() == "Rajawali"
    form.field("judul").setPlainText("Hukum Pemilu Indonesia")
    qtbot.keyClicks(form.field("isbn"), "978-602-8519-93-9")
    with qtbot.waitSignal(form.saved):
        assert form.save()
    assert services.catalogue.get_document(doc_id).judul == "Hukum Pemilu Indonesia"
    qtbot.waitUntil(lambda: not window.model.loading)
    assert window.detail.document_id == doc_id
    # WHEN it is deleted THEN it leaves the table
    assert window.delete_document_now(doc_id)
    qtbot.waitUntil(lambda: window.model.total == 2 and not window.model.loading)
    assert window.detail.document_id is None


def test_copy_edit_and_on_loan_refusal(qtbot, window, services) -> None:
    from jdih_desktop.store.models import Loan, LoanItem, Visitor

    _select(qtbot, window, _row_of(window, "Tata Kerja KPU"))
    detail = window.detail
    qtbot.mouseClick(detail.add_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.copy_table.rowCount() == 1)
    detail.copy_table.selectRow(0)
    dlg = detail.make_copy_dialog()
    qtbot.addWidget(dlg)
    dlg.shelf.setText("R3-C")
    dlg.condition.setCurrentIndex(dlg.condition.findData("rusak"))
    with qtbot.waitSignal(dlg.accepted):
        assert dlg.save()
    qtbot.waitUntil(lambda: detail.copy_table.item(0, 1).text() == "R3-C")  # read again
    assert detail.copy_table.item(0, 2).text() == "Rusak"
    # GIVEN the copy is lent out WHEN the officer tries to delete it THEN it stays, with why
    visitor = Visitor.create(full_name="Budi", name_search="budi")
    loan = Loan.create(receipt_number="PJ-2026-000001", visitor=visitor)
    LoanItem.create(loan=loan, copy=detail.detail.copies[0].id)
    detail.reload()
    qtbot.waitUntil(lambda: detail.copy_table.item(0, 4).text() == "Dipinjam (PJ-2026-000001)")
    detail.copy_table.selectRow(0)
    qtbot.mouseClick(detail.remove_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.message.text().startswith(
        "Eksemplar JDIH0000001 sedang dipinjam (bukti PJ-2026-000001)"))
    assert detail.copy_table.rowCount() == 1


def test_form_subject_completion_from_used_headings(qtbot, window) -> None:
    form = window.make_form()
    qtbot.addWidget(form)
    subject = form.field("subjek")
    qtbot.keyClicks(subject, "pem")
    # most used first (two PKPUs carry the first heading), read on the database lane
    qtbot.waitUntil(lambda: subject.completer().model().stringList()
                    == ["PEMILU - TATA KERJA", "PEMILU"])


def test_new_monograph_starts_with_its_usual_form(qtbot, window) -> None:
    form = window.make_form()
    qtbot.addWidget(form)
    assert form.field("jenis").text() == ""
    form.type_combo.setCurrentIndex(form.type_combo.findData("monografi"))
    assert form.field("jenis").text() == "Buku"
    form.type_combo.setCurrentIndex(form.type_combo.findData("artikel"))
    assert form.field("jenis").text() == "Artikel Jurnal"


def test_closing_digitise_with_unsaved_pages_asks_first(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _select(qtbot, window, 0)
    dlg = window.detail.make_digitise_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.count() == 1, timeout=10000)
    asked: list[str] = []

    def answer(choice):
        def fake(_parent, _title, text, *args, **kw):
            asked.append(text)
            return choice
        return fake

    # WHEN Batal is pressed and the officer says No THEN the pages stay
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.pages.count() == 1
    assert asked == ["1 halaman hasil pindai belum disimpan. Tutup dan buang halaman itu?"]
    # WHEN the officer agrees THEN the dialog closes
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()


def test_an_edit_in_one_window_refreshes_another_and_never_queries_on_the_gui_thread(
        qtbot, window, services) -> None:


    # GIVEN a second catalogue window open beside the first (another desk task)
    other = CatalogueWindow(services)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: not other.model.loading)
    assert other.model.total == 3
    # AND every statement on the GUI thread recorded from here on
    with sql_on_gui_thread() as on_gui:
        # WHEN a document is added through the first window's form
        form = window.make_form()
        for name, text in (("jenis", "Keputusan KPU"), ("nomor", "77"), ("tahun", "2024"),
                           ("judul", "Penetapan Daftar Pemilih"), ("teu_badan", "KPU")):
            qtbot.keyClicks(form.field(name), text)
        with qtbot.waitSignal(form.saved, timeout=5000):
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        # THEN the other window shows it too, without being told by the first
        qtbot.waitUntil(lambda: other.model.total == 4 and not other.model.loading)
        qtbot.waitUntil(lambda: window.model.total == 4 and not window.model.loading)
        # AND the save, the check, both tables' refreshes and the detail panel's read of
        # the new document ran off the GUI thread: not one statement there
        assert on_gui == []
        # WHEN it is deleted in the other window THEN the first one drops it as well
        new_id = form.document_id
        other.delete_document_now(new_id)
        qtbot.waitUntil(lambda: window.model.total == 3 and not window.model.loading)
        assert on_gui == []
