"""psycopg2 only for a ``postgresql://`` URL.

peewee imports psycopg2 (and psycopg 3) when it is itself imported, about 50-70 ms of
start-up on every SQLite desk that never talks to PostgreSQL. ``install`` (called by the
package ``__init__``) wraps peewee's loader: while peewee's module runs, the PostgreSQL drivers
look absent; afterwards peewee's psycopg2 adapter loads the driver the first time a
``PostgresqlDatabase`` is built (``load_psycopg2``), which happens only for a PostgreSQL URL.
"""

from __future__ import annotations

import importlib.machinery
import sys
from typing import Any

_DRIVERS = ("psycopg2", "psycopg2cffi", "psycopg")


class _PeeweeLoader:
    def __init__(self, real: Any) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Any:
        return self.real.create_module(spec)

    def exec_module(self, module: Any) -> None:
        saved = {name: sys.modules.get(name, _DRIVERS) for name in _DRIVERS}
        for name in _DRIVERS:
            if saved[name] is _DRIVERS:  # not imported yet: make it look absent
                sys.modules[name] = None  # type: ignore[assignment]
        try:
            self.real.exec_module(module)
        finally:
            for name, value in saved.items():
                if value is _DRIVERS:
                    sys.modules.pop(name, None)
        _wrap_adapter(module)


class _PeeweeFinder:
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != "peewee":
            return None
        sys.meta_path.remove(self)  # once
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _PeeweeLoader(spec.loader)
        return spec


def _wrap_adapter(peewee: Any) -> None:
    adapter = getattr(peewee, "Psycopg2Adapter", None)
    if adapter is None or peewee.psycopg2 is not None:
        return
    original = adapter.__init__

    def __init__(self: Any) -> None:
        load_psycopg2()
        original(self)

    adapter.__init__ = __init__


def load_psycopg2() -> None:
    """Give peewee the psycopg2 driver (what its own import would have done)."""
    peewee = sys.modules.get("peewee")
    if peewee is None or peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions
    from psycopg2.extras import Json, register_uuid

    register_uuid()
    peewee.psycopg2 = psycopg2
    peewee.pg_extensions = extensions
    peewee.Json_pg2 = Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN


def install() -> None:
    if "peewee" in sys.modules or any(isinstance(f, _PeeweeFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _PeeweeFinder())
