"""Step 7: the visitor acknowledges receipt of the documents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import LoanData
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import VisitData
from jdih_desktop.ui.formats import ui_date
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import AcknowledgeHandover
from jdih_desktop.ui.widgets.signature_pad import SignaturePad
from jdih_desktop.ui.wizard.base import (
    BIG,
    HINT_STYLE,
    WizardContext,
    WizardPage,
    label,
    name,
)
from jdih_desktop.ui.wizard.reprint import ReprintBar


class HandoverPanel(QWidget):
    """Visitor-facing: the documents received, acknowledged by a tap or a signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPanel")
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Dokumen yang Anda terima:"), BIG + "font-weight:bold;"))
        self.documents = QListWidget()
        self.documents.setObjectName("handoverDocuments")
        self.documents.setAccessibleName(self.tr("Dokumen yang Anda terima:"))
        self.documents.setStyleSheet(BIG)
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.documents, 1)
        self.due = label("", BIG, object_name="handoverDue")
        lay.addWidget(self.due)
        self.ack = name(QPushButton(self.tr("Saya sudah menerima dokumen di atas")),
                        "btnAcknowledge", self.tr("Saya sudah menerima dokumen"))
        self.ack.setCheckable(True)
        self.ack.setStyleSheet("font-size:14pt; padding:12px;")
        self.ack.toggled.connect(lambda _c: self.changed.emit())
        lay.addWidget(self.ack)
        lay.addWidget(label(self.tr("atau tanda tangani sebagai tanda terima:"), HINT_STYLE))
        self.signature = name(SignaturePad(placeholder=self.tr("Tanda tangan penerimaan")),
                              "handoverSignature", self.tr("Tanda tangan penerimaan"))
        self.signature.setMinimumHeight(120)
        self.signature.changed.connect(self.changed)
        lay.addWidget(self.signature)
        self.clear = name(QPushButton(self.tr("Hapus tanda tangan")), "handoverSignatureClear",
                          self.tr("Hapus tanda tangan penerimaan"))
        self.clear.clicked.connect(self.signature.clear)
        lay.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignLeft)


class HandoverPage(WizardPage):
    step = Step.HANDOVER

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel = HandoverPanel()
        self.panel.changed.connect(self.completeChanged)
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)
        self.reprint = ReprintBar(ctx)
        self._layout.addWidget(self.reprint)

    def title(self) -> str:
        return self.tr("Serah terima dokumen")

    def subtitle(self) -> str:
        return self.tr("Pengunjung menerima dokumen dan menyatakan penerimaannya (SOP "
                       "langkah 7).")

    @classmethod
    def fetch(cls, services: Services, visit: VisitData) -> list[LoanData]:
        return services.loans.loans_for_visit(visit.id)

    def load(self, visit: VisitData, data: list[LoanData] | None = None) -> None:
        super().load(visit, data)
        self.reprint.set_visit(visit)
        self.panel.documents.clear()
        self.panel.ack.setChecked(False)
        self.panel.signature.clear()
        due_text = ""
        for loan in data or []:
            for c in loan.items:
                self.panel.documents.addItem(f"{c.label} — {c.title}")
            due_text = self.tr("Baca di tempat: kembalikan dokumen kepada petugas sebelum "
                               "pulang.") if loan.read_on_site or not loan.due_date else \
                self.tr("Kembalikan paling lambat %1.").replace("%1",
                                                               ui_date(loan.due_date, True))
        self.panel.due.setText(due_text)

    def is_complete(self) -> bool:
        return self.panel.ack.isChecked() or not self.panel.signature.is_empty

    def hint(self) -> str:
        return self.tr("Pengunjung menekan \"Saya sudah menerima\" atau menandatangani.")

    def commit_op(self) -> Operation:
        png = None if self.panel.signature.is_empty else self.panel.signature.to_png()
        return AcknowledgeHandover(self, self.ctx.services, self.visit.id, png,
                                   tapped=self.panel.ack.isChecked())
