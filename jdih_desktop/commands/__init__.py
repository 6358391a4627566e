"""Subcommands of ``jdih-desktop`` (one module each, registered in ``cli.COMMANDS``)."""

from __future__ import annotations

import argparse

from jdih_desktop.app import AppContext, open_context


def context_for(args: argparse.Namespace) -> AppContext:
    """Open the data folder and database for a headless subcommand."""
    return open_context(args)


def console_services(ctx: AppContext):  # -> Services
    """Services for a command that touches no personal data and no account (holidays, loan
    rules, the catalogue): the person at this machine's console, with the data folder open to
    them (0700), acts as a desk officer named "Baris perintah"."""
    from jdih_desktop.services.container import build_services
    from jdih_desktop.services.session import OFFICER, Actor, Session

    return build_services(ctx.config, session=Session(
        Actor(None, "console", "Baris perintah", OFFICER)))


def admin_services(ctx: AppContext, args: argparse.Namespace, task_scope: str | None = None):
    """Services signed in as an administrator whose credentials are asked now.

    The user name and password come from the terminal (the password without echo), or two
    lines on standard input when it is not a terminal. With ``--task`` and a ``task_scope``,
    a scheduled task signs in with this machine's token file instead (no prompt; made by an
    administrator with ``jdih-desktop account task-token``).
    """
    from jdih_desktop.services.container import build_services

    return sign_in_for_command(build_services(ctx.config), ctx, args, task_scope)


def sign_in_for_command(services, ctx: AppContext, args: argparse.Namespace,
                        task_scope: str | None = None):
    """Sign ``services`` in as an administrator (prompt) or as this machine's task (token)."""
    from jdih_desktop.services.session import ADMIN_ONLY

    if task_scope is not None and getattr(args, "task", False):
        services.accounts.sign_in_task(ctx.data_dir)
        return services
    username, password = ask_credentials()
    services.accounts.sign_in(username, password)
    services.session.require(ADMIN_ONLY, "menjalankan perintah ini")
    return services


def ask_credentials() -> tuple[str, str]:
    import getpass
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        print("Perintah ini memerlukan akun administrator.", file=sys.stderr)
        username = input("Nama pengguna: ")
        password = getpass.getpass("Kata sandi: ")
        return username, password
    lines = [sys.stdin.readline() if sys.stdin else "", sys.stdin.readline() if sys.stdin else ""]
    return lines[0].strip(), lines[1].rstrip("\r\n")
