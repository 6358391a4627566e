"""Step 8: the visitor leaves; an optional satisfaction rating."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import RATING_LABELS, VisitData
from jdih_desktop.ui.formats import ui_datetime
from jdih_desktop.ui.widgets.style import PALETTE
from jdih_desktop.ui.wizard.base import (
    WizardContext,
    WizardPage,
    label,
    name,
)


class RatingPanel(QWidget):
    """Visitor-facing: an optional satisfaction rating 1-4 and a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Terima kasih atas kunjungan Anda. Bagaimana pelayanan kami "
                                    "hari ini? (boleh dilewati)"), "font-size:14pt;"))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        for value, text in RATING_LABELS.items():
            b = name(QPushButton(f"{value}\n{self.tr(text)}"), f"rating{value}",
                     self.tr("Penilaian %1: %2").replace("%1", str(value))
                     .replace("%2", self.tr(text)))
            b.setCheckable(True)
            b.setMinimumSize(120, 80)
            b.setStyleSheet("QPushButton{font-size:14pt;} QPushButton:checked{background:"
                            + PALETTE.primary + "; color:white; font-weight:bold;}")
            b.clicked.connect(lambda _c, v=value: self.set_rating(v if self.buttons[v]
                                                                  .isChecked() else None))
            self.group.addButton(b, value)
            self.buttons[value] = b
            row.addWidget(b)
        lay.addLayout(row)
        lay.addWidget(label(self.tr("Saran atau komentar (opsional):")))
        self.comment = name(QPlainTextEdit(), "ratingComment", self.tr("Komentar"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(100)
        lay.addWidget(self.comment)
        lay.addStretch(1)
        self.rating: int | None = None

    def set_rating(self, value: int | None) -> None:
        self.rating = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)


class DeparturePage(WizardPage):
    step = Step.DEPARTURE

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.time_out = label("", "font-size:13pt;", object_name="departureTime")
        self._layout.addWidget(self.time_out)
        self.panel = RatingPanel()
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)

    def title(self) -> str:
        return self.tr("Kepulangan")

    def subtitle(self) -> str:
        return self.tr("Pengunjung meninggalkan ruangan; waktu keluar dicatat, penilaian "
                       "kepuasan opsional (SOP langkah 8).")

    def load(self, visit: VisitData) -> None:
        super().load(visit)
        self.time_out.setText(self.tr("Waktu keluar: %1 (dicatat saat Lanjut ditekan)")
                              .replace("%1", ui_datetime(self.ctx.clock())))
        self.panel.set_rating(visit.rating)
        self.panel.comment.setPlainText(visit.rating_comment or "")

    def commit(self) -> VisitData:
        return self.ctx.services.visits.record_departure(
            self.visit.id, self.panel.rating, self.panel.comment.toPlainText())
