"""Malformed input gives row errors or one file error, and never changes the catalogue."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdih_desktop.services.transfer import Importer, TransferError

from .conftest import FEEDS, catalogue_snapshot, feed_record


@pytest.fixture
def seeded(ctx, clock):
    """A catalogue holding the canonical feed, so 'unchanged' is a real check."""
    imp = Importer(FEEDS / "feed_canonical.json", clock=clock)
    assert imp.dry_run().ok
    imp.commit()
    return catalogue_snapshot()


def _dry_and_commit(path, clock, fmt=None):
    """Dry-run, then try to commit anyway: the commit must refuse and change nothing."""
    imp = Importer(path, fmt, clock=clock)
    report = imp.dry_run()
    with pytest.raises(TransferError):
        imp.commit(report.fingerprint)
    return report


@pytest.mark.parametrize("text, where", [
    ('[{"idData": "1", "judul": "x"', "baris 1"),
    ('[{"idData": "1"},\n{"judul": "x",}]', "baris 2"),
    ('[{"idData": "1"}, ]', "koma berlebih"),
    ('[{"idData": "1"}] trailing', "sesudah ']'"),
    ('{"idData": "1"}', "array JSON"),
    ('', "kosong"),
    ('[{"judul": "a\u0001b"}]', "karakter kendali"),
    ("[{'judul': 'x'}]", "kutip ganda"),
])
def test_broken_json_is_one_file_error(seeded, clock, write_feed, text, where):
    # GIVEN a broken feed WHEN it is imported
    report = _dry_and_commit(write_feed(text), clock)
    # THEN one precise file error (with its position) is reported and nothing changed
    assert report.file_error and where in report.file_error
    assert "Katalog tidak diubah" in report.file_error or "Pilih" in report.file_error
    assert catalogue_snapshot() == seeded


def test_wrong_types_missing_fields_and_duplicates_are_row_errors(seeded, clock, write_feed):
    # GIVEN a feed with a good row, wrong types, a missing title, a bad date, and duplicates
    rows = [
        feed_record(1),
        feed_record(2, judul=["a", "list"]),
        "not an object",
        feed_record(4, judul="-"),
        feed_record(5, tanggal_penetapan="31-02-2022"),
        feed_record(6, tahun_pengundangan="20x2"),
        feed_record(7, idData=feed_record(1)["idData"]),  # same idData as row 1
        feed_record(8, noPeraturan="1", idData="-"),  # same jenis+nomor+tahun as row 1
        feed_record(9, display=True),  # an ignored flag, even with a wrong type, is ignored
        feed_record(10, tahun_pengundangan="2030", tanggal_penetapan="-"),
    ]
    report = _dry_and_commit(write_feed(rows), clock)
    # THEN each bad row is listed with its number, field and reason; good rows are counted
    by_row = {e.row: e for e in report.errors}
    assert report.rows == 10 and report.to_add == 2 and report.error_rows == 8
    assert by_row[2].field == "judul" and "teks" in by_row[2].message
    assert "objek" in by_row[3].message
    assert by_row[4].field == "judul" and "wajib" in by_row[4].message
    assert by_row[5].field == "tanggal_penetapan" and "kalender" in by_row[5].message
    assert by_row[6].field == "tahun_pengundangan"
    assert "baris 1" in by_row[7].message and "duplikat" in by_row[7].message
    assert "baris 1" in by_row[8].message
    assert by_row[10].field == "tahun_pengundangan" and "2030" in by_row[10].message
    assert catalogue_snapshot() == seeded


def test_ten_megabyte_string_is_a_row_error(seeded, clock, write_feed):
    # GIVEN a feed whose abstract is 10 MB long (in JSON and in CSV)
    big = "A" * (10 * 1024 * 1024)
    report = _dry_and_commit(write_feed([feed_record(1, abstrak=big), feed_record(2)]), clock)
    # THEN that row is rejected as too long and the other one would be added
    assert [(e.row, e.field) for e in report.errors] == [(1, "abstrak")]
    assert "terlalu panjang" in report.errors[0].message and report.to_add == 1
    csv_text = "judul;jenis;nomor;tahun;teu_badan;abstrak\n" \
               f"Judul;Keputusan;1;2022;KPU;{big}\n"
    report = _dry_and_commit(write_feed(csv_text, "big.csv"), clock)
    assert [(e.row, e.field) for e in report.errors] == [(2, "abstrak")]
    assert catalogue_snapshot() == seeded


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_utf_encodings_are_detected(ctx, clock, write_feed, encoding):
    # GIVEN a feed with accents saved with a BOM or as UTF-16
    rows = [feed_record(1, judul="Keputusan tentang Pemilihan — Kota Singkawang é")]
    path = write_feed(json.dumps(rows, ensure_ascii=False), encoding=encoding)
    # WHEN it is dry-run THEN it reads cleanly and the text survives
    report = Importer(path, clock=clock).dry_run()
    assert report.ok and report.to_add == 1


def test_cp1252_csv_is_read_when_safe_and_refused_when_not(seeded, clock, tmp_path):
    # GIVEN an Excel "CSV" from Indonesian Windows (semicolons, cp1252 accents)
    header = "Judul;Jenis;Nomor;Tahun;Pengarang;Catatan\n"
    safe = tmp_path / "excel.csv"
    safe.write_bytes((header + "Ketentuan café;Keputusan;7;2022;KPU;“catatan”\n")
                     .encode("cp1252"))
    report = Importer(safe, clock=clock).dry_run()
    # THEN it is read as cp1252 with a warning and the mapping is guessed from Indonesian names
    assert report.ok and report.encoding == "cp1252" and report.warnings
    assert report.mapping == ["judul", "jenis", "nomor", "tahun", "teu_badan", "catatan"]
    # GIVEN a file mixing UTF-8 with stray bytes WHEN imported THEN one precise file error
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes((header + "Ketentuan é;Keputusan;7;2022;KPU;x\n").encode() + b"\x81\x00")
    report = _dry_and_commit(mixed, clock)
    assert report.file_error and "bukan teks UTF-8" in report.file_error
    assert "posisi" in report.file_error
    assert catalogue_snapshot() == seeded


def test_broken_csv_and_xlsx_files(seeded, clock, tmp_path, write_feed):
    # GIVEN a CSV with too many cells in a row, an empty CSV, and a fake XLSX
    report = _dry_and_commit(write_feed("judul,jenis\nA,B,C\n", "x.csv"), clock)
    assert report.errors[0].row == 2 and "kolom" in report.errors[0].message
    report = _dry_and_commit(write_feed("", "empty.csv"), clock)
    assert "kosong" in report.file_error
    report = _dry_and_commit(write_feed("not a zip", "fake.xlsx"), clock)
    assert "bukan berkas Excel" in report.file_error
    report = _dry_and_commit(write_feed("a,b\n1,2\n", "unmapped.csv"), clock)
    assert "Tidak ada kolom" in report.file_error
    assert catalogue_snapshot() == seeded


VALID = json.dumps([feed_record(i) for i in range(1, 4)])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=len(VALID)),
       junk=st.text(alphabet='[]{}",:-\\ \n\t0a\u00e9\x01', max_size=8))
def test_any_mangled_feed_fails_cleanly(seeded, clock, tmp_path, cut, junk):
    # GIVEN a valid feed cut anywhere and followed by junk
    path = tmp_path / "mangled.json"
    path.write_bytes((VALID[:cut] + junk).encode("utf-8", "surrogatepass"))
    text = VALID[:cut] + junk
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    # WHEN it is dry-run THEN the result is a report (never an unexpected exception)
    report = Importer(path, clock=clock).dry_run()
    if parsed is None:
        # a file that is not JSON is one file error, and a commit is refused
        assert report.file_error and "JSON" in report.file_error, report.file_error
        report = _dry_and_commit(path, clock)
    elif parsed:
        # still a JSON array (the junk closed it): every element gets a row result
        assert report.file_error is None
        assert report.to_add + report.to_update + report.error_rows == len(parsed)
    # and the dry-run (and any refused commit) left the catalogue unchanged
    assert catalogue_snapshot() == seeded


def test_deeply_nested_json_is_a_file_error_not_a_crash(seeded, clock, tmp_path):
    # GIVEN a feed whose first element nests brackets thousands deep (the decoder's stack)
    path = tmp_path / "nested.json"
    path.write_text("[" + "[" * 5000 + "]" * 5000 + "]", encoding="utf-8")
    # WHEN it is imported THEN one precise file error, the commit refused, nothing changed
    report = _dry_and_commit(path, clock)
    assert "bersarang terlalu dalam" in report.file_error
    assert catalogue_snapshot() == seeded


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
                       st.lists(st.integers(), max_size=2), st.text(max_size=30)),
       key=st.sampled_from(["judul", "noPeraturan", "tahun_pengundangan",
                            "tanggal_penetapan", "status", "isbn", "urlDownload"]))
def test_any_value_type_gives_a_row_result(seeded, clock, tmp_path, value, key):
    # GIVEN a record where one field holds any JSON value
    path = tmp_path / "typed.json"
    path.write_text(json.dumps([feed_record(1, **{key: value})]), encoding="utf-8")
    # WHEN it is dry-run THEN it is either accepted or rejected with a row error on that row
    report = Importer(path, clock=clock).dry_run()
    assert report.file_error is None
    assert report.to_add + report.to_update + report.error_rows == 1
    assert all(e.row == 1 for e in report.errors)
    assert catalogue_snapshot() == seeded

