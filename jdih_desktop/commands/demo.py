"""``jdih-desktop demo-data``: fill a database with a realistic collection and visits."""

from __future__ import annotations

import argparse
import sys
import time

from jdih_desktop.commands import context_for


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo-data", parents=[common],
                       help="isi basis data dengan koleksi dan kunjungan contoh")
    p.add_argument("--documents", type=int, default=300, metavar="N",
                   help="jumlah dokumen (bawaan 300)")
    p.add_argument("--visits", type=int, default=600, metavar="M",
                   help="jumlah kunjungan selama 12 bulan terakhir (bawaan 600)")
    p.add_argument("--seed", type=int, default=2022, help="benih acak (hasil dapat diulang)")
    p.set_defaults(func=run)


# Labels of the counts generate_demo_data returns, in the order they are printed.
LABELS = {
    "documents": "dokumen", "copies": "eksemplar", "relations": "relasi",
    "officers": "petugas", "visitors": "pengunjung", "visits": "kunjungan",
    "consultations": "dokumen dibaca", "loans": "peminjaman", "loan_items": "butir pinjaman",
    "returns": "pengembalian", "overdue_loans": "pinjaman terlambat", "holidays": "hari libur",
    "skm_responses": "isian SKM",
}


def run(args: argparse.Namespace) -> int:
    from jdih_desktop.services.demo import generate_demo_data

    if args.documents < 0 or args.visits < 0:
        print("jdih-desktop: jumlah dokumen dan kunjungan tidak boleh negatif", file=sys.stderr)
        return 2
    if args.visits and not args.documents:
        print("jdih-desktop: kunjungan contoh membaca dan meminjam dokumen: dengan --visits "
              "lebih dari 0, --documents harus lebih dari 0", file=sys.stderr)
        return 2
    ctx = context_for(args)
    try:
        started = time.perf_counter()
        stats = generate_demo_data(documents=args.documents, visits=args.visits,
                                   seed=args.seed)
        took = time.perf_counter() - started
    finally:
        ctx.db.close()
    counts = [f"{label} {stats[key]}" for key, label in LABELS.items() if key in stats]
    print(f"Data demo dibuat di {ctx.data_dir} dalam {took:.1f} s: " + ", ".join(counts))
    return 0
