"""What the data folder remembers about its database, so nothing is silently replaced.

- ``databases.json`` records every SQLite file this folder has held, with the database's own id
  (the ``store_identity`` table, migration 7). A recorded file that is gone is refused with its
  exact path and what to do; only a path never recorded gets a new empty database. A recorded
  file whose id differs is another JDIH database swapped in, and is named as such.
- ``running.lock`` is written while the desktop app runs and removed at a clean exit; found at
  start with its process gone, it marks an unclean exit.
- ``health.json`` keeps when the last quick check ran and what it found (at most daily, and
  after every unclean exit).

No Qt here; the files are small JSON documents written atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import uuid
from pathlib import Path

from peewee import Database

from jdih_desktop.errors import StoreError
from jdih_desktop.fileio import write_atomic
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence

log = logging.getLogger(__name__)

RECORD_FILE = "databases.json"
LOCK_FILE = "running.lock"
HEALTH_FILE = "health.json"
CHECK_EVERY = dt.timedelta(days=1)


# -- the database's own id ------------------------------------------------------------------
def ensure_database_id(db: Database) -> str:
    """Give the database an id of its own (idempotent); returns it."""
    db.execute_sql("CREATE TABLE IF NOT EXISTS store_identity (database_id VARCHAR(64) NOT NULL)")
    found = database_id(db)
    if found:
        return found
    new = uuid.uuid4().hex
    db.execute_sql(f"INSERT INTO store_identity (database_id) VALUES ({db.param})", (new,))
    return new


def database_id(db: Database) -> str | None:
    if "store_identity" not in db.get_tables():
        return None
    row = db.execute_sql("SELECT database_id FROM store_identity LIMIT 1").fetchone()
    return str(row[0]) if row else None


# -- databases.json ---------------------------------------------------------------------------
def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("unreadable %s; treated as empty", path)
        return {}


def _write_json(path: Path, data: dict) -> None:
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))


def _key(db_file: Path) -> str:
    return str(Path(os.path.abspath(db_file)))


def recorded_id(data_dir: Path, db_file: Path) -> str | None:
    entry = _read_json(data_dir / RECORD_FILE).get(_key(db_file))
    return entry.get("database_id") if isinstance(entry, dict) else None


def was_recorded(data_dir: Path, db_file: Path) -> bool:
    return _key(db_file) in _read_json(data_dir / RECORD_FILE)


def record(data_dir: Path, db_file: Path, db_id: str) -> None:
    data = _read_json(data_dir / RECORD_FILE)
    entry = data.get(_key(db_file)) or {}
    if entry.get("database_id") == db_id:
        return
    now = dt.datetime.now().isoformat(timespec="seconds")
    data[_key(db_file)] = {"database_id": db_id, "first_seen": entry.get("first_seen", now),
                           "recorded_at": now}
    _write_json(data_dir / RECORD_FILE, data)


def refuse_missing(data_dir: Path, db_file: Path) -> None:
    """StoreError when the folder once held ``db_file`` and it is gone now."""
    if db_file.exists() or not was_recorded(data_dir, db_file):
        return
    raise StoreError(QT_TRANSLATE_NOOP(
        "Messages", "Basis data %1 tidak ditemukan, padahal folder data ini pernah memakainya. "
        "JDIH Desktop tidak membuat basis data kosong baru agar tidak ada yang tertimpa. "
        "Periksa drive atau folder jaringan tempat berkas itu berada (mungkin belum terpasang), "
        "atau pulihkan cadangan terakhir: jdih-desktop restore BERKAS_CADANGAN. Hanya bila "
        "memang ingin mulai dari basis data kosong, hapus catatan %2."),
        params=(db_file, data_dir / RECORD_FILE))


def check_identity(data_dir: Path, db_file: Path, db_id: str) -> None:
    """StoreError when the file at ``db_file`` is a different JDIH database than recorded."""
    known = recorded_id(data_dir, db_file)
    if known and known != db_id:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Berkas %1 adalah basis data JDIH lain (kode %2), bukan basis data "
            "yang selama ini dipakai folder data ini (kode %3); berkasnya telah diganti. "
            "Kembalikan berkas yang benar, atau bila penggantian ini disengaja pakai "
            "'jdih-desktop restore BERKAS_CADANGAN' (atau hapus catatan %4). Berkas tidak "
            "diubah."), params=(db_file, db_id[:8], known[:8], data_dir / RECORD_FILE))


# -- running.lock -------------------------------------------------------------------------------
def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_pid(data_dir: Path) -> int | None:
    """The pid of a live app holding this folder's lock, else None."""
    pid = int(_read_json(data_dir / LOCK_FILE).get("pid", 0) or 0)
    return pid if pid != os.getpid() and _pid_alive(pid) else None


def take_lock(data_dir: Path) -> bool:
    """Write the lock; returns True when a lock of a dead process was found (unclean exit)."""
    lock = data_dir / LOCK_FILE
    unclean = lock.exists() and running_pid(data_dir) is None
    _write_json(lock, {"pid": os.getpid(),
                       "started": dt.datetime.now().isoformat(timespec="seconds")})
    if unclean:
        log.warning("the last run did not end cleanly (%s was left behind)", lock)
        health = _read_json(data_dir / HEALTH_FILE)
        health["unclean_exit_at"] = dt.datetime.now().isoformat(timespec="seconds")
        _write_json(data_dir / HEALTH_FILE, health)
    return unclean


def release_lock(data_dir: Path) -> None:
    lock = data_dir / LOCK_FILE
    if int(_read_json(lock).get("pid", 0) or 0) == os.getpid():
        lock.unlink(missing_ok=True)


# -- quick check --------------------------------------------------------------------------------
def check_due(data_dir: Path, now: dt.datetime | None = None) -> bool:
    """After an unclean exit, or when the last check is older than a day."""
    now = now or dt.datetime.now()
    health = _read_json(data_dir / HEALTH_FILE)
    if health.get("unclean_exit_at") or health.get("last_check_result", "ok") != "ok":
        return True
    if (data_dir / LOCK_FILE).exists() and running_pid(data_dir) is None \
            and int(_read_json(data_dir / LOCK_FILE).get("pid", 0) or 0) != os.getpid():
        return True  # the app died without removing its lock
    last = health.get("last_check_at")
    try:
        return last is None or now - dt.datetime.fromisoformat(last) >= CHECK_EVERY
    except ValueError:
        return True


def damage_sentence(db_file: Path, finding: str) -> str:
    lines = [ln.strip() for ln in finding.replace(";", "\n").splitlines()
             if ln.strip() and not ln.strip().startswith("***")]
    finding = (lines[0] if lines else finding)[:100]
    return sentence(QT_TRANSLATE_NOOP(
        "Messages", "Basis data %1 rusak (%2). Penyimpanan dan laporan ditolak agar angka yang "
        "salah tidak tercetak: pulihkan cadangan terakhir (Berkas → Pulihkan cadangan, atau "
        "jdih-desktop restore BERKAS_CADANGAN)."), db_file, finding)


def record_check(data_dir: Path, finding: str) -> None:
    """Keep when the file was last checked and what was found (``health.json``)."""
    health = _read_json(data_dir / HEALTH_FILE)
    health.pop("unclean_exit_at", None)
    health["last_check_at"] = dt.datetime.now().isoformat(timespec="seconds")
    health["last_check_result"] = finding
    try:
        _write_json(data_dir / HEALTH_FILE, health)
    except OSError:
        log.warning("could not write %s", data_dir / HEALTH_FILE)


def quick_check(data_dir: Path, db_file: Path) -> str | None:
    """SQLite's ``quick_check`` on its own connection (any thread); None when sound, else the
    sentence. The result is kept in ``health.json``."""
    finding = "ok"
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
            finding = "; ".join(str(r[0]) for r in rows) or "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        finding = str(exc)
    record_check(data_dir, finding)
    if finding == "ok":
        return None
    log.error("quick_check of %s failed: %s", db_file, finding)
    return damage_sentence(db_file, finding)
