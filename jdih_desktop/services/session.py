"""Who is signed in at this desk, and what their role allows.

One :class:`Session` per running app (or per command, or per test) lives in the service
container; every service the container builds holds the same object, and each protected call
begins with ``self.session.require(...)``. Widgets never pass an officer to decide a right: the
actor comes from the session, so a task manager or an operation running the call on another
thread checks the same person.

Roles (stored in ``officer.role``): ``admin`` (administrator: accounts, personal-data rights,
retention, audit, restore), ``officer`` (petugas: the desk's daily work), ``head`` (kepala:
reads reports, changes nothing). A scheduled task signs in with a machine token and gets the
``task`` role, which allows only the scopes the token was made for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.errors import JdihError

ADMIN, OFFICER, HEAD, TASK = "admin", "officer", "head", "task"
ROLE_NAMES = {ADMIN: QT_TRANSLATE_NOOP("Messages", "administrator"),
              OFFICER: QT_TRANSLATE_NOOP("Messages", "petugas"),
              HEAD: QT_TRANSLATE_NOOP("Messages", "kepala"),
              TASK: QT_TRANSLATE_NOOP("Messages", "tugas terjadwal")}

# Who may do what. The keys are the rights the services ask for.
DESK = (ADMIN, OFFICER)  # visits, loans, returns, catalogue edits, imports, desk settings
READ = (ADMIN, OFFICER, HEAD)  # reports, catalogue reading
ADMIN_ONLY = (ADMIN,)


class PermissionDenied(JdihError):
    """The signed-in person's role does not allow the call (or nobody is signed in)."""


class NotSignedIn(PermissionDenied):
    """Nobody is signed in (or the desk is locked)."""


@dataclass(frozen=True)
class Actor:
    """The person (or scheduled task) behind the calls: plain data, no database row."""

    officer_id: int | None
    username: str
    full_name: str
    role: str
    scopes: frozenset[str] = field(default_factory=frozenset)  # for TASK only

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


@dataclass
class Session:
    """The actor of this app/command; ``locked`` refuses every call until unlocked."""

    actor: Actor | None = None
    locked: bool = False
    listeners: list[Callable[[Actor | None], None]] = field(default_factory=list)

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.locked = False
        for fn in list(self.listeners):
            fn(actor)

    @property
    def officer_id(self) -> int | None:
        return self.actor.officer_id if self.actor else None

    def require(self, roles: tuple[str, ...], what: str, scope: str | None = None) -> Actor:
        """The actor if their role is among ``roles``; PermissionDenied (Indonesian) otherwise.

        ``what`` completes the sentence "... tidak boleh <what>"; ``scope`` lets a scheduled
        task's token through for that one job.
        """
        actor = self.actor
        if actor is None:
            raise NotSignedIn(QT_TRANSLATE_NOOP(
                    "Messages", "Masuk (sign in) dahulu untuk %1."),
                    params=(what,))
        if self.locked:
            raise NotSignedIn(QT_TRANSLATE_NOOP(
                    "Messages", "Meja terkunci — buka kunci dengan PIN atau kata sandi untuk %1."),
                    params=(what,))
        if actor.role == TASK:
            if scope is not None and scope in actor.scopes:
                return actor
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Messages", "Tugas terjadwal tidak boleh %1."),
                    params=(what,))
        if actor.role not in roles:
            allowed = " atau ".join(ROLE_NAMES[r] for r in roles if r in ROLE_NAMES)
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Messages", "Peran %1 (%2) tidak boleh %3; hanya %4."),
                    params=(actor.role_name, actor.full_name, what, allowed))
        return actor


F = TypeVar("F", bound=Callable[..., Any])


def requires(roles: tuple[str, ...], what: str, scope: str | None = None) -> Callable[[F], F]:
    """Method decorator: ``self.session.require(roles, what)`` before the body runs.

    A service built outside the container has an empty session, so it refuses: nothing is
    allowed by default.
    """

    def wrap(fn: F) -> F:
        @wraps(fn)
        def inner(self: Any, *args: Any, **kwargs: Any) -> Any:
            session = getattr(self, "session", None) or _EMPTY
            session.require(roles, what, scope)
            return fn(self, *args, **kwargs)

        inner.__protected__ = (roles, what, scope)  # type: ignore[attr-defined]
        return inner  # type: ignore[return-value]

    return wrap


_EMPTY = Session()


def protected_calls(cls: type) -> dict[str, tuple[tuple[str, ...], str, str | None]]:
    """The protected methods of a service class and their rights (for tests and the README)."""
    out = {}
    for name in dir(cls):
        rights = getattr(getattr(cls, name, None), "__protected__", None)
        if rights is not None:
            out[name] = rights
    return out
