"""``jdih-desktop account``: administrator's acts on this machine (asked for credentials).

* ``task-token`` writes ``keys/task.token`` (readable by this OS account only) for the
  scheduled tasks of this machine (``retention --task``); the database keeps its hash only.
* ``export-key FILE`` writes the key that encrypts signatures and ID scans, for restoring a
  backup on another PC. Whoever holds that file and a backup can read those images: keep it
  offline, like the office's seal.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("account", parents=[common],
                       help="token tugas terjadwal dan ekspor kunci (administrator)",
                       description="Tindakan administrator di komputer ini; nama pengguna dan "
                                   "kata sandi administrator ditanyakan.")
    actions = p.add_subparsers(dest="account_action", metavar="TINDAKAN", required=True)
    t = actions.add_parser("task-token", parents=[common],
                           help="buat token untuk tugas terjadwal mesin ini (retensi)")
    t.set_defaults(func=run_task_token)
    k = actions.add_parser("export-key", parents=[common],
                           help="ekspor kunci enkripsi tanda tangan dan pindaian (PERINGATAN)")
    k.add_argument("file", metavar="BERKAS")
    k.set_defaults(func=run_export_key)


def _fail(message: str) -> int:
    print(f"jdih-desktop account: {message}", file=sys.stderr)
    return 1


def run_task_token(args: argparse.Namespace) -> int:
    from jdih_desktop.commands import admin_services, context_for
    from jdih_desktop.errors import JdihError

    ctx = context_for(args)
    try:
        services = admin_services(ctx, args)
        path = services.accounts.create_task_token(ctx.data_dir)
    except JdihError as exc:
        return _fail(exc.message)
    finally:
        ctx.db.close()
    print(f"Token tugas terjadwal ditulis ke {path} (hanya dapat dibaca akun ini). Jadwalkan: "
          "jdih-desktop retention --task")
    return 0


def run_export_key(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from jdih_desktop.commands import admin_services, context_for
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services import audit
    from jdih_desktop.store import crypto

    target = Path(args.file).expanduser()
    ctx = context_for(args)
    try:
        services = admin_services(ctx, args)
        key = crypto.load_or_create_key(ctx.data_dir)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key + b"\n")
        audit.record("key.export", "machine", None, {}, officer=services.session.officer_id)
    except FileExistsError:
        return _fail(f"{target} sudah ada; pilih nama berkas baru (kunci tidak ditimpa).")
    except JdihError as exc:
        return _fail(exc.message)
    finally:
        ctx.db.close()
    print("PERINGATAN: siapa pun yang memegang berkas ini bersama cadangan basis data dapat "
          "membuka tanda tangan dan pindaian identitas pengunjung. Simpan di luar komputer ini, "
          f"di tempat terkunci. Kunci ditulis ke {target}.", file=sys.stderr)
    return 0
