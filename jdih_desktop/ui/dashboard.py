"""Today at a glance, on the main window's home: visitors today, visits in progress, loans out,
overdue items and this month's visits per day.

The figures come from ``ReportService.dashboard`` (indexed aggregate queries) run in a worker
thread on a timer; the GUI only paints what arrives. A refresh that is still running is never
stacked with another one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jdih_desktop.services.reports import DashboardFigures, DayCount, ReportService
from jdih_desktop.ui.formats import as_sentence, ui_date, ui_month
from jdih_desktop.ui.operations import Change, hub
from jdih_desktop.ui.reports.worker import JobRunner
from jdih_desktop.ui.widgets.style import ERROR_TEXT, PALETTE

log = logging.getLogger(__name__)

NAVY = QColor(PALETTE.primary)
GOLD = QColor(PALETTE.accent)
TODAY = QColor(PALETTE.error)


class MonthChart(QWidget):
    """Visits per day of the month as bars; closed days gold, today red-outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardMonthChart")
        self.setAccessibleName(self.tr("Grafik kunjungan bulan ini"))
        self.setMinimumHeight(150)
        self.days: list[DayCount] = []
        self.today = None

    def set_days(self, days: list[DayCount], today) -> None:
        self.days = list(days)
        self.today = today
        total = sum(d.visits for d in days)
        self.setToolTip(self.tr("%1 kunjungan bulan ini").replace("%1", str(total)))
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(30, 10, -8, -20)
        p.fillRect(self.rect(), self.palette().base())
        if not self.days:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Memuat…"))
            return
        most = max(d.visits for d in self.days)
        step = 1
        while most / step > 5:  # a round step: 1, 2, 5, 10, 20, 50, ...
            step = step * 5 // 2 if str(step)[0] == "2" else step * 2
        lines = max(1, -(-most // step))
        top = step * lines
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.75))
        p.setFont(small)
        grid = QPen(QColor(PALETTE.grid_line))
        for k in range(lines + 1):
            y = r.bottom() - r.height() * k / lines
            p.setPen(grid)
            p.drawLine(r.left(), int(y), r.right(), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y - 7, 26, 14), Qt.AlignmentFlag.AlignRight,
                       str(step * k))
        n = len(self.days)
        slot = r.width() / n
        for i, d in enumerate(self.days):
            h = r.height() * d.visits / top
            bar = QRectF(r.left() + i * slot + slot * 0.15, r.bottom() - h, slot * 0.7, h)
            p.fillRect(bar, NAVY if d.open_day else GOLD)
            if d.day == self.today:
                p.setPen(QPen(TODAY, 2))
                p.drawRect(QRectF(bar.x() - 1, r.top(), bar.width() + 2, r.height()))
            if n <= 31 and (d.day.day == 1 or d.day.day % 5 == 0 or d.day == self.today):
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(r.left() + i * slot - 6, r.bottom() + 2, slot + 12, 16),
                           Qt.AlignmentFlag.AlignHCenter, str(d.day.day))
        p.end()


class Tile(QFrame):
    """One big number with its caption."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        self.value.setFont(f)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set(self, value: int, detail: str = "") -> None:
        self.value.setText(f"{value:,}".replace(",", "."))
        self.setAccessibleDescription(f"{self.caption.text()}: {value}")
        self.setToolTip(detail)


class Dashboard(QFrame):
    """The home panel. ``refresh()`` may be called any time; the timer calls it too."""

    refreshed = Signal(object)  # DashboardFigures, after the tiles show them
    failed = Signal(str)

    def __init__(self, reports: ReportService, interval_ms: int = 30_000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.figures: DashboardFigures | None = None
        self._closing = False
        self._failing = False  # the last refresh failed (logged once per streak)
        self.runner = JobRunner(self)
        self.setObjectName("dashboard")
        self.setAccessibleName(self.tr("Ringkasan hari ini"))
        self.heading = QLabel(self.tr("<b>Hari ini</b>"))
        self.heading.setObjectName("dashboardHeading")
        self.tile_today = Tile("tileVisitorsToday", self.tr("Pengunjung hari ini"))
        self.tile_open = Tile("tileInProgress", self.tr("Kunjungan berlangsung"))
        self.tile_loans = Tile("tileLoansOut", self.tr("Eksemplar dipinjam"))
        self.tile_overdue = Tile("tileOverdue", self.tr("Terlambat dikembalikan"))
        self.chart = MonthChart()
        self.chart_title = QLabel(self.tr("Kunjungan bulan ini"))
        self.chart_title.setObjectName("dashboardChartTitle")
        self.error = QLabel()
        self.error.setObjectName("dashboardError")
        self.error.setStyleSheet(ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.hide()
        tiles = QGridLayout()
        for i, t in enumerate((self.tile_today, self.tile_open, self.tile_loans,
                               self.tile_overdue)):
            tiles.addWidget(t, i // 2, i % 2)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(tiles)
        right = QVBoxLayout()
        right.addWidget(self.chart_title)
        right.addWidget(self.chart, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 8)
        outer.addLayout(row)
        outer.addWidget(self.error)
        self.timer = QTimer(self)
        self.timer.setObjectName("dashboardTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        if interval_ms > 0:
            self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._again = False  # a change was announced while a refresh was on its way
        hub().subscribe(self, Change.VISITS | Change.LOANS | Change.RETURNS,
                        lambda _changes: self.refresh())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.refresh)  # fresh figures whenever the home shows

    @Slot()
    def refresh(self) -> None:
        """Ask for fresh figures in the background.

        Skipped while one is on its way, while the panel is hidden (the timer keeps ticking;
        showing the panel refreshes it) and once the application is closing.
        """
        if self._closing or not self.isVisible():
            return
        if self.runner.busy:
            self._again = True  # refreshed once more when this one is back
            return
        reports = self.reports
        self.runner.start(lambda _progress: reports.dashboard(), on_done=self._on_figures,
                          on_fail=self._on_failed, log_failures=False)

    def _refresh_again(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)

    def _on_figures(self, f: DashboardFigures) -> None:
        self._refresh_again()
        self.figures = f
        if self._failing:
            log.info("dashboard figures load again")
            self._failing = False
        self.error.hide()
        self.heading.setText(self.tr("<b>Hari ini</b> — %1").replace(
            "%1", ui_date(f.today, with_weekday=True)))
        self.tile_today.set(f.visitors_today, self.tr("%1 kunjungan dibatalkan").replace(
            "%1", str(f.cancelled_today)))
        self.tile_open.set(f.in_progress)
        self.tile_loans.set(f.loans_out)
        self.tile_overdue.set(f.overdue)
        self.tile_overdue.value.setStyleSheet(ERROR_TEXT if f.overdue else "")
        self.chart_title.setText(self.tr("Kunjungan %1: %2").replace(
            "%1", ui_month(f.today)).replace(
            "%2", str(f.month_total)))
        self.chart.set_days(f.month, f.today)
        self.refreshed.emit(f)

    def _on_failed(self, message: str) -> None:
        self._refresh_again()
        # The timer keeps trying: one log line for a streak of failures, the notice stays put.
        if not self._failing:
            log.warning("dashboard figures cannot be loaded: %s", message)
            self._failing = True
        self.error.setText(self.tr("Ringkasan tidak dapat dimuat: %1 Mencoba lagi otomatis.")
                           .replace("%1", as_sentence(message)))
        self.error.show()
        self.failed.emit(message)

    @Slot()
    def shutdown(self) -> None:
        """Stop refreshing; a query still running is cancelled, never waited for (exit)."""
        self._closing = True
        self.timer.stop()
        self.runner.cancel()

