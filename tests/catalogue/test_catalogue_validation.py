"""validate_document and find_duplicate: the rules forms and imports share."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from jdih_desktop.services.catalogue import (
    EDITABLE_FIELDS,
    DocumentData,
    find_duplicate,
    isbn_valid,
    validate_document,
)
from tests.catalogue.conftest import peraturan

TODAY = dt.date(2026, 11, 24)


def test_valid_peraturan_has_no_errors() -> None:
    # GIVEN a complete PKPU WHEN validated THEN nothing is reported
    assert validate_document(peraturan(), today=TODAY) == {}


def test_required_fields_depend_on_type() -> None:
    # GIVEN an empty monograph and an empty peraturan
    mono = validate_document(DocumentData(doc_type="monografi"), today=TODAY)
    per = validate_document(DocumentData(doc_type="peraturan"), today=TODAY)
    # THEN each names its own required fields, worded for the type
    assert mono["penerbit"] == "Penerbit wajib diisi untuk Monografi Hukum."
    assert mono["teu_badan"] == "Pengarang (T.E.U.) wajib diisi untuk Monografi Hukum."
    assert "nomor" not in mono
    assert per["nomor"] == "Nomor wajib diisi untuk Peraturan."
    assert "penerbit" not in per


def test_year_in_future_and_too_early() -> None:
    future = validate_document(peraturan(tahun=2030, tanggal_penetapan=None), today=TODAY)
    assert future["tahun"] == ("Tahun 2030 belum terjadi: paling lambat 2026. Periksa kembali "
                               "tahunnya.")
    early = validate_document(peraturan(tahun=1930, tanggal_penetapan=None,
                                        tanggal_pengundangan=None), today=TODAY)
    assert "paling awal 1945" in early["tahun"]
    # a monograph may be older than the Republic
    old_book = DocumentData(doc_type="monografi", jenis="Buku", judul="Wetboek", teu_badan="X",
                            tahun=1930, penerbit="Y")
    assert validate_document(old_book, today=TODAY) == {}


def test_penetapan_after_pengundangan_and_year_mismatch() -> None:
    errs = validate_document(peraturan(tanggal_penetapan=dt.date(2021, 3, 5),
                                       tanggal_pengundangan=dt.date(2021, 3, 1)), today=TODAY)
    assert errs["tanggal_penetapan"].startswith(
        "Tanggal penetapan 05-03-2021 jatuh sesudah tanggal pengundangan 01-03-2021.")
    mismatch = validate_document(peraturan(tahun=2020), today=TODAY)
    assert mismatch["tahun"] == ("Tahun 2020 tidak sama dengan tahun tanggal penetapan (2021). "
                                 "Samakan tahun dengan tanggal penetapan.")


def test_isbn_checksum() -> None:
    assert isbn_valid("978-602-8519-93-9") and isbn_valid("0-306-40615-2")
    assert isbn_valid("ISBN-13: 978 602 8519 93 9") and isbn_valid("isbn 0306406152")
    assert not isbn_valid("978-602-8519-93") and not isbn_valid("X-306-40615-2")
    book = DocumentData(doc_type="monografi", jenis="Buku", judul="Hukum Pemilu",
                        teu_badan="A", tahun=2019, penerbit="B", isbn="978-602-8519-93-0")
    assert "digit pemeriksa salah" in validate_document(book, today=TODAY)["isbn"]


def test_overlong_control_chars_and_unknown_values() -> None:
    errs = validate_document(peraturan(judul="x" * 2001, nomor="4\x00", doc_type="perda",
                                       status="hidup"), today=TODAY)
    assert errs["judul"] == ("Judul terlalu panjang: 2001 karakter, paling banyak 2000. "
                             "Persingkat isinya.")
    assert "karakter kendali" in errs["nomor"] and "U+0000" in errs["nomor"]
    assert errs["doc_type"].startswith("Tipe dokumen 'perda' tidak dikenal.")
    assert errs["status"].startswith("Status 'hidup' tidak dikenal.")
    # a 10 MB abstract is rejected by length, not stored
    assert "terlalu panjang" in validate_document(peraturan(abstrak="a" * 10_000_000),
                                                  today=TODAY)["abstrak"]


def test_find_duplicate_by_number_and_by_jdihn_id(catalogue) -> None:
    # GIVEN a stored PKPU 4/2021 with a JDIHN idData
    doc_id = catalogue.create_document(peraturan(jdihn_id="777"))
    # THEN the same jenis+nomor+tahun (other case/spaces) is a duplicate
    assert find_duplicate(peraturan(jenis="peraturan  komisi pemilihan umum")) == doc_id
    # AND the same idData under another number is one too
    assert find_duplicate(peraturan(nomor="99", jdihn_id="777")) == doc_id
    # AND the document itself (editing) or another number is not
    assert find_duplicate(peraturan(id=doc_id, jdihn_id="777")) is None
    assert find_duplicate(peraturan(nomor="5")) is None


_ANY = st.one_of(st.none(), st.text(max_size=50), st.integers(), st.floats(allow_nan=True),
                 st.booleans(), st.dates(), st.datetimes(), st.binary(max_size=10),
                 st.lists(st.integers(), max_size=2))


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(EDITABLE_FIELDS), _ANY, max_size=8))
def test_any_values_give_messages_never_exceptions(values: dict) -> None:
    # GIVEN any mix of types an import could produce WHEN validated
    errors = validate_document(DocumentData(**values), today=TODAY)
    # THEN the answer is field -> Indonesian text, never a crash
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in errors.items())
