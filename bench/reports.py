"""Benchmarks of issue 6: reports and the dashboard.

1. The monthly activity report of a month with 10,000 visits, to PDF and to XLSX (target
   <= 3 s each, figures included), plus the collection report.
2. The dashboard refresh on a database of 1,000,000 visits (target <= 200 ms): the service
   call, cold and warm, and the widget's round trip through its worker thread.
3. The longest GUI stall while the reports window renders the 10k-visit report (target <=
   50 ms): a 5 ms QTimer on the GUI thread records the largest gap between ticks. Measured
   the way the app renders (a child process) and, for comparison, in a worker thread.

Data is bulk-inserted straight into SQLite (executemany in one transaction) so building a
million visits takes seconds; the schema is the app's own (``open_context`` migrates it).

    .venv/bin/python bench/reports.py [--visits-1m 1000000] [--keep DIR]

Writes bench/results/reports.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jdih_desktop.app import open_context  # noqa: E402
from jdih_desktop.services.report_render import ReportRequest, build_report  # noqa: E402
from jdih_desktop.services.reports import Period, ReportService  # noqa: E402

NOW = dt.datetime(2026, 11, 24, 9, 0)
MONTH = Period.month(2026, 10)
CATEGORIES = ["umum", "pelajar", "asn", "peserta_pemilu", "media", "advokat", "lainnya"]
PURPOSES = ["Mencari PKPU", "Penelitian", "Salinan keputusan", "Konsultasi hukum",
            "Tugas kuliah", "Verifikasi partai", None]
TYPES = ["peraturan", "monografi", "artikel", "putusan"]


def _ts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), db=None, simulate_devices=True,
                              demo=False, verbose=False)


def fill(data_dir: Path, *, visits: int, month_visits: int, seed: int = 6) -> dict:
    """Create a database with ``visits`` visits, ``month_visits`` of them in October 2026."""
    ctx = open_context(_args(data_dir))
    con: sqlite3.Connection = ctx.db.connection()
    rnd = random.Random(seed)
    started = time.perf_counter()
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    base = dt.datetime(2020, 1, 1)
    n_docs, n_people = 3000, 20000
    con.executemany(
        "INSERT INTO document (doc_type, jenis, nomor, tahun, judul, status, bahasa, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        ((TYPES[i % 4], f"Jenis {i % 4}", str(i), 2000 + i % 27, f"Dokumen bangku {i}",
          "berlaku" if i % 9 else "tidak_berlaku", "Indonesia",
          _ts(base + dt.timedelta(hours=i * 18)), _ts(base)) for i in range(n_docs)))
    con.executemany(
        "INSERT INTO copy (document_id, barcode, condition, read_on_site, withdrawn, created_at)"
        " VALUES (?,?,?,?,?,?)",
        ((1 + i % n_docs, f"BB{i:07d}", "baik", 0, 0, _ts(base)) for i in range(4500)))
    con.executemany(
        "INSERT INTO attachment (document_id, kind, filename, mime, content, size, sha256, "
        "pages, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        ((d, "digitised", f"{d}.pdf", "application/pdf", b"%PDF", 4, "0" * 64, 5,
          _ts(dt.datetime(2026, 10, 1) + dt.timedelta(minutes=d)))
         for d in range(1, n_docs, 3)))
    con.executemany(
        "INSERT INTO visitor (full_name, id_type, id_number, category, name_search, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?)",
        ((f"Pengunjung {i}", "nik", f"6172{i:012d}", CATEGORIES[i % 7], f"pengunjung {i}",
          _ts(base), _ts(base)) for i in range(n_people)))
    span_start = dt.datetime(2023, 12, 1)
    span = (NOW - span_start).total_seconds()
    m0, m_len = MONTH.start_dt, (MONTH.end_dt - MONTH.start_dt).total_seconds()

    def arrivals():
        for i in range(visits):
            if i < month_visits:
                yield m0 + dt.timedelta(seconds=rnd.random() * m_len)
            else:
                arrived = span_start + dt.timedelta(seconds=rnd.random() * span)
                if MONTH.start_dt <= arrived < MONTH.end_dt:
                    arrived -= dt.timedelta(days=40)
                yield arrived

    # Visits are recorded as people arrive, so ids (and table pages) follow arrival time.
    times = sorted(arrivals())

    def visit_rows():
        for i, arrived in enumerate(times):
            status = "cancelled" if i % 19 == 0 else ("open" if arrived > NOW -
                                                      dt.timedelta(hours=3) else "closed")
            yield (1 + rnd.randrange(n_people), 1, "CLOSED", status, rnd.choice(PURPOSES), 0,
                   _ts(arrived), _ts(arrived + dt.timedelta(minutes=45)),
                   rnd.choice([None, 1, 2, 3, 4, 4]), "Catatan" if i % 97 == 0 else None,
                   _ts(arrived))

    con.executemany(
        "INSERT INTO visit (visitor_id, officer_id, step, status, purpose, consent_given, "
        "arrived_at, departed_at, rating, officer_notes, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)", visit_rows())
    month_ids = [r[0] for r in con.execute(
        "SELECT id FROM visit WHERE arrived_at >= ? AND arrived_at < ? AND status <> "
        "'cancelled'", (_ts(MONTH.start_dt), _ts(MONTH.end_dt)))]
    con.executemany(
        "INSERT OR IGNORE INTO visit_consultation (visit_id, document_id, at) VALUES (?,?,?)",
        ((v, 1 + rnd.randrange(n_docs), _ts(m0)) for v in month_ids for _ in range(2)))
    # Loans: one per 5 visits overall; all returned except the last ~2000 items.
    loan_visits = con.execute("SELECT id, visitor_id, arrived_at FROM visit WHERE id % 5 = 0 "
                              "AND status <> 'cancelled' ORDER BY arrived_at").fetchall()
    open_from = max(0, len(loan_visits) - 1500)
    copy_cursor = 0
    for k, (vid, who, arrived) in enumerate(loan_visits):
        at = dt.datetime.fromisoformat(arrived) + dt.timedelta(minutes=20)
        due = (at + dt.timedelta(days=7)).date().isoformat()
        cur = con.execute(
            "INSERT INTO loan (receipt_number, visit_id, visitor_id, officer_id, loaned_at, "
            "due_date, read_on_site, status, print_count) VALUES (?,?,?,?,?,?,?,?,?)",
            (f"BNC/{k:08d}", vid, who, 1, _ts(at), due, 0,
             "open" if k >= open_from else "returned", 1))
        loan_id = cur.lastrowid
        items = 1 + k % 2
        if k >= open_from:
            for _ in range(items):
                con.execute("INSERT INTO loan_item (loan_id, copy_id) VALUES (?,?)",
                            (loan_id, 1 + copy_cursor % 4500))
                copy_cursor += 1
        else:
            back = at + dt.timedelta(days=rnd.randrange(1, 12))
            ret = con.execute("INSERT INTO \"return\" (loan_id, slip_number, officer_id, "
                              "returned_at) VALUES (?,?,?,?)",
                              (loan_id, f"BKB/{k:08d}", 1, _ts(back))).lastrowid
            for j in range(items):
                con.execute("INSERT INTO loan_item (loan_id, copy_id, returned_id, returned_at,"
                            " return_condition) VALUES (?,?,?,?,?)",
                            (loan_id, 1 + (k * 2 + j) % 4500, ret, _ts(back),
                             "baik" if j % 7 else "rusak"))
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA synchronous=NORMAL")
    took = time.perf_counter() - started
    counts = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
              for t in ("visit", "loan", "loan_item", "document")}
    ctx.db.close()
    return {"build_s": round(took, 1), **counts}


def counts(data_dir: Path) -> dict:
    """Row counts of a database kept from an earlier run (--keep)."""
    con = sqlite3.connect(data_dir / "jdih.sqlite3")
    try:
        return {"reused": True, **{t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                                   for t in ("visit", "loan", "loan_item", "document")}}
    finally:
        con.close()


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def bench_reports(data_dir: Path) -> dict:
    ctx = open_context(_args(data_dir))
    svc = ReportService(ctx.config, lambda: NOW)
    res: dict = {}
    pdf = timed(lambda: build_report(svc, ReportRequest("activity", MONTH, xlsx=False)), 3)
    xlsx = timed(lambda: build_report(svc, ReportRequest("activity", MONTH, pdf=False)), 3)
    coll = timed(lambda: build_report(svc, ReportRequest("collection", MONTH)), 3)
    figures = timed(lambda: svc.activity(MONTH), 5)
    out = build_report(svc, ReportRequest("activity", MONTH))
    res["month_visits"] = out.figures.visits + out.figures.cancelled
    res["figures_s_median"] = round(statistics.median(figures), 3)
    res["pdf_s_median"] = round(statistics.median(pdf), 3)
    res["pdf_s_max"] = round(max(pdf), 3)
    res["xlsx_s_median"] = round(statistics.median(xlsx), 3)
    res["xlsx_s_max"] = round(max(xlsx), 3)
    res["collection_pdf_xlsx_s_median"] = round(statistics.median(coll), 3)
    res["pdf_bytes"] = len(out.pdf)
    res["xlsx_bytes"] = len(out.xlsx)
    ctx.db.close()
    return res


def bench_gui_stall(data_dir: Path, runs: int = 3, process: bool = True) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.ui.reports import ReportsWindow

    app = QApplication.instance() or QApplication([])
    ctx = open_context(_args(data_dir))
    svc = ReportService(ctx.config, lambda: NOW)
    w = ReportsWindow(svc, lambda: NOW, db_url=ctx.db_url if process else None)
    w.show()
    worst: list[float] = []
    totals: list[float] = []
    for _ in range(runs):
        gaps: list[float] = []
        clock = QElapsedTimer()
        last = [0.0]
        tick = QTimer()
        tick.setInterval(5)

        def on_tick(gaps=gaps, clock=clock, last=last) -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        tick.timeout.connect(on_tick)
        loop = QEventLoop()
        w.rendered.connect(loop.quit)
        w.failed.connect(loop.quit)
        clock.start()
        tick.start()
        t0 = time.perf_counter()
        w.render_report()
        loop.exec()
        totals.append(time.perf_counter() - t0)
        tick.stop()
        w.rendered.disconnect(loop.quit)
        w.failed.disconnect(loop.quit)
        worst.append(max(gaps[1:] or [0.0]))
        app.processEvents()
    pages = w.preview_page_count()
    w.close()
    ctx.db.close()
    return {"longest_gui_gap_ms": round(max(worst), 1),
            "longest_gui_gap_ms_per_run": [round(g, 1) for g in worst],
            "render_with_preview_s": [round(t, 2) for t in totals], "preview_pages": pages,
            "timer_interval_ms": 5}


def bench_dashboard(data_dir: Path) -> dict:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.ui.dashboard import Dashboard

    ctx = open_context(_args(data_dir))
    svc = ReportService(ctx.config, lambda: NOW)
    cold = timed(svc.dashboard, 1)[0]
    warm = timed(svc.dashboard, 20)
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # the reports window of the step before closed
    d = Dashboard(svc, interval_ms=0)  # never shown: an explicit refresh still runs
    loop = QEventLoop()
    d.refreshed.connect(loop.quit)
    d.refresh()
    loop.exec()  # the first refresh
    trips = []
    for _ in range(10):
        t = time.perf_counter()
        d.refresh()
        loop.exec()
        trips.append(time.perf_counter() - t)
    f = d.figures
    d.shutdown()
    app.processEvents()
    ctx.db.close()
    return {"service_cold_ms": round(cold * 1000, 1),
            "service_warm_ms_median": round(statistics.median(warm) * 1000, 1),
            "service_warm_ms_max": round(max(warm) * 1000, 1),
            "widget_round_trip_ms_median": round(statistics.median(trips) * 1000, 1),
            "widget_round_trip_ms_max": round(max(trips) * 1000, 1),
            "figures": {"visitors_today": f.visitors_today, "in_progress": f.in_progress,
                        "loans_out": f.loans_out, "overdue": f.overdue,
                        "month_total": f.month_total}}


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "os": platform.platform()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits-1m", type=int, default=1_000_000)
    ap.add_argument("--month-visits", type=int, default=10_000)
    ap.add_argument("--keep", metavar="DIR", help="build the databases here and keep them")
    args = ap.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="jdih-bench6-"))
    small, big = root / "month10k", root / "visits1m"
    result: dict = {"machine": machine(), "measured_at": dt.datetime.now().isoformat(
        timespec="seconds"), "load_average_at_start": os.getloadavg()}
    if not (small / "jdih.sqlite3").exists():
        result["month_db"] = fill(small, visits=args.month_visits + 20_000,
                                  month_visits=args.month_visits)
    else:
        result["month_db"] = counts(small)
    print("month db", result.get("month_db"), flush=True)
    result["monthly_report"] = bench_reports(small)
    print("reports", result["monthly_report"], flush=True)
    result["gui_stall"] = bench_gui_stall(small, process=True)
    print("gui (child process)", result["gui_stall"], flush=True)
    result["gui_stall_thread_mode"] = bench_gui_stall(small, process=False)
    print("gui (thread)", result["gui_stall_thread_mode"], flush=True)
    if not (big / "jdih.sqlite3").exists():
        result["big_db"] = fill(big, visits=args.visits_1m, month_visits=args.month_visits)
    else:
        result["big_db"] = counts(big)
    print("big db", result.get("big_db"), flush=True)
    result["dashboard_1m"] = bench_dashboard(big)
    print("dashboard", result["dashboard_1m"], flush=True)
    r, g, d = result["monthly_report"], result["gui_stall"], result["dashboard_1m"]
    result["targets"] = {
        "pdf_le_3s": r["pdf_s_max"] <= 3.0, "xlsx_le_3s": r["xlsx_s_max"] <= 3.0,
        # The periodic refresh; the first one after start-up (cold cache) is reported apart.
        "dashboard_le_200ms": d["widget_round_trip_ms_max"] <= 200
        and d["service_warm_ms_median"] <= 200,
        "gui_gap_le_50ms": g["longest_gui_gap_ms"] <= 50}
    out = ROOT / "bench" / "results" / "reports.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result["targets"]), "->", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
