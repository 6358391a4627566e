"""The SOP wizard at the desk: complete visits driven through the real wizard.

Measured, on a fresh SQLite database in a temporary folder with a realistic catalogue
(``--documents``, one or two copies each) and register of returning visitors (``--visitors``):

- ``page change``: every "Lanjut" (and the decision buttons) as the officer presses it: the
  service call that completes the SOP box, re-reading the visit, and loading the next page.
  Target: <= 30 ms each (p95 and max reported per step).
- ``visit``: wall time of one complete visit (arrival to closed), the visitor's typing
  excluded: fields are filled programmatically, the signature is real mouse events.
- ``db writes``: statements that change the database per visit (INSERT/UPDATE/DELETE counted by
  SQLite's trace callback on the app's own connection), and the transactions they run in.
- ``stall``: the longest gap between ticks of a 1 ms ``QTimer`` on the GUI thread while the
  visits run (every action is scheduled on the event loop, the receipt prints on the printer
  worker's thread), i.e. the longest time the window could not repaint or react.

Half of the visits borrow two documents (receipt printed by the simulated ESC/POS printer),
half leave without borrowing. Usage: ``python bench/visit.py [--visits N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchlib import ROOT, percentile, print_table, summary_ms, write_result

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE_TARGET_MS = 30.0
WRITE_PREFIXES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def fill_database(documents: int, visitors: int, seed: int = 4) -> list[str]:
    """A catalogue with copies and a visitor register; returns the free copy barcodes."""
    from jdih_desktop.services.visits import fold_name
    from jdih_desktop.store.models import Copy, Document, Visitor, database_proxy

    rnd = random.Random(seed)
    words = ["pemilihan", "umum", "kampanye", "daftar", "pemilih", "tahapan", "pedoman",
             "teknis", "rekapitulasi", "suara", "badan", "adhoc", "logistik", "dana"]
    kinds = [("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU"),
             ("peraturan", "Keputusan Komisi Pemilihan Umum", "Kep KPU"),
             ("monografi", "Buku", None), ("putusan", "Putusan Mahkamah Konstitusi", "MK")]
    with database_proxy.atomic():
        rows = []
        for i in range(documents):
            t, jenis, sj = kinds[i % 4]
            rows.append({"doc_type": t, "jenis": jenis, "singkatan_jenis": sj,
                         "nomor": str(i + 1), "tahun": 2000 + i % 25,
                         "judul": " ".join(rnd.choice(words) for _ in range(10)),
                         "subjek": rnd.choice(["PEMILU", "KEPEGAWAIAN", "KEUANGAN"])})
        for start in range(0, len(rows), 500):
            Document.insert_many(rows[start:start + 500]).execute()
        ids = [d for (d,) in Document.select(Document.id).tuples()]
        copies = []
        n = 1
        for d in ids:
            for _ in range(1 + (d % 2)):
                copies.append({"document": d, "barcode": f"JDIH{n:07d}", "shelf": "Rak B"})
                n += 1
        for start in range(0, len(copies), 500):
            Copy.insert_many(copies[start:start + 500]).execute()
        people = []
        for i in range(visitors):
            name = f"Pengunjung {i:05d} {rnd.choice(words).title()}"
            people.append({"full_name": name, "id_type": "nik",
                           "id_number": f"6172{i % 90 + 1:02d}0101{90 + i % 9}{i + 1:04d}"[:16],
                           "phone": f"+62812{i:08d}", "category": "umum",
                           "name_search": fold_name(name)})
        for start in range(0, len(people), 500):
            Visitor.insert_many(people[start:start + 500]).execute()
    return [c["barcode"] for c in copies]


class Driver:
    """Runs a list of actions one per event-loop turn and measures the loop's stalls."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.app = app
        self.loop = QEventLoop()
        self.ticker = QTimer()
        self.ticker.setInterval(1)
        self.ticker.timeout.connect(self._tick)
        self._last = 0.0
        self.stalls: list[float] = []
        self.worst: tuple[float, str] = (0.0, "")
        self._current = ""
        self._QTimer = QTimer

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            gap = now - self._last
            self.stalls.append(gap)
            if gap > self.worst[0]:
                self.worst = (gap, self._current)
        self._last = now

    def run(self, actions: list) -> None:
        """Each action is a callable; one returning False is retried (a wait)."""
        queue = list(actions)

        def step() -> None:
            while queue:
                self._current = getattr(queue[0], "__name__", "?")
                ok = queue[0]()
                if ok is False:
                    self._QTimer.singleShot(1, step)
                    return
                queue.pop(0)
                self._QTimer.singleShot(0, step)
                return
            self.loop.quit()

        self._last = 0.0
        self.ticker.start()
        self._QTimer.singleShot(0, step)
        self.loop.exec()
        self.ticker.stop()


def sign(pad, dx: int = 0) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    pts = [QPointF(30 + dx, 60), QPointF(90 + dx, 25), QPointF(150 + dx, 85)]
    kinds = [QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseMove,
             QMouseEvent.Type.MouseButtonRelease]
    for kind, p in zip(kinds, pts, strict=True):
        buttons = Qt.MouseButton.NoButton if kind == kinds[-1] else Qt.MouseButton.LeftButton
        QApplication.sendEvent(pad, QMouseEvent(kind, p, p, Qt.MouseButton.LeftButton, buttons,
                                                Qt.KeyboardModifier.NoModifier))


def visit_actions(desk, printer, borrow: bool, returning_nik: str | None, barcodes: list[str],
                  timings: dict[str, list[float]], visit_times: list[float],
                  cpu: dict[str, list[float]] | None = None) -> list:
    """The officer's and visitor's steps of one visit, as event-loop actions."""
    from jdih_desktop.services.sop import Step

    state: dict[str, object] = {}
    cpu = cpu if cpu is not None else defaultdict(list)

    def timed(label: str, fn) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        timings[label].append(time.perf_counter() - t0)
        cpu[label].append(time.thread_time() - c0)

    def new_visit() -> None:
        state["t0"] = time.perf_counter()
        t0 = time.perf_counter()
        state["w"] = desk.new_visit()
        timings["Ctrl+N: open wizard"].append(time.perf_counter() - t0)

    def arrival() -> None:
        w = state["w"]
        if returning_nik:
            t0 = time.perf_counter()
            w.pages[Step.ARRIVAL].search.setText(returning_nik)
            timings["visitor look-up (typed NIK)"].append(time.perf_counter() - t0)
        timed("1-2 -> 3 (arrival)", w.go_next)

    def visit_book() -> None:
        w = state["w"]
        panel = w.pages[Step.VISIT_BOOK].panel
        if not returning_nik:
            n = len(visit_times)
            panel.fields["full_name"].setText(f"Pengunjung Baru {n}")
            panel.fields["id_number"].setText(f"61720112038{n % 10}{n + 1:04d}"[:16])
            panel.fields["phone"].setText("0812-3456-7890")
        panel.fields["purpose"].setPlainText("Mencari peraturan pemilu")
        panel.consent.setChecked(True)
        sign(panel.signature)
        timed("3 -> 4 (visit book saved)", w.go_next)

    def access() -> None:
        timed("4 -> 5 (access granted)", state["w"].go_next)

    def search() -> None:
        page = state["w"].pages[Step.BROWSE]
        page.search.setText("pemilihan umum")
        state["shown"] = False
        if not state.get("hooked"):
            page.searched.connect(lambda _total: state.__setitem__("shown", True))
            state["hooked"] = True
        state["t_search"] = time.perf_counter()
        # GUI-thread time to start it; the query itself runs on a pool thread.
        timed("5: search started (GUI thread)", page.run_search)

    def search_shown() -> bool:
        if not state["shown"]:
            return False  # still searching: the event loop keeps turning meanwhile
        timings["5: search results shown (wall)"].append(time.perf_counter() - state["t_search"])
        return True

    def open_document() -> None:
        page = state["w"].pages[Step.BROWSE]
        timed("5: open a document", lambda: page.results.selectRow(0))

    def scan() -> None:
        page = state["w"].pages[Step.BROWSE]
        code = barcodes.pop(0)
        timed("5: barcode scanned", lambda: page.add_barcode(code))

    def decide() -> None:
        page = state["w"].pages[Step.BROWSE]
        timed("5 -> 6 (borrow)" if borrow else "5 -> 8 (no loan)",
              lambda: page.decide(borrow))

    def save_print() -> None:
        state["jobs"] = len(printer.jobs)
        timed("6: save loan (before print)", state["w"].pages[Step.LOAN].save_and_print)

    def printed() -> bool:
        return state["w"].pages[Step.LOAN].loan.print_count >= 1

    def loan_next() -> None:
        timed("6 -> 7 (loan done)", state["w"].go_next)

    def handover() -> None:
        w = state["w"]
        w.pages[Step.HANDOVER].panel.ack.setChecked(True)
        timed("7 -> 8 (handover)", w.go_next)

    def departure() -> None:
        w = state["w"]
        w.pages[Step.DEPARTURE].panel.set_rating(4)
        timed("8 -> 9 (departure)", w.go_next)

    def documentation() -> None:
        w = state["w"]
        w.pages[Step.DOCUMENTATION].notes.setPlainText("Dilayani.")
        timed("9 -> closed (documentation)", w.go_next)
        visit_times.append(time.perf_counter() - state["t0"])

    actions = [new_visit, arrival, visit_book, access, search, search_shown, open_document]
    if borrow:
        actions += [scan, scan]
    actions.append(decide)
    if borrow:
        actions += [save_print, printed, loan_next, handover]
    return [*actions, departure, documentation]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits", type=int, default=40)
    ap.add_argument("--documents", type=int, default=3000)
    ap.add_argument("--visitors", type=int, default=5000)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from jdih_desktop.app import open_context
    from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
    from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
    from jdih_desktop.services.container import build_services
    from jdih_desktop.store.models import Visit, Visitor
    from jdih_desktop.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="jdih-bench-visit-"))
    ns = argparse.Namespace(data_dir=str(tmp / "data"), db=None, simulate_devices=True,
                            demo=False, verbose=False)
    ctx = open_context(ns)
    now = dt.datetime(2026, 11, 24, 9, 0)
    services = build_services(ctx.config, clock=lambda: now)
    barcodes = fill_database(args.documents, args.visitors)
    niks = [v for (v,) in Visitor.select(Visitor.id_number).limit(args.visits).tuples()]
    printer = SimulatedPrinter()
    pw, sw = PrinterWorker(printer), ScannerWorker(SimulatedScanner())
    window = MainWindow(ctx, services, pw, sw)
    window.show()
    desk = window.visit_desk

    writes_per_visit: list[int] = []
    tx_per_visit: list[int] = []
    counter = {"w": 0, "tx": 0}

    def trace(sql: str) -> None:
        head = sql.lstrip().upper()
        if head.startswith(WRITE_PREFIXES):
            counter["w"] += 1
        elif head.startswith(("COMMIT", "RELEASE")):
            counter["tx"] += 1

    ctx.db.connection().set_trace_callback(trace)
    timings: dict[str, list[float]] = defaultdict(list)
    cpu_times: dict[str, list[float]] = defaultdict(list)
    visit_times: list[float] = []
    driver = Driver(app)
    all_stalls: list[float] = []
    # one warm-up visit (imports, first paint), not measured
    driver.run(visit_actions(desk, printer, True, niks[0], barcodes, defaultdict(list), []))
    for i in range(args.visits):
        borrow = i % 2 == 0
        counter["w"] = counter["tx"] = 0
        nik = niks[(i + 1) % len(niks)] if i % 4 < 2 else None
        driver.run(visit_actions(desk, printer, borrow, nik, barcodes, timings, visit_times,
                                 cpu_times))
        writes_per_visit.append(counter["w"])
        tx_per_visit.append(counter["tx"])
        all_stalls.extend(driver.stalls)
        driver.stalls.clear()
    ctx.db.connection().set_trace_callback(None)
    closed = Visit.select().where(Visit.status == "closed").count()
    assert closed >= args.visits, "every measured visit must end closed"

    rows = []
    steps = {}
    worst_page = worst_page_cpu = 0.0
    for label, values in timings.items():
        s = summary_ms(values)
        c = summary_ms(cpu_times[label]) if cpu_times.get(label) else None
        steps[label] = {**s, "cpu": c}
        if "->" in label:
            worst_page = max(worst_page, s["max_ms"])
            worst_page_cpu = max(worst_page_cpu, c["max_ms"] if c else 0.0)
        rows.append([label, s["n"], s["p50_ms"], s["p95_ms"], s["max_ms"],
                     c["p50_ms"] if c else "", c["max_ms"] if c else ""])
    print_table(["step", "n", "p50 ms", "p95 ms", "max ms", "cpu p50", "cpu max"], rows)
    visit_s = summary_ms(visit_times)
    stall_ms = round(max(all_stalls) * 1000, 1) if all_stalls else 0.0
    borrow_w = [w for i, w in enumerate(writes_per_visit) if i % 2 == 0]
    plain_w = [w for i, w in enumerate(writes_per_visit) if i % 2 == 1]
    print(f"\ncomplete visit: p50 {visit_s['p50_ms']} ms, max {visit_s['max_ms']} ms")
    print(f"db writes per visit: borrowing {statistics.fmean(borrow_w):.1f}, "
          f"not borrowing {statistics.fmean(plain_w):.1f}; "
          f"transactions per visit {statistics.fmean(tx_per_visit):.1f}")
    print(f"longest event-loop stall: {stall_ms} ms (during {driver.worst[1]}); "
          f"p99 {percentile(all_stalls, 99) * 1000:.1f} ms; "
          f"{sum(1 for s in all_stalls if s > 0.05)} gaps over 50 ms; worst page change: "
          f"{worst_page} ms wall, {worst_page_cpu:.1f} ms CPU (target {PAGE_TARGET_MS} ms)")
    write_result("visit", {
        "visits": args.visits, "documents": args.documents, "visitors": args.visitors,
        "page_change_target_ms": PAGE_TARGET_MS, "worst_page_change_ms": worst_page,
        "worst_page_change_cpu_ms": worst_page_cpu,
        "page_changes_within_target": worst_page <= PAGE_TARGET_MS,
        "steps": steps, "complete_visit": visit_s,
        "db_writes_per_visit": {"borrowing_mean": round(statistics.fmean(borrow_w), 1),
                                "not_borrowing_mean": round(statistics.fmean(plain_w), 1),
                                "max": max(writes_per_visit)},
        "transactions_per_visit_mean": round(statistics.fmean(tx_per_visit), 1),
        "longest_event_loop_stall_ms": stall_ms,
        "longest_stall_during": driver.worst[1],
        "stall_p99_ms": round(percentile(all_stalls, 99) * 1000, 2) if all_stalls else 0.0,
        "stalls_over_50ms": sum(1 for s in all_stalls if s > 0.05),
        "load_average_at_end": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "receipts_printed": len(printer.jobs),
    })
    desk.shutdown()
    pw.shutdown()
    sw.shutdown()
    window.close()
    ctx.db.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
