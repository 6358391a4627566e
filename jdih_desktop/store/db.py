"""Opening the database: SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from peewee import Database, DatabaseError, OperationalError, PostgresqlDatabase, SqliteDatabase

from jdih_desktop.errors import StoreError
from jdih_desktop.store.models import database_proxy

log = logging.getLogger(__name__)

# WAL is switched on by ``enable_wal`` once the file is known to be sound (switching rewrites
# two header bytes, and a damaged file is left exactly as found).
SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -32000,
}


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def sqlite_path_of(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other databases and ``:memory:``."""
    if not url.startswith("sqlite:"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path == ":memory:":
        return None
    return Path(path)


def make_database(url: str) -> Database:
    """Build (not connect) a peewee database for the URL."""
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        path = sqlite_path_of(url)
        return SqliteDatabase(str(path) if path else ":memory:", pragmas=SQLITE_PRAGMAS,
                              check_same_thread=False)
    if scheme in ("postgres", "postgresql"):
        from playhouse.db_url import parse

        from jdih_desktop.store.postgres import ReconnectingPostgresqlDatabase

        params = parse(url)
        if not params.get("database"):
            raise StoreError(f"Alamat basis data tanpa nama basis data: {_redact(url)}. Gunakan "
                             "postgresql://PENGGUNA@HOST/NAMA.")
        # Reconnects after a server restart or a network blip (see store/postgres.py).
        return ReconnectingPostgresqlDatabase(**{"connect_timeout": 5, **params},
                                              autoconnect=True)
    raise StoreError(
        f"Alamat basis data tidak dikenal: {url!r}. Gunakan sqlite:///PATH atau "
        "postgresql://PENGGUNA@HOST/NAMA."
    )


def open_database(url: str) -> Database:
    """Connect, check the file is a healthy database, and bind the model proxy to it.

    Raises StoreError with an Indonesian message a person can act on; never creates or
    overwrites anything when the existing file is damaged.
    """
    path = sqlite_path_of(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise StoreError(f"{path} adalah folder, bukan berkas basis data.")
        if not path.parent.exists():
            raise StoreError(f"Folder basis data tidak ada: {path.parent}")
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
        if path is not None:
            # Reading the schema forces SQLite to read the header: a file that is not a
            # database fails here. The full page check (``check_integrity``) reads the whole
            # file - 16 s for a 1 GB database - so it runs only before a migration writes.
            db.execute_sql("PRAGMA schema_version").fetchone()
    except StoreError:
        _safe_close(db)
        raise
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        _safe_close(db)
        if path is not None:
            raise StoreError(describe_database_error(exc, path), detail=str(exc)) from exc
        raise StoreError(
            f"Tidak dapat terhubung ke basis data ({_redact(url)}). Periksa alamat, jaringan dan "
            "kata sandi, lalu coba lagi.", detail=str(exc)) from exc
    except (OperationalError, OSError) as exc:
        _safe_close(db)
        raise StoreError(
            f"Tidak dapat membuka basis data ({_redact(url)}): {exc}".strip(),
            detail=str(exc)) from exc
    database_proxy.initialize(db)
    log.info("database opened: %s", _redact(url))
    return db


def describe_database_error(exc: BaseException, path: Path | None = None) -> str:
    """One Indonesian sentence for a database error a person can act on.

    A read-only file or folder is not damage: telling the officer to restore a backup over a
    healthy file would be wrong, so the two are told apart by SQLite's own wording.
    """
    text = str(exc).lower()
    where = f" {path}" if path is not None else ""
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (f"Basis data{where} tidak dapat dibuka untuk ditulis (berkas atau foldernya "
                "hanya-baca, atau tidak ada izin). Periksa izin berkas dan folder data; berkas "
                "tidak diubah.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (f"Berkas basis data rusak atau bukan basis data JDIH:{where}. Pulihkan dari "
                "cadangan atau pilih berkas lain; berkas tidak diubah.")
    if "locked" in text or "busy" in text:
        return ("Basis data sedang dipakai proses lain terlalu lama. Tunggu sebentar, lalu "
                "coba lagi.")
    return f"Basis data{where} tidak dapat dipakai: {exc}"


def enable_wal(db: Database) -> None:
    """Write-ahead logging: readers never wait for the desk that writes (persistent per file)."""
    if is_sqlite(db):
        db.execute_sql("PRAGMA journal_mode=wal")


def check_integrity(db: Database, path: Path) -> None:
    """Refuse (StoreError) a SQLite file whose pages are damaged; reads the whole file."""
    try:
        row = db.execute_sql("PRAGMA quick_check(1)").fetchone()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        row = (str(exc),)
    if row and row[0] != "ok":
        raise StoreError(
            f"Berkas basis data rusak: {path} ({row[0]}). Pulihkan dari cadangan; "
            "berkas tidak diubah.")


def close_database(db: Database) -> None:
    _safe_close(db)


@contextlib.contextmanager
def thread_connection() -> Iterator[Database]:
    """Give the calling thread its own database connection for the duration of a job.

    peewee keeps one connection per thread; a worker thread that opened one closes it again
    so pool threads never hold a SQLite file open. The GUI thread's connection is untouched.
    """
    db = database_proxy.obj
    opened = db.is_closed()
    if opened:
        db.connect()
    try:
        yield db
    finally:
        if opened:
            db.close()


def close_thread_connection() -> None:
    """Close the calling thread's connection to the bound database, if it has one open.

    peewee keeps one connection per thread: a worker thread that ran queries closes its own
    when its job ends, so no finished job leaves a SQLite file handle or a PostgreSQL session
    behind. Other threads' connections (the GUI's) are untouched. No-op before a database is
    bound.
    """
    db = database_proxy.obj
    if db is not None:
        _safe_close(db)


def _safe_close(db: Database) -> None:
    try:
        if not db.is_closed():
            db.close()
    except Exception:  # pragma: no cover - closing a broken connection
        log.debug("close failed", exc_info=True)


def _redact(url: str) -> str:
    """Hide a password in a URL before it reaches a log or a dialog."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url
