"""The same store on PostgreSQL: schema and migrations, catalogue search, the open-loan rule."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import IntegrityError

from jdih_desktop.app import open_context
from jdih_desktop.services.demo import generate_demo_data
from jdih_desktop.store.db import is_postgres
from jdih_desktop.store.migrations import LATEST, current_version
from jdih_desktop.store.models import (
    Copy,
    Document,
    Loan,
    LoanItem,
    Officer,
    Return,
    Visitor,
)
from jdih_desktop.store.search import SearchFilters, search_documents
from tests.conftest import FIXED_NOW, make_args

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_ctx(data_dir, pg_url):
    ctx = open_context(make_args(data_dir, db=pg_url))
    yield ctx
    ctx.db.close()


def test_open_context_creates_and_migrates_the_schema(data_dir, pg_url):
    # GIVEN an empty PostgreSQL database
    # WHEN the app opens it through --db
    ctx = open_context(make_args(data_dir, db=pg_url))
    try:
        # THEN the whole schema exists at the latest version, with the default rows
        assert is_postgres(ctx.db)
        tables = set(ctx.db.get_tables())
        assert {"document", "visit", "loan", "loan_item", "schema_version"} <= tables
        assert current_version(ctx.db) == LATEST
        assert Officer.select().where(Officer.username == "petugas").exists()
        indexes = {i.name for i in ctx.db.get_indexes("loan_item")}
        assert "loanitem_one_open_loan_per_copy" in indexes
    finally:
        ctx.db.close()
    # AND opening it again migrates nothing and keeps the data
    again = open_context(make_args(data_dir, db=pg_url))
    try:
        assert current_version(again.db) == LATEST
        assert Officer.select().count() == 1
    finally:
        again.db.close()


def test_postgres_upgrade_rebuilds_the_search_indexes(data_dir, pg_url):
    # GIVEN a PostgreSQL database left at schema v2 (its v3 search indexes missing)
    ctx = open_context(make_args(data_dir, db=pg_url))
    Document.create(doc_type="peraturan", jenis="Undang-Undang", singkatan_jenis="UU",
                    nomor="7", tahun=2017, judul="Pemilihan Umum")
    ctx.db.execute_sql("DROP INDEX document_tahun_nomor")
    ctx.db.execute_sql("UPDATE schema_version SET version = 2")
    ctx.db.close()
    # WHEN the app opens it again
    again = open_context(make_args(data_dir, db=pg_url))
    try:
        # THEN it is migrated to the latest version, the indexes exist and search works
        assert current_version(again.db) == LATEST
        names = {i.name for i in again.db.get_indexes("document")}
        assert {"document_tahun_nomor", "document_fts_idx"} <= names
        assert len(search_documents(SearchFilters(text="UU 7/2017")).ids) == 1
    finally:
        again.db.close()


CATALOGUE = [
    ("peraturan", "Undang-Undang", "UU", "7", 2017, "Pemilihan Umum"),
    ("peraturan", "Undang-Undang", "UU", "10", 2008,
     "Pemilihan Umum Anggota DPR, DPD, dan DPRD"),
    ("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU", "4", 2021,
     "Perubahan Ketiga atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019"),
    ("peraturan", "Keputusan Komisi Pemilihan Umum", None, "134/Kpts/KPU/Tahun 2016", 2016,
     "Jaringan Dokumentasi dan Informasi Hukum Komisi Pemilihan Umum"),
    ("peraturan", "Keputusan Komisi Pemilihan Umum Kota Singkawang", None,
     "15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023", 2023, "Penetapan Daftar Pemilih Tetap"),
    ("putusan", "Putusan Mahkamah Konstitusi", "Putusan MK", "90/PUU-XXI/2023", 2023,
     "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum"),
]


@pytest.fixture
def pg_catalogue(pg_ctx):
    ids = {}
    for t, jenis, sj, no, th, judul in CATALOGUE:
        ids[no] = Document.create(doc_type=t, jenis=jenis, singkatan_jenis=sj, nomor=no,
                                  tahun=th, judul=judul, subjek="PEMILIHAN UMUM").id
    return ids


@pytest.mark.parametrize("typed", [
    "UU 7/2017", "uu 7 tahun 2017", "UU No. 7 Tahun 2017", "Undang-Undang Nomor 7 Tahun 2017",
    "undang undang no.7 thn 2017", "UU NO 7 TH 2017", "7/2017", "7 Tahun 2017",
    "UU RI 7/2017", "UU7/2017", "UU no7 thn2017", "UU Pemilu 7/2017",
    "Undang-Undang Republik Indonesia Nomor 7 Tahun 2017 tentang Pemilihan Umum",
])
def test_postgres_search_finds_uu_7_2017_by_every_spelling(pg_catalogue, typed):
    # GIVEN a catalogue on PostgreSQL  WHEN a person types UU 7/2017 in one of its shapes
    hits = search_documents(SearchFilters(text=typed))
    # THEN the law itself comes first (above the court decision that cites it)
    assert hits.ids and hits.ids[0] == pg_catalogue["7"]


def test_postgres_search_handles_decision_numbers_prefixes_and_filters(pg_catalogue):
    # GIVEN the same catalogue
    # WHEN numbers with slashes and codes, a prefix, and filters are searched
    # THEN PostgreSQL answers like SQLite
    assert search_documents(SearchFilters(text="134/Kpts/KPU/2016")).ids == [
        pg_catalogue["134/Kpts/KPU/Tahun 2016"]]
    assert search_documents(SearchFilters(text="90/PUU-XXI/2023")).ids == [
        pg_catalogue["90/PUU-XXI/2023"]]
    assert search_documents(SearchFilters(text="HK.03.1-Kpt/6172")).ids == [
        pg_catalogue["15/HK.03.1-Kpt/6172/KPU-Kot/IV/2023"]]
    assert pg_catalogue["4"] in search_documents(SearchFilters(text="pkpu 4/2021")).ids
    assert pg_catalogue["7"] in search_documents(SearchFilters(text="pemil")).ids
    only = search_documents(SearchFilters(text="pemilihan umum", doc_type="putusan"))
    assert only.ids == [pg_catalogue["90/PUU-XXI/2023"]] and only.total == 1
    paged = search_documents(SearchFilters(text="pemilihan"), limit=2)
    assert len(paged.ids) == 2 and paged.total == len(CATALOGUE)


def test_postgres_search_reads_officers_words_like_sqlite(pg_catalogue):
    # GIVEN the same catalogue, a law known as pilkada, and monographs
    pilkada = Document.create(doc_type="peraturan", jenis="Undang-Undang", singkatan_jenis="UU",
                              nomor="8", tahun=2015, judul="Perubahan atas Undang-Undang Nomor "
                              "1 Tahun 2015 tentang Pemilihan Gubernur, Bupati, dan Walikota").id
    pemilu_id = Document.create(doc_type="monografi", jenis="Buku", tahun=2019,
                                judul="Hukum Pemilu di Indonesia").id
    ri = Document.create(doc_type="monografi", jenis="Buku", tahun=2010,
                         judul="Konstitusi Republik Indonesia").id
    other = Document.create(doc_type="monografi", jenis="Buku", tahun=2024,
                            judul="Konstitusi dan Demokrasi").id

    def find(text: str) -> list[int]:
        return search_documents(SearchFilters(text=text)).ids

    # WHEN an officer types the short words  THEN the legal names are found
    uu_pemilu = find("UU Pemilu")
    assert uu_pemilu[:2] == [pg_catalogue["7"], pg_catalogue["10"]]
    assert set(uu_pemilu) == {pg_catalogue["7"], pg_catalogue["10"],
                              pg_catalogue["90/PUU-XXI/2023"]}
    assert find("pilkada") == [pilkada]
    # AND "RI" / "Republik Indonesia" never prevent a match, but rank where written
    assert set(find("kpu ri")) == set(find("kpu")) and find("kpu ri")
    assert find("republik indonesia") == [ri]
    konstitusi = find("konstitusi republik indonesia")  # ts_rank orders the rest
    assert konstitusi[0] == ri and other in konstitusi
    # AND "Indonesia" alone stays a title word
    assert find("pemilu indonesia") == [pemilu_id]
    assert find("pemilihan umum indonesia") == []
    # AND letters glued to a number, or a code stored glued, are found
    p3k = Document.create(doc_type="monografi", jenis="Buku", tahun=2023,
                          judul="Pengadaan P3K di Lingkungan KPU").id
    assert find("p3k") == [p3k]


def _loan(visitor, number, copy):
    loan = Loan.create(receipt_number=number, visitor=visitor, loaned_at=FIXED_NOW,
                       due_date=dt.date(2026, 12, 1))
    return LoanItem.create(loan=loan, copy=copy)


def test_postgres_rejects_a_copy_on_two_open_loans(pg_ctx):
    # GIVEN a copy already on an open loan
    doc = Document.create(doc_type="monografi", jenis="Buku", judul="Hukum Pemilu")
    copy = Copy.create(document=doc, barcode="JDIH0000001")
    visitor = Visitor.create(full_name="Siti Rahman", name_search="siti rahman")
    first = _loan(visitor, "PJ-2026-000001", copy)
    # WHEN a second open loan takes the same copy THEN PostgreSQL refuses it
    with pytest.raises(IntegrityError), pg_ctx.db.atomic():
        _loan(visitor, "PJ-2026-000002", copy)
    # AND once the copy is returned it may leave again
    ret = Return.create(loan=first.loan, slip_number="KB-2026-000001", returned_at=FIXED_NOW)
    first.returned = ret
    first.returned_at = FIXED_NOW
    first.save()
    second = _loan(visitor, "PJ-2026-000003", copy)
    assert second.id is not None


def test_demo_data_fills_postgres_and_sequences_continue(pg_ctx, clock):
    # GIVEN an empty PostgreSQL database  WHEN the demo generator fills it
    stats = generate_demo_data(documents=80, visits=150, seed=7, clock=clock)
    # THEN the rows are there and new rows get fresh ids after the bulk-inserted ones
    assert Document.select().count() == stats["documents"] == 80
    doc = Document.create(doc_type="monografi", jenis="Buku", judul="Buku baru")
    assert doc.id == 81
    assert search_documents(SearchFilters(text="UU 7/2017")).ids[:1] == [
        Document.get(Document.nomor == "7", Document.tahun == 2017).id]
