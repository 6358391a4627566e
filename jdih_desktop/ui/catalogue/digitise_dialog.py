"""Digitise a document: scan pages (flatbed one by one, or the feeder in a batch), arrange the
thumbnails, and save them as one PDF attachment.

Scanning runs on the scanner's own thread (``ScannerWorker.submit``), which also makes the
thumbnails, so the GUI only receives small PNGs. Assembling the PDF runs on the thread pool;
only the final insert of the attachment happens on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.devices.base import DeviceCancelled, DeviceError, ScannedPage, ScanSettings
from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.services.catalogue import CatalogueService
from jdih_desktop.services.digitise import make_thumbnail, pages_to_pdf
from jdih_desktop.ui.catalogue.tasks import run_in_background
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_TEXT
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)
PageRole = Qt.ItemDataRole.UserRole + 1


class DigitiseDialog(QDialog):
    """Scan, arrange and save pages of one document. ``saved(AttachmentView)`` at the end."""

    saved = Signal(object)

    def __init__(self, catalogue: CatalogueService, scanner_worker, document_id: int,
                 title: str, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.scanner_worker = scanner_worker
        self.document_id = document_id
        self.filename = filename
        self._job: int | None = None
        self._saving = False
        self.setObjectName("digitiseDialog")
        self.setWindowTitle(window_title(self.tr("Digitalisasi — %1").replace("%1", title)))
        fit_window(self, "digitise", (820, 600))

        self.source = QComboBox()
        self.source.setObjectName("digitiseSource")
        self.source.setAccessibleName(self.tr("Sumber pindaian"))
        self.source.addItem(self.tr("Kaca pemindai (satu halaman)"), "flatbed")
        self.source.addItem(self.tr("Pengumpan dokumen/ADF (semua halaman)"), "feeder")
        self.dpi = QComboBox()
        self.dpi.setObjectName("digitiseDpi")
        self.dpi.setAccessibleName(self.tr("Resolusi"))
        for d in (150, 200, 300):
            self.dpi.addItem(f"{d} dpi", d)
        self.dpi.setCurrentIndex(1)
        self.mode = QComboBox()
        self.mode.setObjectName("digitiseMode")
        self.mode.setAccessibleName(self.tr("Mode warna"))
        self.mode.addItem(self.tr("Abu-abu"), "gray")
        self.mode.addItem(self.tr("Warna"), "color")
        self.mode.addItem(self.tr("Hitam-putih"), "lineart")
        self.kind = QComboBox()
        self.kind.setObjectName("digitiseKind")
        self.kind.setAccessibleName(self.tr("Simpan sebagai"))
        self.kind.addItem(self.tr("Hasil digitalisasi"), "digitised")
        self.kind.addItem(self.tr("Naskah lengkap"), "full_text")
        self.kind.addItem(self.tr("Lampiran"), "lampiran")
        self.kind.addItem(self.tr("Abstrak"), "abstrak")

        self.scan_button = self._button("digitiseScan", self.tr("Pindai"), self.start_scan)
        self.cancel_scan_button = self._button("digitiseCancelScan",
                                               self.tr("Hentikan pindai"), self.cancel_scan)
        self.cancel_scan_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("digitiseProgress")
        self.progress.setAccessibleName(self.tr("Kemajuan pindai"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Letakkan halaman pertama di pemindai, lalu tekan Pindai."))
        self.status.setObjectName("digitiseStatus")
        self.status.setWordWrap(True)

        self.pages = QListWidget()
        self.pages.setObjectName("digitisePages")
        self.pages.setAccessibleName(self.tr("Halaman hasil pindai"))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(QSize(120, 160))
        self.pages.setMovement(QListView.Movement.Snap)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setSpacing(8)
        self.pages.model().rowsMoved.connect(self._renumber)

        self.left_button = self._button("digitiseMoveLeft", self.tr("◀ Geser"),
                                        lambda: self.move_selected(-1))
        self.right_button = self._button("digitiseMoveRight", self.tr("Geser ▶"),
                                         lambda: self.move_selected(1))
        self.delete_button = self._button("digitiseDeletePage", self.tr("Hapus halaman"),
                                          self.delete_selected)
        self.save_button = self._button("digitiseSave", self.tr("Simpan PDF"), self.save)
        self.close_button = self._button("digitiseClose", self.tr("Batal"), self.reject)

        top = QHBoxLayout()
        for w in (QLabel(self.tr("Sumber")), self.source, self.dpi, self.mode, self.scan_button,
                  self.cancel_scan_button):
            top.addWidget(w)
        top.addStretch(1)
        edit = QHBoxLayout()
        for w in (self.left_button, self.right_button, self.delete_button):
            edit.addWidget(w)
        edit.addStretch(1)
        edit.addWidget(QLabel(self.tr("Simpan sebagai")))
        edit.addWidget(self.kind)
        edit.addWidget(self.save_button)
        edit.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addLayout(edit)

        if scanner_worker is not None:
            scanner_worker.succeeded.connect(self._on_scanned)
            scanner_worker.failed.connect(self._on_scan_failed)
            scanner_worker.progress.connect(self._on_progress)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAccessibleName(text.replace("◀ ", "").replace(" ▶", ""))
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------ scanning
    @property
    def scanning(self) -> bool:
        return self._job is not None

    @Slot()
    def start_scan(self) -> None:
        if self.scanner_worker is None or self.scanning:
            self._error(self.tr("Belum ada pemindai yang dipilih — atur di Pengaturan Perangkat, "
                                "lalu Coba lagi."))
            return
        settings = ScanSettings(dpi=self.dpi.currentData(), mode=self.mode.currentData(),
                                source=self.source.currentData(), area="a4")

        def job(scanner, ctx):  # scanner thread
            if scanner is None:
                from jdih_desktop.devices.base import DeviceNotFound

                raise DeviceNotFound("Belum ada pemindai yang dipilih — atur di Pengaturan "
                                     "Perangkat, lalu Coba lagi.")
            pages = scanner.scan(settings, progress=ctx.report, cancel=ctx.cancel_event)
            ctx.check_cancelled()
            return [(p, make_thumbnail(p.png)) for p in pages]

        self._job = self.scanner_worker.submit(job)
        feeder = settings.source == "feeder"
        self.progress.setRange(0, 0)  # busy until the scanner says how many
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Memindai dari pengumpan…") if feeder
                            else self.tr("Memindai halaman…"))
        self._update_buttons()

    @Slot()
    def cancel_scan(self) -> None:
        if self._job is not None:
            self.scanner_worker.cancel(self._job)
            self.status.setText(self.tr("Menghentikan pemindaian…"))

    @Slot(int, int, int)
    def _on_progress(self, job: int, done: int, total: int) -> None:
        if job != self._job:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(self.tr("%1 halaman terpindai…").replace("%1", str(done)))

    @Slot(int, object)
    def _on_scanned(self, job: int, result: object) -> None:
        if job != self._job:
            return
        self._job = None
        added = 0
        for page, thumb in result:  # type: ignore[union-attr]
            self._add_page(page, thumb)
            added += 1
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("%1 halaman ditambahkan (jumlah %2). Letakkan halaman berikutnya, atau "
                       "Simpan PDF.").replace("%1", str(added)).replace("%2",
                                                                       str(self.pages.count()))
        self.status.setText(text)
        self._update_buttons()

    @Slot(int, object)
    def _on_scan_failed(self, job: int, error: object) -> None:
        if job != self._job:
            return
        self._job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, DeviceCancelled):
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Pemindaian dihentikan. Halaman yang sudah ada tetap "
                                        "tersimpan di daftar."))
        else:
            msg = error.message if isinstance(error, DeviceError) else str(error)
            self._error(msg)
        self._update_buttons()

    def _add_page(self, page: ScannedPage, thumb: bytes) -> None:
        pix = QPixmap()
        pix.loadFromData(thumb, "PNG")
        item = QListWidgetItem(QIcon(pix), "")
        item.setData(PageRole, page)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.pages.addItem(item)
        self._renumber()

    # ------------------------------------------------------------------ arranging
    def current_pages(self) -> list[ScannedPage]:
        return [self.pages.item(i).data(PageRole) for i in range(self.pages.count())]

    @Slot()
    def _renumber(self, *args: object) -> None:
        for i in range(self.pages.count()):
            item = self.pages.item(i)
            item.setText(self.tr("Hal. %1").replace("%1", str(i + 1)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("Halaman %1").replace("%1", str(i + 1)))

    def move_selected(self, step: int) -> None:
        row = self.pages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.pages.count():
            return
        item = self.pages.takeItem(row)
        self.pages.insertItem(target, item)
        self.pages.setCurrentRow(target)
        self._renumber()

    @Slot()
    def delete_selected(self) -> None:
        row = self.pages.currentRow()
        if row >= 0:
            self.pages.takeItem(row)
            self._renumber()
            self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.scanning or self._saving
        has_pages = self.pages.count() > 0
        self.scan_button.setEnabled(not busy)
        self.cancel_scan_button.setEnabled(self.scanning)
        for b in (self.left_button, self.right_button, self.delete_button):
            b.setEnabled(has_pages and not busy)
        self.save_button.setEnabled(has_pages and not busy)

    def _error(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_TEXT)
        self.status.setText(message)

    # ------------------------------------------------------------------ saving
    @Slot()
    def save(self) -> None:
        pages = self.current_pages()
        if not pages or self._saving:
            return
        self._saving = True
        self._update_buttons()
        self.progress.setRange(0, len(pages))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Menyusun PDF…"))
        kind = self.kind.currentData()
        run_in_background(lambda progress: pages_to_pdf(pages, progress),
                          on_done=lambda pdf: self._store(pdf, kind, len(pages)),
                          on_error=self._on_save_failed,
                          on_progress=lambda d, t: self.progress.setValue(d), owner=self)

    def _store(self, pdf: bytes, kind: str, count: int) -> None:
        try:
            att = self.catalogue.add_attachment(self.document_id, kind, self.filename, pdf,
                                                pages=count)
        except (ValidationError, JdihError) as exc:
            self._on_save_failed(exc)
            return
        self._saving = False
        self.saved.emit(att)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            msg = " ".join(exc.errors.values())
        else:
            msg = getattr(exc, "message", None) or str(exc)
        self._error(self.tr("PDF tidak tersimpan: %1").replace("%1", msg))
        self._update_buttons()

    def reject(self) -> None:
        """Close without saving; scanned pages are only thrown away when the officer agrees."""
        if self.pages.count() and not self._saving:
            answer = QMessageBox.question(
                self, self.tr("Tutup digitalisasi"),
                self.tr("%1 halaman hasil pindai belum disimpan. Tutup dan buang halaman itu?")
                .replace("%1", str(self.pages.count())))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._job is not None and self.scanner_worker is not None:
            self.scanner_worker.cancel(self._job)
        super().reject()

    def done(self, result: int) -> None:
        if self.scanner_worker is not None:
            for sig, slot in ((self.scanner_worker.succeeded, self._on_scanned),
                              (self.scanner_worker.failed, self._on_scan_failed),
                              (self.scanner_worker.progress, self._on_progress)):
                with contextlib.suppress(RuntimeError, TypeError):
                    sig.disconnect(slot)
        super().done(result)
