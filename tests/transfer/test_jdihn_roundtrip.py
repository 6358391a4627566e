"""JDIHN feed: import -> export keeps every field; other spellings and date shapes are read."""

from __future__ import annotations

import datetime as dt
import json

from jdih_desktop.services.jdihn import JDIHN_FIELDS
from jdih_desktop.services.transfer import Importer, export_catalogue
from jdih_desktop.store.models import Document

from .conftest import FEEDS, canonical_records, catalogue_snapshot


def _import(path, clock, fmt=None, mapping=None):
    imp = Importer(path, fmt, clock=clock, mapping=mapping)
    report = imp.dry_run()
    assert report.ok, (report.file_error, report.errors[:5])
    return imp.commit()


def test_roundtrip_keeps_every_field(ctx, clock, tmp_path):
    # GIVEN a canonical feed with all four document types
    records = canonical_records()
    # WHEN it is imported and the catalogue exported as JDIHN
    report = _import(FEEDS / "feed_canonical.json", clock)
    assert (report.to_add, report.to_update, report.committed) == (len(records), 0, True)
    out = tmp_path / "out.json"
    assert export_catalogue(out, "jdihn") == len(records)
    exported = json.loads(out.read_text(encoding="utf-8"))
    # THEN every record comes back with every field, value for value, in canonical order
    # (plus "source", not a JDIHN field: where each document came from, for round trips)
    sources = [r.pop("source") for r in exported]
    assert sources[0] == "jdih.kpu.go.id" and all(sources)
    assert exported == records
    assert all(list(r) == list(JDIHN_FIELDS) for r in exported)
    types = {d.jdihn_id: d.doc_type for d in Document.select()}
    assert types == {"1001": "peraturan", "1002": "peraturan", "1003": "peraturan",
                     "2001": "monografi", "3001": "artikel", "4001": "putusan"}


def test_csv_and_xlsx_roundtrip(ctx, clock, tmp_path):
    # GIVEN an imported feed exported as CSV and XLSX
    _import(FEEDS / "feed_canonical.json", clock)
    before = catalogue_snapshot()
    jdihn_before = tmp_path / "a.json"
    export_catalogue(jdihn_before, "jdihn")
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"katalog.{fmt}"
        export_catalogue(path, fmt)
        # WHEN the catalogue is emptied and the export imported back
        Document.delete().execute()
        report = _import(path, clock)
        # THEN every document is added again with the same JDIHN content
        assert report.to_add == len(before)
        again = tmp_path / f"again-{fmt}.json"
        export_catalogue(again, "jdihn")
        assert json.loads(again.read_text()) == json.loads(jdihn_before.read_text()), fmt


def test_csv_is_excel_friendly_and_xlsx_has_bold_frozen_header(ctx, clock, tmp_path):
    _import(FEEDS / "feed_canonical.json", clock)
    csv_path, xlsx_path = tmp_path / "k.csv", tmp_path / "k.xlsx"
    export_catalogue(csv_path, "csv")
    export_catalogue(xlsx_path, "xlsx")
    # THEN the CSV starts with a UTF-8 BOM (Excel reads accents right)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfdoc_type,jenis,")
    # and the XLSX header row is bold and frozen
    from openpyxl import load_workbook

    ws = load_workbook(xlsx_path).worksheets[0]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "doc_type" and ws["A1"].font.b
    assert ws.max_row == 7


def test_variant_spellings_and_date_shapes(ctx, clock):
    # GIVEN a feed using urlabstrak/lastUpdated, Indonesian dates, a numeric idData, "Dicabut"
    _import(FEEDS / "feed_variants.json", clock)
    a = Document.get(Document.jdihn_id == "5001")
    b = Document.get(Document.jdihn_id == "5002")
    # THEN every value is read into the right column
    assert a.tanggal_pengundangan == dt.date(2022, 6, 10)
    assert a.tanggal_penetapan == dt.date(2022, 6, 9)
    assert a.url_abstrak == "https://jdih.kpu.go.id/abstrak/pkpu-3-2022.pdf"
    assert a.last_updated == dt.datetime(2022, 6, 12, 8, 30)
    assert a.status == "berlaku" and a.tempat_penetapan == "Jakarta"
    assert b.tanggal_penetapan == dt.date(2015, 1, 2)
    assert b.tanggal_pengundangan == dt.date(2015, 1, 5)
    assert b.status == "tidak_berlaku" and b.bahasa == "Indonesia"
    assert b.last_updated == dt.datetime(2016, 1, 1)


def test_reimport_updates_matching_documents(ctx, clock, write_feed):
    # GIVEN the canonical feed imported
    _import(FEEDS / "feed_canonical.json", clock)
    records = canonical_records()
    # WHEN a newer feed changes one title (matched by idData) and sends another document
    # without idData but with the same jenis + nomor + tahun (spelt in another case)
    records[0]["judul"] = "Judul baru PKPU 4/2021"
    second = dict(records[1], idData="-", jenis="UNDANG-UNDANG", abstrak="Abstrak baru")
    path = write_feed([records[0], second, records[3]])
    imp = Importer(path, clock=clock)
    report = imp.dry_run()
    # THEN the dry-run lists two updates, the untouched third document as unchanged, no
    # additions, and the commit applies them without touching the unchanged one
    assert (report.to_add, report.to_update, report.unchanged, report.error_rows) == \
        (0, 2, 1, 0)
    untouched = Document.get(Document.jdihn_id == records[3]["idData"])
    clock.advance(days=1)
    imp.commit()
    assert Document.get_by_id(untouched.id).updated_at == untouched.updated_at
    assert Document.get(Document.jdihn_id == "1001").updated_at > untouched.updated_at
    assert Document.get(Document.jdihn_id == "1001").judul == "Judul baru PKPU 4/2021"
    assert Document.get(Document.jdihn_id == "1002").abstrak == "Abstrak baru"
    assert Document.select().count() == 6


def test_wrapped_feed_and_changed_mapping(ctx, clock, write_feed, tmp_path):
    # GIVEN a feed published as {"data": [...]} WHEN dry-run THEN its records are read
    path = write_feed(json.dumps({"data": canonical_records()[:2], "total": 2}))
    report = Importer(path, clock=clock).dry_run()
    assert report.ok and report.to_add == 2
    # GIVEN a CSV whose "Keterangan" column the guess maps to catatan
    csv_path = tmp_path / "k.csv"
    csv_path.write_text("Judul,Jenis,Nomor,Tahun,Pengarang,Keterangan\n"
                        "Keputusan A,Keputusan KPU Kota,1,2022,KPU,Rak 3\n", encoding="utf-8")
    imp = Importer(csv_path, clock=clock)
    headers, mapping = imp.read_headers()
    assert headers[-1] == "Keterangan"
    assert mapping[-1] == "catatan"
    # WHEN the officer maps it to lokasi instead and commits
    imp.set_mapping([*mapping[:-1], "lokasi"])
    assert imp.dry_run().ok
    imp.commit()
    # THEN the value lands in lokasi
    doc = Document.get(Document.judul == "Keputusan A")
    assert doc.lokasi == "Rak 3" and doc.catatan is None
