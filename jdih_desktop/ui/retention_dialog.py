"""Pengaturan → Hapus data pribadi lama…: the retention period of the privacy notice, kept.

The dialog first shows a dry run (who would be anonymised, who is kept and why, how many
images go), computed on a pool thread. The officer ticks the confirmation, presses the button,
and the run is committed on a pool thread as well; the result replaces the preview. Nothing is
written before the button is pressed, and closing the dialog mid-run drops the late result.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.retention import RetentionPlan, RetentionService
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.formats import ui_date, ui_datetime
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.settings import retention_preview, retention_run
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named as _named
from jdih_desktop.ui.widgets.status import StatusLabel
from jdih_desktop.ui.widgets.titles import window_title


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    hh.setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class RetentionDialog(QDialog):
    """Preview, confirm, commit, result: one small window."""

    committed = Signal(object)  # the RetentionPlan that was carried out

    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = retention
        self.plan: RetentionPlan | None = None
        self.busy = False
        self.setObjectName("retentionDialog")
        self.setAccessibleName(self.tr("Hapus data pribadi lama"))
        self.setWindowTitle(window_title(self.tr("Hapus data pribadi lama")))
        fit_window(self, "retention", (760, 520))
        root = QVBoxLayout(self)
        years = retention.config.visit_book.retention_years
        self.intro = _named(QLabel(self.tr(
            "Sesuai pemberitahuan privasi buku kunjungan, data pribadi pengunjung disimpan %1 "
            "tahun sejak kunjungan terakhirnya. Pengunjung yang lebih lama dari itu "
            "dianonimkan: nama, nomor identitas, instansi, alamat, telepon dan e-mail dihapus, "
            "begitu pula tanda tangan, pindaian kartu identitas serta foto dan pindaian "
            "lampiran kunjungannya. Kunjungan, peminjaman dan angka laporan tetap. Pengunjung "
            "yang masih mempunyai pinjaman belum dikembalikan dilewati.").replace(
                "%1", str(years))), "retentionIntro", self.tr("Penjelasan"))
        self.intro.setWordWrap(True)
        root.addWidget(self.intro)
        self.summary = _named(QLabel(self.tr("Memeriksa data pengunjung…")),
                              "retentionSummary", self.tr("Ringkasan"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.summary)
        self.table = _named(_table([
            self.tr("No."), self.tr("Nama"), self.tr("Identitas"),
            self.tr("Kunjungan terakhir"), self.tr("Kunjungan"), self.tr("Dihapus")]),
            "retentionTable", self.tr("Pengunjung yang dianonimkan"))
        root.addWidget(self.table, 3)
        self.skipped_label = QLabel(self.tr("Tidak dianonimkan:"))
        root.addWidget(self.skipped_label)
        self.skipped = _named(_table([self.tr("No."), self.tr("Nama"), self.tr("Alasan")]),
                              "retentionSkipped", self.tr("Pengunjung yang dilewati"))
        root.addWidget(self.skipped, 1)
        self.confirm = _named(QCheckBox(self.tr(
            "Saya mengerti: data pribadi ini dihapus permanen dan tidak dapat dikembalikan.")),
            "retentionConfirm", self.tr("Konfirmasi penghapusan"))
        self.confirm.toggled.connect(self._update_buttons)
        root.addWidget(self.confirm)
        self.status = StatusLabel("retentionStatus", self.tr("Status"))
        root.addWidget(self.status)
        buttons = QHBoxLayout()
        self.btn_refresh = _named(QPushButton(self.tr("Periksa &ulang")), "btnRetentionRefresh",
                                  self.tr("Periksa ulang"))
        self.btn_refresh.clicked.connect(self.refresh)
        self.btn_commit = _named(QPushButton(self.tr("&Anonimkan sekarang")),
                                 "btnRetentionCommit", self.tr("Anonimkan sekarang"))
        self.btn_commit.clicked.connect(self.commit)
        self.btn_close = _named(QPushButton(self.tr("&Tutup")), "btnRetentionClose",
                                self.tr("Tutup"))
        self.btn_close.clicked.connect(self.reject)
        buttons.addWidget(self.btn_refresh)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_commit)
        buttons.addWidget(self.btn_close)
        root.addLayout(buttons)
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ actions
    def refresh(self) -> None:
        """Run the dry run on a pool thread; the tables show it when it is back."""
        self._start(retention_preview(self, self.retention),
                    self.tr("Memeriksa data pengunjung…"))

    def commit(self) -> None:
        if not (self.confirm.isChecked() and self.plan and self.plan.candidates):
            return
        self._start(retention_run(self, self.retention),
                    self.tr("Menganonimkan… jangan tutup aplikasi."))

    def _start(self, op: Operation, message: str) -> None:
        """Run the preview or the retention run as an operation (the run announces the
        visitors' data changed; it finishes even if this dialog is closed meanwhile)."""
        if self.busy:
            return
        self.busy = True
        self._say(message, None)
        self._update_buttons()
        op.success(self._on_done).failure(lambda failure: self._on_failed(failure.error)).run()

    # ------------------------------------------------------------------ results
    def _on_done(self, plan: RetentionPlan) -> None:
        self.busy = False
        self.plan = plan
        self._show(plan)
        if plan.committed:
            self.confirm.setChecked(False)
            self._say(self.tr("Selesai: %1 pengunjung dianonimkan; %2 pindaian identitas, %3 "
                              "tanda tangan dan %4 lampiran kunjungan dihapus. Tercatat di log "
                              "audit.").replace("%1", str(plan.visitors))
                      .replace("%2", str(plan.id_scans)).replace("%3", str(plan.signatures))
                      .replace("%4", str(plan.attachments)), True)
            self.committed.emit(plan)
        else:
            self._say("", None)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        message = error_sentence(exc) if isinstance(exc, JdihError) else str(exc)
        self._say(self.tr("Gagal: %1 Tidak ada data yang diubah.").replace("%1", message),
                  False)
        self._update_buttons()

    def _show(self, plan: RetentionPlan) -> None:
        cutoff = ui_datetime(plan.cutoff)
        if plan.committed:
            head = self.tr("Dianonimkan: %1 pengunjung (kunjungan terakhir sebelum %2).")
        elif plan.candidates:
            head = self.tr("Akan dianonimkan: %1 pengunjung (kunjungan terakhir sebelum %2).")
        else:
            head = self.tr("Tidak ada pengunjung yang perlu dianonimkan (kunjungan terakhir "
                           "sebelum %2).")
        lines = [head.replace("%1", str(plan.visitors)).replace("%2", cutoff)]
        if plan.candidates and not plan.committed:
            lines.append(self.tr("Akan dihapus: %1 pindaian identitas, %2 tanda tangan, %3 "
                                 "lampiran kunjungan.").replace("%1", str(plan.id_scans))
                         .replace("%2", str(plan.signatures))
                         .replace("%3", str(plan.attachments)))
        if plan.skipped:
            lines.append(self.tr("%1 pengunjung dilewati (lihat alasannya di bawah).")
                         .replace("%1", str(len(plan.skipped))))
        if plan.already_anonymised:
            lines.append(self.tr("%1 pengunjung sudah dianonimkan sebelumnya.")
                         .replace("%1", str(plan.already_anonymised)))
        self.summary.setText("\n".join(lines))
        _fill(self.table, [
            [str(c.visitor_id), c.full_name, c.masked_id,
             ui_date(c.last_visit.date()) if c.last_visit else "-", str(c.visits),
             self.tr("%1 pindaian, %2 tanda tangan, %3 lampiran").replace(
                 "%1", str(c.id_scans)).replace("%2", str(c.signatures))
             .replace("%3", str(c.attachments))]
            for c in plan.candidates])
        _fill(self.skipped, [[str(s.visitor_id), s.full_name, translate_text(s.reason)]
                             for s in plan.skipped])
        self.skipped_label.setVisible(bool(plan.skipped))
        self.skipped.setVisible(bool(plan.skipped))

    # ------------------------------------------------------------------ helpers
    def _update_buttons(self) -> None:
        ready = bool(self.plan and self.plan.candidates and not self.plan.committed)
        self.confirm.setEnabled(ready and not self.busy)
        self.btn_commit.setEnabled(ready and not self.busy and self.confirm.isChecked())
        self.btn_refresh.setEnabled(not self.busy)

    def _say(self, text: str, ok: bool | None) -> None:
        if ok is None:
            self.status.show_note(text)
        else:
            self.status.say(text, error=not ok)
