"""Catalogue search latency: the search service vs a raw FTS5 query vs LIKE '%…%'.

A 100k-document demo catalogue is generated (the same generator as ``jdih-desktop demo-data``),
then a realistic mix of what officers type at the desk is run through:

- ``service``: ``store.search.search_documents`` as the UI calls it (first page of 50 in the
  service's own relevance order — a Python score over up to 1000 matches, newest first beyond,
  not FTS5's bm25 —, citation boost, total count);
- ``raw FTS5``: the bare ``document_fts MATCH ? ORDER BY rank LIMIT 50`` with the same MATCH
  expression — a ranked full-text query, what the targets compare the service with;
- ``raw FTS5, unranked``: ``MATCH ? LIMIT 50`` without any order — the absolute floor (the
  first 50 hits in index order, no count), shown for reference;
- ``LIKE``: what a catalogue without a full-text index does to give the same answer (the
  first page of 50 and the number of matches): every word as ``LIKE '%word%'`` over judul
  and nomor, newest first, plus the count.
- ``service, no count``: the service asked only for a page (``count=False``), as the
  catalogue table does for each window it shows.

Targets (issue 2): service p95 <= 2x raw FTS5 p95, and >= 20x faster than LIKE.
Usage: ``python bench/search.py [--documents N] [--rounds R] [--db PATH]``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from benchlib import print_table, summary_ms, write_result

QUERIES = [
    "UU 7/2017", "uu no 7 tahun 2017", "pkpu 8 2019", "peraturan kpu 4/2021",
    "134/Kpts/KPU/2016", "HK.03.1-Kpt/6172", "90/PUU-XXI/2023", "daftar pemilih tetap",
    "pemilihan umum", "kampanye", "badan ad hoc", "rekapitulasi singkawang 2024", "pemil",
    "keterbukaan informasi publik", "tata naskah dinas", "partisipasi pemilih",
    "pedoman teknis kampanye", "sengketa", "kode etik penyelenggara", "pengadaan barang jasa",
    "panitia pemilihan kecamatan singkawang barat", "putusan dkpp", "hukum pemilu",
    "jaringan dokumentasi informasi hukum",
]


def build_catalogue(path: Path, documents: int) -> None:
    from argparse import Namespace

    from jdih_desktop.app import open_context
    from jdih_desktop.services.demo import generate_demo_data, has_data

    ctx = open_context(Namespace(data_dir=str(path), db=None, simulate_devices=True,
                                 demo=False, verbose=False))
    try:
        if not has_data():
            started = time.perf_counter()
            generate_demo_data(documents=documents, visits=0, seed=2022)
            print(f"generated {documents} documents in {time.perf_counter() - started:.1f} s")
        ctx.db.execute_sql("PRAGMA optimize")
    finally:
        ctx.db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--db", metavar="DIR", help="keep the catalogue in DIR (reused next time)")
    args = ap.parse_args()

    from jdih_desktop.store.db import close_database, open_database
    from jdih_desktop.store.search import (
        SearchFilters,
        fts5_expression,
        parse_query,
        search_documents,
    )

    folder = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="jdih-bench-search-"))
    try:
        build_catalogue(folder, args.documents)
        db = open_database(f"sqlite:///{folder / 'jdih.sqlite3'}")
        n_docs = db.execute_sql("SELECT count(*) FROM document").fetchone()[0]

        def service(q: str) -> int:
            return len(search_documents(SearchFilters(text=q), limit=50, db=db).ids)

        def raw_fts(q: str) -> int:
            expr = fts5_expression(parse_query(q))
            return len(db.execute_sql(
                "SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rank "
                "LIMIT 50", (expr,)).fetchall())

        def raw_unranked(q: str) -> int:
            expr = fts5_expression(parse_query(q))
            return len(db.execute_sql(
                "SELECT rowid FROM document_fts WHERE document_fts MATCH ? LIMIT 50",
                (expr,)).fetchall())

        def service_page(q: str) -> int:
            return len(search_documents(SearchFilters(text=q), limit=50, db=db,
                                        count=False).ids)

        def like(q: str) -> int:
            words = parse_query(q).tokens
            where = " AND ".join("(judul LIKE ? OR nomor LIKE ?)" for _ in words) or "1"
            params = [p for w in words for p in (f"%{w}%", f"%{w}%")]
            page = db.execute_sql(
                f"SELECT id FROM document WHERE {where} ORDER BY tahun DESC, id DESC LIMIT 50",
                params).fetchall()
            if len(page) == 50:
                db.execute_sql(f"SELECT count(*) FROM document WHERE {where}", params)
            return len(page)

        methods = {"service": service, "raw FTS5": raw_fts, "LIKE": like,
                   "service, no count": service_page, "raw FTS5, unranked": raw_unranked}
        samples: dict[str, list[float]] = {m: [] for m in methods}
        hits: dict[str, dict[str, int]] = {m: {} for m in methods}
        for fn in methods.values():  # warm the page cache once
            for q in QUERIES:
                fn(q)
        for _ in range(args.rounds):
            for q in QUERIES:
                for name, fn in methods.items():
                    t0 = time.perf_counter()
                    hits[name][q] = fn(q)
                    samples[name].append(time.perf_counter() - t0)
        close_database(db)
    finally:
        if not args.db:
            shutil.rmtree(folder, ignore_errors=True)

    stats = {m: summary_ms(s) for m, s in samples.items()}
    svc, raw, lk = stats["service"], stats["raw FTS5"], stats["LIKE"]
    ratio_raw = svc["p95_ms"] / raw["p95_ms"]
    ratio_like = lk["p95_ms"] / svc["p95_ms"]
    print(f"\nCatalogue search, {n_docs} documents, {len(QUERIES)} queries x {args.rounds} "
          "rounds (first page of 50)\n")
    print_table(["method", "p50 ms", "p95 ms", "mean ms", "max ms"],
                [[m, s["p50_ms"], s["p95_ms"], s["mean_ms"], s["max_ms"]]
                 for m, s in stats.items()])
    ok_raw, ok_like = ratio_raw <= 2.0, ratio_like >= 20.0
    print(f"\nservice p95 / raw FTS5 p95 = {ratio_raw:.2f}  (target <= 2.0: "
          f"{'met' if ok_raw else 'MISSED'})")
    print(f"LIKE p95 / service p95     = {ratio_like:.1f}  (target >= 20: "
          f"{'met' if ok_like else 'MISSED'})")
    write_result("search", {
        "documents": n_docs, "queries": QUERIES, "rounds": args.rounds, "results": stats,
        "ratios": {"service_vs_raw_fts5_p95": round(ratio_raw, 2),
                   "like_vs_service_p95": round(ratio_like, 1)},
        "targets_met": {"service_p95_le_2x_raw": ok_raw, "ge_20x_faster_than_like": ok_like},
        "hits_first_page": hits["service"],
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
