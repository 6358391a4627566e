"""Backup and verified restore of a large database (default: 100k documents / 1M visits).

``python bench/backup_restore.py --data-dir DIR`` uses the SQLite database in DIR (made first
with ``jdih-desktop --data-dir DIR demo-data --documents 100000 --visits 1000000`` when DIR
has none; about 2-8 minutes depending on the machine). Measured, each from the moment the
person would start waiting (the imports of the command included, as a fresh process):
- ``jdih-desktop backup``: VACUUM INTO snapshot, zip, read-back verification (sha256, full
  integrity_check, row counts); the phases come from the backup's log line;
- ``jdih-desktop restore FILE --yes``: preview with full verification, safety backup of the
  current state, extraction, swap, re-open with a quick check;
- sizes of the database and of the backup file; row counts after the restore compared with the
  manifest.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from benchlib import ROOT, write_result

CLI = [sys.executable, "-m", "jdih_desktop"]


def timed(args: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(CLI + args, capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr}")
    return took, done.stdout + done.stderr


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--visits", type=int, default=1_000_000)
    args = ap.parse_args()
    data = Path(args.data_dir)
    db = data / "jdih.sqlite3"
    if not db.exists():
        took, _ = timed(["--data-dir", str(data), "demo-data", "--documents",
                         str(args.documents), "--visits", str(args.visits)])
        print(f"demo data generated in {took:.0f} s")
    target = data.parent / (data.name + "-backups")
    target.mkdir(exist_ok=True)
    db_size = db.stat().st_size
    t_backup, out = timed(["-v", "--data-dir", str(data), "backup", "--to", str(target)])
    path = Path(re.search(r"diperiksa: (\S+\.zip)", out).group(1))
    phases = dict(re.findall(r"(snapshot|write|verify) ([\d.]+) s", out))
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    t_restore, out = timed(["-v", "--data-dir", str(data), "restore", str(path), "--yes"])
    conn = sqlite3.connect(db)
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in manifest["counts"]}
    conn.close()
    same = counts == manifest["counts"]
    result = {
        "documents": manifest["counts"]["document"], "visits": manifest["counts"]["visit"],
        "database_mb": round(db_size / 1e6, 1), "backup_mb": round(path.stat().st_size / 1e6, 1),
        "backup_s": round(t_backup, 1), "backup_phases_s": {k: float(v) for k, v in
                                                            phases.items()},
        "restore_s": round(t_restore, 1), "counts_equal_after_restore": same,
    }
    print(f"database {result['database_mb']} MB ({result['documents']} documents, "
          f"{result['visits']} visits)")
    print(f"backup   {result['backup_s']} s -> {result['backup_mb']} MB  phases {phases}")
    print(f"restore  {result['restore_s']} s (preview+verify, safety backup, swap, re-open); "
          f"row counts equal to the manifest: {same}")
    write_result("backup_restore", result)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
