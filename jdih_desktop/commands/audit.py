"""``jdih-desktop audit verify``: recompute the audit log's hash chain (exit 1 when broken)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="periksa keutuhan log audit",
                       description="Menghitung ulang rantai hash log audit. Baris yang diubah, "
                                   "dihapus atau disisipkan setelah ditulis disebutkan "
                                   "nomornya. Keluar 0 bila utuh, 1 bila rusak.")
    actions = p.add_subparsers(dest="audit_action", metavar="TINDAKAN", required=True)
    v = actions.add_parser("verify", parents=[common], help="periksa rantai hash log audit")
    v.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from jdih_desktop.commands import context_for
    from jdih_desktop.services.audit import verify_audit_chain

    ctx = context_for(args)
    try:
        check = verify_audit_chain()
    finally:
        ctx.db.close()
    if check.ok:
        print(check.message)
        return 0
    print(f"jdih-desktop audit: {check.message}", file=sys.stderr)
    return 1
