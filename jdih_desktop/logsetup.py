"""Logging to a rotating file in the data folder (and stderr when there is a console)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_NAME = "jdih-desktop.log"


class _NoSqlParameters(logging.Filter):
    """peewee logs ``(sql, params)`` at DEBUG: keep the statement, drop the values (a NIK, a
    name or a phone number is a parameter)."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.msg
        if isinstance(msg, tuple) and len(msg) == 2:
            sql, params = msg
            record.msg = "%s -- %d parameter(s) not logged"
            record.args = (sql, len(params or ()))
        return True


def setup_logging(data_dir: Path | None, verbose: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for h in list(root.handlers):
        if getattr(h, "_jdih", False):
            root.removeHandler(h)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    peewee_log = logging.getLogger("peewee")
    if not any(isinstance(f, _NoSqlParameters) for f in peewee_log.filters):
        peewee_log.addFilter(_NoSqlParameters())
    log_path = None
    if data_dir is not None:
        log_path = data_dir / "logs" / LOG_NAME
        try:
            # here, not at import: the first screen does not wait for it (~10 ms)
            from logging.handlers import RotatingFileHandler

            log_path.parent.mkdir(parents=True, exist_ok=True)
            fh = RotatingFileHandler(log_path, maxBytes=2_000_000,
                                                      backupCount=5, encoding="utf-8")
            fh.setFormatter(fmt)
            fh._jdih = True  # type: ignore[attr-defined]
            root.addHandler(fh)
        except OSError:
            log_path = None
    if sys.stderr is not None and verbose:
        sh = logging.StreamHandler(sys.stderr)
        sh.setFormatter(fmt)
        sh._jdih = True  # type: ignore[attr-defined]
        root.addHandler(sh)
    return log_path
