"""The national holidays and cuti bersama shipped with the app (resources/holidays_id.json).

The first-run setup offers them for this year and the next; the officer confirms each date
against the joint decree of three ministers (SKB) in force and may change any of them later in
Pengaturan → Hari libur & aturan peminjaman. The file names its source and says which dates are
estimates; nothing here fetches anything from the internet.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.errors import JdihError

KINDS = {"libur": "Libur nasional", "cuti": "Cuti bersama"}


@dataclass(frozen=True)
class ShippedHoliday:
    date: dt.date
    name: str
    kind: str  # "libur" (national holiday) or "cuti" (cuti bersama)
    estimate: bool = False  # the date depends on a government decision not yet known here


@dataclass(frozen=True)
class HolidayList:
    source: str
    note: str
    holidays: tuple[ShippedHoliday, ...]

    def for_years(self, *years: int) -> list[ShippedHoliday]:
        return [h for h in self.holidays if h.date.year in years]

    def years(self) -> list[int]:
        return sorted({h.date.year for h in self.holidays})


def load_holiday_list(path: Path | None = None) -> HolidayList:
    """Read and check the shipped list; JdihError naming the bad entry when it is malformed."""
    if path is None:
        text = resources.files("jdih_desktop.resources").joinpath(
            "holidays_id.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
        items = []
        for year, rows in sorted(raw["years"].items()):
            for i, row in enumerate(rows, 1):
                day = dt.date.fromisoformat(row["date"])
                if str(day.year) != year or row["kind"] not in KINDS or not row["name"].strip():
                    raise ValueError(f"{year} entry {i}: {row}")
                items.append(ShippedHoliday(day, row["name"].strip(), row["kind"],
                                            bool(row.get("estimate", False))))
        source, note = raw["source"], raw["note"]
    except (KeyError, TypeError, ValueError) as exc:
        raise JdihError(QT_TRANSLATE_NOOP(
                "Messages", "Daftar hari libur bawaan rusak: %1"),
                params=(exc,)) from exc
    dates = [h.date for h in items]
    if len(dates) != len(set(dates)):
        raise JdihError(QT_TRANSLATE_NOOP(
                "Messages", "Daftar hari libur bawaan memuat tanggal ganda."))
    return HolidayList(source=source, note=note, holidays=tuple(sorted(items,
                                                                      key=lambda h: h.date)))
