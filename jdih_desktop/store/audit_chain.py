"""The hash chain of the audit log (pure store code; ``services.audit`` is where rows are
written and where the chain is verified)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def _canon_at(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return str(value or "")[:19]


def row_digest(prev_hash: str, at: Any, officer_id: Any, action: str, entity: str,
               entity_id: Any, detail: str | None) -> str:
    """SHA-256 over the previous hash and this row's fields, in a fixed canonical form."""
    payload = json.dumps([prev_hash, _canon_at(at), officer_id, action, entity, entity_id,
                          detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_hash() -> str:
    from jdih_desktop.store.models import AuditLog

    row = (AuditLog.select(AuditLog.row_hash).order_by(AuditLog.id.desc()).limit(1).tuples()
           .first())
    return (row[0] if row and row[0] else GENESIS)


def chain_fields(entry: Any) -> None:
    """Fill ``prev_hash`` and ``row_hash`` of a new row (call inside the writing transaction)."""
    if entry.at is None:
        entry.at = dt.datetime.now().replace(microsecond=0)
    elif isinstance(entry.at, dt.datetime):
        entry.at = entry.at.replace(microsecond=0)
    prev = last_hash()
    entry.prev_hash = prev
    entry.row_hash = row_digest(prev, entry.at, entry.officer_id, entry.action, entry.entity,
                                entry.entity_id, entry.detail)
