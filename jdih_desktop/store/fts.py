"""Full-text index of the catalogue.

SQLite: an FTS5 external-content table over ``document`` kept in sync by triggers, so every
write path (forms, imports, bulk inserts, raw SQL) updates it. The ``unicode61`` tokenizer with
diacritics removed splits "7/2017", "No.7" and "Nomor 7 Tahun 2017" into the same tokens; the
query side (``jdih_desktop.store.search``) removes the numbering words.

PostgreSQL: a GIN index over the same columns with the ``simple`` configuration.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

# Column order matters: bm25() weights in search.py follow it.
FTS_COLUMNS = ("judul", "nomor", "jenis", "singkatan_jenis", "tahun", "subjek", "teu_badan",
               "abstrak")


def pg_document_vector_sql(alias: str = "document") -> str:
    parts = " || ' ' || ".join(f"coalesce({alias}.{c}::text, '')" for c in FTS_COLUMNS)
    return f"to_tsvector('simple', {parts})"


def install(db: Database) -> None:
    """Create the index (idempotent) and fill it from the current rows."""
    if isinstance(db, SqliteDatabase):
        _install_sqlite(db)
    else:
        db.execute_sql(
            "CREATE INDEX IF NOT EXISTS document_fts_idx ON document USING GIN "
            f"(({pg_document_vector_sql('document')}))")


def _install_sqlite(db: Database) -> None:
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5({cols}, "
        "content='document', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_fts_ai AFTER INSERT ON document BEGIN "
        f"INSERT INTO document_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_fts_ad AFTER DELETE ON document BEGIN "
        f"INSERT INTO document_fts(document_fts, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old}); END")
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_fts_au AFTER UPDATE ON document BEGIN "
        f"INSERT INTO document_fts(document_fts, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO document_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    rebuild(db)


def rebuild(db: Database) -> None:
    """Recompute the whole index (after a restore, or to repair it)."""
    if isinstance(db, SqliteDatabase):
        db.execute_sql("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
