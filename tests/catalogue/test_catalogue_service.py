"""CatalogueService: documents, relations, subjects, copies, attachments and table pages."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from PIL import Image

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.catalogue import (
    CatalogueError,
    DocumentData,
    DuplicateDocumentError,
    normalise_subject,
)
from jdih_desktop.store.models import (
    AuditLog,
    Copy,
    Document,
    Loan,
    LoanItem,
    Return,
    Visitor,
)
from jdih_desktop.store.search import SearchFilters
from tests.catalogue.conftest import peraturan


def _lend(copy_id: int, returned: bool = False) -> Loan:
    visitor = Visitor.create(full_name="Siti", name_search="siti")
    loan = Loan.create(receipt_number=f"PJ-2026-{copy_id:06d}", visitor=visitor)
    ret = Return.create(loan=loan, slip_number=f"KB-2026-{copy_id:06d}") if returned else None
    LoanItem.create(loan=loan, copy=copy_id, returned=ret,
                    returned_at=dt.datetime(2026, 11, 20) if returned else None)
    return loan


def test_create_audits_and_normalises(catalogue) -> None:
    # GIVEN a document typed with sloppy spacing and a lower-case subject
    doc_id = catalogue.create_document(peraturan(judul="  Tata   Kerja  ", subjek="pemilu -- kpu"))
    data = catalogue.get_document(doc_id)
    # THEN it is stored cleaned, and the creation is audited
    assert data.judul == "Tata   Kerja"  # multi-line field: only trimmed
    assert data.subjek == "PEMILU - KPU"
    assert AuditLog.get((AuditLog.entity == "document")
                        & (AuditLog.entity_id == doc_id)).action == "document.create"


def test_create_refuses_invalid_and_duplicate(catalogue) -> None:
    catalogue.create_document(peraturan())
    with pytest.raises(DuplicateDocumentError) as dup:
        catalogue.create_document(peraturan(judul="Lain"))
    assert "sudah ada di katalog" in dup.value.errors["nomor"]
    with pytest.raises(ValidationError) as bad:
        catalogue.create_document(peraturan(nomor="5", tahun=2099))
    assert "belum terjadi" in bad.value.errors["tahun"]
    assert Document.select().count() == 1


def test_update_records_changed_fields(catalogue) -> None:
    doc_id = catalogue.create_document(peraturan())
    data = catalogue.get_document(doc_id)
    data.judul = "Judul baru"
    catalogue.update_document(data)
    assert catalogue.get_document(doc_id).judul == "Judul baru"
    last = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert last.action == "document.update" and "judul" in last.detail


def test_relation_writes_inverse_and_revokes(catalogue) -> None:
    # GIVEN PKPU 4/2021 and the older PKPU 8/2019
    new = catalogue.create_document(peraturan())
    old = catalogue.create_document(peraturan(nomor="8", tahun=2019, judul="Tata Kerja KPU",
                                              tanggal_penetapan=dt.date(2019, 3, 1),
                                              tanggal_pengundangan=dt.date(2019, 3, 2)))
    # WHEN the new one is recorded as revoking the old one
    catalogue.set_relation(new, old, "mencabut")
    # THEN both sides exist and the old one is no longer in force, showing who revoked it
    old_detail = catalogue.document_detail(old)
    assert [(r.kind, r.other_id) for r in old_detail.relations] == [("dicabut", new)]
    assert old_detail.data.status == "tidak_berlaku"
    assert old_detail.revoked_by == ["Dicabut oleh PKPU 4/2021"]
    assert [(r.kind, r.other_id) for r in catalogue.relations(new)] == [("mencabut", old)]
    # WHEN the relation is removed THEN both rows go and the old one is in force again
    catalogue.remove_relation(old, new, "dicabut")
    assert catalogue.relations(new) == [] and catalogue.relations(old) == []
    assert catalogue.get_document(old).status == "berlaku"


def test_relation_amends_without_revoking(catalogue) -> None:
    a = catalogue.create_document(peraturan())
    b = catalogue.create_document(peraturan(nomor="8", tahun=2019, tanggal_penetapan=None,
                                            tanggal_pengundangan=None))
    catalogue.set_relation(b, a, "diubah")
    assert [r.kind for r in catalogue.relations(a)] == ["mengubah"]
    assert catalogue.get_document(b).status == "berlaku"
    with pytest.raises(CatalogueError):
        catalogue.set_relation(a, a, "mengubah")


def test_subject_normalisation_and_suggestions(catalogue) -> None:
    assert normalise_subject(" pemilu ;kampanye -- dana ") == "PEMILU - KAMPANYE - DANA"
    assert normalise_subject("undang-undang - kabupaten/kota") == \
        "UNDANG-UNDANG - KABUPATEN/KOTA"
    assert normalise_subject("pemilu- logistik —  distribusi") == \
        "PEMILU - LOGISTIK - DISTRIBUSI"
    assert normalise_subject("   ") is None
    catalogue.create_document(peraturan(subjek="Pemilu - Kampanye"))
    catalogue.create_document(peraturan(nomor="5", subjek="PEMILU,KAMPANYE"))
    catalogue.create_document(peraturan(nomor="6", subjek="partai politik"))
    # most used first; a later part of a heading matches too
    assert catalogue.subject_suggestions("pem") == ["PEMILU - KAMPANYE"]
    assert catalogue.subject_suggestions("kamp") == ["PEMILU - KAMPANYE"]
    assert catalogue.subject_suggestions("") == ["PEMILU - KAMPANYE", "PARTAI POLITIK"]


def test_copies_barcode_scheme_and_on_loan_guard(catalogue) -> None:
    doc = catalogue.create_document(peraturan())
    # WHEN three copies are added THEN barcodes follow JDIH + 7 digits from the counter
    copies = [catalogue.add_copy(doc, shelf="R1-A", read_on_site=i == 0) for i in range(3)]
    assert [c.barcode for c in copies] == ["JDIH0000001", "JDIH0000002", "JDIH0000003"]
    assert copies[0].read_on_site and copies[0].shelf == "R1-A"
    # WHEN a copy is on loan THEN it cannot be deleted, with a message that says why
    _lend(copies[0].id)
    with pytest.raises(CatalogueError) as err:
        catalogue.remove_copy(copies[0].id)
    assert err.value.message == (
        f"Eksemplar JDIH0000001 sedang dipinjam (bukti PJ-2026-{copies[0].id:06d}) dan tidak "
        "dapat dihapus. Terima dulu pengembaliannya di meja Pengembalian (F8), lalu hapus.")
    assert catalogue.copies(doc)[0].on_loan
    # a copy lent before is withdrawn, a never-lent one deleted; numbers are not reused
    _lend(copies[1].id, returned=True)
    assert catalogue.remove_copy(copies[1].id) is False
    assert Copy.get_by_id(copies[1].id).withdrawn
    assert catalogue.remove_copy(copies[2].id) is True
    assert catalogue.add_copy(doc).barcode == "JDIH0000004"
    with pytest.raises(ValidationError):
        catalogue.add_copy(doc, condition="sobek")


def test_attachments_size_and_hash(catalogue) -> None:
    doc = catalogue.create_document(peraturan())
    img = Image.new("RGB", (50, 50), "white")
    buf = io.BytesIO()
    img.save(buf, "PDF")
    pdf = buf.getvalue()
    att = catalogue.add_attachment(doc, "full_text", "/tmp/naskah.pdf", pdf)
    assert att.filename == "naskah.pdf" and att.pages == 1
    assert att.sha256 == hashlib.sha256(pdf).hexdigest()
    assert catalogue.attachment_content(att.id) == pdf
    with pytest.raises(ValidationError) as notpdf:
        catalogue.add_attachment(doc, "lampiran", "x.pdf", b"hello")
    assert "bukan PDF" in notpdf.value.errors["content"]
    with pytest.raises(ValidationError) as big:
        catalogue.add_attachment(doc, "lampiran", "x.pdf", b"%PDF-" + b"0" * (51 * 1024 * 1024))
    assert "terlalu besar" in big.value.errors["content"]
    catalogue.remove_attachment(att.id)
    assert catalogue.attachments(doc) == []


def test_page_and_count_follow_filters_and_sort(catalogue) -> None:
    for n, year in ((1, 2019), (2, 2020), (3, 2021)):
        catalogue.create_document(peraturan(nomor=str(n), tahun=year, tanggal_penetapan=None,
                                            tanggal_pengundangan=None, judul=f"Judul {4 - n}"))
    catalogue.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul="Hukum",
                                           teu_badan="A", tahun=2018, penerbit="B"))
    assert catalogue.count(SearchFilters()) == 4
    assert catalogue.count(SearchFilters(doc_type="peraturan", year_from=2020)) == 2
    rows = catalogue.page(SearchFilters(sort="tahun_asc"), 0, 10)
    assert [r.tahun for r in rows] == [2018, 2019, 2020, 2021]
    rows = catalogue.page(SearchFilters(sort="nomor_desc", doc_type="peraturan"), 1, 2)
    assert [r.nomor for r in rows] == ["2", "1"]
    assert rows[0].citation == "PKPU 2/2020"
    found = catalogue.page(SearchFilters(text="pkpu 3/2021"), 0, 5)
    assert found[0].judul == "Judul 1"


def test_delete_document_guards_loan_history(catalogue) -> None:
    doc = catalogue.create_document(peraturan())
    other = catalogue.create_document(peraturan(nomor="9"))
    catalogue.set_relation(doc, other, "mencabut")
    c = catalogue.add_copy(doc)
    _lend(c.id, returned=True)
    with pytest.raises(CatalogueError):
        catalogue.delete_document(doc)
    catalogue.delete_document(other)
    assert catalogue.relations(doc) == []
