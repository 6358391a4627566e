"""Command line: ``jdih-desktop`` opens the app; subcommands serve installation and admin work.

Global options (``--data-dir``, ``--db``, ``--simulate-devices``, ``--demo``, ``-v``,
``--lang``) are accepted before or after a subcommand. Exit codes: 0 success, 1 failure,
2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from jdih_desktop import __version__
from jdih_desktop.errors import JdihError

# Subcommand -> (module, one-line help). Each module defines ``register(subparsers, common)``
# and sets its handler with set_defaults(func=). A module is imported only when its subcommand is
# on the line (or for --help), so opening the app does not pay for every admin command.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo-data": ("jdih_desktop.commands.demo",
                  "isi basis data dengan koleksi dan kunjungan contoh"),
    "catalogue": ("jdih_desktop.commands.catalogue", "impor/ekspor katalog (JDIHN, CSV, XLSX)"),
    "report": ("jdih_desktop.commands.report", "laporan kegiatan/koleksi ke PDF dan XLSX"),
    "devices": ("jdih_desktop.commands.devices", "periksa printer struk dan pemindai"),
    "holidays": ("jdih_desktop.commands.holidays",
                 "hari libur untuk tanggal kembali: daftar, tambah, hapus, impor CSV"),
    "selftest": ("jdih_desktop.commands.selftest",
                 "uji mandiri setelah pemasangan (data kantor tidak disentuh)"),
    "retention": ("jdih_desktop.commands.retention",
                  "hapus data pribadi pengunjung yang masa simpannya sudah lewat"),
    "backup": ("jdih_desktop.commands.backup", "buat cadangan basis data sekarang (diverifikasi)"),
    "restore": ("jdih_desktop.commands.restore", "pulihkan basis data dari berkas cadangan"),
    "db": ("jdih_desktop.commands.db", "periksa basis data (db check)"),
    "audit": ("jdih_desktop.commands.audit", "periksa keutuhan log audit"),
    "account": ("jdih_desktop.commands.account",
                "token tugas terjadwal dan ekspor kunci (administrator)"),
}
_OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--db", "--lang"})

EPILOG = """\
Lingkungan / environment:
  JDIH_DATA_DIR   folder data (sama dengan --data-dir)
  JDIH_DB_URL     alamat basis data (sama dengan --db), mis. postgresql://jdih@server/jdih

Tanpa subperintah, jendela aplikasi dibuka.
"""


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options valid anywhere on the line; in subparsers they must not reset earlier values."""
    p = argparse.ArgumentParser(add_help=False)
    _add_common_options(p, suppress)
    return p


def _add_common_options(p: argparse.ArgumentParser, suppress: bool) -> None:
    d = {"default": argparse.SUPPRESS} if suppress else {}
    p.add_argument("--data-dir", metavar="DIR", help="folder data (database, log, config.ini)",
                   **({"default": None} | d))
    p.add_argument("--db", metavar="URL",
                   help="alamat basis data: sqlite:///BERKAS atau postgresql://...",
                   **({"default": None} | d))
    p.add_argument("--simulate-devices", action="store_true",
                   help="pakai printer dan pemindai simulasi", **({"default": False} | d))
    p.add_argument("--demo", action="store_true",
                   help="folder data demo, isi data contoh saat pertama kali, perangkat simulasi",
                   **({"default": False} | d))
    p.add_argument("-v", "--verbose", action="store_true", help="log rinci ke stderr",
                   **({"default": False} | d))
    p.add_argument("--lang", choices=("id", "en"), metavar="id|en",
                   help="bahasa tampilan untuk sesi ini: id (Bahasa Indonesia) atau en "
                   "(English); menggantikan [app] language di config.ini",
                   **({"default": None} | d))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


def requested_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the line, skipping global options and their values."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _OPTIONS_WITH_VALUE:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``argv``, only the subcommand it names is loaded for real.

    A line that names no subcommand and asks for no help opens the app: its parser has the
    global options only (no subcommand can match), which is what the first screen waits for.
    """
    wanted = requested_command(argv) if argv is not None else None
    asks_help = argv is not None and any(a in ("-h", "--help") for a in argv)
    parser = _Parser(
        prog="jdih-desktop",
        description="JDIH Desktop — Perpustakaan JDIH KPU Kota Singkawang (SOP 9/2022).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(func=_run_gui)
    if argv is not None and wanted is None and not asks_help:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    common = _common_options(suppress=True)
    gui = sub.add_parser("gui", parents=[common], help="buka jendela aplikasi (bawaan)")
    gui.set_defaults(func=_run_gui)
    load_all = argv is None or (wanted is None and asks_help)
    for name, (module, help_text) in COMMANDS.items():
        if load_all or name == wanted:
            importlib.import_module(module).register(sub, common)
        elif argv is None or wanted is not None:
            # a placeholder names the command in a usage error
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from jdih_desktop.app import run_gui

    return run_gui(args)


# The global options of a plain start, in their simplest spelling (see plain_start).
_FLAGS = {"--demo": "demo", "--simulate-devices": "simulate_devices", "-v": "verbose",
          "--verbose": "verbose"}
_VALUES = {"--data-dir": "data_dir", "--db": "db", "--lang": "lang"}
_LANGS = ("id", "en")


def plain_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The line that opens the app with global options only, each spelled out whole
    (``--data-dir DIR``, ``--demo``...), read as ``build_parser`` reads it; None for any other
    line (a subcommand, help, an abbreviation, ``--opt=value``, a bad value), which argparse
    parses and explains.

    The desk's shortcut starts this way, and the first screen does not wait for argparse to
    build its parser (~4 ms with gettext's ``locale``). tests/test_cli.py checks that every
    line read here gives exactly argparse's result."""
    values: dict[str, object] = {"data_dir": None, "db": None, "simulate_devices": False,
                                 "demo": False, "verbose": False, "lang": None}
    tokens = iter(argv)
    for token in tokens:
        if token in _FLAGS:
            values[_FLAGS[token]] = True
            continue
        value = next(tokens, None) if token in _VALUES else None
        if value is None or value.startswith("-") or (token == "--lang"
                                                       and value not in _LANGS):
            return None
        values[_VALUES[token]] = value
    return argparse.Namespace(**values, func=_run_gui, command=None)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = plain_start(arguments)
    if args is None:
        args = build_parser(arguments).parse_args(arguments)
    try:
        return int(args.func(args) or 0)
    except JdihError as exc:
        print(f"jdih-desktop: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = _database_message(exc)
        if message is None:
            raise
        print(f"jdih-desktop: {message}", file=sys.stderr)
        return 1


def _database_message(exc: BaseException) -> str | None:
    """One line for a database failure that reached the command line (a damaged page found
    mid-report, a file locked too long); None for anything else, which stays a bug."""
    import sqlite3

    from peewee import DatabaseError

    if not isinstance(exc, DatabaseError | sqlite3.DatabaseError):
        return None
    from jdih_desktop.store.db import describe_database_error

    return describe_database_error(exc)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
