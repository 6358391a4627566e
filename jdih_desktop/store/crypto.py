"""Personal images at rest: signatures and identity-card scans are Fernet tokens in the database.

The key lives in the data folder's ``keys/blob.key``. On Windows the file holds the key wrapped
by DPAPI in machine scope (``win32crypt.CryptProtectData`` with ``CRYPTPROTECT_LOCAL_MACHINE``),
so a copy of the file on another PC opens nothing; elsewhere the file holds the key itself and is
created readable by its owner only (0600, in a 0700 folder). Backups copy the database, so they
carry the blobs still encrypted; restoring on another machine needs the key exported by an
administrator (``jdih-desktop key export``).

The key is process-wide, like the database proxy: ``install_key`` is called by the composition
root before the database is migrated, and :class:`EncryptedBlobField` uses it transparently, so
every query that reads or writes a signature or scan goes through it. A blob written before
encryption existed (plain PNG/JPEG bytes) still reads as it is, and migration 9 encrypts them.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from peewee import BlobField

from jdih_desktop.errors import StoreError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEY_FILE = Path("keys") / "blob.key"
_TOKEN_PREFIX = b"gAAAAA"  # every Fernet token (version byte 0x80, base64) starts so
_CRYPTPROTECT_LOCAL_MACHINE = 0x4

_fernet: Fernet | None = None


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def load_or_create_key(data_dir: Path) -> bytes:
    """The data folder's key; created on first use (0600 on POSIX, DPAPI-wrapped on Windows)."""
    path = key_path(data_dir)
    if path.exists():
        raw = path.read_bytes()
        return _unwrap(raw)
    key = Fernet.generate_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(_wrap(key))
        fh.flush()
        os.fsync(fh.fileno())
    log.info("new at-rest key created in %s", path.parent)
    return key


def _wrap(key: bytes) -> bytes:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import win32crypt

        return win32crypt.CryptProtectData(key, "JDIH Desktop", None, None, None,
                                           _CRYPTPROTECT_LOCAL_MACHINE)
    return key


def _unwrap(raw: bytes) -> bytes:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import win32crypt

        try:
            return win32crypt.CryptUnprotectData(raw, None, None, None,
                                                 _CRYPTPROTECT_LOCAL_MACHINE)[1]
        except Exception as exc:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Messages", "Kunci enkripsi data pribadi tidak dapat dibuka di komputer ini "
                "(berkas kunci dari komputer lain?). Impor kunci yang diekspor administrator."),
                detail=str(exc)) from exc
    return raw.strip()


def install_key(key: bytes | None) -> None:
    """Use ``key`` for every encrypted field from now on (None: none installed)."""
    global _fernet
    _fernet = Fernet(key) if key else None


def has_key() -> bool:
    return _fernet is not None


def is_token(value: bytes | None) -> bool:
    return bool(value) and bytes(value[:6]) == _TOKEN_PREFIX


def encrypt(data: bytes) -> bytes:
    if _fernet is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Kunci enkripsi data pribadi belum dimuat; data pribadi tidak "
            "disimpan. Mulai ulang aplikasi."))
    return _fernet.encrypt(bytes(data))


def decrypt(token: bytes) -> bytes:
    if _fernet is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Kunci enkripsi data pribadi belum dimuat; tanda tangan dan pindaian "
            "tidak dapat dibuka."))
    try:
        return _fernet.decrypt(bytes(token))
    except InvalidToken as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Tanda tangan atau pindaian ini dienkripsi dengan kunci lain (basis "
            "data dipulihkan dari komputer lain?). Impor kunci yang diekspor "
            "administrator.")) from exc


class EncryptedBlobField(BlobField):
    """A BLOB stored as a Fernet token; reads give the clear bytes back."""

    def db_value(self, value):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        raw = bytes(value)
        if not is_token(raw):
            raw = encrypt(raw)
        return super().db_value(raw)

    def python_value(self, value):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        raw = bytes(value)
        return decrypt(raw) if is_token(raw) else raw
