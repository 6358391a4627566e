"""Import dialog: choose a file, check the column mapping, dry-run, then commit.

Every pass over the file (reading the headers, the dry-run, the commit) runs on a TaskThread
with a progress bar and "Batal"; the dry-run and the commit run in a separate process driven
by that thread (``transfer.run_pass_in_process``: no GIL shared with the GUI), so the window
keeps answering even on a busy machine. The dialog only shows results. The commit button stays off
until a dry-run of the same file and mapping found no errors.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.container import Services
from jdih_desktop.services.transfer import (
    FORMAT_LABELS,
    TARGET_LABELS,
    Importer,
    ImportReport,
    TransferCancelled,
    TransferError,
    guess_format,
    remember_source,
    remembered_source,
    run_pass_in_process,
    source_slug,
)
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.operations import CpuOp, DbOp
from jdih_desktop.ui.operations.catalogue import ImportCatalogue
from jdih_desktop.ui.transfer.worker import ReportFn, TaskThread
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.style import ERROR_STYLE, error_html
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)
NEW_SOURCE = "\x00new"  # the chooser's "Sumber baru…" row

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Semua format (*.json *.csv *.xlsx);;Umpan JDIHN (*.json);;CSV (*.csv);;Excel (*.xlsx)",
)


class ImportDialog(QDialog):
    """Catalogue import. ``imported(ImportReport)`` after a successful commit."""

    imported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.importer: Importer | None = None
        self.report: ImportReport | None = None
        self.task: TaskThread | ImportCatalogue | None = None
        self.sources_loaded = False
        self._task_kind = ""
        self.setObjectName("importDialog")
        self.setWindowTitle(window_title(self.tr("Impor katalog")))
        fit_window(self, "import", (880, 640))
        self._build()
        self._set_busy(False)
        self._load_sources()

    # ------------------------------------------------------------------ building
    _named = staticmethod(named)  # the kit's one naming helper

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        grid = QGridLayout()
        self.path_edit = self._named(QLineEdit(), "importPath", self.tr("Berkas yang diimpor"))
        self.path_edit.setPlaceholderText(self.tr("Pilih berkas .json (umpan JDIHN), .csv atau "
                                                  ".xlsx"))
        self.path_edit.editingFinished.connect(self._on_path_edited)
        self.browse_button = self._named(QPushButton(self.tr("&Pilih berkas…")), "btnBrowse",
                                         self.tr("Pilih berkas"))
        self.browse_button.clicked.connect(self._on_browse)
        self.format_combo = self._named(QComboBox(), "formatCombo", self.tr("Format berkas"))
        for key, label in FORMAT_LABELS.items():
            self.format_combo.addItem(label, key)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        grid.addWidget(QLabel(self.tr("Berkas:")), 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Format:")), 1, 0)
        grid.addWidget(self.format_combo, 1, 1)
        # Where the rows come from: idData is unique within a source, and a feed never
        # updates another source's documents. A chooser of the sources the catalogue knows
        # (read off the GUI thread), "automatic", or a new one typed in; remembered per file.
        self.source_combo = self._named(QComboBox(), "importSource", self.tr("Asal data"))
        self.source_combo.addItem(self.tr("Otomatis (kolom source berkas, atau situs JDIH dari "
                                          "URL baris)"), None)
        self.source_combo.addItem(self.tr("Sumber baru…"), NEW_SOURCE)
        self.source_combo.currentIndexChanged.connect(self._on_source_chosen)
        self.new_source_edit = self._named(QLineEdit(), "importNewSource",
                                           self.tr("Nama sumber baru"))
        self.new_source_edit.setPlaceholderText(self.tr("nama sumber baru, mis. jdih "
                                                        "kendari"))
        self.new_source_edit.textEdited.connect(self._forget_dry_run)
        self.new_source_edit.hide()
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_combo, 2)
        source_row.addWidget(self.new_source_edit, 1)
        grid.addWidget(QLabel(self.tr("Asal data:")), 2, 0)
        grid.addLayout(source_row, 2, 1)
        self.skip_check = self._named(
            QCheckBox(self.tr("Le&wati baris bermasalah: simpan baris yang sah, tulis laporan "
                              "baris yang dilewati di sebelah berkas")),
            "skipInvalid", self.tr("Lewati baris bermasalah"))
        self.skip_check.toggled.connect(self._on_skip_toggled)
        grid.addWidget(self.skip_check, 3, 1, 1, 2)
        lay.addLayout(grid)

        self.mapping_box = QGroupBox(self.tr("Pemetaan kolom (ditebak otomatis; ubah bila "
                                             "perlu)"))
        self.mapping_box.setObjectName("mappingBox")
        mlay = QVBoxLayout(self.mapping_box)
        self.mapping_table = self._named(QTableWidget(0, 2), "mappingTable",
                                         self.tr("Pemetaan kolom berkas ke kolom katalog"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Kolom berkas"),
                                                      self.tr("Kolom katalog")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        mlay.addWidget(self.mapping_table)
        lay.addWidget(self.mapping_box, 1)
        self.mapping_box.setVisible(False)

        result = QGroupBox(self.tr("Hasil uji impor"))
        result.setObjectName("resultBox")
        rlay = QVBoxLayout(result)
        self.counts_label = QLabel(self.tr("Belum diuji."))
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setWordWrap(True)
        rlay.addWidget(self.counts_label)
        self.errors_table = self._named(QTableWidget(0, 3), "errorsTable",
                                        self.tr("Baris bermasalah"))
        self.errors_table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"),
                                                     self.tr("Keterangan")])
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.errors_table.setWordWrap(True)
        rlay.addWidget(self.errors_table)
        lay.addWidget(result, 2)

        self.progress = self._named(QProgressBar(), "importProgress", self.tr("Kemajuan"))
        self.progress.setRange(0, 1000)
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        lay.addWidget(self.progress)
        lay.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.dry_run_button = self._named(QPushButton(self.tr("&Uji impor")), "btnDryRun",
                                          self.tr("Uji impor tanpa menyimpan"))
        self.commit_button = self._named(QPushButton(self.tr("&Simpan ke katalog")),
                                         "btnCommit", self.tr("Simpan ke katalog"))
        self.cancel_button = self._named(QPushButton(self.tr("Batal")), "btnCancel",
                                         self.tr("Batalkan proses"))
        self.close_button = self._named(QPushButton(self.tr("Tutup")), "btnClose",
                                        self.tr("Tutup"))
        self.dry_run_button.clicked.connect(self.start_dry_run)
        self.commit_button.clicked.connect(self.start_commit)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.dry_run_button, self.commit_button, self.cancel_button,
                  self.close_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)

    # ------------------------------------------------------------------ sources
    def _load_sources(self) -> None:
        """The sources the catalogue knows, read on the database lane."""
        catalogue = getattr(self.services, "catalogue", None)
        if catalogue is None:
            return
        DbOp(self, catalogue.sources).success(self._add_sources) \
            .failure(lambda f: log.warning("import sources not listed: %s", f.message)).run()

    def _add_sources(self, names: list[str]) -> None:
        for name in names:
            self._source_index(name)
        self.sources_loaded = True

    def _source_index(self, name: str) -> int:
        """The chooser's row of ``name``, added above "Sumber baru…" when missing."""
        index = self.source_combo.findData(name)
        if index < 0:
            index = self.source_combo.count() - 1
            self.source_combo.blockSignals(True)
            self.source_combo.insertItem(index, name, name)
            self.source_combo.blockSignals(False)
        return index

    def choose_source(self, name: str | None) -> None:
        """Show ``name`` as the chosen source (None: automatic) without a new dry run."""
        index = 0 if not name else self._source_index(name)
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)
        self.new_source_edit.setVisible(False)

    def chosen_source(self) -> str | None:
        """The source the officer chose: a known one, a new name, or None (automatic)."""
        data = self.source_combo.currentData()
        if data == NEW_SOURCE:
            return source_slug(self.new_source_edit.text()) or None
        return data or None

    @Slot(int)
    def _on_source_chosen(self, _index: int) -> None:
        new = self.source_combo.currentData() == NEW_SOURCE
        self.new_source_edit.setVisible(new)
        if new:
            self.new_source_edit.setFocus()
        self._forget_dry_run()

    def _recall_source(self, path: Path) -> None:
        """Choose the source last used for this file (read off the GUI thread)."""
        folder = self._memory_folder()
        if folder is None:
            return
        chosen_before = self.source_combo.currentIndex()

        def recalled(name: str | None) -> None:
            # Only when the officer has not chosen meanwhile, and the file is still this one
            if name and self.source_combo.currentIndex() == chosen_before \
                    and self.path_edit.text().strip() == str(path):
                self.choose_source(name)

        CpuOp(self, lambda _ctx: remembered_source(folder, path)).success(recalled).run()

    # ------------------------------------------------------------------ choosing
    @Slot()
    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas katalog"), "",
                                              translate_text(FILE_FILTER))
        if path:
            self.set_file(path)

    @Slot()
    def _on_path_edited(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self.importer is None or str(self.importer.path) != text):
            self.set_file(text)

    def set_file(self, path: str, fmt: str | None = None) -> None:
        """Choose the file (and format, else guessed from its name); reads its headers."""
        self.path_edit.setText(path)
        if fmt is None:
            try:
                fmt = guess_format(path)
            except TransferError as exc:
                self._error(error_sentence(exc))
                return
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.format_combo.blockSignals(False)
        self._prepare()

    @Slot(int)
    def _on_format_changed(self, _index: int) -> None:
        if self.path_edit.text().strip():
            self._prepare()

    def _prepare(self) -> None:
        self._forget_dry_run()
        path = Path(self.path_edit.text().strip())
        fmt = self.format_combo.currentData()
        try:
            self.importer = Importer(path, fmt, clock=self.services.clock)
        except TransferError as exc:
            self._error(error_sentence(exc))
            return
        self.mapping_table.setRowCount(0)
        self.mapping_box.setVisible(fmt in ("csv", "xlsx"))
        self._recall_source(path)
        if fmt in ("csv", "xlsx"):
            importer = self.importer
            self._run("headers", lambda report, cancel: importer.read_headers())
        else:
            self._info(self.tr("Tekan Uji impor untuk memeriksa berkas."))
        self._set_busy(self.task is not None)

    def _fill_mapping(self, headers: list[str], mapping: list[str | None]) -> None:
        t = self.mapping_table
        t.setRowCount(len(headers))
        for row, (header, target) in enumerate(zip(headers, mapping, strict=False)):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            t.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"mappingCombo{row}")
            combo.setAccessibleName(self.tr("Kolom katalog untuk %1").replace("%1", header))
            combo.addItem(self.tr("(tidak diimpor)"), None)
            for key, label in TARGET_LABELS.items():
                combo.addItem(f"{translate_text(label)} [{key}]", key)
            combo.setCurrentIndex(max(0, combo.findData(target)) if target else 0)
            combo.currentIndexChanged.connect(self._forget_dry_run)
            t.setCellWidget(row, 1, combo)

    def current_mapping(self) -> list[str | None]:
        return [self.mapping_table.cellWidget(r, 1).currentData()
                for r in range(self.mapping_table.rowCount())]

    # ------------------------------------------------------------------ passes
    @Slot()
    def start_dry_run(self) -> None:
        if self.importer is None:
            self._prepare()
            if self.importer is None:
                return
        importer = self.importer
        if self.mapping_box.isVisible() and self.mapping_table.rowCount():
            try:
                importer.set_mapping(self.current_mapping())
            except TransferError as exc:
                self._error(error_sentence(exc))
                return

        clock = self.services.clock
        chosen = self.chosen_source()
        if self.source_combo.currentData() == NEW_SOURCE and chosen is None:
            self._error(self.tr("Tulis nama sumber baru, atau pilih sumber yang ada."))
            self.new_source_edit.setFocus()
            return
        skip = self.skip_check.isChecked()

        def job(report: ReportFn, cancel: threading.Event) -> ImportReport:
            result = run_pass_in_process(importer.path, importer.format, importer.mapping,
                                         "dry_run", clock=clock, progress=report,
                                         cancel=cancel, source=chosen, skip_invalid=skip)
            result.source = result.source or (source_slug(chosen) if chosen else "")
            return result

        self._forget_dry_run()
        self._info(self.tr("Menguji berkas…"))
        self._run("dry_run", job)

    @Slot(bool)
    def _on_skip_toggled(self, _on: bool) -> None:
        if self.report is not None and self.task is None:
            self.show_report(self.report)  # the hint and the Save button follow the choice
        else:
            self._set_busy(self.task is not None)

    def _memory_folder(self) -> Path | None:
        config = getattr(self.services, "config", None)
        path = getattr(config, "path", None)
        return Path(path).parent if path else None

    def _can_commit(self) -> bool:
        r = self.report
        return r is not None and (r.ok or (self.skip_check.isChecked() and r.committable))

    @Slot()
    def start_commit(self) -> None:
        if self.importer is None or not self._can_commit():
            return
        importer, fingerprint = self.importer, self.report.fingerprint
        source = self.report.source or None
        skip = self.skip_check.isChecked()
        folder = self._memory_folder()
        clock = self.services.clock

        def job(report: ReportFn, cancel: threading.Event) -> ImportReport:
            result = run_pass_in_process(importer.path, importer.format, importer.mapping,
                                         "commit", clock=clock, fingerprint=fingerprint,
                                         progress=report, cancel=cancel, source=source,
                                         skip_invalid=skip)
            if folder is not None and source:
                remember_source(folder, importer.path, source)
            return result

        self._info(self.tr("Menyimpan ke katalog dalam satu transaksi…"))
        # An operation: it finishes (and announces the change, so an open catalogue window
        # or browse page refreshes itself) even when this dialog is closed meanwhile.
        if self.task is not None:
            return
        op = ImportCatalogue(self, job)
        op.progress(lambda d, t, rows: self._on_progress(d, t, int(rows or 0)))
        op.success(self._on_succeeded)
        op.failure(lambda failure: self._on_failed(failure.error))
        op.finished.connect(self._on_op_finished)
        self.task = op
        self._task_kind = "commit"
        self.progress.setValue(0)
        self._set_busy(True)
        op.run()

    def _on_op_finished(self) -> None:
        if shiboken6.isValid(self):
            self._on_finished()

    def _run(self, kind: str, fn) -> None:
        if self.task is not None:
            return
        self.task = TaskThread(fn)
        self._task_kind = kind
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self.progress.setValue(0)
        self._set_busy(True)
        self.task.start()

    @Slot(int, int, int)
    def _on_progress(self, done: int, total: int, rows: int) -> None:
        if total:
            self.progress.setValue(int(1000 * min(done, total) / total))
        self.status_label.setText(self.tr("%1 baris dibaca…").replace("%1", f"{rows:,}"
                                                                        .replace(",", ".")))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        kind = self._task_kind
        if kind == "headers":
            headers, mapping = result
            self._fill_mapping(headers, mapping)
            mapped = sum(1 for m in mapping if m)
            self._info(self.tr("%1 dari %2 kolom dikenali. Periksa pemetaan, lalu Uji impor.")
                       .replace("%1", str(mapped)).replace("%2", str(len(headers))))
        elif kind == "dry_run":
            self.show_report(result)
        elif kind == "commit":
            report: ImportReport = result
            self.report = None
            self.progress.setValue(1000)
            text = (self.tr("Tersimpan: %1 dokumen ditambah, %2 diperbarui, %3 tidak berubah.")
                    .replace("%1", str(report.to_add)).replace("%2", str(report.to_update))
                    .replace("%3", str(report.unchanged)))
            if report.skipped:
                text += " " + self.tr("%1 baris dilewati; daftarnya: %2").replace(
                    "%1", str(report.skipped)).replace("%2", report.row_report or "-")
            self._info(text)
            self.imported.emit(report)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, TransferCancelled):
            self._error(self.tr("Dibatalkan; katalog tidak diubah."))
        elif isinstance(exc, JdihError):
            self._error(error_sentence(exc))
        else:
            self._error(self.tr("Terjadi kesalahan tak terduga (%1); katalog tidak diubah. "
                                "Lihat log.").replace("%1", repr(exc)))

    @Slot()
    def _on_finished(self) -> None:
        self.task = None  # the thread object deletes itself (worker._live)
        self._set_busy(False)

    @Slot()
    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._info(self.tr("Membatalkan…"))

    # ------------------------------------------------------------------ results
    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(1000 if not report.cancelled else self.progress.value())
        t = self.errors_table
        t.setRowCount(0)
        if report.source and self.chosen_source() is None:
            self.choose_source(report.source)  # what "automatic" found, shown in the chooser
        if report.file_error:
            line = self.tr("Kesalahan berkas: %1").replace("%1", translate_text(report.file_error))
            self.counts_label.setText("<b>" + error_html(_esc(line)) + "</b>")
            self._error(self.tr("Berkas tidak dapat diimpor; katalog tidak diubah."))
            self._set_busy(False)
            return
        if report.cancelled:
            self.counts_label.setText(self.tr("Uji impor dibatalkan."))
            self._set_busy(False)
            return
        self.counts_label.setText(
            self.tr("Baris: <b>%1</b> &nbsp; Ditambah: <b>%2</b> &nbsp; Diperbarui: <b>%3</b> "
                    "&nbsp; Tidak berubah: <b>%5</b> &nbsp; Bermasalah: <b>%4</b>")
            .replace("%1", str(report.rows)).replace("%2", str(report.to_add))
            .replace("%3", str(report.to_update)).replace("%4", str(report.error_rows))
            .replace("%5", str(report.unchanged))
            + (self.tr(" &nbsp; Sudah ada dari sumber lain: <b>%1</b>").replace(
                "%1", str(report.other_source)) if report.other_source else "")
            + (self.tr(" &nbsp; Diperbaiki: <b>%1</b>").replace(
                "%1", str(report.warning_rows)) if report.warning_rows else "")
            + (self.tr("<br>Asal data: <b>%1</b>").replace("%1", _esc(report.source))
               if report.source else "")
            + "".join(f"<br><i>{_esc(translate_text(w))}</i>" for w in report.warnings))
        # Errors first (they stop the row), then every repair made (never silent).
        lines = [(e, False) for e in report.errors] + [(w, True) for w in report.row_warnings]
        t.setRowCount(len(lines))
        repaired = self.tr("Diperbaiki: %1")
        for row, (e, warning) in enumerate(lines):
            message = translate_text(e.message)
            message = repaired.replace("%1", message) if warning else message
            for col, text in enumerate((str(e.row), translate_text(e.field), message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if warning:
                    item.setForeground(Qt.GlobalColor.darkGray)
                else:
                    item.setForeground(Qt.GlobalColor.darkRed)
                t.setItem(row, col, item)
        t.resizeRowsToContents()
        if report.ok:
            self._info(self.tr("Tidak ada kesalahan. Tekan Simpan ke katalog untuk menyimpan "
                               "semuanya dalam satu transaksi."))
        else:
            more = report.error_count - len(report.errors)
            extra = self.tr(" (%1 kesalahan lain tidak ditampilkan)").replace(
                "%1", str(more)) if more > 0 else ""
            if self.skip_check.isChecked() and report.committable:
                self._info(self.tr("%1 baris bermasalah akan dilewati. Tekan Simpan ke katalog "
                                   "untuk menyimpan %2 baris yang sah dalam satu transaksi.")
                           .replace("%1", str(report.error_rows))
                           .replace("%2", str(report.rows - report.error_rows)) + extra)
            else:
                self._error(self.tr("Perbaiki baris bermasalah di berkas, lalu Uji impor lagi "
                                    "(atau pilih Lewati baris bermasalah); tidak ada yang "
                                    "disimpan.") + extra)
        self._set_busy(False)

    def _forget_dry_run(self, *_args: object) -> None:
        self.report = None
        self.commit_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        for w in (self.dry_run_button, self.browse_button, self.format_combo, self.path_edit,
                  self.mapping_table, self.source_combo, self.new_source_edit):
            w.setEnabled(not busy)
        self.dry_run_button.setEnabled(not busy and self.importer is not None)
        self.commit_button.setEnabled(not busy and self._can_commit())

    def _info(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def reject(self) -> None:
        """Closing while a pass runs cancels it (a commit then rolls back)."""
        if self.task is not None:
            self.task.cancel()  # the task ends on its own; nothing waits on the GUI thread
        super().reject()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
