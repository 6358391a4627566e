"""Catalogue search on the full-text index (FTS5 on SQLite, tsvector on PostgreSQL).

People type legal references in many shapes: "UU 7/2017", "UU No. 7 Tahun 2017",
"undang-undang nomor 7 tahun 2017", "PKPU 4 2021", "peraturan kpu 4/2021". ``parse_query``
reduces them all to the same tokens: case and diacritics folded, punctuation split, letters
glued to digits split ("UU7/2017" = "UU 7/2017", the glued word still matching where a title
writes it so: "P3K"), the numbering words (no., nomor, tahun...) dropped, and well-known
abbreviations and desk words also matched in their long form (KPU = Komisi Pemilihan Umum,
pemilu = pemilihan umum, pilkada = pemilihan kepala daerah / gubernur / bupati / walikota).
Every token must match (AND); the last one is a prefix while the person is still typing. The
issuer's formal name, which stored titles leave out ("RI", "Republik Indonesia"), is optional:
it never restricts the match but ranks a document that holds it higher. "Indonesia" alone stays
an ordinary word ("Hukum Pemilu di Indonesia").

Ranking on SQLite. FTS5's bm25 needs, for every query word, a walk over that word's whole
list of documents (for its rarity), and a score for every match: over a 100k catalogue a query
with common words ("pemilihan umum", "singkawang", "pkpu" = peraturan komisi pemilihan umum)
costs 10-100 ms however few documents it finally matches. So the service ranks differently:

- up to ``BROAD_MATCHES`` matches: their rowids are read from the index without ranking, the
  few fields that decide relevance are fetched by primary key, and a bm25-like score is
  computed here (not FTS5's bm25): a word found in the title or the jenis abbreviation counts
  most, then number, jenis and subject, and a shorter title ranks above a longer one; equal
  scores list the newest entry first. The count is exact and free.
- more matches: listed newest catalogue entry first (the index walks rowids in order, so only
  one page is read); among tens of thousands of near-equal matches a score tells the officer
  nothing.

In both cases documents whose own number and year the query cites come first. PostgreSQL ranks
with ts_rank. Measured in BENCHMARKS.md.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import Database, SqliteDatabase

from jdih_desktop.store.fts import FTS_COLUMNS, pg_document_vector_sql
from jdih_desktop.store.instruments import INSTRUMENTS
from jdih_desktop.store.models import database_proxy

NUMBERING_WORDS = frozenset({"no", "nomor", "nmr", "nomer", "tahun", "thn", "th", "tentang",
                             "ttg", "tgl"})

# Words of the issuer's formal name that stored titles leave out: "Undang-Undang Republik
# Indonesia Nomor 7 Tahun 2017", "KPU RI". They are optional: they never restrict the match,
# but a document holding them ranks higher. "indonesia" is optional only right after
# "republik" ("Hukum Pemilu di Indonesia" still needs the word).
OPTIONAL_WORDS = frozenset({"ri", "republik"})
OPTIONAL_AFTER = {"indonesia": "republik"}

# abbreviation -> the word groups it stands for in jenis/judul (any one group matches)
SYNONYMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "kpu": (("komisi", "pemilihan", "umum"),),
    "uu": (("undang", "undang"),),
    "pp": (("peraturan", "pemerintah"),),
    "perpres": (("peraturan", "presiden"),),
    "perppu": (("peraturan", "pemerintah", "pengganti"),),
    "pkpu": (("peraturan", "komisi", "pemilihan", "umum"),),
    "mk": (("mahkamah", "konstitusi"),),
    "ma": (("mahkamah", "agung"),),
    "bawaslu": (("badan", "pengawas", "pemilihan", "umum"),),
    "dkpp": (("dewan", "kehormatan", "penyelenggara", "pemilu"),),
    "sk": (("keputusan",),),
    "kepkpu": (("keputusan", "komisi", "pemilihan", "umum"),),
    # what officers say for what the laws call them
    "pemilu": (("pemilihan", "umum"),),
    "pilkada": (("pemilihan", "kepala", "daerah"), ("pemilihan", "gubernur"),
                ("pemilihan", "bupati"), ("pemilihan", "walikota")),
    "pilpres": (("pemilihan", "presiden"),),
    "pileg": (("pemilihan", "legislatif"), ("pemilihan", "anggota", "dpr"),
              ("pemilihan", "anggota", "dprd")),
    # "walikota" and the official "wali kota" (a typed "wali kota" is read as "walikota")
    "walikota": (("wali", "kota"),),
}
# Every instrument abbreviation of store.instruments (Perda, Pergub, Perbup, Perwali/Perwal,
# Kepgub, Kepbup, Kepwal/Kepwali, Permen, Perppu ...): its long forms, "walikota" included.
for _abbr, _longs in INSTRUMENTS.items():
    _groups = list(SYNONYMS.get(_abbr, ()))
    for _long in _longs:
        _g = tuple(_long.split())
        if _g not in _groups:
            _groups.append(_g)
    SYNONYMS[_abbr] = tuple(_groups)

_SPLIT = re.compile(r"[^0-9a-z]+")
_RUNS = re.compile(r"[a-z]+|[0-9]+")
MAX_TOKENS = 12
MAX_ALTERNATIVES = 8  # spellings of one mixed token ("uu7": uu7 | uu 7 | undang undang 7)
BROAD_MATCHES = 1000  # above this many matches, relevance order gives way to newest first

# A term is what one typed word must match: any one of its alternatives, each a group of
# index words that must all be present. A trailing "*" marks a prefix (the word being typed).
Alternative = tuple[str, ...]
Term = tuple[Alternative, ...]


def fold(text: str) -> str:
    """Lower-case and strip diacritics ("Perubahan Ketiga" == "perubahan ketiga")."""
    if text.isascii():  # nearly every title: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class ParsedQuery:
    tokens: tuple[str, ...]  # the required words ("uu7" counts as "uu", "7")
    prefix_last: bool
    terms: tuple[Term, ...] = ()  # the required terms (built from ``tokens`` when omitted)
    optional: tuple[Term, ...] = ()  # ranked when present, never required

    def __post_init__(self) -> None:
        if not self.terms and self.tokens:
            last = len(self.tokens) - 1
            object.__setattr__(self, "terms", tuple(
                _term(t, self.prefix_last and i == last) for i, t in enumerate(self.tokens)))

    @property
    def empty(self) -> bool:
        return not self.terms


def _term(word: str, prefix: bool) -> Term:
    """The alternatives of one plain word: itself (or its prefix) and its long forms."""
    return ((f"{word}*" if prefix else word,), *SYNONYMS.get(word, ()))


def _mixed_term(word: str, pieces: list[str], prefix: bool) -> Term:
    """"uu7" or "pkpu4": the word as stored (rare, "p3k") or split into its runs."""
    alternatives: list[Alternative] = [()]
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        options = _term(piece, prefix and i == last)
        alternatives = [a + o for a in alternatives for o in options][:MAX_ALTERNATIVES]
    return ((f"{word}*" if prefix else word,), *alternatives)


def parse_query(text: str) -> ParsedQuery:
    """Turn what a person typed into search terms (see the module docstring)."""
    folded = fold(text or "")
    words = [w for w in _SPLIT.split(folded) if w]
    # "wali kota" (the official spelling) and "walikota" are one word for the search
    merged: list[str] = []
    for w in words:
        if w == "kota" and merged and merged[-1] == "wali":
            merged[-1] = "walikota"
        else:
            merged.append(w)
    words = merged
    # (word, its letter/digit runs without numbering words, optional?)
    kept: list[tuple[str, list[str], bool]] = []
    for i, w in enumerate(words):
        runs = _RUNS.findall(w)
        if len(runs) > 1:
            pieces = [r for r in runs if r not in NUMBERING_WORDS]
            if not pieces:
                continue
            if len(pieces) == 1:
                w = pieces[0]  # "no7" is just 7
        elif w in NUMBERING_WORDS:
            continue
        else:
            pieces = [w]
        optional = w in OPTIONAL_WORDS or (
            w in OPTIONAL_AFTER and i > 0 and words[i - 1] == OPTIONAL_AFTER[w])
        kept.append((w, pieces, optional))
    if kept and all(opt for _, _, opt in kept):
        kept = [(w, p, False) for w, p, _ in kept]  # "Republik Indonesia" searched by itself
    if not kept and words:
        kept = [(w, [w], False) for w in words]  # someone searching for the word "tahun"
    last_word = kept[-1][1][-1] if kept else ""
    prefix_last = bool(kept) and not kept[-1][2] and not re.search(r"[\s/.,;:-]$", text or "") \
        and not last_word.isdigit() and len(last_word) >= 2
    required = [(w, p) for w, p, opt in kept if not opt][:MAX_TOKENS]
    prefix_last = prefix_last and len(required) == len([k for k in kept if not k[2]])
    terms: list[Term] = []
    for i, (w, pieces) in enumerate(required):
        prefix = prefix_last and i == len(required) - 1
        terms.append(_mixed_term(w, pieces, prefix) if len(pieces) > 1 else _term(w, prefix))
    optional = tuple(_term(w, False) for w, _, opt in kept if opt)
    tokens = tuple(piece for _, pieces in required for piece in pieces)
    return ParsedQuery(tokens, prefix_last, tuple(terms), optional)


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


def _fts5_word(word: str) -> str:
    return f'"{word[:-1]}"*' if word.endswith("*") else f'"{word}"'


def _fts5_term(term: Term) -> str:
    alternatives = [" AND ".join(_fts5_word(w) for w in alt) for alt in term]
    if len(alternatives) == 1:
        return alternatives[0] if len(term[0]) == 1 else f"({alternatives[0]})"
    return "(" + " OR ".join(a if len(alt) == 1 else f"({a})"
                             for a, alt in zip(alternatives, term, strict=True)) + ")"


def fts5_expression(q: ParsedQuery) -> str:
    """The FTS5 MATCH expression of the required terms; words are [0-9a-z]+ so quoting is
    safe."""
    return " AND ".join(_fts5_term(t) for t in q.terms)


def _ts_word(word: str) -> str:
    return f"{word[:-1]}:*" if word.endswith("*") else word


def _ts_term(term: Term) -> str:
    alternatives = [" & ".join(_ts_word(w) for w in alt) for alt in term]
    if len(alternatives) == 1:
        return alternatives[0] if len(term[0]) == 1 else f"({alternatives[0]})"
    return "(" + " | ".join(a if len(alt) == 1 else f"({a})"
                            for a, alt in zip(alternatives, term, strict=True)) + ")"


def tsquery_expression(q: ParsedQuery) -> str:
    """The same expression for PostgreSQL's to_tsquery('simple', ...)."""
    return " & ".join(_ts_term(t) for t in q.terms)


def tsquery_optional(q: ParsedQuery) -> str | None:
    """The optional terms as one to_tsquery('simple', ...) OR expression (for ranking)."""
    return " | ".join(_ts_term(t) for t in q.optional) or None


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


def filter_sql(f: SearchFilters, ph: str) -> tuple[list[str], list[object]]:
    """The filters as WHERE terms on ``document d`` and their parameters (``ph``: placeholder).

    Public because the catalogue's count must filter exactly as the search does.
    """
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


def _first_matches(db: Database, expression: str, threshold: int) -> list[int]:
    """Up to ``threshold + 1`` matching rowids, newest first, unranked (no score computed)."""
    rows = db.execute_sql(
        "SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC "
        "LIMIT ?",
        (expression, threshold + 1)).fetchall()
    return [r[0] for r in rows]


# Weights of the fields fetched for scoring, in the order of _RANK_COLUMNS (highest first); a
# word found only in another indexed field (abstract, author, year) counts 1. The jenis
# abbreviation counts like the title: "UU Pemilu" means the law itself, above a court decision
# whose long title mentions "Undang-Undang ... Pemilihan Umum".
_RANK_COLUMNS = ("judul", "singkatan_jenis", "nomor", "jenis", "subjek")
_RANK_WEIGHTS = (10.0, 10.0, 8.0, 3.0, 3.0)
_NOMOR = 2 + _RANK_COLUMNS.index("nomor")  # its place in a row of _search_ranked


@functools.lru_cache(maxsize=4096)
def _words(value: object) -> frozenset[str]:
    """The folded words of a field (cached: jenis, abbreviations and subjects repeat)."""
    if value is None:
        return frozenset()
    return frozenset(w for w in _SPLIT.split(fold(str(value))) if w)


def _word_in(word: str, words: frozenset[str]) -> bool:
    """An alternative's word (a trailing "*": a prefix) among a field's or document's words."""
    if word.endswith("*"):
        stem = word[:-1]
        return any(w.startswith(stem) for w in words)
    return word in words


def _matches(q: ParsedQuery, words: frozenset[str]) -> bool:
    """The MATCH expression of ``fts5_expression`` evaluated on a document's words."""
    return all(any(all(_word_in(w, words) for w in alt) for alt in term) for term in q.terms)


def _scorer(q: ParsedQuery):  # -> Callable[[list[frozenset[str]]], float]
    """A bm25-like score for one query: per term, the weight of the best field holding it.

    A term spelt as several words (KPU = komisi pemilihan umum) counts the best field of each
    word, averaged; its best alternative counts. A required term found only in another indexed
    field counts 1; an optional term ("republik indonesia") that is absent counts 0.
    """
    plan = [(term, 1.0) for term in q.terms] + [(term, 0.0) for term in q.optional]

    def word_weight(word: str, fields: list[frozenset[str]]) -> float:
        for weight, words in zip(_RANK_WEIGHTS, fields, strict=True):  # best weight first
            if _word_in(word, words):
                return weight
        return 0.0

    def score(fields: list[frozenset[str]]) -> float:
        total = 0.0
        for term, floor in plan:
            best = 0.0
            for alt in term:
                if len(alt) == 1:
                    best = max(best, word_weight(alt[0], fields))
                else:
                    weights = [word_weight(w, fields) for w in alt]
                    if all(weights):
                        best = max(best, sum(weights) / len(weights))
                if best == _RANK_WEIGHTS[0]:
                    break
            total += best or floor
        return total / (1.0 + 0.02 * len(fields[0]))

    return score


def _search_ranked(db: Database, f: SearchFilters, q: ParsedQuery, rowids: list[int],
                   limit: int, offset: int) -> SearchHits:
    """SQLite, at most BROAD_MATCHES matches, relevance sort: score them here (see top)."""
    if not rowids:
        return SearchHits([], 0)
    where, params = filter_sql(f, "?")
    cols = ", ".join(f"d.{c}" for c in _RANK_COLUMNS)
    sql = (f"SELECT d.id, d.tahun, {cols} FROM document d WHERE d.id IN "
           f"({', '.join(str(int(i)) for i in rowids)})" + "".join(f" AND {w}" for w in where))
    cite = citation(q)
    score = _scorer(q)
    ranked = []
    for row in db.execute_sql(sql, params).fetchall():
        fields = [_words(v) for v in row[2:]]
        nomor = row[_NOMOR] or ""
        cited = cite is not None and row[1] == cite[1] and (
            nomor == cite[0] or nomor.startswith(f"{cite[0]}/"))
        ranked.append((0 if cited else 1, -score(fields), -row[0]))  # ties: newest first
    ranked.sort()
    return SearchHits([-r[2] for r in ranked[offset:offset + limit]], len(ranked))


def _search_broad(db: Database, f: SearchFilters, q: ParsedQuery, limit: int, offset: int,
                  count: bool, newest: list[int]) -> SearchHits:
    """SQLite, many matches, relevance sort: cited documents first, then newest first.

    ``newest``: the newest matching rowids already read; without filters the page is taken
    from them when they reach far enough (one index walk less).
    """
    expr = fts5_expression(q)
    where, params = filter_sql(f, "?")
    cited: list[int] = []
    cite = citation(q)
    if cite is not None:
        # Few rows share a number and a year (year index); each must also match every word,
        # checked here on its indexed fields (a MATCH per row would cost ~1 ms each).
        cols = ", ".join(f"d.{c}" for c in FTS_COLUMNS)
        # "7" or "7/...": one range "7" <= nomor < "70" ('/' + 1 == '0') that the
        # (tahun, nomor) index answers, then the exact shapes within it.
        sql = (f"SELECT d.id, {cols} FROM document d WHERE d.tahun = ? AND d.nomor >= ? AND "
               "d.nomor < ? AND (d.nomor = ? OR d.nomor >= ?)"
               + "".join(f" AND {w}" for w in where) + " ORDER BY d.id DESC")
        cite_params = [cite[1], cite[0], f"{cite[0]}0", cite[0], f"{cite[0]}/", *params]
        for row in db.execute_sql(sql, cite_params).fetchall():
            words = frozenset().union(*(_words(v) for v in row[1:]))
            if _matches(q, words):
                cited.append(row[0])
    head = cited[offset:offset + limit]
    rest_limit = limit - len(head)
    rest_offset = max(0, offset - len(cited))
    source = "document_fts f JOIN document d ON d.id = f.rowid"
    where_sql = " WHERE " + " AND ".join(["document_fts MATCH ?", *where])
    rest: list[int] = []
    cited_set = set(cited)
    known = [i for i in newest if i not in cited_set] if not where else []
    if rest_limit > 0 and rest_offset + rest_limit <= len(known):
        rest = known[rest_offset:rest_offset + rest_limit]
    elif rest_limit > 0:
        skip = ""
        if cited:
            skip = f" AND d.id NOT IN ({', '.join(str(int(i)) for i in cited)})"
        rest = [r[0] for r in db.execute_sql(
            f"SELECT d.id FROM {source}{where_sql}{skip} ORDER BY f.rowid DESC LIMIT ? "
            "OFFSET ?", [expr, *params, rest_limit, rest_offset]).fetchall()]
    ids = head + rest
    total = len(ids) + offset
    if count and (len(ids) == limit or offset):
        total = _count_sqlite(db, expr, where, params)
    return SearchHits(ids, int(total))


def _count_sqlite(db: Database, expression: str, where: list[str], params: list[object]) -> int:
    """Total matches; without filters the index alone answers (no lookup per document)."""
    if not where:
        sql = "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?"
    else:
        sql = ("SELECT count(*) FROM document_fts f JOIN document d ON d.id = f.rowid WHERE "
               + " AND ".join(["document_fts MATCH ?", *where]))
    return int(db.execute_sql(sql, [expression, *params]).fetchone()[0])


def search_documents(f: SearchFilters, limit: int = 50, offset: int = 0,
                     db: Database | None = None, count: bool = True,
                     broad_after: int = BROAD_MATCHES) -> SearchHits:
    """Ids of matching documents, best first, and the total number of matches.

    ``broad_after``: above this many matches relevance order gives way to newest first
    (SQLite; see the module docstring). ``count=False`` may skip counting beyond the page.
    """
    db = db or database_proxy.obj
    q = parse_query(f.text)
    sqlite = isinstance(db, SqliteDatabase)
    if sqlite and not q.empty:
        q = with_typos(q, db)
    if sqlite and not q.empty and f.sort == "relevance":
        rowids = _first_matches(db, fts5_expression(q), broad_after)
        if len(rowids) > broad_after:
            return _search_broad(db, f, q, limit, offset, count, rowids)
        return _search_ranked(db, f, q, rowids, limit, offset)
    ph = "?" if sqlite else "%s"
    where, params = filter_sql(f, ph)
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
            rank = f"ts_rank({vec}, to_tsquery('simple', %s))"
            order_params = [tsquery_expression(q)]
            optional = tsquery_optional(q)
            if optional:  # "republik indonesia": ranks higher, never required
                rank = f"{rank} + ts_rank({vec}, to_tsquery('simple', %s))"
                order_params.append(optional)
            order = f"{rank} DESC, d.id"
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
        if sqlite and match_params:
            total = _count_sqlite(db, str(match_params[0]), where[1:], params)
        else:
            count_sql = f"SELECT count(*) FROM {source}{where_sql}"
            total = db.execute_sql(count_sql, all_params).fetchone()[0]
    return SearchHits([r[0] for r in rows], int(total))


# ----------------------------------------------------------------------------- typo tolerance
# A deletion index over the FTS5 vocabulary (fts5vocab): every word and every form of it with
# one letter deleted points at the word. A finished query word that is not in the vocabulary
# ("retribsi", "menulr", "tanm") is matched by the words one edit away ("retribusi"); the word
# still being typed (the prefix) is left alone. Rebuilt when the catalogue changed (the
# document count and the newest change differ), so imports are seen at the next search.

TYPO_MIN_LENGTH = 4
_vocab_cache: dict[int, tuple[tuple[object, ...], dict[str, int], dict[str, set[str]]]] = {}


def _vocab_state(db: Database) -> tuple[object, ...]:
    return tuple(db.execute_sql(
        "SELECT count(*), max(id), max(updated_at) FROM document").fetchone())


def vocabulary(db: Database | None = None) -> tuple[dict[str, int], dict[str, set[str]]]:
    """(word -> number of documents, deletion form -> words) of the SQLite index."""
    db = db or database_proxy.obj
    state = _vocab_state(db)
    cached = _vocab_cache.get(id(db))
    if cached is not None and cached[0] == state:
        return cached[1], cached[2]
    db.execute_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_fts_vocab USING "
                   "fts5vocab(main, document_fts, 'row')")
    freq = {t: int(n) for t, n in db.execute_sql(
        "SELECT term, doc FROM temp.document_fts_vocab").fetchall()
        if t.isalpha() and len(t) >= TYPO_MIN_LENGTH - 1}
    deletions: dict[str, set[str]] = {}
    for word in freq:
        for form in _deletions(word):
            deletions.setdefault(form, set()).add(word)
    _vocab_cache[id(db)] = (state, freq, deletions)
    return freq, deletions


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def corrections(word: str, db: Database | None = None) -> list[str]:
    """Vocabulary words one edit (deletion, insertion, substitution, swap) from ``word``,
    the most frequent first; [] when the word is known or too short."""
    if len(word) < TYPO_MIN_LENGTH or not word.isalpha():
        return []
    freq, deletions = vocabulary(db)
    if word in freq:
        return []
    found: set[str] = set()
    for form in _deletions(word):
        found |= deletions.get(form, set())
    found = {w for w in found if _edit_distance_1(word, w)}
    return sorted(found, key=lambda w: (-freq[w], w))[:4]


def _edit_distance_1(a: str, b: str) -> bool:
    if a == b:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def with_typos(q: ParsedQuery, db: Database) -> ParsedQuery:
    """The query with each finished unknown word also matching its corrections."""
    terms = []
    changed = False
    for term in q.terms:
        word = term[0][0] if len(term[0]) == 1 else ""
        if word and not word.endswith("*") and word not in SYNONYMS:
            fixes = corrections(word, db)
            if fixes:
                term = (*term, *((w,) for w in fixes))
                changed = True
        terms.append(term)
    if not changed:
        return q
    return ParsedQuery(q.tokens, q.prefix_last, tuple(terms), q.optional)


def suggest(text: str, db: Database | None = None) -> str | None:
    """"Maksud Anda: ...?": the query with unknown words replaced by the closest known ones
    (up to two edits, the most frequent), None when there is nothing better to offer."""
    import difflib

    db = db or database_proxy.obj
    if not isinstance(db, SqliteDatabase):
        return None
    freq, _ = vocabulary(db)
    words = [w for w in _SPLIT.split(fold(text or "")) if w]
    out = []
    changed = False
    for w in words:
        if w in freq or not w.isalpha() or len(w) < TYPO_MIN_LENGTH - 1 or w in SYNONYMS \
                or w in NUMBERING_WORDS:
            out.append(w)
            continue
        close = corrections(w, db) or difflib.get_close_matches(
            w, [k for k in freq if abs(len(k) - len(w)) <= 2 and k[0] == w[0]], n=3,
            cutoff=0.75)
        if close:
            out.append(max(close, key=lambda k: freq.get(k, 0)))
            changed = True
        else:
            out.append(w)
    return " ".join(out) if changed else None
