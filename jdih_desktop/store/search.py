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

Ranking on SQLite, for narrow and broad queries alike: an exact citation first (documents
whose own number and year the query cites), then title phrase and proximity (the query's words
together in the title, in order; or close together), then a bm25-like field score computed
here, then the newest entry. FTS5's own bm25 walks every query word's whole document list and
scores every match: over a 100k catalogue a common query ("pemilihan umum", "pkpu" =
peraturan komisi pemilihan umum) costs 10-100 ms. So the ranked set is capped
(``BROAD_MATCHES`` candidates: documents holding every term in their title or jenis
abbreviation first, then the other matches, newest first within each), the fields that decide
relevance are fetched by primary key and scored here, and the count stays exact. Matches
beyond the candidates follow newest first, so a table can still scroll to every one.

An officer's expansion must not flood the results: "pemilu" (pemilihan umum) counts as a title
match only where "pemilihan umum" stands outside "Komisi Pemilihan Umum" (``BODY_NAMES``), so
election documents rank above every KPU decision. Finished words that are not in the index are
also matched by their one-edit corrections (``with_typos``, a deletion index over the FTS5
vocabulary); ``suggest`` offers "Maksud Anda: ...?" when nothing matches. PostgreSQL does the
same work: its GIN index finds the matches and a title-only vector the title stages, its
``ts_stat`` gives the vocabulary, and the same scorer ranks the same candidates, so both
engines answer the search-quality table alike. Measured in BENCHMARKS.md.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import Database, SqliteDatabase

from jdih_desktop.store.fts import (
    FACET_COLUMN,
    FTS_COLUMNS,
    pg_document_vector_sql,
    pg_title_vector_sql,
)
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
BROAD_MATCHES = 500  # the candidate set a relevance search ranks (title matches first)

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
    exact: bool = True  # False: ``total`` is a lower bound (``count=False`` skipped the count)


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


def _expansion_phrases(q: ParsedQuery) -> str | None:
    """For a query with an officer's expansion ("pemilu"): the titles holding its long form
    as a phrase outside a body's name, the first candidates (see ``BODY_NAMES``)."""
    if not any(t[0][0] in EXPANSIONS for t in q.terms):
        return None
    parts = []
    for term in q.terms:
        if term[0][0] in EXPANSIONS:
            parts.append("(" + " OR ".join('"' + " ".join(alt) + '"' for alt in term) + ")")
        else:
            parts.append(_fts5_term(term))
    bodies = " OR ".join('"' + " ".join(b) + '"' for b in BODY_NAMES)
    return f"({{judul}} : ({' AND '.join(parts)})) NOT ({{judul}} : ({bodies}))"


def _candidates(db: Database, expression: str, where: list[str], params: list[object],
                cap: int, phrase_expression: str | None = None,
                facets: str | None = None) -> list[int]:
    """The documents a relevance search ranks: those whose title (or jenis abbreviation)
    holds every term first, then any other match, newest first within each, ``cap`` in all.

    Broad queries ("pemilihan umum" matches half of a KPU library) are ranked over this capped
    set instead of being listed newest first: a title match is what an officer means. With an
    officer's expansion the titles holding its phrase outside a body's name come first.
    """
    out: list[int] = []
    seen: set[int] = set()
    titles = f"{{judul singkatan_jenis}} : ({expression})"
    stages = [titles, expression]
    if phrase_expression is not None:
        stages.insert(0, phrase_expression)
    if facets:  # the filters as index terms, outside the stage's column filter
        stages = [f"({stage}) AND {facets}" for stage in stages]
    for expr in stages:
        if len(out) >= cap:
            break
        if where:
            sql = ("SELECT d.id FROM document_fts f CROSS JOIN document d ON d.id = f.rowid WHERE "
                   + " AND ".join(["document_fts MATCH ?", *where])
                   + " ORDER BY f.rowid DESC LIMIT ?")
            args = [expr, *params, cap]
        else:
            sql = ("SELECT rowid FROM document_fts WHERE document_fts MATCH ? "
                   "ORDER BY rowid DESC LIMIT ?")
            args = [expr, cap]
        for (rowid,) in db.execute_sql(sql, args).fetchall():
            if rowid not in seen and len(out) < cap:
                seen.add(rowid)
                out.append(rowid)
    return out


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


Field = tuple[frozenset[str], str]  # a field's words, and the same words as " w1 w2 " text


@functools.lru_cache(maxsize=8192)
def _field(value: object) -> Field:
    """A field for scoring: its word set (exact words) and its text (prefix tests are
    substring tests on it: C speed instead of a loop over the words)."""
    words = _words(value)
    return words, " " + " ".join(words) + " "


def _title_field(title: object) -> Field:
    text = _title_text(title)
    return _title_words(text), text


@functools.lru_cache(maxsize=20000)
def _title_words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _in(word: str, field: Field) -> bool:
    """``_word_in`` on a scoring field."""
    if word[-1] == "*":
        return " " + word[:-1] in field[1]
    return word in field[0]


def _word_in(word: str, words: frozenset[str]) -> bool:
    """An alternative's word (a trailing "*": a prefix) among a field's or document's words."""
    if word.endswith("*"):
        stem = word[:-1]
        return any(w.startswith(stem) for w in words)
    return word in words


def _matches(q: ParsedQuery, words: frozenset[str]) -> bool:
    """The MATCH expression of ``fts5_expression`` evaluated on a document's words."""
    return all(any(all(_word_in(w, words) for w in alt) for alt in term) for term in q.terms)


# Names of bodies that contain the words an officer's abbreviation expands to: "pemilu" means
# elections (pemilihan umum), not every decision of the Komisi Pemilihan Umum.
BODY_NAMES = (("komisi", "pemilihan", "umum"), ("badan", "pengawas", "pemilihan", "umum"),
              ("dewan", "kehormatan", "penyelenggara", "pemilu"))
# Query words whose long forms must appear as a phrase outside those names to count as a title
# match (the abbreviations of the bodies themselves, KPU or Bawaslu, are not among them).
EXPANSIONS = frozenset({"pemilu", "pilkada", "pilpres", "pileg"})


@functools.lru_cache(maxsize=20000)
def _title_text(title: object) -> str:
    """The title's folded words, space-separated with a space at both ends (phrase tests are
    substring tests: C speed)."""
    return " " + " ".join(w for w in _SPLIT.split(fold(str(title or ""))) if w) + " "


_BODY_TEXTS = tuple(" " + " ".join(b) + " " for b in BODY_NAMES)


def _without_bodies(text: str) -> str:
    """The title text with the bodies' names cut out ("|" marks the cut: no phrase spans it)."""
    if " pemil" not in text:
        return text
    for body in _BODY_TEXTS:
        text = text.replace(body, " | ")
    return text


def _phrase_text(phrase: tuple[str, ...]) -> str:
    """" w1 w2 " (or " w1 stem" when the last word is a prefix) for a substring test."""
    if phrase[-1].endswith("*"):
        return " " + " ".join((*phrase[:-1], phrase[-1][:-1]))
    return " " + " ".join(phrase) + " "


def _scorer(q: ParsedQuery):  # -> Callable[[list[frozenset[str]], str], tuple]
    """The ranking key of one query's candidates: (title phrase/proximity, bm25-like score).

    The score: per term, the weight of the best field holding it (title and jenis
    abbreviation 10, number 8, jenis and subject 3, another indexed field 1). A term spelt as
    several words (KPU = komisi pemilihan umum) counts the best field of each word, averaged;
    for an officer's expansion ("pemilu" = pemilihan umum) the words count as a title match
    only as a phrase outside a body's name. An optional term ("republik indonesia") that is
    absent counts 0. Shorter titles rank a little higher.

    Title phrase/proximity: 2 when the query's words stand together in the title, in order;
    1 when they all appear in the title within a few words of each other; else 0.
    """
    plan = [(term, 1.0) for term in q.terms] + [(term, 0.0) for term in q.optional]
    content = [t for t in q.terms if not (len(t[0]) == 1 and t[0][0].rstrip("*").isdigit())]
    expansions = any(t[0][0] in EXPANSIONS for t in q.terms)
    phrases = {alt: _phrase_text(alt) for term in q.terms for alt in term}

    def word_weight(word: str, fields: list[Field], weights: dict[str, float]) -> float:
        if word[-1] != "*":
            return weights.get(word, 0.0)
        for weight, fld in zip(_RANK_WEIGHTS, fields, strict=True):  # best weight first
            if _in(word, fld):
                return weight
        return 0.0

    def term_in_title(term: Term, text: str, bare: str) -> tuple[str, ...] | None:
        for alt in term:
            where = bare if len(alt) > 1 and term[0][0] in EXPANSIONS else text
            if phrases[alt] in where:
                return alt
        return None

    # The terms a document's own jenis answers depend on its jenis fields only, which repeat
    # across the catalogue: worked out once per pair.
    own_rest: dict[tuple[str, str], list[Term]] = {}

    def rest_of(own_a: Field, own_b: Field) -> list[Term]:
        key = (own_a[1], own_b[1])
        rest = own_rest.get(key)
        if rest is None:
            rest = own_rest[key] = [
                t for t in content
                if not any(all(_in(w, own_a) or _in(w, own_b) for w in alt) for alt in t)]
        return rest

    def score(fields: list[Field], text: str) -> tuple[float, float]:
        bare = _without_bodies(text) if expansions else text
        weights: dict[str, float] = {}  # word -> the weight of the best field holding it
        for weight, fld in zip(_RANK_WEIGHTS[::-1], fields[::-1], strict=True):
            for w in fld[0]:
                weights[w] = weight
        total = 0.0
        for term, floor in plan:
            best = 0.0
            for alt in term:
                if len(alt) == 1:
                    best = max(best, word_weight(alt[0], fields, weights))
                else:
                    ws = [word_weight(w, fields, weights) for w in alt]
                    if all(ws):
                        w = sum(ws) / len(ws)
                        if (term[0][0] in EXPANSIONS and w >= _RANK_WEIGHTS[0] - 1e-9
                                and phrases[alt] not in bare):
                            w = 1.0  # only inside "Komisi Pemilihan Umum"
                        best = max(best, w)
                if best == _RANK_WEIGHTS[0]:
                    break
            total += best or floor
        bm25 = total / (1.0 + 0.02 * len(fields[0][0]))
        phrase = 0.0
        # A term the document's own jenis answers ("UU" of an Undang-Undang) is not looked
        # for in the title: "UU Pemilu" is a law titled "Pemilihan Umum".
        rest = rest_of(fields[1], fields[3])
        if content and not rest:
            phrase = 1.0
        elif rest:
            found = [term_in_title(t, text, bare) for t in rest]
            if all(found):
                flat = tuple(w for alt in found for w in alt)  # type: ignore[union-attr]
                whole = _phrase_text(flat)
                if whole in text or (expansions and whole in bare):
                    phrase = 2.0
                else:
                    spots = sorted(text.find(phrases[alt]) for alt in found)  # type: ignore
                    span = text[spots[0]:spots[-1]].count(" ")
                    if span <= len(flat) + 3:
                        phrase = 1.0
        return phrase, bm25

    return score


def _cited_ids(db: Database, f: SearchFilters, q: ParsedQuery) -> list[int]:
    """Documents whose own number and year the query cites, newest first (few rows share a
    number and a year: the (tahun, nomor) index), each also matching every term."""
    cite = citation(q)
    if cite is None:
        return []
    sqlite = isinstance(db, SqliteDatabase)
    ph = "?" if sqlite else "%s"
    where, params = filter_sql(f, ph)
    cols = ", ".join(f"d.{c}" for c in FTS_COLUMNS)
    if sqlite:
        # "7" or "7/...": one range "7" <= nomor < "70" ('/' + 1 == '0') that the (tahun,
        # nomor) index answers, then the exact shapes within it.
        cond = "d.tahun = ? AND d.nomor >= ? AND d.nomor < ? AND (d.nomor = ? OR d.nomor >= ?)"
        cite_params = [cite[1], cite[0], f"{cite[0]}0", cite[0], f"{cite[0]}/"]
    else:  # PostgreSQL's collation need not sort "/" below "0": the plain shapes
        cond = "d.tahun = %s AND (d.nomor = %s OR d.nomor LIKE %s)"
        cite_params = [cite[1], cite[0], f"{cite[0]}/%"]
    sql = (f"SELECT d.id, {cols} FROM document d WHERE {cond}"
           + "".join(f" AND {w}" for w in where) + " ORDER BY d.id DESC")
    cite_params += params
    out = []
    for row in db.execute_sql(sql, cite_params).fetchall():
        words = frozenset().union(*(_words(v) for v in row[1:]))
        if _matches(q, words):
            out.append(row[0])
    return out


def rank_candidates(db: Database, q: ParsedQuery, ids: list[int],
                    cited: set[int]) -> list[int]:
    """``ids`` in relevance order: cited first, then title phrase/proximity, then the
    bm25-like score, then the newest entry."""
    if not ids:
        return []
    cols = ", ".join(f"d.{c}" for c in _RANK_COLUMNS)
    score = _scorer(q)
    ranked = []
    for i in range(0, len(ids), 900):
        chunk = ", ".join(str(int(x)) for x in ids[i:i + 900])
        for row in db.execute_sql(f"SELECT d.id, {cols} FROM document d WHERE d.id IN "
                                  f"({chunk})").fetchall():
            title = _title_field(row[1])
            fields = [title, *(_field(v) for v in row[2:])]
            phrase, bm25 = score(fields, title[1])
            ranked.append((0 if row[0] in cited else 1, -phrase, -bm25, -row[0]))
    ranked.sort()
    return [-r[3] for r in ranked]


def _search_relevance(db: Database, f: SearchFilters, q: ParsedQuery, limit: int,
                      offset: int, count: bool, cap: int) -> SearchHits:
    """SQLite, relevance sort: cited documents, then the capped candidate set ranked here."""
    text, facets, where, params = sqlite_match(f, q, db)
    expr = _and(text, facets)
    cited = _cited_ids(db, f, q)
    candidates = _candidates(db, text, where, params, cap, _expansion_phrases(q), facets)
    pool = cited + [i for i in candidates if i not in set(cited)]
    ordered = rank_candidates(db, q, pool, set(cited))
    page = ordered[offset:offset + limit]
    if len(page) < limit and len(candidates) >= cap:
        # Past the ranked candidates (a table scrolled far down): the other matches follow,
        # newest first, so every match can still be reached.
        skip = ", ".join(str(int(i)) for i in pool)
        source = "document_fts f CROSS JOIN document d ON d.id = f.rowid"
        sql = (f"SELECT d.id FROM {source} WHERE "
               + " AND ".join(["document_fts MATCH ?", *where, f"d.id NOT IN ({skip})"])
               + " ORDER BY f.rowid DESC LIMIT ? OFFSET ?")
        page += [r[0] for r in db.execute_sql(
            sql, [expr, *params, limit - len(page), max(0, offset - len(ordered))]).fetchall()]
    total = len(ordered)
    exact = len(candidates) < cap
    if not exact and (count or len(page) < limit):
        total, exact = max(total, _count_sqlite(db, expr, where, params)), True
    return SearchHits(page, int(total), exact)


def _pg_phrase(words: tuple[str, ...]) -> str:
    return "(" + " <-> ".join(_ts_word(w) for w in words) + ")"


def _pg_expansion_phrases(q: ParsedQuery) -> str | None:
    """``_expansion_phrases`` for PostgreSQL: the expansion's long form as a phrase, every
    other term as usual, and none of the bodies' names (for the title vector)."""
    if not any(t[0][0] in EXPANSIONS for t in q.terms):
        return None
    parts = []
    for term in q.terms:
        if term[0][0] in EXPANSIONS:
            parts.append("(" + " | ".join(_pg_phrase(alt) for alt in term) + ")")
        else:
            parts.append(_ts_term(term))
    bodies = " | ".join(_pg_phrase(b) for b in BODY_NAMES)
    return f"{' & '.join(parts)} & !({bodies})"


def _search_relevance_pg(db: Database, f: SearchFilters, q: ParsedQuery, limit: int,
                         offset: int, count: bool, cap: int) -> SearchHits:
    """PostgreSQL, relevance sort: the same work as ``_search_relevance`` on SQLite — the
    cited documents, the capped candidate set read the same way (the expansion's phrase
    outside a body's name, then every term in the title or jenis abbreviation, then any
    match, newest first within each), ranked here by the same scorer, and the same total.
    The GIN index finds the matches; the title stages recheck a title-only vector on them."""
    vec = pg_document_vector_sql("d")
    title_vec = pg_title_vector_sql("d")
    expr = tsquery_expression(q)
    where, params = filter_sql(f, "%s")
    base = [f"{vec} @@ to_tsquery('simple', %s)", *where]
    base_params: list[object] = [expr, *params]
    cited = _cited_ids(db, f, q)
    stages: list[tuple[str | None, str | None]] = [(title_vec, expr), (None, None)]
    phrase = _pg_expansion_phrases(q)
    if phrase is not None:
        stages.insert(0, (title_vec, phrase))
    candidates: list[int] = []
    seen: set[int] = set()
    for column, stage in stages:
        if len(candidates) >= cap:
            break
        conds, args = list(base), list(base_params)
        if column is not None:
            conds.append(f"{column} @@ to_tsquery('simple', %s)")
            args.append(stage)
        sql = (f"SELECT d.id FROM document d WHERE {' AND '.join(conds)} "
               "ORDER BY d.id DESC LIMIT %s")
        for (doc_id,) in db.execute_sql(sql, [*args, cap]).fetchall():
            if doc_id not in seen and len(candidates) < cap:
                seen.add(doc_id)
                candidates.append(doc_id)
    cited_set = set(cited)
    pool = cited + [i for i in candidates if i not in cited_set]
    ordered = rank_candidates(db, q, pool, cited_set)
    page = ordered[offset:offset + limit]
    if len(page) < limit and len(candidates) >= cap:
        skip = ", ".join(str(int(i)) for i in pool)
        sql = (f"SELECT d.id FROM document d WHERE {' AND '.join(base)} "
               f"AND d.id NOT IN ({skip}) ORDER BY d.id DESC LIMIT %s OFFSET %s")
        page += [r[0] for r in db.execute_sql(
            sql, [*base_params, limit - len(page), max(0, offset - len(ordered))]).fetchall()]
    total = len(ordered)
    exact = len(candidates) < cap
    if not exact and (count or len(page) < limit):
        counted = db.execute_sql(f"SELECT count(*) FROM document d WHERE {' AND '.join(base)}",
                                 base_params).fetchone()[0]
        total, exact = max(total, int(counted)), True
    return SearchHits(page, int(total), exact)


FACET_YEAR_SPAN = 60  # a wider year range stays an SQL filter


_facet_index: dict[tuple[int, str], bool] = {}


def _db_key(db: Database) -> tuple[int, str]:
    """A cache key for one open database (the object and its file: ids are reused)."""
    return (id(db), str(getattr(db, "database", "")))


def _has_facets(db: Database) -> bool:
    """Does this database's index hold the filter words? (A file indexed before they were
    added still searches, with the filters as SQL.)"""
    known = _facet_index.get(_db_key(db))
    if known is None:
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'document_fts'").fetchone()
        known = _facet_index[_db_key(db)] = bool(row and FACET_COLUMN in (row[0] or ""))
    return known


def sqlite_match(f: SearchFilters, q: ParsedQuery, db: Database | None = None
                 ) -> tuple[str, str | None, list[str], list[object]]:
    """(text expression, filter expression or None, remaining SQL filters, their params).

    The type, status and year filters become index terms (``fts.FACET_COLUMN`` words and the
    ``tahun`` column), so a filtered search and its count stay inside the full-text index; the
    subject is matched there as a phrase whose last word is a prefix ("PEMILU - KAMP" finds
    "PEMILU - KAMPANYE"), where the SQL filter (and PostgreSQL) compares a substring (it would
    also find "kamp" inside a word).
    """
    import datetime as _dt

    if not _has_facets(db or database_proxy.obj):
        where, params = filter_sql(f, "?")
        return fts5_expression(q), None, where, params
    terms: list[str] = []
    rest = SearchFilters(subject=f.subject)
    if f.doc_type:
        terms.append(f'{FACET_COLUMN} : "t{"".join(_SPLIT.split(fold(f.doc_type)))}"')
    if f.status:
        terms.append(f'{FACET_COLUMN} : "s{"".join(_SPLIT.split(fold(f.status)))}"')
    lo, hi = f.year_from, f.year_to
    if lo is not None and hi is None:
        hi = _dt.date.today().year  # no catalogued year lies in the future (validation)
    if lo is not None and hi is not None and 0 <= hi - lo <= FACET_YEAR_SPAN:
        terms.append("tahun : (" + " OR ".join(f'"{y}"' for y in range(lo, hi + 1)) + ")")
    else:
        rest.year_from, rest.year_to = f.year_from, f.year_to
    words = [w for w in _SPLIT.split(fold(f.subject or "")) if w]
    if words:
        terms.append(f'subjek : "{" ".join(words)}"*')
        rest.subject = None
    where, params = filter_sql(rest, "?")
    return fts5_expression(q), (" AND ".join(terms) or None), where, params


def _and(expression: str, facets: str | None) -> str:
    return f"({expression}) AND {facets}" if facets else expression


def _count_sqlite(db: Database, expression: str, where: list[str], params: list[object]) -> int:
    """Total matches; without filters the index alone answers (no lookup per document)."""
    if not where:
        sql = "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?"
    else:
        sql = ("SELECT count(*) FROM document_fts f CROSS JOIN document d ON d.id = f.rowid WHERE "
               + " AND ".join(["document_fts MATCH ?", *where]))
    return int(db.execute_sql(sql, [expression, *params]).fetchone()[0])


def search_documents(f: SearchFilters, limit: int = 50, offset: int = 0,
                     db: Database | None = None, count: bool = True,
                     broad_after: int = BROAD_MATCHES) -> SearchHits:
    """Ids of matching documents, best first, and the total number of matches.

    ``broad_after``: the size of the candidate set ranked (SQLite; see the module docstring).
    ``count=False`` may skip counting beyond the candidates.
    """
    db = db or database_proxy.obj
    q = parse_query(f.text)
    sqlite = isinstance(db, SqliteDatabase)
    if not q.empty:
        q = with_typos(q, db)
    if not q.empty and f.sort == "relevance":
        search = _search_relevance if sqlite else _search_relevance_pg
        return search(db, f, q, limit, offset, count, broad_after)
    ph = "?" if sqlite else "%s"
    where, params = filter_sql(f, ph)
    order = SORTS.get(f.sort) or None
    if q.empty:
        source = "document d"
        order = order or "d.tahun DESC, d.id DESC"
        match_params: list[object] = []
        order_params: list[object] = []
    elif sqlite:
        text, facets, where, params = sqlite_match(f, q, db)
        source = "document_fts f CROSS JOIN document d ON d.id = f.rowid"
        where.insert(0, "document_fts MATCH ?")
        match_params = [_and(text, facets)]
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
    exact = len(rows) < limit
    if count and (len(rows) == limit or offset):
        exact = True
        if sqlite and match_params:
            total = _count_sqlite(db, str(match_params[0]), where[1:], params)
        else:
            count_sql = f"SELECT count(*) FROM {source}{where_sql}"
            total = db.execute_sql(count_sql, all_params).fetchone()[0]
    return SearchHits([r[0] for r in rows], int(total), exact)


# ----------------------------------------------------------------------------- typo tolerance
# A deletion index over the FTS5 vocabulary (fts5vocab): every word and every form of it with
# one letter deleted points at the word. A finished query word that is not in the vocabulary
# ("retribsi", "menulr", "tanm") is matched by the words one edit away ("retribusi"); the word
# still being typed (the prefix) is left alone. Rebuilt when the catalogue changed (the
# document count and the newest change differ), so imports are seen at the next search.

TYPO_MIN_LENGTH = 4
_Vocab = tuple[tuple[object, ...], dict[str, int], dict[str, tuple[str, ...]]]
_vocab_cache: dict[tuple[int, str], _Vocab] = {}
# The filter words of the index (fts.FACET_COLUMN) are not words anyone types.
_FACET_WORDS = frozenset({f"t{k}" for k in ("peraturan", "monografi", "artikel", "putusan")}
                         | {"sberlaku", "stidakberlaku"})


_generation = [0]


def vocabulary_changed() -> None:
    """Documents were imported, added or edited here: the next search rebuilds the index."""
    _generation[0] += 1


def _vocab_state(db: Database) -> tuple[object, ...]:
    # The newest id (an index lookup) catches documents added by another desk or process;
    # edits made here bump the generation (services call vocabulary_changed).
    return (_generation[0], db.execute_sql("SELECT max(id) FROM document").fetchone()[0])


def vocabulary(db: Database | None = None
               ) -> tuple[dict[str, int], dict[str, tuple[str, ...]]]:
    """(word -> number of documents, deletion form -> words) of the full-text index (SQLite:
    fts5vocab; PostgreSQL: ts_stat over the indexed vectors)."""
    db = db or database_proxy.obj
    state = _vocab_state(db)
    cached = _vocab_cache.get(_db_key(db))
    if cached is not None and cached[0] == state:
        return cached[1], cached[2]
    if isinstance(db, SqliteDatabase):
        db.execute_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_fts_vocab USING "
                       "fts5vocab(main, document_fts, 'row')")
        sql = "SELECT term, doc FROM temp.document_fts_vocab"
    else:  # PostgreSQL: the words of the indexed vectors and their document counts
        sql = (f"SELECT word, ndoc FROM ts_stat($$SELECT {pg_document_vector_sql('d')} "
               "FROM document d$$)")
    freq = {t: int(n) for t, n in db.execute_sql(sql).fetchall()
            if t.isalpha() and len(t) >= TYPO_MIN_LENGTH - 1 and t not in _FACET_WORDS}
    building: dict[str, set[str]] = {}
    for word in freq:
        for form in _deletions(word):
            building.setdefault(form, set()).add(word)
    # Tuples of strings, not sets: a real catalogue's vocabulary gives ~10^6 forms, and the
    # garbage collector tracks every set (a full collection would walk them all, a pause on
    # whichever thread runs it) but not a tuple of strings or a dict of only those.
    deletions = {form: tuple(words) for form, words in building.items()}
    del building
    _vocab_cache[_db_key(db)] = (state, freq, deletions)
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
        found.update(deletions.get(form, ()))
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
