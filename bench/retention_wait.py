"""A desk save's wait while a big retention run erases personal data in another process.

The data: a copy of a 100k-document / 1M-visit folder (``/work/benchdata/big-1m``, visits over
one year), a clock put at ``--now`` (default 2027-03-01) and ``retention_years = 1``, so every
visitor last seen before 2026-03-01 is due (18 268 visitors, 246 715 visits on that folder).
One process saves a visit book every 0.2 s; another runs ``RetentionService.commit()`` (the same
call as ``jdih-desktop retention``), timed from the call to its return. Printed: the run's
duration, the desk saves during it, the longest wait, failed saves.

``python bench/retention_wait.py --data /work/benchdata/big-1m [--code before=DIR] [--rounds N]``
copies the folder for every round (the run changes it) and alternates the working tree's code
("after") with each ``--code`` folder (a ``git archive`` of an older ``jdih_desktop``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, write_result

sys.path.insert(0, str(ROOT))
if os.environ.get("JDIH_CODE"):
    sys.path.insert(0, os.environ["JDIH_CODE"])


def desk(url: str, ready, stop, out) -> None:
    from jdih_desktop.store.db import open_database
    from tests.support.desk_procs import BOOK, _services, ink_png

    open_database(url)
    s = _services()
    visits = []
    for _ in range(600):
        v = s.visits.open_visit()
        s.visits.complete_arrival(v.id)
        visits.append(v.id)
    sig = ink_png()
    ready.set()
    saves, i = [], 0
    while not stop.is_set() and i < len(visits):
        t0 = time.time()
        error = ""
        try:
            s.visits.save_visit_book(visits[i], dict(BOOK, id_number=f"617201010191{i:04d}"),
                                     consent=True, signature_png=sig)
        except Exception as exc:  # counted
            error = str(exc)[:120]
        saves.append((t0, time.time() - t0, error))
        i += 1
        time.sleep(0.2)
    out.put(saves)


def run_retention(url: str, now: str, go, out) -> None:
    from jdih_desktop.config import AppConfig
    from jdih_desktop.services.retention import RetentionService
    from jdih_desktop.services.session import ADMIN, Actor, Session
    from jdih_desktop.store import crypto
    from jdih_desktop.store.db import open_database

    db = open_database(url)
    crypto.install_key(crypto.load_or_create_key(Path(db.database).parent))
    config = AppConfig(path=Path("config-unused.ini"))
    config.visit_book.retention_years = 1
    moment = dt.datetime.fromisoformat(now)
    service = RetentionService(config, lambda: moment)
    service.session = Session(Actor(None, "bench", "Bench", ADMIN))
    go.wait()
    t0 = time.time()
    plan = service.commit()
    out.put({"start": t0, "end": time.time(), "visitors": plan.visitors,
             "wal_truncated": plan.wal_truncated})


def one_round(args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix="retention-wait-", dir=args.work))
    try:
        shutil.copy2(Path(args.data) / "jdih.sqlite3", work / "jdih.sqlite3")
        url = f"sqlite:///{work / 'jdih.sqlite3'}"
        from jdih_desktop.store.db import open_database
        from jdih_desktop.store.migrations import migrate

        db = open_database(url)
        migrate(db, None)  # before the clock: the run is what is measured
        if "row_hash" not in {c.name for c in db.get_columns("audit_log")}:
            # a folder made at v11 on a branch that had no v9 yet (the runner skips lower
            # versions): give it v9's audit chain, which every desk save writes to
            from jdih_desktop.store import crypto
            from jdih_desktop.store.migrations import _v9_security

            crypto.install_key(crypto.load_or_create_key(work))
            with db.atomic():
                _v9_security(db)
        db.close()
        ctx = mp.get_context("spawn")
        ready, stop, go, out, done = ctx.Event(), ctx.Event(), ctx.Event(), ctx.Queue(), \
            ctx.Queue()
        d = ctx.Process(target=desk, args=(url, ready, stop, out))
        d.start()
        ready.wait(600)
        r = ctx.Process(target=run_retention, args=(url, args.now, go, done))
        r.start()
        time.sleep(3)  # both processes have imported and opened the database
        go.set()
        result = done.get(timeout=3600)
        r.join(60)
        stop.set()
        saves = out.get(timeout=120)
        d.join(30)
        during = sorted(w for t, w, _e in saves if result["start"] <= t <= result["end"])
        failed = [e for t, _w, e in saves if e and result["start"] <= t <= result["end"]]
        return {"retention_s": round(result["end"] - result["start"], 1),
                "visitors": result["visitors"], "wal_truncated": result["wal_truncated"],
                "desk_saves": len(during),
                "longest_wait_s": round(during[-1], 2) if during else None,
                "p95_wait_s": round(during[int(len(during) * 0.95)], 2) if during else None,
                "failed_saves": len(failed), "failures": failed[:2]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/benchdata/big-1m")
    ap.add_argument("--now", default="2027-03-01 09:00:00")
    ap.add_argument("--work", default=None, help="folder for the copies (default: temp)")
    ap.add_argument("--code", action="append", default=[], metavar="LABEL=DIR")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="one round, its result as JSON")
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    if args.json:
        print(json.dumps(one_round(args)))
        return 0
    variants = [("after", "")] + [tuple(c.split("=", 1)) for c in args.code]
    rounds = []
    for n in range(args.rounds):
        for label, code in variants:
            env = dict(os.environ)
            env.pop("JDIH_CODE", None)
            if code:
                env["JDIH_CODE"] = code
            cmd = [sys.executable, __file__, "--json", "--data", args.data, "--now", args.now]
            if args.work:
                cmd += ["--work", args.work]
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env,
                                  cwd=tempfile.gettempdir())  # not the checkout: JDIH_CODE wins
            try:
                res = json.loads(proc.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                res = {"error": (proc.stdout + proc.stderr)[-600:]}
            res.update(variant=label, round=n + 1)
            rounds.append(res)
            print(f"round {n + 1} {label:7} {res}", flush=True)
    write_result(f"retention_wait{args.label}", {"rounds": rounds, "now": args.now})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
