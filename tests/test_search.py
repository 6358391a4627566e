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
    # the bare citation, the formal name of the issuer, letters glued to the number
    "7/2017", "7 Tahun 2017", "Nomor 7 Tahun 2017", "UU RI 7/2017", "UU RI No. 7 Tahun 2017",
    "Undang-Undang Republik Indonesia Nomor 7 Tahun 2017 tentang Pemilihan Umum",
    "UU7/2017", "uu7 2017", "UU No.7/2017", "UU no7 thn2017", "UU Pemilu 7/2017",
])
def test_every_way_of_writing_uu_7_2017_finds_it_first(catalogue, typed):
    hits = _find(typed)
    assert hits and hits[0] == catalogue[("UU", "7", 2017)]


def test_officers_words_for_elections_match_the_legal_names(catalogue):
    # GIVEN laws titled "Pemilihan Umum ..." and "Pemilihan Gubernur, Bupati, dan Walikota"
    Document.update(subjek=None).execute()  # only the titles and jenis say it
    uu7, uu10 = catalogue[("UU", "7", 2017)], catalogue[("UU", "10", 2008)]
    mk = catalogue[("Putusan MK", "90/PUU-XXI/2023", 2023)]
    pilpres = Document.create(doc_type="peraturan", jenis="Undang-Undang", singkatan_jenis="UU",
                              nomor="42", tahun=2008,
                              judul="Pemilihan Umum Presiden dan Wakil Presiden").id
    # WHEN an officer types "UU Pemilu"  THEN the laws on pemilihan umum are found, UU 7/2017
    # (title exactly "Pemilihan Umum") first and the court decision after the laws
    hits = _find("UU Pemilu")
    assert hits[0] == uu7 and set(hits) == {uu7, uu10, pilpres, mk}
    assert hits.index(mk) == 3
    # AND pilkada, pilpres and pileg find the laws by their long names
    assert _find("pilkada") == [catalogue[("UU", "8", 2015)]]
    assert _find("pilpres") == [pilpres]
    assert _find("pileg") == [uu10]
    # AND the short word itself still matches where it is written (shorter title first)
    assert _find("hukum pemilu") == [
        catalogue[("Buku", None, 2019)],
        catalogue[("Keputusan Komisi Pemilihan Umum", "134/Kpts/KPU/Tahun 2016", 2016)]]


def test_ri_and_republik_indonesia_never_prevent_a_match(catalogue):
    # GIVEN PKPU and KPU decisions that never write "RI"
    kpu = set(_find("kpu"))
    # WHEN "kpu ri" or "KPU Republik Indonesia" is typed  THEN the same documents are found
    assert kpu and set(_find("kpu ri")) == kpu == set(_find("KPU Republik Indonesia"))
    # AND "Republik Indonesia" by itself still searches for those words
    book = Document.create(doc_type="monografi", jenis="Buku", tahun=2010,
                           judul="Konstitusi Republik Indonesia").id
    assert _find("republik indonesia") == [book]
    # AND where they are written they rank the document higher (optional, never required)
    other = Document.create(doc_type="monografi", jenis="Buku", tahun=2024,
                            judul="Konstitusi dan Demokrasi").id
    mk = catalogue[("Putusan MK", "90/PUU-XXI/2023", 2023)]  # Mahkamah Konstitusi
    assert _find("konstitusi republik indonesia") == [book, other, mk]


def test_indonesia_alone_stays_a_title_word(catalogue):
    # GIVEN "Hukum Pemilu di Indonesia" and laws on pemilihan umum without "Indonesia"
    book = catalogue[("Buku", None, 2019)]
    # WHEN a monograph is searched by its title words  THEN "Indonesia" still narrows
    assert _find("Hukum Pemilu di Indonesia") == [book]
    assert _find("pemilu indonesia") == [book]
    assert _find("pemilihan umum indonesia") == []


def test_letters_glued_to_digits_still_match_a_stored_word(catalogue):
    # GIVEN a title that writes a code as one word ("P3K")
    doc = Document.create(doc_type="monografi", jenis="Buku", tahun=2023,
                          judul="Pengadaan P3K di Lingkungan KPU").id
    # WHEN it is typed as written or split  THEN it is found
    assert _find("p3k") == [doc]
    assert _find("pengadaan p3k kpu") == [doc]


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


@pytest.mark.parametrize(("typed", "expected"), [
    ('"', "all"), ("*", "all"), ("(((", "all"),  # nothing but punctuation: no text filter
    ("AND OR NOT", []), ("NEAR(", []), ("'; DROP TABLE x", []), ('pemilu" OR "*', []),
    ("uu7) OR (1", []),  # operators are ordinary words that no document holds
    ('"pemilu"*', ["Hukum Pemilu di Indonesia: Sebuah Pengantar"]),
])
def test_hostile_text_never_breaks_the_query(catalogue, typed, expected):
    # GIVEN text full of FTS5/SQL syntax  WHEN it is searched
    hits = search_documents(SearchFilters(text=typed))
    # THEN it is read as plain words: no error, the expected answer, the table intact
    if expected == "all":
        assert sorted(hits.ids) == sorted(catalogue.values())
    elif not expected:
        assert hits.ids == []
    else:  # quotes and stars around a word: still that word (and its long form)
        assert set(expected) <= {Document.get_by_id(i).judul for i in hits.ids}
    assert hits.total == len(hits.ids)
    assert Document.select().count() == len(catalogue)


def test_query_parsing():
    q = parse_query("UU No. 7/2017")
    assert q.tokens == ("uu", "7", "2017") and not q.prefix_last
    assert parse_query("pemil").prefix_last
    assert not parse_query("pemilu ").prefix_last
    glued = parse_query("UU7/2017")
    assert glued.tokens == ("uu", "7", "2017") and not glued.prefix_last
    assert parse_query("no7 thn2017").tokens == ("7", "2017")
    kpu_ri = parse_query("kpu ri")
    assert kpu_ri.tokens == ("kpu",) and kpu_ri.optional == ((("ri",),),) and not kpu_ri.prefix_last
    formal = parse_query("UU Republik Indonesia 7/2017")
    assert formal.tokens == ("uu", "7", "2017") and len(formal.optional) == 2
    assert parse_query("hukum indonesia").tokens == ("hukum", "indonesia")
    assert parse_query("Republik Indonesia").tokens == ("republik", "indonesia")
