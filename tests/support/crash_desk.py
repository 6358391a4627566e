"""SIGKILL harness: a desk process doing whole desk operations is killed at random moments.

The child (``python -m tests.support.crash_desk URL SEED``) opens the database like the app,
prints ``ready``, then loops: open a visit, fill the visit book, grant access, lend one or two
copies (receipt ``PJ-…``), sometimes return them (slip ``KB-…``), close the visit. After every
commit of a loan or a return it prints the number, so the parent knows which commits it was
told about. The parent kills it with SIGKILL after a random delay and then checks, on a fresh
connection: ``integrity_check``, the invariants of ``db check``, that no announced commit is
missing, that no loan is half-written (a loan without items, an item without its loan), and
that receipt and slip numbers run 1..N without a gap.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seed(url: str, documents: int = 60) -> None:
    from jdih_desktop.store.db import open_database
    from jdih_desktop.store.migrations import migrate
    from jdih_desktop.store.models import Copy, Counter, Document, database_proxy

    db = open_database(url)
    migrate(db, None)
    with database_proxy.atomic():
        for i in range(documents):
            d = Document.create(doc_type="peraturan", jenis="Peraturan KPU",
                                singkatan_jenis="PKPU", nomor=str(i + 1), tahun=2024,
                                judul=f"Peraturan nomor {i + 1}", subjek="PEMILU")
            Copy.create(document=d, barcode=f"JDIH{i + 1:07d}")
        Counter.create(name="copy_barcode", value=documents)
    db.close()


def child(url: str, rng_seed: int) -> None:  # pragma: no cover - runs in the killed process
    from peewee import fn

    from jdih_desktop.errors import JdihError
    from jdih_desktop.store.db import open_database
    from jdih_desktop.store.models import Copy, LoanItem, LoanRule
    from tests.support.desk_procs import BOOK, _services, ink_png

    open_database(url)
    s = _services()
    rng = random.Random(rng_seed)
    sig = ink_png()
    rule = LoanRule.select().where(LoanRule.read_on_site == False).first().id  # noqa: E712
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        v = s.visits.open_visit()
        s.visits.complete_arrival(v.id)
        s.visits.save_visit_book(v.id, dict(BOOK, id_number=f"617201010190{n % 9000 + 1:04d}"),
                                 consent=True, signature_png=sig)
        s.visits.grant_access(v.id, None)
        busy = LoanItem.select(LoanItem.copy).where(LoanItem.returned_at.is_null())
        free = [c for (c,) in Copy.select(Copy.id).where(Copy.id.not_in(busy))
                .order_by(fn.Random()).limit(2).tuples()]
        if free:
            s.visits.decide_borrow(v.id, True)
            try:
                loan = s.loans.create_loan(v.id, rule, free[:rng.choice((1, 2))])
                print(f"loan {loan.receipt_number}", flush=True)
            except JdihError:
                loan = None
        else:
            loan = None
        if loan is None:
            oldest = LoanItem.select(LoanItem.loan).where(LoanItem.returned_at.is_null()) \
                .order_by(LoanItem.id).first()
            if oldest is not None:
                r = s.returns.return_all(oldest.loan_id)
                print(f"return {r.slip_number}", flush=True)
        elif rng.random() < 0.6:
            r = s.returns.return_all(loan.id)
            print(f"return {r.slip_number}", flush=True)


@dataclass
class KillStats:
    kills: int = 0
    corruptions: int = 0
    half_loans: int = 0
    lost_commits: int = 0
    number_gaps: int = 0
    invariant_failures: int = 0
    loans: int = 0
    returns: int = 0
    problems: list[str] = field(default_factory=list)


def check(path: Path, announced: set[str], stats: KillStats) -> None:
    """Everything the harness asserts, on a fresh connection after a kill."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            stats.corruptions += 1
            stats.problems.append("integrity_check failed")
            return
        half = conn.execute(
            "SELECT count(*) FROM loan l WHERE NOT EXISTS (SELECT 1 FROM loan_item i "
            "WHERE i.loan_id = l.id)").fetchone()[0]
        half += conn.execute("SELECT count(*) FROM loan_item i WHERE NOT EXISTS "
                             "(SELECT 1 FROM loan l WHERE l.id = i.loan_id)").fetchone()[0]
        if half:
            stats.half_loans += half
            stats.problems.append(f"{half} half-written loans")
        stored = {r for (r,) in conn.execute("SELECT receipt_number FROM loan")} | \
            {r for (r,) in conn.execute('SELECT slip_number FROM "return"')}
        lost = announced - stored
        if lost:
            stats.lost_commits += len(lost)
            stats.problems.append(f"lost commits: {sorted(lost)[:3]}")
        for prefix, column, table in (("PJ", "receipt_number", "loan"),
                                      ("KB", "slip_number", '"return"')):
            numbers = sorted(int(m.group(1)) for (x,) in conn.execute(
                f"SELECT {column} FROM {table}") if (m := re.match(rf"^{prefix}-\d{{4}}-(\d+)$",
                                                                    x)))
            if numbers != list(range(1, len(numbers) + 1)):
                stats.number_gaps += 1
                stats.problems.append(f"{prefix} numbers not 1..N: {numbers[-5:]}")
        stats.loans = conn.execute("SELECT count(*) FROM loan").fetchone()[0]
        stats.returns = conn.execute('SELECT count(*) FROM "return"').fetchone()[0]
    finally:
        conn.close()
    from jdih_desktop.services.dbcheck import run_checks
    from jdih_desktop.store.db import open_database

    db = open_database(f"sqlite:///{path}")
    try:
        report = run_checks(db)
        if not report.ok:
            stats.invariant_failures += 1
            stats.problems.append("; ".join(f"{k}: {v[:2]}" for k, v in report.problems.items()))
    finally:
        db.close()


def run_kills(workdir: Path, kills: int, seed_value: int = 1, max_delay: float = 0.6,
              check_every: int = 1) -> KillStats:
    """Seed a database in ``workdir``, then start and SIGKILL the desk ``kills`` times."""
    path = workdir / "jdih.sqlite3"
    url = f"sqlite:///{path}"
    seed(url)
    rng = random.Random(seed_value)
    stats = KillStats()
    announced: set[str] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for i in range(kills):
        proc = subprocess.Popen([sys.executable, "-m", "tests.support.crash_desk", url,
                                 str(rng.randrange(1 << 30))], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.kill()
            raise RuntimeError(f"desk did not start: {line!r} {proc.stderr.read()[-2000:]}")
        # Let it commit a few operations first (however slow the machine), then kill it at a
        # random moment of the next ones.
        early = []
        for _ in range(rng.randrange(0, 4)):
            early.append(proc.stdout.readline())
        time.sleep(rng.uniform(0.0, max_delay))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        for ln in early + out.splitlines():
            kind, _, number = ln.strip().partition(" ")
            if kind in ("loan", "return"):
                announced.add(number)
        stats.kills += 1
        if (i + 1) % check_every == 0 or i == kills - 1:
            check(path, announced, stats)
    return stats


if __name__ == "__main__":  # pragma: no cover
    child(sys.argv[1], int(sys.argv[2]))
