"""Backups in the window: the schedule, the stale-backup warning, settings and restore dialogs.

Thin on purpose (the work is ``services.backup.BackupService``; every call that touches the
disk or the database runs through ``ui.tasks.start_task``), so the task-manager port of the
architecture issue only swaps the runner.

- ``BackupController`` checks every few minutes whether a scheduled backup is due and runs it
  (the backup at close runs in ``app.run_gui`` once the window is gone); shows "Cadangan
  terakhir: …" on the home page and a warning in the status bar when the last good backup is
  older than the schedule allows; runs the start-up quick check of the database off the GUI
  thread and, when it finds damage, refuses writes and says so.
- ``BackupSettingsDialog``: folder, schedule, rotation, "Cadangkan sekarang".
- ``RestoreDialog``: choose a file, preview what it holds, then restore and restart.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.backup import BackupService, BackupSettings, Manifest
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import ERROR_STYLE
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000


def _message(exc: BaseException) -> str:
    if isinstance(exc, JdihError):
        from jdih_desktop.ui.errors import error_sentence  # translated at display

        return error_sentence(exc)
    from jdih_desktop.store.db import describe_database_error

    return describe_database_error(exc)


class BackupController(QObject):
    """Schedule, at-close backup, status texts and the start-up quick check of one window."""

    status_changed = Signal()
    backed_up = Signal(object)  # BackupResult
    failed = Signal(str)

    def __init__(self, window, service: BackupService, db=None,
                 check_due: bool = False, first_check_ms: int = 30_000) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.db = db
        self.running = False
        # How "Pulihkan dan mulai ulang" starts the new instance, and with which options.
        self.launcher: Launcher = start_detached
        self.argv: list[str] = sys.argv[1:]
        self.home_label = QLabel()
        self.home_label.setObjectName("lastBackupLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("backupStatusLabel")
        self.status_label.setAccessibleName(self.tr("Status cadangan"))
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        self.refresh_status()
        QTimer.singleShot(first_check_ms, self.run_if_due)  # not in the way of the first visit
        if check_due:
            QTimer.singleShot(0, self.run_quick_check)

    # -- status texts
    @Slot()
    def refresh_status(self) -> None:
        service = self.service  # the job holds the service, never this QObject
        start_task(lambda _p: service.status(), on_done=self._show_status,
                   on_error=lambda e: log.warning("backup status unreadable: %s", e),
                   owner=self.home_label)

    def _show_status(self, status) -> None:
        self.home_label.setText(self.tr("Cadangan terakhir: %1").replace(
            "%1", translate_text(status.label())))
        self.home_label.setStyleSheet(ERROR_STYLE if status.stale else "")
        if status.stale:
            text = self.tr("⚠ Cadangan terakhir: %1").replace("%1", translate_text(status.label()))
            hint = self.tr("Cadangan sudah lebih lama dari jadwal. Buat sekarang: Berkas → "
                           "Cadangkan sekarang.")
            self.status_label.setText(text)
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setToolTip(hint + ("\n" + status.last_error
                                                 if status.last_error else ""))
        else:
            self.status_label.setText(self.tr("Cadangan: %1").replace(
                "%1", translate_text(status.label())))
            self.status_label.setStyleSheet("")
            self.status_label.setToolTip(status.last_path)
        self.status_changed.emit()

    # -- running backups
    @Slot()
    def run_if_due(self) -> None:
        if not self.running:
            service = self.service
            start_task(lambda _p: service.due(), on_done=self._start_if_due,
                       owner=self.home_label, log_failure=False,
                       on_error=lambda e: log.warning("backup schedule check failed: %s", e))

    def _start_if_due(self, due: bool) -> None:
        if due:
            self.backup_now(kind="scheduled")

    def backup_now(self, folder: Path | None = None, kind: str = "manual",
                   then=None) -> None:
        if self.running:
            return
        self.running = True
        self.status_label.setText(self.tr("Membuat cadangan…"))

        def done(result) -> None:
            self.running = False
            self.backed_up.emit(result)
            self.refresh_status()
            if then:
                then()

        def fail(exc: BaseException) -> None:
            self.running = False
            text = _message(exc)
            self.failed.emit(text)
            self.refresh_status()
            if then:
                then()

        service = self.service
        start_task(lambda p: service.create(folder, kind=kind, progress=p),
                   on_done=done, on_error=fail, owner=self.home_label, log_failure=False)

    # -- start-up quick check
    @Slot()
    def run_quick_check(self) -> None:
        from jdih_desktop.store import folder

        data_dir, db_file = self.service.data_dir, self.service.db_file
        if db_file is None:
            return
        start_task(lambda _p: folder.quick_check(data_dir, db_file), on_done=self._checked,
                   owner=self.home_label)

    def _checked(self, damaged: str | None) -> None:
        guard = getattr(self.db, "guard", None)
        if damaged and guard is not None:
            guard.damaged = damaged
        if damaged:
            self.status_label.setText(self.tr("⚠ Basis data rusak — pulihkan cadangan"))
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setToolTip(damaged)
            self.failed.emit(damaged)


class BackupSettingsDialog(QDialog):
    """Pengaturan → Cadangan: where, when, how many; and a backup now."""

    def __init__(self, controller: BackupController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.service
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(window_title(self.tr("Pengaturan cadangan")))
        s = self.service.settings()
        form = QFormLayout()
        self.folder_edit = QLineEdit(str(s.target(self.service.data_dir)))
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder cadangan"))
        pick = QPushButton(self.tr("Pilih…"))
        pick.setObjectName("backupFolderPick")
        pick.clicked.connect(self._pick_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(pick)
        form.addRow(self.tr("Folder cadangan:"), row)
        self.same_disk_note = QLabel(self.tr(
            "Sebaiknya di disk lain, flashdisk atau folder jaringan: cadangan di disk yang sama "
            "ikut hilang bila disknya rusak."))
        self.same_disk_note.setWordWrap(True)
        form.addRow("", self.same_disk_note)
        self.daily = QCheckBox(self.tr("Cadangkan otomatis setiap"))
        self.daily.setObjectName("backupDaily")
        self.daily.setChecked(s.daily)
        self.interval = QSpinBox()
        self.interval.setObjectName("backupInterval")
        self.interval.setRange(1, 24 * 31)
        self.interval.setValue(s.interval_hours)
        self.interval.setSuffix(self.tr(" jam"))
        sched = QHBoxLayout()
        sched.addWidget(self.daily)
        sched.addWidget(self.interval)
        sched.addStretch(1)
        form.addRow(self.tr("Jadwal:"), sched)
        self.at_close = QCheckBox(self.tr("Cadangkan juga saat aplikasi ditutup"))
        self.at_close.setObjectName("backupAtClose")
        self.at_close.setChecked(s.at_close)
        form.addRow("", self.at_close)
        self.keep = {}
        keep_row = QHBoxLayout()
        for name, label in (("keep_daily", self.tr("harian")), ("keep_weekly", self.tr("mingguan")),
                            ("keep_monthly", self.tr("bulanan"))):
            spin = QSpinBox()
            spin.setObjectName(f"backup_{name}")
            spin.setRange(1, 1000)
            spin.setValue(getattr(s, name))
            self.keep[name] = spin
            keep_row.addWidget(spin)
            keep_row.addWidget(QLabel(label))
        keep_row.addStretch(1)
        form.addRow(self.tr("Simpan:"), keep_row)
        self.last_label = QLabel()
        self.last_label.setObjectName("backupLastLabel")
        self.last_label.setWordWrap(True)
        form.addRow(self.tr("Terakhir:"), self.last_label)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setMaximumHeight(130)
        form.addRow(self.tr("Cadangan di folder:"), self.list)
        self.feedback = QLabel()
        self.feedback.setObjectName("backupFeedback")
        self.feedback.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Cadangkan &sekarang"))
        self.now_button.setObjectName("backupNowButton")
        self.now_button.clicked.connect(self._backup_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        controller.backed_up.connect(self._on_backed_up)
        controller.failed.connect(self._on_failed)
        self._load_list()
        fit_window(self, "backupSettings", (640, self.sizeHint().height()))

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def settings(self) -> BackupSettings:
        folder = self.folder_edit.text().strip()
        default = str(self.service.data_dir / "backups")
        return BackupSettings(folder="" if folder == default else folder,
                              daily=self.daily.isChecked(), at_close=self.at_close.isChecked(),
                              interval_hours=self.interval.value(),
                              **{k: s.value() for k, s in self.keep.items()})

    def _load_list(self) -> None:
        folder = Path(self.folder_edit.text().strip() or ".")

        service = self.service

        def work(_p):
            return service.status(), service.list_backups(folder)

        start_task(work, on_done=self._show_list, owner=self,
                   on_error=lambda e: self.feedback.setText(_message(e)))

    def _show_list(self, result) -> None:
        status, paths = result
        text = translate_text(status.label())
        if status.last_path:
            text += f" — {status.last_path}"
        if status.last_error:
            text += "\n" + self.tr("Kegagalan terakhir: %1").replace("%1", status.last_error)
        self.last_label.setText(text)
        self.list.clear()
        for p in paths:
            try:
                size = p.stat().st_size / 1e6
            except OSError:
                size = 0.0
            self.list.addItem(f"{p.name}   {size:.1f} MB")

    def _save(self) -> None:
        settings = self.settings()
        self.feedback.setText(self.tr("Menyimpan…"))

        def done(_r) -> None:
            self.feedback.setText(self.tr("Pengaturan cadangan disimpan."))
            self.controller.refresh_status()
            self.accept()

        service = self.service
        start_task(lambda _p: service.save_settings(settings), on_done=done, owner=self,
                   on_error=lambda e: self.feedback.setText(_message(e)), log_failure=False)

    def _backup_now(self) -> None:
        self.now_button.setEnabled(False)
        self.feedback.setText(self.tr("Membuat dan memeriksa cadangan…"))
        folder = Path(self.folder_edit.text().strip()) if self.folder_edit.text().strip() \
            else None
        self.controller.backup_now(folder)

    def _on_backed_up(self, result) -> None:
        self.now_button.setEnabled(True)
        self.feedback.setText(self.tr("Cadangan ditulis dan diperiksa: %1 (%2 MB)")
                              .replace("%1", str(result.path))
                              .replace("%2", f"{result.path.stat().st_size / 1e6:.1f}"))
        self._load_list()

    def _on_failed(self, text: str) -> None:
        self.now_button.setEnabled(True)
        self.feedback.setText(text)
        self._load_list()


class RestoreDialog(QDialog):
    """Berkas → Pulihkan cadangan: preview, then restore (administrator) and restart."""

    restored = Signal(object)  # StagedRestore

    def __init__(self, service: BackupService, officer_source: Callable[[], int | None],
                 parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.officer_source = officer_source  # the officer at the desk (asked on restore)
        self.path: Path | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(window_title(self.tr("Pulihkan cadangan")))
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("restoreFileEdit")
        self.file_edit.setReadOnly(True)
        pick = QPushButton(self.tr("Pilih berkas…"))
        pick.setObjectName("restorePick")
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(pick)
        self.preview = QLabel(self.tr("Pilih berkas cadangan (jdih-cadangan-….zip)."))
        self.preview.setObjectName("restorePreview")
        self.preview.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "Memulihkan mengganti seluruh data di komputer ini dengan isi cadangan. Keadaan "
            "sekarang dicadangkan dahulu, lalu aplikasi dimulai ulang."))
        self.warning.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Pulihkan dan mulai ulang"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addSpacing(8)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        fit_window(self, "restore", (620, self.sizeHint().height()), remember=False)
        if path is not None:
            self.load(path)

    def _pick(self) -> None:
        start = str(self.service.settings().target(self.service.data_dir))
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), start,
                                                self.tr("Cadangan JDIH (*.zip)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path = None
        self.restore_button.setEnabled(False)
        self.file_edit.setText(str(path))
        self.preview.setText(self.tr("Memeriksa isi cadangan…"))
        service = self.service
        start_task(lambda _p: service.preview(path), owner=self, log_failure=False,
                   on_done=lambda m: self._show(path, m),
                   on_error=lambda e: self.preview.setText(_message(e)))

    def _show(self, path: Path, m: Manifest) -> None:
        c = m.counts
        rows = [
            (self.tr("Dibuat"), f"{m.created.strftime('%d-%m-%Y %H:%M')} — {m.desk}"),
            (self.tr("Versi"), self.tr("aplikasi %1, skema v%2").replace("%1", m.app_version)
             .replace("%2", str(m.schema_version))),
            (self.tr("Dokumen"), str(c.get("document", 0))),
            (self.tr("Eksemplar"), str(c.get("copy", 0))),
            (self.tr("Pengunjung"), str(c.get("visitor", 0))),
            (self.tr("Kunjungan"), str(c.get("visit", 0))),
            (self.tr("Peminjaman"), str(c.get("loan", 0))),
            (self.tr("Ukuran"), f"{m.size / 1e6:.1f} MB"),
            (self.tr("Pemeriksaan"), self.tr("utuh (sha256, integrity_check, jumlah baris)")),
        ]
        self.preview.setText("<table>" + "".join(
            f"<tr><td><b>{k}</b></td><td>&nbsp;{v}</td></tr>" for k, v in rows) + "</table>")
        self.path = path
        self.restore_button.setEnabled(True)
        self.resize(max(self.width(), 620), max(self.height(), self.sizeHint().height()))

    def _restore(self) -> None:
        if self.path is None:
            return
        path, officer = self.path, self.officer_source
        self.restore_button.setEnabled(False)
        self.preview.setText(self.tr("Mencadangkan keadaan sekarang dan menyiapkan "
                                     "pemulihan…"))
        service, officer_id = self.service, officer()  # (read here, on the GUI thread)
        start_task(lambda p: service.stage_restore(path, officer_id, progress=p), owner=self,
                   on_done=self._staged, log_failure=False, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.preview.setText(_message(exc))
        self.restore_button.setEnabled(self.path is not None)

    def _staged(self, staged) -> None:
        self.restored.emit(staged)
        self.accept()


# (program, arguments) -> started? QProcess.startDetached in the app; a test runs a real child.
Launcher = Callable[[str, list[str]], bool]


def start_detached(program: str, args: list[str]) -> bool:
    ok = QProcess.startDetached(program, args)
    return bool(ok[0] if isinstance(ok, tuple) else ok)


def restart_command(argv: Sequence[str], data_dir: Path | None,
                    frozen: bool | None = None) -> tuple[str, list[str]]:
    """The program and arguments of the new instance: this one's own options, and always this
    data folder (the restore is staged there; a default folder resolved again could differ)."""
    args = list(argv)
    if data_dir is not None and not any(a == "--data-dir" or a.startswith("--data-dir=")
                                        for a in args):
        args = ["--data-dir", str(data_dir), *args]
    if frozen if frozen is not None else getattr(sys, "frozen", False):
        return sys.executable, args  # the installed jdih-desktop.exe
    return sys.executable, ["-m", "jdih_desktop", *args]


def restart_application(window) -> None:
    """Start a new instance with the same arguments, then close this one; the new one puts
    the staged restore in place before it opens the database."""
    controller = getattr(window, "backup", None)
    launcher: Launcher = getattr(controller, "launcher", start_detached)
    argv = getattr(controller, "argv", sys.argv[1:])
    ctx = getattr(window, "ctx", None)
    program, args = restart_command(argv, getattr(ctx, "data_dir", None))
    log.info("restarting into the restored database: %s %s", program, args)
    if launcher(program, args):
        window.close()
    else:
        QMessageBox.information(window, "JDIH Desktop", QCoreApplication.translate(
            "RestoreDialog",
            "Pemulihan sudah disiapkan. Tutup dan buka lagi JDIH Desktop untuk memakainya."))
