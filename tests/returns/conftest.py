"""Loans to return: built straight in the store (the loan wizard is another area)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from jdih_desktop.store.models import Copy, Document, Loan, LoanItem, Visitor

_seq = itertools.count(1)


class LoanFactory:
    """Creates a visitor, documents with one copy each, and a loan over those copies."""

    def document(self, nomor: str | None = None, tahun: int = 2021) -> Document:
        n = next(_seq)
        doc = Document.create(
            doc_type="peraturan", jenis="Peraturan Komisi Pemilihan Umum",
            singkatan_jenis="PKPU", nomor=nomor or str(n), tahun=tahun,
            judul=f"Peraturan nomor {n} tentang tahapan pemilihan umum")
        Copy.create(document=doc, barcode=f"JDIH{n:07d}")
        return doc

    def loan(self, *, docs: int = 2, loaned_at: dt.datetime, due: dt.date | None,
             read_on_site: bool = False, name: str = "Siti Rahmawati",
             number: int | None = None) -> Loan:
        visitor = Visitor.create(full_name=name, name_search=name.lower(),
                                 phone="+6281234567890", email="siti@example.id")
        n = number or next(_seq)
        loan = Loan.create(receipt_number=f"PJ-{loaned_at.year}-{n:06d}", visitor=visitor,
                           loaned_at=loaned_at, due_date=due, read_on_site=read_on_site)
        for _ in range(docs):
            doc = self.document()
            LoanItem.create(loan=loan, copy=Copy.get(Copy.document == doc))
        return loan


@pytest.fixture
def loans(ctx) -> LoanFactory:
    return LoanFactory()
