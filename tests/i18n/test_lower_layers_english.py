"""Sentences and labels from below the UI read English in the English UI; paper stays Indonesian.

Each test drives a real window or the real service call the window makes, with the English
translator installed as ``app.run_gui`` installs it, and compares the text a person reads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.ui.errors import describe_error, english_names, problem_sentences
from tests.i18n.test_english_ui import _indonesian_only_sources, _visible_texts, english

__all__ = ["english"]  # the fixture, shared with test_english_ui


def test_document_form_validation_lines_and_field_labels_read_english(qtbot, services,
                                                                      english):
    from jdih_desktop.ui.catalogue.form import DocumentFormDialog

    # GIVEN the English document form for a regulation
    dialog = DocumentFormDialog(services.catalogue, doc_type="peraturan")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.labels["judul"].text() == "Title *"
    assert form.inputs["judul"].accessibleName() == "Title"
    # WHEN it is saved without a title and with a year still to come
    for name, text in (("jenis", "Peraturan KPU"), ("nomor", "8"), ("tahun", "2999"),
                       ("teu_badan", "KPU")):
        form.inputs[name].setText(text)
    assert isinstance(form.inputs["judul"], QPlainTextEdit)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "formSave"), Qt.MouseButton.LeftButton)
    # THEN the service's lines under the fields are English, the field and the document type
    # inside them too
    assert form.errors["judul"].text() == "Title is required for Regulation."
    assert form.errors["tahun"].text() == ("Year 2999 is in the future: 2026 at the latest. "
                                           "Check the year again.")
    indonesian = _indonesian_only_sources()
    assert not [t for t in _visible_texts(dialog) if t in indonesian]
    # AND the service's own result stays Indonesian (logs, imports' CSV report)
    errors = services.catalogue.check(form.collect(dialog.base)[0])
    assert errors["judul"] == "Judul wajib diisi untuk Peraturan."


def test_catalogue_import_row_messages_read_english(qtbot, services, tmp_path, english):
    from jdih_desktop.ui.transfer import ImportDialog
    from jdih_desktop.ui.transfer.worker import running_tasks

    # GIVEN a CSV with a year that is not a year and a row without a title
    path = tmp_path / "daftar.csv"
    path.write_text("Judul;Jenis;Nomor;Tahun;Pengarang\n"
                    "Keputusan tentang DPT;Keputusan KPU Kota;12;20x2;KPU Kota Singkawang\n"
                    ";Keputusan KPU Kota;13;2022;KPU Kota Singkawang\n", encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.dry_run_button.isEnabled(), timeout=10_000)
    # WHEN the English dialog's test run lists the rows' problems
    qtbot.mouseClick(dialog.findChild(QPushButton, "btnDryRun"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=10_000)
    t = dialog.errors_table
    rows = {t.item(r, 0).text(): t.item(r, 2).text() for r in range(t.rowCount())}
    # THEN each message is English, the field's label and the document type included
    assert rows == {"2": "year '20x2' must be four digits, e.g. 2022",
                    "3": "Title is required for Regulation."}
    # AND the report kept for the CSV of skipped rows stays Indonesian
    assert {e.message for e in dialog.report.errors} == {
        "tahun '20x2' harus empat angka, mis. 2022", "Judul wajib diisi untuk Peraturan."}
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=30_000)


def test_loan_quote_problems_read_english(services, english):
    from jdih_desktop.store.models import LoanRule

    # GIVEN a loan rule and no copy chosen yet
    rule = LoanRule.select().first()
    # WHEN the loan page asks for the quote
    quote = services.loans.quote(rule.id, [])
    # THEN its problem reads English on screen and Indonesian underneath
    assert [translate_text(p) for p in quote.problems] == [
        "No documents yet — scan the barcode of each copy being borrowed."]
    assert quote.problems == ("Belum ada dokumen — pindai barcode eksemplar yang dipinjam.",)
    # AND the refusal to save such a loan is English through the one error function
    from jdih_desktop.services.loans import LoanError

    with pytest.raises(LoanError) as caught:
        raise LoanError(services.loans.quote(rule.id, []).problems[0])
    assert describe_error(caught.value, log_it=False).startswith("No documents yet")


def test_database_sentences_read_english(tmp_path, english):
    from jdih_desktop.store.db import open_database

    # GIVEN SQLite saying the database is locked, and a database address that is a folder
    locked = sqlite3.OperationalError("database is locked")
    # WHEN each reaches a person
    # THEN the sentence is English
    assert describe_error(locked, log_it=False) == (
        "Another process has been using the database for too long. Wait a moment, then try "
        "again.")
    with pytest.raises(JdihError) as caught:
        open_database(f"sqlite:///{tmp_path.as_posix()}")
    assert describe_error(caught.value, log_it=False) == (
        f"{tmp_path} is a folder, not a database file.")
    assert caught.value.message == f"{tmp_path} adalah folder, bukan berkas basis data."


def test_a_field_label_inside_a_sentence_is_translated_with_it(services, english):
    # GIVEN the visit book's check of a form without a name
    problems = services.visits.validate({"full_name": ""}).problems
    # WHEN the form shows it
    shown = problem_sentences(problems)
    # THEN the label inside the sentence reads English as well
    assert shown["full_name"] == "Full name is required."


def test_the_kept_documents_of_an_undone_import_are_named_in_english(english):
    from jdih_desktop.services.import_journal import UndoResult
    from jdih_desktop.services.transfer import TransferCancelled

    # GIVEN an undone import that left two documents a desk had changed meanwhile
    undone = UndoResult(run_id=1, kept_changed=[3], kept_used=[5])
    # WHEN the import dialog says so
    cancelled = TransferCancelled(undone.sentence())
    # THEN the sentence naming them is English, and inside the cancellation too
    assert translate_text(undone.sentence()) == (
        "2 documents were changed or used at the desk while the import ran and were left as "
        "they are (#3, #5); check those documents.")
    assert "2 documents were changed" in describe_error(cancelled, log_it=False)
    assert undone.sentence().startswith("2 dokumen diubah")


def test_own_field_error_lines_follow_the_visitor_language(services, english):
    from tests.wizard.test_visit_book_settings import GOOD

    # GIVEN a required own field named in both languages, left empty
    setup = services.visit_book.add_field("Pekerjaan orang tua", "text", required=True,
                                          label_en="Parent's occupation")
    key = setup.custom[0].key
    problems = services.visits.validate(dict(GOOD), setup).problems
    names = english_names(setup.fields)
    # WHEN the English visitor screen, an Indonesian visitor on it, and the officer's English
    # screen show it
    # THEN each reads in its own language, with the office's own English name
    assert problem_sentences(problems, language="en", names=names)[key] == (
        "Parent's occupation is required.")
    assert problem_sentences(problems, language="id", names=names)[key] == (
        "Pekerjaan orang tua wajib diisi.")
    assert problem_sentences(problems, names=names)[key] == "Parent's occupation is required."


def test_printouts_stay_indonesian_in_the_english_ui(english):
    from jdih_desktop.config import AppConfig
    from jdih_desktop.services.receipts import LoanReceiptData, ReceiptLine, build_loan_receipt

    # GIVEN the English UI and a loan by an employee card holder
    config = AppConfig(path=Path("unused.ini"))
    receipt = build_loan_receipt(config, LoanReceiptData(
        receipt_number="PJ-2026-000123", loaned_at=dt.datetime(2026, 11, 24, 10, 5),
        visitor_name="Lim Mei Hua", visitor_id_type="kta", visitor_id_number="KTA-123456",
        visitor_institution="", items=(ReceiptLine("Peraturan: UU No. 7 Tahun 2017",
                                                   "Pemilihan Umum", "JDIH0000001"),),
        due_date=dt.date(2026, 12, 3), officer_name="Nur'aini", reprint=0))
    # WHEN the receipt is printed
    text = receipt.plain_text()
    # THEN its words, the labels from the shared tables included, are Indonesian
    for words in ("BUKTI PEMINJAMAN", "Jatuh tempo", "3 Desember 2026",
                  "Kartu Tanda Anggota / Pegawai", "Petugas", "Peminjam"):
        assert words in text, words
    for english_words in ("Due", "December", "Employee", "Officer", "Borrower"):
        assert english_words not in text, english_words


def test_nik_checks_renewal_refusals_and_device_addresses_read_english(services, english):
    from jdih_desktop.devices.base import BadDeviceSpec
    from jdih_desktop.devices.registry import parse_printer_spec
    from jdih_desktop.services.visits import check_nik

    # GIVEN a NIK one digit short, a device address with a bad speed
    # WHEN the visit book, the device settings show them
    # THEN they read English, the values filled in
    assert problem_sentences({"id_number": check_nik("617201120385000")}) == {
        "id_number": "The NIK must have 16 digits; 15 were entered."}
    with pytest.raises(BadDeviceSpec) as caught:
        parse_printer_spec("serial:/dev/ttyUSB0:1234")
    assert describe_error(caught.value, log_it=False) == (
        "The device address 'serial:/dev/ttyUSB0:1234' is not valid: the speed (baud) must be "
        "one of 1200/2400/4800/9600/19200/38400/57600/115200. A correct example: "
        "serial:/dev/ttyUSB0:9600.")
    assert "kecepatan (baud) harus salah satu dari" in caught.value.message


def test_printer_database_server_and_password_problems_read_english(english):
    from jdih_desktop.devices.escpos_printer import map_error
    from jdih_desktop.services.accounts import check_password, check_pin
    from jdih_desktop.store.postgres import UNREACHABLE

    # GIVEN a receipt printer that refuses the connection, a PostgreSQL server gone, a weak PIN
    refused = map_error(ConnectionRefusedError(111, "Connection refused"), "network")
    # WHEN each reaches the English UI
    # THEN it reads English (and the device's message stays Indonesian for the log)
    assert describe_error(refused, log_it=False).startswith(
        "The network printer refused the connection")
    assert refused.message.startswith("Printer jaringan menolak sambungan")
    assert translate_text(UNREACHABLE).startswith("The database server cannot be reached.")
    assert translate_text(check_pin("1111")) == "The PIN cannot be one digit repeated."
    assert translate_text(check_password("abc")).startswith("The password must have at least")
