"""200 SIGKILLs at random moments during whole desk operations (``tests/support/crash_desk``).

Prints kills / corruptions / half loans / lost commits / number gaps / invariant failures and
writes ``bench/results/crash_kills.json``. ``python bench/crash_kills.py [--kills N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, write_result

sys.path.insert(0, str(ROOT))
from tests.support.crash_desk import run_kills


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    t0 = time.perf_counter()
    stats = run_kills(Path(tempfile.mkdtemp(prefix="crash-kills-")), args.kills, args.seed,
                      check_every=1)
    took = time.perf_counter() - t0
    row = dataclasses.asdict(stats)
    print(f"kills {stats.kills}  corruptions {stats.corruptions}  half loans "
          f"{stats.half_loans}  lost commits {stats.lost_commits}  number gaps "
          f"{stats.number_gaps}  invariant failures {stats.invariant_failures}  "
          f"(loans {stats.loans}, returns {stats.returns}; {took:.0f} s)")
    write_result("crash_kills", {"result": row, "seconds": round(took, 1)})
    return 0 if not stats.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
