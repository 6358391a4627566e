"""``jdih-desktop backup [--to DIR] [--list]``: write one verified backup now.

The backup is one zip (database + manifest.json) in the folder of Pengaturan → Cadangan (or
``--to DIR``), checked right after writing, recorded as the last good backup, and old ones are
rotated. Exit codes: 0 written and verified, 1 failure (one line; nothing half-written is left),
2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help="buat cadangan basis data sekarang (diverifikasi)",
        description="Membuat satu berkas cadangan (zip berisi basis data dan manifest.json: "
                    "versi aplikasi dan skema, jumlah baris, sha256, waktu, komputer), lalu "
                    "memeriksanya (integrity_check dan jumlah baris). Cadangan lama dirotasi: "
                    "7 harian, 4 mingguan, 12 bulanan. SQLite: salinan daring (VACUUM INTO) "
                    "selagi aplikasi berjalan; PostgreSQL: pg_dump format custom.")
    p.add_argument("--to", metavar="DIR", help="folder tujuan (bawaan: folder di Pengaturan → "
                   "Cadangan, atau <folder data>/backups)")
    p.add_argument("--list", action="store_true",
                   help="tampilkan cadangan yang ada dan cadangan baik terakhir; tidak menulis")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"jdih-desktop backup: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from jdih_desktop.commands import context_for
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services.backup import BackupService

    try:
        ctx = context_for(args)
    except JdihError as exc:
        return _fail(exc.message)
    try:
        service = BackupService(ctx.data_dir, ctx.db_url)
        if args.list:
            status = service.status()
            print(f"Cadangan terakhir yang baik: {status.label()}"
                  + (f" ({status.last_path})" if status.last_path else ""))
            if status.last_error:
                print(f"Kegagalan terakhir: {status.last_error}")
            folder = Path(args.to) if args.to else None
            for path in service.list_backups(folder):
                print(f"  {path.name}  {path.stat().st_size / 1e6:.1f} MB")
            return 0
        try:
            result = service.create(Path(args.to) if args.to else None, kind="manual")
        except JdihError as exc:
            return _fail(exc.message)
        m = result.manifest
        print(f"Cadangan ditulis dan diperiksa: {result.path}")
        print(f"  {result.path.stat().st_size / 1e6:.1f} MB, skema v{m.schema_version}, "
              f"{m.counts.get('document', 0)} dokumen, {m.counts.get('visit', 0)} kunjungan, "
              f"{m.counts.get('loan', 0)} peminjaman; {result.seconds:.1f} detik")
        for old in result.removed:
            print(f"  dirotasi (dihapus): {old.name}")
        return 0
    finally:
        ctx.db.close()
