"""``jdih-desktop catalogue import|export``: output and exit codes."""

from __future__ import annotations

import json

import pytest

from jdih_desktop.cli import main

from .conftest import FEEDS, feed_record


def test_import_dry_run_commit_and_export(data_dir, tmp_path, capsys):
    feed = str(FEEDS / "feed_canonical.json")
    common = ["--data-dir", str(data_dir)]
    # WHEN a clean feed is dry-run THEN exit 0 and the counts are printed, nothing stored
    assert main(["catalogue", "import", feed, "--dry-run", *common]) == 0
    out = capsys.readouterr().out
    assert "ditambah: 6" in out and "--dry-run" in out
    # WHEN it is imported THEN exit 0 and it is stored
    assert main(["catalogue", "import", feed, *common]) == 0
    assert "Tersimpan" in capsys.readouterr().out
    # WHEN exported as JDIHN THEN the six documents are written
    out_path = tmp_path / "export.json"
    assert main(["catalogue", "export", "--format", "jdihn", str(out_path), *common]) == 0
    assert len(json.loads(out_path.read_text())) == 6
    # WHEN the CSV export is imported back THEN the guessed mapping is printed, and every
    # row matches a document that already holds exactly its values: nothing to write
    csv_path = tmp_path / "export.csv"
    assert main(["catalogue", "export", "--format", "csv", str(csv_path), *common]) == 0
    capsys.readouterr()
    assert main(["catalogue", "import", str(csv_path), "--format", "csv", *common]) == 0
    out = capsys.readouterr().out
    assert "Pemetaan kolom" in out and "judul" in out
    assert "diperbarui: 0  tidak berubah: 6" in out


def test_errors_stop_the_import_with_exit_1(data_dir, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([feed_record(1), feed_record(2, judul="-")]), encoding="utf-8")
    # WHEN a feed with a row error is imported THEN exit 1, the row error is printed
    assert main(["catalogue", "import", str(bad), "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert "baris 2, judul" in out and "Tidak ada yang disimpan" in out
    # and nothing was stored: a dry-run of a good feed still counts every row as new
    good = tmp_path / "good.json"
    good.write_text(json.dumps([feed_record(1)]), encoding="utf-8")
    assert main(["catalogue", "import", str(good), "--dry-run", "--data-dir",
                 str(data_dir)]) == 0
    assert "ditambah: 1" in capsys.readouterr().out
    # WHEN the JSON is broken THEN exit 1 with the file error
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    assert main(["catalogue", "import", str(broken), "--data-dir", str(data_dir)]) == 1
    assert "JSON rusak" in capsys.readouterr().out


def test_usage_errors_exit_2(data_dir, tmp_path):
    # GIVEN wrong command lines WHEN run THEN exit code 2
    common = ["--data-dir", str(data_dir)]
    assert main(["catalogue", "import", str(tmp_path / "missing.json"), *common]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["catalogue", "import", str(FEEDS / "feed_canonical.json"), "--format", "pdf"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["catalogue", *common])
    assert exc.value.code == 2
    assert main(["catalogue", "export", str(tmp_path / "out.pdf"), *common]) == 2
    assert main(["catalogue", "export", str(tmp_path / "no" / "out.csv"), *common]) == 2
