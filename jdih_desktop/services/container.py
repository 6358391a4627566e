"""The services the UI is given. Built once by ``app.py`` and passed down by constructors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jdih_desktop.config import AppConfig

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class Services:
    """One instance per running app (or per test). Fields are filled by ``build_services``."""

    config: AppConfig
    clock: Clock = system_clock
    catalogue: Any = None
    visits: Any = None
    loans: Any = None
    returns: Any = None
    reports: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def build_services(config: AppConfig, clock: Clock = system_clock) -> Services:
    """Construct every service over the database already bound to the store's proxy."""
    services = Services(config=config, clock=clock)
    from jdih_desktop.services.catalogue import CatalogueService

    services.catalogue = CatalogueService(clock)
    from jdih_desktop.services.returns import ReturnService

    services.returns = ReturnService(config, clock)
    from jdih_desktop.services.reports import ReportService

    services.reports = ReportService(config, clock)
    from jdih_desktop.services.loans import LoanService
    from jdih_desktop.services.visits import VisitService

    services.visits = VisitService(config, clock)
    services.loans = LoanService(config, clock)
    return services
