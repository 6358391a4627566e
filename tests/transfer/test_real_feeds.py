"""Issue 14: real JDIHN feeds (every messy case), sources, the issuer in the duplicate rule,
idempotent round trips, and --skip-invalid with its row report."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from jdih_desktop.cli import main
from jdih_desktop.services.catalogue import DocumentData
from jdih_desktop.services.transfer import Importer, export_catalogue
from jdih_desktop.store.models import Document, DocumentRelation

from .conftest import FEEDS, catalogue_snapshot

MESSY = FEEDS / "feed_kendari_messy.json"
KENDARI = "jdih.kendarikota.go.id"


def _run(path, clock, **kw):
    imp = Importer(path, clock=clock, **kw)
    report = imp.dry_run()
    return imp, report


def _warnings(report, row):
    return [(w.field, w.message) for w in report.row_warnings if w.row == row]


def test_messy_feed_dry_run_repairs_every_case_and_says_so(ctx, clock):
    # GIVEN a feed carrying what real JDIH sites publish WHEN it is dry-run
    _imp, report = _run(MESSY, clock)
    # THEN every repair is a warning of its row, never silent
    w1 = dict(_warnings(report, 1))
    assert "CR LF" in w1["judul"] and "U+000B" in w1["judul"]
    assert "%-encoding" in w1["urlDownload"]
    assert w1["noPeraturan"] == "nomor kosong; diisi '1' dari judul"
    assert w1["tahun_pengundangan"] == "tahun kosong; diisi 2021 dari judul"
    assert "T.E.U." in w1["teuBadan"]
    assert any("sama persis dengan baris 1" in m for _, m in _warnings(report, 2))
    w3 = dict(_warnings(report, 3))
    assert w3["jenis"] == "jenis kosong; diisi 'Peraturan Wali Kota' dari judul"
    assert "Berlaku" in w3["status"]
    assert "Berlaku" in dict(_warnings(report, 4))["status"]  # dicabut sebagian
    assert "telah diubah" in dict(_warnings(report, 5))["status"]
    assert "Monografi Hukum" in dict(_warnings(report, 6))["jenis"]
    assert "Artikel Hukum" in dict(_warnings(report, 7))["jenis"]
    # and the rows that cannot be repaired are errors with their idData
    errors = {(e.row, e.jdihn_id): e.message for e in report.errors}
    assert "duplikat" in errors[(8, "105")]
    assert "20x1" in errors[(9, "106")]
    assert "entahlah" in errors[(10, "107")]
    assert report.error_rows == 3 and not report.ok and report.committable
    assert report.relations == 1  # row 3 revokes row 1, which this file adds
    # and nothing was written
    assert Document.select().count() == 0


def test_without_skip_invalid_nothing_is_committed(ctx, clock):
    imp, report = _run(MESSY, clock)
    with pytest.raises(Exception, match="tidak ada yang disimpan"):
        imp.commit(report.fingerprint)
    assert Document.select().count() == 0


def test_skip_invalid_commits_the_valid_rows_and_writes_the_row_report(ctx, clock, tmp_path):
    path = tmp_path / "kendari.json"
    shutil.copy(MESSY, path)
    imp, report = _run(path, clock, skip_invalid=True)
    done = imp.commit(report.fingerprint)
    # THEN the six valid documents are stored, repaired, in the feed's source
    assert done.committed and done.to_add == 6 and done.skipped == 3
    docs = {d.jdihn_id: d for d in Document.select()}
    assert set(docs) == {"101", "102", "103", "104", "201", "301"}
    assert {d.source for d in docs.values()} == {KENDARI}
    perda = docs["101"]
    assert (perda.nomor, perda.tahun, perda.teu_badan) == ("1", 2021, None)
    assert perda.judul == ("Peraturan Daerah Kota Kendari Nomor 1 Tahun 2021 tentang Retribusi "
                           "Jasa Umum")
    assert perda.url_download == f"https://{KENDARI}/upload/perda%201%202021.pdf"
    assert perda.issuer == "kota kendari"
    assert docs["103"].status == "berlaku"  # dicabut sebagian is not tidak berlaku
    assert docs["104"].status == "berlaku"  # diubah
    assert (docs["102"].jenis, docs["102"].nomor) == ("Peraturan Wali Kota", "39")
    assert (docs["201"].doc_type, docs["301"].doc_type) == ("monografi", "artikel")
    # and the relation "Mencabut Perda 1/2021" is recorded, the revoked one tidak berlaku
    rel = DocumentRelation.get(DocumentRelation.source == docs["102"].id)
    assert (rel.target_id, rel.kind) == (perda.id, "mencabut")
    assert Document.get_by_id(perda.id).status == "tidak_berlaku"
    # and the row report beside the file lists row, idData, reason
    with open(done.row_report, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["baris", "idData", "alasan"]
    assert [r[:2] for r in rows[1:]] == [["8", "105"], ["9", "106"], ["10", "107"]]


def test_skip_invalid_with_no_valid_row_commits_nothing(data_dir, tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"idData": "1", "judul": "x", "tahun_pengundangan": "abcd"}]))
    assert main(["catalogue", "import", str(path), "--skip-invalid",
                 "--data-dir", str(data_dir)]) == 1
    assert "Tidak ada baris yang sah" in capsys.readouterr().out


def test_cli_skip_invalid_exit_0_and_lists_skipped_rows(data_dir, tmp_path, capsys):
    path = tmp_path / "kendari.json"
    shutil.copy(MESSY, path)
    assert main(["catalogue", "import", str(path), "--skip-invalid", "--source", "kendari",
                 "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "3 baris dilewati" in out and "baris-dilewati.csv" in out
    assert "Sumber: kendari" in out and "baris 1, judul: karakter kendali" in out


def _site_feed(host: str, rows: list[tuple[str, str, str, str]]) -> list[dict]:
    return [{"idData": i, "jenis": jenis, "noPeraturan": no, "tahun_pengundangan": "2021",
             "judul": judul, "status": "Berlaku", "teuBadan": None,
             "urlDetailPeraturan": f"https://{host}/detail/{i}"}
            for i, jenis, no, judul in rows]


def test_a_second_site_never_overwrites_the_first(ctx, clock, write_feed):
    # GIVEN Kendari's feed imported
    kendari = write_feed(_site_feed(KENDARI, [
        ("1", "Peraturan Wali Kota", "39", "Peraturan Wali Kota Kendari Nomor 39 Tahun 2021"),
        ("2", "Peraturan Daerah", "1", "Peraturan Daerah Kota Kendari Nomor 1 Tahun 2021")]),
        name="kendari.json")
    imp, rep = _run(kendari, clock)
    imp.commit(rep.fingerprint)
    before = catalogue_snapshot()
    # WHEN Toba's feed, numbering its idData the same way, is imported
    toba = write_feed(_site_feed("jdih.tobakab.go.id", [
        ("1", "Keputusan Bupati", "141", "Keputusan Bupati Toba Nomor 141 Tahun 2021"),
        ("2", "Peraturan Daerah", "1", "Peraturan Daerah Kabupaten Toba Nomor 1 Tahun 2021")]),
        name="toba.json")
    imp, rep = _run(toba, clock)
    # THEN both of its documents are new (Perda Toba 1/2021 is not Perda Kendari 1/2021)
    assert (rep.to_add, rep.to_update, rep.error_rows) == (2, 0, 0)
    imp.commit(rep.fingerprint)
    # and Kendari's documents are exactly as they were
    assert catalogue_snapshot()[:2] == before
    assert Document.select().where(Document.jdihn_id == "1").count() == 2
    assert Document.get(Document.source == KENDARI, Document.jdihn_id == "1").nomor == "39"


def test_the_same_law_from_another_source_is_left_as_it_is(ctx, clock, write_feed):
    rows = [("7", "Undang-Undang", "7", "Undang-Undang Nomor 7 Tahun 2021 tentang Pemilu")]
    imp, rep = _run(write_feed(_site_feed(KENDARI, rows), name="a.json"), clock)
    imp.commit(rep.fingerprint)
    imp, rep = _run(write_feed(_site_feed("jdih.tobakab.go.id", rows), name="b.json"), clock)
    assert (rep.to_add, rep.to_update, rep.other_source) == (0, 0, 1)
    assert any("sumber 'jdih.kendarikota.go.id'" in w.message for w in rep.row_warnings)


def test_explicit_source_and_local_are_separate(ctx, clock, services, write_feed):
    # GIVEN a document entered here (local) with id 1
    from tests.catalogue.conftest import peraturan

    local_id = services.catalogue.create_document(peraturan())
    assert Document.get_by_id(local_id).source == "local"
    # WHEN a feed with idData equal to that id is imported under a named source
    feed = write_feed([{"idData": str(local_id), "jenis": "Peraturan Daerah",
                        "noPeraturan": "3", "tahun_pengundangan": "2020",
                        "judul": "Peraturan Daerah Kota Singkawang Nomor 3 Tahun 2020",
                        "status": "Berlaku"}])
    imp, rep = _run(feed, clock, source="JDIH Singkawang")
    assert rep.source == "jdih-singkawang" and rep.to_add == 1 and rep.to_update == 0
    imp.commit(rep.fingerprint)
    # THEN the local document is untouched
    assert Document.get_by_id(local_id).jenis == "Peraturan Komisi Pemilihan Umum"


def test_issuer_in_the_duplicate_rule_of_the_form(ctx, services):
    # GIVEN Perda Kota Kendari 1/2021
    cat = services.catalogue
    base = dict(doc_type="peraturan", jenis="Peraturan Daerah", nomor="1", tahun=2021,
                status="berlaku")
    cat.create_document(DocumentData(**base, judul="Peraturan Daerah Kota Kendari Nomor 1 "
                                     "Tahun 2021 tentang Retribusi", teu_badan="Kota Kendari"))
    # WHEN Perda Kabupaten Toba 1/2021 is entered THEN it is not a duplicate
    toba = DocumentData(**base, judul="Peraturan Daerah Kabupaten Toba Nomor 1 Tahun 2021 "
                        "tentang Pajak", teu_badan="Kabupaten Toba")
    assert cat.check(toba) == {}
    cat.create_document(toba)
    # WHEN Perda Kota Kendari 1/2021 is entered again (another spelling of the issuer)
    again = DocumentData(**base, judul="Peraturan Daerah Kota Kendari Nomor 1 Tahun 2021",
                         teu_badan="Pemerintah Kota Kendari")
    # THEN the form refuses it as a duplicate
    assert "sudah ada di katalog" in cat.check(again)["nomor"]
    # and KPU RI vs KPU Kota Singkawang decisions with the same number are two documents
    kep = dict(doc_type="peraturan", jenis="Keputusan KPU", nomor="5", tahun=2024,
               status="berlaku")
    cat.create_document(DocumentData(**kep, judul="Keputusan Komisi Pemilihan Umum Nomor 5 "
                                     "Tahun 2024 tentang A", teu_badan="KPU RI"))
    city = DocumentData(**kep, judul="Keputusan Komisi Pemilihan Umum Kota Singkawang Nomor 5 "
                        "Tahun 2024 tentang B", teu_badan="KPU Kota Singkawang")
    assert cat.check(city) == {}


def test_the_store_refuses_a_duplicate_of_the_same_issuer(ctx):
    from peewee import IntegrityError

    row = dict(doc_type="peraturan", jenis="Peraturan Daerah", nomor="1", tahun=2021,
               status="berlaku", bahasa="Indonesia", teu_badan="Kota Kendari",
               judul="Peraturan Daerah Kota Kendari Nomor 1 Tahun 2021")
    Document.create(**row)
    Document.create(**{**row, "teu_badan": "Kabupaten Toba",
                       "judul": "Peraturan Daerah Kabupaten Toba Nomor 1 Tahun 2021"})
    with pytest.raises(IntegrityError):
        Document.create(**row)


@pytest.mark.parametrize("fmt", ["jdihn", "csv", "xlsx"])
def test_round_trip_of_the_own_export_adds_and_updates_nothing(ctx, clock, services, tmp_path,
                                                                fmt):
    # GIVEN a catalogue of a feed's documents and documents entered here, a numberless
    # monograph and a formula-like title among them
    path = tmp_path / "kendari.json"
    shutil.copy(MESSY, path)
    imp, rep = _run(path, clock, skip_invalid=True)
    imp.commit(rep.fingerprint)
    from tests.catalogue.conftest import peraturan

    cat = services.catalogue
    cat.create_document(peraturan())
    cat.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul="=Pemilu 2024",
                                     teu_badan="Budi", tahun=2023, penerbit="KPU"))
    cat.create_document(DocumentData(doc_type="monografi", jenis="Buku", judul="Tanpa nomor",
                                     teu_badan="Ani", tahun=2022, penerbit="KPU"))
    before = catalogue_snapshot()
    # WHEN the catalogue is exported and the file imported back into the same database
    clock.advance(minutes=5) if hasattr(clock, "advance") else None
    out = tmp_path / f"katalog.{'json' if fmt == 'jdihn' else fmt}"
    export_catalogue(out, fmt)
    imp, rep = _run(out, clock)
    # THEN nothing is added and nothing updated
    assert (rep.to_add, rep.to_update, rep.error_rows) == (0, 0, 0), rep.errors[:3]
    assert rep.unchanged == len(before)
    imp.commit(rep.fingerprint)
    assert catalogue_snapshot() == before
