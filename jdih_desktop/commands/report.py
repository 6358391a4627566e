"""``jdih-desktop report``: the activity, collection or visit report as PDF and/or XLSX.

Usable from a scheduled task at the end of each month, so the arguments are checked before the
database is opened and a bad period exits with code 2 and one precise line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jdih_desktop.fileio import write_atomic
from jdih_desktop.services.reports import Period, ReportError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="buat laporan kegiatan / koleksi (PDF, XLSX)",
        description="Laporan Dokumentasi Hasil Kegiatan (bulanan atau harian), laporan koleksi "
                    "untuk evaluasi JDIH, atau rekaman satu kunjungan. Tanpa --pdf/--xlsx "
                    "ringkasannya dicetak ke layar.")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--period", metavar="PERIODE",
                      help="tahun (2026), triwulan (2026-Q3), semester (2026-S1), bulan "
                           "(2026-11) atau tanggal (2026-11-03)")
    when.add_argument("--day", metavar="TTTT-BB-HH", help="satu hari (log harian)")
    when.add_argument("--from", dest="date_from", metavar="TTTT-BB-HH",
                      help="awal rentang tanggal (bersama --to)")
    when.add_argument("--visit", metavar="NOMOR", type=int, help="rekaman satu kunjungan")
    p.add_argument("--to", dest="date_to", metavar="TTTT-BB-HH",
                   help="akhir rentang tanggal, termasuk (bersama --from)")
    p.add_argument("--kind", choices=["activity", "collection", "skm", "yearly"],
                   default="activity",
                   help="activity (bawaan): kegiatan layanan; collection: koleksi; skm: "
                        "Survei Kepuasan Masyarakat (IKM); yearly: laporan tahunan JDIH "
                        "(--period TTTT)")
    p.add_argument("--pdf", metavar="BERKAS", help="tulis PDF (A4) ke berkas ini")
    p.add_argument("--xlsx", metavar="BERKAS", help="tulis XLSX ke berkas ini")
    p.set_defaults(func=run)


def _fail(code: int, message: str) -> int:
    print(f"jdih-desktop report: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    from jdih_desktop.services.report_render import ReportRequest, build_report

    try:
        if args.visit is not None:
            request = ReportRequest("visit", visit_id=args.visit, pdf=bool(args.pdf),
                                    xlsx=bool(args.xlsx))
        elif (args.date_from is None) != (args.date_to is None):
            return _fail(2, "--from dan --to dipakai berdua, mis. --from 2026-11-03 "
                            "--to 2026-11-20.")
        elif args.period is not None or args.day is not None or args.date_from is not None:
            if args.date_from is not None:
                period = Period.between(Period.parse_day(args.date_from).start,
                                        Period.parse_day(args.date_to).start)
            elif args.period is not None:
                period = Period.parse(args.period)
            else:
                period = Period.parse_day(args.day)
            request = ReportRequest(args.kind, period, pdf=bool(args.pdf), xlsx=bool(args.xlsx))
        else:
            return _fail(2, "sebutkan --period (2026, 2026-Q3, 2026-S1, 2026-11, 2026-11-03), "
                            "--from/--to, --day TTTT-BB-HH atau --visit NOMOR.")
    except ReportError as exc:
        return _fail(2, exc.message)
    targets = {k: Path(v).expanduser() for k, v in (("pdf", args.pdf), ("xlsx", args.xlsx))
               if v}
    for path in targets.values():
        if not path.parent.is_dir():
            return _fail(1, f"folder tujuan tidak ada: {path.parent}. Buat foldernya dulu.")

    from jdih_desktop.commands import admin_services, context_for
    from jdih_desktop.errors import JdihError

    ctx = context_for(args)
    try:
        try:
            service = admin_services(ctx, args).reports
        except JdihError as exc:
            return _fail(1, exc.message)
        try:
            out = build_report(service, request)
        except ReportError as exc:
            return _fail(1, exc.message)
        for kind, path in targets.items():
            data = out.pdf if kind == "pdf" else out.xlsx
            try:
                write_atomic(path, data or b"")
            except OSError as exc:
                return _fail(1, f"tidak dapat menulis {path}: {exc.strerror or exc}. Periksa "
                                "izin folder dan ruang disk.")
            print(f"{kind.upper()} ditulis: {path} ({len(data or b'') // 1024 + 1} KB)")
        if not targets:
            print(summary_lines(out.figures))
        return 0
    finally:
        ctx.db.close()


def summary_lines(figures: object) -> str:
    """A few lines for the terminal when no file is asked for."""
    from jdih_desktop.services.reports import ActivityReport, CollectionReport
    from jdih_desktop.services.skm import SkmReport
    from jdih_desktop.services.yearly import YearlyReport

    if isinstance(figures, YearlyReport):
        r = figures
        return "\n".join([
            f"{r.title} — {r.period.label}",
            f"Koleksi: {r.collection.documents} dokumen (+{r.documents_added}); "
            f"terdigitalisasi {r.collection.digitised}; kunjungan {r.visits}, pengunjung "
            f"{r.visitors}; peminjaman {r.loans} ({r.renewals} perpanjangan); IKM "
            f"{r.skm.result.ikm_unit if r.skm.result.ikm_unit is not None else '-'}"])
    if isinstance(figures, SkmReport):
        r = figures.result
        mutu = r.category
        return "\n".join([
            f"{figures.title} — {figures.period.label}",
            f"Responden: {r.respondents}; IKM {r.ikm_unit if r.ikm_unit is not None else '-'}"
            + (f" (mutu {mutu[0]}, {mutu[1]})" if mutu else ""),
            *[f"  U{i} {e.name}: NRR "
              + (f"{float(e.nrr):.2f}" if e.nrr is not None else "-")
              for i, e in enumerate(r.elements, 1)]])
    if isinstance(figures, ActivityReport):
        r = figures
        avg = f"{r.satisfaction.average:.2f}" if r.satisfaction.average is not None else "-"
        return "\n".join([
            f"{r.title} — {r.period.label}",
            f"Kunjungan: {r.visits} (dibatalkan {r.cancelled}); pengunjung {r.visitors} "
            f"(baru {r.new_visitors}, lama {r.returning_visitors})",
            f"Peminjaman: {r.loans} bukti, {r.loan_items} eksemplar, {r.renewals} "
            "perpanjangan; dikembalikan "
            f"{r.returns.items_returned}; terlambat {r.returns.overdue_items}",
            f"Kepuasan rata-rata: {avg} dari {r.satisfaction.rated} penilaian",
            f"Digitalisasi: {r.digitisation.documents_digitised} dari "
            f"{r.digitisation.documents_total} dokumen",
        ])
    if isinstance(figures, CollectionReport):
        r = figures
        lines = [f"{r.title} — akhir {r.period.label}",
                 f"Dokumen: {r.documents}; eksemplar {r.copies}; terdigitalisasi {r.digitised}; "
                 f"ditambahkan dalam periode {r.added_total}"]
        lines += [f"  {t.label}: {t.documents} dokumen, {t.copies} eksemplar"
                  for t in r.by_type]
        return "\n".join(lines)
    v = figures
    return f"{v.title} nomor {v.visit_id}: {v.visitor_name}, {v.status}"  # type: ignore[attr-defined]
