"""Catalogue search on PostgreSQL: the same typo tolerance, "Maksud Anda" and ranking as on
SQLite (the search-quality table scores the same on both engines)."""

from __future__ import annotations

import pytest

from jdih_desktop.app import open_context
from jdih_desktop.store.db import is_postgres, is_sqlite
from tests.conftest import make_args
from tests.foundation.conftest import pg_server, pg_url  # noqa: F401 - fixtures
from tests.transfer.test_robust_and_safe import QUALITY, QUALITY_DOCS

pytestmark = pytest.mark.postgres


def _fill() -> list[int]:
    from jdih_desktop.store.models import Document

    return [Document.create(doc_type="peraturan", jenis=jenis, singkatan_jenis=singkatan,
                            nomor=nomor, tahun=tahun, judul=judul, teu_badan=teu,
                            status="berlaku", bahasa="Indonesia").id
            for jenis, singkatan, nomor, tahun, judul, teu in QUALITY_DOCS]


def _rankings(ids: list[int]) -> dict[str, list[int]]:
    """query -> the first ten results as indexes into QUALITY_DOCS."""
    from jdih_desktop.store.search import SearchFilters, search_documents

    where = {doc_id: i for i, doc_id in enumerate(ids)}
    return {query: [where[d] for d in search_documents(SearchFilters(text=query), limit=10).ids]
            for query, _expected, _best in QUALITY}


def _score(rankings: dict[str, list[int]]) -> int:
    return sum(1 for query, expected, best in QUALITY
               if expected in rankings[query][:best])


def test_search_quality_table_scores_the_same_on_both_engines(tmp_path, pg_url):  # noqa: F811
    from jdih_desktop.store.search import suggest

    # GIVEN the quality table's catalogue in SQLite
    lite = open_context(make_args(tmp_path / "lite"))
    try:
        assert is_sqlite(lite.db)
        on_sqlite = _rankings(_fill())
        sqlite_hint = suggest("penyakit menulr")
    finally:
        lite.db.close()
    # AND the same catalogue in PostgreSQL
    pg = open_context(make_args(tmp_path / "pg", db=pg_url))
    try:
        assert is_postgres(pg.db)
        on_pg = _rankings(_fill())
        # THEN every query ranks the same documents in the same order on both engines
        assert on_pg == on_sqlite
        # AND the score is the full table on both (abbreviations, spellings, typos)
        assert _score(on_pg) == _score(on_sqlite) == len(QUALITY)
        # AND "Maksud Anda" offers the same correction
        assert suggest("penyakit menulr") == sqlite_hint == "penyakit menular"
        assert suggest("retribusi jasa umum") is None
    finally:
        pg.db.close()


def test_postgres_ranking_typos_and_counts(data_dir, pg_url, clock):  # noqa: F811
    from jdih_desktop.services.catalogue import CatalogueService
    from jdih_desktop.store.models import Document
    from jdih_desktop.store.search import SearchFilters, search_documents

    ctx = open_context(make_args(data_dir, db=pg_url))
    try:
        def doc(jenis, nomor, judul):
            return Document.create(doc_type="peraturan", jenis=jenis, nomor=nomor, tahun=2023,
                                   judul=judul, status="berlaku", bahasa="Indonesia").id

        # GIVEN election documents, then KPU decisions naming the Komisi Pemilihan Umum
        elections = [doc("Undang-Undang", "7", "Pemilihan Umum"),
                     doc("Peraturan KPU", "3", "Tahapan Pemilihan Umum Tahun 2024"),
                     doc("Peraturan KPU", "4", "Kampanye Pemilihan Umum")]
        kpu = [doc("Keputusan", str(n), f"Keputusan Komisi Pemilihan Umum tentang Pedoman {n}")
               for n in range(10, 16)]
        # WHEN an officer types "pemilu" THEN the elections come before every KPU title, with
        # a candidate cap smaller than the matches too (the phrase stage outside the bodies)
        ids = search_documents(SearchFilters(text="pemilu "), limit=20).ids
        assert max(ids.index(e) for e in elections) < min(ids.index(k) for k in kpu)
        capped = search_documents(SearchFilters(text="pemilu "), limit=3, broad_after=4)
        assert set(capped.ids) <= set(elections) and capped.total == 9
        # AND beyond the ranked candidates the rest still follow, newest first
        rest = search_documents(SearchFilters(text="pemilu "), limit=20, offset=3,
                                broad_after=4).ids
        assert len(rest) == 6 and set(rest) <= set(kpu) | set(elections)
        # WHEN a finished word has a typo THEN its corrections match, and the table's count
        # agrees with the search
        hits = search_documents(SearchFilters(text="kampanye pemilhan "))
        assert hits.ids == [elections[2]]
        assert CatalogueService(clock).count(SearchFilters(text="kampanye pemilhan ")) == 1
        # AND a citation ranks the cited document first
        assert search_documents(SearchFilters(text="uu 7/2023")).ids[0] == elections[0]
    finally:
        ctx.db.close()
