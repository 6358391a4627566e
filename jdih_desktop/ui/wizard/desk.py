"""The desk: opens visit wizards, keeps one per visit, and owns the visitor screen.

The main window creates one ``VisitDesk`` and puts its ``panel`` (visits in progress) on the
home page. Several wizards can be open at once (one per visit); asking for a visit that is
already open brings its window to the front instead of opening a second copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from jdih_desktop.errors import JdihError
from jdih_desktop.services.container import Services
from jdih_desktop.services.visits import OfficerData, VisitData
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.visitor_screen import VisitorScreen
from jdih_desktop.ui.visits_panel import VisitsPanel
from jdih_desktop.ui.wizard.base import WizardContext

if TYPE_CHECKING:  # the wizard's pages load when the first visit opens, not at start-up
    from jdih_desktop.ui.wizard.wizard import VisitWizard


class VisitDesk(QObject):
    """Everything about visits that the main window offers."""

    wizard_opened = Signal(object)  # VisitWizard
    message = Signal(str)  # for the main window's status bar

    def __init__(self, window: QWidget, services: Services, printer_worker, scanner_worker
                 ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.wizards: dict[int, VisitWizard] = {}
        self.visitor_screen: VisitorScreen | None = None
        self.visitor_screen_enabled = False
        self.visitor_requests: list = []  # documents the visitor picked on their screen
        self.panel = VisitsPanel(services.visits, services.clock)
        self.panel.resume_requested.connect(self.resume)

    # -- opening
    def officer(self) -> OfficerData | None:
        """The officer on duty at this desk (chosen on the main window), named in every record
        the wizards write."""
        if self.services.officers is not None:
            return self.services.officers.on_duty()
        return self.services.visits.default_officer()

    @Slot(object)
    def set_officer(self, officer: OfficerData | None) -> None:
        """Another officer took the desk: open wizards record them from now on."""
        for wizard in self.wizards.values():
            wizard.ctx.officer = officer

    @Slot()
    def new_visit(self) -> VisitWizard:
        officer = self.officer()
        visit = self.services.visits.open_visit(officer.id if officer else None)
        return self._open(visit)

    @Slot(int)
    def resume(self, visit_id: int) -> VisitWizard | None:
        wizard = self.wizards.get(visit_id)
        if wizard is not None:
            wizard.show()
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            visit = self.services.visits.load(visit_id)
        except JdihError as exc:
            self.message.emit(error_sentence(exc))
            self.panel.refresh()
            return None
        if visit.status != "open":
            self.message.emit(self.tr("Kunjungan #%1 sudah tidak berlangsung.")
                              .replace("%1", str(visit_id)))
            self.panel.refresh()
            return None
        return self._open(visit)

    def _open(self, visit: VisitData) -> VisitWizard:
        ctx = WizardContext(services=self.services, printer_worker=self.printer_worker,
                            scanner_worker=self.scanner_worker,
                            officer=self.officer(),
                            clock=self.services.clock)
        from jdih_desktop.ui.wizard.wizard import VisitWizard

        wizard = VisitWizard(ctx, visit, self._visitor_screen, parent=self.window)
        wizard.setWindowFlag(Qt.WindowType.Window, True)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.wizards[visit.id] = wizard
        wizard.visit_changed.connect(lambda _id: self.panel.refresh())
        wizard.finished.connect(lambda _r, vid=visit.id: self._forget(vid))
        wizard.chk_visitor_screen.toggled.connect(self._remember_visitor_screen)
        wizard.show()
        if self.visitor_screen_enabled:
            wizard.chk_visitor_screen.setChecked(True)
        self.panel.refresh()
        self.wizard_opened.emit(wizard)
        return wizard

    def _forget(self, visit_id: int) -> None:
        self.wizards.pop(visit_id, None)
        self.panel.refresh()

    # -- the visitor screen (one per desk)
    def _visitor_screen(self) -> VisitorScreen:
        if self.visitor_screen is None:
            office = self.services.config.office
            self.visitor_screen = VisitorScreen(
                office.name, self.window, office_logo=office.logo,
                verify_pin=self.services.accounts.verify_officer_pin,
                search=self.services.visitor_catalogue.search)
            self.visitor_screen.document_picked.connect(self._on_visitor_picked)
        return self.visitor_screen

    def _on_visitor_picked(self, owner, doc) -> None:
        """The visitor asked for a document on their screen: the officer sees it on the desk
        (status bar and the visit's wizard), and it counts as consulted for that visit."""
        self.visitor_requests.append(doc)
        self.message.emit(self.tr("Pengunjung meminta: %1 — %2").replace("%1", doc.label)
                          .replace("%2", doc.judul))
        visit = getattr(owner, "visit", None)
        if visit is not None:
            from jdih_desktop.ui.tasks import start_task

            start_task(lambda _p: self.services.visits.record_consultation(visit.id, doc.id),
                       owner=self.window)

    def visitor_mode(self, screen=None) -> VisitorScreen:
        """Visitor mode on a single monitor: the visitor screen fills ``screen``."""
        vs = self._visitor_screen()
        vs.enter_visitor_mode(screen)
        return vs

    @Slot(bool)
    def _remember_visitor_screen(self, on: bool) -> None:
        self.visitor_screen_enabled = on

    def shutdown(self) -> None:
        for wizard in list(self.wizards.values()):
            wizard.leave()
        if self.visitor_screen is not None:
            self.visitor_screen.shutdown()
