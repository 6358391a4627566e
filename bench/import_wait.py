"""A desk save's wait while a 100k-row catalogue import commits in another process.

The desk (one process) saves a visit book every 0.2 s and times each save from the call to its
return; the import (another process, ``jdih-desktop catalogue import FILE``) writes the
catalogue. Printed: the import's duration, the number of desk saves during it, the longest
wait and how many saves failed (e.g. ``database is locked`` after the 5 s busy timeout).

``python bench/import_wait.py --csv FILE`` (a 100k-row export, e.g. ``jdih-desktop --data-dir
BIG catalogue export katalog.csv``). ``JDIH_CODE=DIR`` (a folder holding only an older
``jdih_desktop``, see two_writers.py) measures that version.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    from tests.support.desk_procs import seed

    data = Path(tempfile.mkdtemp(prefix="import-wait-"))
    url = f"sqlite:///{data / 'jdih.sqlite3'}"
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
                          text=True, env=env)
    took = time.perf_counter() - t0
    stop.set()
    waits, failures = out.get(timeout=120)
    p.join(30)
    during = waits[15:]  # the first 3 s were before the import started
    result = {"import_s": round(took, 1), "import_rc": done.returncode,
              "desk_saves": len(during), "longest_wait_s": round(max(during), 2),
              "failed_saves": len(failures), "failures": failures[:3]}
    print(f"import {took:.1f} s (exit {done.returncode}); desk saves during it {len(during)}, "
          f"longest wait {max(during):.2f} s, failed {len(failures)} {failures[:1]}")
    if done.returncode:
        print(done.stderr[-500:])
    write_result(f"import_wait{args.label}", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
