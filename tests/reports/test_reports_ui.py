"""The reports window (render in a worker, preview, save, print) and the home dashboard."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.store.models import Visit
from jdih_desktop.ui.dashboard import Dashboard
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.reports import ReportsWindow
from tests.reports.report_truth import pdf_pages, pdf_text, summary_values, xlsx_book

WAIT = 30_000


class Chooser:
    """Stands in for the person at the save dialog: answers with a prepared path."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[str] = []

    def __call__(self, parent, title: str, suggested: str, filter_: str) -> str:
        self.asked.append(suggested)
        return str(self.folder / Path(suggested).name)


def _window(qtbot, report_service, clock, **kw) -> ReportsWindow:
    w = ReportsWindow(report_service, clock, **kw)
    qtbot.addWidget(w)
    w.show()
    return w


def _render(qtbot, w: ReportsWindow):
    with qtbot.waitSignal(w.rendered, timeout=WAIT) as blocker:
        qtbot.mouseClick(w.findChild(QPushButton, "btnRender"), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_monthly_report_renders_in_worker_and_previews(qtbot, filled, report_service, clock):
    # GIVEN the reports window (last month, October, is proposed)
    w = _window(qtbot, report_service, clock)
    assert w.month_edit.date().month() == 10 and w.kind() == "monthly"
    save = w.findChild(QPushButton, "btnSavePdf")
    assert not save.isEnabled()
    # WHEN "Buat laporan" is clicked
    out = _render(qtbot, w)
    # THEN the PDF was built, every page is previewed, the save and print buttons wake up
    assert out.stem == "laporan-kegiatan-2026-10"
    assert w.preview_page_count() == pdf_pages(out.pdf) >= 3
    page1 = w.findChild(QLabel, "previewPage1")
    assert page1 is not None and not page1.pixmap().isNull()
    assert w.progress.value() == 100
    assert save.isEnabled() and w.findChild(QPushButton, "btnPrint").isEnabled()
    assert "Oktober 2026" in pdf_text(out.pdf)
    assert "siap" in w.status.text()
    # AND a smaller zoom rasterises the pages again at half the width of 100%
    width75 = page1.pixmap().width()
    w.findChild(QComboBox, "previewZoom").setCurrentIndex(0)  # 50%
    qtbot.waitUntil(lambda: w.preview_page_count() == pdf_pages(out.pdf) and abs(
        w.findChild(QLabel, "previewPage1").pixmap().width() - width75 * 2 / 3) <= 2,
        timeout=WAIT)


def test_save_pdf_and_xlsx_through_the_buttons(qtbot, filled, report_service, clock,
                                               tmp_path):
    # GIVEN a rendered collection report and a person who picks tmp_path in the dialog
    chooser = Chooser(tmp_path)
    w = _window(qtbot, report_service, clock, file_chooser=chooser)
    w.set_kind("collection")
    out = _render(qtbot, w)
    # WHEN both save buttons are clicked
    with qtbot.waitSignal(w.saved, timeout=WAIT) as pdf_saved:
        qtbot.mouseClick(w.findChild(QPushButton, "btnSavePdf"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.saved, timeout=WAIT) as xlsx_saved:
        qtbot.mouseClick(w.findChild(QPushButton, "btnSaveXlsx"), Qt.MouseButton.LeftButton)
    # THEN the files hold exactly what was previewed, under the suggested names
    pdf, xlsx = Path(pdf_saved.args[0]), Path(xlsx_saved.args[0])
    assert pdf.name == "laporan-koleksi-2026-10.pdf" and pdf.read_bytes() == out.pdf
    assert summary_values(xlsx_book(xlsx.read_bytes()))["Jumlah dokumen"] == \
        out.figures.documents
    assert [Path(s).suffix for s in chooser.asked] == [".pdf", ".xlsx"]


def test_print_goes_through_qprinter(qtbot, filled, report_service, clock, tmp_path):
    # GIVEN a print dialog answered with a PDF printer (no paper needed)
    target = tmp_path / "printed.pdf"

    def dialog(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        return True

    w = _window(qtbot, report_service, clock, print_dialog=dialog)
    w.set_kind("daily")
    w.day_edit.setDate(w.day_edit.date().addDays(-50))  # 5 October 2026
    out = _render(qtbot, w)
    # WHEN "Cetak" is clicked
    with qtbot.waitSignal(w.printed, timeout=WAIT) as printed:
        qtbot.mouseClick(w.findChild(QPushButton, "btnPrint"), Qt.MouseButton.LeftButton)
    # THEN every page reached the printer
    assert out.stem == "log-harian-2026-10-05"
    assert printed.args[0] == pdf_pages(out.pdf) == pdf_pages(target.read_bytes())


def test_inputs_follow_the_kind(qtbot, ctx, report_service, clock):
    # GIVEN the window
    w = _window(qtbot, report_service, clock)
    combo = w.findChild(QComboBox, "reportKind")
    # WHEN each kind is chosen THEN only its period input is shown
    for key, month, day, visit in (("monthly", True, False, False),
                                   ("daily", False, True, False),
                                   ("collection", True, False, False),
                                   ("visit", False, False, True)):
        combo.setCurrentIndex(combo.findData(key))
        assert (w.month_edit.isVisible(), w.day_edit.isVisible(),
                w.visit_spin.isVisible()) == (month, day, visit)
        assert combo.accessibleName() and w.month_edit.accessibleName()


def test_unknown_visit_fails_with_a_message(qtbot, ctx, report_service, clock):
    # GIVEN the visit kind and a number that does not exist
    w = _window(qtbot, report_service, clock)
    w.set_kind("visit")
    w.visit_spin.setValue(4242)
    # WHEN rendered
    with qtbot.waitSignal(w.failed, timeout=WAIT) as failed:
        qtbot.mouseClick(w.findChild(QPushButton, "btnRender"), Qt.MouseButton.LeftButton)
    # THEN the message says what is wrong and the buttons are usable again
    assert "4242 tidak ditemukan" in failed.args[0]
    assert "4242" in w.status.text() and w.render_button.isEnabled()
    assert not w.save_pdf_button.isEnabled()


def test_dashboard_shows_the_service_figures(qtbot, filled, report_service, clock):
    # GIVEN a visit arriving now, on top of the generated data
    Visit.create(arrived_at=clock(), status="open")
    want = report_service.dashboard()
    # WHEN the dashboard loads
    d = Dashboard(report_service, interval_ms=0)
    qtbot.addWidget(d)
    with qtbot.waitSignal(d.refreshed, timeout=WAIT):
        d.show()
    # THEN its tiles and chart show the service's figures
    assert d.tile_today.value.text() == str(want.visitors_today) == "1"
    assert d.tile_open.value.text() == str(want.in_progress)
    assert d.tile_loans.value.text() == str(want.loans_out)
    assert d.tile_overdue.value.text() == str(want.overdue)
    assert [x.visits for x in d.chart.days] == [x.visits for x in want.month]
    assert "Selasa, 24 November 2026" in d.heading.text()
    # AND a new visit shows up on the next refresh
    Visit.create(arrived_at=clock() + dt.timedelta(minutes=5), status="open")
    with qtbot.waitSignal(d.refreshed, timeout=WAIT):
        d.refresh()
    assert d.tile_today.value.text() == "2"
    d.shutdown()


def test_dashboard_refreshes_by_itself(qtbot, ctx, report_service):
    # GIVEN a dashboard on screen with a short timer
    d = Dashboard(report_service, interval_ms=50)
    qtbot.addWidget(d)
    d.show()
    # WHEN the timer has fired a few times THEN each refresh arrives
    for _ in range(3):
        with qtbot.waitSignal(d.refreshed, timeout=WAIT):
            pass
    assert d.figures is not None and d.tile_today.value.text() == "0"
    # AND a hidden dashboard asks for nothing
    d.hide()
    qtbot.waitUntil(lambda: not d.runner.busy, timeout=WAIT)
    d.refresh()
    assert not d.runner.busy  # no query was started
    d.shutdown()


def test_main_window_has_dashboard_and_opens_reports(qtbot, filled, ctx, services):
    # GIVEN the main window
    pw, sw = PrinterWorker(None), ScannerWorker(None)
    try:
        w = MainWindow(ctx, services, pw, sw)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.dashboard.refreshed, timeout=WAIT):
            w.show()
        # THEN the dashboard sits in the home's dashboard area
        assert w.dashboard.parent() is w.dashboard_area
        # WHEN the reports button is clicked THEN the reports window opens
        qtbot.mouseClick(w.findChild(QPushButton, "btnReports"), Qt.MouseButton.LeftButton)
        assert w.reports_window.isVisible()
        w.reports_window.close()
        w.dashboard.shutdown()
    finally:
        pw.shutdown()
        sw.shutdown()


def test_rendering_in_a_child_process(qtbot, filled, ctx, report_service, clock):
    # GIVEN the window told the database's address (as the main window does)
    w = _window(qtbot, report_service, clock, db_url=ctx.db_url)
    assert w.db_url == ctx.db_url
    # WHEN the monthly report is rendered
    out = _render(qtbot, w)
    # THEN the child process built the same report and its preview pages
    assert out.stem == "laporan-kegiatan-2026-10"
    assert out.figures.visits == report_service.activity(out.figures.period).visits
    assert w.preview_page_count() == pdf_pages(out.pdf)
    # AND a failure in the child comes back as the precise message
    w.set_kind("visit")
    w.visit_spin.setValue(777777)
    with qtbot.waitSignal(w.failed, timeout=WAIT) as failed:
        qtbot.mouseClick(w.findChild(QPushButton, "btnRender"), Qt.MouseButton.LeftButton)
    assert "777777 tidak ditemukan" in failed.args[0]


class _FlakyReports:
    """The real report service, whose dashboard query fails with ``error`` while it is set."""

    def __init__(self, real) -> None:
        self.real = real
        self.error: BaseException | None = None
        self.calls = 0

    def dashboard(self):
        self.calls += 1
        if self.error is not None:
            raise self.error
        return self.real.dashboard()


def test_dashboard_failing_on_its_timer_says_so_once_and_recovers(qtbot, ctx, report_service,
                                                                  caplog):
    from peewee import OperationalError

    # GIVEN a dashboard on screen refreshing every 50 ms, whose database stops answering
    reports = _FlakyReports(report_service)
    reports.error = OperationalError("server closed the connection unexpectedly")
    caplog.set_level(logging.INFO)
    d = Dashboard(reports, interval_ms=50)
    qtbot.addWidget(d)
    d.show()
    # WHEN the timer keeps firing
    for _ in range(3):
        with qtbot.waitSignal(d.failed, timeout=WAIT):
            pass
    # THEN a calm line says what failed and that it keeps trying; logged once, not each time
    assert not d.error.isHidden()
    assert d.error.text().startswith("Ringkasan tidak dapat dimuat: Basis data tidak dapat "
                                     "dipakai: server closed the connection unexpectedly.")
    assert d.error.text().endswith("Mencoba lagi otomatis.")
    logged = [r for r in caplog.records if "server closed" in r.getMessage()]
    assert len(logged) == 1 and logged[0].levelno == logging.WARNING
    # WHEN it answers again THEN the figures show and the line goes
    reports.error = None
    with qtbot.waitSignal(d.refreshed, timeout=WAIT):
        pass
    assert d.error.isHidden() and d.tile_today.value.text() == "0"
    d.shutdown()


def test_an_empty_month_draws_no_bar(qtbot):
    from jdih_desktop.services.reports import DayCount, Period
    from jdih_desktop.ui.dashboard import GOLD, NAVY, TODAY, MonthChart

    # GIVEN today is the 1st of an empty month (the mark for today used to be a full-height
    # outline, which read as a bar at day 1)
    month = Period.month(2026, 12)
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_days([DayCount(d, 0, 0, d.weekday() < 5) for d in month.days], month.start)
    img = chart.grab().toImage()
    plot_bottom = img.height() - 20  # the axis; day numbers and the today mark are below
    bars = {NAVY.rgb(), GOLD.rgb(), TODAY.rgb()}
    assert not any(img.pixel(x, y) in bars for x in range(img.width())
                   for y in range(0, plot_bottom - 1))
    # AND one visit on the 3rd draws one bar
    days = [DayCount(d, 1 if d.day == 3 else 0, 0, True) for d in month.days]
    chart.set_days(days, month.start)
    img = chart.grab().toImage()
    assert any(img.pixel(x, y) == NAVY.rgb() for x in range(img.width())
               for y in range(img.height()))


def test_any_period_and_the_new_kinds_in_the_window(qtbot, filled, report_service, clock):
    from jdih_desktop.services.reports import Period

    # GIVEN the window
    w = _window(qtbot, report_service, clock)
    w.set_kind("monthly")
    # WHEN a quarter, a semester, a year and a range are chosen THEN the request follows
    w.set_period_kind("quarter")
    assert w.year_spin.isVisible() and w.part_combo.isVisible() and not w.month_edit.isVisible()
    w.part_combo.setCurrentIndex(3)
    assert w.request().period == Period.quarter(2026, 4)
    w.set_period_kind("semester")
    assert w.part_combo.count() == 2
    w.part_combo.setCurrentIndex(1)
    assert w.request().period == Period.semester(2026, 2)
    w.set_period_kind("year")
    assert w.request().period == Period.year(2026) and not w.part_combo.isVisible()
    w.set_period_kind("range")
    w.from_edit.setDate(QDate(2026, 10, 3))
    w.to_edit.setDate(QDate(2026, 10, 20))
    assert w.request().period == Period.between(dt.date(2026, 10, 3), dt.date(2026, 10, 20))
    # AND a reversed range is refused with a sentence, nothing is built
    w.to_edit.setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(w.findChild(QPushButton, "btnRender"), Qt.MouseButton.LeftButton)
    assert "Rentang terbalik" in w.status.text()
    # AND the yearly report of 2026 renders from the window
    w.set_kind("yearly")
    assert w.year_spin.isVisible() and not w.period_combo.isVisible()
    out = _render(qtbot, w)
    assert out.stem == "laporan-tahunan-2026"
    assert "LAPORAN TAHUNAN PERPUSTAKAAN JDIH" in pdf_text(out.pdf)
    # AND the SKM report (quarter, semester or year) moves a month choice to a quarter
    w.set_kind("monthly")
    w.set_period_kind("month")
    w.set_kind("skm")
    assert w.period_kind() == "quarter" and w.part_combo.isVisible()
