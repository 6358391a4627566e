"""The reports window: choose a report and a period, render it in the background, look at the
pages, then save (PDF, XLSX) or print.

Everything slow - the queries, reportlab, openpyxl, rasterising the preview, writing files,
printing - runs in a ``JobRunner`` thread; the window only swaps widgets when a job reports back.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.fileio import write_atomic
from jdih_desktop.services.report_render import (
    RenderedReport,
    ReportRequest,
    build_report,
    render_in_process,
)
from jdih_desktop.services.reports import Period, ReportError, ReportService
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.operations.reports import GenerateReport
from jdih_desktop.ui.reports.pages import page_images, print_pdf, to_qimage
from jdih_desktop.ui.reports.worker import JobRunner
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.style import PALETTE, error_html
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)

PREVIEW_DPI = 96
# (kind key, request kind)
KINDS = [("monthly", "activity"), ("daily", "activity"), ("collection", "collection"),
         ("visit", "visit"), ("skm", "skm"), ("yearly", "yearly")]
# Period choices of the kinds that take one ("monthly" is the activity report of any period).
PERIOD_KINDS = ("month", "quarter", "semester", "year", "range")

# A chooser returns the path picked, or "" when the person cancels: (title, suggested, filter).
FileChooser = Callable[[QWidget, str, str, str], str]
PrintDialog = Callable[[QWidget, QPrinter], bool]


def _ask_file(parent: QWidget, title: str, suggested: str, filter_: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, filter_)[0]


def _ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    dlg = QPrintDialog(printer, parent)
    return dlg.exec() == QPrintDialog.DialogCode.Accepted


def _render_in_child(db_url: str, config, now: dt.datetime, request: ReportRequest, dpi: int,
                     progress, actor=None) -> tuple[RenderedReport, list[QImage]]:
    """Run ``render_in_process`` in a spawned process and relay its messages (worker thread)."""
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=render_in_process, name="jdih-report",
                       args=(db_url, config, now, request, dpi, sender, actor), daemon=True)
    proc.start()
    sender.close()
    try:
        while True:
            if not receiver.poll(300):
                raise JdihError("Penyusunan laporan terlalu lama (lebih dari 5 menit). Coba "
                                "periode yang lebih pendek atau ulangi nanti.")
            msg = receiver.recv()
            if msg[0] == "progress":
                progress(int(msg[1]), str(msg[2]))
            elif msg[0] == "done":
                out, pages = msg[1], msg[2]
                break
            else:
                if len(msg) > 2:
                    log.error("report process failed:\n%s", msg[2])
                raise JdihError(str(msg[1]))
    except EOFError:
        raise JdihError("Proses penyusun laporan berhenti tiba-tiba. Coba lagi; bila terulang, "
                        "kirim berkas log ke pengelola aplikasi.") from None
    finally:
        receiver.close()
        proc.join(10)
        if proc.is_alive():
            proc.kill()
    progress(100, "Selesai.")
    return out, [to_qimage(w, h, data) for w, h, data in pages]


class ReportsWindow(QWidget):
    """A top-level window (the officer keeps working in the main window meanwhile)."""

    rendered = Signal(object)  # RenderedReport, once the preview is on screen
    saved = Signal(str)  # path written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)

    def __init__(self, reports: ReportService, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None, *, file_chooser: FileChooser = _ask_file,
                 print_dialog: PrintDialog = _ask_printer,
                 save_dir: Path | None = None, db_url: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.reports = reports
        self.clock = clock
        self.file_chooser = file_chooser
        self.print_dialog = print_dialog
        self.save_dir = save_dir or Path.home()
        # With the database's address the report is built in a child process (no GIL shared
        # with the GUI thread); a frozen (installed) build keeps to a thread.
        self.db_url = db_url if db_url and not getattr(sys, "frozen", False) else None
        self.result: RenderedReport | None = None
        self.page_images: list[QImage] = []
        self._pending: list[tuple[int, QImage]] = []
        self._announce = False
        self.runner = JobRunner(self)
        self.generation: GenerateReport | None = None
        self.setObjectName("reportsWindow")
        self.setWindowTitle(window_title(self.tr("Laporan")))
        fit_window(self, "reports", (1180, 820))
        self._build()
        self._on_kind_changed()

    # ------------------------------------------------------------------ building
    _named = staticmethod(named)  # the kit's one naming helper

    def _build(self) -> None:
        id_locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        today = self.clock().date()
        last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        side = QFrame()
        side.setObjectName("reportsSide")
        side.setFixedWidth(330)
        form = QFormLayout()
        self.kind_combo = self._named(QComboBox(), "reportKind", self.tr("Jenis laporan"))
        for key, label in (
                ("monthly", self.tr("Laporan kegiatan bulanan")),
                ("daily", self.tr("Log harian")),
                ("collection", self.tr("Laporan koleksi (evaluasi JDIH)")),
                ("visit", self.tr("Rekaman satu kunjungan")),
                ("skm", self.tr("Survei Kepuasan Masyarakat (IKM)")),
                ("yearly", self.tr("Laporan tahunan JDIH"))):
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        form.addRow(self.tr("&Jenis laporan"), self.kind_combo)
        self.period_combo = self._named(QComboBox(), "reportPeriodKind", self.tr("Periode"))
        for key, label in (("month", self.tr("Bulan")), ("quarter", self.tr("Triwulan")),
                           ("semester", self.tr("Semester")), ("year", self.tr("Tahun")),
                           ("range", self.tr("Rentang tanggal"))):
            self.period_combo.addItem(label, key)
        self.period_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.period_label = QLabel(self.tr("Pe&riode"))
        self.period_label.setBuddy(self.period_combo)
        form.addRow(self.period_label, self.period_combo)
        self.year_spin = self._named(QSpinBox(), "reportYear", self.tr("Tahun laporan"))
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(last_month.year)
        self.year_label = QLabel(self.tr("T&ahun"))
        self.year_label.setBuddy(self.year_spin)
        form.addRow(self.year_label, self.year_spin)
        self.part_combo = self._named(QComboBox(), "reportPart",
                                      self.tr("Triwulan atau semester"))
        self.part_label = QLabel(self.tr("&Ke-"))
        self.part_label.setBuddy(self.part_combo)
        form.addRow(self.part_label, self.part_combo)
        self.from_edit = self._named(QDateEdit(), "reportFrom", self.tr("Tanggal awal"))
        self.to_edit = self._named(QDateEdit(), "reportTo", self.tr("Tanggal akhir"))
        for w, day in ((self.from_edit, last_month), (self.to_edit, today)):
            w.setLocale(id_locale)
            w.setDisplayFormat("d MMMM yyyy")
            w.setCalendarPopup(True)
            w.setDate(QDate(day.year, day.month, day.day))
        self.from_label = QLabel(self.tr("&Dari"))
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self.tr("&Sampai"))
        self.to_label.setBuddy(self.to_edit)
        form.addRow(self.from_label, self.from_edit)
        form.addRow(self.to_label, self.to_edit)
        self.month_edit = self._named(QDateEdit(), "reportMonth", self.tr("Bulan laporan"))
        self.month_edit.setLocale(id_locale)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setDate(QDate(last_month.year, last_month.month, 1))
        self.month_label = QLabel(self.tr("&Bulan"))
        self.month_label.setBuddy(self.month_edit)
        form.addRow(self.month_label, self.month_edit)
        self.day_edit = self._named(QDateEdit(), "reportDay", self.tr("Tanggal log harian"))
        self.day_edit.setLocale(id_locale)
        self.day_edit.setDisplayFormat("dddd, d MMMM yyyy")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_label = QLabel(self.tr("&Tanggal"))
        self.day_label.setBuddy(self.day_edit)
        form.addRow(self.day_label, self.day_edit)
        self.visit_spin = self._named(QSpinBox(), "reportVisit", self.tr("Nomor kunjungan"))
        self.visit_spin.setRange(1, 2_000_000_000)
        self.visit_label = QLabel(self.tr("&Nomor kunjungan"))
        self.visit_label.setBuddy(self.visit_spin)
        form.addRow(self.visit_label, self.visit_spin)

        self.render_button = self._named(QPushButton(self.tr("&Buat laporan")), "btnRender",
                                         self.tr("Buat laporan dan tampilkan pratinjau"))
        self.render_button.setDefault(True)
        self.render_button.clicked.connect(self.render_report)
        self.progress = self._named(QProgressBar(), "reportProgress",
                                    self.tr("Kemajuan penyusunan laporan"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Pilih jenis laporan dan periodenya, lalu tekan "
                                     "<b>Buat laporan</b>."))
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.save_pdf_button = self._named(QPushButton(self.tr("Simpan &PDF…")), "btnSavePdf",
                                           self.tr("Simpan laporan sebagai PDF"))
        self.save_pdf_button.clicked.connect(self._on_save_pdf_clicked)
        self.save_xlsx_button = self._named(QPushButton(self.tr("Simpan &XLSX…")),
                                            "btnSaveXlsx",
                                            self.tr("Simpan laporan sebagai lembar kerja XLSX"))
        self.save_xlsx_button.clicked.connect(self._on_save_xlsx_clicked)
        self.print_button = self._named(QPushButton(self.tr("&Cetak…")), "btnPrint",
                                        self.tr("Cetak laporan"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button = self._named(QPushButton(self.tr("Tutup")), "btnCloseReports",
                                        self.tr("Tutup jendela laporan"))
        self.close_button.clicked.connect(self.close)
        for b in (self.save_pdf_button, self.save_xlsx_button, self.print_button):
            b.setEnabled(False)

        side_layout = QVBoxLayout(side)
        title = QLabel(self.tr("<b style='font-size:14pt'>Laporan</b><br>Dokumentasi hasil "
                               "kegiatan (SOP langkah 9)"))
        title.setObjectName("reportsTitle")
        side_layout.addWidget(title)
        side_layout.addLayout(form)
        side_layout.addWidget(self.render_button)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.status)
        side_layout.addSpacing(12)
        for b in (self.save_pdf_button, self.save_xlsx_button, self.print_button):
            side_layout.addWidget(b)
        side_layout.addStretch(1)
        side_layout.addWidget(self.close_button)

        self.pages_label = QLabel(self.tr("Belum ada pratinjau."))
        self.pages_label.setObjectName("previewInfo")
        self.zoom_combo = self._named(QComboBox(), "previewZoom", self.tr("Ukuran pratinjau"))
        for pct in (50, 75, 100, 125):
            self.zoom_combo.addItem(f"{pct}%", pct)
        self.zoom_combo.setCurrentIndex(1)
        self.zoom_combo.currentIndexChanged.connect(self._on_zoom_changed)
        self.preview_host = QWidget()
        self.preview_host.setObjectName("previewPages")
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_layout.setSpacing(14)
        self.scroll = self._named(QScrollArea(), "reportPreview", self.tr("Pratinjau laporan"))
        self.scroll.setWidget(self.preview_host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {PALETTE.preview_backdrop}; }}"
                                  f"QWidget#previewPages {{ background: "
                                  f"{PALETTE.preview_backdrop}; }}")
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(QLabel(self.tr("Ukuran:")))
        bar.addWidget(self.zoom_combo)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.scroll, 1)
        main = QHBoxLayout(self)
        main.addWidget(side)
        main.addLayout(right, 1)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._on_print_clicked)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._on_save_pdf_clicked)

    # ------------------------------------------------------------------ choosing
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    def period_kind(self) -> str:
        return str(self.period_combo.currentData())

    def set_period_kind(self, key: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(key))

    @Slot()
    def _on_kind_changed(self) -> None:
        k = self.kind()
        periodic = k in ("monthly", "collection", "skm")
        if k == "yearly" or (k == "skm" and self.period_kind() == "month"):
            self.period_combo.blockSignals(True)
            self.set_period_kind("year" if k == "yearly" else "quarter")
            self.period_combo.blockSignals(False)
        pk = self.period_kind() if periodic else ("year" if k == "yearly" else "")
        part_items = {"quarter": ["I", "II", "III", "IV"], "semester": ["I", "II"]}.get(pk, [])
        if [self.part_combo.itemText(i) for i in range(self.part_combo.count())] != part_items:
            self.part_combo.clear()
            for i, text in enumerate(part_items, 1):
                self.part_combo.addItem(text, i)
        for w, show in ((self.period_combo, periodic), (self.period_label, periodic),
                        (self.month_edit, periodic and pk == "month"),
                        (self.month_label, periodic and pk == "month"),
                        (self.year_spin, pk in ("quarter", "semester", "year")),
                        (self.year_label, pk in ("quarter", "semester", "year")),
                        (self.part_combo, pk in ("quarter", "semester")),
                        (self.part_label, pk in ("quarter", "semester")),
                        (self.from_edit, pk == "range"), (self.from_label, pk == "range"),
                        (self.to_edit, pk == "range"), (self.to_label, pk == "range"),
                        (self.day_edit, k == "daily"), (self.day_label, k == "daily"),
                        (self.visit_spin, k == "visit"), (self.visit_label, k == "visit")):
            w.setVisible(show)

    def period(self) -> Period:
        """The period chosen on the form (ReportError for a reversed range)."""
        pk = "year" if self.kind() == "yearly" else self.period_kind()
        year = self.year_spin.value()
        if pk == "quarter":
            return Period.quarter(year, int(self.part_combo.currentData() or 1))
        if pk == "semester":
            return Period.semester(year, int(self.part_combo.currentData() or 1))
        if pk == "year":
            return Period.year(year)
        if pk == "range":
            a, b = self.from_edit.date(), self.to_edit.date()
            return Period.between(dt.date(a.year(), a.month(), a.day()),
                                  dt.date(b.year(), b.month(), b.day()))
        m = self.month_edit.date()
        return Period.month(m.year(), m.month())

    def request(self) -> ReportRequest:
        k = self.kind()
        if k == "visit":
            return ReportRequest("visit", visit_id=self.visit_spin.value())
        if k == "daily":
            d = self.day_edit.date()
            return ReportRequest("activity", Period.day(dt.date(d.year(), d.month(), d.day())))
        return ReportRequest(dict(KINDS)[k], self.period())

    # ------------------------------------------------------------------ rendering
    def _preview_dpi(self) -> int:
        return PREVIEW_DPI * int(self.zoom_combo.currentData() or 75) // 100

    @Slot()
    def render_report(self) -> None:
        """Build the chosen report in the background; the preview follows."""
        if self.busy:
            return
        try:
            request = self.request()
        except ReportError as exc:
            self.status.setText(error_sentence(exc))
            self.failed.emit(error_sentence(exc))
            return
        self._set_busy(True, self.tr("Menyusun laporan…"))
        reports = self.reports
        dpi = self._preview_dpi()
        if self.db_url:
            url, config, now = self.db_url, reports.config, self.clock()
            # The child checks the same person's rights (plain data; same OS account).
            session = getattr(reports, "session", None)
            actor = None if session is None or session.locked else session.actor
            self._generate(lambda progress: _render_in_child(url, config, now, request, dpi,
                                                             progress, actor), uses_db=False)
            return

        def work(progress):
            out = build_report(reports, request, progress)
            images = page_images(out.pdf or b"", dpi, progress, 90, 10)
            progress(100, "Selesai.")
            return out, images

        self._generate(work, uses_db=True)

    def _generate(self, work, *, uses_db: bool) -> None:
        self.generation = GenerateReport(self, work, uses_db=uses_db).progress(
            lambda done, _total, message: self._on_progress(done, message)).success(
            self._on_rendered).failure(lambda failure: self._on_failed(failure.message)).run()

    @property
    def busy(self) -> bool:
        """A report being built, or a save, print or re-rasterising job of this window."""
        return self.runner.busy or (self.generation is not None and not self.generation.done)

    @Slot()
    def _on_zoom_changed(self) -> None:
        """Rasterise the pages again at the new size (in the worker, never by scaling here)."""
        if self.result is None or self.result.pdf is None or self.busy:
            return
        pdf, dpi = self.result.pdf, self._preview_dpi()

        def done(images: list[QImage]) -> None:
            self.page_images = images
            self._show_pages()

        self.runner.start(lambda _p: page_images(pdf, dpi), on_done=done,
                          on_fail=self._on_failed, uses_db=False)

    def _set_busy(self, busy: bool, message: str) -> None:
        self.render_button.setEnabled(not busy)
        self.kind_combo.setEnabled(not busy)
        have = self.result is not None and not busy
        for b in (self.save_pdf_button, self.save_xlsx_button, self.print_button):
            b.setEnabled(have)
        if busy:
            self.progress.setValue(0)
        self.status.setText(message)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(message)

    def _on_rendered(self, payload) -> None:
        self.result, self.page_images = payload
        self.progress.setValue(100)
        self._set_busy(False, self.tr("Laporan siap: %1. Periksa pratinjau, lalu simpan atau "
                                      "cetak.").replace("%1", self.result.title))
        self._show_pages(announce=True)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False, "")
        self.progress.setValue(0)
        self.status.setText(error_html(message))
        self.failed.emit(message)

    def _show_pages(self, announce: bool = False) -> None:
        """Swap in the new page images, one page per event-loop turn so the window never
        stalls; ``rendered`` is emitted once the last page is on screen."""
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, freed at the next loop turn
                item.widget().deleteLater()
        self._pending = list(enumerate(self.page_images))
        self._announce = announce
        if self.result is not None:
            self.pages_label.setText(self.tr("%1 — %2 halaman A4").replace(
                "%1", self.result.title).replace("%2", str(len(self.page_images))))
        QTimer.singleShot(0, self, self._add_next_page)

    @Slot()
    def _add_next_page(self) -> None:
        if not self._pending:
            return
        i, img = self._pending.pop(0)
        label = QLabel()
        label.setObjectName(f"previewPage{i + 1}")
        label.setAccessibleName(self.tr("Halaman %1").replace("%1", str(i + 1)))
        pix = QPixmap.fromImage(img)
        label.setPixmap(pix)
        label.setFixedSize(pix.size())  # a page is never squeezed into the viewport
        label.setStyleSheet(f"background: {PALETTE.base}; border: 1px solid {PALETTE.text_muted};")
        self.preview_layout.addWidget(label)
        if self._pending:
            QTimer.singleShot(0, self, self._add_next_page)
        elif self._announce and self.result is not None:
            self.rendered.emit(self.result)

    def preview_page_count(self) -> int:
        return sum(1 for i in range(self.preview_layout.count())
                   if isinstance(self.preview_layout.itemAt(i).widget(), QLabel))

    # ------------------------------------------------------------------ saving, printing
    def _suggest(self, ext: str) -> str:
        stem = self.result.stem if self.result else "laporan"
        return str(self.save_dir / f"{stem}.{ext}")

    @Slot()
    def _on_save_pdf_clicked(self) -> None:
        if self.result is None or self.result.pdf is None:
            return
        path = self.file_chooser(self, self.tr("Simpan laporan PDF"), self._suggest("pdf"),
                                 self.tr("Dokumen PDF (*.pdf)"))
        if path:
            self.save_to(Path(path), self.result.pdf)

    @Slot()
    def _on_save_xlsx_clicked(self) -> None:
        if self.result is None or self.result.xlsx is None:
            return
        path = self.file_chooser(self, self.tr("Simpan laporan XLSX"), self._suggest("xlsx"),
                                 self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.save_to(Path(path), self.result.xlsx)

    def save_to(self, path: Path, data: bytes) -> None:
        """Write the bytes in the background (a network folder can be slow)."""
        self._set_busy(True, self.tr("Menyimpan %1…").replace("%1", path.name))

        def work(progress):
            write_atomic(path, data)
            return str(path)

        def done(p: str) -> None:
            self.save_dir = Path(p).parent
            self._set_busy(False, self.tr("Tersimpan: %1").replace("%1", p))
            self.saved.emit(p)

        self.runner.start(work, on_done=done, on_fail=self._on_failed, uses_db=False)

    @Slot()
    def _on_print_clicked(self) -> None:
        if self.result is None or self.result.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.stem)
        if self.print_dialog(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the rendered PDF on ``printer`` from the worker thread."""
        if self.result is None or self.result.pdf is None:
            return
        self._printer = printer  # keep it alive while the worker paints
        self._set_busy(True, self.tr("Mencetak…"))
        pdf = self.result.pdf

        def done(pages: int) -> None:
            self._set_busy(False, self.tr("%1 halaman dikirim ke printer.").replace(
                "%1", str(pages)))
            self.printed.emit(pages)

        self.runner.start(lambda progress: print_pdf(pdf, printer, progress), on_done=done,
                          on_fail=self._on_failed, on_progress=self._on_progress,
                          uses_db=False)

    def closeEvent(self, event) -> None:
        # A save or print still running finishes on its worker (the file is written, the page
        # printed); only its message line is skipped. Closing never waits on the GUI thread.
        super().closeEvent(event)
