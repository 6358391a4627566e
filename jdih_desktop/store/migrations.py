"""Schema versions and ordered migrations.

A fresh database gets the current models and the latest version in one go. An existing one is
brought forward step by step: the SQLite file is first copied aside (``*.bak-v<N>-<time>``),
then each step runs in its own transaction together with the version bump, so a failure leaves
the database at the last completed version.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import Database, SqliteDatabase

from jdih_desktop.errors import StoreError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.store import fts
from jdih_desktop.store.db import check_integrity, enable_wal
from jdih_desktop.store.models import (
    MODELS,
    ImportRun,
    ImportUndo,
    LoanOverride,
    LoanRenewal,
    LoanRule,
    Officer,
    PrivacyNotice,
    Reminder,
    SkmResponse,
    VisitBookField,
    VisitSelection,
)

log = logging.getLogger(__name__)

Migration = Callable[[Database], None]


def _v2_search_and_handover(db: Database) -> None:
    """v2: catalogue full-text search and the handover signature of step 7."""
    cols = {c.name for c in db.get_columns("visit")}
    if "handover_signature_png" not in cols:
        blob = "BLOB" if isinstance(db, SqliteDatabase) else "BYTEA"
        db.execute_sql(f"ALTER TABLE visit ADD COLUMN handover_signature_png {blob}")
    fts.install(db)


def _v3_search_prefixes(db: Database) -> None:
    """v3: longer prefix indexes (SQLite); PostgreSQL's index over normalised tokens."""
    fts.recreate(db)


def _v4_visit_selection(db: Database) -> None:
    """v4: the "to borrow" list of box 5 is stored, so a resumed visit keeps it."""
    db.create_tables([VisitSelection], safe=True)


def _v5_visit_categories(db: Database) -> None:
    """v5: the visit book kept the visitor's category in ``purpose_category``; it moves to the
    new ``visitor_category`` column, and ``purpose_category`` holds the jenis keperluan only.

    Every value the visit book wrote there was a visitor-category key (``lainnya`` included),
    so those rows move; other values (purpose keys) stay.
    """
    from jdih_desktop.store.enums import VISITOR_CATEGORIES

    if "visitor_category" not in {c.name for c in db.get_columns("visit")}:
        db.execute_sql("ALTER TABLE visit ADD COLUMN visitor_category VARCHAR(32)")
    keys = list(VISITOR_CATEGORIES)
    marks = ", ".join([db.param] * len(keys))
    db.execute_sql(f"UPDATE visit SET visitor_category = purpose_category, "
                   f"purpose_category = NULL WHERE purpose_category IN ({marks})", keys)


def _v6_visitor_anonymised(db: Database) -> None:
    """v6: ``visitor.anonymised_at`` marks visitors whose personal data the retention period
    removed, so a second run does not count them again."""
    if "anonymised_at" not in {c.name for c in db.get_columns("visitor")}:
        kind = "DATETIME" if isinstance(db, SqliteDatabase) else "TIMESTAMP"
        db.execute_sql(f"ALTER TABLE visitor ADD COLUMN anonymised_at {kind}")


def _v7_store_identity(db: Database) -> None:
    """v7: the database's own id (``store_identity``), also recorded in the data folder, so a
    file swapped for another JDIH database is named as such (``store/folder.py``)."""
    from jdih_desktop.store.folder import ensure_database_id

    ensure_database_id(db)


def _v8_sources_and_issuer(db: Database) -> None:
    """v8: every document knows its source (existing ones are "local"); idData is unique
    within a source; the duplicate rule includes the issuer (computed for existing rows); the
    SQLite index holds each document's type and status, so filtered searches stay in it."""
    from jdih_desktop.store.instruments import issuer_key

    cols = {c.name for c in db.get_columns("document")}
    if "source" not in cols:
        db.execute_sql("ALTER TABLE document ADD COLUMN source VARCHAR(100) NOT NULL "
                       "DEFAULT 'local'")
    if "issuer" not in cols:
        db.execute_sql("ALTER TABLE document ADD COLUMN issuer VARCHAR(200) NOT NULL "
                       "DEFAULT ''")
    rows = db.execute_sql("SELECT id, teu_badan, judul, jenis FROM document").fetchall()
    updates = [(key, doc_id) for doc_id, teu, judul, jenis in rows
               if (key := issuer_key(teu, judul, jenis))]
    sql = f"UPDATE document SET issuer = {db.param} WHERE id = {db.param}"
    for i in range(0, len(updates), 1000):
        cursor = db.cursor()
        try:
            cursor.executemany(sql, updates[i:i + 1000])
        finally:
            cursor.close()
    db.execute_sql("DROP INDEX IF EXISTS document_jdihn_id")
    db.execute_sql("DROP INDEX IF EXISTS document_jenis_nomor_tahun")
    if not isinstance(db, SqliteDatabase):  # PostgreSQL: peewee's unique=True is a constraint
        db.execute_sql("ALTER TABLE document DROP CONSTRAINT IF EXISTS document_jdihn_id_key")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS document_jenis_nomor_tahun_issuer ON "
                   "document (jenis, nomor, tahun, issuer)")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS document_source_jdihn_id ON "
                   "document (source, jdihn_id)")
    if isinstance(db, SqliteDatabase):  # the index gains the type/status words (fts.py)
        fts.recreate(db)


_AUDIT_GUARD_SQLITE = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
_AUDIT_GUARD_POSTGRES = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
)


def install_audit_guards(db: Database) -> None:
    """The database itself refuses to change or remove an audit row (UPDATE/DELETE abort)."""
    for sql in (_AUDIT_GUARD_SQLITE if isinstance(db, SqliteDatabase) else _AUDIT_GUARD_POSTGRES):
        db.execute_sql(sql)


def _v9_security(db: Database) -> None:
    """v9: officers' PIN hash; the audit log hash-chained and append-only; signatures and ID
    scans encrypted at rest (when the data folder's key is loaded, as ``app.open_context``
    does before migrating)."""
    from jdih_desktop.store.audit_chain import GENESIS, row_digest

    if "pin_hash" not in {c.name for c in db.get_columns("officer")}:
        db.execute_sql("ALTER TABLE officer ADD COLUMN pin_hash VARCHAR(255)")
    cols = {c.name for c in db.get_columns("audit_log")}
    for name in ("prev_hash", "row_hash"):
        if name not in cols:
            db.execute_sql(f"ALTER TABLE audit_log ADD COLUMN {name} VARCHAR(64)")
    prev = GENESIS
    p = db.param
    rows = db.execute_sql("SELECT id, at, officer_id, action, entity, entity_id, detail "
                          "FROM audit_log ORDER BY id").fetchall()
    for rid, at, officer_id, action, entity, entity_id, detail in rows:
        digest = row_digest(prev, at, officer_id, action, entity, entity_id, detail)
        db.execute_sql(f"UPDATE audit_log SET prev_hash = {p}, row_hash = {p} WHERE id = {p}",
                       (prev, digest, rid))
        prev = digest
    install_audit_guards(db)
    encrypt_clear_blobs(db)


def encrypt_clear_blobs(db: Database) -> int:
    """Encrypt signatures and scans still stored in clear; returns how many were encrypted."""
    from jdih_desktop.store import crypto

    if not crypto.has_key():
        log.warning("no at-rest key loaded: clear signatures and scans left for the next start")
        return 0
    p = db.param
    done = 0
    for table, column in (("visit", "signature_png"), ("visit", "handover_signature_png"),
                          ("id_scan", "image")):
        rows = db.execute_sql(f"SELECT id, {column} FROM {table} "
                              f"WHERE {column} IS NOT NULL").fetchall()
        for rid, value in rows:
            raw = bytes(value)
            if crypto.is_token(raw):
                continue
            db.execute_sql(f"UPDATE {table} SET {column} = {p} WHERE id = {p}",
                           (crypto.encrypt(raw), rid))
            done += 1
    if done:
        log.info("encrypted %s signature/scan blobs left in clear", done)
    return done


def _v11_visitor_service(db: Database) -> None:
    """v11 (issue 15): loan rules carry the overdue policy and renewal limits, loans count their
    renewals; renewals, overrides, reminders given and SKM answer sheets get their own tables."""
    def add(table: str, column: str, ddl: str) -> None:
        if column not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")

    add("loan_rule", "overdue_action", "VARCHAR(8) NOT NULL DEFAULT 'warn'")
    add("loan_rule", "max_renewals", "INTEGER NOT NULL DEFAULT 1")
    add("loan_rule", "renew_max_days_late", "INTEGER NOT NULL DEFAULT 0")
    add("loan", "renewals", "INTEGER NOT NULL DEFAULT 0")
    add("visitor", "ktp_name", "VARCHAR(200)")
    add("visitor", "ktp_search", "VARCHAR(200)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS visitor_ktp_search ON visitor (ktp_search)")
    db.create_tables([LoanRenewal, LoanOverride, Reminder, SkmResponse], safe=True)


def _v12_visit_book_settings(db: Database) -> None:
    """v12 (issue 15): the visit book is set in the app — its fields (shown, required, the
    office's own) and the privacy notice's versions; a visit keeps the notice version and the
    own fields it was made with."""
    db.create_tables([PrivacyNotice, VisitBookField], safe=True)
    cols = {c.name for c in db.get_columns("visit")}
    if "privacy_notice_id" not in cols:
        db.execute_sql("ALTER TABLE visit ADD COLUMN privacy_notice_id INTEGER "
                       "REFERENCES privacy_notice (id)")
    if "custom_fields" not in cols:
        db.execute_sql("ALTER TABLE visit ADD COLUMN custom_fields TEXT")


def _v13_import_journal(db: Database) -> None:
    """v13 (issue 12): catalogue imports on SQLite commit in short chunks with an undo journal,
    so a desk save never waits for a whole import and a failed, cancelled or killed import is
    still undone as a whole."""
    db.create_tables([ImportRun, ImportUndo], safe=True)


# (version, description, function). Version 1 is the first released schema.
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (2, "catalogue full-text search; handover signature", _v2_search_and_handover),
    (3, "catalogue search: prefix indexes 2-8; PostgreSQL normalised tokens",
     _v3_search_prefixes),
    (4, "visit selection: the to-borrow list of step 5 is stored", _v4_visit_selection),
    (5, "visit: visitor category and jenis keperluan in their own columns",
     _v5_visit_categories),
    (6, "visitor: anonymised_at (personal data removed after the retention period)",
     _v6_visitor_anonymised),
    (7, "store identity: the database's own id, recorded in the data folder",
     _v7_store_identity),
    (8, "document: source, idData unique within a source, issuer in the duplicate rule",
     _v8_sources_and_issuer),
    (9, "security: officer PIN, append-only hash-chained audit log, encrypted signatures "
     "and ID scans", _v9_security),
    (11, "visitor service: overdue policy, renewals, overrides, reminders, SKM",
     _v11_visitor_service),
    (12, "visit book settings: fields shown/required, own fields, privacy notice versions",
     _v12_visit_book_settings),
    (13, "import journal: chunked catalogue imports that can be undone", _v13_import_journal),
]
LATEST = max(v for v, _, _ in MIGRATIONS)


# Tables every JDIH database has had since schema v1 (which had no schema_version table).
_V1_CORE_TABLES = frozenset({"document", "copy", "visitor", "visit", "loan", "loan_item"})


def current_version(db: Database) -> int | None:
    """The stored schema version; None for an empty database.

    A database with tables but neither a version nor JDIH's core tables is someone else's
    file: StoreError, and nothing is copied or changed.
    """
    tables = set(db.get_tables())
    if "schema_version" not in tables:
        if not tables:
            return None
        if _V1_CORE_TABLES.issubset(tables):
            return 1
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Berkas ini basis data SQLite milik aplikasi lain, bukan basis data "
            "JDIH (tabel: %1). Pilih berkas JDIH yang benar atau folder data lain; berkas "
            "tidak diubah."),
            params=(", ".join(sorted(tables)[:5]) + ("…" if len(tables) > 5 else ""),))
    row = db.execute_sql("SELECT version FROM schema_version").fetchone()
    if row is None:
        return 1
    try:
        return int(row[0])
    except (TypeError, ValueError):  # a damaged page: the version cannot be read
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Berkas basis data rusak: versi skemanya tidak terbaca. Pulihkan dari "
            "cadangan (jdih-desktop restore BERKAS); berkas tidak diubah.")) from None


def _set_version(db: Database, version: int) -> None:
    db.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    db.execute_sql("DELETE FROM schema_version")
    db.execute_sql(f"INSERT INTO schema_version (version) VALUES ({int(version)})")


def backup_file(path: Path, version: int) -> Path:
    """Copy the SQLite database aside before a migration (one consistent file, WAL included)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("database backed up to %s before migrating from v%s", target, version)
    return target


def migrate(db: Database, sqlite_file: Path | None = None) -> int:
    """Create or upgrade the schema, then switch SQLite to WAL; returns the version in force."""
    version = _migrate(db, sqlite_file)
    enable_wal(db)
    return version


def _migrate(db: Database, sqlite_file: Path | None) -> int:
    version = current_version(db)
    if version is None:
        with db.atomic():
            db.create_tables(MODELS)
            _set_version(db, LATEST)
            seed_defaults()
            _v7_store_identity(db)
            fts.install(db)
            install_audit_guards(db)
        log.info("new database created at schema v%s", LATEST)
        return LATEST
    if version > LATEST:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Messages", "Basis data dibuat oleh versi aplikasi yang lebih baru (skema v%1, "
            "aplikasi ini mengenal sampai v%2). Perbarui aplikasi; basis data tidak diubah."),
            params=(version, LATEST))
    if version == LATEST:
        return version
    if sqlite_file is not None:
        check_integrity(db, sqlite_file)  # never migrate (or back up) a damaged file
        backup_file(sqlite_file, version)
    for target, description, step in MIGRATIONS:
        if target <= version:
            continue
        log.info("migrating to v%s: %s", target, description)
        with db.atomic():
            step(db)
            _set_version(db, target)
        version = target
    return version


def seed_defaults() -> None:
    """Rows a working desk needs from day one: loan rules and a default officer."""
    if not LoanRule.select().exists():
        LoanRule.create(name="Baca di tempat", read_on_site=True, period_days=0, max_items=5)
        LoanRule.create(name="Pinjam bawa pulang", read_on_site=False, period_days=7, max_items=3)
    if not Officer.select().exists():
        Officer.create(username="petugas", full_name="Petugas Pelayanan Hukum", role="officer")
    # Holidays are office data (the yearly SKB libur nasional); none is assumed here.
