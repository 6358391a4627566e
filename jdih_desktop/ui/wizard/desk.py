"""The desk: opens visit wizards, keeps one per visit, and owns the visitor screen.

The main window creates one ``VisitDesk`` and puts its ``panel`` (visits in progress) on the
home page. Several wizards can be open at once (one per visit); asking for a visit that is
already open brings its window to the front instead of opening a second copy.

Opening and resuming are operations on the database lane (``OpenVisit``, ``LoadStep``): the
visit, the officer on duty and the first page's data are read there in one job, and the wizard
opens when they arrive (``wizard_opened``). Pressing Ctrl+N twice while the first is on its way
opens one visit, not two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from jdih_desktop.services.container import Services
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import OfficerData, VisitData
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import LoadStep, OpenedVisit, OpenVisit
from jdih_desktop.ui.taskman import TaskFailure
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
        self._opening: Operation | None = None  # a new visit on its way (Ctrl+N pressed)
        self._resuming: dict[int, Operation] = {}

    # -- opening (on the database lane)
    @Slot(object)
    def set_officer(self, officer: OfficerData | None) -> None:
        """Another officer took the desk: open wizards record them from now on."""
        for wizard in self.wizards.values():
            wizard.ctx.officer = officer

    @Slot()
    def new_visit(self) -> Operation:
        """The visitor reports: a new visit opens with the officer on duty; its wizard opens
        when the visit is stored (``wizard_opened``). A second press meanwhile is ignored."""
        if self._opening is not None:
            return self._opening
        from jdih_desktop.ui.wizard.wizard import page_fetch

        op = OpenVisit(self, self.services, fetch=page_fetch(Step.ARRIVAL))
        op.success(self._on_opened).failure(self._on_open_failed)
        self._opening = op
        return op.run()

    def _on_opened(self, opened: OpenedVisit) -> None:
        self._opening = None
        self._open(opened)

    def _on_open_failed(self, failure: TaskFailure) -> None:
        self._opening = None
        self.message.emit(failure.message)

    @Slot(int)
    def resume(self, visit_id: int) -> VisitWizard | Operation | None:
        """Bring the visit's wizard to the front, or read the visit on the database lane and
        open it at its stored step."""
        wizard = self.wizards.get(visit_id)
        if wizard is not None:
            wizard.show()
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        if visit_id in self._resuming:
            return self._resuming[visit_id]
        from jdih_desktop.ui.wizard.wizard import page_fetch

        op = LoadStep(self, self.services, visit_id, fetch_for=page_fetch, with_officer=True)
        op.success(lambda opened: self._on_resumed(visit_id, opened))
        op.failure(lambda failure: self._on_resume_failed(visit_id, failure))
        self._resuming[visit_id] = op
        return op.run()

    def _on_resumed(self, visit_id: int, opened: OpenedVisit) -> None:
        self._resuming.pop(visit_id, None)
        if opened.visit.status != "open":
            self.message.emit(self.tr("Kunjungan #%1 sudah tidak berlangsung.")
                              .replace("%1", str(visit_id)))
            self.panel.refresh()
            return
        self._open(opened)

    def _on_resume_failed(self, visit_id: int, failure: TaskFailure) -> None:
        self._resuming.pop(visit_id, None)
        self.message.emit(failure.message)
        self.panel.refresh()

    def _open(self, opened: OpenedVisit) -> VisitWizard:
        visit: VisitData = opened.visit
        if visit.id in self.wizards:  # opened meanwhile (two resumes of one row)
            return self.resume(visit.id)
        ctx = WizardContext(services=self.services, printer_worker=self.printer_worker,
                            scanner_worker=self.scanner_worker,
                            officer=opened.officer,
                            clock=self.services.clock)
        from jdih_desktop.ui.wizard.wizard import VisitWizard

        data: Any = opened.page_data
        wizard = VisitWizard(ctx, visit, self._visitor_screen, parent=self.window, data=data)
        wizard.setWindowFlag(Qt.WindowType.Window, True)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.wizards[visit.id] = wizard
        wizard.visit_changed.connect(lambda _id: self.panel.refresh())
        wizard.finished.connect(lambda _r, vid=visit.id: self._forget(vid))
        wizard.chk_visitor_screen.toggled.connect(self._remember_visitor_screen)
        # Shown in the next turn: building the window and showing it (polish, first layout)
        # are 10-15 ms each; in one turn the desk could not answer input for both.
        QTimer.singleShot(0, wizard, lambda: self._show_opened(wizard))
        return wizard

    def _show_opened(self, wizard: VisitWizard) -> None:
        wizard.show()
        if self.visitor_screen_enabled:
            wizard.chk_visitor_screen.setChecked(True)
        self.panel.refresh()
        self.wizard_opened.emit(wizard)

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

            visits, visit_id, doc_id = self.services.visits, visit.id, doc.id  # plain data
            start_task(lambda _p: visits.record_consultation(visit_id, doc_id),
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
