"""The SKM answer sheet on the visitor screen at departure (PermenPANRB 14/2017).

Nine elements, each four big toggle buttons (tap again to clear), the optional respondent
profile and a suggestion box. Everything is optional: the visitor may leave without answering.
Plain ``SkmSheet`` data out; the departure page saves it through ``SkmService``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.skm import ELEMENTS, PROFILE_FIELDS, SkmSheet
from jdih_desktop.ui.widgets.style import PALETTE

BUTTON_STYLE = ("QPushButton{font-size:11pt; padding:4px;} QPushButton:checked{"
                f"background:{PALETTE.primary}; color:{PALETTE.text_on_primary}; "
                "font-weight:bold;}")


def _balanced(text: str, longest: int = 14) -> str:
    """A long answer on two lines, broken at the space nearest its middle."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


class SkmForm(QWidget):
    """Visitor-facing: the nine SKM elements on the 1-4 scale, profile and suggestion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skmForm")
        self.setAccessibleName(self.tr("Survei kepuasan masyarakat"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Terima kasih atas kunjungan Anda. Mohon nilai pelayanan kami hari ini (Survei "
            "Kepuasan Masyarakat). Semua pertanyaan boleh dilewati; jawaban Anda tanpa nama."))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size:13pt;")
        outer.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # the form scrolls down, never sideways: its rows wrap to the screen's width
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The sheet follows the width it is given (the officer's window at 125 % too): it
        # scrolls down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(6)
        self.buttons: dict[str, dict[int, QPushButton]] = {}
        self.values: dict[str, int | None] = {e.key: None for e in ELEMENTS}
        row = 0
        for n, e in enumerate(ELEMENTS, 1):
            q = QLabel(f"<b>{n}. {translate_text(e.name)}</b> — {translate_text(e.question)}")
            q.setWordWrap(True)
            q.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(q, row, 0, 1, 2)
            row += 1
            self.buttons[e.key] = {}
            for value, text in enumerate(e.answers, 1):
                # Number above the answer: four answers fit side by side on a 1366×768
                # screen at 125 % (one line each was 940 px wide and scrolled sideways).
                b = QPushButton(f"{value}\n{_balanced(translate_text(text))}")
                b.setObjectName(f"skm_{e.key}_{value}")
                b.setAccessibleName(self.tr("%1: %2").replace("%1", translate_text(e.name))
                                    .replace("%2", translate_text(text)))
                b.setCheckable(True)
                b.setMinimumHeight(64)
                b.setToolTip(b.text())
                b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                b.setMinimumWidth(60)
                b.setStyleSheet(BUTTON_STYLE)
                b.clicked.connect(lambda checked, k=e.key, v=value:
                                  self.set_answer(k, v if checked else None))
                # Two answers a row: four touch-size buttons side by side do not fit the
                # visitor screen's width on a 1366 px desk screen at 125 %.
                grid.addWidget(b, row + (value - 1) // 2, (value - 1) % 2)
                self.buttons[e.key][value] = b
            row += 2
        profile = QFormLayout()
        self.profile: dict[str, QComboBox] = {}
        for fname, (label, choices) in PROFILE_FIELDS.items():
            box = QComboBox()
            box.setObjectName(f"skmProfile_{fname}")
            box.setAccessibleName(translate_text(label))
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.addItem(self.tr("— tidak diisi —"), None)
            for key, choice in choices.items():
                box.addItem(translate_text(choice), key)
            profile.addRow(translate_text(label) + self.tr(" (opsional)"), box)
            self.profile[fname] = box
        grid.addLayout(profile, row, 0, 1, 2)
        row += 1
        grid.addWidget(QLabel(self.tr("Saran dan masukan (opsional):")), row, 0, 1, 2)
        row += 1
        self.suggestion = QPlainTextEdit()
        self.suggestion.setObjectName("skmSuggestion")
        self.suggestion.setAccessibleName(self.tr("Saran dan masukan"))
        self.suggestion.setTabChangesFocus(True)
        self.suggestion.setMaximumHeight(80)
        grid.addWidget(self.suggestion, row, 0, 1, 2)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def set_answer(self, key: str, value: int | None) -> None:
        self.values[key] = value
        for v, b in self.buttons[key].items():
            b.setChecked(v == value)

    def sheet(self) -> SkmSheet:
        return SkmSheet(dict(self.values), *(self.profile[f].currentData()
                                             for f in PROFILE_FIELDS),
                        self.suggestion.toPlainText())

    def set_sheet(self, sheet: SkmSheet | None) -> None:
        sheet = sheet or SkmSheet()
        for e in ELEMENTS:
            self.set_answer(e.key, sheet.answers.get(e.key))
        for fname, box in self.profile.items():
            box.setCurrentIndex(max(0, box.findData(getattr(sheet, fname))))
        self.suggestion.setPlainText(sheet.suggestion)
