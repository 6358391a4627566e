"""``jdih-desktop devices list|test-print|test-scan``: scripted checks at installation time.

A malformed SPEC prints one line and exits with code 2 (usage error); a device that fails
prints the officer's message and exits with code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from jdih_desktop.devices.base import BadDeviceSpec, DeviceError, ScanSettings


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("devices", parents=[common],
                       help="periksa printer struk dan pemindai (daftar, uji cetak, uji pindai)")
    dsub = p.add_subparsers(dest="devices_command", metavar="AKSI", required=True,
                            parser_class=type(p))
    ls = dsub.add_parser("list", parents=[common], help="pemindai dan printer yang ditemukan")
    ls.add_argument("--refresh", action="store_true", help="cari ulang pemindai (abaikan cache)")
    ls.set_defaults(func=run_list)
    tp = dsub.add_parser("test-print", parents=[common], help="cetak struk uji")
    tp.add_argument("--printer", required=True, metavar="SPEC",
                    help="simulated, network:HOST:PORT, usb:VID:PID, serial:PORT[:BAUD], "
                         "win32:NAMA, file:PATH, pdf:PATH, qt:NAMA")
    tp.add_argument("--paper-width", type=int, choices=(58, 80), default=None,
                    help="lebar kertas mm (bawaan: dari config.ini)")
    tp.add_argument("--preview", metavar="FILE.png", help="simpan juga pratinjau struk (PNG)")
    tp.set_defaults(func=run_test_print)
    ts = dsub.add_parser("test-scan", parents=[common], help="pindai satu halaman uji")
    ts.add_argument("--scanner", required=True, metavar="SPEC",
                    help="simulated, sane:PERANGKAT, wia:ID")
    ts.add_argument("--out", required=True, metavar="FILE.png", help="berkas hasil (PNG)")
    ts.add_argument("--dpi", type=int, default=150, metavar="N", help="resolusi (bawaan 150)")
    ts.add_argument("--source", choices=("flatbed", "feeder"), default="flatbed",
                    help="kaca (flatbed) atau pengumpan (feeder)")
    ts.set_defaults(func=run_test_scan)


def _fail_usage(message: str) -> int:
    print(f"jdih-desktop: {message}", file=sys.stderr)
    return 2


def _fail_device(err: DeviceError) -> int:
    print(f"jdih-desktop: {err.message}", file=sys.stderr)
    if err.detail:
        print(f"  ({err.detail})", file=sys.stderr)
    return 1


def _context(args: argparse.Namespace):  # -> AppContext
    from jdih_desktop.commands import context_for

    return context_for(args)


def _ensure_gui_app() -> object:
    """pdf:/qt: printers paint with Qt: they need a Qt application (headless is fine).

    A QApplication rather than a QGuiApplication: a process holds one application object for
    its life, and whoever runs these commands in-process (tests, the app) may need widgets.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                    or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["jdih-desktop"])
    return app


def run_list(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        _ensure_gui_app()
        from jdih_desktop.devices.registry import list_printers, list_scanners

        for s in list_scanners(refresh=args.refresh):
            print(f"pemindai\t{s.spec}\t{s.name}")
        for p in list_printers():
            extra = f"\t{p.detail}" if p.detail else ""
            print(f"printer\t{p.spec}\t{p.name}{extra}")
        dev = ctx.config.devices
        print(f"# terpilih: printer={dev.printer or '-'} pemindai={dev.scanner or '-'} "
              f"kertas={dev.paper_width_mm} mm")
        return 0
    finally:
        ctx.db.close()


def run_test_print(args: argparse.Namespace) -> int:
    from jdih_desktop.devices.registry import build_printer, parse_printer_spec

    try:
        spec = parse_printer_spec(args.printer)
    except BadDeviceSpec as exc:
        return _fail_usage(exc.message)
    ctx = _context(args)
    try:
        import dataclasses

        cfg = ctx.config.devices
        if args.paper_width:
            cfg = dataclasses.replace(cfg, paper_width_mm=args.paper_width)
        if spec.kind in ("pdf", "qt"):
            _ensure_gui_app()
        try:
            printer = build_printer(spec.raw, cfg, ctx.cache_dir)
        except BadDeviceSpec as exc:
            return _fail_usage(exc.message)
        from jdih_desktop.devices.testslip import build_test_slip

        office = ctx.config.office
        receipt = build_test_slip(office.name, office.unit, spec.raw, dt.datetime.now(),
                            cfg.paper_width_mm)
        if args.preview:
            from jdih_desktop.devices.escpos_render import RenderOptions
            from jdih_desktop.devices.preview import render_preview_png

            Path(args.preview).write_bytes(render_preview_png(receipt, RenderOptions(
                paper_width_mm=cfg.paper_width_mm, profile=cfg.printer_profile,
                codepage=cfg.codepage)))
        try:
            result = printer.print_receipt(receipt)
        except DeviceError as err:
            return _fail_device(err)
        finally:
            printer.close()
        where = f" ke {result.output_path}" if result.output_path else ""
        print(f"Struk uji terkirim{where}: {result.bytes_sent} byte, {spec.raw}.")
        return 0
    finally:
        ctx.db.close()


def run_test_scan(args: argparse.Namespace) -> int:
    from jdih_desktop.devices.registry import build_scanner, parse_scanner_spec

    try:
        spec = parse_scanner_spec(args.scanner)
    except BadDeviceSpec as exc:
        return _fail_usage(exc.message)
    if not 25 <= args.dpi <= 1200:
        return _fail_usage("--dpi harus antara 25 dan 1200.")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        return _fail_usage("--out harus berkas .png")
    if not out.parent.resolve().is_dir():
        return _fail_usage(f"folder {out.parent} tidak ada.")
    ctx = _context(args)
    try:
        try:
            scanner = build_scanner(spec.raw)
        except BadDeviceSpec as exc:
            return _fail_usage(exc.message)
        try:
            pages = scanner.scan(ScanSettings(dpi=args.dpi, source=args.source, area="a4"),
                                 progress=lambda done, total: print(
                                     f"  halaman {done}" + (f"/{total}" if total else ""),
                                     file=sys.stderr))
        except DeviceError as err:
            return _fail_device(err)
        finally:
            scanner.close()
        written = []
        for i, page in enumerate(pages, start=1):
            target = out if i == 1 else out.with_name(f"{out.stem}-{i}{out.suffix}")
            target.write_bytes(page.png)
            written.append(f"{target} ({page.width}x{page.height} px, {page.dpi} dpi)")
        print(f"Dipindai {len(pages)} halaman: " + "; ".join(written))
        return 0
    finally:
        ctx.db.close()
