"""Opening the database: SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from peewee import Database, DatabaseError, OperationalError, PostgresqlDatabase, SqliteDatabase

from jdih_desktop.errors import StoreError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
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


class FileGuard:
    """What the store knows about the SQLite file it opened, checked before every write.

    - The file disappears while the app runs (a USB drive pulled, a network folder gone, a slip
      in Explorer): SQLite would go on writing into the deleted inode and report success. Every
      write transaction first looks at the path; a missing or swapped file stops the save with
      a sentence, and nothing is reported as saved.
    - A quick check found damage (``damaged`` holds the sentence): writes are refused, and
      reports call ``ensure_sound`` first.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.identity = _file_identity(path)
        self.damaged: str | None = None

    def check(self) -> None:
        if self.damaged:
            raise StoreError(self.damaged)
        try:
            identity = _file_identity(self.path)
        except FileNotFoundError:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas basis data %1 tidak ada lagi (drive dilepas, folder jaringan "
                "terputus, atau berkas dipindahkan/dihapus). Penyimpanan dihentikan dan tidak ada "
                "yang tersimpan: kembalikan berkasnya atau pasang kembali drive-nya, lalu mulai "
                "ulang JDIH Desktop."), params=(self.path,)) from None
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas basis data %1 tidak dapat dibaca (%2). Penyimpanan "
                "dihentikan: periksa drive atau folder jaringan, lalu mulai ulang JDIH Desktop."),
                params=(self.path, exc.strerror or exc)) from exc
        if self.identity is not None and identity != self.identity:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas basis data %1 diganti dengan berkas lain saat aplikasi "
                "berjalan. Penyimpanan dihentikan agar tidak menulis ke berkas yang salah: mulai "
                "ulang JDIH Desktop."), params=(self.path,))


def _file_identity(path: Path) -> tuple[int, int] | None:
    st = os.stat(path)
    if not st.st_ino:  # some network file systems give no inode: only presence is checked
        return None
    return (st.st_dev, st.st_ino)


_WRITE_SQL = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class JdihSqliteDatabase(SqliteDatabase):
    """SQLite as every desk, import and background job of JDIH uses it.

    - Every transaction begins IMMEDIATE (``atomic()``/``transaction()`` everywhere, one
      mechanism): it takes the write lock at BEGIN, where SQLite's busy timeout applies, so a
      second writer waits its turn. A DEFERRED transaction that read first and then wrote would
      be refused at once with ``database is locked`` (SQLite cannot wait there without risking a
      deadlock), which is what two desks, the import process and the retention run got before.
    - When SQLite has already rolled the transaction back itself (disk full, I/O error), the
      ROLLBACK that peewee sends on the way out is skipped: its "cannot rollback - no
      transaction is active" would replace the real cause.
    - ``guard`` (set by ``open_database`` for a file) is checked before each BEGIN.
    """

    def __init__(self, database: str, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, *args, **kwargs)
        self.guard: FileGuard | None = None

    def begin(self, lock_type: str | None = None) -> None:
        if self.guard is not None:
            self.guard.check()
        super().begin(lock_type)

    def execute_sql(self, sql: str, params: object = None) -> object:
        # A write outside any transaction (autocommit) is checked like a BEGIN.
        if self.guard is not None and not self.in_transaction() and _WRITE_SQL.match(sql):
            self.guard.check()
        return super().execute_sql(sql, params)

    def rollback(self) -> None:
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            log.warning("ROLLBACK skipped: SQLite had already ended the transaction")
            return
        super().rollback()


def ensure_sound(db: Database | None = None) -> None:
    """Raise StoreError when the bound SQLite file is known damaged, gone or replaced.

    Reports call it before computing figures: numbers from a damaged file must not reach paper.
    """
    db = db or database_proxy.obj
    guard = getattr(db, "guard", None)
    if guard is not None:
        guard.check()


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
        return JdihSqliteDatabase(str(path) if path else ":memory:", pragmas=SQLITE_PRAGMAS,
                                  check_same_thread=False)
    if scheme in ("postgres", "postgresql"):
        from playhouse.db_url import parse

        from jdih_desktop.store.postgres import ReconnectingPostgresqlDatabase

        params = parse(url)
        if not params.get("database"):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Alamat basis data tanpa nama basis data: %1. Gunakan "
                "postgresql://PENGGUNA@HOST/NAMA."), params=(_redact(url),))
        # Reconnects after a server restart or a network blip (see store/postgres.py).
        return ReconnectingPostgresqlDatabase(**{"connect_timeout": 5, **params},
                                              autoconnect=True)
    raise StoreError(QT_TRANSLATE_NOOP(
        "Messages", "Alamat basis data tidak dikenal: %1. Gunakan sqlite:///PATH atau "
        "postgresql://PENGGUNA@HOST/NAMA."), params=(repr(url),))


def open_database(url: str) -> Database:
    """Connect, check the file is a healthy database, and bind the model proxy to it.

    Raises StoreError with an Indonesian message a person can act on; never creates or
    overwrites anything when the existing file is damaged.
    """
    path = sqlite_path_of(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "%1 adalah folder, bukan berkas basis data."), params=(path,))
        if not path.parent.exists():
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Folder basis data tidak ada: %1"), params=(path.parent,))
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
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Tidak dapat terhubung ke basis data (%1). Periksa alamat, jaringan dan "
            "kata sandi, lalu coba lagi."), detail=str(exc), params=(_redact(url),)) from exc
    except (OperationalError, OSError) as exc:
        _safe_close(db)
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Tidak dapat membuka basis data (%1): %2"),
            detail=str(exc), params=(_redact(url), str(exc).strip())) from exc
    if path is not None and isinstance(db, JdihSqliteDatabase):
        db.guard = FileGuard(path)
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
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Basis data%1 tidak dapat dibuka untuk ditulis (berkas atau foldernya "
            "hanya-baca, atau tidak ada izin). Periksa izin berkas dan folder data; berkas "
            "tidak diubah."), where)
    if "full" in text and ("disk" in text or "database" in text):
        if path is None:  # the file the app has open, when the caller does not know it
            guard = getattr(database_proxy.obj, "guard", None)
            path = guard.path if guard is not None else None
        where = f" {path}" if path is not None else ""
        where_dir = f" ({path.parent})" if path is not None else ""
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Disk penuh: basis data%1 tidak dapat ditulis karena ruang disk%2 habis. "
            "Kosongkan ruang disk, lalu coba lagi; tidak ada data yang hilang, perubahan "
            "terakhir tidak tersimpan."), where, where_dir)
    if "disk i/o error" in text:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Kesalahan baca/tulis disk pada basis data%1. Periksa drive-nya; "
            "perubahan terakhir tidak tersimpan. Jalankan 'jdih-desktop db check' sebelum "
            "melanjutkan."), where)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        named = f" {path}" if path is not None else ""
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Berkas basis data%1 rusak atau bukan basis data JDIH. Pulihkan dari "
            "cadangan (jdih-desktop restore BERKAS) atau pilih berkas lain; berkas tidak "
            "diubah."), named)
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP(
            "Messages", "Basis data sedang dipakai proses lain terlalu lama. Tunggu sebentar, "
            "lalu coba lagi.")
    return sentence(QT_TRANSLATE_NOOP("Messages", "Basis data%1 tidak dapat dipakai: %2"),
                    where, exc)


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
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Berkas basis data rusak: %1 (%2). Pulihkan dari cadangan; berkas "
            "tidak diubah."), params=(path, row[0]))


def close_database(db: Database) -> None:
    _safe_close(db)


@contextlib.contextmanager
def thread_connection() -> Iterator[Database | None]:
    """Give the calling thread its own database connection for the duration of a job.

    peewee keeps one connection per thread; a worker thread that opened one closes it again
    so pool threads never hold a SQLite file open. The GUI thread's connection is untouched.
    No-op before a database is bound (the job then needs none).
    """
    db = database_proxy.obj
    if db is None:
        yield db
        return
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
