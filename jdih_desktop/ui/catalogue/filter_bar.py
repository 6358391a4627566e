"""The catalogue search box and filters, shared by the catalogue window and the wizard's BROWSE
page so that visitors and officers search the same way.

Typing is debounced: ``filtersChanged(SearchFilters)`` is emitted once the person pauses
(``delay_ms``), not on every key. With ``delay_ms=0`` (the catalogue window, whose search thread
skips or interrupts stale searches) each change emits within its own event, once per distinct
set of filters. Enter emits at once. The bar holds no data access of its own: subject
completion asks a callable it is given (``CatalogueService.subject_suggestions``) on the
database lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.store.enums import DOC_STATUS, DOC_TYPES
from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.widgets.suggest import SuggestionCompleter

MIN_YEAR = 1900


class CatalogueFilterBar(QWidget):
    """Search text, type, year range, status and subject; emits the filters debounced."""

    filtersChanged = Signal(SearchFilters)

    def __init__(self, subject_source: Callable[[str], list[str]] | None = None, *,
                 delay_ms: int = 300, max_year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueFilterBar")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.emit_now)
        self._last_emitted: SearchFilters | None = None  # (with no pause: each change once)
        max_year = max_year or dt.date.today().year

        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setAccessibleName(self.tr("Cari dokumen"))
        self.search.setPlaceholderText(self.tr("Cari: judul, nomor, mis. \"PKPU 4/2021\"…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)  # the bar fits a 125 % laptop screen beside the steps

        self.doc_type = QComboBox()
        self.doc_type.setObjectName("filterDocType")
        self.doc_type.setAccessibleName(self.tr("Tipe dokumen"))
        self.doc_type.addItem(self.tr("Semua tipe"), None)
        for key, label in DOC_TYPES.items():
            self.doc_type.addItem(translate_text(label), key)

        self.year_from = self._year_box("filterYearFrom", self.tr("Tahun dari"), max_year)
        self.year_to = self._year_box("filterYearTo", self.tr("Tahun sampai"), max_year)

        self.status = QComboBox()
        self.status.setObjectName("filterStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Semua status"), None)
        for key, label in DOC_STATUS.items():
            self.status.addItem(translate_text(label), key)

        self.subject = QLineEdit()
        self.subject.setObjectName("filterSubject")
        self.subject.setAccessibleName(self.tr("Subjek"))
        self.subject.setPlaceholderText(self.tr("Subjek"))
        self.subject.setClearButtonEnabled(True)
        if subject_source is not None:  # read on the database lane as the person types
            SuggestionCompleter(self.subject, subject_source)

        self.reset_button = QPushButton(self.tr("Atur ulang"))
        self.reset_button.setObjectName("filterReset")
        self.reset_button.setAccessibleName(self.tr("Hapus semua filter"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.doc_type)
        layout.addWidget(QLabel(self.tr("Tahun")))
        layout.addWidget(self.year_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.year_to)
        layout.addWidget(self.status)
        layout.addWidget(self.subject, 1)
        layout.addWidget(self.reset_button)

        self.search.textChanged.connect(self._schedule)
        self.search.returnPressed.connect(self.emit_now)
        self.subject.textChanged.connect(self._schedule)
        self.subject.returnPressed.connect(self.emit_now)
        for combo in (self.doc_type, self.status):
            combo.currentIndexChanged.connect(self._schedule)
        for box in (self.year_from, self.year_to):
            box.valueChanged.connect(self._schedule)
        self.reset_button.clicked.connect(self.reset)
        for combo in (self.doc_type, self.status):  # shrink to fit, never below 8 letters
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

    def _year_box(self, name: str, accessible: str, max_year: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(MIN_YEAR - 1, max_year)
        box.setSpecialValueText(self.tr("—"))  # the minimum means "no bound"
        box.setValue(MIN_YEAR - 1)
        box.setFixedWidth(78)
        return box

    # ------------------------------------------------------------------ API
    def filters(self) -> SearchFilters:
        """The filters as shown now (sort is left to the table)."""
        yf = self.year_from.value()
        yt = self.year_to.value()
        subject = self.subject.text().strip()
        return SearchFilters(
            text=self.search.text().strip(),
            doc_type=self.doc_type.currentData(),
            year_from=yf if yf >= MIN_YEAR else None,
            year_to=yt if yt >= MIN_YEAR else None,
            status=self.status.currentData(),
            subject=subject or None)

    def set_filters(self, f: SearchFilters) -> None:
        """Show the given filters (e.g. restoring a visitor's last search) and emit them."""
        self.blockSignals(True)
        self.search.setText(f.text or "")
        self.doc_type.setCurrentIndex(max(0, self.doc_type.findData(f.doc_type)))
        self.status.setCurrentIndex(max(0, self.status.findData(f.status)))
        self.year_from.setValue(f.year_from or MIN_YEAR - 1)
        self.year_to.setValue(f.year_to or MIN_YEAR - 1)
        self.subject.setText(f.subject or "")
        self.blockSignals(False)
        self.emit_now()

    @Slot()
    def reset(self) -> None:
        self.set_filters(SearchFilters())

    @Slot()
    def emit_now(self) -> None:
        self._timer.stop()
        self._last_emitted = self.filters()
        self.filtersChanged.emit(self._last_emitted)

    # ------------------------------------------------------------------ internals
    @Slot()
    def _schedule(self) -> None:
        if self.signalsBlocked():
            return
        if self._timer.interval() > 0:
            self._timer.start()
            return
        # No typing pause: the search starts within the keystroke, before the event loop
        # turns to repainting the box (a 0 ms timer would run after that repaint).
        filters = self.filters()
        if filters != self._last_emitted:
            self._last_emitted = filters
            self.filtersChanged.emit(filters)
