"""Subcommands of ``jdih-desktop`` (one module each, registered in ``cli.COMMANDS``)."""

from __future__ import annotations

import argparse

from jdih_desktop.app import AppContext, open_context


def context_for(args: argparse.Namespace) -> AppContext:
    """Open the data folder and database for a headless subcommand."""
    return open_context(args)
