"""``jdih-desktop retention [--dry-run]``: remove personal data past the retention period.

The promise of the visit book's privacy notice (``[visit_book] retention_years`` in
config.ini) kept from a scheduled task or by hand. ``--dry-run`` lists who would be anonymised
and who is kept and why, and writes nothing. Exit codes: 0 done (also when nobody was due),
1 failure (one line, nothing changed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "retention", parents=[common],
        help="hapus data pribadi pengunjung yang masa simpannya sudah lewat",
        description="Menganonimkan pengunjung yang kunjungan terakhirnya lebih dari "
                    "[visit_book] retention_years tahun yang lalu (bawaan 5): nama, nomor "
                    "identitas, instansi, alamat, telepon dan e-mail dihapus, begitu pula tanda "
                    "tangan, pindaian kartu identitas dan lampiran kunjungannya. Kunjungan, "
                    "peminjaman dan angka laporan tetap. Pengunjung yang masih mempunyai "
                    "pinjaman belum kembali dilewati.")
    p.add_argument("--task", action="store_true",
                   help="tugas terjadwal: masuk dengan token mesin ini (keys/task.token, dibuat "
                        "administrator dengan: jdih-desktop account task-token), tanpa kata "
                        "sandi; tanpa --task, nama pengguna dan kata sandi administrator "
                        "ditanyakan")
    p.add_argument("--dry-run", action="store_true",
                   help="hanya tampilkan siapa yang akan dianonimkan; tidak ada yang diubah")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"jdih-desktop retention: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from jdih_desktop.commands import context_for, sign_in_for_command
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services.container import build_services
    from jdih_desktop.services.retention import summary_lines

    try:
        ctx = context_for(args)
    except JdihError as exc:
        return _fail(exc.message)
    try:
        try:
            services = build_services(ctx.config)
            _ = services.retention.retention_years  # a bad config.ini is told before the prompt
            service = sign_in_for_command(services, ctx, args, task_scope="retention").retention
            plan = service.preview() if args.dry_run else service.commit()
        except JdihError as exc:
            return _fail(exc.message)
        except DatabaseError as exc:
            return _fail(f"basis data menolak perubahan ({exc}); tidak ada data yang diubah. "
                         "Coba lagi saat tidak ada kunjungan yang sedang disimpan.")
        for line in summary_lines(plan):
            print(line)
        if args.dry_run:
            print("(uji coba: tidak ada data yang diubah; jalankan tanpa --dry-run untuk "
                  "menganonimkan)")
        return 0
    finally:
        ctx.db.close()
