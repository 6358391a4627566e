"""Broad catalogue queries: ranked over a capped candidate set, cited documents on top."""

from __future__ import annotations

import pytest

from jdih_desktop.store.fts import PREFIXES
from jdih_desktop.store.models import Document
from jdih_desktop.store.search import SearchFilters, search_documents


@pytest.fixture
def shelf(ctx):
    rows = [
        ("Undang-Undang", "UU", "7", 2017, "Pemilihan Umum"),
        ("Undang-Undang", "UU", "8", 2012, "Pemilihan Umum Anggota DPR, DPD, dan DPRD"),
        ("Putusan Mahkamah Konstitusi", "Putusan MK", "90/PUU-XXI/2023", 2023,
         "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum"),
        ("Peraturan Komisi Pemilihan Umum", "PKPU", "3", 2022,
         "Tahapan dan Jadwal Penyelenggaraan Pemilihan Umum Tahun 2024"),
        ("Keputusan Komisi Pemilihan Umum Kota Singkawang", None,
         "15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023", 2023, "Penetapan Daftar Pemilih Tetap"),
        ("Undang-Undang", "UU", "14", 2008, "Keterbukaan Informasi Publik"),
    ]
    return [Document.create(doc_type="putusan" if "Putusan" in j else "peraturan", jenis=j,
                            singkatan_jenis=sj, nomor=no, tahun=th, judul=judul).id
            for j, sj, no, th, judul in rows]


def test_broad_query_is_ranked_by_relevance_with_an_exact_total(shelf):
    # GIVEN a query matching more documents than the candidate cap (4 here)
    hits = search_documents(SearchFilters(text="pemilihan umum"), limit=3, broad_after=4)
    # THEN the ranked candidates hold the words in their title, and the title that is the
    # phrase itself ("Pemilihan Umum", UU 7/2017 — the oldest entry) comes first, not the
    # newest entry (a KPU decision whose jenis only holds the words)
    assert hits.ids[0] == shelf[0]
    assert shelf[4] not in hits.ids
    assert hits.total == 5
    # AND the next page continues without repeats, every match reachable
    page2 = search_documents(SearchFilters(text="pemilihan umum"), limit=3, offset=3,
                             broad_after=4)
    assert page2.total == 5
    assert sorted(hits.ids + page2.ids) == sorted([shelf[0], shelf[1], shelf[2], shelf[3],
                                                    shelf[4]])


def test_broad_citation_keeps_the_cited_document_on_top(shelf):
    # GIVEN a citation that also matches many other documents
    hits = search_documents(SearchFilters(text="UU 7/2017"), broad_after=1)
    # THEN the law itself is first, then the rest newest first
    assert hits.ids[0] == shelf[0]
    assert hits.ids[1:] == [shelf[2]]
    # AND paging past the cited document does not repeat it
    rest = search_documents(SearchFilters(text="UU 7/2017"), limit=1, offset=1, broad_after=1)
    assert rest.ids == [shelf[2]] and rest.total == 2


@pytest.mark.parametrize("typed", ["UU RI 7/2017", "UU7/2017", "7 Tahun 2017",
                                   "Undang-Undang Republik Indonesia Nomor 7 Tahun 2017"])
def test_broad_citation_in_other_shapes(shelf, typed):
    # GIVEN the citation glued, bare, or with the issuer's formal name, above the threshold
    hits = search_documents(SearchFilters(text=typed), broad_after=1)
    # THEN the law itself is still first, then the decision citing it
    assert hits.ids == [shelf[0], shelf[2]] and hits.total == 2


def test_broad_query_respects_filters(shelf):
    # GIVEN a broad query with a type filter  THEN only that type is listed and counted
    hits = search_documents(SearchFilters(text="pemil", doc_type="putusan"), broad_after=1)
    assert hits.ids == [shelf[2]]
    narrow = search_documents(SearchFilters(text="pemil", doc_type="putusan"), limit=1,
                              broad_after=1)
    assert narrow.total == 1


def test_narrow_queries_keep_relevance_order(shelf):
    # GIVEN fewer matches than the threshold  THEN bm25 order holds (the law before the
    # decision that cites it), exactly as before
    assert search_documents(SearchFilters(text="UU 7/2017")).ids[0] == shelf[0]


def test_index_keeps_prefixes_up_to_eight_letters(ctx):
    # GIVEN a new database  THEN its FTS table stores the longer prefixes
    sql = ctx.db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'document_fts'").fetchone()[0]
    assert f"prefix='{PREFIXES}'" in sql
