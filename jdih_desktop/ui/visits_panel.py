"""The home page's list of visits in progress.

Visits are records that stay open while the visitor reads; the officer sees each one with its
SOP step, the visitor (NIK masked) and the time since arrival, and resumes it with a
double-click or Enter. The list reads plain dataclasses from ``VisitService``.

The list refreshes itself every 30 seconds. When the database cannot answer (a PostgreSQL
server restarting, a network cut, a locked file) the last rows stay, a calm line under the title
says so and that it keeps trying, the failure is logged once, and the next refresh that works
clears the line: a timer must never raise an error dialog every 30 seconds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.visits import VisitInProgress
from jdih_desktop.ui.errors import describe_error as failure_message
from jdih_desktop.ui.formats import as_sentence, format_elapsed
from jdih_desktop.ui.operations import Change, hub
from jdih_desktop.ui.taskman import Lane, TaskFailure, taskman
from jdih_desktop.ui.widgets.style import ERROR_TEXT, HINT_STYLE

log = logging.getLogger(__name__)


class _Table(QTableWidget):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class VisitsPanel(QWidget):
    """``resume_requested(visit_id)`` when the officer opens a visit from the list."""

    resume_requested = Signal(int)

    def __init__(self, visits_service, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None, refresh_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.visits = visits_service
        self.clock = clock
        self.rows: list[VisitInProgress] = []
        self.setObjectName("visitsPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("visitsTitle")
        head.addWidget(self.title, 1)
        self.refresh_button = QPushButton(self.tr("Muat ulang (F5)"))
        self.refresh_button.setObjectName("btnRefreshVisits")
        self.refresh_button.setAccessibleName(self.tr("Muat ulang daftar kunjungan"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QAction(self.tr("Muat ulang daftar kunjungan"), self)
        refresh.setObjectName("actRefreshVisits")
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        head.addWidget(self.refresh_button)
        lay.addLayout(head)
        self.error = QLabel()
        self.error.setObjectName("visitsError")
        self.error.setStyleSheet(ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self._failing = False  # the last refresh failed (logged once per streak)
        self.stack = QStackedWidget()
        self.table = _Table(0, 5)
        self.table.setObjectName("visitsTable")
        self.table.setAccessibleName(self.tr("Kunjungan berlangsung"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Langkah SOP"),
                                              self.tr("Pengunjung"), self.tr("Keperluan"),
                                              self.tr("Sejak tiba")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda r, _c: self._resume_row(r))
        self.table.activated_row.connect(self._resume_row)
        self.empty = QLabel(self.tr(
            "Tidak ada kunjungan yang sedang berlangsung.\n\nTekan Ctrl+N (Kunjungan baru) saat "
            "pengunjung datang. Kunjungan yang belum selesai — misalnya pengunjung masih membaca "
            "di ruang baca — tampil di sini dan dapat dilanjutkan dengan klik ganda atau Enter."))
        self.empty.setObjectName("visitsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(HINT_STYLE + " font-size:11pt; padding:24px;")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._loading = False
        self._again = False
        hub().subscribe(self, Change.VISITS | Change.LOANS, lambda _changes: self.refresh())
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the list on the database lane (timer, F5, a change announced).

        A refresh asked for while one is on its way runs once more after it, so the list
        always ends up showing the latest state; a failure shows inline.
        """
        if self._loading:
            self._again = True
            return
        self._loading = True
        visits = self.visits
        taskman().run(lambda _ctx: visits.list_in_progress(), lane=Lane.DB,
                      on_done=self._on_rows, on_failed=self._on_load_failed, owner=self,
                      log_failure=False)

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _on_load_failed(self, failure: TaskFailure) -> None:
        self._loaded()
        self._on_failed(failure.error)  # the timer calls again: tell once, keep the last rows

    def _on_rows(self, rows: list[VisitInProgress]) -> None:
        self._loaded()
        if self._failing:
            log.info("visits in progress load again")
            self._failing = False
        self.error.hide()
        self.rows = rows
        now = self.clock()
        self.title.setText(self.tr("<b>Kunjungan berlangsung</b> (%1)").replace(
            "%1", str(len(self.rows))))
        keep = self.table.currentRow()
        self.table.setRowCount(len(self.rows))
        for r, v in enumerate(self.rows):
            values = (str(v.id), f"{int(v.step) if v.step.value > 1 else '1–2'}. "
                      f"{translate_text(v.step_label)}", translate_text(v.visitor), v.purpose,
                      format_elapsed(now - v.arrived_at))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.setCurrentCell(min(max(keep, 0), len(self.rows) - 1), 0)
        self.stack.setCurrentWidget(self.table if self.rows else self.empty)

    def _on_failed(self, exc: BaseException) -> None:
        message = failure_message(exc, log_it=False)  # a bug is logged there, with traceback
        if not self._failing:
            log.warning("visits in progress cannot be loaded: %s", message)
            self._failing = True
        self.error.setText(self.tr(
            "Daftar kunjungan tidak dapat dimuat: %1 Mencoba lagi otomatis.").replace(
            "%1", as_sentence(message)))
        self.error.show()

    def _resume_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.resume_requested.emit(self.rows[row].id)
