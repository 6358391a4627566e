"""Catalogue search on the full-text index (FTS5 on SQLite, tsvector on PostgreSQL).

People type legal references in many shapes: "UU 7/2017", "UU No. 7 Tahun 2017",
"undang-undang nomor 7 tahun 2017", "PKPU 4 2021", "peraturan kpu 4/2021". ``parse_query``
reduces them all to the same tokens: case and diacritics folded, punctuation split, the
numbering words (no., nomor, tahun...) dropped, and a few well-known abbreviations also matched
in their long form (KPU = Komisi Pemilihan Umum). Every token must match (AND); the last one is
a prefix while the person is still typing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from peewee import Database, SqliteDatabase

from jdih_desktop.store.fts import pg_document_vector_sql
from jdih_desktop.store.models import database_proxy

NUMBERING_WORDS = frozenset({"no", "nomor", "nmr", "nomer", "tahun", "thn", "th", "tentang",
                             "ttg", "tgl"})

# abbreviation -> the words it stands for in jenis/judul
SYNONYMS: dict[str, tuple[str, ...]] = {
    "kpu": ("komisi", "pemilihan", "umum"),
    "uu": ("undang", "undang"),
    "pp": ("peraturan", "pemerintah"),
    "perpres": ("peraturan", "presiden"),
    "perppu": ("peraturan", "pemerintah", "pengganti"),
    "pkpu": ("peraturan", "komisi", "pemilihan", "umum"),
    "mk": ("mahkamah", "konstitusi"),
    "ma": ("mahkamah", "agung"),
    "bawaslu": ("badan", "pengawas", "pemilihan", "umum"),
    "dkpp": ("dewan", "kehormatan", "penyelenggara", "pemilu"),
    "sk": ("keputusan",),
    "kepkpu": ("keputusan", "komisi", "pemilihan", "umum"),
}

_SPLIT = re.compile(r"[^0-9a-z]+")
MAX_TOKENS = 12


def fold(text: str) -> str:
    """Lower-case and strip diacritics ("Perubahan Ketiga" == "perubahan ketiga")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class ParsedQuery:
    tokens: tuple[str, ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.tokens


def parse_query(text: str) -> ParsedQuery:
    """Turn what a person typed into search tokens (see the module docstring)."""
    folded = fold(text or "")
    words = [w for w in _SPLIT.split(folded) if w]
    tokens = [w for w in words if w not in NUMBERING_WORDS]
    if not tokens and words:
        tokens = words  # someone searching for the word "tahun" itself
    # "pkpu" also matches "peraturan komisi pemilihan umum"; "uu" spelt "uu" stays a token.
    prefix_last = bool(tokens) and not re.search(r"[\s/.,;:-]$", text or "") \
        and not tokens[-1].isdigit() and len(tokens[-1]) >= 2
    return ParsedQuery(tuple(tokens[:MAX_TOKENS]), prefix_last and len(tokens) <= MAX_TOKENS)


def citation(q: ParsedQuery) -> tuple[str, int] | None:
    """(number, year) when the query reads like a legal citation ("UU 7/2017").

    Documents whose own number and year are those come first, above documents that merely
    mention the citation in their title (a court decision reviewing UU 7/2017).
    """
    years = [t for t in q.tokens if t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100]
    numbers = [t for t in q.tokens if t.isdigit() and t not in years]
    if years and numbers:
        return numbers[0], int(years[-1])
    return None


def fts5_expression(q: ParsedQuery) -> str:
    """The FTS5 MATCH expression; tokens are [0-9a-z]+ so quoting is safe."""
    parts = []
    for i, tok in enumerate(q.tokens):
        last = i == len(q.tokens) - 1
        term = f'"{tok}"*' if (last and q.prefix_last) else f'"{tok}"'
        if tok in SYNONYMS:
            long = " AND ".join(f'"{w}"' for w in SYNONYMS[tok])
            term = f"({term} OR ({long}))"
        parts.append(term)
    return " AND ".join(parts)


def tsquery_expression(q: ParsedQuery) -> str:
    """The same expression for PostgreSQL's to_tsquery('simple', ...)."""
    parts = []
    for i, tok in enumerate(q.tokens):
        last = i == len(q.tokens) - 1
        term = f"{tok}:*" if (last and q.prefix_last) else tok
        if tok in SYNONYMS:
            term = f"({term} | ({' & '.join(SYNONYMS[tok])}))"
        parts.append(term)
    return " & ".join(parts)


SORTS = {
    "relevance": None,
    "tahun_desc": "d.tahun DESC, d.id DESC",
    "tahun_asc": "d.tahun ASC, d.id ASC",
    "judul": "d.judul ASC, d.id ASC",
    "terbaru": "d.created_at DESC, d.id DESC",
}


@dataclass
class SearchFilters:
    text: str = ""
    doc_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    status: str | None = None
    subject: str | None = None
    sort: str = "relevance"


@dataclass
class SearchHits:
    ids: list[int] = field(default_factory=list)
    total: int = 0


def _filter_sql(f: SearchFilters, ph: str) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if f.doc_type:
        where.append(f"d.doc_type = {ph}")
        params.append(f.doc_type)
    if f.year_from is not None:
        where.append(f"d.tahun >= {ph}")
        params.append(int(f.year_from))
    if f.year_to is not None:
        where.append(f"d.tahun <= {ph}")
        params.append(int(f.year_to))
    if f.status:
        where.append(f"d.status = {ph}")
        params.append(f.status)
    if f.subject:
        where.append(f"upper(d.subjek) LIKE {ph}")
        params.append(f"%{f.subject.strip().upper()}%")
    return where, params


def search_documents(f: SearchFilters, limit: int = 50, offset: int = 0,
                     db: Database | None = None, count: bool = True) -> SearchHits:
    """Ids of matching documents, best first, and the total number of matches."""
    db = db or database_proxy.obj
    q = parse_query(f.text)
    sqlite = isinstance(db, SqliteDatabase)
    ph = "?" if sqlite else "%s"
    where, params = _filter_sql(f, ph)
    order = SORTS.get(f.sort) or None
    if q.empty:
        source = "document d"
        order = order or "d.tahun DESC, d.id DESC"
        match_params: list[object] = []
        order_params: list[object] = []
    elif sqlite:
        source = "document_fts f JOIN document d ON d.id = f.rowid"
        where.insert(0, "document_fts MATCH ?")
        match_params = [fts5_expression(q)]
        order = order or "bm25(document_fts, 10.0, 8.0, 3.0, 6.0, 4.0, 3.0, 2.0, 1.0), d.id"
        order_params = []
    else:
        vec = pg_document_vector_sql("d")
        source = "document d"
        where.insert(0, f"{vec} @@ to_tsquery('simple', %s)")
        match_params = [tsquery_expression(q)]
        if order is None:
            order = f"ts_rank({vec}, to_tsquery('simple', %s)) DESC, d.id"
            order_params = [tsquery_expression(q)]
        else:
            order_params = []
    cite = citation(q) if f.sort == "relevance" and not q.empty else None
    if cite is not None:
        order = (f"CASE WHEN d.tahun = {ph} AND (d.nomor = {ph} OR d.nomor LIKE {ph}) "
                 f"THEN 0 ELSE 1 END, {order}")
        order_params = [cite[1], cite[0], f"{cite[0]}/%", *order_params]
    where_sql = (" WHERE " + " AND ".join(where)) if where else ""
    all_params = match_params + params
    sql = f"SELECT d.id FROM {source}{where_sql} ORDER BY {order} LIMIT {ph} OFFSET {ph}"
    rows = db.execute_sql(sql, [*all_params, *order_params, int(limit), int(offset)]).fetchall()
    total = len(rows) + offset
    if count and (len(rows) == limit or offset):
        count_sql = f"SELECT count(*) FROM {source}{where_sql}"
        total = db.execute_sql(count_sql, all_params).fetchone()[0]
    return SearchHits([r[0] for r in rows], int(total))
