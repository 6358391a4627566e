"""The main window: the desk's home (today at a glance, visits in progress) and every flow.

Flows open from big buttons, menus and shortcuts:
  Ctrl+N  new visit (SOP wizard)        F8      returns desk
  Ctrl+K  catalogue                     Ctrl+L  reports
  Ctrl+Shift+G  shift change (next officer signs in)   Ctrl+Shift+L  lock the desk
  F11     visitor mode on this screen (left with the officer's PIN)

Shortcuts are window-scoped: they act only while this window (or a window it owns, such as a
dialog) has the focus, never from the visitor screen. The signed-in officer is shown in the
status bar; the services check their role on every call.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop import __version__

if TYPE_CHECKING:  # the store is imported after the shell has painted (see shell())
    from jdih_desktop.config import AppConfig
    from jdih_desktop.services.container import Services
    from jdih_desktop.ui.widgets.devices import Devices
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import icon, logo

log = logging.getLogger(__name__)


def _qt():
    """PySide6's ``Qt`` namespace, loaded on first use: building it takes ~50 ms, which the
    first screen does not wait for."""
    from PySide6.QtCore import Qt

    return Qt


class MainWindow(QMainWindow):
    """The officer's window. Receives everything it uses through its constructor.

    Built in two steps so the first screen does not wait for the database: ``shell(config)``
    is the window with its menus, buttons and empty home areas, shown at once; ``attach``
    hands it the opened database's context, the services and the device workers and fills the
    home (dashboard, visits in progress, status bar). ``MainWindow(ctx, services, ...)`` does
    both at once (tests, tools).
    """

    def __init__(self, ctx, services: Services | None, printer_worker=None,
                 scanner_worker=None, parent: QWidget | None = None, *,
                 config: AppConfig | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = services
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.officer_chooser = None
        self.attached = False
        self._shortcuts: dict[QAction, str] = {}  # set by attach()
        self.setObjectName("mainWindow")
        config = config or services.config
        title = self.tr("JDIH Desktop — Perpustakaan JDIH %1").replace("%1", config.office.name)
        if getattr(ctx, "demo", False):
            title += " — DEMO"
        self.setWindowTitle(title)
        self._build_actions()
        self._build_menus()
        self._build_shell_home(config)
        # Sized once built: the geometry keeper's filter (fit_window) then does not see the
        # hundred child and action events of the construction before the first paint.
        fit_window(self, "main", (1280, 800))
        if services is not None:
            from jdih_desktop.ui.widgets.devices import Devices

            self.attach(ctx, services, Devices(printer_worker, scanner_worker))
        else:
            for act in self.actions():
                act.setEnabled(act in (self.act_quit, self.act_about))
            for b in self._big_buttons:
                b.setEnabled(False)
            self.statusBar().showMessage(self.tr("Membuka basis data…"))

    @classmethod
    def shell(cls, config: AppConfig) -> MainWindow:
        """The window before the database is open: it paints at once; ``attach`` fills it."""
        return cls(None, None, config=config)

    def attach(self, ctx, services: Services, devices: Devices) -> None:
        """The database is open: build the home's live parts and enable every action."""
        self.ctx = ctx
        self.services = services
        self.devices = devices
        self.printer_worker, self.scanner_worker = devices
        from PySide6.QtCore import Qt

        if getattr(ctx, "demo", False) and " — DEMO" not in self.windowTitle():
            self.setWindowTitle(self.windowTitle() + " — DEMO")
        from PySide6.QtGui import QKeySequence

        for act, keys in self._shortcuts.items():
            act.setShortcut(QKeySequence(keys))
        self._shortcuts.clear()
        for act in self.actions():
            act.setEnabled(True)
            if not act.shortcut().isEmpty():
                # Window-scoped: never fires from the visitor screen (a window of its own).
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        for b in self._big_buttons:
            b.setEnabled(True)
        self.statusBar().clearMessage()
        self._build_home()
        self._build_status_bar()
        self._build_backup()
        self._place_logo()
        self.attached = True

    # ------------------------------------------------------------------ building
    def _action(self, name: str, text: str, slot, shortcut: str | None = None,
                tip: str = "") -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut and self.attached:
            from PySide6.QtGui import QKeySequence

            act.setShortcut(QKeySequence(shortcut))
        elif shortcut:  # set by attach: the first setShortcut costs ~17 ms (PySide's enum
            self._shortcuts[act] = shortcut  # and overload set-up); the shell needs none
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_new_visit = self._action(
            "actNewVisit", self.tr("Kunjungan &baru"), self.open_new_visit, "Ctrl+N",
            self.tr("Buka kunjungan baru mengikuti SOP (buku kunjungan sampai dokumentasi)"))
        self.act_returns = self._action(
            "actReturns", self.tr("&Pengembalian"), self.open_returns, "F8",
            self.tr("Terima dokumen yang dikembalikan"))
        self.act_catalogue = self._action(
            "actCatalogue", self.tr("&Katalog"), self.open_catalogue, "Ctrl+K",
            self.tr("Kelola koleksi dokumen hukum"))
        self.act_reports = self._action(
            "actReports", self.tr("&Laporan"), self.open_reports, "Ctrl+L",
            self.tr("Laporan harian, bulanan dan koleksi"))
        self.act_devices = self._action(
            "actDevices", self.tr("Pengaturan &perangkat…"), self.open_device_settings, None,
            self.tr("Pilih printer struk dan pemindai"))
        self.act_quit = self._action("actQuit", self.tr("&Keluar"), self.close, "Ctrl+Q")
        self.act_switch_officer = self._action(
            "actSwitchOfficer", self.tr("&Ganti petugas…"), self.switch_officer, "Ctrl+Shift+G",
            self.tr("Pergantian giliran: petugas berikutnya masuk dengan kata sandinya"))
        self.act_lock = self._action("actLock", self.tr("K&unci meja"), self.lock_desk,
                                     "Ctrl+Shift+L",
                                     self.tr("Kunci meja; buka dengan PIN atau kata sandi"))
        self.act_visitor_mode = self._action(
            "actVisitorMode", self.tr("Mode &pengunjung (layar penuh)"), self.enter_visitor_mode,
            "F11", self.tr("Layar ini menghadap pengunjung; kembali dengan PIN petugas"))
        self.act_persons = self._action(
            "actPersons", self.tr("Hak &subjek data…"), self.open_persons, None,
            self.tr("Cari, ekspor atau hapus data seseorang atas permintaannya (UU 27/2022)"))
        self.act_audit = self._action("actAudit", self.tr("&Log audit…"), self.open_audit, None,
                                      self.tr("Siapa melakukan apa dan kapan (administrator)"))

        self.act_about = self._action("actAbout", self.tr("&Tentang JDIH Desktop"),
                                      self.show_about)
        for act, icon_name in ((self.act_new_visit, "user-plus"),
                               (self.act_returns, "arrow-back-up"),
                               (self.act_catalogue, "books"), (self.act_reports, "chart-bar"),
                               (self.act_devices, "printer"), (self.act_quit, "logout"),
                               (self.act_about, "info-circle")):
            act.setIcon(icon(icon_name))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Berkas"))
        m.setObjectName("menuFile")
        m.addActions([self.act_switch_officer, self.act_lock, self.act_visitor_mode])
        m.addSeparator()
        m.addAction(self.act_quit)
        self.menu_service = bar.addMenu(self.tr("&Layanan"))
        self.menu_service.setObjectName("menuService")
        self.menu_service.addActions([self.act_new_visit, self.act_returns])
        self.menu_catalogue = bar.addMenu(self.tr("&Katalog"))
        self.menu_catalogue.setObjectName("menuCatalogue")
        self.menu_catalogue.addAction(self.act_catalogue)
        self.menu_catalogue.addSeparator()
        self.act_import_catalogue = self._action(
            "actImportCatalogue", self.tr("&Impor katalog…"), self.open_import_dialog, None,
            self.tr("Impor umpan JDIHN, CSV atau XLSX (selalu diuji dulu)"))
        self.act_export_catalogue = self._action(
            "actExportCatalogue", self.tr("&Ekspor katalog…"), self.open_export_dialog, None,
            self.tr("Ekspor seluruh katalog sebagai JDIHN, CSV atau XLSX"))
        self.menu_catalogue.addActions([self.act_import_catalogue, self.act_export_catalogue])
        self.menu_reports = bar.addMenu(self.tr("La&poran"))
        self.menu_reports.setObjectName("menuReports")
        self.menu_reports.addAction(self.act_reports)
        self.menu_settings = bar.addMenu(self.tr("Pen&gaturan"))
        self.menu_settings.setObjectName("menuSettings")
        self.act_office = self._action(
            "actOffice", self.tr("&Kantor…"), self.open_office_settings, None,
            self.tr("Identitas kantor yang dicetak di struk, surat dan laporan"))
        self.menu_settings.addAction(self.act_office)
        self.menu_settings.addAction(self.act_devices)
        self.act_officers = self._action(
            "actOfficers", self.tr("Pe&tugas…"), self.open_officers, None,
            self.tr("Daftar petugas: tambah, ubah, nonaktifkan"))
        self.menu_settings.addAction(self.act_officers)
        self.act_calendar = self._action(
            "actCalendar", self.tr("&Hari libur && aturan peminjaman…"), self.open_calendar,
            None, self.tr("Hari libur nasional dan aturan lama pinjam untuk tanggal kembali"))
        self.menu_settings.addAction(self.act_calendar)
        self.act_visit_book = self._action(
            "actVisitBook", self.tr("&Buku kunjungan…"), self.open_visit_book_settings, None,
            self.tr("Isian buku kunjungan (tampil, wajib, isian kantor) dan pemberitahuan "
                    "privasi dengan versinya"))
        self.menu_settings.addAction(self.act_visit_book)
        self.act_retention = self._action(
            "actRetention", self.tr("Hapus data pribadi &lama…"), self.open_retention, None,
            self.tr("Anonimkan pengunjung yang masa simpan datanya (pemberitahuan privasi) "
                    "sudah lewat"))
        self.menu_settings.addAction(self.act_retention)
        self.menu_settings.addSeparator()
        self.menu_settings.addActions([self.act_audit, self.act_persons])
        h = bar.addMenu(self.tr("Ban&tuan"))
        h.setObjectName("menuHelp")
        h.addAction(self.act_about)
        for act, icon_name in ((self.act_import_catalogue, "file-import"),
                               (self.act_export_catalogue, "file-export"),
                               (self.act_officers, "users"), (self.act_calendar, "calendar-event"),
                               (self.act_retention, "shield-lock")):
            act.setIcon(icon(icon_name))

    def _big_button(self, action: QAction, name: str, hint: str) -> QPushButton:
        b = QPushButton(f"{action.text().replace('&', '')}\n{hint}")
        b.setObjectName(name)
        b.setAccessibleName(action.text().replace("&", ""))
        b.setToolTip(action.statusTip())
        b.setMinimumHeight(72)
        b.setIcon(action.icon())
        b.setIconSize(QSize(32, 32))
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.clicked.connect(action.trigger)
        return b

    def _build_shell_home(self, config: AppConfig) -> None:
        """Title, the four big buttons and the empty areas: nothing that needs the database."""
        home = QWidget()
        home.setObjectName("homePage")
        layout = QVBoxLayout(home)
        layout.setContentsMargins(24, 8, 24, 8)
        office = config.office
        title = QLabel(f"<b style='font-size:18pt'>{office.unit}</b><br>{office.name}")
        title.setObjectName("homeTitle")
        layout.addWidget(title)
        buttons = QHBoxLayout()
        self.btn_new_visit = self._big_button(self.act_new_visit, "btnNewVisit", "Ctrl+N")
        self.btn_returns = self._big_button(self.act_returns, "btnReturns", "F8")
        self.btn_catalogue = self._big_button(self.act_catalogue, "btnCatalogue", "Ctrl+K")
        self.btn_reports = self._big_button(self.act_reports, "btnReports", "Ctrl+L")
        self._big_buttons = (self.btn_new_visit, self.btn_returns, self.btn_catalogue,
                             self.btn_reports)
        for b in self._big_buttons:
            buttons.addWidget(b)
        layout.addLayout(buttons)
        # Filled by the dashboard (today at a glance).
        self.dashboard_area = QFrame()
        self.dashboard_area.setObjectName("dashboardArea")
        self.dashboard_area.setLayout(QVBoxLayout())
        self.dashboard_area.layout().setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dashboard_area)
        # Filled by the visits-in-progress panel.
        self.visits_area = QFrame()
        self.visits_area.setObjectName("visitsArea")
        self.visits_area.setLayout(QVBoxLayout())
        self.visits_area.layout().setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.visits_area, 1)
        self.setCentralWidget(home)

    def _build_home(self) -> None:
        """The home's live parts, once the services exist."""
        if self.services.reports is not None:
            from jdih_desktop.ui.dashboard import Dashboard

            self.dashboard = Dashboard(self.services.reports, parent=self.dashboard_area)
            self.dashboard_area.layout().addWidget(self.dashboard)
        from jdih_desktop.ui.wizard import VisitDesk

        self.visit_desk = VisitDesk(self, self.services, self.printer_worker,
                                    self.scanner_worker)
        self.visit_desk.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.visits_area.layout().addWidget(self.visit_desk.panel)

    def _place_logo(self) -> None:
        """The office logo just before the office's name, in whatever row holds the name (the
        backup line may share it): one row of height on a small screen."""
        self.home_logo = QLabel()
        self.home_logo.setObjectName("homeLogo")
        self.home_logo.setPixmap(logo(48, self.services.config.office.logo))
        self.home_logo.setAccessibleName(self.tr("Logo JDIH"))
        title = self.findChild(QLabel, "homeTitle")
        home = self.centralWidget().layout()
        row = next((lay for lay in _layouts(home) if lay.indexOf(title) >= 0), home)
        if isinstance(row, QHBoxLayout):
            row.insertWidget(row.indexOf(title), self.home_logo)
            return
        brand = QHBoxLayout()
        index = home.indexOf(title)
        home.removeWidget(title)
        brand.addWidget(self.home_logo)
        brand.addWidget(title, 1)
        home.insertLayout(max(index, 0), brand)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        from jdih_desktop.ui.accounts import IdleLock, SignedInWidget

        # "Masuk: …": who is signed in, named in every record written.
        self.signed_in = SignedInWidget()
        self.signed_in.switch_requested.connect(self.switch_officer)
        self.signed_in.lock_requested.connect(self.lock_desk)
        sb.addPermanentWidget(self.signed_in)
        self._on_actor_changed()
        self.idle_lock = IdleLock(self.services.config.security.idle_lock_minutes, self)
        self.idle_lock.idle.connect(self.lock_desk)
        self.lock_screen = None
        # Retention keeps the notice's promise by itself: shortly after start, then daily.
        from PySide6.QtCore import QTimer

        self.retention_timer = QTimer(self)
        self.retention_timer.setObjectName("retentionTimer")
        self.retention_timer.timeout.connect(self.run_retention)
        self.retention_timer.setSingleShot(True)

        if self.ctx.simulate_devices:
            mode = self.tr("Perangkat: simulasi")
        elif not self.ctx.config.printer_set_up:
            mode = self.tr("Printer struk belum diatur — struk disimpan sebagai PDF")
        else:
            mode = self.tr("Perangkat: nyata")
        from jdih_desktop.ui.widgets.elided import ElidedLabel

        # the device mode and the data folder give way first: who is signed in, the backup
        # warning and the devices' state must stay readable on the small desk screen
        self.device_mode_label = ElidedLabel(mode, 10, _qt().TextElideMode.ElideRight)
        self.device_mode_label.setObjectName("deviceModeLabel")
        sb.addPermanentWidget(self.device_mode_label)
        from jdih_desktop.ui.device_settings import DeviceStatusWidget

        self.device_status = DeviceStatusWidget(self.printer_worker, self.scanner_worker)
        sb.addPermanentWidget(self.device_status)
        db_label = ElidedLabel(self.tr("Data: %1").replace("%1", str(self.ctx.data_dir)), 8)
        db_label.setObjectName("dataDirLabel")
        sb.addPermanentWidget(db_label, 1)

    def start_retention_schedule(self, first_delay_ms: int = 5_000) -> None:
        """Called by the composition root once the window shows (tests call it themselves)."""
        self.retention_timer.start(first_delay_ms)

    # ------------------------------------------------------------------ who is at the desk
    def _on_actor_changed(self) -> None:
        """After a sign-in or shift change: the badge, open wizards and admin menus follow."""
        actor = self.services.session.actor
        self.signed_in.show_actor(actor)
        if self.services.officers is not None:  # read on the database lane
            from jdih_desktop.ui.operations import DbOp

            DbOp(self, self.services.officers.on_duty).success(
                self.visit_desk.set_officer).run()
        admin = actor is not None and actor.role == "admin"
        desk = actor is not None and actor.role in ("admin", "officer")
        for act in (self.act_officers, self.act_retention, self.act_audit,
                    self.act_persons):
            act.setEnabled(admin)  # the services refuse anyway; this only spares a message
        for act in (self.act_new_visit, self.act_returns, self.act_import_catalogue,
                    self.act_calendar):
            act.setEnabled(desk)

    @Slot()
    def switch_officer(self) -> None:
        """Shift change in three actions: Ctrl+Shift+G (or the button), type, Enter."""
        from jdih_desktop.ui.accounts import SignInDialog

        dialog = SignInDialog(self.services.accounts, self.services.config.office.name,
                              switch=True, demo=bool(getattr(self.ctx, "demo", False)),
                              parent=self)
        dialog.signed_in.connect(lambda _a: self._after_switch())
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.switch_dialog = dialog
        dialog.open()

    def _after_switch(self) -> None:
        self._on_actor_changed()
        if self.lock_screen is not None:
            self.lock_screen.done(0)
            self.lock_screen = None

    @Slot()
    def lock_desk(self) -> None:
        """The idle time ran out (or the officer locked): services refuse until unlocked."""
        if self.lock_screen is not None or self.services.session.actor is None:
            return
        from jdih_desktop.ui.accounts import LockScreen

        self.services.accounts.lock()
        screen = LockScreen(self.services.accounts, parent=self)
        screen.unlocked.connect(self._on_unlocked)
        screen.switch_requested.connect(self.switch_officer)
        self.lock_screen = screen
        screen.open()

    def _on_unlocked(self) -> None:
        self.lock_screen = None
        self.idle_lock.set_minutes(self.idle_lock.minutes)

    @Slot()
    def run_retention(self) -> None:
        """The automatic retention run, on a worker thread; next one in 24 hours."""
        from jdih_desktop.ui.operations.settings import retention_run

        self.retention_timer.start(24 * 3600 * 1000)

        def done(plan) -> None:
            if plan.visitors or plan.expired_id_scans:
                self.statusBar().showMessage(self.tr(
                    "Retensi: %1 pengunjung dianonimkan, %2 pindaian identitas dihapus.")
                    .replace("%1", str(plan.visitors))
                    .replace("%2", str(plan.expired_id_scans)), 10000)

        retention_run(self, self.services.scheduled_retention).success(done).failure(
            lambda failure: log.warning("automatic retention failed: %s", failure.message)).run()

    @Slot()
    def enter_visitor_mode(self) -> None:
        """One monitor: the visitor screen fills it; the officer's PIN brings the desk back."""
        screen = self.visit_desk.visitor_mode(self.screen())
        screen.left.connect(self._on_visitor_mode_left)

    def _on_visitor_mode_left(self) -> None:
        self.activateWindow()

    @Slot()
    def open_audit(self) -> None:
        from jdih_desktop.ui.accounts.audit_viewer import AuditViewer

        self.audit_viewer = AuditViewer(self.services.audit, parent=self)
        self.audit_viewer.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.audit_viewer.show()

    @Slot()
    def open_persons(self) -> None:
        from jdih_desktop.ui.accounts.persons import PersonsDialog

        self.persons_dialog = PersonsDialog(self.services.persons, parent=self)
        self.persons_dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.persons_dialog.show()

    def closeEvent(self, event) -> None:
        """Ctrl+Q or closing never strands the desk: the visitor screen goes with the app.
        The shell closed before the database was attached has no visit desk yet."""
        desk = getattr(self, "visit_desk", None)
        if desk is not None:
            desk.shutdown()
        super().closeEvent(event)

    def _build_backup(self) -> None:
        """Backups: schedule, status texts, menus (ui/backup.py holds the work)."""
        from PySide6.QtCore import Qt

        from jdih_desktop.services.backup import BackupService
        from jdih_desktop.ui.backup import BackupController

        service = self.services.extra.get("backup") or BackupService(self.ctx.data_dir,
                                                                     self.ctx.db_url)
        self.backup = BackupController(self, service, self.ctx.db,
                                       check_due=bool(getattr(self.ctx, "check_due", False)))
        self.backup.failed.connect(lambda m: self.statusBar().showMessage(m, 15000))
        self.statusBar().insertPermanentWidget(0, self.backup.status_label)
        # "Cadangan terakhir: …" beside the office's name (no extra row on a small screen)
        home = self.centralWidget().layout()
        title = self.findChild(QLabel, "homeTitle")
        row = next((home.itemAt(i).layout() for i in range(home.count())
                    if home.itemAt(i).layout() is not None
                    and home.itemAt(i).layout().indexOf(title) >= 0), None)
        if row is None:  # the title straight in the page: give it a row of its own
            row = QHBoxLayout()
            home.insertLayout(max(home.indexOf(title), 0), row)
            home.removeWidget(title)
            row.addWidget(title, 1)
        row.addWidget(self.backup.home_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.act_backup_now = self._action(
            "actBackupNow", self.tr("&Cadangkan sekarang"), lambda: self.backup.backup_now(),
            None, self.tr("Buat cadangan basis data sekarang dan periksa hasilnya"))
        self.act_restore = self._action(
            "actRestore", self.tr("&Pulihkan cadangan…"), self.open_restore, None,
            self.tr("Ganti data dengan isi berkas cadangan (administrator)"))
        self.act_backup_settings = self._action(
            "actBackupSettings", self.tr("&Cadangan…"), self.open_backup_settings, None,
            self.tr("Folder, jadwal dan rotasi cadangan"))
        file_menu = self.findChild(QMenu, "menuFile")
        file_menu.insertActions(self.act_quit, [self.act_backup_now, self.act_restore])
        file_menu.insertSeparator(self.act_quit)
        self.menu_settings.addAction(self.act_backup_settings)

    @Slot()
    def open_backup_settings(self) -> None:
        from jdih_desktop.ui.backup import BackupSettingsDialog

        dlg = BackupSettingsDialog(self.backup, self)
        dlg.open()

    @Slot()
    def open_restore(self) -> None:
        from jdih_desktop.ui.backup import RestoreDialog, restart_application

        officers = self.services.officers
        dlg = RestoreDialog(self.backup.service,
                            officers.on_duty_id if officers else (lambda: None), self)

        def restored(_staged) -> None:
            self.ctx.skip_close_backup = True  # the safety copy is already taken
            restart_application(self)

        dlg.restored.connect(restored)
        dlg.open()

    # ------------------------------------------------------------------ flows
    @Slot()
    def open_new_visit(self) -> None:
        """Ctrl+N: the visitor reports to the desk; the visit is recorded at once."""
        self.visit_desk.new_visit()

    @Slot(int)
    def open_visit(self, visit_id: int) -> None:
        """Resume a visit in progress at its stored SOP step."""
        self.visit_desk.resume(visit_id)

    @Slot()
    def open_returns(self) -> None:
        """F8: the returns desk (one window, brought to the front with the scan field ready)."""
        if getattr(self, "returns_window", None) is None:
            from jdih_desktop.ui.returns import ReturnsWindow

            self.returns_window = ReturnsWindow(self.services, devices=self.devices,
                                                parent=self)
        self.returns_window.show()
        self.returns_window.raise_()
        self.returns_window.activateWindow()
        self.returns_window.scan_input.setFocus()

    @Slot()
    def open_import_dialog(self) -> None:
        from jdih_desktop.ui.transfer import ImportDialog

        dialog = ImportDialog(self.services, parent=self)
        dialog.imported.connect(self._on_catalogue_imported)
        dialog.open()

    def _on_catalogue_imported(self, _report: object) -> None:
        """An open catalogue window shows the imported documents at once."""
        window = getattr(self, "catalogue_window", None)
        if window is not None:
            window.model.refresh()

    @Slot()
    def open_export_dialog(self) -> None:
        from jdih_desktop.ui.transfer import ExportDialog

        ExportDialog(self.services, parent=self).open()

    @Slot()
    def open_catalogue(self) -> None:
        """Show the catalogue window (one instance, brought to the front when already open)."""
        if getattr(self, "catalogue_window", None) is None:
            from jdih_desktop.ui.catalogue import CatalogueWindow

            self.catalogue_window = CatalogueWindow(self.services, devices=self.devices,
                                                    parent=self)
        self.catalogue_window.show()
        self.catalogue_window.raise_()
        self.catalogue_window.activateWindow()

    @Slot()
    def open_reports(self) -> None:
        from jdih_desktop.ui.reports import ReportsWindow

        if getattr(self, "reports_window", None) is None:
            self.reports_window = ReportsWindow(self.services.reports, self.services.clock, self,
                                                db_url=self.ctx.db_url)
        self.reports_window.show()
        self.reports_window.raise_()
        self.reports_window.activateWindow()

    @Slot()
    def open_device_settings(self) -> None:
        """Pengaturan Perangkat; after saving, the workers already hold the new devices."""
        from jdih_desktop.ui.device_settings import DeviceSettingsDialog

        dialog = DeviceSettingsDialog(self.ctx.config, *self.devices,
                                      cache_dir=self.ctx.cache_dir, parent=self)
        dialog.saved.connect(lambda printer, scanner: self.device_mode_label.setText(
            self.tr("Perangkat: printer %1, pemindai %2").replace("%1", printer or "-")
            .replace("%2", scanner or "-")))
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.device_settings_dialog = dialog
        dialog.open()

    @Slot()
    def open_office_settings(self) -> None:
        """Pengaturan → Kantor: the identity printed on every receipt, letter and report."""
        from PySide6.QtCore import Qt

        from jdih_desktop.ui.setup import OfficeDialog

        dialog = OfficeDialog(self.ctx.config, parent=self)
        dialog.saved.connect(self._on_office_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.office_dialog = dialog
        dialog.open()

    def _on_office_saved(self, office: object) -> None:
        self.setWindowTitle(self.tr("JDIH Desktop — Perpustakaan JDIH %1").replace(
            "%1", office.name))
        self.home_logo.setPixmap(logo(48, getattr(office, "logo", "")))
        self.statusBar().showMessage(self.tr("Identitas kantor disimpan."), 8000)

    @Slot()
    def open_officers(self) -> None:
        """Pengaturan → Petugas; the status bar's chooser follows every change."""
        from jdih_desktop.ui.officers import OfficersDialog

        dialog = OfficersDialog(self.services.officers, parent=self)
        dialog.officers_changed.connect(self._on_officers_changed)
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.officers_dialog = dialog
        dialog.open()

    def _on_officers_changed(self) -> None:
        self._on_actor_changed()

    @Slot()
    def open_calendar(self) -> None:
        """Pengaturan → Hari libur & aturan peminjaman (due dates skip these holidays)."""
        from jdih_desktop.ui.calendar_settings import CalendarSettingsDialog

        dialog = CalendarSettingsDialog(self.services.calendar_admin, self.services.loans,
                                        parent=self)
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.calendar_dialog = dialog
        dialog.open()

    @Slot()
    def open_visit_book_settings(self) -> None:
        """Pengaturan → Buku kunjungan (issue 15): fields, own fields, privacy notice."""
        from jdih_desktop.ui.visit_book_settings import VisitBookSettingsDialog

        dialog = VisitBookSettingsDialog(self.services.visit_book, self.ctx.config, parent=self)
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.visit_book_dialog = dialog
        dialog.open()

    @Slot()
    def open_retention(self) -> None:
        """Pengaturan → Hapus data pribadi lama: the privacy notice's retention period."""
        from jdih_desktop.ui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.services.retention, parent=self)
        dialog.setAttribute(_qt().WidgetAttribute.WA_DeleteOnClose)
        self.retention_dialog = dialog
        dialog.open()

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint: ~1 ms

        QMessageBox.about(
            self, self.tr("Tentang JDIH Desktop"),
            self.tr("<h3>JDIH Desktop %1</h3><p>Perpustakaan Jaringan Dokumentasi dan Informasi "
                    "Hukum — Komisi Pemilihan Umum Kota Singkawang.</p><p>Mengikuti SOP Nomor 9 "
                    "Tahun 2022.</p><p>Lisensi: GPL-3.0-or-later.</p>").replace("%1",
                                                                              __version__))


def _layouts(layout: QLayout) -> list[QLayout]:
    """``layout`` and every layout nested in it."""
    found = [layout]
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            found += _layouts(child)
    return found
