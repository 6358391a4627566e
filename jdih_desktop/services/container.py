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
    officers: Any = None  # OfficerService: the officers and who is on duty at this desk
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
    from jdih_desktop.services.officers import OfficerService

    # Catalogue and returns record the officer on duty when a window does not name one.
    services.officers = OfficerService(clock)
    services.catalogue.officer_source = services.officers.on_duty_id
    services.returns.officer_source = services.officers.on_duty_id
    return services


def catalogue_tools(services: Services) -> tuple[Any, Any]:
    """The label and digitise services (``LabelService``, ``DigitiseService``), one per app.

    Built on first use and kept in ``services.extra`` rather than by ``build_services``: they
    import reportlab and Pillow, which start-up does not need. Windows ask here instead of
    constructing their own, so a test or the app can put its own in ``extra`` first.
    """
    from jdih_desktop.services.digitise import DigitiseService
    from jdih_desktop.services.labels import LabelService

    extra = services.extra
    if extra.get("labels") is None:
        extra["labels"] = LabelService(services.catalogue)
    if extra.get("digitise") is None:
        extra["digitise"] = DigitiseService(services.catalogue, services.clock)
    return extra["labels"], extra["digitise"]
