"""``jdih-desktop db check``: the database file's integrity and the desk's invariants.

Runs SQLite's full ``integrity_check`` and the invariant queries of ``services.dbcheck`` (no
copy on two open loans, every loan has items, loan status agrees with its items, counters not
behind the numbers used, the full-text index in step with the documents; checks registered by
other parts, e.g. the audit chain). Writes nothing. Exit codes: 0 all sound, 1 a problem found
or the database cannot be opened, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("db", parents=[common], help="periksa basis data (db check)",
                       description="Pemeriksaan basis data.")
    dsub = p.add_subparsers(dest="db_command", metavar="PERINTAH", required=True,
                            parser_class=type(p))
    check = dsub.add_parser(
        "check", parents=[common], help="integritas berkas dan aturan data; tidak mengubah apa pun",
        description="Memeriksa integritas berkas (integrity_check) dan aturan data: tidak ada "
                    "eksemplar di dua pinjaman terbuka, setiap pinjaman mempunyai eksemplar, "
                    "status pinjaman sesuai eksemplarnya, penghitung nomor tidak tertinggal, "
                    "indeks pencarian sejalan dengan dokumen.")
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    from jdih_desktop.app import open_context
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services.dbcheck import run_checks

    try:
        ctx = open_context(args, health_check=False)
    except JdihError as exc:
        print(f"jdih-desktop db check: {exc.message}", file=sys.stderr)
        return 1
    try:
        report = run_checks(ctx.db)
    finally:
        ctx.db.close()
    for line in report.lines():
        print(line)
    if report.ok:
        print("Basis data baik.")
        return 0
    print("Ditemukan masalah. Pulihkan dari cadangan terakhir (jdih-desktop restore BERKAS) "
          "atau hubungi admin.", file=sys.stderr)
    return 1
