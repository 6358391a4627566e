"""The one home of audit writing, the chain check, and the administrator's audit reading.

Every service writes through :func:`record`: one row per change, per reading of personal data
and per sign-in (success or failure). The detail is JSON with ids and counts only: never a
name, a NIK, a phone number or a file name, since the log is kept for as long as the desk runs
and retention never rewrites it (it is append-only).

:func:`verify_audit_chain` recomputes every row's hash from the previous one; an edited, removed
or inserted row shows up as the first id whose hash does not follow. ``jdih-desktop audit
verify`` (and a database check) call it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from peewee import JOIN
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.services.session import ADMIN_ONLY, Session, requires
from jdih_desktop.store.audit_chain import GENESIS, row_digest
from jdih_desktop.store.models import AuditLog, Officer, database_proxy

Clock = Callable[[], dt.datetime]

# Actions that read personal data (the viewer's "Pembacaan data pribadi" filter).
READING_ACTIONS = frozenset({
    "idscan.open", "visit.open_full", "nik.unmask", "report.personal", "export.personal",
    "receipt.reprint", "person.export", "person.find", "audit.export",
})


def _json(detail: Mapping[str, object] | None) -> str | None:
    if not detail:
        return None
    return json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, default=str)


def record(action: str, entity: str, entity_id: int | None = None,
           detail: Mapping[str, object] | str | None = None, *, officer: int | None = None,
           at: dt.datetime | None = None) -> AuditLog:
    """Append one audit row (in the caller's transaction when there is one)."""
    text = detail if isinstance(detail, str) or detail is None else _json(detail)
    with database_proxy.atomic():
        return AuditLog.create(at=at or dt.datetime.now().replace(microsecond=0),
                               officer=officer, action=action, entity=entity,
                               entity_id=entity_id, detail=text)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    rows: int
    first_bad_id: int | None
    message: str


def verify_audit_chain() -> ChainCheck:
    """Recompute the chain over the whole log; the first row that does not follow is named."""
    prev = GENESIS
    count = 0
    q = (AuditLog.select(AuditLog.id, AuditLog.at, AuditLog.officer, AuditLog.action,
                         AuditLog.entity, AuditLog.entity_id, AuditLog.detail,
                         AuditLog.prev_hash, AuditLog.row_hash)
         .order_by(AuditLog.id).tuples())
    for rid, at, officer_id, action, entity, entity_id, detail, prev_hash, row_hash in q:
        count += 1
        digest = row_digest(prev, at, officer_id, action, entity, entity_id, detail)
        if prev_hash != prev:
            return ChainCheck(False, count, rid, f"Log audit rusak: baris {rid} tidak menyambung "
                              "ke baris sebelumnya (ada baris yang dihapus atau disisipkan).")
        if row_hash != digest:
            return ChainCheck(False, count, rid, f"Log audit rusak: isi baris {rid} telah "
                              "diubah setelah ditulis.")
        prev = digest
    return ChainCheck(True, count, None, f"Log audit utuh: {count} baris, rantai hash sesuai.")


@dataclass(frozen=True)
class AuditFilter:
    officer_id: int | None = None
    action: str = ""  # exact action, or a prefix ending in "." ("visit.")
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person_id: int | None = None  # a visitor id: rows about that visitor or their visits
    limit: int = 2000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    officer: str
    action: str
    entity: str
    entity_id: int | None
    detail: str


class AuditService:
    """The administrator's audit viewer: filtered rows and CSV/XLSX export (both audited)."""

    def __init__(self, clock: Clock, session: Session | None = None) -> None:
        self.clock = clock
        self.session = session or Session()

    def officer_choices(self) -> list[tuple[int, str]]:
        return [(o.id, o.full_name) for o in Officer.select().order_by(Officer.full_name)]

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "membaca log audit"))
    def rows(self, f: AuditFilter) -> list[AuditRow]:
        from jdih_desktop.store.models import Visit

        q = (AuditLog.select(AuditLog, Officer.full_name.alias("oname"))
             .join(Officer, JOIN.LEFT_OUTER, on=(AuditLog.officer == Officer.id)))
        if f.officer_id is not None:
            q = q.where(AuditLog.officer == f.officer_id)
        if f.action:
            q = q.where(AuditLog.action.startswith(f.action) if f.action.endswith(".")
                        else AuditLog.action == f.action)
        if f.date_from is not None:
            q = q.where(AuditLog.at >= dt.datetime.combine(f.date_from, dt.time()))
        if f.date_to is not None:
            q = q.where(AuditLog.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1),
                                                          dt.time()))
        if f.person_id is not None:
            visits = Visit.select(Visit.id).where(Visit.visitor == f.person_id)
            q = q.where(((AuditLog.entity.in_(("visitor", "person")))
                         & (AuditLog.entity_id == f.person_id))
                        | ((AuditLog.entity == "visit") & AuditLog.entity_id.in_(visits)))
        out = []
        for r in q.order_by(AuditLog.id.desc()).limit(max(1, f.limit)).objects():
            out.append(AuditRow(r.id, r.at, getattr(r, "oname", None) or "—", r.action,
                                r.entity, r.entity_id, r.detail or ""))
        return out

    def actions(self) -> list[str]:
        return [a for (a,) in AuditLog.select(AuditLog.action).distinct()
                .order_by(AuditLog.action).tuples()]

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "mengekspor log audit"))
    def export(self, f: AuditFilter, fmt: str) -> bytes:
        """CSV (UTF-8 with BOM for spreadsheets) or XLSX bytes of the filtered rows."""
        rows = self.rows(f)
        header = ["id", "waktu", "petugas", "tindakan", "entitas", "id_entitas", "rincian"]
        values = [[r.id, r.at.isoformat(sep=" "), r.officer, r.action, r.entity,
                   r.entity_id if r.entity_id is not None else "", r.detail] for r in rows]
        record("audit.export", "audit", None, {"format": fmt, "rows": len(rows)},
               officer=self.session.officer_id, at=self.clock())
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(header)
            w.writerows([[_cell(v) for v in row] for row in values])
            return ("\ufeff" + buf.getvalue()).encode("utf-8")
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "Log audit"
        ws.append(header)
        for row in values:
            ws.append([_cell(v) if isinstance(v, str) else v for v in row])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()


def _cell(value: Any) -> Any:
    """A spreadsheet never evaluates a cell we write (=, +, -, @ start formulas)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
