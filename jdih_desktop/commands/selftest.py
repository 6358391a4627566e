"""``jdih-desktop selftest``: prove an installed copy works, without touching the office's data.

Run by the installer check under Wine and useful on the office PC after an install or upgrade
(``jdih-desktop selftest`` from a command prompt). Each step prints one line; the first failing
step prints why and the command exits 1. Steps:

1. a database in a new temporary data folder: opened, migrated, written and read back;
2. a loan receipt rendered to ESC/POS bytes (python-escpos, the same path a printer gets);
3. the Windows spooler asked for its printers (none is fine; elsewhere: skipped, said so);
4. the PySide6 signal-emit reference leak (6.12.0 on CPython 3.11) probed;
5. the main window built offscreen on that temporary database, then closed.

The temporary folder is removed at the end; ``--data-dir`` is ignored on purpose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "selftest", parents=[common], help="uji mandiri setelah pemasangan (data kantor aman)",
        description="Uji mandiri: basis data di folder sementara, struk ke byte ESC/POS, "
                    "daftar printer Windows, jendela utama tanpa layar. Data kantor tidak "
                    "disentuh. Kode keluar 0 bila semua langkah berhasil.")
    p.add_argument("--no-window", action="store_true",
                   help="lewati langkah jendela utama (tanpa Qt Widgets)")
    p.set_defaults(func=run_selftest)


def run_selftest(args: argparse.Namespace) -> int:
    from jdih_desktop import __version__

    print(f"JDIH Desktop {__version__} selftest — Python {sys.version.split()[0]} "
          f"on {sys.platform}")
    tmp = Path(tempfile.mkdtemp(prefix="jdih-selftest-"))
    steps: list[tuple[str, Callable[[], str]]] = [
        ("database", lambda: _database(tmp)),
        ("receipt", _receipt),
        ("spooler", _spooler),
        ("qt", _qt_leak),
    ]
    if not args.no_window:
        steps.append(("window", lambda: _window(tmp)))
    ok = True
    try:
        for name, step in steps:
            t0 = time.monotonic()
            try:
                detail = step()
            except Exception as exc:  # every failure is reported, the rest still runs
                ok = False
                print(f"FAIL {name}: {type(exc).__name__}: {exc}")
                continue
            print(f"ok   {name}: {detail} ({time.monotonic() - t0:.1f} s)")
    finally:
        _close_database()
        shutil.rmtree(tmp, ignore_errors=True)
    print("selftest: " + ("all steps passed" if ok else "FAILED"))
    return 0 if ok else 1


_ctx = None


def _context(tmp: Path):
    global _ctx
    if _ctx is None:
        from jdih_desktop.app import open_context

        ns = argparse.Namespace(data_dir=str(tmp / "data"), db=None, demo=False,
                                simulate_devices=True, verbose=False)
        os.environ.pop("JDIH_DB_URL", None)
        _ctx = open_context(ns)
    return _ctx


def _close_database() -> None:
    global _ctx
    if _ctx is not None:
        _ctx.db.close()
        _ctx = None


def _database(tmp: Path) -> str:
    from jdih_desktop.store import migrations

    ctx = _context(tmp)
    from jdih_desktop.commands import console_services

    services = console_services(ctx)  # a throwaway folder: the console acts as a petugas
    day = dt.date(2030, 1, 2)
    services.calendar_admin.add_holiday(day, "Uji mandiri")
    found = services.calendar_admin.holiday_on(day)
    if found is None or found.name != "Uji mandiri":
        raise RuntimeError("a holiday written was not read back")
    return f"schema v{migrations.LATEST}, written and read back in {ctx.data_dir}"


def _receipt() -> str:
    from jdih_desktop.config import AppConfig
    from jdih_desktop.devices.escpos_render import render_bytes
    from jdih_desktop.services.receipts import LoanReceiptData, ReceiptLine, build_loan_receipt

    data = LoanReceiptData(
        receipt_number="PJ-UJI-0001", loaned_at=dt.datetime(2026, 12, 1, 9, 0),
        visitor_name="Pengunjung Uji", visitor_id_type="nik", visitor_id_number="6172000000000001",
        visitor_institution="Uji mandiri",
        items=(ReceiptLine("Peraturan KPU Nomor 1 Tahun 2024", "Uji cetak struk", "UJI0001"),),
        due_date=dt.date(2026, 12, 8), officer_name="Petugas Uji")
    blob = render_bytes(build_loan_receipt(AppConfig(path=Path("selftest.ini")), data))
    if not blob.startswith(b"\x1b@") or b"PJ-UJI-0001" not in blob:
        raise RuntimeError("the ESC/POS bytes lack the initialise command or the number")
    return f"loan receipt rendered to {len(blob)} ESC/POS bytes"


def _spooler() -> str:
    if sys.platform == "win32":
        import win32print

        flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
        names = [p[2] for p in win32print.EnumPrinters(flags)]
        return f"{len(names)} printer(s)" + (f": {', '.join(names)}" if names
                                             else " (none is fine)")
    return "not Windows: no spooler to ask (skipped)"


def _qt_leak() -> str:
    import PySide6

    from jdih_desktop.devices.worker import BOOL_LEAK_GUARDED

    state = "leak found, guard applied" if BOOL_LEAK_GUARDED else "no leak, guard not needed"
    return f"PySide6 {PySide6.__version__}: signal-emit refcount {state}"


def _window(tmp: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jdih_desktop.app import build_device_workers
    from jdih_desktop.services.container import build_services
    from jdih_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = _context(tmp)
    printer, scanner = build_device_workers(ctx)
    try:
        window = MainWindow(ctx, build_services(ctx.config), printer, scanner)
        window.show()
        app.processEvents()
        title = window.windowTitle()
        window.close()
        app.processEvents()
    finally:
        printer.shutdown()
        scanner.shutdown()
    return f"main window built and closed on {app.platformName()} ({title!r})"
