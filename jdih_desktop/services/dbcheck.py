"""``db check``: the file's integrity and the desk's invariants, each a plain finding.

Invariants (each a query that must return nothing):
- no copy on two open loans;
- every loan has items;
- a loan's status agrees with its items (open: none returned; partial: some; returned: all);
- no counter behind the numbers already used (receipts ``PJ-``, slips ``KB-``, copy barcodes);
- the full-text index in step with the documents (SQLite FTS5 ``integrity-check`` and row count).

``EXTRA_CHECKS`` is the hook for checks other parts add (the audit log's hash chain, i13):
a function ``(db) -> list[str]`` whose strings are problems found; empty when sound.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import Database, DatabaseError

from jdih_desktop.store.db import is_sqlite

EXTRA_CHECKS: list[tuple[str, Callable[[Database], list[str]]]] = []


def _audit_chain(_db: Database) -> list[str]:
    """The audit log's hash chain (services.audit): an edited, removed or inserted row."""
    from jdih_desktop.services.audit import verify_audit_chain

    try:
        check = verify_audit_chain()
    except DatabaseError as exc:  # a damaged file: the integrity line already says so
        return [f"log audit tidak terbaca ({exc})"]
    return [] if check.ok else [check.message]


EXTRA_CHECKS.append(("rantai hash log audit utuh", _audit_chain))


@dataclass
class CheckReport:
    integrity: str = "ok"
    problems: dict[str, list[str]] = field(default_factory=dict)
    passed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not any(self.problems.values())

    def lines(self) -> list[str]:
        out = [f"Integritas berkas: {'baik' if self.integrity == 'ok' else self.integrity}"]
        for name in self.passed:
            out.append(f"  baik   {name}")
        for name, found in self.problems.items():
            out.append(f"  MASALAH {name}: {len(found)}")
            out.extend(f"          - {p}" for p in found[:10])
            if len(found) > 10:
                out.append(f"          … dan {len(found) - 10} lagi")
        return out


def _rows(db: Database, sql: str) -> list[tuple]:
    return list(db.execute_sql(sql).fetchall())


def _copy_on_two_loans(db: Database) -> list[str]:
    return [f"eksemplar #{c} ada di {n} pinjaman terbuka" for c, n in _rows(db, (
        "SELECT copy_id, count(*) FROM loan_item WHERE returned_at IS NULL "
        "GROUP BY copy_id HAVING count(*) > 1"))]


def _loans_without_items(db: Database) -> list[str]:
    return [f"pinjaman {r} tanpa eksemplar" for (r,) in _rows(db, (
        "SELECT receipt_number FROM loan l WHERE NOT EXISTS "
        "(SELECT 1 FROM loan_item i WHERE i.loan_id = l.id)"))]


def _status_agrees(db: Database) -> list[str]:
    rows = _rows(db, (
        "SELECT l.receipt_number, l.status, count(i.id), "
        "sum(CASE WHEN i.returned_at IS NULL THEN 0 ELSE 1 END) "
        "FROM loan l JOIN loan_item i ON i.loan_id = l.id GROUP BY l.id, l.receipt_number, "
        "l.status"))
    out = []
    for number, status, items, returned in rows:
        returned = int(returned or 0)
        want = "open" if returned == 0 else ("returned" if returned == items else "partial")
        if status != want:
            out.append(f"pinjaman {number}: status {status}, menurut eksemplarnya {want} "
                       f"({returned} dari {items} kembali)")
    return out


def _counters_not_behind(db: Database) -> list[str]:
    counters = {name: int(value) for name, value in _rows(db, "SELECT name, value FROM counter")}
    used: dict[str, int] = {}
    for table, column, pattern, prefix in (
            ("loan", "receipt_number", r"^PJ-(\d{4})-(\d+)$", "loan"),
            ("return", "slip_number", r"^KB-(\d{4})-(\d+)$", "return")):
        for (number,) in _rows(db, f'SELECT {column} FROM "{table}"'):
            m = re.match(pattern, number or "")
            if m:
                key = f"{prefix}:{m.group(1)}"
                used[key] = max(used.get(key, 0), int(m.group(2)))
    for (barcode,) in _rows(db, "SELECT barcode FROM copy"):
        m = re.match(r"^JDIH(\d{7})$", barcode or "")
        if m:
            used["copy_barcode"] = max(used.get("copy_barcode", 0), int(m.group(1)))
    return [f"penghitung {k} = {counters.get(k, 0)}, padahal nomor {v} sudah dipakai"
            for k, v in sorted(used.items()) if counters.get(k, 0) < v]


def _fts_in_step(db: Database) -> list[str]:
    if not is_sqlite(db):
        return []
    out = []
    try:
        db.execute_sql("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)")
    except DatabaseError as exc:
        out.append(f"indeks pencarian tidak sesuai dengan dokumen ({exc})")
    docs = _rows(db, "SELECT count(*) FROM document")[0][0]
    indexed = _rows(db, "SELECT count(*) FROM document_fts")[0][0]
    if docs != indexed:
        out.append(f"indeks pencarian memuat {indexed} baris untuk {docs} dokumen")
    return out


CHECKS: list[tuple[str, Callable[[Database], list[str]]]] = [
    ("tidak ada eksemplar di dua pinjaman terbuka", _copy_on_two_loans),
    ("setiap pinjaman mempunyai eksemplar", _loans_without_items),
    ("status pinjaman sesuai dengan eksemplarnya", _status_agrees),
    ("penghitung nomor tidak tertinggal", _counters_not_behind),
    ("indeks pencarian sejalan dengan dokumen", _fts_in_step),
]


def integrity(db: Database) -> str:
    """SQLite ``integrity_check`` (reads the whole file); "ok" on PostgreSQL."""
    if not is_sqlite(db):
        return "ok"
    try:
        rows = _rows(db, "PRAGMA integrity_check(10)")
    except DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows) or "ok"


def run_checks(db: Database) -> CheckReport:
    report = CheckReport(integrity=integrity(db))
    for name, check in CHECKS + EXTRA_CHECKS:
        try:
            found = check(db)
        except DatabaseError as exc:
            found = [f"tidak dapat diperiksa: {exc}"]
        if found:
            report.problems[name] = found
        else:
            report.passed.append(name)
    return report
