"""Device test fixtures. Environment for the libraries is set BEFORE they are imported.

- python-escpos caches capabilities in ESCPOS_CAPABILITIES_PICKLE_DIR (must exist).
- pyinsane2 must run in-process (PYINSANE_SINGLE_THREAD=1) and SANE must read our config folder
  (SANE_CONFIG_DIR, no trailing colon: only our dll.conf/test.conf, so only the `test` backend).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_cache = Path(tempfile.gettempdir()) / "jdih-tests-escpos-cache"
_cache.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_cache))
os.environ["PYINSANE_SINGLE_THREAD"] = "1"
os.environ["SANE_CONFIG_DIR"] = str(HERE / "sane")

# Importing the worker module applies the PySide6 6.12.0 True-refcount guard (see
# jdih_desktop/devices/worker.py) for the whole session, before any test emits a signal.
import jdih_desktop.devices.worker  # noqa: E402, F401
