"""Pieces of the visit-book form that follow Pengaturan → Buku kunjungan.

The form (``ui/wizard/visit_book.VisitBookPanel``, also lent to the visitor screen) builds its
rows from a ``VisitBookSetup``: built-in fields shown or hidden, the office's own fields as a
line of text, a list of choices or a Ya/Tidak pair, and the privacy notice of the version in
force. Kept in its own module so the wizard page only calls it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jdih_desktop.services.visit_book_settings import (
    NO,
    TEXT_VALUE_MAX,
    YES,
    FieldSetting,
    NoticeVersion,
)
from jdih_desktop.ui.widgets.style import PALETTE


class YesNoField(QWidget):
    """A Ya / Tidak answer as two large toggle buttons (a finger finds them on a tablet).

    It speaks QLineEdit's small API (``text``, ``setText``, ``textChanged``) so the form treats
    it as any one-line field: "" until answered, then ``ya`` or ``tidak``."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for value, text in ((YES, self.tr("Ya")), (NO, self.tr("Tidak"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setObjectName(f"yesNo_{value}")
            b.setAccessibleName(text)
            b.setMinimumWidth(72)
            self.group.addButton(b)
            self.buttons[value] = b
            row.addWidget(b)
        row.addStretch(1)
        # The answer given reads at a glance: the chosen button in the main action's colours.
        self.setStyleSheet(f"QPushButton:checked {{ background: {PALETTE.primary}; "
                           f"color: {PALETTE.text_on_primary}; font-weight: bold; }}")
        self.group.buttonToggled.connect(self._on_toggled)

    def _on_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.textChanged.emit(self.text())

    def text(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def setText(self, value: str) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot be cleared otherwise
        for b in self.buttons.values():
            b.setChecked(False)
        self.group.setExclusive(True)
        self.textChanged.emit("")


def custom_widget(setting: FieldSetting, parent: QWidget | None = None) -> QWidget:
    """The input for one of the office's own fields."""
    if setting.kind == "choice":
        box = QComboBox(parent)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(14)
        box.addItem(QCoreApplication.translate("VisitBookForm", "— pilih —"), "")
        for option in setting.options:
            box.addItem(option, option)
        return box
    if setting.kind == "yesno":
        return YesNoField(parent)
    line = QLineEdit(parent)
    line.setMaxLength(TEXT_VALUE_MAX + 50)  # room to see the "too long" message
    return line


def notice_paragraphs_html(text: str) -> str:
    """Plain text as the notice shows it: blank lines part paragraphs, lines break."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def notice_html(notice: NoticeVersion, office_name: str, retention_years: int,
                id_scan_days: int, language: str = "id") -> str:
    """The privacy notice of ``notice``'s version, in the visitor's language where the office
    wrote one (an English visitor sees the Indonesian text when there is no English one)."""
    from jdih_desktop.ui.wizard import visit_book as vb

    if notice.builtin:
        if language == "en":
            return vb.privacy_notice_html_en(office_name, retention_years, notice.version)
        return vb.privacy_notice_html(office_name, retention_years, notice.version,
                                      id_scan_days)
    if language == "en" and notice.text_en:
        head = f"<b>Privacy notice</b> (version {escape(notice.version)})"
        return head + notice_paragraphs_html(notice.text_en)
    head = f"<b>Pemberitahuan Privasi</b> (versi {escape(notice.version)})"
    return head + notice_paragraphs_html(notice.text)
