"""Catalogue search: Indonesian-friendly normalisation over the FTS index."""

from __future__ import annotations

import pytest

from jdih_desktop.store.models import Document
from jdih_desktop.store.search import SearchFilters, parse_query, search_documents


@pytest.fixture
def catalogue(ctx):
    rows = [
        ("peraturan", "Undang-Undang", "UU", "7", 2017, "Pemilihan Umum", "berlaku",
         "PEMILIHAN UMUM - PENYELENGGARA"),
        ("peraturan", "Undang-Undang", "UU", "8", 2015, "Perubahan atas Undang-Undang Nomor 1 "
         "Tahun 2015 tentang Pemilihan Gubernur, Bupati, dan Walikota", "berlaku", "PILKADA"),
        ("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU", "8", 2019,
         "Tata Kerja Komisi Pemilihan Umum", "berlaku", "TATA KERJA"),
        ("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU", "4", 2021,
         "Perubahan Ketiga atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019",
         "berlaku", "TATA KERJA"),
        ("peraturan", "Keputusan Komisi Pemilihan Umum", None, "134/Kpts/KPU/Tahun 2016", 2016,
         "Jaringan Dokumentasi dan Informasi Hukum Komisi Pemilihan Umum", "berlaku", "JDIH"),
        ("putusan", "Putusan Mahkamah Konstitusi", "Putusan MK", "90/PUU-XXI/2023", 2023,
         "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum", "berlaku",
         "PENGUJIAN UNDANG-UNDANG"),
        ("peraturan", "Undang-Undang", "UU", "10", 2008, "Pemilihan Umum Anggota DPR, DPD, "
         "dan DPRD", "tidak_berlaku", "PEMILIHAN UMUM"),
        ("monografi", "Buku", None, None, 2019, "Hukum Pemilu di Indonesia: Sebuah Pengantar",
         "berlaku", "HUKUM PEMILU"),
    ]
    ids = {}
    for t, jenis, sj, no, th, judul, st, subj in rows:
        d = Document.create(doc_type=t, jenis=jenis, singkatan_jenis=sj, nomor=no, tahun=th,
                            judul=judul, status=st, subjek=subj)
        ids[(sj or jenis, no, th)] = d.id
    return ids


def _find(text: str, **filters) -> list[int]:
    return search_documents(SearchFilters(text=text, **filters)).ids


@pytest.mark.parametrize("typed", [
    "UU 7/2017", "uu 7 tahun 2017", "UU No. 7 Tahun 2017", "Undang-Undang Nomor 7 Tahun 2017",
    "undang undang no.7 thn 2017", "UU NO 7 TH 2017",
])
def test_every_way_of_writing_uu_7_2017_finds_it_first(catalogue, typed):
    hits = _find(typed)
    assert hits and hits[0] == catalogue[("UU", "7", 2017)]


def test_abbreviation_matches_the_long_form(catalogue):
    hits = _find("peraturan kpu 4/2021")
    assert hits[0] == catalogue[("PKPU", "4", 2021)]
    assert catalogue[("PKPU", "4", 2021)] in _find("PKPU 4 2021")


def test_decision_numbers_with_slashes(catalogue):
    hits = _find("134/Kpts/KPU/2016")
    assert hits == [catalogue[("Keputusan Komisi Pemilihan Umum", "134/Kpts/KPU/Tahun 2016",
                               2016)]]


def test_prefix_while_typing_and_diacritics(catalogue):
    assert catalogue[("UU", "7", 2017)] in _find("pemil")
    assert _find("pémilihan umum") == _find("pemilihan umum")


def test_filters_narrow_the_search(catalogue):
    assert _find("pemilihan umum", doc_type="putusan") == [
        catalogue[("Putusan MK", "90/PUU-XXI/2023", 2023)]]
    assert _find("pemilihan umum", status="tidak_berlaku") == [catalogue[("UU", "10", 2008)]]
    years = {Document.get_by_id(i).tahun for i in _find("", year_from=2017, year_to=2021)}
    assert years == {2017, 2019, 2021}
    assert _find("", subject="tata kerja") == sorted(
        [catalogue[("PKPU", "8", 2019)], catalogue[("PKPU", "4", 2021)]], reverse=True)


def test_total_counts_all_matches_not_the_page(catalogue):
    hits = search_documents(SearchFilters(text="pemilihan"), limit=2)
    assert len(hits.ids) == 2
    assert hits.total == 7


def test_the_index_follows_edits_and_deletes(catalogue):
    doc = Document.get_by_id(catalogue[("UU", "7", 2017)])
    doc.judul = "Penyelenggaraan Pemilu Serentak"
    doc.save()
    assert doc.id in _find("serentak")
    doc_id = doc.id
    Document.delete_by_id(doc_id)
    assert doc_id not in _find("serentak")


@pytest.mark.parametrize("typed", ['"', "AND OR NOT", "*", "(((", "NEAR(", "'; DROP TABLE x"])
def test_hostile_text_never_breaks_the_query(catalogue, typed):
    search_documents(SearchFilters(text=typed))


def test_query_parsing():
    q = parse_query("UU No. 7/2017")
    assert q.tokens == ("uu", "7", "2017") and not q.prefix_last
    assert parse_query("pemil").prefix_last
    assert not parse_query("pemilu ").prefix_last
