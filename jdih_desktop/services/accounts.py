"""Sign-in, the idle lock, passwords and PINs, and the machine tokens of scheduled tasks.

Passwords and PINs are stored as argon2id hashes (argon2-cffi); no default password exists: a
new data folder has no account that can sign in until the first-start step creates the
administrator (:meth:`AccountService.create_first_admin`).

Failed sign-ins grow a delay per account: after three failures each further attempt must wait
2, 4, 8 ... seconds (at most 5 minutes) from the last failure, counted in the database so a
restart does not reset it. An attempt made inside the delay is refused without checking the
password. Every success and failure is an audit row and a log line (ids only).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit
from jdih_desktop.services.session import (
    ADMIN,
    ADMIN_ONLY,
    TASK,
    Actor,
    NotSignedIn,
    Session,
    requires,
)
from jdih_desktop.store.models import Officer, Setting, database_proxy

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
FREE_FAILURES = 3  # failures before the delay starts
MAX_DELAY_S = 300
MIN_PASSWORD = 8
TOKEN_FILE = Path("keys") / "task.token"
TASK_SCOPES = frozenset({"retention", "backup"})
_FAIL_KEY = "auth.failures:"
_TOKEN_KEY = "auth.task_token:"


class SignInError(JdihError):
    """Wrong user name or password (the message never says which of the two)."""


class SignInDelayed(SignInError):
    """Too many failures: wait ``seconds`` before the next attempt."""

    def __init__(self, seconds: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik."),
            params=(seconds,))
        self.seconds = seconds


def failure_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures (0 for the first three)."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_S, 2 ** (failures - FREE_FAILURES + 1))


def check_password(password: str) -> str | None:
    """The problem with a new password, or None."""
    if len(password) < MIN_PASSWORD:
        return sentence(QT_TRANSLATE_NOOP("Messages", "Kata sandi paling sedikit %1 karakter."),
                        MIN_PASSWORD)
    if len(set(password)) < 4:
        return QT_TRANSLATE_NOOP(
            "Messages", "Kata sandi terlalu mudah ditebak — pakai campuran huruf, angka dan "
            "tanda baca.")
    return None


def check_pin(pin: str) -> str | None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        return QT_TRANSLATE_NOOP("Messages", "PIN harus 4 sampai 8 angka.")
    if len(set(pin)) == 1:
        return QT_TRANSLATE_NOOP("Messages", "PIN tidak boleh satu angka berulang.")
    return None


class AccountService:
    """Accounts of the desk: first administrator, sign-in/out, lock/unlock, passwords, PINs."""

    def __init__(self, clock: Clock, session: Session | None = None,
                 hasher: PasswordHasher | None = None) -> None:
        self.clock = clock
        self.session = session or Session()
        # Tests give a cheaper hasher through the container; the app uses argon2's defaults.
        self.hasher = hasher or PasswordHasher()

    # ------------------------------------------------------------------ first start
    def needs_first_admin(self) -> bool:
        """True while no active administrator can sign in (a new data folder)."""
        return not Officer.select().where(
            (Officer.role == ADMIN) & (Officer.active == True)  # noqa: E712
            & Officer.password_hash.is_null(False)).exists()

    def create_first_admin(self, full_name: str, username: str, password: str,
                           pin: str = "") -> Actor:
        """Create the administrator of a new data folder and sign them in.

        Refused once an administrator exists: later accounts are made by an administrator.
        """
        errors: dict[str, str] = {}
        name = " ".join(full_name.split())
        user = username.strip().lower()
        if not name:
            errors["full_name"] = QT_TRANSLATE_NOOP(
                "Messages", "Nama lengkap administrator wajib diisi.")
        if not user or not user.replace(".", "").replace("_", "").isalnum() or len(user) > 64:
            errors["username"] = (QT_TRANSLATE_NOOP(
                "Messages", "Nama pengguna: huruf kecil, angka, titik atau garis bawah (paling "
                "banyak 64)."))
        problem = check_password(password)
        if problem:
            errors["password"] = problem
        if pin and (pin_problem := check_pin(pin)):
            errors["pin"] = pin_problem
        if errors:
            raise ValidationError(errors)
        with database_proxy.atomic():
            if not self.needs_first_admin():
                raise SignInError(QT_TRANSLATE_NOOP(
                        "Messages", "Administrator sudah ada — masuk dengan akunnya, lalu buat "
                        "akun lain di Pengaturan → Petugas."))
            row = Officer.get_or_none(Officer.username == user)
            if row is None:
                row = Officer.create(username=user, full_name=name, role=ADMIN, active=True,
                                     created_at=self.clock())
            else:
                row.full_name, row.role, row.active = name, ADMIN, True
            row.password_hash = self.hasher.hash(password)
            row.pin_hash = self.hasher.hash(pin) if pin else None
            row.save()
            audit.record("account.first_admin", "officer", row.id, {}, officer=row.id,
                         at=self.clock())
        log.info("first administrator created (officer %s)", row.id)
        return self._signed_in(row, "auth.sign_in")

    # ------------------------------------------------------------------ sign-in
    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password and make the account the session's actor."""
        user = username.strip().lower()
        row = Officer.get_or_none(Officer.username == user)
        key = _FAIL_KEY + user[:80]
        count, last = self._failures(key)
        wait = failure_delay(count)
        now = self.clock()
        if wait and last is not None and now < last + dt.timedelta(seconds=wait):
            left = math.ceil((last + dt.timedelta(seconds=wait) - now).total_seconds())
            log.warning("sign-in refused during delay (officer %s, %s failures)",
                        row.id if row else None, count)
            raise SignInDelayed(left)
        if row is None or not row.active or not self._verify(row.password_hash, password):
            count += 1
            self._store_failures(key, count, now)
            audit.record("auth.fail", "officer", row.id if row else None,
                         {"failures": count}, at=now)
            log.warning("sign-in failed (officer %s, failure %s, next delay %ss)",
                        row.id if row else None, count, failure_delay(count))
            raise SignInError(QT_TRANSLATE_NOOP(
                    "Messages", "Nama pengguna atau kata sandi salah."))
        if count:
            self._store_failures(key, 0, None)
        self._rehash(row, password)
        return self._signed_in(row, "auth.sign_in")

    def switch(self, username: str, password: str) -> Actor:
        """Shift change: the next officer signs in over the current one (one dialog)."""
        before = self.session.actor
        actor = self.sign_in(username, password)
        if before is not None and before.officer_id != actor.officer_id:
            audit.record("auth.switch", "officer", actor.officer_id,
                         {"from": before.officer_id}, officer=actor.officer_id, at=self.clock())
        return actor

    def sign_out(self) -> None:
        actor = self.session.actor
        if actor is not None and actor.officer_id is not None:
            audit.record("auth.sign_out", "officer", actor.officer_id, {},
                         officer=actor.officer_id, at=self.clock())
        self.session.set_actor(None)

    # ------------------------------------------------------------------ idle lock
    def lock(self) -> None:
        actor = self.session.actor
        if actor is None:
            return
        self.session.locked = True
        audit.record("auth.lock", "officer", actor.officer_id, {}, officer=actor.officer_id,
                     at=self.clock())

    def unlock(self, secret: str) -> Actor:
        """Unlock with the signed-in officer's PIN or password (failures count as sign-ins)."""
        actor = self.session.actor
        if actor is None or actor.officer_id is None:
            raise NotSignedIn(QT_TRANSLATE_NOOP(
                    "Messages", "Tidak ada yang masuk — masuk dengan nama pengguna dan kata "
                    "sandi."))
        row = Officer.get_by_id(actor.officer_id)
        key = _FAIL_KEY + row.username
        count, last = self._failures(key)
        wait = failure_delay(count)
        now = self.clock()
        if wait and last is not None and now < last + dt.timedelta(seconds=wait):
            raise SignInDelayed(math.ceil((last + dt.timedelta(seconds=wait) - now)
                                          .total_seconds()))
        ok = (self._verify(row.pin_hash, secret) if secret.isdigit() and row.pin_hash
              else False) or self._verify(row.password_hash, secret)
        if not ok:
            count += 1
            self._store_failures(key, count, now)
            audit.record("auth.unlock_fail", "officer", row.id, {"failures": count}, at=now)
            log.warning("unlock failed (officer %s, failure %s)", row.id, count)
            raise SignInError(QT_TRANSLATE_NOOP(
                    "Messages", "PIN atau kata sandi salah."))
        if count:
            self._store_failures(key, 0, None)
        self.session.locked = False
        audit.record("auth.unlock", "officer", row.id, {}, officer=row.id, at=now)
        return actor

    def verify_officer_pin(self, secret: str) -> bool:
        """For leaving the visitor screen: the signed-in officer's PIN or password."""
        actor = self.session.actor
        if actor is None or actor.officer_id is None:
            return False
        row = Officer.get_by_id(actor.officer_id)
        ok = (secret.isdigit() and self._verify(row.pin_hash, secret)) \
            or self._verify(row.password_hash, secret)
        audit.record("kiosk.leave" if ok else "kiosk.leave_fail", "officer", row.id, {},
                     officer=row.id, at=self.clock())
        return ok

    # ------------------------------------------------------------------ passwords, PINs
    def set_password(self, officer_id: int, password: str) -> None:
        """An administrator sets anyone's password; an officer only their own."""
        actor = self.session.require((ADMIN, "officer", "head"), "mengganti kata sandi")
        if actor.role != ADMIN and actor.officer_id != officer_id:
            self.session.require(ADMIN_ONLY, "mengganti kata sandi petugas lain")
        problem = check_password(password)
        if problem:
            raise ValidationError({"password": problem})
        with database_proxy.atomic():
            row = Officer.get_by_id(officer_id)
            row.password_hash = self.hasher.hash(password)
            row.save()
            audit.record("account.password", "officer", officer_id, {},
                         officer=actor.officer_id, at=self.clock())

    def set_pin(self, pin: str) -> None:
        """The signed-in officer's own unlock PIN (empty removes it)."""
        actor = self.session.require((ADMIN, "officer", "head"), "mengatur PIN")
        if pin and (problem := check_pin(pin)):
            raise ValidationError({"pin": problem})
        with database_proxy.atomic():
            row = Officer.get_by_id(actor.officer_id)
            row.pin_hash = self.hasher.hash(pin) if pin else None
            row.save()
            audit.record("account.pin", "officer", row.id, {"set": bool(pin)},
                         officer=row.id, at=self.clock())

    # ------------------------------------------------------------------ scheduled tasks
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "membuat token tugas terjadwal"))
    def create_task_token(self, data_dir: Path, scopes: frozenset[str] = TASK_SCOPES) -> Path:
        """Write a random token to ``keys/task.token`` (0600) for this machine's scheduled
        tasks; the database keeps only its SHA-256. A new token replaces the old one."""
        bad = set(scopes) - TASK_SCOPES
        if bad:
            raise ValidationError({"scopes": (QT_TRANSLATE_NOOP(
                "Messages", "Tugas tidak dikenal: %1."), ", ".join(sorted(bad)))})
        token = secrets.token_urlsafe(32)
        path = data_dir / TOKEN_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(token + "\n")
        os.replace(tmp, path)
        value = json.dumps({"sha256": hashlib.sha256(token.encode()).hexdigest(),
                            "scopes": sorted(scopes)})
        key = _TOKEN_KEY + _host()
        with database_proxy.atomic():
            (Setting.insert(key=key, value=value)
             .on_conflict(conflict_target=[Setting.key], update={Setting.value: value})
             .execute())
            audit.record("account.task_token", "machine", None, {"scopes": sorted(scopes)},
                         officer=self.session.officer_id, at=self.clock())
        return path

    def sign_in_task(self, data_dir: Path) -> Actor:
        """A scheduled task's actor from this machine's token file (no prompt)."""
        path = data_dir / TOKEN_FILE
        try:
            token = path.read_text(encoding="ascii").strip()
        except OSError as exc:
            raise SignInError(QT_TRANSLATE_NOOP(
                    "Messages", "Token tugas terjadwal tidak ada (%1). Administrator membuatnya "
                    "dengan: jdih-desktop account task-token."),
                    params=(path,)) from exc
        row = Setting.get_or_none(Setting.key == _TOKEN_KEY + _host())
        stored = json.loads(row.value) if row else {}
        if not stored or not secrets.compare_digest(
                stored.get("sha256", ""), hashlib.sha256(token.encode()).hexdigest()):
            audit.record("auth.task_fail", "machine", None, {}, at=self.clock())
            raise SignInError(QT_TRANSLATE_NOOP(
                    "Messages", "Token tugas terjadwal tidak berlaku lagi — administrator membuat "
                    "yang baru dengan: jdih-desktop account task-token."))
        actor = Actor(None, "task", "Tugas terjadwal", TASK, frozenset(stored.get("scopes", ())))
        self.session.set_actor(actor)
        return actor

    # ------------------------------------------------------------------ internals
    def _signed_in(self, row: Officer, action: str) -> Actor:
        actor = Actor(row.id, row.username, row.full_name, row.role)
        audit.record(action, "officer", row.id, {}, officer=row.id, at=self.clock())
        log.info("officer %s signed in (%s)", row.id, row.role)
        self.session.set_actor(actor)
        return actor

    def _verify(self, stored: str | None, secret: str) -> bool:
        if not stored or not secret:
            return False
        try:
            return self.hasher.verify(stored, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _rehash(self, row: Officer, password: str) -> None:
        try:
            if self.hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self.hasher.hash(password)
                row.save()
        except InvalidHashError:
            pass

    @staticmethod
    def _failures(key: str) -> tuple[int, dt.datetime | None]:
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            return 0, None
        data = json.loads(row.value)
        last = dt.datetime.fromisoformat(data["last"]) if data.get("last") else None
        return int(data.get("count", 0)), last

    @staticmethod
    def _store_failures(key: str, count: int, at: dt.datetime | None) -> None:
        with database_proxy.atomic():
            if count == 0:
                Setting.delete().where(Setting.key == key).execute()
                return
            value = json.dumps({"count": count, "last": at.isoformat() if at else None})
            (Setting.insert(key=key, value=value)
             .on_conflict(conflict_target=[Setting.key], update={Setting.value: value})
             .execute())


def _host() -> str:
    import socket

    return (socket.gethostname() or "desk")[:60]
