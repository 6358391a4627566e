"""Step 9: the officer's notes and attachments; the visit is closed."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.devices.base import ScanSettings
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.sop import Step, path
from jdih_desktop.services.visits import RATING_LABELS, STEP_LABELS, VisitData
from jdih_desktop.store import enums
from jdih_desktop.ui.formats import ui_datetime
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import AddAttachment, CloseVisit
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    WizardContext,
    WizardPage,
    esc,
    label,
    name,
)
from jdih_desktop.ui.wizard.reprint import ReprintBar

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class DocumentationPage(WizardPage):
    """Box 9: the officer's notes and attachments, a summary; "Selesai" closes the visit."""

    step = Step.DOCUMENTATION
    attachment_added = Signal(int)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Catatan petugas (hasil layanan):")))
        self.notes = name(QPlainTextEdit(), "docNotes", self.tr("Catatan petugas"))
        self.notes.setTabChangesFocus(True)
        # Enter in an empty notes box closes the visit (nothing needs typing, so handover,
        # departure and documentation take three Enters); once a note is typed, Enter is a new
        # line and Ctrl+Enter closes.
        self.notes.installEventFilter(self)
        left.addWidget(self.notes, 1)
        att_box = QGroupBox(self.tr("Lampiran (foto / pindaian)"))
        al = QVBoxLayout(att_box)
        self.attachments = name(QListWidget(), "docAttachments", self.tr("Lampiran"))
        self.attachments.setMaximumHeight(110)
        al.addWidget(self.attachments)
        buttons = QHBoxLayout()
        self.add_file = name(QPushButton(self.tr("Tambah berkas…")), "btnAddAttachment",
                             self.tr("Tambah lampiran dari berkas"))
        self.add_file.clicked.connect(self._choose_files)
        self.scan = name(QPushButton(self.tr("Pindai dokumen")), "btnScanAttachment",
                         self.tr("Pindai lampiran"))
        self.scan.clicked.connect(self._scan)
        buttons.addWidget(self.add_file)
        buttons.addWidget(self.scan)
        buttons.addStretch(1)
        al.addLayout(buttons)
        self.att_status = label("", HINT_STYLE, object_name="attachmentStatus")
        al.addWidget(self.att_status)
        left.addWidget(att_box)
        self.reprint = ReprintBar(ctx)
        left.addWidget(self.reprint)
        top.addLayout(left, 1)
        self.summary = QTextBrowser()
        self.summary.setObjectName("visitSummary")
        self.summary.setAccessibleName(self.tr("Ringkasan kunjungan"))
        top.addWidget(self.summary, 1)
        self._layout.addLayout(top, 1)
        self._scan_job: int | None = None
        worker = ctx.scanner_worker
        if worker is not None:
            worker.scanned.connect(self._on_scanned)
            worker.scan_failed.connect(self._on_scan_failed)

    def title(self) -> str:
        return self.tr("Dokumentasi")

    def subtitle(self) -> str:
        return self.tr("Petugas mendokumentasikan hasil kegiatan; Selesai menutup kunjungan "
                       "(SOP langkah 9).")

    def load(self, visit: VisitData, data: object = None) -> None:
        super().load(visit, data)
        if not self.notes.toPlainText():
            self.notes.setPlainText(visit.officer_notes or "")
        self._show_attachments(visit)
        self._summarise(visit)
        self.reprint.set_visit(visit)
        self.notes.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.notes and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() and not self.notes.toPlainText().strip()):
            self.advance_requested.emit()
            return True
        return super().eventFilter(obj, event)

    def commit_op(self) -> Operation:
        return CloseVisit(self, self.ctx.services, self.visit.id, self.notes.toPlainText())

    # -- attachments
    def add_files(self, paths: list[str]) -> None:
        """Read the files off the GUI thread, then store them with the visit."""
        for p in paths:
            self.att_status.setText(self.tr("Membaca %1…").replace("%1", Path(p).name))
            start_task(lambda _progress, path=p: Path(path).read_bytes(),
                       on_done=lambda content, path=p: self._on_file_read(path, content),
                       on_error=lambda exc, path=p: self._on_file_failed(path, str(exc)),
                       owner=self)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih foto atau pindaian"), "",
            self.tr("Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)"))
        if paths:
            self.add_files(paths)

    def _on_file_read(self, path: str, content: bytes) -> None:
        name_ = Path(path).name
        if len(content) > MAX_ATTACHMENT_BYTES:
            self._att_error(self.tr("%1 terlalu besar (lebih dari 20 MB) — perkecil dahulu.")
                            .replace("%1", name_))
            return
        mime = mimetypes.guess_type(name_)[0] or "application/octet-stream"
        kind = "photo" if mime.startswith("image/") else "scan"
        self._store(name_, content, mime, kind)

    def _on_file_failed(self, path: str, error: str) -> None:
        self._att_error(self.tr("%1 tidak dapat dibaca (%2) — periksa berkasnya.")
                        .replace("%1", Path(path).name).replace("%2", error))

    def _scan(self) -> None:
        worker = self.ctx.scanner_worker
        if worker is None:
            self._att_error(self.tr("Pemindai belum diatur — pilih di Pengaturan Perangkat."))
            return
        self.scan.setEnabled(False)
        self.att_status.setText(self.tr("Memindai…"))
        self._scan_job = worker.scan(ScanSettings(dpi=150, mode="gray", area="a4"))

    @Slot(int, object)
    def _on_scanned(self, job: int, pages: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan.setEnabled(True)
        stamp = self.ctx.clock().strftime("%Y%m%d-%H%M%S")
        for i, page in enumerate(pages or [], 1):
            self._store(f"pindaian-{stamp}-{i}.png", page.png, "image/png", "scan")

    @Slot(int, object)
    def _on_scan_failed(self, job: int, error: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan.setEnabled(True)
        self._att_error(getattr(error, "message", str(error)))

    def _store(self, filename: str, content: bytes, mime: str, kind: str) -> None:
        """Store the attachment with the visit on the database lane."""
        if self.visit is None:
            return
        self.att_status.setText(self.tr("Menyimpan %1…").replace("%1", filename))
        self.att_status.setStyleSheet(HINT_STYLE)
        AddAttachment(self, self.ctx.services, self.visit.id, filename, content, mime, kind) \
            .success(lambda result: self._on_stored(filename, *result)) \
            .failure(lambda failure: self._on_store_failed(failure)).run()

    def _on_stored(self, filename: str, att: object, visit: VisitData) -> None:
        self.visit = visit
        self._show_attachments(self.visit)
        self._summarise(self.visit)
        self.att_status.setText(self.tr("%1 tersimpan.").replace("%1", filename))
        self.att_status.setStyleSheet(OK_STYLE)
        self.attachment_added.emit(att.id)

    def _on_store_failed(self, failure: TaskFailure) -> None:
        self._att_error(failure.message)

    def _att_error(self, text: str) -> None:
        self.att_status.setText(text)
        self.att_status.setStyleSheet(ERROR_STYLE)

    def _show_attachments(self, visit: VisitData) -> None:
        self.attachments.clear()
        for a in visit.attachments:
            kind = enums.ATTACHMENT_KINDS.get(a.kind, a.kind)
            self.attachments.addItem(f"{a.filename} — {kind}, {max(1, a.size // 1024)} KB")

    def _summarise(self, visit: VisitData) -> None:
        f = visit.form
        steps = path(visit.facts) if visit.wants_to_borrow is not None else []
        rows = [
            (self.tr("Pengunjung"), f"{f.full_name} ({visit.masked_id})"),
            (self.tr("Kategori"), enums.VISITOR_CATEGORIES.get(f.category, f.category)),
            (self.tr("Keperluan"), f.purpose),
            (self.tr("Tiba"), ui_datetime(visit.arrived_at)),
            (self.tr("Akses oleh"), visit.access_officer or "-"),
            (self.tr("Dokumen dilihat"), ", ".join(c for _i, c in visit.consultations) or "-"),
            (self.tr("Meminjam"), self.tr("ya") if visit.wants_to_borrow else self.tr("tidak")),
            (self.tr("Bukti peminjaman"), ", ".join(
                f"{ln.receipt_number} ({ln.items} dok.)" for ln in visit.loans) or "-"),
            (self.tr("Keluar"), ui_datetime(visit.departed_at) if visit.departed_at
             else "-"),
            (self.tr("Penilaian"), f"{visit.rating} — {RATING_LABELS[visit.rating]}"
             if visit.rating else self.tr("tidak diisi")),
            (self.tr("Komentar"), visit.rating_comment or "-"),
            (self.tr("Lampiran"), str(len(visit.attachments))),
            (self.tr("Alur SOP"), " → ".join(translate_text(STEP_LABELS[s]) for s in steps[:-1])),
        ]
        self.summary.setHtml("<h3>" + esc(self.tr("Ringkasan kunjungan")) + "</h3><table "
                             "cellpadding=3>" + "".join(
                                 f"<tr><td><i>{esc(k)}</i></td><td>{esc(v)}</td></tr>"
                                 for k, v in rows) + "</table>")
