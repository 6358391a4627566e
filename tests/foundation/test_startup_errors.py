"""Bad input at start-up, through the real command line in a child process.

Each case must end with a clear Indonesian message and a non-zero exit code, without a
Python traceback and without touching what was there.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
V1_SQL = ROOT / "tests" / "data" / "schema_v1.sql"


def run_cli(*args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("JDIH_")}
    base.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    base.update(env or {})
    return subprocess.run([sys.executable, "-m", "jdih_desktop", *args], cwd=ROOT, env=base,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean_failure(proc: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("jdih-desktop: "), proc.stderr
    for phrase in phrases:
        assert phrase in proc.stderr, proc.stderr


def test_help_works():
    # WHEN the help is asked for  THEN it lists the subcommands and the environment variables
    proc = run_cli("--help")
    assert proc.returncode == 0
    assert "demo-data" in proc.stdout and "JDIH_DATA_DIR" in proc.stdout
    assert "JDIH_DB_URL" in proc.stdout


@pytest.mark.parametrize("command", ["demo-data", "gui"])
def test_unwritable_data_folder(tmp_path, command):
    # GIVEN a data folder that cannot exist even for root: its parent is a regular file
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me\n")
    # WHEN the app (or the demo filler) starts on it
    proc = run_cli(command, "--data-dir", str(blocker / "data"))
    # THEN it says which folder cannot be written and what to do, and the file is untouched
    assert_clean_failure(proc, "Folder data tidak dapat ditulisi", "--data-dir")
    assert blocker.read_text() == "keep me\n"


@pytest.mark.parametrize("command", ["demo-data", "gui"])
def test_corrupt_database_file_is_reported_and_left_alone(tmp_path, command):
    # GIVEN a data folder whose database file is random bytes
    data = tmp_path / "data"
    data.mkdir()
    db = data / "jdih.sqlite3"
    junk = random.Random(9).randbytes(64 * 1024)
    db.write_bytes(junk)
    # WHEN the app (or the demo filler) starts on it
    proc = run_cli(command, "--data-dir", str(data))
    # THEN it refuses with a message naming the file, exits non-zero, and changes nothing
    assert_clean_failure(proc, "rusak", str(db), "cadangan")
    assert db.read_bytes() == junk
    assert not list(data.glob("jdih.sqlite3.bak-*"))


def test_damaged_pages_stop_a_migration_before_anything_is_written(tmp_path):
    # GIVEN a database of the first schema version whose data pages are damaged (its header
    # and schema still read fine)
    data = tmp_path / "data"
    data.mkdir()
    db = data / "jdih.sqlite3"
    con = sqlite3.connect(db)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                    [(f"k{i}", "x" * 300) for i in range(400)])
    con.commit()
    con.close()
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 8 * page
    raw[5 * page:7 * page] = random.Random(3).randbytes(2 * page)
    db.write_bytes(bytes(raw))
    # WHEN the app starts on it (and would migrate it)
    proc = run_cli("demo-data", "--data-dir", str(data))
    # THEN it refuses before backing up or migrating, and the file is unchanged
    assert_clean_failure(proc, "rusak", str(db))
    assert db.read_bytes() == bytes(raw)
    assert not list(data.glob("jdih.sqlite3.bak-*"))


@pytest.mark.parametrize("command", ["demo-data", "gui"])
def test_unreachable_postgresql_fails_fast_and_clearly(tmp_path, command):
    # GIVEN a PostgreSQL URL where nothing listens
    # WHEN the app starts on it (the issue asks for an answer within a few seconds)
    proc = run_cli(command, "--data-dir", str(tmp_path / "data"),
                   "--db", "postgresql://x@127.0.0.1:1/x", timeout=20)
    # THEN the message says the database cannot be reached and what to check
    assert_clean_failure(proc, "Tidak dapat terhubung ke basis data",
                         "postgresql://x@127.0.0.1:1/x")


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_is_accepted_before_and_after_the_subcommand(tmp_path, where):
    # GIVEN --data-dir on either side of the subcommand
    data = tmp_path / where
    opts = ["--data-dir", str(data)]
    cmd = ["demo-data", "--documents", "3", "--visits", "3"]
    args = [*opts, *cmd] if where == "before" else [*cmd, *opts]
    # WHEN it runs  THEN the database is made in that folder
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    assert (data / "jdih.sqlite3").is_file()
    assert str(data) in proc.stdout


def test_environment_variables_choose_folder_and_database(tmp_path):
    # GIVEN JDIH_DATA_DIR, and in a second run also JDIH_DB_URL
    data = tmp_path / "env-data"
    proc = run_cli("demo-data", "--documents", "2", "--visits", "2",
                   env={"JDIH_DATA_DIR": str(data)})
    assert proc.returncode == 0, proc.stderr
    assert (data / "jdih.sqlite3").is_file()
    other = tmp_path / "elsewhere" / "shared.sqlite3"
    other.parent.mkdir()
    proc = run_cli("demo-data", "--documents", "2", "--visits", "2",
                   env={"JDIH_DATA_DIR": str(tmp_path / "env-data-2"),
                        "JDIH_DB_URL": f"sqlite:///{other}"})
    # THEN the folder holds the log and config, and the database is where the URL says
    assert proc.returncode == 0, proc.stderr
    assert other.is_file()
    assert not (tmp_path / "env-data-2" / "jdih.sqlite3").exists()
    assert (tmp_path / "env-data-2" / "logs").is_dir()


def test_demo_data_refuses_a_database_with_data(tmp_path):
    # GIVEN a demo database  WHEN demo-data runs on it again  THEN it refuses and says why
    data = tmp_path / "data"
    assert run_cli("demo-data", "--documents", "2", "--visits", "2",
                   "--data-dir", str(data)).returncode == 0
    before = (data / "jdih.sqlite3").stat().st_size
    proc = run_cli("demo-data", "--data-dir", str(data))
    assert_clean_failure(proc, "sudah berisi")
    assert (data / "jdih.sqlite3").stat().st_size == before


@pytest.mark.parametrize("command", [["gui"], ["report", "--period", "2026-10"]])
def test_another_applications_sqlite_file_is_refused_untouched(tmp_path, command):
    # GIVEN a data folder whose jdih.sqlite3 is a healthy SQLite database of another program
    data = tmp_path / "data"
    data.mkdir()
    db = data / "jdih.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    con.execute("INSERT INTO pelanggan (nama) VALUES ('Toko Sinar')")
    con.commit()
    con.close()
    before = db.read_bytes()
    # WHEN the app or a command starts on it
    proc = run_cli(*command, "--data-dir", str(data))
    # THEN it says this is not a JDIH database, and neither copies nor changes the file
    assert_clean_failure(proc, "bukan basis data JDIH", "pelanggan")
    assert proc.returncode == 1
    assert db.read_bytes() == before
    assert not list(data.glob("jdih.sqlite3.bak-*"))


def test_damage_found_in_the_middle_of_a_report_is_one_line(tmp_path):
    # GIVEN a current database whose visit pages were damaged after it was opened last
    data = tmp_path / "data"
    assert run_cli("demo-data", "--visits", "3000", "--data-dir", str(data)).returncode == 0
    db = data / "jdih.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visit'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    start = (root - 1) * page_size  # the visit table's root page and what follows it
    raw[start:start + 4 * page_size] = random.Random(5).randbytes(4 * page_size)
    db.write_bytes(bytes(raw))
    # WHEN a monthly report reads the visits
    proc = run_cli("report", "--period", "2026-10", "--data-dir", str(data))
    # THEN one line says the file is damaged and what to do - no traceback
    assert_clean_failure(proc, "rusak", "cadangan")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1


def test_an_unforeseen_startup_error_is_reported_not_silent(qapp, tmp_path, monkeypatch,
                                                           capsys):
    # GIVEN a start-up step that fails with an error nobody foresaw
    from jdih_desktop import app
    from jdih_desktop.cli import build_parser

    def broken(_args, **_options):
        raise RuntimeError("contoh kegagalan")

    monkeypatch.setattr(app, "open_context", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    args = build_parser(["gui"]).parse_args(["gui", "--data-dir", str(tmp_path / "d")])
    # WHEN the window would open THEN the person is told (stderr offscreen, a dialog on a
    # desktop) and the app exits 1 instead of vanishing
    assert app.run_gui(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("jdih-desktop: JDIH Desktop gagal dimulai karena kesalahan yang "
                          "tidak terduga: contoh kegagalan")


def test_read_only_database_is_not_called_damaged():
    # GIVEN SQLite's own words for a file that cannot be written or opened
    import sqlite3 as sq

    from jdih_desktop.store.db import describe_database_error

    for text in ("attempt to write a readonly database", "unable to open database file"):
        # THEN the message speaks of permissions, never of restoring a backup
        message = describe_database_error(sq.OperationalError(text), Path("/data/jdih.sqlite3"))
        assert "hanya-baca" in message and "izin" in message and "cadangan" not in message
    damaged = describe_database_error(sq.DatabaseError("database disk image is malformed"))
    assert "rusak" in damaged and "cadangan" in damaged


def test_no_screen_is_one_line_not_a_qt_abort(tmp_path):
    # GIVEN a Linux session with no X11/Wayland display and no Qt platform chosen
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
           and not k.startswith("JDIH_")}
    env["PYTHONPATH"] = str(ROOT)
    # WHEN the window is asked for
    proc = subprocess.run([sys.executable, "-m", "jdih_desktop", "--data-dir",
                           str(tmp_path / "d")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    # THEN one Indonesian line says why, exit 1 (Qt would abort with exit 134), nothing made
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("jdih-desktop: tidak ada layar") and "Traceback" not in \
        proc.stderr
    assert not (tmp_path / "d").exists()
