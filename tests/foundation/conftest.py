"""Fixtures of the foundation tests: a throwaway PostgreSQL server for the whole session.

The server is a real PostgreSQL cluster made with the distribution's ``initdb`` in a temporary
folder, listening on a free port of 127.0.0.1, run as the ``postgres`` system user when the
tests run as root (PostgreSQL refuses to run as root), and stopped at the end of the session
(``tests/support/pg.py``, which the benchmarks use too).
Tests that need it are skipped only when no PostgreSQL binaries are installed; ``make test``
installs them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator

import pytest

from tests.support.pg import PgServer, pg_bindir, running_pg_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = pg_bindir()
    if bindir is None:
        reason = ("PostgreSQL binaries not found (no /usr/lib/postgresql/*/bin/initdb); "
                  "`make test` installs the postgresql package")
        print(f"\nSKIP postgres tests: {reason}")
        pytest.skip(reason)
    with running_pg_server(bindir) as server:
        yield server


_db_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database on the session's server; dropped after the test."""
    name = f"jdih_test_{os.getpid()}_{next(_db_numbers)}"
    pg_server.admin(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    with contextlib.suppress(Exception):
        pg_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
