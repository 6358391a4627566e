"""Run every benchmark in bench/ (``make bench``), one process each, and summarise.

Each ``bench/*.py`` script (except this one and helpers whose names start with ``_`` or are
``benchlib.py``) prints its own table and writes ``bench/results/<name>.json``. Names given on
the command line run only those (``python bench/run_all.py search startup``).
Exit code: 0 when every script succeeded, 1 otherwise.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SKIP = {"run_all.py", "benchlib.py"}


def scripts(selected: list[str]) -> list[Path]:
    found = sorted(p for p in BENCH.glob("*.py")
                   if p.name not in SKIP and not p.name.startswith("_"))
    if selected:
        wanted = {s.removesuffix(".py") for s in selected}
        unknown = wanted - {p.stem for p in found}
        if unknown:
            raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        found = [p for p in found if p.stem in wanted]
    return found


def main(argv: list[str]) -> int:
    summary: list[tuple[str, int, float]] = []
    for script in scripts(argv):
        print(f"\n=== {script.stem} ===", flush=True)
        started = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=BENCH.parent)
        summary.append((script.stem, rc, time.perf_counter() - started))
    print("\n=== summary ===")
    for name, rc, took in summary:
        print(f"{name:<20} {'ok' if rc == 0 else f'FAILED (exit {rc})':<16} {took:7.1f} s")
    return 0 if all(rc == 0 for _, rc, _ in summary) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
