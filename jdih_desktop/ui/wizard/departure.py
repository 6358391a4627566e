"""Step 8: the visitor leaves; the optional SKM survey (``ui/skm_form.py``) on the visitor
screen; it replaces the former single 1-4 question, whose figure is now derived from it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.container import Services
from jdih_desktop.services.skm import SkmSheet
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.ui.formats import ui_datetime
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import RecordDeparture
from jdih_desktop.ui.skm_form import SkmForm
from jdih_desktop.ui.wizard.base import (
    WizardContext,
    WizardPage,
    label,
)


class DeparturePage(WizardPage):
    step = Step.DEPARTURE

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.time_out = label("", "font-size:13pt;", object_name="departureTime")
        self._layout.addWidget(self.time_out)
        self.panel = SkmForm()
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)

    def title(self) -> str:
        return self.tr("Kepulangan")

    def subtitle(self) -> str:
        return self.tr("Pengunjung meninggalkan ruangan; waktu keluar dicatat, Survei "
                       "Kepuasan Masyarakat opsional di layar pengunjung (SOP langkah 8).")

    @classmethod
    def fetch(cls, services: Services, visit: VisitData) -> SkmSheet | None:
        return services.skm.sheet_for(visit.id)

    def load(self, visit: VisitData, data: SkmSheet | None = None) -> None:
        super().load(visit, data)
        self.time_out.setText(self.tr("Waktu keluar: %1 (dicatat saat Lanjut ditekan)")
                              .replace("%1", ui_datetime(self.ctx.clock())))
        sheet = data
        if sheet is None and visit.rating_comment:  # a comment given before the SKM existed
            sheet = SkmSheet(suggestion=visit.rating_comment)
        self.panel.set_sheet(sheet)

    def commit_op(self) -> Operation:
        return RecordDeparture(self, self.ctx.services, self.visit.id, self.panel.sheet())
