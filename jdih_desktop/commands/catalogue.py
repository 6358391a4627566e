"""``jdih-desktop catalogue import|export``: the catalogue's JDIHN/CSV/XLSX transfer, headless.

``import`` always runs the dry-run first and prints its counts, row errors and repairs; it then
commits it, all or nothing (``services.transfer``), unless ``--dry-run`` was given or an error
stopped it. With ``--skip-invalid`` the valid rows are committed and the others listed in a
row report (CSV: row, idData, reason) beside the file. Exit codes: 0 committed (or a clean
dry-run), 1 errors stopped it (nothing could be committed), 2 usage.

``search`` runs the catalogue window's own search service and ranking.
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
                       help="impor/ekspor katalog (umpan JDIHN, CSV, XLSX) dan cari katalog")
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
    imp.add_argument("--source", metavar="NAMA", default=None,
                     help="asal data (mis. jdih-kendari): idData unik di dalam satu sumber, dan "
                          "umpan ini tidak pernah mengubah dokumen sumber lain (bawaan: kolom "
                          "source berkas, lalu nama situs dari URL baris, lalu 'impor')")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="simpan baris yang sah, lewati yang bermasalah dan tulis laporan "
                          "<berkas>.baris-dilewati.csv di sebelah berkas")
    imp.set_defaults(func=run_import)
    exp = verbs.add_parser("export", parents=[common], help="ekspor seluruh katalog")
    exp.add_argument("out", metavar="KELUARAN", help="berkas tujuan")
    exp.add_argument("--format", choices=("jdihn", "csv", "xlsx"), default=None,
                     help="format keluaran (bawaan: ditebak dari nama berkas)")
    exp.set_defaults(func=run_export)
    srch = verbs.add_parser("search", parents=[common],
                            help="cari di katalog (layanan dan urutan yang sama dengan jendela)")
    srch.add_argument("query", metavar="KUERI", help='mis. "perda 1/2021" atau "pemilu"')
    srch.add_argument("--type", dest="doc_type", default=None,
                      choices=("peraturan", "monografi", "artikel", "putusan"),
                      help="tipe dokumen")
    srch.add_argument("--status", default=None, choices=("berlaku", "tidak_berlaku"))
    srch.add_argument("--subject", default=None, metavar="SUBJEK")
    srch.add_argument("--year-from", type=int, default=None, metavar="TAHUN")
    srch.add_argument("--year-to", type=int, default=None, metavar="TAHUN")
    srch.add_argument("--limit", type=int, default=20, metavar="N",
                      help="jumlah hasil paling banyak (bawaan 20)")
    srch.add_argument("--json", action="store_true",
                      help="cetak larik JSON (source, jdihn_id, jenis, nomor, tahun, judul ...)")
    srch.set_defaults(func=run_search)


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
        importer = Importer(path, args.format, clock=_clock(), source=args.source,
                            skip_invalid=args.skip_invalid)
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
        if report.source:
            print(f"Sumber: {report.source}")
        print(f"Baris: {report.rows}  ditambah: {report.to_add}  diperbarui: "
              f"{report.to_update}  tidak berubah: {report.unchanged}  bermasalah: "
              f"{report.error_rows}"
              + (f"  sudah ada dari sumber lain: {report.other_source}"
                 if report.other_source else "")
              + (f"  diperbaiki: {report.warning_rows}" if report.warning_rows else ""))
        if report.row_warnings:
            print("Perbaikan dan peringatan per baris:")
            for e in report.row_warnings[:SHOWN_ERRORS]:
                print(f"  baris {e.row}, {e.field}: {e.message}")
            rest = report.warning_count - min(len(report.row_warnings), SHOWN_ERRORS)
            if rest > 0:
                print(f"  ... dan {rest} peringatan lain")
        if report.errors:
            print("Kesalahan per baris:")
            for e in report.errors[:SHOWN_ERRORS]:
                print(f"  baris {e.row}, {e.field}: {e.message}")
            rest = report.error_count - min(len(report.errors), SHOWN_ERRORS)
            if rest > 0:
                print(f"  ... dan {rest} kesalahan lain")
        if not report.ok and not (args.skip_invalid and report.committable):
            if args.skip_invalid:
                print("Tidak ada baris yang sah: tidak ada yang disimpan.")
            else:
                print("Tidak ada yang disimpan: perbaiki baris bermasalah, lalu impor lagi "
                      "(atau --skip-invalid untuk menyimpan baris yang sah saja).")
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
              f"diperbarui, {done.unchanged} tidak berubah"
              + (f", {done.skipped} baris dilewati" if done.skipped else "") + ".")
        if done.row_report:
            print(f"Laporan baris yang dilewati: {done.row_report}")
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


def run_search(args: argparse.Namespace) -> int:
    import json

    from jdih_desktop.store.instruments import instrument_label
    from jdih_desktop.store.models import Document
    from jdih_desktop.store.search import SearchFilters, search_documents, suggest

    if args.limit < 1:
        print("jdih-desktop: --limit harus 1 atau lebih", file=sys.stderr)
        return 2
    ctx = context_for(args)
    try:
        filters = SearchFilters(text=args.query, doc_type=args.doc_type, status=args.status,
                                subject=args.subject, year_from=args.year_from,
                                year_to=args.year_to)
        hits = search_documents(filters, limit=args.limit)
        docs = {d.id: d for d in Document.select().where(Document.id.in_(hits.ids))}
        rows = []
        for i in hits.ids:
            d = docs[i]
            rows.append({"id": d.id, "source": d.source, "jdihn_id": d.jdihn_id,
                         "jenis": d.jenis,
                         "instrumen": instrument_label(d.jenis, d.singkatan_jenis, d.judul),
                         "nomor": d.nomor, "tahun": d.tahun, "judul": d.judul,
                         "status": d.status, "doc_type": d.doc_type})
        hint = suggest(args.query) if not rows else None
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            if hint:
                print(f"Maksud Anda: {hint}?", file=sys.stderr)
            return 0
        if not rows:
            print("Tidak ada dokumen yang cocok." + (f" Maksud Anda: {hint}?" if hint else ""))
            return 0
        print(f"{hits.total} dokumen cocok; {len(rows)} teratas:")
        for n, r in enumerate(rows, 1):
            cite = " ".join(str(x) for x in (r["instrumen"] or r["jenis"], r["nomor"] or "",
                                             r["tahun"] or "") if x)
            print(f"{n:>3}. {cite} — {r['judul']} [{r['source']}]")
        return 0
    finally:
        ctx.db.close()
