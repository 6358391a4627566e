"""The database itself rejects impossible states."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import IntegrityError

from jdih_desktop.store.models import (
    Copy,
    Document,
    DocumentRelation,
    Loan,
    LoanItem,
    Return,
    Visit,
    Visitor,
)


def _doc(**kw) -> Document:
    base = dict(doc_type="peraturan", jenis="Undang-Undang", singkatan_jenis="UU", nomor="7",
                tahun=2017, judul="Pemilihan Umum")
    base.update(kw)
    return Document.create(**base)


def _visitor(n: str = "6172011203900001") -> Visitor:
    return Visitor.create(full_name="Budi", id_type="nik", id_number=n, name_search="budi")


def _loan(visitor: Visitor, number: str) -> Loan:
    return Loan.create(receipt_number=number, visitor=visitor, due_date=dt.date(2026, 12, 1))


def test_pragmas_are_in_force(ctx):
    assert ctx.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ctx.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert ctx.db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_copy_cannot_be_on_two_open_loans(ctx):
    # GIVEN a copy out on an open loan
    copy = Copy.create(document=_doc(), barcode="JDIH-000001")
    v = _visitor()
    LoanItem.create(loan=_loan(v, "PJ-1"), copy=copy)
    # WHEN it is put on a second loan THEN the database refuses
    with pytest.raises(IntegrityError), ctx.db.atomic():
        LoanItem.create(loan=_loan(v, "PJ-2"), copy=copy)


def test_a_returned_copy_can_be_lent_again(ctx):
    copy = Copy.create(document=_doc(), barcode="JDIH-000001")
    v = _visitor()
    first = _loan(v, "PJ-1")
    item = LoanItem.create(loan=first, copy=copy)
    ret = Return.create(loan=first, slip_number="KB-1")
    item.returned = ret
    item.returned_at = dt.datetime(2026, 11, 2, 10, 0)
    item.return_condition = "baik"
    item.save()
    LoanItem.create(loan=_loan(v, "PJ-2"), copy=copy)
    assert LoanItem.select().where(LoanItem.copy == copy).count() == 2


def test_returned_flag_and_time_go_together(ctx):
    copy = Copy.create(document=_doc(), barcode="JDIH-000001")
    loan = _loan(_visitor(), "PJ-1")
    with pytest.raises(IntegrityError), ctx.db.atomic():
        LoanItem.create(loan=loan, copy=copy, returned_at=dt.datetime(2026, 11, 2))


@pytest.mark.parametrize(("model", "kwargs"), [
    (Document, dict(doc_type="buku")),
    (Document, dict(status="dicabut")),
])
def test_closed_lists_are_enforced(ctx, model, kwargs):
    with pytest.raises(IntegrityError), ctx.db.atomic():
        _doc(**kwargs)


def test_same_jenis_number_year_cannot_be_catalogued_twice(ctx):
    _doc()
    with pytest.raises(IntegrityError), ctx.db.atomic():
        _doc(judul="another title")
    # but the same number in another year, or another jenis, is fine
    _doc(tahun=2018)
    _doc(jenis="Peraturan Komisi Pemilihan Umum", singkatan_jenis="PKPU")


def test_documents_without_number_coexist(ctx):
    _doc(doc_type="monografi", jenis="Buku", nomor=None, tahun=2020, judul="A")
    _doc(doc_type="monografi", jenis="Buku", nomor=None, tahun=2020, judul="B")
    assert Document.select().count() == 2


def test_barcodes_are_unique(ctx):
    d = _doc()
    Copy.create(document=d, barcode="JDIH-000001")
    with pytest.raises(IntegrityError), ctx.db.atomic():
        Copy.create(document=d, barcode="JDIH-000001")


def test_rating_is_one_to_four(ctx):
    with pytest.raises(IntegrityError), ctx.db.atomic():
        Visit.create(rating=5)
    assert Visit.create(rating=4).rating == 4


def test_a_document_cannot_relate_to_itself(ctx):
    d = _doc()
    with pytest.raises(IntegrityError), ctx.db.atomic():
        DocumentRelation.create(source=d, target=d, kind="mencabut")


def test_a_lent_copy_cannot_be_deleted(ctx):
    copy = Copy.create(document=_doc(), barcode="JDIH-000001")
    LoanItem.create(loan=_loan(_visitor(), "PJ-1"), copy=copy)
    with pytest.raises(IntegrityError), ctx.db.atomic():
        copy.delete_instance()


def test_identity_numbers_are_unique_per_type(ctx):
    _visitor()
    with pytest.raises(IntegrityError), ctx.db.atomic():
        _visitor()
