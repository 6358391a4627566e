"""Export dialog: the whole catalogue as a JDIHN feed, CSV (Excel-friendly) or XLSX."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.services.container import Services
from jdih_desktop.services.transfer import FORMAT_LABELS, TransferCancelled, export_catalogue
from jdih_desktop.ui.transfer.worker import ReportFn, TaskThread
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_STYLE
from jdih_desktop.ui.widgets.titles import window_title

EXTENSIONS = {"jdihn": ".json", "csv": ".csv", "xlsx": ".xlsx"}


class ExportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.task: TaskThread | None = None
        self.exported_count: int | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(window_title(self.tr("Ekspor katalog")))
        fit_window(self, "export", (620, 200))
        lay = QVBoxLayout(self)
        grid = QGridLayout()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format ekspor"))
        for key, label in FORMAT_LABELS.items():
            self.format_combo.addItem(label, key)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("Berkas tujuan"))
        today = services.clock().date().isoformat()
        self.path_edit.setText(str(Path.home() / f"katalog-jdih-{today}.json"))
        self.browse_button = QPushButton(self.tr("&Pilih…"))
        self.browse_button.setObjectName("btnExportBrowse")
        self.browse_button.setAccessibleName(self.tr("Pilih berkas tujuan"))
        self.browse_button.clicked.connect(self._on_browse)
        grid.addWidget(QLabel(self.tr("Format:")), 0, 0)
        grid.addWidget(self.format_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Simpan ke:")), 1, 0)
        grid.addWidget(self.path_edit, 1, 1)
        grid.addWidget(self.browse_button, 1, 2)
        lay.addLayout(grid)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Kemajuan"))
        self.progress.setRange(0, 1000)
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        lay.addWidget(self.progress)
        lay.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Ekspor"))
        self.export_button.setObjectName("btnExport")
        self.export_button.setAccessibleName(self.tr("Ekspor"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setObjectName("btnExportCancel")
        self.cancel_button.setAccessibleName(self.tr("Batalkan ekspor"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setObjectName("btnExportClose")
        self.close_button.setAccessibleName(self.tr("Tutup"))
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.cancel_button.setEnabled(False)

    @Slot(int)
    def _on_format_changed(self, _index: int) -> None:
        path = Path(self.path_edit.text().strip() or "katalog")
        self.path_edit.setText(str(path.with_suffix(EXTENSIONS[self.format_combo.currentData()])))

    @Slot()
    def _on_browse(self) -> None:
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan katalog"), self.path_edit.text(),
            f"{FORMAT_LABELS[fmt]} (*{EXTENSIONS[fmt]})")
        if path:
            self.path_edit.setText(path)

    def set_target(self, path: str, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.path_edit.setText(path)

    @Slot()
    def start_export(self) -> None:
        if self.task is not None:
            return
        path = self.path_edit.text().strip()
        fmt = self.format_combo.currentData()
        if not path:
            self._error(self.tr("Pilih berkas tujuan."))
            return

        def job(report: ReportFn, cancel: threading.Event) -> int:
            return export_catalogue(path, fmt, progress=report, cancel=cancel)

        self.task = TaskThread(job)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Mengekspor…"))
        self.task.start()

    @Slot(int, int, int)
    def _on_progress(self, done: int, total: int, _rows: int) -> None:
        if total:
            self.progress.setValue(int(1000 * min(done, total) / total))

    @Slot(object)
    def _on_done(self, count: object) -> None:
        self.exported_count = int(count)
        self.progress.setValue(1000)
        self.status_label.setText(self.tr("%1 dokumen diekspor ke %2.")
                                  .replace("%1", str(count))
                                  .replace("%2", self.path_edit.text()))

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, TransferCancelled):
            self._error(self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis."))
        elif isinstance(exc, JdihError):
            self._error(exc.message)
        else:
            self._error(self.tr("Ekspor gagal (%1). Lihat log.").replace("%1", repr(exc)))

    @Slot()
    def _on_finished(self) -> None:
        self.task = None  # the thread object deletes itself (worker._live)
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    @Slot()
    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the task ends on its own; nothing waits on the GUI thread
        super().reject()
