"""Full-text index of the catalogue.

SQLite: an FTS5 external-content table over ``document`` kept in sync by triggers, so every
write path (forms, imports, bulk inserts, raw SQL) updates it. The ``unicode61`` tokenizer with
diacritics removed splits "7/2017", "No.7" and "Nomor 7 Tahun 2017" into the same tokens; the
query side (``jdih_desktop.store.search``) removes the numbering words.

PostgreSQL: a GIN index over the same columns, normalised to the same tokens, with the
``simple`` configuration.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

# Prefix lengths kept in the index: "pemil" while typing reads one ready list instead of
# merging pemilih, pemilihan and pemilu (see BENCHMARKS.md, catalogue search).
PREFIXES = "2 3 4 5 6 7 8"

# Column order matters: bm25() weights in search.py follow it.
FTS_COLUMNS = ("judul", "nomor", "jenis", "singkatan_jenis", "tahun", "subjek", "teu_badan",
               "abstrak")


# SQLite only: the type and status of each document as index words ("tperaturan",
# "stidakberlaku"), so a filtered search is answered by the index alone (a filter joined to
# 50,000 matching rows costs 100 ms; the same filter as a MATCH term costs what the words do).
# The index reads them through the view ``document_fts_content``.
FACET_COLUMN = "facets"
SQLITE_COLUMNS = (*FTS_COLUMNS, FACET_COLUMN)


def facet_sql(alias: str) -> str:
    return (f"'t' || coalesce({alias}.doc_type, '') || ' s' || "
            f"replace(coalesce({alias}.status, ''), '_', '')")


# Accented letters folded on the PostgreSQL side (search.fold does the same for the query).
_PG_ACCENTS = ("áàâäãåéèêëíìîïóòôöõúùûüýÿçñ", "aaaaaaeeeeiiiiooooouuuuyycn")


def pg_document_vector_sql(alias: str = "document") -> str:
    """The indexed tsvector expression; the same text must appear in queries to use the index.

    PostgreSQL's parser would keep "134/Kpts/KPU/Tahun" or "90/PUU-XXI/2023" as one file-path
    or hyphenated token; replacing everything but [0-9a-z] with spaces first gives the same
    tokens as SQLite's unicode61 and as ``search.parse_query``.
    """
    return _pg_vector_sql(alias, FTS_COLUMNS)


def pg_title_vector_sql(alias: str = "document") -> str:
    """The title and jenis abbreviation as a tsvector (not indexed: the search evaluates it
    only on rows the indexed vector already matched), like SQLite's ``{judul singkatan_jenis}``
    column filter."""
    return _pg_vector_sql(alias, ("judul", "singkatan_jenis"))


def _pg_vector_sql(alias: str, columns: tuple[str, ...]) -> str:
    parts = " || ' ' || ".join(f"coalesce({alias}.{c}::text, '')" for c in columns)
    folded = f"translate(lower({parts}), '{_PG_ACCENTS[0]}', '{_PG_ACCENTS[1]}')"
    return f"to_tsvector('simple', regexp_replace({folded}, '[^0-9a-z]+', ' ', 'g'))"


def install(db: Database) -> None:
    """Create the index (idempotent) and fill it from the current rows."""
    # Citations ("UU 7/2017") look documents up by year and number.
    db.execute_sql("CREATE INDEX IF NOT EXISTS document_tahun_nomor ON document (tahun, nomor)")
    if isinstance(db, SqliteDatabase):
        _install_sqlite(db)
    else:
        # Recreated, not "IF NOT EXISTS": an index over an older expression would be ignored.
        db.execute_sql("DROP INDEX IF EXISTS document_fts_idx")
        db.execute_sql(
            "CREATE INDEX document_fts_idx ON document USING GIN "
            f"(({pg_document_vector_sql('document')}))")


def _install_sqlite(db: Database) -> None:
    cols = ", ".join(SQLITE_COLUMNS)
    plain = ", ".join(FTS_COLUMNS)
    new = ", ".join([*(f"new.{c}" for c in FTS_COLUMNS), facet_sql("new")])
    old = ", ".join([*(f"old.{c}" for c in FTS_COLUMNS), facet_sql("old")])
    db.execute_sql(
        f"CREATE VIEW IF NOT EXISTS document_fts_content AS SELECT id, {plain}, "
        f"{facet_sql('document')} AS {FACET_COLUMN} FROM document")
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5({cols}, "
        "content='document_fts_content', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')")
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


def recreate(db: Database) -> None:
    """Drop and build the index again (its definition changed); PostgreSQL: the GIN index."""
    if isinstance(db, SqliteDatabase):
        for trigger in ("document_fts_ai", "document_fts_ad", "document_fts_au"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        db.execute_sql("DROP TABLE IF EXISTS document_fts")
        db.execute_sql("DROP VIEW IF EXISTS document_fts_content")
    install(db)


def rebuild(db: Database) -> None:
    """Recompute the whole index (after a restore, or to repair it)."""
    if isinstance(db, SqliteDatabase):
        db.execute_sql("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
