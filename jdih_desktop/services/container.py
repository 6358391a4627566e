"""The services the UI is given. Built once by ``app.py`` and passed down by constructors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from jdih_desktop.config import AppConfig

if TYPE_CHECKING:
    from jdih_desktop.services.borrowers import BorrowerService
    from jdih_desktop.services.calendar_admin import CalendarAdminService
    from jdih_desktop.services.catalogue import CatalogueService
    from jdih_desktop.services.loans import LoanService
    from jdih_desktop.services.officers import OfficerService
    from jdih_desktop.services.reminders import ReminderService
    from jdih_desktop.services.renewals import RenewalService
    from jdih_desktop.services.reports import ReportService
    from jdih_desktop.services.retention import RetentionService
    from jdih_desktop.services.returns import ReturnService
    from jdih_desktop.services.skm import SkmService
    from jdih_desktop.services.visits import VisitService

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Services:
    """One instance per running app (or per test), passed down by constructors.

    Each service is built on first use (``functools.cached_property``): the home page needs only
    visits, reports and officers, so the catalogue, loans and returns modules are imported when
    a window first asks for them, not before the main window shows. A test may assign its own
    object to any attribute before use.
    """

    def __init__(self, config: AppConfig, clock: Clock = system_clock) -> None:
        self.config = config
        self.clock = clock
        self.extra: dict[str, Any] = {}

    @cached_property
    def officers(self) -> OfficerService:
        """The officers and who is on duty at this desk."""
        from jdih_desktop.services.officers import OfficerService

        return OfficerService(self.clock)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from jdih_desktop.services.catalogue import CatalogueService

        service = CatalogueService(self.clock)
        # Records the officer on duty when a window does not name one.
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def returns(self) -> ReturnService:
        from jdih_desktop.services.returns import ReturnService

        service = ReturnService(self.config, self.clock)
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def reports(self) -> ReportService:
        from jdih_desktop.services.reports import ReportService

        service = ReportService(self.config, self.clock)
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def visits(self) -> VisitService:
        from jdih_desktop.services.visits import VisitService

        return VisitService(self.config, self.clock)

    @cached_property
    def loans(self) -> LoanService:
        from jdih_desktop.services.loans import LoanService

        return LoanService(self.config, self.clock)

    @cached_property
    def renewals(self) -> RenewalService:
        """Renewals (perpanjangan) at the returns desk."""
        from jdih_desktop.services.renewals import RenewalService

        service = RenewalService(self.config, self.clock)
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def reminders(self) -> ReminderService:
        """Reminder levels, the log of reminders given, WhatsApp links and letters."""
        from jdih_desktop.services.reminders import ReminderService

        service = ReminderService(self.config, self.clock, self.returns)
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def skm(self) -> SkmService:
        """The Survei Kepuasan Masyarakat at departure and its IKM report."""
        from jdih_desktop.services.skm import SkmService

        return SkmService(self.clock, self.visits)

    @cached_property
    def borrowers(self) -> BorrowerService:
        """One borrower's open and past loans (the borrower panel)."""
        from jdih_desktop.services.borrowers import BorrowerService

        return BorrowerService(self.clock)

    @cached_property
    def retention(self) -> RetentionService:
        """Removes visitors' personal data after the retention period of the privacy notice."""
        from jdih_desktop.services.retention import RetentionService

        service = RetentionService(self.config, self.clock)
        service.officer_source = self.officers.on_duty_id
        return service

    @cached_property
    def calendar_admin(self) -> CalendarAdminService:
        """Holidays and loan rules (Pengaturan → Hari libur & aturan peminjaman)."""
        from jdih_desktop.services.calendar_admin import CalendarAdminService

        service = CalendarAdminService(self.clock)
        service.officer_source = self.officers.on_duty_id
        return service


def build_services(config: AppConfig, clock: Clock = system_clock) -> Services:
    """The services over the database already bound to the store's proxy (built lazily)."""
    return Services(config=config, clock=clock)


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
