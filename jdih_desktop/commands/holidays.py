"""``jdih-desktop holidays list|add|remove|import``: the holidays due dates skip, from a script.

The same service as Pengaturan → Hari libur & aturan peminjaman. Arguments are checked before the
database is opened: a bad date, year, name or missing file exits with code 2 and one line. A file
with bad rows is refused whole (code 2, every bad line named, nothing saved). A request the
database refuses (the date already has a holiday, no holiday on the date to remove) exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PREFIX = "jdih-desktop holidays"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "holidays", parents=[common], help="hari libur untuk tanggal kembali peminjaman",
        description="Hari libur nasional dan cuti bersama: tanggal kembali peminjaman "
                    "melewatinya. Tanggal ditulis TTTT-BB-HH atau HH/BB/TTTT.")
    hsub = p.add_subparsers(dest="holidays_command", metavar="AKSI", required=True,
                            parser_class=type(p))
    ls = hsub.add_parser("list", parents=[common], help="daftar hari libur")
    ls.add_argument("--year", type=int, metavar="TTTT", help="hanya tahun ini, mis. 2026")
    ls.set_defaults(func=run_list)
    add = hsub.add_parser("add", parents=[common], help="tambah satu hari libur")
    add.add_argument("date", metavar="TANGGAL", help="TTTT-BB-HH atau HH/BB/TTTT")
    add.add_argument("name", metavar="NAMA", nargs="+", help="nama hari libur")
    add.set_defaults(func=run_add)
    rm = hsub.add_parser("remove", parents=[common], help="hapus hari libur pada tanggal ini")
    rm.add_argument("date", metavar="TANGGAL", help="TTTT-BB-HH atau HH/BB/TTTT")
    rm.set_defaults(func=run_remove)
    imp = hsub.add_parser(
        "import", parents=[common], help="impor hari libur dari CSV (tanggal,nama)",
        description="Berkas CSV dengan judul kolom tanggal,nama (pemisah koma atau titik koma). "
                    "Semua baris diperiksa dulu: bila satu baris salah, tidak ada yang disimpan.")
    imp.add_argument("file", metavar="BERKAS.csv", help="berkas CSV")
    imp.set_defaults(func=run_import)


def _fail(code: int, message: str) -> int:
    print(f"{PREFIX}: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace):  # -> (AppContext, CalendarAdminService)
    from jdih_desktop.commands import console_services, context_for

    ctx = context_for(args)
    return ctx, console_services(ctx).calendar_admin


def _date(text: str):  # -> dt.date, or ValueError with the Indonesian reason
    from jdih_desktop.services.calendar_admin import parse_date

    return parse_date(text)


def run_list(args: argparse.Namespace) -> int:
    from jdih_desktop.datefmt import DAYS_ID
    from jdih_desktop.services.calendar_admin import MAX_YEAR, MIN_YEAR

    if args.year is not None and not MIN_YEAR <= args.year <= MAX_YEAR:
        return _fail(2, f"--year harus antara {MIN_YEAR} dan {MAX_YEAR}.")
    ctx, admin = _open(args)
    try:
        rows = admin.holidays(args.year)
        for h in rows:
            print(f"{h.date.isoformat()}\t{DAYS_ID[h.date.weekday()]}\t{h.name}")
        where = f" pada {args.year}" if args.year is not None else ""
        print(f"# {len(rows)} hari libur{where}")
        return 0
    finally:
        ctx.db.close()


def run_add(args: argparse.Namespace) -> int:
    from jdih_desktop.errors import ValidationError
    from jdih_desktop.services.calendar_admin import MAX_NAME, clean_name

    try:
        day = _date(args.date)
    except ValueError as exc:
        return _fail(2, str(exc))
    name = clean_name(" ".join(args.name))
    if not name:
        return _fail(2, "nama hari libur wajib diisi.")
    if len(name) > MAX_NAME:
        return _fail(2, f"nama hari libur terlalu panjang ({len(name)} karakter, paling banyak "
                        f"{MAX_NAME}).")
    ctx, admin = _open(args)
    try:
        try:
            h = admin.add_holiday(day, name)
        except ValidationError as exc:  # the date is taken: the input was fine
            return _fail(1, " ".join(exc.errors.values()))
        print(f"Ditambahkan: {h.date.isoformat()} {h.name}")
        return 0
    finally:
        ctx.db.close()


def run_remove(args: argparse.Namespace) -> int:
    from jdih_desktop.services.calendar_admin import CalendarError

    try:
        day = _date(args.date)
    except ValueError as exc:
        return _fail(2, str(exc))
    ctx, admin = _open(args)
    try:
        try:
            h = admin.remove_holiday_on(day)
        except CalendarError as exc:
            return _fail(1, exc.message)
        print(f"Dihapus: {h.date.isoformat()} {h.name}")
        return 0
    finally:
        ctx.db.close()


def run_import(args: argparse.Namespace) -> int:
    from jdih_desktop.errors import ValidationError
    from jdih_desktop.services.calendar_admin import CalendarError, read_csv_file

    path = Path(args.file).expanduser()
    try:
        data = read_csv_file(path)
    except CalendarError as exc:
        return _fail(2, exc.message)
    ctx, admin = _open(args)
    try:
        try:
            rows = admin.parse_holiday_csv(data)
        except ValidationError as exc:
            errors = "; ".join(f"{where}: {what}" for where, what in exc.errors.items())
            return _fail(2, f"{path.name} ditolak, tidak ada yang disimpan — {errors}")
        result = admin.save_holidays(rows, source=path.name)
        print(f"{path.name}: {result.summary}")
        return 0
    finally:
        ctx.db.close()
