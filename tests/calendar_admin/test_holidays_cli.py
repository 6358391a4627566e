"""``jdih-desktop holidays``: exit codes 0 / 1 / 2, one Indonesian line per error, no traceback."""

from __future__ import annotations

import pytest

from jdih_desktop.cli import main


def run(capsys, data_dir, *argv: str) -> tuple[int, str, str]:
    code = main(["holidays", "--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("jdih-desktop holidays: "), err
    assert "Traceback" not in err
    return err


def test_add_list_remove(capsys, data_dir):
    # WHEN two holidays are added (one in the DD/MM/YYYY spelling, name unquoted)
    assert run(capsys, data_dir, "add", "2026-12-25", "Hari Raya Natal")[0] == 0
    code, out, _ = run(capsys, data_dir, "add", "1/1/2027", "Tahun", "Baru", "2027")
    assert code == 0 and out == "Ditambahkan: 2027-01-01 Tahun Baru 2027\n"
    # THEN list shows them, all or one year
    code, out, _ = run(capsys, data_dir, "list")
    assert code == 0
    assert out.splitlines() == ["2026-12-25\tJumat\tHari Raya Natal",
                                "2027-01-01\tJumat\tTahun Baru 2027", "# 2 hari libur"]
    code, out, _ = run(capsys, data_dir, "list", "--year", "2027")
    assert out.splitlines() == ["2027-01-01\tJumat\tTahun Baru 2027",
                                "# 1 hari libur pada 2027"]
    # WHEN one is removed THEN it is gone
    code, out, _ = run(capsys, data_dir, "remove", "25/12/2026")
    assert code == 0 and out == "Dihapus: 2026-12-25 Hari Raya Natal\n"
    assert run(capsys, data_dir, "list", "--year", "2026")[1] == "# 0 hari libur pada 2026\n"


def test_refused_by_the_database_exits_1(capsys, data_dir):
    run(capsys, data_dir, "add", "2026-12-25", "Hari Raya Natal")
    code, _, err = run(capsys, data_dir, "add", "2026-12-25", "Natal")
    assert code == 1
    assert "sudah terdaftar sebagai \"Hari Raya Natal\"" in one_line(err)
    code, _, err = run(capsys, data_dir, "remove", "2026-01-02")
    assert code == 1
    assert "Tidak ada hari libur pada 2026-01-02" in one_line(err)


@pytest.mark.parametrize(("argv", "message"), [
    (["add", "2026-02-30", "Libur"], "tidak ada di kalender"),
    (["add", "25-12-2026", "Libur"], "bukan tanggal"),
    (["add", "2026-12-25", "  "], "nama hari libur wajib diisi"),
    (["remove", "kemarin"], "bukan tanggal"),
    (["list", "--year", "20260"], "--year harus antara"),
    (["import", "/tidak/ada.csv"], "tidak ditemukan"),
])
def test_bad_input_exits_2_before_the_database_is_opened(capsys, data_dir, argv, message):
    code, _, err = run(capsys, data_dir, *argv)
    assert code == 2
    assert message in one_line(err)
    assert not (data_dir / "jdih.sqlite3").exists()


@pytest.mark.parametrize("argv", [[], ["add", "2026-12-25"], ["list", "--year", "abc"],
                                  ["frobnicate"]])
def test_usage_errors_exit_2(capsys, data_dir, argv):
    with pytest.raises(SystemExit) as done:
        main(["holidays", "--data-dir", str(data_dir), *argv])
    assert done.value.code == 2
    assert "kesalahan" in capsys.readouterr().err


def test_import_all_or_nothing(capsys, data_dir, tmp_path):
    bad = tmp_path / "libur.csv"
    bad.write_text("tanggal,nama\n2027-01-01,Tahun Baru\n2027-13-01,Salah\n2027-05-01,\n",
                   encoding="utf-8")
    code, _, err = run(capsys, data_dir, "import", str(bad))
    assert code == 2
    line = one_line(err)
    assert "libur.csv ditolak, tidak ada yang disimpan" in line
    assert "baris 3: Tanggal 2027-13-01 tidak ada di kalender" in line
    assert "baris 4: Nama hari libur wajib diisi" in line
    assert run(capsys, data_dir, "list")[1] == "# 0 hari libur\n"
    bad.write_text("tanggal;nama\n01/01/2027;Tahun Baru\n2027-05-01;Hari Buruh\n",
                   encoding="utf-8")
    code, out, _ = run(capsys, data_dir, "import", str(bad))
    assert code == 0 and out == "libur.csv: 2 hari libur ditambahkan.\n"
    code, out, _ = run(capsys, data_dir, "import", str(bad))
    assert out == "libur.csv: 0 hari libur ditambahkan, 2 sudah terdaftar (dilewati).\n"


def test_help_is_complete(capsys):
    with pytest.raises(SystemExit) as done:
        main(["holidays", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for action in ("list", "add", "remove", "import"):
        assert action in out
