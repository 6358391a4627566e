"""The services the UI is given. Built once by ``app.py`` and passed down by constructors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from jdih_desktop.config import AppConfig
from jdih_desktop.services.session import Session

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from jdih_desktop.services.accounts import AccountService
    from jdih_desktop.services.audit import AuditService
    from jdih_desktop.services.borrowers import BorrowerService
    from jdih_desktop.services.calendar_admin import CalendarAdminService
    from jdih_desktop.services.catalogue import CatalogueService
    from jdih_desktop.services.loans import LoanService
    from jdih_desktop.services.officers import OfficerService
    from jdih_desktop.services.persons import PersonService
    from jdih_desktop.services.reminders import ReminderService
    from jdih_desktop.services.renewals import RenewalService
    from jdih_desktop.services.reports import ReportService
    from jdih_desktop.services.retention import RetentionService
    from jdih_desktop.services.returns import ReturnService
    from jdih_desktop.services.skm import SkmService
    from jdih_desktop.services.visit_book_settings import VisitBookSettingsService
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

    ``session`` is who is signed in: every service built here holds the same object and checks
    it on each protected call (``services/session.py``), and records it as "who" when a caller
    names nobody.
    """

    def __init__(self, config: AppConfig, clock: Clock = system_clock,
                 session: Session | None = None, hasher: PasswordHasher | None = None) -> None:
        self.config = config
        self.clock = clock
        self.session = session or Session()
        self.hasher = hasher
        self.extra: dict[str, Any] = {}

    def _who(self) -> int | None:
        return self.session.officer_id

    def _bind(self, service: Any) -> Any:
        service.session = self.session
        return service

    @cached_property
    def accounts(self) -> AccountService:
        """Sign-in, lock, passwords and PINs (argon2)."""
        from jdih_desktop.services.accounts import AccountService

        return AccountService(self.clock, self.session, self.hasher)

    @cached_property
    def audit(self) -> AuditService:
        """The administrator's audit viewer."""
        from jdih_desktop.services.audit import AuditService

        return AuditService(self.clock, self.session)

    @cached_property
    def persons(self) -> PersonService:
        """A person's rights under UU 27/2022: find, export, erase (administrator)."""
        from jdih_desktop.services.persons import PersonService

        return PersonService(self.config, self.clock, self.session)

    @cached_property
    def officers(self) -> OfficerService:
        """The officers and who is on duty at this desk."""
        from jdih_desktop.services.officers import OfficerService

        return self._bind(OfficerService(self.clock))

    @cached_property
    def catalogue(self) -> CatalogueService:
        from jdih_desktop.services.catalogue import CatalogueService

        service = self._bind(CatalogueService(self.clock))
        # Records the signed-in officer when a window does not name one.
        service.officer_source = self._who
        return service

    @cached_property
    def returns(self) -> ReturnService:
        from jdih_desktop.services.returns import ReturnService

        service = self._bind(ReturnService(self.config, self.clock))
        service.officer_source = self._who
        return service

    @cached_property
    def reports(self) -> ReportService:
        from jdih_desktop.services.reports import ReportService

        service = self._bind(ReportService(self.config, self.clock))
        service.officer_source = self._who
        return service

    @cached_property
    def visits(self) -> VisitService:
        from jdih_desktop.services.visits import VisitService

        return self._bind(VisitService(self.config, self.clock))

    @cached_property
    def loans(self) -> LoanService:
        from jdih_desktop.services.loans import LoanService

        return self._bind(LoanService(self.config, self.clock))

    @cached_property
    def renewals(self) -> RenewalService:
        """Renewals (perpanjangan) at the returns desk."""
        from jdih_desktop.services.renewals import RenewalService

        service = self._bind(RenewalService(self.config, self.clock))
        service.officer_source = self._who
        return service

    @cached_property
    def reminders(self) -> ReminderService:
        """Reminder levels, the log of reminders given, WhatsApp links and letters."""
        from jdih_desktop.services.reminders import ReminderService

        service = self._bind(ReminderService(self.config, self.clock, self.returns))
        service.officer_source = self._who
        return service

    @cached_property
    def skm(self) -> SkmService:
        """The Survei Kepuasan Masyarakat at departure and its IKM report."""
        from jdih_desktop.services.skm import SkmService

        return self._bind(SkmService(self.clock, self.visits))

    @cached_property
    def visit_book(self) -> VisitBookSettingsService:
        """Pengaturan → Buku kunjungan: fields shown/required, own fields, notice versions.
        A change reaches the visit service at once (its forms and validation)."""
        from jdih_desktop.services.visit_book_settings import VisitBookSettingsService

        return self._bind(VisitBookSettingsService(self.config, self.clock,
                                                   on_change=self.visits.use_setup))

    @cached_property
    def borrowers(self) -> BorrowerService:
        """One borrower's open and past loans (the borrower panel)."""
        from jdih_desktop.services.borrowers import BorrowerService

        return self._bind(BorrowerService(self.clock))

    @cached_property
    def retention(self) -> RetentionService:
        """Removes visitors' personal data after the retention period of the privacy notice."""
        from jdih_desktop.services.retention import RetentionService

        service = self._bind(RetentionService(self.config, self.clock))
        service.officer_source = self._who
        return service

    @cached_property
    def visitor_catalogue(self) -> Any:
        """The visitor's own catalogue search (public facts only, no session needed)."""
        from jdih_desktop.services.visitor_catalogue import VisitorCatalogue

        return VisitorCatalogue(self.loans.cards)

    @cached_property
    def scheduled_retention(self) -> RetentionService:
        """The retention run the app starts by itself (at start and daily): its own session
        with the machine's retention task as actor, whoever sits at the desk."""
        from jdih_desktop.services.retention import RetentionService
        from jdih_desktop.services.session import TASK, Actor

        service = RetentionService(self.config, self.clock)
        service.session = Session(Actor(None, "retention", "Tugas retensi", TASK,
                                        frozenset({"retention"})))
        service.officer_source = None
        return service

    @cached_property
    def calendar_admin(self) -> CalendarAdminService:
        """Holidays and loan rules (Pengaturan → Hari libur & aturan peminjaman)."""
        from jdih_desktop.services.calendar_admin import CalendarAdminService

        service = self._bind(CalendarAdminService(self.clock))
        service.officer_source = self._who
        return service


def build_services(config: AppConfig, clock: Clock = system_clock,
                   session: Session | None = None,
                   hasher: PasswordHasher | None = None) -> Services:
    """The services over the database already bound to the store's proxy (built lazily)."""
    return Services(config=config, clock=clock, session=session, hasher=hasher)


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
