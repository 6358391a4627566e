"""Composition root: configuration, database, devices, services and the main window.

Nothing imports this module except the command line entry point. Everything the app needs is
built here and handed down through constructors.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jdih_desktop import __version__
from jdih_desktop.config import (
    AppConfig,
    demo_data_dir,
    load_config,
    prepare_data_dir,
    resolve_data_dir,
    resolve_db_url,
)
from jdih_desktop.errors import JdihError, StoreError
from jdih_desktop.logsetup import LOG_NAME, setup_logging

if TYPE_CHECKING:  # the store is imported only once the first screen has painted
    from peewee import Database

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    data_dir: Path
    config: AppConfig
    db_url: str
    db: Database
    simulate_devices: bool
    demo: bool
    log_path: Path | None
    check_due: bool = False  # the GUI runs the quick check on a worker thread
    skip_close_backup: bool = False  # a restore is staged: its safety copy is already taken

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"


@dataclass
class Prepared:
    """What start-up knows before the database is opened (cheap: no store import)."""

    data_dir: Path
    config: AppConfig
    db_url: str
    simulate_devices: bool
    demo: bool
    log_path: Path | None
    verbose: bool = False
    logging_started: bool = False


def prepare(args: argparse.Namespace, *, defer_logging: bool = False) -> Prepared:
    """Resolve folders, start logging, read config and the database URL. Raises JdihError.

    ``defer_logging``: the GUI starts the log file with ``start_logging`` once its first
    screen has painted (``logging.handlers`` and its imports are ~10 ms); ``log_path`` is
    where it will be."""
    demo = bool(getattr(args, "demo", False))
    data_arg = getattr(args, "data_dir", None)
    if demo and not data_arg and not os.environ.get("JDIH_DATA_DIR"):
        data_arg = str(demo_data_dir())
    if os.name == "posix":
        os.umask(0o077)  # the database, its WAL, the log and the key: owner only
    data_dir = prepare_data_dir(resolve_data_dir(data_arg))
    verbose = bool(getattr(args, "verbose", False))
    log_path = None if defer_logging else setup_logging(data_dir, verbose=verbose)
    # python-escpos writes its capabilities cache here instead of a new temp folder per import
    # (the folder is made when the devices are built).
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(data_dir / "cache" / "escpos"))
    config = load_config(data_dir)
    url = resolve_db_url(getattr(args, "db", None), config, data_dir)
    # Simulated devices only when asked for (or the demo): a real data folder without a chosen
    # printer saves receipts as PDF files and says so, it never "prints" into memory.
    simulate = bool(getattr(args, "simulate_devices", False)) or demo
    prepared = Prepared(data_dir, config, url, simulate, demo, log_path)
    prepared.verbose = verbose
    if defer_logging:
        prepared.log_path = data_dir / "logs" / LOG_NAME
    else:
        log.info("JDIH Desktop %s starting; data folder %s", __version__, data_dir)
    return prepared


def start_logging(p: Prepared) -> None:
    """The deferred half of ``prepare(defer_logging=True)``; once per run."""
    if p.logging_started:
        return
    p.logging_started = True
    p.log_path = setup_logging(p.data_dir, verbose=p.verbose)
    log.info("JDIH Desktop %s starting; data folder %s", __version__, p.data_dir)


def open_prepared(p: Prepared, *, gui: bool = False, health_check: bool = True) -> AppContext:
    """Open and migrate the database. Raises JdihError.

    SQLite only: a pending restore is put in place first; a file this folder held before and
    lacks now is refused (never a silent empty database); another JDIH database swapped in is
    named; a quick check runs when due (after an unclean exit, else at most daily) - here for
    the command line, on a worker thread for the GUI (``gui=True``). A damaged file stays open
    for reading, refused for writes and reports (``FileGuard.damaged``).
    """
    from peewee import DatabaseError

    from jdih_desktop.store import folder
    from jdih_desktop.store.db import describe_database_error, open_database, sqlite_path_of
    from jdih_desktop.store.migrations import migrate

    data_dir = p.data_dir
    install_data_key(data_dir)
    (data_dir / "cache" / "escpos").mkdir(parents=True, exist_ok=True)
    db_file = sqlite_path_of(p.db_url)
    due = False
    if db_file is not None:
        from jdih_desktop.services.backup import apply_pending_restore

        apply_pending_restore(data_dir, db_file)
        folder.refuse_missing(data_dir, db_file)
    db = open_database(p.db_url)
    try:
        migrate(db, db_file)
        if db_file is not None:
            db_id = folder.database_id(db)
            if not db_id:  # a database migrated past v7 before v7 existed on its branch
                with db.atomic():
                    db_id = folder.ensure_database_id(db)
            folder.check_identity(data_dir, db_file, db_id)
            folder.record(data_dir, db_file, db_id)
            _recover_imports(db, gui)
            due = health_check and folder.check_due(data_dir)
            if due and not gui:
                db.guard.damaged = folder.quick_check(data_dir, db_file)
    except DatabaseError as exc:  # e.g. a read-only file or folder, a file locked elsewhere
        db.close()
        raise StoreError(describe_database_error(exc, db_file),
                         detail=str(exc)) from exc
    except JdihError:
        db.close()
        raise
    return AppContext(data_dir=p.data_dir, config=p.config, db_url=p.db_url, db=db,
                      simulate_devices=p.simulate_devices, demo=p.demo, log_path=p.log_path,
                      check_due=bool(db_file is not None and gui and due))


def _recover_imports(db: object, gui: bool) -> None:
    """Undo a catalogue import whose process died half-way (issue 12: chunked commits)."""
    from jdih_desktop.services.import_journal import (
        recover_interrupted_imports,
        recovery_sentence,
    )

    text = recovery_sentence(recover_interrupted_imports(db))
    if text:
        log.warning("%s", text)
        if not gui:
            print(f"jdih-desktop: {text}", file=sys.stderr)


def install_data_key(data_dir: Path) -> None:
    """The key that encrypts personal data at rest (read with the database, not before the
    first screen: the cryptography import alone is ~15 ms). Raises StoreError."""
    from jdih_desktop.store import crypto

    try:
        crypto.install_key(crypto.load_or_create_key(data_dir))
    except OSError as exc:
        raise StoreError(f"Kunci enkripsi data pribadi di {crypto.key_path(data_dir)} tidak "
                         "dapat dibaca atau dibuat. Periksa izin folder data.",
                         detail=str(exc)) from exc


def open_context(args: argparse.Namespace, *, gui: bool = False,
                 health_check: bool = True) -> AppContext:
    """Resolve folders, read config, open and migrate the database. Raises JdihError."""
    return open_prepared(prepare(args), gui=gui, health_check=health_check)


# The demo folder's administrator (README, "Mencoba"): only ever created in the demo folder.
DEMO_USER = "demo"
DEMO_PASSWORD = "demo-jdih-2026"


def ensure_demo_data(ctx: AppContext) -> None:
    """Fill the demo database on its first start, with its demo administrator."""
    from jdih_desktop.services.demo import generate_demo_data, has_data

    if not has_data():
        log.info("filling demo data in %s", ctx.data_dir)
        generate_demo_data()
    ensure_demo_account()


def ensure_demo_account() -> None:
    from argon2 import PasswordHasher

    from jdih_desktop.services import audit
    from jdih_desktop.store.models import Officer

    if Officer.get_or_none(Officer.username == DEMO_USER) is None:
        row = Officer.create(username=DEMO_USER, full_name="Petugas Demo", role="admin",
                             password_hash=PasswordHasher().hash(DEMO_PASSWORD), active=True)
        audit.record("account.demo", "officer", row.id, {}, officer=row.id)


def sign_in_at_start(ctx: AppContext, services, dialog=None) -> bool:
    """Before the main window: the demo signs in its demo officer; a new data folder creates
    its administrator; otherwise the sign-in window (``dialog``: the one already on screen,
    waiting for the accounts). False: the person left instead."""
    from PySide6.QtWidgets import QDialog

    from jdih_desktop.ui.accounts import FirstAdminDialog, SignInDialog

    accounts = services.accounts
    if services.session.actor is not None:  # the setup wizard's first page created and
        return True                          # signed in the administrator
    if ctx.demo:
        accounts.sign_in(DEMO_USER, DEMO_PASSWORD)
        return True
    if accounts.needs_first_admin():
        first = FirstAdminDialog(accounts)
        return first.exec() == QDialog.DialogCode.Accepted and services.session.actor is not None
    if dialog is None:
        dialog = SignInDialog(accounts, ctx.config.office.name)
    else:
        dialog.set_accounts(accounts)
    return dialog.exec() == QDialog.DialogCode.Accepted and services.session.actor is not None


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app (see ``_run_gui``). Python's automatic collector is off for the
    whole run: start-up's import-time objects are not re-scanned before the first paint, and
    afterwards cyclic garbage is collected on the GUI thread's timer, between events
    (``ui/gui_gc.py``)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        while _gui_collectors:
            _gui_collectors.pop().stop()
        if was_enabled:
            gc.enable()


_gui_collectors: list = []  # the run's GUI-thread collector, stopped when the run ends


def _run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app. Startup failures are shown in Indonesian, never a silent exit.

    The first screen paints before the store, the services or the devices are imported: the
    main window's shell for the demo, the sign-in window for a data folder whose setup is
    done. The database is opened right after that paint. Only the first start of a real
    folder (the setup wizard, or the first administrator) opens the database first.
    """
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.ui.application import (
        create_application,
        install_excepthook,
        install_translator,
    )

    if QApplication.instance() is None and _no_display():
        print("jdih-desktop: tidak ada layar untuk membuka jendela (DISPLAY dan WAYLAND_DISPLAY "
              "kosong). Jalankan dari desktop, atau pakai perintah baris (jdih-desktop "
              "--help).", file=sys.stderr)
        return 1
    # the language is installed once config.ini is read (below)
    app = QApplication.instance() or create_application(sys.argv[:1], language=None)
    from jdih_desktop.ui.gui_gc import GuiThreadCollector

    _gui_collectors.append(GuiThreadCollector(app))  # from the first event-loop turn on
    install_excepthook(None)  # until the log file is known: nothing may fail silently
    try:
        prepared = prepare(args, defer_logging=True)
    except JdihError as exc:
        install_translator(app, getattr(args, "lang", None) or "id")
        _report_startup_error(exc)
        return 1
    install_excepthook(prepared.log_path)
    # --lang (this run only) wins over config.ini's [app] language.
    install_translator(app, getattr(args, "lang", None) or prepared.config.language)
    _quiet_offscreen_noise()
    opened: dict[str, object] = {}
    screens: dict[str, object] = {}  # "window": the main window, once built

    def main_window():
        if "window" not in screens:
            from jdih_desktop.ui.main_window import MainWindow

            screens["window"] = MainWindow.shell(prepared.config)
        return screens["window"]

    def fail(exc: BaseException, in_loop: bool) -> bool:
        if not isinstance(exc, JdihError):
            log.exception("startup failed")
            exc = JdihError(f"JDIH Desktop gagal dimulai karena kesalahan yang tidak "
                            f"terduga: {exc}", detail=format_exception(exc))
        for screen in screens.values():
            screen.hide()
        _report_startup_error(exc)
        if in_loop:
            app.exit(1)
        return False

    def open_store() -> object:
        """Open the database, the device workers and the services (after the first paint).
        Returns the services; raises on a startup failure."""
        start_logging(prepared)
        from jdih_desktop.ui.operations import ChangeHub, install_hub
        from jdih_desktop.ui.taskman import TaskManager, install

        # the one task manager and change hub of this run
        opened["tasks"] = install(TaskManager(app))
        install_hub(ChangeHub(app))
        ctx = open_prepared(prepared, gui=True)
        opened["ctx"] = ctx
        if ctx.demo:
            ensure_demo_data(ctx)
        from jdih_desktop.store import folder
        from jdih_desktop.store.db import sqlite_path_of

        if folder.take_lock(ctx.data_dir):  # the last run ended without closing
            ctx.check_due = sqlite_path_of(ctx.db_url) is not None
        opened["locked"] = True
        opened["workers"] = build_device_workers(ctx)
        from jdih_desktop.services.container import build_services

        opened["services"] = build_services(ctx.config)
        return opened["services"]

    def finish_start(in_loop: bool = True, sign_in=None) -> bool:
        """Open the store (unless open), sign in, fill the window; False when the start ended
        instead. ``sign_in``: the sign-in window already on screen.

        ``in_loop``: called from the running event loop (the shell painted first), which then
        has to be ended; otherwise run_gui has not entered it yet and returns by itself.
        """
        try:
            services = opened.get("services") or open_store()
        except Exception as exc:
            return fail(exc, in_loop)
        ctx = opened["ctx"]
        setup_due = not ctx.demo and not ctx.config.setup_done
        if setup_due and services.accounts.needs_first_admin():
            # First start of a real data folder: the administrator first (no default
            # password), then the office's identity, devices, loan rules and holidays.
            # "Nanti" keeps the defaults; the setup comes back on the next start.
            from jdih_desktop.ui.accounts import FirstAdminPage
            from jdih_desktop.ui.setup import FirstRunWizard

            wizard = FirstRunWizard(ctx.config, services, *opened["workers"],
                                    cache_dir=ctx.cache_dir, data_dir=ctx.data_dir,
                                    leading_pages=[FirstAdminPage(services.accounts)])
            wizard.exec()
            wizard.deleteLater()  # finished: not one more top-level window for the whole run
            setup_due = False
        if not sign_in_at_start(ctx, services, sign_in):
            opened["left"] = True  # the person closed the sign-in window: a normal exit
            for screen in screens.values():
                screen.hide()
            if in_loop:
                app.exit(0)
            return False
        if setup_due:  # an administrator exists: the setup runs signed in (saves are checked)
            from jdih_desktop.ui.setup import FirstRunWizard

            wizard = FirstRunWizard(ctx.config, services, *opened["workers"],
                                    cache_dir=ctx.cache_dir, data_dir=ctx.data_dir)
            wizard.exec()
            wizard.deleteLater()
        window = main_window()
        window.attach(ctx, services, opened["workers"])
        window.start_retention_schedule()
        return True

    if prepared.demo:
        after_first_paint(main_window(), finish_start)
    else:
        sign_in = None
        if prepared.config.setup_done and _has_database(prepared.db_url):
            # The sign-in window is the first screen; the database opens behind it, and its
            # "Masuk" waits for the accounts (a moment; typing goes on meanwhile).
            from jdih_desktop.ui.accounts.sign_in import SignInDialog

            sign_in = SignInDialog(None, prepared.config.office.name)

            def open_behind() -> None:
                try:
                    open_store()
                except Exception as exc:  # reported once the sign-in window is gone
                    opened["failure"] = exc
                    sign_in.done(0)
                    return
                if opened["services"].accounts.needs_first_admin():
                    sign_in.done(0)  # no officer yet: the first administrator instead
                    return
                sign_in.set_accounts(opened["services"].accounts)

            after_first_paint(sign_in, open_behind)
            if sign_in.exec() != 0 or sign_in.actor is not None:
                pass  # signed in: finish_start sees the session's actor
            elif "failure" in opened:
                fail(opened["failure"], in_loop=False)
                _close_started(opened)
                return 1
            elif "services" not in opened or not opened[
                    "services"].accounts.needs_first_admin():
                _close_started(opened)  # the person closed the sign-in window
                return 0
            sign_in.deleteLater()
        if not finish_start(in_loop=False):  # first start of a folder: setup first
            _close_started(opened)
            return 0 if opened.get("left") else 1
    main_window().show()
    try:
        return app.exec()
    finally:
        _close_started(opened)


def _has_database(url: str) -> bool:
    """A database that may hold officers: a server, or a SQLite file that exists (a folder
    without its file creates the first administrator instead of showing the sign-in)."""
    if not url.startswith("sqlite:"):
        return True
    path = url.split("sqlite:///", 1)[-1]
    return path not in ("", ":memory:") and Path(path).is_file()


def _close_started(opened: dict[str, object]) -> None:
    """Exit: interrupt the task manager, stop the device workers, back up, close, unlock."""
    if "tasks" in opened:
        opened["tasks"].shutdown(timeout_ms=100)  # interrupt, don't wait
    for worker in opened.get("workers", ()):
        worker.shutdown()
    ctx = opened.get("ctx")
    if ctx is not None:
        backup_at_close(ctx)
        ctx.db.close()
        if opened.get("locked"):
            from jdih_desktop.store import folder

            folder.release_lock(ctx.data_dir)


def backup_at_close(ctx: AppContext) -> None:
    """The backup at close (default on): after the window is gone, before the process ends.

    Written to a partial file and renamed, so a shutdown that kills the process leaves no half
    backup; a failure is recorded and the next start's status bar shows it.
    """
    from jdih_desktop.services.backup import BackupService

    service = BackupService(ctx.data_dir, ctx.db_url)
    if ctx.skip_close_backup or not service.settings().at_close:
        return
    try:
        result = service.create(kind="close")
        log.info("backup at close: %s", result.path)
    except JdihError as exc:
        log.warning("backup at close failed: %s", exc.message)


def _quiet_offscreen_noise() -> None:
    """Offscreen (tests, benches) Qt warns on every window shown that it cannot propagate
    size hints; that line would precede a start-up error on stderr. Other messages pass."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def after_first_paint(widget, fn) -> None:
    """Call ``fn`` once ``widget`` has painted (or after 2 s if it never does: minimised)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Once(QObject):
        fired = False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                widget.removeEventFilter(self)
                QTimer.singleShot(0, fn)

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.fire()
            return False

    once = _Once(widget)
    widget.installEventFilter(once)
    QTimer.singleShot(2000, once.fire)


def _no_display() -> bool:
    """Linux without X11/Wayland and no platform chosen: Qt would abort with a plugin error."""
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


def build_devices(ctx: AppContext) -> tuple[object | None, object | None]:
    """The configured printer and scanner, or their simulated twins.

    A device that cannot be built (bad SPEC in config.ini) is logged and left empty: the app
    still starts, and the first print or scan tells the officer what to fix.
    """
    from jdih_desktop.devices.base import DeviceError
    from jdih_desktop.devices.registry import build_printer, build_scanner

    dev = ctx.config.devices
    printer_spec = "simulated" if ctx.simulate_devices else dev.printer
    scanner_spec = "simulated" if ctx.simulate_devices else dev.scanner
    if not ctx.simulate_devices and not ctx.config.printer_set_up:
        printer_spec = f"pdf:{pdf_receipts_dir(ctx.data_dir)}{os.sep}"
    if (scanner_spec or "").strip().lower() == "none":
        scanner_spec = ""
    printer = scanner = None
    try:
        printer = build_printer(printer_spec, dev, ctx.cache_dir) if printer_spec else None
    except DeviceError as exc:
        log.error("printer %r unusable: %s", printer_spec, exc.message)
    try:
        scanner = build_scanner(scanner_spec) if scanner_spec else None
    except DeviceError as exc:
        log.error("scanner %r unusable: %s", scanner_spec, exc.message)
    return printer, scanner


def pdf_receipts_dir(data_dir: Path) -> Path:
    """Where receipts go as PDF files while no receipt printer is set up."""
    path = data_dir / "struk-pdf"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_device_workers(ctx: AppContext):  # -> ui.widgets.devices.Devices
    """One worker thread per device (needs a running QCoreApplication), as one object."""
    from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
    from jdih_desktop.ui.widgets.devices import Devices

    printer, scanner = build_devices(ctx)
    return Devices(PrinterWorker(printer), ScannerWorker(scanner))


def _report_startup_error(exc: JdihError) -> None:
    print(f"jdih-desktop: {exc.message}", file=sys.stderr)
    if exc.detail:
        log.error("startup failed: %s (%s)", exc.message, exc.detail)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody could press OK
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "JDIH Desktop",
                      "JDIH Desktop tidak dapat dimulai.")
    box.setInformativeText(exc.message)
    if exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))
