"""Issue 14: every malformed file is one "Kesalahan berkas" line (exit 1), XML external
entities are never resolved, exports never hold a formula cell, and the search-quality table."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from jdih_desktop.cli import main
from jdih_desktop.services.catalogue import DocumentData
from jdih_desktop.services.transfer import Importer, export_catalogue


def _xlsx_bytes() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["jenis", "nomor", "tahun", "judul", "teu_badan"])
    ws.append(["Peraturan Daerah", "1", 2021, "Peraturan Daerah Kota Kendari Nomor 1", "Kendari"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = change(info.filename, src.read(info.filename))
            if body is not None:
                dst.writestr(info.filename, body)
    return out.getvalue()


def _sheet(edit):
    return lambda name, body: edit(body) if name == "xl/worksheets/sheet1.xml" else body


def _truncated() -> bytes:
    return _xlsx_bytes()[:700]


def _bad_deflate() -> bytes:
    data = bytearray(_xlsx_bytes())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 2, start + 40):
        data[i] ^= 0x5A
    return bytes(data)


MALFORMED_XLSX = {
    "truncated zip": _truncated,
    "damaged deflate stream": _bad_deflate,
    "missing sheet": lambda: _rezip(_xlsx_bytes(), lambda n, b: None
                                    if n == "xl/worksheets/sheet1.xml" else b),
    "broken sheet xml": lambda: _rezip(_xlsx_bytes(), _sheet(lambda b: b[:-40])),
    "bad number": lambda: _rezip(_xlsx_bytes(), _sheet(
        lambda b: b.replace(b"<v>2021</v>", b"<v>20x1</v>"))),
    "bad cell reference": lambda: _rezip(_xlsx_bytes(), _sheet(
        lambda b: b.replace(b'r="A2"', b'r="A-2"'))),
    "no workbook part": lambda: _rezip(_xlsx_bytes(), lambda n, b: None
                                       if n == "xl/workbook.xml" else b),
}

MALFORMED_JSON = {
    "5000-digit integer": '[{"idData": ' + "9" * 5000 + "}]",
    "deep nesting": "[" + "[" * 100000 + "]" * 100000 + "]",
    "truncated": '[{"idData": "1", "judul": "x"',
    "not an array": '"just text"',
}


@pytest.mark.parametrize("case", sorted(MALFORMED_XLSX))
def test_malformed_xlsx_is_one_file_error_line(case, data_dir, tmp_path, capsys):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(MALFORMED_XLSX[case]())
    assert main(["catalogue", "import", str(path), "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr()
    lines = [ln for ln in (out.out + out.err).splitlines() if "Kesalahan berkas" in ln]
    assert len(lines) == 1 and "Traceback" not in out.err


@pytest.mark.parametrize("case", sorted(MALFORMED_JSON))
def test_malformed_json_is_one_file_error_line(case, data_dir, tmp_path, capsys):
    path = tmp_path / "rusak.json"
    path.write_text(MALFORMED_JSON[case])
    assert main(["catalogue", "import", str(path), "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr()
    assert len([ln for ln in out.out.splitlines() if ln.startswith("Kesalahan berkas: ")]) == 1


def test_xml_external_entities_are_never_resolved(ctx, clock, tmp_path):
    # GIVEN a workbook whose sheet declares an external entity pointing at a local file
    secret = tmp_path / "rahasia.txt"
    secret.write_text("RAHASIA-XXE")
    payload = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>'
               ).encode()

    def inject(body: bytes) -> bytes:
        body = body.split(b"?>", 1)[1] if body.startswith(b"<?xml") else body
        return payload + body.replace(b"Kendari</t>", b"&xxe;</t>", 1)

    path = tmp_path / "xxe.xlsx"
    path.write_bytes(_rezip(_xlsx_bytes(), lambda n, b: inject(b)
                            if n in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")
                            else b))
    # WHEN it is dry-run THEN the file is refused and the secret never read into the catalogue
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML  # openpyxl parses with defusedxml
    report = Importer(path, clock=clock).dry_run()
    assert report.file_error is not None
    assert "RAHASIA" not in json.dumps([report.file_error, [e.message for e in report.errors]])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=4000), flips=st.lists(
    st.tuples(st.integers(min_value=0, max_value=6000), st.integers(1, 255)), max_size=8))
def test_fuzzed_xlsx_never_crashes(ctx, clock, tmp_path, cut, flips):
    data = bytearray(_xlsx_bytes())
    for pos, x in flips:
        if pos < len(data):
            data[pos] ^= x
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(bytes(data[: len(data) - cut]))
    report = Importer(path, clock=clock).dry_run()  # never raises
    assert report.file_error is None or report.file_error.strip()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda c: st.lists(c, max_size=4) | st.dictionaries(
                        st.sampled_from(["idData", "judul", "jenis", "noPeraturan",
                                         "tahun_pengundangan", "status", "x"]), c, max_size=5),
                    max_leaves=20))
def test_fuzzed_json_never_crashes(ctx, clock, tmp_path, value):
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps([value]))
    report = Importer(path, clock=clock).dry_run()
    assert report.rows == 1 or report.file_error


# ----------------------------------------------------------------------------- formulas

FORMULA = '=HYPERLINK("http://evil.example","klik")'


@pytest.fixture
def formula_catalogue(services):
    cat = services.catalogue
    for i, title in enumerate((FORMULA, "+62 811", "-minus", "@SUM(A1)", "=1+1")):
        cat.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul=title,
                                         teu_badan="Budi", tahun=2020 + i, penerbit="KPU"))
    return cat


def test_catalogue_xlsx_export_has_no_formula_cell(formula_catalogue, tmp_path):
    out = tmp_path / "k.xlsx"
    export_catalogue(out, "xlsx")
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert FORMULA in [c.value for c in cells]  # the value itself is kept exactly


def test_catalogue_csv_export_quotes_formula_like_text(formula_catalogue, tmp_path):
    out = tmp_path / "k.csv"
    export_catalogue(out, "csv")
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    titles = [r[rows[0].index("judul")] for r in rows[1:]]
    assert set(titles) == {"'" + FORMULA, "'+62 811", "'-minus", "'@SUM(A1)", "'=1+1"}


def test_report_xlsx_writes_visitor_text_as_text(services):
    # A visitor named like a formula, in every report workbook's cells
    from jdih_desktop.services import report_render

    book = report_render._Book()
    book.sheet("Kunjungan", ["Nama", "Instansi"], [[FORMULA, "+cmd|' /C calc'!A0"],
                                                   ["-x", "@y"]], fast=True)
    book.summary("Ringkasan", FORMULA, "=subjudul", [("=label", "=nilai")])
    wb = load_workbook(io.BytesIO(book.bytes()))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert FORMULA in [c.value for c in cells]


# ----------------------------------------------------------------------------- search quality

QUALITY_DOCS = [
    ("Peraturan Daerah", "PERDA", "1", 2021, "Peraturan Daerah Kota Kendari Nomor 1 Tahun 2021 "
     "tentang Retribusi Jasa Umum", "Kota Kendari"),
    ("Peraturan Wali Kota", None, "7", 2017, "Peraturan Wali Kota Kendari Nomor 7 Tahun 2017 "
     "tentang Pola Tanam Padi", "Kota Kendari"),
    ("Peraturan Bupati", None, "1", 2019, "Peraturan Bupati Toba Nomor 1 Tahun 2019 tentang "
     "Penanggulangan Penyakit Menular", "Kabupaten Toba"),
    ("Keputusan Wali Kota", None, "2", 2025, "Keputusan Walikota Singkawang Nomor 2 Tahun 2025 "
     "tentang Tim Pemilihan Duta Baca", "Kota Singkawang"),
    ("Peraturan Daerah", "PERDA", "16", 2014, "Peraturan Daerah Provinsi Kalimantan Barat Nomor 16 "
     "Tahun 2014 tentang Pajak Daerah", "Provinsi Kalimantan Barat"),
    ("Undang-Undang", "UU", "7", 2017, "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
     "Pemerintah Pusat"),
    ("Peraturan Gubernur", None, "21", 2021, "Peraturan Gubernur Banten Nomor 21 Tahun 2021 "
     "tentang Tata Naskah Dinas", "Provinsi Banten"),
]

# query -> (index in QUALITY_DOCS expected, best rank allowed; 1 = first)
QUALITY = [
    ("Perda 1/2021", 0, 1),                    # abbreviation -> spelled-out jenis
    ("peraturan daerah nomor 1 tahun 2021", 0, 1),
    ("Perwali 7/2017", 1, 1),
    ("perwal 7/2017", 1, 1),
    ("peraturan wali kota 7/2017", 1, 1),      # official spelling, title says "Wali Kota"
    ("Perbup 1/2019", 2, 1),
    ("kepwal 2/2025", 3, 1),                   # title spells "Walikota"
    ("keputusan wali kota singkawang", 3, 1),  # "wali kota" finds "walikota"
    ("Perda No. 16 Th. 2014", 4, 1),
    ("UU 7/2017", 5, 1),
    ("pergub 21/2021", 6, 1),
    ("retribsi jasa umum", 0, 1),              # typo in a finished word
    ("penyakit menulr ", 2, 1),
    ("pola tanm padi", 1, 1),
]


@pytest.fixture
def quality_catalogue(ctx):
    from jdih_desktop.store.models import Document

    ids = []
    for jenis, singkatan, nomor, tahun, judul, teu in QUALITY_DOCS:
        ids.append(Document.create(doc_type="peraturan", jenis=jenis, singkatan_jenis=singkatan,
                                   nomor=nomor, tahun=tahun, judul=judul, teu_badan=teu,
                                   status="berlaku", bahasa="Indonesia").id)
    return ids


def test_search_quality_table(quality_catalogue):
    from jdih_desktop.store.search import SearchFilters, search_documents

    misses = []
    for query, expected, best in QUALITY:
        ids = search_documents(SearchFilters(text=query), limit=10).ids
        target = quality_catalogue[expected]
        rank = ids.index(target) + 1 if target in ids else None
        if rank is None or rank > best:
            misses.append((query, rank))
    assert misses == []


def test_maksud_anda_when_nothing_matches(quality_catalogue):
    from jdih_desktop.store.search import SearchFilters, search_documents, suggest

    assert search_documents(SearchFilters(text="penyakit menulr")).ids == []  # still typing
    assert suggest("penyakit menulr") == "penyakit menular"
    assert suggest("retribusi jasa umum") is None


def test_cli_search_json(quality_catalogue, data_dir, capsys):
    assert main(["catalogue", "search", "Perwali 7/2017", "--json", "--limit", "3",
                 "--data-dir", str(data_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["nomor"] == "7" and rows[0]["tahun"] == 2017
    assert {"source", "jdihn_id", "jenis", "nomor", "tahun", "judul"} <= set(rows[0])
    assert main(["catalogue", "search", "pajak", "--year-from", "2015",
                 "--data-dir", str(data_dir)]) == 0
    assert "Tidak ada dokumen" in capsys.readouterr().out
