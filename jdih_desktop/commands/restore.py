"""``jdih-desktop restore FILE [--yes]``: put a backup back, after a preview and a safety copy.

Shows what the backup holds (date, versions, counts), refuses a foreign or damaged file, a newer
schema or another engine, asks for confirmation (``--yes`` skips it), backs up the current state
first, then replaces the database. The app must be closed (a running app on this data folder
is refused). PostgreSQL: restores with pg_restore into the EMPTY database named by ``--db``.
Exit codes: 0 restored, 1 refused or failed (nothing changed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "restore", parents=[common], help="pulihkan basis data dari berkas cadangan",
        description="Memulihkan basis data dari berkas cadangan JDIH (jdih-cadangan-….zip): "
                    "pratinjau isi, cadangan pengaman keadaan sekarang, lalu penggantian. "
                    "Tutup JDIH Desktop dahulu.")
    p.add_argument("file", metavar="BERKAS", help="berkas cadangan (.zip)")
    p.add_argument("--yes", action="store_true", help="jangan tanya konfirmasi")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"jdih-desktop restore: {message}", file=sys.stderr)
    return 1


def preview_lines(m) -> list[str]:  # m: Manifest
    c = m.counts
    return [
        f"Cadangan dibuat  : {m.created.strftime('%d-%m-%Y %H:%M')} di {m.desk} ({m.kind})",
        f"Versi            : aplikasi {m.app_version}, skema v{m.schema_version}, {m.engine}",
        f"Isi              : {c.get('document', 0)} dokumen, {c.get('copy', 0)} eksemplar, "
        f"{c.get('visitor', 0)} pengunjung, {c.get('visit', 0)} kunjungan, "
        f"{c.get('loan', 0)} peminjaman",
        f"Ukuran basis data: {m.size / 1e6:.1f} MB (sha256 {m.sha256[:16]}…)",
    ]


def run(args: argparse.Namespace) -> int:
    from jdih_desktop.config import load_config, prepare_data_dir, resolve_data_dir, resolve_db_url
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services.backup import BackupService, apply_pending_restore
    from jdih_desktop.store import folder
    from jdih_desktop.store.db import sqlite_path_of

    try:
        data_dir = prepare_data_dir(resolve_data_dir(args.data_dir))
        url = resolve_db_url(args.db, load_config(data_dir), data_dir)
        service = BackupService(data_dir, url)
        db_file = sqlite_path_of(url)
        if db_file is not None:
            pid = folder.running_pid(data_dir)
            if pid:
                return _fail(f"JDIH Desktop masih berjalan pada folder data ini (proses {pid}). "
                             "Tutup aplikasinya dahulu, atau pulihkan dari menu Berkas → "
                             "Pulihkan cadangan.")
        manifest = service.preview(Path(args.file), full=False)  # the restore checks it whole
    except JdihError as exc:
        return _fail(exc.message)
    for line in preview_lines(manifest):
        print(line)
    if not args.yes:
        if not sys.stdin.isatty():
            return _fail("konfirmasi diperlukan: jalankan lagi dengan --yes.")
        answer = input("Ganti basis data sekarang dengan cadangan ini? "
                       "Keadaan sekarang dicadangkan dahulu. [y/N] ")
        if answer.strip().lower() not in ("y", "ya", "yes"):
            print("Dibatalkan; tidak ada yang diubah.")
            return 1
    try:
        _require_admin(url)
        if db_file is None:
            return _restore_postgres(args, service, url)
        staged = service.stage_restore(Path(args.file), None, console=True)
        if staged.safety:
            print(f"Cadangan pengaman keadaan sebelumnya: {staged.safety}")
        apply_pending_restore(data_dir, db_file)
        from jdih_desktop.commands import context_for

        ctx = context_for(args)  # opens, migrates an older backup forward, checks it
        ctx.db.close()
    except JdihError as exc:
        return _fail(exc.message)
    print(f"Dipulihkan: {db_file}")
    return 0


def _require_admin(url: str) -> None:
    """An administrator of the database being replaced says who they are (prompt, or two
    lines on standard input). A database too damaged to read cannot check anyone: then the
    owner of the data folder (the only account that can read it, 0700) restores, and says so."""
    from jdih_desktop.commands import ask_credentials
    from jdih_desktop.errors import StoreError
    from jdih_desktop.services.accounts import AccountService
    from jdih_desktop.services.container import system_clock
    from jdih_desktop.services.session import ADMIN_ONLY
    from jdih_desktop.store.db import open_database

    try:
        db = open_database(url)
        db.execute_sql("SELECT 1 FROM officer LIMIT 1")
    except (StoreError, Exception) as exc:  # unreadable: nothing to check against
        print(f"Peringatan: basis data sekarang tidak terbaca ({exc}); pemulihan dilakukan "
              "oleh pemilik folder data tanpa pemeriksaan akun.", file=sys.stderr)
        return
    try:
        accounts = AccountService(system_clock)
        username, password = ask_credentials()
        accounts.sign_in(username, password)
        accounts.session.require(ADMIN_ONLY, "memulihkan cadangan")
    finally:
        db.close()


def _restore_postgres(args: argparse.Namespace, service, url: str) -> int:
    from jdih_desktop.store.db import open_database
    from jdih_desktop.store.migrations import migrate

    db = open_database(url)
    try:
        manifest = service.restore_postgres(Path(args.file), None, console=True)
        migrate(db, None)
    finally:
        db.close()
    print(f"Dipulihkan ke PostgreSQL: {manifest.counts.get('document', 0)} dokumen, "
          f"{manifest.counts.get('visit', 0)} kunjungan")
    return 0
