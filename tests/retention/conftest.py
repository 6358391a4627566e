"""Visitors on both sides of the retention period, with every kind of personal data attached.

The clock of the ``clock`` fixture stands at 2026-11-24 09:00 and the default retention period
is 5 years, so the cut-off is 2021-11-24 09:00: a last visit before it is past the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from jdih_desktop.services.visits import fold_name
from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    IdScan,
    Loan,
    LoanItem,
    Return,
    Visit,
    Visitor,
)

CUTOFF = dt.datetime(2021, 11, 24, 9, 0, 0)
PNG = b"\x89PNG\r\n\x1a\n" + b"signature" * 20


@dataclass
class People:
    old: int  # last visit one second before the cut-off: anonymised
    boundary: int  # last visit exactly at the cut-off: kept
    recent: int  # an old visit and a recent one: kept
    open_loan: int  # past the period but a loan is only partly returned: skipped
    returned_loan: int  # past the period, loan fully returned: anonymised
    never_visited: int  # no visit, row created long ago: anonymised
    old_visit: int  # the old visitor's visit (signatures, ID scan, attachments)
    catalogue_attachment: int  # an attachment of that visit tied to a catalogue document


def _visitor(name: str, nik: str, created: dt.datetime, category: str = "umum") -> Visitor:
    return Visitor.create(full_name=name, id_type="nik", id_number=nik,
                          institution="Universitas Tanjungpura", address="Jl. Merdeka 1",
                          phone="+6281200000" + nik[-3:], email=f"{nik[-3:]}@contoh.id",
                          category=category, name_search=fold_name(name), created_at=created,
                          updated_at=created)


def _visit(visitor: Visitor, at: dt.datetime, status: str = "closed", **kw: object) -> Visit:
    return Visit.create(visitor=visitor, step="DOCUMENTATION", status=status, arrived_at=at,
                        purpose="Mencari PKPU", consent_given=True, consent_version="2026-01",
                        signature_png=PNG, handover_signature_png=PNG, rating=4,
                        departed_at=at + dt.timedelta(minutes=30), **kw)


@pytest.fixture
def people(ctx) -> People:
    return make_people()


def make_people() -> People:
    """Write the visitors into the bound database (SQLite or PostgreSQL)."""
    old = _visitor("Budi Santoso", "6172010101800001", dt.datetime(2019, 3, 1, 10))
    _visit(old, dt.datetime(2019, 3, 1, 10))
    last = _visit(old, CUTOFF - dt.timedelta(seconds=1))
    IdScan.create(visit=last, image=PNG, dpi=150)
    Attachment.create(visit=last, kind="photo", filename="budi.jpg", mime="image/jpeg",
                      content=b"jpeg", size=4, sha256="0" * 64)
    doc = Document.create(doc_type="peraturan", jenis="Undang-Undang", nomor="7", tahun=2017,
                          judul="Pemilihan Umum")
    kept_att = Attachment.create(visit=last, document=doc, kind="full_text", filename="uu.pdf",
                                 content=b"%PDF", size=4, sha256="1" * 64)

    boundary = _visitor("Citra Lestari", "6172010101800002", dt.datetime(2021, 1, 5, 9))
    _visit(boundary, CUTOFF)

    recent = _visitor("Dewi Anggraini", "6172010101800003", dt.datetime(2018, 6, 1, 9))
    _visit(recent, dt.datetime(2018, 6, 1, 9))
    _visit(recent, dt.datetime(2026, 10, 2, 9), status="cancelled")

    copy1 = Copy.create(document=doc, barcode="JDIH0000001")
    copy2 = Copy.create(document=doc, barcode="JDIH0000002")
    debtor = _visitor("Eko Prasetyo", "6172010101800004", dt.datetime(2020, 2, 3, 9))
    v = _visit(debtor, dt.datetime(2020, 2, 3, 9))
    loan = Loan.create(receipt_number="PJM/2020/00001", visit=v, visitor=debtor,
                       loaned_at=v.arrived_at, status="partial")
    ret = Return.create(loan=loan, slip_number="KBL/2020/00001",
                        returned_at=dt.datetime(2020, 2, 10, 9))
    LoanItem.create(loan=loan, copy=copy1, returned=ret, returned_at=ret.returned_at)
    LoanItem.create(loan=loan, copy=copy2)

    settled = _visitor("Fajar Nugroho", "6172010101800005", dt.datetime(2020, 3, 3, 9))
    v = _visit(settled, dt.datetime(2020, 3, 3, 9))
    copy3 = Copy.create(document=doc, barcode="JDIH0000003")
    loan = Loan.create(receipt_number="PJM/2020/00002", visit=v, visitor=settled,
                       loaned_at=v.arrived_at, status="returned")
    ret = Return.create(loan=loan, slip_number="KBL/2020/00002",
                        returned_at=dt.datetime(2020, 3, 9, 9))
    LoanItem.create(loan=loan, copy=copy3, returned=ret, returned_at=ret.returned_at)

    ghost = _visitor("Gita Permata", "6172010101800006", dt.datetime(2020, 1, 1, 9))
    return People(old.id, boundary.id, recent.id, debtor.id, settled.id, ghost.id, last.id,
                  kept_att.id)
