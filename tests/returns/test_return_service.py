"""ReturnService: look-up by receipt or barcode, partial and full returns, slips, scans."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from jdih_desktop.devices.base import QrCode, ScannedPage
from jdih_desktop.services.returns import (
    ReturnError,
    ReturnLine,
    normalise_code,
    pages_to_pdf,
)
from jdih_desktop.store.models import Attachment, AuditLog, Copy, Counter, Loan, LoanItem, Return

LOANED = dt.datetime(2026, 11, 20, 10, 0)


def test_find_by_receipt_barcode_and_sloppy_typing(services, loans):
    # GIVEN a loan of two documents
    loan = loans.loan(docs=2, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    barcode = LoanItem.select().where(LoanItem.loan == loan).first().copy.barcode
    # WHEN it is looked up by receipt number, by a copy barcode, by lower-case text with spaces
    # and by a QR code holding a URL around the number
    by_receipt = services.returns.find(loan.receipt_number)
    by_barcode = services.returns.find(barcode)
    typed = services.returns.find(" " + loan.receipt_number.lower() + " ")
    from_url = services.returns.find(f"https://jdih.example/pinjam/{loan.receipt_number}")
    # THEN every path shows the same loan with both copies, none returned
    assert by_receipt.loan_id == by_barcode.loan_id == typed.loan_id == from_url.loan_id
    assert len(by_receipt.items) == 2 and not any(i.returned for i in by_receipt.items)
    assert by_receipt.status == "open"
    assert by_receipt.visitor_name == "Siti Rahmawati"


@pytest.mark.parametrize("code, words", [
    ("PJ-2026-999999", "tidak ditemukan"),
    ("JDIH9999999", "tidak ada di katalog"),
    ("hello", "tidak dikenali"),
    ("", "Pindai"),
])
def test_unknown_codes_give_precise_messages(services, loans, code, words):
    # GIVEN an empty loan book WHEN an unknown code is scanned THEN the message says what to do
    with pytest.raises(ReturnError, match=words):
        services.returns.find(code)


def test_copy_never_loaned_is_reported(services, loans):
    # GIVEN a copy that was never on loan
    doc = loans.document()
    barcode = Copy.get(Copy.document == doc).barcode
    # WHEN its barcode is scanned THEN the officer is told it is not on loan
    with pytest.raises(ReturnError, match="tidak sedang dipinjam"):
        services.returns.find(barcode)


def test_partial_then_full_return(services, loans, clock):
    # GIVEN a loan of three documents
    loan = loans.loan(docs=3, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    view = services.returns.find(loan.receipt_number)
    first, second, third = view.items
    # WHEN one comes back damaged with a note
    res = services.returns.return_items(
        loan.id, [ReturnLine(first.item_id, "rusak", "sampul sobek")])
    # THEN the loan is partial, the copy's condition is updated, a slip number is issued
    assert res.slip_number == "KB-2026-000001"
    assert res.loan.status == "partial"
    assert Loan.get_by_id(loan.id).status == "partial"
    assert Copy.get_by_id(first.copy_id).condition == "rusak"
    got = {i.item_id: i for i in res.loan.items}
    assert got[first.item_id].returned and got[first.item_id].return_note == "sampul sobek"
    assert not got[second.item_id].returned
    text = res.receipt.plain_text()
    assert "BUKTI PENGEMBALIAN" in text and loan.receipt_number in text
    assert "Rusak" in text and "Masih dipinjam: 2 eksemplar" in text
    # AND the slip says which copies are still out and when they are due (issue 15)
    for item in (second, third):
        assert f"({item.barcode})" in text and item.reference in text
    assert "Kembali paling lambat" in text and "Jumat, 27 November 2026" in text
    assert f"({first.barcode})" not in text.split("Masih dipinjam")[1]
    assert QrCode("KB-2026-000001") in res.receipt.items
    # WHEN the rest come back later (one lost) by scanning a remaining copy's barcode
    clock.advance(days=1)
    again = services.returns.find(second.barcode)
    assert [i.item_id for i in again.open_items] == [second.item_id, third.item_id]
    res2 = services.returns.return_items(
        loan.id, [ReturnLine(second.item_id), ReturnLine(third.item_id, "hilang")])
    # THEN the loan is returned, the slip number follows on, and the audit log has both
    assert res2.slip_number == "KB-2026-000002"
    assert res2.loan.status == "returned"
    assert Copy.get_by_id(third.copy_id).condition == "hilang"
    assert "Seluruh dokumen telah dikembalikan." in res2.receipt.plain_text()
    assert Counter.get(Counter.name == "return:2026").value == 2
    assert AuditLog.select().where(AuditLog.action == "loan.return").count() == 2
    # and a slip number still finds the loan
    assert services.returns.find("KB-2026-000001").loan_id == loan.id


def test_return_all_and_double_return_refused(services, loans):
    # GIVEN a loan fully returned
    loan = loans.loan(docs=2, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    res = services.returns.return_all(loan.id)
    assert res.loan.status == "returned" and len(res.returned_item_ids) == 2
    # WHEN the same items are returned again THEN it is refused and nothing changes
    with pytest.raises(ReturnError, match="sudah dikembalikan"):
        services.returns.return_items(loan.id, [ReturnLine(res.returned_item_ids[0])])
    with pytest.raises(ReturnError, match="sudah dikembalikan"):
        services.returns.return_all(loan.id)
    assert Return.select().count() == 1
    assert Counter.get(Counter.name == "return:2026").value == 1


def test_failed_return_changes_nothing(services, loans):
    # GIVEN two loans
    a = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    b = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    item_a = services.returns.find(a.receipt_number).items[0].item_id
    item_b = services.returns.find(b.receipt_number).items[0].item_id
    # WHEN a return of loan A also lists an item of loan B, or an unknown condition
    with pytest.raises(ReturnError, match="bukan bagian"):
        services.returns.return_items(a.id, [ReturnLine(item_a), ReturnLine(item_b)])
    with pytest.raises(ReturnError, match="Kondisi"):
        services.returns.return_items(a.id, [ReturnLine(item_a, "basah")])
    # THEN nothing was recorded and no slip number was used
    assert Return.select().count() == 0
    assert not Counter.select().where(Counter.name == "return:2026").exists()
    assert LoanItem.select().where(LoanItem.returned_at.is_null(False)).count() == 0


def test_slip_reprint_and_return_scan(services, loans):
    # GIVEN a return
    loan = loans.loan(docs=1, loaned_at=LOANED, due=dt.date(2026, 11, 27))
    res = services.returns.return_all(loan.id)
    # WHEN the slip is rebuilt for "Cetak ulang" THEN it is the same slip
    assert services.returns.slip(res.return_id).plain_text() == res.receipt.plain_text()
    # WHEN two scanned pages are kept as the returned document's state
    pages = []
    for colour in ("white", "gray"):
        buf = io.BytesIO()
        Image.new("RGB", (200, 280), colour).save(buf, "PNG")
        pages.append(ScannedPage(buf.getvalue(), 200, 280, 100))
    pdf = pages_to_pdf(pages)
    doc_id = res.loan.items[0].document_id
    att_id = services.returns.attach_return_scan(res.return_id, doc_id, pdf, pages=2)
    # THEN a two-page PDF attachment of kind return_scan is linked to the document
    att = Attachment.get_by_id(att_id)
    assert att.kind == "return_scan" and att.document_id == doc_id and att.size == len(pdf)
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(bytes(att.content))).pages) == 2


def test_normalise_code():
    assert normalise_code("jdih0000012\n") == "JDIH0000012"
    assert normalise_code("PJ-2026-000001") == "PJ-2026-000001"
    assert normalise_code("x kb-2026-000003 y") == "KB-2026-000003"
