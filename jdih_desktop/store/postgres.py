"""PostgreSQL that survives a server restart or a network blip, and never repeats a write blindly.

peewee keeps one connection per thread and, once the server has closed it (a restart, an idle
connection cut by a firewall, ``pg_terminate_backend``), every later query of that thread fails
with ``InterfaceError: connection already closed`` until the application restarts.
``ReconnectingPostgresqlDatabase`` opens a new connection instead, under one rule: a statement
is repeated only when repeating it cannot change data twice or lose part of a transaction.

- Inside a transaction nothing is repeated: the server has already discarded the transaction's
  earlier statements with the connection, so the whole transaction fails with
  ``DatabaseConnectionError`` ("tidak ada perubahan yang tersimpan") and is never half-applied.
  The failed ROLLBACK that follows is swallowed, so the person reads that message and not the
  driver's.
- Outside a transaction, ``BEGIN`` and read-only statements are repeated once on a new
  connection, and so is any statement the driver refused before sending it (``InterfaceError``,
  e.g. ``connection already closed``). A write whose connection broke while it ran may have been
  applied by the server before the answer was lost, so it is not repeated: it fails with a
  message that says so, and the next statement runs on a new connection.
- A ``COMMIT`` whose connection broke has an unknown outcome and says so.

Why not ``playhouse.shortcuts.ReconnectMixin`` (peewee 4.5): it refuses to repeat inside a
transaction too, but outside one it repeats any matching statement, writes included; it matches
error classes exactly and by message text only (its PostgreSQL entries are commented out); and
it does not cover ``COMMIT``/``ROLLBACK``, so a transaction cut by the server surfaces as the
ROLLBACK's ``InterfaceError`` instead of the real cause.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from peewee import InterfaceError, OperationalError, PeeweeException, PostgresqlDatabase

from jdih_desktop.errors import StoreError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Driver messages of a connection that is gone (psycopg2; psycopg 3 wording where it differs).
# The driver's own ``closed`` flag is checked first; these cover drivers that do not set it.
_LOST_FRAGMENTS = (
    "connection already closed",
    "server closed the connection",
    "terminating connection",
    "could not receive data from server",
    "could not send data to server",
    "ssl syscall error",
    "ssl connection has been closed unexpectedly",
    "connection not open",
    "the connection is closed",
    "consuming input failed",
    "lost synchronization with server",
    "no connection to the server",
)

_READ_ONLY = re.compile(r"^\s*(SELECT|SHOW|VALUES|BEGIN)\b", re.IGNORECASE)
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE|COPY|GRANT|"
                     r"NEXTVAL|SETVAL|LOCK)\b", re.IGNORECASE)

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages", "Server basis data tidak dapat dihubungi. Periksa jaringan dan server basis data, "
    "lalu coba lagi.")
LOST_IN_TRANSACTION = QT_TRANSLATE_NOOP(
    "Messages", "Koneksi ke server basis data terputus; transaksi dibatalkan dan tidak ada "
    "perubahan yang tersimpan. Periksa jaringan, lalu coba lagi.")
LOST_AT_COMMIT = QT_TRANSLATE_NOOP(
    "Messages", "Koneksi ke server basis data terputus saat menyimpan; perubahan mungkin belum "
    "tersimpan. Periksa datanya, lalu coba lagi.")
LOST_WRITE = QT_TRANSLATE_NOOP(
    "Messages", "Koneksi ke server basis data terputus; perubahan terakhir mungkin belum "
    "tersimpan. Periksa datanya, lalu coba lagi.")


class DatabaseConnectionError(StoreError, OperationalError):
    """The PostgreSQL server went away or cannot be reached.

    A ``StoreError`` (a person reads ``message``) and still a peewee ``OperationalError``, so
    code that already handles database errors (an import rolled back, a command-line report)
    keeps handling this one.
    """


def is_read_only(sql: str) -> bool:
    """True for a statement that can be sent twice without changing data twice."""
    return bool(_READ_ONLY.match(sql)) and not _WRITES.search(sql)


class ReconnectingPostgresqlDatabase(PostgresqlDatabase):
    """``PostgresqlDatabase`` that opens a new connection after the server closed the old one."""

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        return self._run(super().execute_sql, sql, params, repeatable=is_read_only(sql))

    def begin(self, *args: Any, **kwargs: Any) -> None:
        # Called before the transaction is pushed: nothing of it has run yet.
        self._run(super().begin, *args, repeatable=True, **kwargs)

    def commit(self) -> Any:
        try:
            return super().commit()
        except PeeweeException as exc:
            if not self._lost(exc):
                raise
            log.warning("database connection lost at COMMIT: %s", _first_line(exc))
            self._forget_connection()
            raise DatabaseConnectionError(LOST_AT_COMMIT, detail=str(exc)) from exc

    def rollback(self) -> Any:
        if self.is_closed():
            return None  # the connection, and the transaction with it, are gone already
        try:
            return super().rollback()
        except PeeweeException as exc:
            if not self._lost(exc):
                raise
            # The server discards an open transaction with its connection: nothing to undo.
            log.info("ROLLBACK skipped, connection already lost: %s", _first_line(exc))
            self._forget_connection()
            return None

    # ------------------------------------------------------------------ internals
    def _run(self, call: Any, *args: Any, repeatable: bool, **kwargs: Any) -> Any:
        was_closed = self.is_closed()
        try:
            return call(*args, **kwargs)
        except PeeweeException as exc:
            if isinstance(exc, DatabaseConnectionError):
                raise
            if was_closed and self.is_closed():  # the (auto)connect itself failed
                raise DatabaseConnectionError(UNREACHABLE, detail=str(exc)) from exc
            if not self._lost(exc):
                raise
            if self.in_transaction():
                log.warning("database connection lost inside a transaction: %s",
                            _first_line(exc))
                raise DatabaseConnectionError(LOST_IN_TRANSACTION, detail=str(exc)) from exc
            self._forget_connection()
            # InterfaceError: the driver refused before sending anything.
            if not (repeatable or isinstance(exc, InterfaceError)):
                log.warning("database connection lost during a write: %s", _first_line(exc))
                raise DatabaseConnectionError(LOST_WRITE, detail=str(exc)) from exc
            log.info("database connection lost (%s); reconnecting", _first_line(exc))
        try:
            return call(*args, **kwargs)
        except PeeweeException as exc:
            if isinstance(exc, DatabaseConnectionError):
                raise
            if self.is_closed() or self._lost(exc):
                if not self.in_transaction():
                    self._forget_connection()
                raise DatabaseConnectionError(UNREACHABLE, detail=str(exc)) from exc
            raise

    def _lost(self, exc: BaseException) -> bool:
        """Whether ``exc`` means this thread's connection is gone (not a refused statement)."""
        if not isinstance(exc, InterfaceError | OperationalError):
            return False
        conn = None if self.is_closed() else self._state.conn
        if conn is not None and getattr(conn, "closed", False):
            return True  # psycopg2: 1 closed, 2 broken
        text = str(exc).lower()
        return any(fragment in text for fragment in _LOST_FRAGMENTS)

    def _forget_connection(self) -> None:
        """Drop this thread's dead connection so the next statement opens a new one."""
        if self.in_transaction():
            return  # peewee refuses; the transaction's end comes back here
        try:
            self.close()
        except Exception:  # closing a broken connection may complain; it is gone anyway
            log.debug("closing a lost connection failed", exc_info=True)
            self._state.reset()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
