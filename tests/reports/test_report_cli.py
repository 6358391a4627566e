"""``jdih-desktop report``: files written, figures right, exit codes precise."""

from __future__ import annotations

import pytest

from jdih_desktop.cli import main
from tests.reports.report_truth import (
    activity_truth,
    collection_truth,
    pdf_text,
    summary_values,
    xlsx_book,
)


@pytest.mark.parametrize("args", [["--period", "2026-13"], ["--period", "11-2026"],
                                  ["--day", "2026-02-30"], ["--day", "kemarin"], []])
def test_bad_period_exits_2_with_one_line(data_dir, capsys, args):
    # GIVEN a period the command cannot understand
    # WHEN the command runs
    code = main(["report", "--data-dir", str(data_dir), *args])
    # THEN it exits 2 with one precise line and no database was created
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("jdih-desktop report: ")
    assert "TTTT-BB" in err
    assert not (data_dir / "jdih.sqlite3").exists()


@pytest.mark.parametrize("args", [["--period", "9999-12"], ["--day", "9999-12-31"],
                                  ["--period", "1899-12"], ["--day", "0001-01-01"]])
def test_period_out_of_range_exits_2_with_one_line(data_dir, capsys, args):
    # GIVEN a well-formed period whose end would not be a date (or before any record)
    code = main(["report", "--data-dir", str(data_dir), *args])
    # THEN one line naming the allowed years, exit 2, nothing created
    err = capsys.readouterr().err
    assert code == 2
    assert err == (f"jdih-desktop report: Periode di luar jangkauan: {args[1]!r}. Tahun harus "
                   "antara 1900 dan 9998.\n")
    assert not (data_dir / "jdih.sqlite3").exists()


def test_unknown_kind_is_a_usage_error(data_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "--data-dir", str(data_dir), "--period", "2026-10", "--kind", "x"])
    assert exc.value.code == 2


def test_month_to_pdf_and_xlsx(cli_admin, filled, ctx, data_dir, tmp_path, clock, capsys):
    # GIVEN the generated database
    # WHEN October is reported to two files
    pdf, xlsx = tmp_path / "okt.pdf", tmp_path / "okt.xlsx"
    code = main(["report", "--data-dir", str(data_dir), "--period", "2026-10",
                 "--pdf", str(pdf), "--xlsx", str(xlsx)])
    # THEN both exist and hold the October figures
    assert code == 0, capsys.readouterr().err
    import datetime as dt
    t = activity_truth(dt.date(2026, 10, 1), dt.date(2026, 11, 1), dt.datetime.now())
    assert f"Jumlah kunjungan (tidak termasuk batal) {t['visits']}" in pdf_text(
        pdf.read_bytes())
    s = summary_values(xlsx_book(xlsx.read_bytes()))
    assert s["Jumlah kunjungan (tidak termasuk batal)"] == t["visits"]
    out = capsys.readouterr().out
    assert "PDF ditulis" in out and "XLSX ditulis" in out


def test_collection_kind_and_summary_on_screen(cli_admin, filled, ctx, data_dir, capsys):
    # GIVEN the generated database
    import datetime as dt
    t = collection_truth(dt.date(2026, 10, 1), dt.date(2026, 11, 1))
    # WHEN the collection report is asked without files
    code = main(["report", "--data-dir", str(data_dir), "--period", "2026-10",
                 "--kind", "collection"])
    # THEN the summary is printed
    out = capsys.readouterr().out
    assert code == 0
    assert f"Dokumen: {t['documents']}; eksemplar {t['copies']}" in out


def test_day_and_visit_reports(cli_admin, filled, ctx, data_dir, tmp_path, capsys):
    # GIVEN the generated database
    visit = filled["midnight_visit"]
    # WHEN a daily log and a visit record are written
    assert main(["report", "--data-dir", str(data_dir), "--day", "2026-10-31",
                 "--pdf", str(tmp_path / "d.pdf")]) == 0
    assert main(["report", "--data-dir", str(data_dir), "--visit", str(visit.id),
                 "--pdf", str(tmp_path / "v.pdf")]) == 0
    # THEN they hold the midnight visit
    assert "23.30" in pdf_text((tmp_path / "d.pdf").read_bytes())
    assert "Kunjungan lewat tengah malam" in pdf_text((tmp_path / "v.pdf").read_bytes())


def test_missing_folder_and_unknown_visit_exit_1(cli_admin, ctx, data_dir, tmp_path, capsys):
    # GIVEN a target folder that does not exist, and a visit number that does not exist
    # WHEN the command runs
    a = main(["report", "--data-dir", str(data_dir), "--period", "2026-10",
              "--pdf", str(tmp_path / "nope" / "a.pdf")])
    b = main(["report", "--data-dir", str(data_dir), "--visit", "999999"])
    # THEN both fail with exit 1 and say what to do
    err = capsys.readouterr().err
    assert (a, b) == (1, 1)
    assert "folder tujuan tidak ada" in err and "tidak ditemukan" in err


def test_unwritable_target_exits_1_and_leaves_no_temporary_file(cli_admin, ctx, data_dir, tmp_path,
                                                                capsys):
    # GIVEN an XLSX target that is a folder, and a PDF holding an older report beside it
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "laporan.xlsx"
    target.mkdir()
    old_pdf = tmp_path / "laporan.pdf"
    old_pdf.write_bytes(b"%PDF old")
    # WHEN the month is reported to the folder's name
    code = main(["report", "--data-dir", str(data_dir), "--period", "2026-10",
                 "--xlsx", str(target)])
    # THEN it fails with one line naming the target, and nothing half-written is left
    err = capsys.readouterr().err
    assert code == 1 and err.startswith(f"jdih-desktop report: tidak dapat menulis {target}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.pdf", "laporan.xlsx"]
    assert target.is_dir() and old_pdf.read_bytes() == b"%PDF old"
