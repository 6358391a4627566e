"""The officers (Pengelola Pelayanan Hukum) and who is on duty at this desk.

Every record the desk writes names an officer: who opened the visit, who granted access, who
lent and who received the documents back. Until someone says who sits at the desk, every record
would go to the seeded default officer, so the desk keeps an "on duty" officer and the windows
pass it to the services they call.

Officers are never deleted once a record names them (the SOP's paper trail must keep its
names); they are deactivated instead, which only takes them off the duty chooser. Which officer
is on duty is remembered per machine (a ``Setting`` keyed by the host name), so two desks sharing
one PostgreSQL catalogue each keep their own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.services import audit
from jdih_desktop.services.session import ADMIN_ONLY, requires
from jdih_desktop.services.visits import OfficerData
from jdih_desktop.store.models import (
    AuditLog,
    Loan,
    Officer,
    Return,
    Setting,
    Visit,
    database_proxy,
)
from jdih_desktop.store.search import fold

Clock = Callable[[], dt.datetime]

# Stored role -> label shown in Pengaturan → Petugas (the database's CHECK lists the same keys).
ROLE_LABELS: dict[str, str] = {"officer": "Petugas", "head": "Kepala", "admin": "Admin"}
_NIP = re.compile(r"^\d{18}$")  # NIP of a civil servant: 18 digits (PP 17/2020 format)
ON_DUTY_KEY = "desk.on_duty_officer"


class OfficerError(JdihError):
    """An officer cannot be changed as asked; the message says what to do instead."""


@dataclass(frozen=True)
class OfficerRecord:
    """One row of the Officers dialog."""

    id: int
    username: str
    full_name: str
    nip: str
    position: str
    role: str
    active: bool
    records: int  # visits, loans, returns and audit entries naming this officer

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    @property
    def as_officer_data(self) -> OfficerData:
        return OfficerData(self.id, self.full_name, self.nip)


@dataclass
class OfficerForm:
    """What the dialog's form holds (strings as typed)."""

    full_name: str = ""
    nip: str = ""
    position: str = ""
    role: str = "officer"


def validate_officer(form: OfficerForm) -> tuple[dict[str, str], dict[str, str | tuple]]:
    """Cleaned values and the precise problem of each field (empty when all is well)."""
    values = {"full_name": " ".join(form.full_name.split()),
              "nip": "".join(form.nip.split()),
              "position": " ".join(form.position.split()),
              "role": form.role}
    errors: dict[str, str | tuple] = {}
    name = values["full_name"]
    if not name:
        errors["full_name"] = QT_TRANSLATE_NOOP("Messages", "Nama lengkap petugas wajib diisi.")
    elif len(name) > 200:
        errors["full_name"] = (QT_TRANSLATE_NOOP(
            "Messages", "Nama lengkap terlalu panjang: %1 karakter, paling banyak 200."),
            len(name))
    elif not any(c.isalpha() for c in name):
        errors["full_name"] = QT_TRANSLATE_NOOP("Messages", "Nama lengkap harus berisi huruf.")
    if values["nip"] and not _NIP.match(values["nip"]):
        errors["nip"] = (QT_TRANSLATE_NOOP(
            "Messages", "NIP harus 18 angka tanpa spasi atau tanda baca; yang diisi %1 "
            "karakter. Kosongkan bila petugas bukan ASN."), len(values["nip"]))
    if len(values["position"]) > 200:
        errors["position"] = QT_TRANSLATE_NOOP(
            "Messages", "Jabatan terlalu panjang (paling banyak 200 karakter).")
    if values["role"] not in ROLE_LABELS:
        errors["role"] = QT_TRANSLATE_NOOP(
            "Messages", "Peran tidak dikenal — pilih Petugas, Kepala atau Admin.")
    return values, errors


def officer_on_duty(session: object | None, chosen_id: int | None = None
                    ) -> OfficerData | None:
    """The one rule for "the officer on duty", named in every record a desk writes.

    The signed-in officer (``session``, issue 13's sign-in) while active; else the officer
    chosen at this desk (``chosen_id``, remembered per machine); else the first active desk
    officer (a desk that has not signed anyone in, e.g. the demo). Reads the database.
    """
    actor = getattr(session, "actor", None)
    for oid in (actor.officer_id if actor is not None else None, chosen_id):
        if oid is None:
            continue
        row = Officer.get_or_none((Officer.id == oid) & (Officer.active == True))  # noqa: E712
        if row is not None:
            return OfficerData(row.id, row.full_name, row.nip or "")
    row = (Officer.select().where(Officer.active == True)  # noqa: E712
           .order_by(Officer.role != "officer", Officer.id).first())
    return OfficerData(row.id, row.full_name, row.nip or "") if row else None


class OfficerService:
    """Officers as plain data, and the officer on duty at this desk."""

    def __init__(self, clock: Clock, desk: str | None = None) -> None:
        self.clock = clock
        self.desk = desk or socket.gethostname() or "desk"
        self._on_duty: int | None = None
        self._on_duty_loaded = False

    # -- reading
    def list(self, include_inactive: bool = True) -> list[OfficerRecord]:
        """Active officers first, then by name; each with how many records name them."""
        q = Officer.select()
        if not include_inactive:
            q = q.where(Officer.active == True)  # noqa: E712
        rows = list(q.order_by(Officer.active.desc(), Officer.full_name, Officer.id))
        counts = self._record_counts([r.id for r in rows])
        return [self._record(r, counts.get(r.id, 0)) for r in rows]

    def get(self, officer_id: int) -> OfficerRecord:
        row = Officer.get_or_none(Officer.id == officer_id)
        if row is None:
            raise OfficerError(QT_TRANSLATE_NOOP(
                "Messages", "Petugas nomor %1 tidak ditemukan — muat ulang daftar."),
                params=(officer_id,))
        return self._record(row, self._record_counts([row.id]).get(row.id, 0))

    # -- writing
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "menambah petugas"))
    def add(self, form: OfficerForm, by: int | None = None) -> OfficerRecord:
        values, errors = validate_officer(form)
        if errors:
            raise ValidationError(errors)
        with database_proxy.atomic():
            row = Officer.create(username=self._free_username(values["full_name"]),
                                 full_name=values["full_name"], nip=values["nip"] or None,
                                 position=values["position"] or None, role=values["role"],
                                 active=True, created_at=self.clock())
            self._audit("officer.add", row.id, by, {"full_name": row.full_name,
                                                    "role": row.role})
        return self.get(row.id)

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mengubah data petugas"))
    def update(self, officer_id: int, form: OfficerForm, by: int | None = None) -> OfficerRecord:
        values, errors = validate_officer(form)
        if errors:
            raise ValidationError(errors)
        with database_proxy.atomic():
            row = self._row(officer_id)
            row.full_name = values["full_name"]
            row.nip = values["nip"] or None
            row.position = values["position"] or None
            row.role = values["role"]
            row.save()
            self._audit("officer.update", row.id, by, values)
        return self.get(officer_id)

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mengaktifkan atau menonaktifkan petugas"))
    def set_active(self, officer_id: int, active: bool, by: int | None = None) -> OfficerRecord:
        """Deactivate (off the duty chooser, records kept) or reactivate an officer."""
        with database_proxy.atomic():
            row = self._row(officer_id)
            if row.active == bool(active):
                return self.get(officer_id)
            if not active and self._active_count() == 1:
                raise OfficerError(QT_TRANSLATE_NOOP(
                    "Messages", "Petugas ini satu-satunya yang aktif — tambahkan petugas lain "
                    "terlebih dahulu, baru nonaktifkan."))
            row.active = bool(active)
            row.save()
            self._audit("officer.activate" if active else "officer.deactivate", row.id, by, {})
        if not active and self._stored_on_duty() == officer_id:
            self.set_on_duty(None)
        return self.get(officer_id)

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "menghapus petugas"))
    def delete(self, officer_id: int, by: int | None = None) -> None:
        """Remove an officer added by mistake; one named by any record is only deactivated."""
        with database_proxy.atomic():
            row = self._row(officer_id)
            records = self._record_counts([row.id]).get(row.id, 0)
            if records:
                raise OfficerError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 tercatat pada %2 catatan (kunjungan, peminjaman, "
                    "pengembalian atau log) dan tidak boleh dihapus — gunakan Nonaktifkan."),
                    params=(row.full_name, records))
            if row.active and self._active_count() == 1:
                raise OfficerError(QT_TRANSLATE_NOOP(
                    "Messages", "Petugas ini satu-satunya yang aktif — tambahkan petugas lain "
                    "terlebih dahulu."))
            self._audit("officer.delete", None, by, {"officer": row.id,
                                                     "full_name": row.full_name})
            row.delete_instance()
        if self._stored_on_duty() == officer_id:
            self.set_on_duty(None)

    # -- on duty at this desk
    def on_duty(self) -> OfficerData | None:
        """The officer at this desk: the one signed in, else the one chosen here, else the
        first active desk officer (``officer_on_duty``, the one rule)."""
        session = getattr(self, "session", None)
        signed_in = session is not None and session.actor is not None
        return officer_on_duty(session, None if signed_in else self._stored_on_duty())

    def on_duty_id(self) -> int | None:
        """For services that record "who" when the caller does not say (catalogue, returns)."""
        officer = self.on_duty()
        return officer.id if officer else None

    def set_on_duty(self, officer_id: int | None) -> OfficerData | None:
        """Remember who is at this desk (kept across restarts, per machine)."""
        key = self._key()
        with database_proxy.atomic():
            if officer_id is None:
                Setting.delete().where(Setting.key == key).execute()
            else:
                row = self._row(officer_id)
                if not row.active:
                    raise OfficerError(QT_TRANSLATE_NOOP(
                        "Messages", "%1 sudah nonaktif — aktifkan dahulu di Pengaturan → "
                        "Petugas."), params=(row.full_name,))
                (Setting.insert(key=key, value=str(officer_id))
                 .on_conflict(conflict_target=[Setting.key], update={Setting.value: str(
                     officer_id)}).execute())
                self._audit("officer.on_duty", officer_id, officer_id, {"desk": self.desk})
        self._on_duty, self._on_duty_loaded = officer_id, True
        return self.on_duty()

    # -- internals
    def _key(self) -> str:
        return f"{ON_DUTY_KEY}:{self.desk}"[:100]

    def _stored_on_duty(self) -> int | None:
        if not self._on_duty_loaded:
            row = Setting.get_or_none(Setting.key == self._key())
            self._on_duty = int(row.value) if row and row.value.isdigit() else None
            self._on_duty_loaded = True
        return self._on_duty

    @staticmethod
    def _row(officer_id: int) -> Officer:
        row = Officer.get_or_none(Officer.id == officer_id)
        if row is None:
            raise OfficerError(QT_TRANSLATE_NOOP(
                "Messages", "Petugas nomor %1 tidak ditemukan — muat ulang daftar."),
                params=(officer_id,))
        return row

    @staticmethod
    def _active_count() -> int:
        return Officer.select().where(Officer.active == True).count()  # noqa: E712

    @staticmethod
    def _free_username(full_name: str) -> str:
        """A log-in name from the name ("Siti Aminah" -> "siti.aminah", then "siti.aminah2")."""
        base = ".".join(re.findall(r"[a-z0-9]+", fold(full_name).lower()))[:56] or "petugas"
        taken = {u for (u,) in Officer.select(Officer.username)
                 .where(Officer.username.startswith(base)).tuples()}
        if base not in taken:
            return base
        n = 2
        while f"{base}{n}" in taken:
            n += 1
        return f"{base}{n}"

    @staticmethod
    def _record_counts(ids: list[int]) -> dict[int, int]:
        """How many records name each officer (any of them forbids deleting it)."""
        if not ids:
            return {}
        out: dict[int, int] = dict.fromkeys(ids, 0)
        for field_ in (Visit.officer, Visit.access_officer, Loan.officer, Return.officer,
                       AuditLog.officer):
            model = field_.model
            q = (model.select(field_, fn.COUNT(model.id)).where(field_.in_(ids))
                 .group_by(field_).tuples())
            for oid, n in q:
                out[oid] = out.get(oid, 0) + n
        return out

    @staticmethod
    def _record(row: Officer, records: int) -> OfficerRecord:
        return OfficerRecord(row.id, row.username, row.full_name, row.nip or "",
                             row.position or "", row.role, bool(row.active), records)

    def _audit(self, action: str, officer_id: int | None, by: int | None,
               detail: dict[str, object]) -> None:
        audit.record(at=self.clock(), officer=by, action=action, entity="officer",
                        entity_id=officer_id,
                        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True,
                                          default=str))
