"""One home for document citations: the short and the formal form."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from jdih_desktop.services import catalogue, citations, receipts, reports, returns


@pytest.mark.parametrize(("args", "short", "formal"), [
    (("PKPU", "Peraturan KPU", "4", 2021), "PKPU 4/2021", "PKPU No. 4 Tahun 2021"),
    ((None, "Putusan MK", "12/PUU-XV/2017", 2017), "Putusan MK 12/PUU-XV/2017",
     "Putusan MK No. 12/PUU-XV/2017 Tahun 2017"),
    (("Kepkpu", None, "134/Kpts/KPU/Tahun 2016", 2016), "Kepkpu 134/Kpts/KPU/Tahun 2016",
     "Kepkpu No. 134/Kpts/KPU/Tahun 2016"),
    ((None, "Buku", None, 2019), "Buku 2019", "Buku Tahun 2019"),
    ((None, "Artikel", " 7 ", None), "Artikel 7", "Artikel No. 7"),
    ((None, "Monografi", None, None), "Monografi", "Monografi"),
])
def test_short_and_formal_citations(args, short, formal):
    assert citations.short(*args) == short
    assert citations.formal(*args) == formal


def test_every_layer_cites_through_the_one_home():
    doc = SimpleNamespace(singkatan_jenis="PKPU", jenis="Peraturan KPU", nomor="4", tahun=2021,
                          doc_type="peraturan")
    assert catalogue.citation_of("PKPU", "Peraturan KPU", "4", 2021) == "PKPU 4/2021"
    assert returns.document_reference(doc) == "PKPU 4/2021"
    assert reports.citation("Peraturan KPU", "PKPU", "4", 2021) == "PKPU No. 4 Tahun 2021"
    assert receipts.document_label("peraturan", "PKPU", "Peraturan KPU", "4", 2021) == (
        "Peraturan: PKPU No. 4 Tahun 2021")
