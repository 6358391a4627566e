"""Step 4: the officer grants the visitor access to the collection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
    QTextBrowser,
    QWidget,
)

from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.store import enums
from jdih_desktop.ui.formats import ui_datetime
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import GrantAccess
from jdih_desktop.ui.wizard.base import (
    WizardContext,
    WizardPage,
    esc,
    name,
)


class AccessPage(WizardPage):
    """Box 4: the officer grants access to the collection; who and when is recorded."""

    step = Step.ACCESS

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QTextBrowser()
        self.summary.setObjectName("accessSummary")
        self.summary.setAccessibleName(self.tr("Pemberian akses"))
        self._layout.addWidget(self.summary, 1)
        self.grant = name(QPushButton(self.tr("Beri akses ke koleksi  (Enter)")),
                          "btnGrantAccess", self.tr("Beri akses ke koleksi"))
        self.grant.setStyleSheet("font-size:13pt; font-weight:bold; padding:10px;")
        self.grant.clicked.connect(self.advance_requested)
        self._layout.addWidget(self.grant)

    def title(self) -> str:
        return self.tr("Pemberian akses")

    def subtitle(self) -> str:
        return self.tr("Petugas memberikan akses/izin kepada pengunjung untuk menelusuri "
                       "koleksi (SOP langkah 4).")

    def load(self, visit: VisitData, data: object = None) -> None:
        super().load(visit, data)
        f = visit.form
        officer = self.ctx.officer.full_name if self.ctx.officer else "-"
        rows = [(self.tr("Pengunjung"), f.full_name),
                (self.tr("Identitas"), f"{enums.ID_TYPES.get(f.id_type, f.id_type)} "
                                       f"{visit.masked_id}"),
                (self.tr("Instansi"), f.institution),
                (self.tr("Kategori"), enums.VISITOR_CATEGORIES.get(f.category, f.category)),
                (self.tr("Keperluan"), f.purpose),
                (self.tr("Tiba"), ui_datetime(visit.arrived_at)),
                (self.tr("Buku kunjungan"), ui_datetime(visit.visit_book_at)
                 if visit.visit_book_at else "-"),
                (self.tr("Persetujuan privasi"), self.tr("ya, versi %1").replace(
                    "%1", visit.consent_version or "") if visit.consent_given else "-"),
                (self.tr("Akses diberikan oleh"), officer)]
        self.summary.setHtml("<table cellpadding=4 style='font-size:12pt'>" + "".join(
            f"<tr><td><i>{esc(k)}</i></td><td><b>{esc(v)}</b></td></tr>" for k, v in rows)
            + "</table>")
        self.grant.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.grant.setEnabled(not busy)

    def commit_op(self) -> Operation:
        officer = self.ctx.officer.id if self.ctx.officer else None
        return GrantAccess(self, self.ctx.services, self.visit.id, officer)
