"""Two desk processes writing one database at the same moment, round after round.

Scenarios (``tests/support/desk_procs.py``): both desks lend the same copy; each lends a
different copy; one returns a loan while the other lends; both save a visit book. Per round the
two processes start their operation together (a barrier). Counted: rounds in which a desk got
an unhandled ``database is locked`` (or any other non-domain error), and for the same copy how
many rounds had exactly one winner and the loser got the desk's own sentence.

``python bench/two_writers.py [--rounds N] [--postgres URL]``. With ``JDIH_CODE=DIR`` (a folder
holding only an older ``jdih_desktop``: ``git archive COMMIT jdih_desktop | tar -x -C DIR``)
the same script measures that version (before/after).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, write_result

sys.path.insert(0, str(ROOT))
from tests.support import desk_procs

if os.environ.get("JDIH_CODE"):  # measure another checkout's jdih_desktop with this script
    sys.path.insert(0, os.environ["JDIH_CODE"])


def run(url_for, rounds: int) -> dict[str, dict[str, int]]:
    out = {}
    for scenario in desk_procs.SCENARIOS:
        url = url_for(scenario)
        plan = desk_procs.seed(url, rounds)
        t0 = time.perf_counter()
        a, b = desk_procs.two_desks(url, scenario, rounds, plan)
        took = time.perf_counter() - t0
        bad = sum(1 for x, y in zip(a, b, strict=True) if x not in ("ok", "domain")
                  or y not in ("ok", "domain"))
        locked = sum(1 for x, y in zip(a, b, strict=True) if "locked" in (x, y))
        if scenario == "same_copy":
            right = sum(1 for x, y in zip(a, b, strict=True) if sorted((x, y)) == ["domain", "ok"])
        else:
            right = sum(1 for x, y in zip(a, b, strict=True) if x == y == "ok")
        others = sorted({x for x in a + b if x.startswith("other")})
        out[scenario] = {"rounds": rounds, "right": right, "unhandled": bad,
                         "locked": locked, "seconds": round(took, 2), "others": others[:3]}
        print(f"{scenario:18} rounds {rounds:4}  right {right:4}  unhandled {bad:4} "
              f"(locked {locked})  {took:6.1f} s  {others[:2]}", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--postgres", metavar="URL_PREFIX",
                    help="postgresql://user@host:port/ ; one new database per scenario")
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    import jdih_desktop

    print(f"jdih_desktop from {Path(jdih_desktop.__file__).parent}")
    tmp = Path(tempfile.mkdtemp(prefix="two-writers-"))
    results = {"sqlite": run(lambda s: f"sqlite:///{tmp / (s + '.sqlite3')}", args.rounds)}
    if args.postgres:
        import psycopg2

        def pg_url(s: str) -> str:
            base = args.postgres.rstrip("/")
            conn = psycopg2.connect(base + "/postgres")
            conn.autocommit = True
            name = f"tw_{s}_{int(time.time())}"
            conn.cursor().execute(f"CREATE DATABASE {name}")
            conn.close()
            return f"{base}/{name}"

        results["postgres"] = run(pg_url, args.rounds)
    write_result(f"two_writers{args.label}", results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
