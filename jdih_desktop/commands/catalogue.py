"""``jdih-desktop catalogue import|export``: the catalogue's JDIHN/CSV/XLSX transfer, headless.

``import`` always runs the dry-run first and prints its counts and row errors; it then commits
in one transaction unless ``--dry-run`` was given or an error stopped it.
Exit codes: 0 committed (or a clean dry-run), 1 errors stopped it, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from jdih_desktop.commands import context_for

SHOWN_ERRORS = 50


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("catalogue", parents=[common],
                       help="impor/ekspor katalog (umpan JDIHN, CSV, XLSX)")
    verbs = p.add_subparsers(dest="catalogue_command", metavar="TINDAKAN",
                             parser_class=type(p))
    verbs.required = True
    imp = verbs.add_parser("import", parents=[common],
                           help="impor katalog; selalu diuji dulu (dry-run)")
    imp.add_argument("file", metavar="BERKAS", help="berkas .json (JDIHN), .csv atau .xlsx")
    imp.add_argument("--format", choices=("jdihn", "csv", "xlsx"), default=None,
                     help="format berkas (bawaan: ditebak dari nama berkas)")
    imp.add_argument("--dry-run", action="store_true",
                     help="hanya uji: tampilkan hitungan dan kesalahan, jangan simpan")
    imp.set_defaults(func=run_import)
    exp = verbs.add_parser("export", parents=[common], help="ekspor seluruh katalog")
    exp.add_argument("out", metavar="KELUARAN", help="berkas tujuan")
    exp.add_argument("--format", choices=("jdihn", "csv", "xlsx"), default=None,
                     help="format keluaran (bawaan: ditebak dari nama berkas)")
    exp.set_defaults(func=run_export)


def _clock():
    from jdih_desktop.services.container import system_clock

    return system_clock


def run_import(args: argparse.Namespace) -> int:
    from jdih_desktop.services.transfer import TARGET_LABELS, Importer, TransferError

    path = Path(args.file)
    if not path.is_file():
        print(f"jdih-desktop: berkas tidak ditemukan: {path}", file=sys.stderr)
        return 2
    try:
        importer = Importer(path, args.format, clock=_clock())
    except TransferError as exc:
        print(f"jdih-desktop: {exc.message}", file=sys.stderr)
        return 2
    ctx = context_for(args)
    try:
        started = time.perf_counter()
        report = importer.dry_run()
        print(f"Berkas: {path} (format {importer.format}"
              + (f", penyandian {report.encoding}" if report.encoding else "") + ")")
        if report.headers:
            print("Pemetaan kolom (tebakan otomatis):")
            width = max(len(h) for h in report.headers)
            for h, t in zip(report.headers, report.mapping, strict=False):
                target = f"{t} ({TARGET_LABELS.get(t, t)})" if t else "(tidak diimpor)"
                print(f"  {h.ljust(width)} -> {target}")
        for w in report.warnings:
            print(f"Peringatan: {w}")
        if report.file_error:
            print(f"Kesalahan berkas: {report.file_error}")
            return 1
        if report.cancelled:
            print("Dibatalkan; katalog tidak diubah.")
            return 1
        print(f"Baris: {report.rows}  ditambah: {report.to_add}  diperbarui: "
              f"{report.to_update}  tidak berubah: {report.unchanged}  bermasalah: "
              f"{report.error_rows}")
        if report.errors:
            print("Kesalahan per baris:")
            for e in report.errors[:SHOWN_ERRORS]:
                print(f"  baris {e.row}, {e.field}: {e.message}")
            rest = report.error_count - min(len(report.errors), SHOWN_ERRORS)
            if rest > 0:
                print(f"  ... dan {rest} kesalahan lain")
        if not report.ok:
            print("Tidak ada yang disimpan: perbaiki baris bermasalah, lalu impor lagi.")
            return 1
        if args.dry_run:
            print("Uji impor saja (--dry-run): katalog tidak diubah.")
            return 0
        try:
            done = importer.commit(report.fingerprint)
        except TransferError as exc:
            print(f"Gagal menyimpan: {exc.message}")
            return 1
        took = time.perf_counter() - started
        print(f"Tersimpan dalam {took:.1f} s: {done.to_add} ditambah, {done.to_update} "
              f"diperbarui, {done.unchanged} tidak berubah.")
        return 0
    finally:
        ctx.db.close()


def run_export(args: argparse.Namespace) -> int:
    from jdih_desktop.services.transfer import TransferError, export_catalogue, guess_format

    out = Path(args.out)
    fmt = args.format
    if fmt is None:
        try:
            fmt = guess_format(out)
        except TransferError as exc:
            print(f"jdih-desktop: {exc.message} Gunakan --format.", file=sys.stderr)
            return 2
    if not out.parent.exists():
        print(f"jdih-desktop: folder tujuan tidak ada: {out.parent}", file=sys.stderr)
        return 2
    ctx = context_for(args)
    try:
        started = time.perf_counter()
        count = export_catalogue(out, fmt)
        print(f"{count} dokumen diekspor ke {out} ({fmt}) dalam "
              f"{time.perf_counter() - started:.1f} s.")
        return 0
    except TransferError as exc:
        print(f"jdih-desktop: {exc.message}", file=sys.stderr)
        return 1
    finally:
        ctx.db.close()
