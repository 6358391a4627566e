"""The catalogue service on PostgreSQL (several desks sharing one catalogue)."""

from __future__ import annotations

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.errors import ValidationError
from jdih_desktop.services.catalogue import CatalogueService, DocumentData
from jdih_desktop.services.labels import LabelService
from jdih_desktop.store.db import is_postgres
from jdih_desktop.store.search import SearchFilters
from tests.catalogue.conftest import peraturan
from tests.conftest import make_args
from tests.foundation.conftest import pg_server, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_catalogue(data_dir, pg_url, clock):  # noqa: F811 - the imported fixture
    ctx = open_context(make_args(data_dir, db=pg_url))
    assert is_postgres(ctx.db)
    from tests.conftest import admin_session

    service = CatalogueService(clock)
    service.session = admin_session(ctx, clock)
    yield service
    ctx.db.close()


def test_catalogue_on_postgres(pg_catalogue) -> None:
    cat = pg_catalogue
    # GIVEN documents, a relation and copies stored in PostgreSQL
    new = cat.create_document(peraturan(subjek="pemilu - tata kerja"))
    old = cat.create_document(peraturan(nomor="8", tahun=2019, judul="Tata Kerja KPU",
                                        tanggal_penetapan=None, tanggal_pengundangan=None))
    cat.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul="Hukum Pemilu",
                                     teu_badan="A", tahun=2018, penerbit="B", subjek="pemilu"))
    cat.set_relation(new, old, "mencabut")
    copies = [cat.add_copy(old).barcode for _ in range(2)]
    # THEN every service behaves as on SQLite
    assert copies == ["JDIH0000001", "JDIH0000002"]
    assert cat.document_detail(old).revoked_by == ["Dicabut oleh PKPU 4/2021"]
    with pytest.raises(ValidationError):
        cat.create_document(peraturan(jenis="PERATURAN KOMISI PEMILIHAN UMUM"))
    assert cat.count(SearchFilters()) == 3
    assert cat.count(SearchFilters(text="tata kerja")) == 2
    assert [r.nomor for r in cat.page(SearchFilters(sort="nomor_desc",
                                                    doc_type="peraturan"), 0, 5)] == ["8", "4"]
    # same jenis: ties in id order
    assert [r.tahun for r in cat.page(SearchFilters(text="kerja", sort="jenis_asc"), 0, 5)] \
        == [2021, 2019]
    assert cat.page(SearchFilters(text="kerja", sort="judul_desc"), 0, 5)[0].judul.startswith(
        "Tata")
    assert cat.subject_suggestions("pem") == ["PEMILU - TATA KERJA", "PEMILU"]  # most used first
    att = cat.add_attachment(new, "full_text", "n.pdf", b"%PDF-1.4\n/Type /Page\n%%EOF")
    assert cat.attachment_content(att.id).startswith(b"%PDF-")
    first_total, first_rows = cat.first_page(SearchFilters(), 2)
    assert first_total == 3 and len(first_rows) == 2
    assert "JDIH0000001" in LabelService(cat).receipt_for_copy(
        cat.copies(old)[0].id).plain_text()
