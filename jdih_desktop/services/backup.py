"""Backups and restore: whole, verified files with a manifest; restore previews, keeps a safety
copy first, refuses foreign or newer files, and puts the data in place at the next start.

One backup is ONE zip file (``jdih-cadangan-YYYYmmdd-HHMMSS.zip``) holding
- ``manifest.json``: format, app and schema version, database id, engine, created at, desk
  (computer name), row counts per table, the database member's size and sha256;
- ``jdih.sqlite3`` (SQLite: a ``VACUUM INTO`` copy taken while the app runs, a consistent
  snapshot that other desks keep writing past) or ``jdih.pgdump`` (PostgreSQL: ``pg_dump
  --format=custom``).
Why a zip rather than a database with a sidecar: a person copies, mails or moves one file and
cannot separate the data from its description; Windows Explorer opens it; the zip's own CRC and
the manifest's sha256 catch a damaged copy. Data encrypted at rest is copied as stored, so it
stays encrypted in the backup.

Every backup is verified right after it is written: the member is read back from the zip, its
sha256 compared, SQLite's ``integrity_check`` run on it and its row counts compared with the
manifest (PostgreSQL: ``pg_restore --list`` reads the whole archive). Only then is it recorded
as the last good backup (``backup-status.json`` in the data folder) and old backups rotated
(7 daily, 4 weekly, 12 monthly by default).

Restore (administrator only, checked here): ``preview`` reads and verifies the file;
``stage_restore`` makes a safety backup of the current state, extracts the database next to the
live one and writes ``restore-pending.json``; ``apply_pending_restore`` (called by
``app.open_context`` before the database is opened, so no connection holds the file - Windows
cannot replace an open file) swaps it in. PostgreSQL restores with ``pg_restore`` into an empty
database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jdih_desktop import __version__
from jdih_desktop.errors import JdihError
from jdih_desktop.fileio import write_atomic
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence

log = logging.getLogger(__name__)

FORMAT = "jdih-backup/1"
APP = "jdih-desktop"
MANIFEST = "manifest.json"
SQLITE_MEMBER = "jdih.sqlite3"
PG_MEMBER = "jdih.pgdump"
PREFIX = "jdih-cadangan-"
SAFETY_PREFIX = "jdih-sebelum-pemulihan-"
SETTINGS_FILE = "backup.json"
STATUS_FILE = "backup-status.json"
PENDING_FILE = "restore-pending.json"
_CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # (step done, steps)


class BackupError(JdihError):
    """A backup or restore could not be done; the message says why and what to do."""


# ----------------------------------------------------------------------------------- settings
@dataclass
class BackupSettings:
    """Per machine (``backup.json`` in the data folder): where, when, how many to keep."""

    folder: str = ""  # empty: <data folder>/backups (another disk is better; the UI says so)
    daily: bool = True
    at_close: bool = True
    interval_hours: int = 24
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12

    @classmethod
    def load(cls, data_dir: Path) -> BackupSettings:
        try:
            raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        out = cls()
        for k, v in raw.items():
            if k in known and isinstance(v, type(getattr(out, k))):
                setattr(out, k, v)
        return out

    def save(self, data_dir: Path) -> None:
        write_atomic(data_dir / SETTINGS_FILE,
                     json.dumps(dataclasses.asdict(self), indent=2).encode("utf-8"))

    def target(self, data_dir: Path) -> Path:
        return Path(self.folder).expanduser() if self.folder else data_dir / "backups"

    def validate(self) -> None:
        for name in ("interval_hours", "keep_daily", "keep_weekly", "keep_monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1 or value > 1000:
                raise BackupError(QT_TRANSLATE_NOOP(
                        "Messages", "Nilai %1 harus bilangan 1 sampai 1000 (sekarang %2)."),
                        params=(name, repr(value)))


# ----------------------------------------------------------------------------------- manifest
@dataclass(frozen=True)
class Manifest:
    format: str
    app: str
    app_version: str
    engine: str  # "sqlite" | "postgresql"
    schema_version: int
    database_id: str
    created_at: str  # ISO, local time with offset
    desk: str
    kind: str  # "manual" | "scheduled" | "close" | "safety"
    member: str
    size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def to_json(self) -> bytes:
        return json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes, source: Path) -> Manifest:
        try:
            raw = json.loads(data)
            if raw.get("format") != FORMAT or raw.get("app") != APP:
                raise ValueError("format")
            names = {f.name for f in dataclasses.fields(cls)}
            return cls(**{k: v for k, v in raw.items() if k in names})
        except (ValueError, TypeError, AttributeError) as exc:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 bukan berkas cadangan JDIH Desktop (manifest.json tidak "
                    "dikenal). Pilih berkas jdih-cadangan-….zip."),
                    params=(source,)) from exc


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    seconds: float
    removed: tuple[Path, ...] = ()
    phases: dict[str, float] = field(default_factory=dict)  # snapshot, write, verify (s)


@dataclass(frozen=True)
class BackupStatus:
    last_ok_at: dt.datetime | None
    last_path: str
    last_error: str
    stale: bool  # older than the schedule allows (or none at all)

    def label(self) -> str:
        if self.last_ok_at is None:
            return QT_TRANSLATE_NOOP("Messages", "belum pernah")
        return self.last_ok_at.strftime("%d-%m-%Y %H:%M")


@dataclass(frozen=True)
class StagedRestore:
    manifest: Manifest
    safety: Path | None
    backup: Path


# ------------------------------------------------------------------------------- small pieces
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _sqlite_facts(path: Path, check: bool = True) -> tuple[str, int, str, dict[str, int]]:
    """(integrity finding, schema version, database id, row counts) of a SQLite file; with
    ``check=False`` the finding is "ok" unread (the caller checks the same bytes later)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        finding = "ok"
        if check:
            finding = "; ".join(str(r[0]) for r in
                                conn.execute("PRAGMA integrity_check(5)").fetchall())
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'document_fts%' ORDER BY name")]
        counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                  for t in tables}
        version = 1
        if "schema_version" in tables:
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = int(row[0]) if row else 1
        db_id = ""
        if "store_identity" in tables:
            row = conn.execute("SELECT database_id FROM store_identity LIMIT 1").fetchone()
            db_id = str(row[0]) if row else ""
        return finding, version, db_id, counts
    finally:
        conn.close()


def _os_message(exc: OSError, where: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Disk tujuan penuh: %1. Kosongkan ruang atau pilih folder lain; "
            "cadangan yang belum selesai sudah dihapus."), where)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Folder %1 hanya-baca atau tidak boleh ditulisi. Periksa izin folder "
            "atau kunci tulis pada flashdisk, atau pilih folder lain."), where)
    return sentence(QT_TRANSLATE_NOOP("Messages", "Tidak dapat menulis ke %1: %2."), where,
                    exc.strerror or exc)


def _now_local() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S")


def parse_stamp(name: str) -> dt.datetime | None:
    """The time in a backup's file name (``jdih-cadangan-20261201-213000.zip``)."""
    for prefix in (PREFIX, SAFETY_PREFIX):
        if name.startswith(prefix) and name.endswith(".zip"):
            try:
                return dt.datetime.strptime(name[len(prefix):-4][:15], "%Y%m%d-%H%M%S")
            except ValueError:
                return None
    return None


def rotation_keep(names: list[str], daily: int, weekly: int, monthly: int) -> set[str]:
    """Which regular backups to keep: the newest of each of the last ``daily`` days, of the
    last ``weekly`` ISO weeks and of the last ``monthly`` months (grandfather-father-son)."""
    dated = sorted(((parse_stamp(n), n) for n in names if n.startswith(PREFIX)
                    and parse_stamp(n)), reverse=True)
    keep: set[str] = set()
    for count, key in ((daily, lambda d: d.date()),
                       (weekly, lambda d: d.isocalendar()[:2]),
                       (monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for when, name in dated:
            k = key(when)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(name)
    return keep


def pg_tool(name: str) -> str:
    """The path of ``pg_dump`` / ``pg_restore``; BackupError with what to install otherwise."""
    found = shutil.which(name)
    if not found:
        import glob

        candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) + sorted(
            glob.glob(f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"))
        found = candidates[-1] if candidates else None
    if not found:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Messages", "Alat PostgreSQL '%1' tidak ditemukan di komputer ini, jadi cadangan "
                "basis data server tidak dapat dibuat atau dipulihkan. Pasang "
                "PostgreSQL client tools (Debian/Ubuntu: paket postgresql-client; "
                "Windows: PostgreSQL installer, komponen Command Line Tools) lalu "
                "coba lagi."),
                params=(name,))
    return found


# ------------------------------------------------------------------------------------ service
class BackupService:
    """Backups of the bound database. No Qt; the UI runs these calls on a worker thread."""

    def __init__(self, data_dir: Path, db_url: str,
                 clock: Callable[[], dt.datetime] | None = None
                 ) -> None:
        from jdih_desktop.store.db import sqlite_path_of

        self.data_dir = data_dir
        self.db_url = db_url
        self.db_file = sqlite_path_of(db_url)
        self.engine = "sqlite" if db_url.startswith("sqlite") else "postgresql"
        self.clock = clock or _now_local

    # -- settings and status
    def settings(self) -> BackupSettings:
        return BackupSettings.load(self.data_dir)

    def save_settings(self, settings: BackupSettings) -> None:
        settings.validate()
        target = settings.target(self.data_dir)
        if not target.is_dir():
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Folder cadangan %1 tidak ada atau tidak dapat dijangkau. Pilih "
                    "folder yang ada (mis. di flashdisk atau disk lain)."),
                    params=(target,))
        settings.save(self.data_dir)

    def status(self, now: dt.datetime | None = None) -> BackupStatus:
        try:
            raw = json.loads((self.data_dir / STATUS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        last = raw.get("last_ok_at")
        when = dt.datetime.fromisoformat(last).replace(tzinfo=None) if last else None
        now = (now or dt.datetime.now()).replace(tzinfo=None)
        hours = self.settings().interval_hours
        # a day's grace beyond the schedule before the status bar warns
        stale = when is None or now - when > dt.timedelta(hours=hours + 24)
        return BackupStatus(when, raw.get("last_path", ""), raw.get("last_error", ""), stale)

    def due(self, now: dt.datetime | None = None) -> bool:
        """A scheduled backup is due (daily schedule on, last good one older than the interval)."""
        settings = self.settings()
        if not settings.daily:
            return False
        st = self.status(now)
        now = (now or dt.datetime.now()).replace(tzinfo=None)
        return st.last_ok_at is None or \
            now - st.last_ok_at >= dt.timedelta(hours=settings.interval_hours)

    def _record_status(self, ok: BackupResult | None, error: str = "") -> None:
        try:
            raw = json.loads((self.data_dir / STATUS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if ok is not None:
            raw.update(last_ok_at=ok.manifest.created_at, last_path=str(ok.path),
                       last_size=ok.path.stat().st_size, last_seconds=round(ok.seconds, 1),
                       last_error="")
        else:
            raw.update(last_error=error,
                       last_error_at=_now_local().isoformat(timespec="seconds"))
        write_atomic(self.data_dir / STATUS_FILE, json.dumps(raw, indent=2).encode("utf-8"))

    def list_backups(self, folder: Path | None = None) -> list[Path]:
        folder = folder or self.settings().target(self.data_dir)
        if not folder.is_dir():
            return []
        return sorted((p for p in folder.iterdir() if parse_stamp(p.name)), reverse=True)

    # -- making one
    def create(self, folder: Path | None = None, kind: str = "manual",
               progress: Progress | None = None) -> BackupResult:
        """Write, verify, record and rotate one backup; BackupError with the cause otherwise."""
        try:
            result = self._create(folder, kind, progress)
        except BackupError as exc:
            if kind != "safety":
                self._record_status(None, exc.message)
            raise
        if kind != "safety":
            self._record_status(result)
        return result

    def _create(self, folder: Path | None, kind: str, progress: Progress | None) -> BackupResult:
        settings = self.settings()
        target = Path(folder) if folder else settings.target(self.data_dir)
        if not target.is_dir():
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Folder cadangan %1 tidak ada atau tidak dapat dijangkau "
                    "(flashdisk dicabut atau folder jaringan terputus?). Pasang "
                    "drive-nya atau pilih folder lain di Pengaturan → Cadangan."),
                    params=(target,))
        try:  # the real cause first: a read-only stick says so before any work is done
            with tempfile.NamedTemporaryFile(dir=target, prefix=".jdih-write-test-"):
                pass
        except OSError as exc:
            raise BackupError(_os_message(exc, target)) from exc
        t0 = time.perf_counter()
        created = self.clock()
        prefix = SAFETY_PREFIX if kind == "safety" else PREFIX
        final = target / f"{prefix}{_stamp(created)}.zip"
        n = 1
        while final.exists():
            final = target / f"{prefix}{_stamp(created)}-{n}.zip"
            n += 1
        staging = Path(tempfile.mkdtemp(prefix="backup-", dir=self._staging_root()))
        partial = target / f".{final.name}.partial"
        try:
            if progress:
                progress(0, 3)
            member, manifest = (self._sqlite_snapshot(staging, created, kind)
                                if self.engine == "sqlite"
                                else self._pg_snapshot(staging, created, kind))
            phases = {"snapshot": time.perf_counter() - t0}
            need = member.stat().st_size + (1 << 20)
            free = shutil.disk_usage(target).free
            if free < need:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Disk tujuan penuh: %1 (sisa %2 MB, perlu sampai %3 MB). "
                        "Kosongkan ruang atau pilih folder lain."),
                        params=(target, free // (1 << 20), need // (1 << 20)))
            if progress:
                progress(1, 3)
            try:
                with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                                     compresslevel=1, allowZip64=True) as zf:
                    zf.writestr(MANIFEST, manifest.to_json())
                    zf.write(member, manifest.member)
                with open(partial, "rb") as f:
                    os.fsync(f.fileno())
                os.replace(partial, final)
            except OSError as exc:
                raise BackupError(_os_message(exc, target)) from exc
            phases["write"] = time.perf_counter() - t0 - phases["snapshot"]
            if progress:
                progress(2, 3)
            try:
                self.verify(final)
            except BackupError as exc:
                final.unlink(missing_ok=True)
                if "rusak di dalam" in exc.message:  # the live file itself is damaged
                    raise BackupError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Basis data %1 rusak; cadangan tidak dibuat agar cadangan "
                            "yang baik tidak tergeser rotasi. Pulihkan dari cadangan "
                            "terakhir (jdih-desktop restore BERKAS)."),
                            params=(self.db_file,)) from exc
                raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            if partial.exists():
                partial.unlink(missing_ok=True)
        phases["verify"] = time.perf_counter() - t0 - phases["snapshot"] - phases["write"]
        removed: tuple[Path, ...] = ()
        if kind != "safety":
            removed = self.rotate(target, settings)
        took = time.perf_counter() - t0
        log.info("backup written and verified: %s (%d bytes, %.1f s: %s)", final,
                 final.stat().st_size, took,
                 ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()))
        return BackupResult(final, manifest, took, removed,
                            {k: round(v, 2) for k, v in phases.items()})

    def _staging_root(self) -> Path:
        root = self.data_dir / "cache"
        root.mkdir(parents=True, exist_ok=True)
        return root

    def _manifest(self, created: dt.datetime, kind: str, member: str, path: Path,
                  version: int, db_id: str, counts: dict[str, int]) -> Manifest:
        return Manifest(FORMAT, APP, __version__, self.engine, version, db_id,
                        created.isoformat(timespec="seconds"), socket.gethostname(), kind,
                        member, path.stat().st_size, _sha256(path), counts)

    def _sqlite_snapshot(self, staging: Path, created: dt.datetime, kind: str
                         ) -> tuple[Path, Manifest]:
        assert self.db_file is not None
        if not self.db_file.exists():
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Basis data %1 tidak ditemukan; tidak ada yang dapat dicadangkan."),
                    params=(self.db_file,))
        out = staging / SQLITE_MEMBER
        try:
            conn = sqlite3.connect(self.db_file, timeout=30)
            try:
                conn.execute("PRAGMA busy_timeout = 30000")
                conn.execute("VACUUM INTO ?", (str(out),))
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            from jdih_desktop.store.db import describe_database_error

            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan tidak dapat dibuat: %1"),
                    params=(describe_database_error(exc, self.db_file),)) from exc
        except OSError as exc:
            raise BackupError(_os_message(exc, staging)) from exc
        # The full integrity_check runs once, in verify(), on the bytes read back from the zip;
        # a damaged source fails there and its backup is deleted, never recorded as good.
        _finding, version, db_id, counts = _sqlite_facts(out, check=False)
        return out, self._manifest(created, kind, SQLITE_MEMBER, out, version, db_id, counts)

    def _pg_snapshot(self, staging: Path, created: dt.datetime, kind: str
                     ) -> tuple[Path, Manifest]:
        from jdih_desktop.store.folder import database_id
        from jdih_desktop.store.migrations import current_version
        from jdih_desktop.store.models import database_proxy

        dump = pg_tool("pg_dump")
        out = staging / PG_MEMBER
        db = database_proxy.obj
        counts = _pg_counts(db)
        version = current_version(db) or 0
        db_id = database_id(db) or ""
        proc = subprocess.run([dump, "--format=custom", "--no-owner", f"--file={out}",
                               f"--dbname={self.db_url}"], capture_output=True, text=True,
                              timeout=3600)
        if proc.returncode != 0:
            raise BackupError(QT_TRANSLATE_NOOP("Messages", "pg_dump gagal: %1"),
                              params=((proc.stderr.strip().splitlines() or ["?"])[-1],))
        return out, self._manifest(created, kind, PG_MEMBER, out, version, db_id, counts)

    # -- checking one
    def verify(self, path: Path) -> Manifest:
        """Read the whole backup back: manifest, sha256, integrity and counts (SQLite) or the
        archive's table of contents (PostgreSQL). BackupError naming what is wrong."""
        manifest = self.read_manifest(path)
        staging = Path(tempfile.mkdtemp(prefix="verify-", dir=self._staging_root()))
        try:
            member = self._extract(path, manifest, staging)
            if manifest.engine == "sqlite":
                finding, version, _db_id, counts = _sqlite_facts(member)
                if finding != "ok":
                    raise BackupError(QT_TRANSLATE_NOOP(
                            "Messages", "Cadangan %1 rusak di dalam (%2)."),
                            params=(path.name, finding[:100]))
                if counts != manifest.counts or version != manifest.schema_version:
                    raise BackupError(QT_TRANSLATE_NOOP(
                            "Messages", "Isi cadangan %1 tidak sesuai dengan manifest-nya (jumlah "
                            "baris berbeda)."),
                            params=(path.name,))
            else:
                proc = subprocess.run([pg_tool("pg_restore"), "--list", str(member)],
                                      capture_output=True, text=True, timeout=600)
                if proc.returncode != 0 or "TABLE DATA" not in proc.stdout:
                    raise BackupError(QT_TRANSLATE_NOOP(
                            "Messages", "Cadangan %1 tidak dapat dibaca pg_restore: %2"),
                            params=(path.name, proc.stderr.strip()[:200]))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return manifest

    def read_manifest(self, path: Path) -> Manifest:
        path = Path(path)
        if not path.is_file():
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas cadangan %1 tidak ada."),
                    params=(path,))
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
                if MANIFEST not in names:
                    raise BackupError(QT_TRANSLATE_NOOP(
                            "Messages", "%1 bukan berkas cadangan JDIH Desktop (tidak ada "
                            "manifest.json)."),
                            params=(path,))
                manifest = Manifest.from_json(zf.read(MANIFEST), path)
                if manifest.member not in names:
                    raise BackupError(QT_TRANSLATE_NOOP(
                            "Messages", "Cadangan %1 tidak lengkap: %2 tidak ada di dalamnya."),
                            params=(path.name, manifest.member))
        except zipfile.BadZipFile as exc:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 bukan berkas cadangan JDIH Desktop (bukan arsip zip yang "
                    "utuh)."),
                    params=(path,)) from exc
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Berkas cadangan %1 tidak dapat dibaca: %2."),
                    params=(path, exc.strerror or exc)) from exc
        return manifest

    def _extract(self, path: Path, manifest: Manifest, staging: Path) -> Path:
        out = staging / manifest.member
        h = hashlib.sha256()
        try:
            with zipfile.ZipFile(path) as zf, zf.open(manifest.member) as src, \
                    open(out, "wb") as dst:
                while chunk := src.read(_CHUNK):
                    h.update(chunk)
                    dst.write(chunk)
        except zipfile.BadZipFile as exc:  # CRC mismatch
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan %1 rusak: %2."),
                    params=(path.name, exc)) from exc
        except OSError as exc:
            raise BackupError(_os_message(exc, staging)) from exc
        if h.hexdigest() != manifest.sha256:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan %1 rusak: sidik sha256 tidak cocok dengan manifest."),
                    params=(path.name,))
        return out

    # -- rotation
    def rotate(self, folder: Path, settings: BackupSettings | None = None) -> tuple[Path, ...]:
        settings = settings or self.settings()
        names = [p.name for p in folder.iterdir() if p.name.startswith(PREFIX)
                 and parse_stamp(p.name)]
        keep = rotation_keep(names, settings.keep_daily, settings.keep_weekly,
                             settings.keep_monthly)
        removed = []
        for name in names:
            if name not in keep:
                try:
                    (folder / name).unlink()
                    removed.append(folder / name)
                except OSError:
                    log.warning("could not remove old backup %s", folder / name)
        return tuple(removed)

    # -- restore
    def preview(self, path: Path, full: bool = True) -> Manifest:
        """What the backup holds; refuses foreign, newer, other engine and (``full``: read
        back and checked whole) damaged files. ``stage_restore`` checks the bytes it puts in
        place in any case."""
        from jdih_desktop.store.migrations import LATEST

        manifest = self.read_manifest(Path(path))
        if manifest.engine != self.engine:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan ini dari basis data %1, sedangkan desk ini memakai %2; "
                    "tidak dapat dipulihkan di sini."),
                    params=(manifest.engine, self.engine))
        if manifest.schema_version > LATEST:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Cadangan dibuat oleh versi aplikasi yang lebih baru (skema v%1, "
                    "aplikasi ini sampai v%2, dibuat oleh %3). Perbarui JDIH Desktop "
                    "dahulu; tidak ada yang diubah."),
                    params=(manifest.schema_version, LATEST, manifest.app_version))
        return self.verify(Path(path)) if full else manifest

    def require_admin(self, officer_id: int | None, *, console: bool = False) -> None:
        """Only an administrator restores. The command line is run by whoever holds the
        computer's own account (``console``); the app passes the officer at the desk."""
        if console:
            return
        from jdih_desktop.store.models import Officer

        officer = Officer.get_or_none(Officer.id == officer_id) if officer_id else None
        if officer is None or officer.role != "admin" or not officer.active:
            name = officer.full_name if officer else "petugas yang bertugas"
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Hanya administrator yang dapat memulihkan cadangan (%1 bukan "
                    "administrator). Minta administrator melakukannya."),
                    params=(name,))

    def stage_restore(self, path: Path, officer_id: int | None, *, console: bool = False,
                      progress: Progress | None = None) -> StagedRestore:
        """Check the officer and the file, back up the current state, put the restored
        database beside the live one; it takes effect at the next start (SQLite)."""
        self.require_admin(officer_id, console=console)
        manifest = self.preview(path, full=False)
        if self.engine != "sqlite":
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Basis data PostgreSQL dipulihkan ke basis data kosong: jalankan "
                    "jdih-desktop --db postgresql://…/BASIS_DATA_KOSONG restore "
                    "BERKAS."))
        assert self.db_file is not None
        if progress:
            progress(0, 2)
        staging = Path(tempfile.mkdtemp(prefix="restore-", dir=self._staging_root()))
        try:
            # the backup is checked whole before anything else is done
            member = self._extract(Path(path), manifest, staging)  # sha256 compared
            finding, version, _db_id, counts = _sqlite_facts(member)
            if finding != "ok" or counts != manifest.counts \
                    or version != manifest.schema_version:
                raise BackupError(QT_TRANSLATE_NOOP(
                        "Messages", "Cadangan %1 rusak di dalam (%2); tidak ada yang diubah."),
                        params=(Path(path).name, finding[:100]))
            safety = self._safety_copy(progress)
            if progress:
                progress(1, 2)
            ready = self.db_file.with_name(self.db_file.name + ".restore-pending")
            try:
                shutil.move(str(member), ready)
            except OSError as exc:
                raise BackupError(_os_message(exc, self.db_file.parent)) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        write_atomic(self.data_dir / PENDING_FILE, json.dumps({
            "file": str(ready), "target": str(self.db_file), "database_id": manifest.database_id,
            "sha256": manifest.sha256, "backup": str(path),
            "safety": str(safety) if safety else "",
            "staged_at": _now_local().isoformat(timespec="seconds")}, indent=2).encode())
        log.info("restore of %s staged (safety copy %s)", path, safety)
        return StagedRestore(manifest, safety, Path(path))

    def _safety_copy(self, progress: Progress | None) -> Path | None:
        """A backup of the current state before it is replaced; a damaged file is copied as
        it is (bytes), so nothing is ever lost by restoring."""
        assert self.db_file is not None
        if not self.db_file.exists():
            return None
        target = self.settings().target(self.data_dir)
        if not target.is_dir():
            target = self.data_dir / "backups"
            target.mkdir(parents=True, exist_ok=True)
        try:
            return self.create(target, kind="safety").path
        except BackupError as exc:
            if "rusak" not in exc.message and "malformed" not in exc.message:
                raise
        raw = target / f"{SAFETY_PREFIX}{_stamp(self.clock())}-rusak.sqlite3"
        try:
            conn = sqlite3.connect(f"file:{self.db_file}?mode=ro", uri=True)
            conn.close()
            shutil.copy2(self.db_file, raw)
            for suffix in ("-wal", "-shm"):
                side = Path(str(self.db_file) + suffix)
                if side.exists():
                    shutil.copy2(side, Path(str(raw) + suffix))
        except OSError as exc:
            raise BackupError(_os_message(exc, target)) from exc
        return raw

    # -- PostgreSQL restore
    def restore_postgres(self, path: Path, officer_id: int | None, *, console: bool = False
                         ) -> Manifest:
        """``pg_restore`` into the bound (empty) PostgreSQL database, then compare counts."""
        from jdih_desktop.store.models import database_proxy

        self.require_admin(officer_id, console=console)
        manifest = self.preview(path)
        db = database_proxy.obj
        if db.get_tables():
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Basis data PostgreSQL tujuan tidak kosong. Buat basis data "
                    "kosong (createdb NAMA), lalu pulihkan ke sana dengan --db "
                    "postgresql://…/NAMA; data yang ada tidak ditimpa."))
        restore = pg_tool("pg_restore")
        staging = Path(tempfile.mkdtemp(prefix="restore-", dir=self._staging_root()))
        try:
            member = self._extract(Path(path), manifest, staging)
            db.close()
            proc = subprocess.run([restore, "--no-owner", "--exit-on-error",
                                   "--single-transaction", f"--dbname={self.db_url}",
                                   str(member)], capture_output=True, text=True, timeout=3600)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        if proc.returncode != 0:
            raise BackupError(QT_TRANSLATE_NOOP("Messages", "pg_restore gagal: %1"),
                              params=((proc.stderr.strip() or "?")[-300:],))
        db.connect(reuse_if_open=True)
        counts = _pg_counts(db)
        if counts != manifest.counts:
            raise BackupError(QT_TRANSLATE_NOOP(
                    "Messages", "Pemulihan PostgreSQL selesai tetapi jumlah baris tidak sama "
                    "dengan manifest; periksa basis datanya sebelum dipakai."))
        return manifest


def _pg_counts(db) -> dict[str, int]:
    tables = sorted(t for t in db.get_tables() if not t.startswith("document_fts"))
    return {t: int(db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def apply_pending_restore(data_dir: Path, db_file: Path) -> bool:
    """Put a staged restore in place before the database is opened; True when one was applied.

    The live file (with its -wal/-shm) is replaced by the verified restored file in one rename;
    the folder's record takes the restored database's id. Called by ``app.open_context``.
    """
    from jdih_desktop.store import folder

    pending = data_dir / PENDING_FILE
    if not pending.exists():
        return False
    try:
        info = json.loads(pending.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.error("unreadable %s; restore not applied", pending)
        return False
    ready = Path(info.get("file", ""))
    deadline = time.monotonic() + 20
    while folder.running_pid(data_dir) and time.monotonic() < deadline:
        time.sleep(0.2)  # the instance that staged the restore is still closing
    if folder.running_pid(data_dir):
        raise BackupError(QT_TRANSLATE_NOOP(
                "Messages", "JDIH Desktop yang lain masih berjalan pada folder data ini; "
                "pemulihan belum dipasang. Tutup semua jendela JDIH Desktop, lalu "
                "buka lagi."))
    if Path(info.get("target", "")) != db_file or not ready.is_file():
        log.warning("pending restore for %s does not match %s; ignored", info.get("target"),
                    db_file)
        return False
    if _sha256(ready) != info.get("sha256"):
        raise BackupError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas pemulihan %1 rusak sebelum dipasang; basis data lama tidak "
                "diubah. Ulangi pemulihan."),
                params=(ready,))
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    os.replace(ready, db_file)
    folder.record(data_dir, db_file, info.get("database_id") or "")
    # the restored file was checked whole (integrity_check) when it was staged
    folder.record_check(data_dir, "ok")
    pending.unlink(missing_ok=True)
    log.info("restore applied: %s from %s", db_file, info.get("backup"))
    return True
