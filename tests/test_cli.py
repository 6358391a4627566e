"""The command line loads only the subcommand it runs, and still lists them all in --help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jdih_desktop.cli import COMMANDS, build_parser, main, plain_start, requested_command


@pytest.mark.parametrize(("argv", "expected"), [
    ([], None),
    (["--data-dir", "report", "devices", "list"], "devices"),
    (["--db", "sqlite:///x", "--lang", "en", "report", "--period", "2026-11"], "report"),
    (["--demo"], None),
    (["demo-data", "--data-dir", "/tmp/x"], "demo-data"),
])
def test_the_subcommand_is_found_past_global_options(argv, expected):
    assert requested_command(argv) == expected


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


def test_opening_the_app_does_not_import_the_admin_commands():
    # GIVEN a fresh interpreter WHEN the parser for a plain start is built
    code = ("import sys; from jdih_desktop.cli import build_parser, COMMANDS; "
            "build_parser([]); "
            "print(sorted(m for m, _ in COMMANDS.values() if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    # THEN no command module was imported
    assert out == "[]"


@pytest.mark.parametrize("argv", [
    [], ["--demo"], ["--data-dir", "/tmp/x", "--simulate-devices", "--lang", "en", "-v"],
    ["--db", "sqlite:///x.db"],
])
def test_opening_the_app_parses_the_global_options_as_the_full_parser_does(argv):
    # GIVEN a line without a subcommand (the app opens): its parser has no subcommands
    quick = build_parser(argv)
    full = build_parser(None)
    # WHEN both parse it THEN the options, the command (none) and the handler are the same
    a, b = vars(quick.parse_args(argv)), vars(full.parse_args(argv))
    assert a == b and a["command"] is None and a["func"].__name__ == "_run_gui"


PLAIN = [
    [], ["--demo"], ["--simulate-devices", "--demo", "-v"], ["--verbose"],
    ["--data-dir", "/tmp/x"], ["--data-dir", ""], ["--db", "sqlite:///x.db", "--lang", "id"],
    ["--lang", "en", "--data-dir", "C:/JDIH data", "--lang", "id"],  # the last one wins
]
NOT_PLAIN = [
    ["gui"], ["report", "--period", "2026-11"], ["--help"], ["-h"], ["--version"],
    ["--data-dir=/tmp/x"], ["--data-dir"], ["--data-dir", "--demo"], ["--lang", "fr"],
    ["--sim"], ["--bogus"], ["-vv"], ["--demo", "extra"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_start_is_read_exactly_as_argparse_reads_it(argv):
    # GIVEN a line that opens the app with global options only
    # WHEN it is read without argparse, and by the full parser
    quick = plain_start(argv)
    full = build_parser(None).parse_args(argv)
    # THEN both give the same options, no command and the app's handler
    assert quick is not None and vars(quick) == vars(full)


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_any_other_line_goes_to_argparse(argv):
    assert plain_start(argv) is None


@pytest.mark.parametrize(("argv", "phrase"), [
    (["--lang", "fr"], "invalid choice: 'fr'"), (["--bogus"], "unrecognized arguments"),
])
def test_a_bad_global_option_is_still_a_usage_error(capsys, argv, phrase):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "kesalahan" in err and phrase in err


def test_version_is_answered_without_a_subcommand(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("jdih-desktop ")


def test_a_named_subcommand_gets_its_real_options(capsys):
    parser = build_parser(["report", "--period", "2026-11"])
    args = parser.parse_args(["report", "--period", "2026-11"])
    assert args.command == "report" and callable(args.func)


def test_unknown_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["nonsense"])
    assert done.value.code == 2
    assert "kesalahan" in capsys.readouterr().err


def test_frozen_entry_lets_spawned_children_run_before_the_command_line():
    # GIVEN the installer's entry script (PyInstaller runs it for the app and, with
    # --multiprocessing-fork, for the catalogue import's child process)
    import ast

    entry = Path(__file__).resolve().parents[1] / "installer" / "entry.py"
    body = ast.parse(entry.read_text(encoding="utf-8")).body
    calls = [ast.unparse(n.value) for n in body if isinstance(n, ast.Expr)]
    imports = [n.module for n in body if isinstance(n, ast.ImportFrom)]
    # THEN freeze_support() runs before the app's command line is even imported
    order = [ast.unparse(n) for n in body if isinstance(n, (ast.Expr, ast.ImportFrom))]
    assert "multiprocessing.freeze_support()" in calls
    assert "jdih_desktop.cli" in imports
    assert order.index("multiprocessing.freeze_support()") < next(
        i for i, line in enumerate(order) if "jdih_desktop.cli" in line)


@pytest.mark.parametrize(("args", "phrase"), [
    (["--documents", "-1"], "tidak boleh negatif"),
    (["--documents", "0"], "--documents harus lebih dari 0"),
])
def test_demo_data_refuses_impossible_sizes(tmp_path, capsys, args, phrase):
    from jdih_desktop.cli import main

    # GIVEN sizes the generator cannot honour (visits need documents to read)
    data = tmp_path / "data"
    # WHEN demo-data runs THEN exit 2, one line, and no database was made
    assert main(["demo-data", "--data-dir", str(data), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and phrase in err
    assert not (data / "jdih.sqlite3").exists()
