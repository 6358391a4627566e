"""A desk save's wait while a 100k-row catalogue import commits in another process.

The desk (one process) saves a visit book every 0.2 s and times each save from the call to its
return; the import (another process, ``jdih-desktop catalogue import FILE``) writes the
catalogue. Printed: the import's duration, the number of desk saves during it, the longest
wait and how many saves failed (e.g. ``database is locked`` after the 5 s busy timeout).

``python bench/import_wait.py --csv FILE`` (a 100k-row export, e.g. ``jdih-desktop --data-dir
BIG catalogue export katalog.csv``). ``JDIH_CODE=DIR`` (a folder holding only an older
``jdih_desktop``, see two_writers.py) measures that version.

``--code before=DIR --rounds 2`` compares versions in one run: the rounds alternate between the
working tree's code ("after") and each named folder, every round on a freshly seeded database
(each round is a separate run of this script, so each imports only its own version).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, write_result

sys.path.insert(0, str(ROOT))
if os.environ.get("JDIH_CODE"):
    sys.path.insert(0, os.environ["JDIH_CODE"])


def desk(url: str, visits: list[int], stop, out) -> None:
    from jdih_desktop.store.db import open_database
    from tests.support.desk_procs import BOOK, _services, ink_png

    open_database(url)
    s = _services()
    sig = ink_png()
    waits, failures, i = [], [], 0
    while not stop.is_set() and i < len(visits):
        t0 = time.perf_counter()
        try:
            s.visits.save_visit_book(visits[i], dict(BOOK, id_number=f"617201010190{i + 1:04d}"),
                                     consent=True, signature_png=sig)
        except Exception as exc:  # counted
            failures.append(str(exc)[:120])
        waits.append(time.perf_counter() - t0)
        i += 1
        time.sleep(0.2)
    out.put((waits, failures))


def compare(args: argparse.Namespace) -> int:
    """Alternate the variants round by round; print one line per round and a summary."""
    import json

    variants = [("after", "")] + [tuple(c.split("=", 1)) for c in args.code]
    rounds: list[dict] = []
    for r in range(args.rounds):
        for label, code in variants:
            env = dict(os.environ)
            env.pop("JDIH_CODE", None)
            if code:
                env["JDIH_CODE"] = code
            cmd = [sys.executable, __file__, "--csv", args.csv, "--json"]
            if args.postgres:
                cmd += ["--postgres", args.postgres]
            out = subprocess.run(cmd, capture_output=True, text=True, env=env)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else "{}"
            try:
                result = json.loads(line)
            except ValueError:
                result = {"error": (out.stdout + out.stderr)[-500:]}
            result.update(variant=label, round=r + 1)
            rounds.append(result)
            print(f"round {r + 1} {label:7} {result}", flush=True)
    write_result(f"import_wait{args.label}", {"rounds": rounds})
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--label", default="")
    ap.add_argument("--code", action="append", default=[], metavar="LABEL=DIR",
                    help="also measure the jdih_desktop in DIR, rounds interleaved")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="one round, its result as JSON")
    ap.add_argument("--postgres", metavar="URL_PREFIX",
                    help="postgresql://user@host:port/ : a new database per round instead of "
                         "a SQLite file")
    args = ap.parse_args()
    if args.code or args.rounds > 1:
        return compare(args)
    from tests.support.desk_procs import seed

    data = Path(tempfile.mkdtemp(prefix="import-wait-"))
    url = f"sqlite:///{data / 'jdih.sqlite3'}"
    if args.postgres:
        import psycopg2

        base = args.postgres.rstrip("/")
        conn = psycopg2.connect(base + "/postgres")
        conn.autocommit = True
        name = f"import_wait_{os.getpid()}_{int(time.time())}"
        conn.cursor().execute(f"CREATE DATABASE {name}")
        conn.close()
        url = f"{base}/{name}"
    plan = seed(url, 400)
    ctx = mp.get_context("spawn")
    stop, out = ctx.Event(), ctx.Queue()
    p = ctx.Process(target=desk, args=(url, plan["visits"], stop, out))
    p.start()
    time.sleep(3)  # the desk is saving
    env = dict(os.environ)
    if os.environ.get("JDIH_CODE"):
        env["PYTHONPATH"] = os.environ["JDIH_CODE"]
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "jdih_desktop", "--db", url, "--data-dir",
                           str(data), "catalogue", "import", args.csv], capture_output=True,
                          text=True, env=env, cwd=data)  # not the checkout: JDIH_CODE wins
    took = time.perf_counter() - t0
    stop.set()
    waits, failures = out.get(timeout=120)
    p.join(30)
    during = waits[15:]  # the first 3 s were before the import started
    during.sort()
    result = {"import_s": round(took, 1), "import_rc": done.returncode,
              "desk_saves": len(during), "longest_wait_s": round(during[-1], 2),
              "p95_wait_s": round(during[int(len(during) * 0.95)], 2),
              "failed_saves": len(failures), "failures": failures[:3]}
    if args.json:
        import json

        if done.returncode:
            result["import_output"] = (done.stdout + done.stderr)[-400:]
        print(json.dumps(result))
        return 0
    print(f"import {took:.1f} s (exit {done.returncode}); desk saves during it {len(during)}, "
          f"longest wait {during[-1]:.2f} s, failed {len(failures)} {failures[:1]}")
    if done.returncode:
        print((done.stdout + done.stderr)[-800:])
        result["import_output"] = (done.stdout + done.stderr)[-800:]
    write_result(f"import_wait{args.label}", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
