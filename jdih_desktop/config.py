"""Paths and the per-machine configuration file (``config.ini`` in the data folder).

Order of precedence for the data folder: ``--data-dir`` > ``JDIH_DATA_DIR`` > the platform's
per-machine folder (``C:\\ProgramData\\KPU Kota Singkawang\\JDIH Desktop`` on Windows, the
user's data folder elsewhere). For the database: ``--db`` > ``JDIH_DB_URL`` > ``[database] url``
in config.ini > ``jdih.sqlite3`` in the data folder.
"""

from __future__ import annotations

import configparser
import contextlib
import io
import os
import sys
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path

from jdih_desktop import APP_NAME, ORG_NAME
from jdih_desktop.errors import ConfigError
from jdih_desktop.fileio import write_atomic

DB_FILENAME = "jdih.sqlite3"
CONFIG_FILENAME = "config.ini"
# The version of the visit book's privacy notice text (ui/wizard/visit_book.py), recorded with
# every consent. Bump it whenever the wording changes. 2026-02: the retention period spelled
# out as implemented by services/retention.py. 2026-12: identity-card scans kept a number of days
# after the visit (``id_scan_retention_days``), a person's rights served at the desk.
PRIVACY_NOTICE_VERSION = "2026-12"


def default_data_dir() -> Path:
    import platformdirs  # here: a start with --data-dir (the demo, tests) does not load it

    if sys.platform == "win32":
        return Path(platformdirs.site_data_dir(APP_NAME, ORG_NAME))
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def demo_data_dir() -> Path:
    return default_data_dir().with_name(default_data_dir().name + " (demo)")


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("JDIH_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def prepare_data_dir(path: Path) -> Path:
    """Create the folder if needed and prove it is writable; ConfigError otherwise."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        for sub in ("logs", "backups", "cache"):
            (path / sub).mkdir(exist_ok=True)
        restrict_data_dir(path)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise ConfigError(
            f"Folder data tidak dapat ditulisi: {path}. Periksa izin folder atau pilih folder "
            "lain dengan --data-dir.", detail=str(exc)) from exc
    return path


def restrict_data_dir(path: Path) -> None:
    """POSIX: the data folder and its sub-folders 0700, its files 0600 (personal data inside).

    New files are created under a 077 umask by the app (see ``app.open_context``); this also
    tightens what an earlier version left 0755/0644. Windows: the installer sets the folder's
    ACL (README, "Keamanan data").
    """
    if os.name != "posix":
        return
    os.chmod(path, 0o700)
    for root, dirs, files in os.walk(path):
        for d in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, d), 0o700)
        for f in files:
            with contextlib.suppress(OSError):
                full = os.path.join(root, f)
                if not os.path.islink(full):
                    os.chmod(full, 0o600)


@dataclass
class OfficeConfig:
    name: str = "Komisi Pemilihan Umum Kota Singkawang"
    unit: str = "Perpustakaan JDIH — Subbagian Hukum"
    address: str = "Jl. Firdaus No. 1, Singkawang, Kalimantan Barat"
    city: str = "Singkawang"
    phone: str = ""
    email: str = ""
    logo: str = ""  # path to a PNG; empty: the bundled KPU-style mark
    officer_title: str = "Pengelola Pelayanan Hukum"
    officer_name: str = "Petugas Pelayanan Hukum"
    officer_nip: str = ""
    head_title: str = "Kepala Subbagian Hukum"
    head_name: str = ""
    head_nip: str = ""


@dataclass
class DevicesConfig:
    # A SPEC: simulated, network:HOST:PORT, usb:VID:PID, ...; "none" (chosen in the setup) or
    # empty (never chosen): no receipt printer, receipts are saved as PDF files instead.
    printer: str = ""
    scanner: str = ""  # simulated, sane:DEVICE, wia:ID; "none" or empty: no scanner
    paper_width_mm: int = 80
    printer_profile: str = "default"
    codepage: str = "ascii"  # "ascii" folds accents; or a code page name like "cp858"


@dataclass
class VisitBookConfig:
    """Which fields of the visit book are required; the SOP is reviewed twice a year."""

    required: list[str] = field(default_factory=lambda: [
        "full_name", "id_type", "id_number", "phone", "category", "purpose"])
    privacy_notice_version: str = PRIVACY_NOTICE_VERSION
    retention_years: int = 5
    # Identity-card scans go earlier than the rest: this many days after the visit.
    id_scan_retention_days: int = 30


@dataclass
class SecurityConfig:
    """Per-machine security settings (the roles and accounts live in the database)."""

    idle_lock_minutes: int = 10  # 0: never lock by itself


@dataclass
class AppConfig:
    path: Path
    office: OfficeConfig = field(default_factory=OfficeConfig)
    devices: DevicesConfig = field(default_factory=DevicesConfig)
    visit_book: VisitBookConfig = field(default_factory=VisitBookConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)
    database_url: str = ""
    language: str = "id"
    # The first-run setup (ui/setup/) was finished on this data folder: [app] setup_done.
    setup_done: bool = False

    @property
    def devices_configured(self) -> bool:
        return bool(self.devices.printer or self.devices.scanner)

    @property
    def printer_set_up(self) -> bool:
        """False when no receipt printer was chosen ("none" or never set): PDF instead."""
        return self.devices.printer.strip().lower() not in ("", "none")

    def save(self) -> None:
        """Write atomically (temp file + replace) so a crash never leaves half a config."""
        cp = configparser.ConfigParser(interpolation=None)
        for section, obj in (("office", self.office), ("devices", self.devices),
                             ("visit_book", self.visit_book), ("security", self.security)):
            cp[section] = {f.name: _to_ini(getattr(obj, f.name)) for f in fields(obj)}
        cp["app"] = {"language": self.language, "setup_done": _to_ini(self.setup_done)}
        cp["database"] = {"url": self.database_url}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = io.StringIO()
        text.write("# JDIH Desktop configuration (per machine). Edited by Pengaturan.\n")
        cp.write(text)
        write_atomic(self.path, text.getvalue().encode("utf-8"))


def _to_ini(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _from_ini(current: object, raw: str, where: str) -> object:
    if isinstance(current, bool):
        return raw.strip().lower() in ("1", "true", "yes", "ya", "on")
    if isinstance(current, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"{where}: harus berupa angka, bukan {raw!r}.") from exc
    if isinstance(current, list):
        return [p.strip() for p in raw.split(",") if p.strip()]
    return raw


def load_config(data_dir: Path) -> AppConfig:
    """Read config.ini from the data folder; missing keys keep their defaults."""
    path = data_dir / CONFIG_FILENAME
    cfg = AppConfig(path=path)
    if not path.exists():
        return cfg
    cp = configparser.ConfigParser(interpolation=None)
    try:
        cp.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"Berkas konfigurasi tidak dapat dibaca: {path} ({exc}).") from exc
    for section, obj in (("office", cfg.office), ("devices", cfg.devices),
                         ("visit_book", cfg.visit_book), ("security", cfg.security)):
        if not cp.has_section(section):
            continue
        for f in fields(obj):
            if cp.has_option(section, f.name):
                value = _from_ini(getattr(obj, f.name), cp.get(section, f.name),
                                  f"{path.name} [{section}] {f.name}")
                setattr(obj, f.name, value)
    # Pengaturan writes every field back, so an older version number in config.ini would label
    # consents given to the newer text shown on screen; the text's own version wins.
    if cfg.visit_book.privacy_notice_version < PRIVACY_NOTICE_VERSION:
        cfg.visit_book.privacy_notice_version = PRIVACY_NOTICE_VERSION
    cfg.database_url = cp.get("database", "url", fallback="").strip()
    cfg.language = cp.get("app", "language", fallback="id").strip() or "id"
    cfg.setup_done = _from_ini(False, cp.get("app", "setup_done", fallback="no"),
                               f"{path.name} [app] setup_done")
    return cfg


def resolve_db_url(cli_value: str | None, cfg: AppConfig, data_dir: Path) -> str:
    url = cli_value or os.environ.get("JDIH_DB_URL") or cfg.database_url
    if url:
        return url
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"
