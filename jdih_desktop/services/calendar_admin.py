"""Pengaturan → Hari libur & aturan peminjaman: the office's calendar and loan rules.

Due dates (``services.calendar.due_date``), the overdue list and the reports' opening days all
read the ``holiday`` and ``loan_rule`` tables; this service is the one place a person changes
them. Holidays come from the yearly SKB libur nasional, so they can be typed one by one or
imported from a two-column CSV (``tanggal,nama``). An import is checked in full first: either
every row is valid and all are saved in one transaction, or nothing changes and every bad row
is reported with its line number, so a half-imported year never silently shortens loans.

Form problems raise ``ValidationError`` (field -> message; for an import, ``baris N`` ->
message); a row that no longer exists raises ``CalendarError``. Every change writes an
``AuditLog`` row naming the officer on duty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import IntegrityError

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit
from jdih_desktop.services.loans import LoanRuleData
from jdih_desktop.services.session import DESK, requires
from jdih_desktop.store import enums
from jdih_desktop.store.models import Holiday, LoanRule, database_proxy

Clock = Callable[[], dt.datetime]

MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_NAME = 200
MAX_RULE_NAME = 100
MAX_PERIOD_DAYS = 365
MAX_ITEMS = 100
# What a rule does with a borrower who has a late loan (LoanRule.overdue_action).
OVERDUE_ACTIONS = {"warn": "Peringatkan", "block": "Blokir (petugas dapat mengizinkan)"}
MAX_CSV_BYTES = 1_000_000  # a year of holidays is ~2 KB; anything near this is the wrong file
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class CalendarError(JdihError):
    """A holiday or loan rule cannot be changed as asked; the message says what to do."""


@dataclass(frozen=True)
class HolidayRecord:
    """One row of the holidays table."""

    id: int
    date: dt.date
    name: str


@dataclass(frozen=True)
class LoanRuleRecord(LoanRuleData):
    """A loan rule as the settings show it (inactive rules too); usable wherever
    ``LoanRuleData`` is, e.g. ``LoanService.due_date_for``."""

    active: bool = True


@dataclass
class LoanRuleForm:
    """What the loan-rules table holds for one row."""

    name: str = ""
    doc_type: str | None = None  # None: any document type
    read_on_site: bool = False
    period_days: int = 7
    max_items: int = 3
    skip_sundays: bool = True
    skip_saturdays: bool = True
    active: bool = True
    overdue_action: str = "warn"
    max_renewals: int = 1
    renew_max_days_late: int = 0


@dataclass(frozen=True)
class HolidayImport:
    """What an import did: rows added, and rows already present with the same name."""

    added: tuple[HolidayRecord, ...]
    unchanged: int

    @property
    def summary(self) -> str:
        if self.unchanged:
            return sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 hari libur ditambahkan, %2 sudah terdaftar (dilewati)."),
                len(self.added), self.unchanged)
        return sentence(QT_TRANSLATE_NOOP("Messages", "%1 hari libur ditambahkan."),
                        len(self.added))


class DateProblem(ValueError):
    """A date that cannot be used; ``problem`` is the marked sentence and its values, as a
    ValidationError field takes it (translated at display)."""

    def __init__(self, template: str, *params: object) -> None:
        self.problem = (template, *params)
        text = template
        for i in range(len(params), 0, -1):
            text = text.replace(f"%{i}", str(params[i - 1]))
        super().__init__(text)


def parse_date(text: str | dt.date) -> dt.date:
    """A date typed as YYYY-MM-DD or DD/MM/YYYY; DateProblem (a ValueError) with an Indonesian
    message."""
    if isinstance(text, dt.date):
        day = text
    else:
        raw = (text or "").strip()
        if not raw:
            raise DateProblem(QT_TRANSLATE_NOOP(
                "Messages", "Tanggal wajib diisi (TTTT-BB-HH atau HH/BB/TTTT)."))
        m = _ISO.match(raw)
        parts = (m.group(1), m.group(2), m.group(3)) if m else None
        if parts is None and (m := _DMY.match(raw)):
            parts = (m.group(3), m.group(2), m.group(1))
        if parts is None:
            raise DateProblem(QT_TRANSLATE_NOOP(
                "Messages", "\"%1\" bukan tanggal — tulis TTTT-BB-HH (2026-12-25) atau "
                "HH/BB/TTTT (25/12/2026)."), raw)
        try:
            day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            raise DateProblem(QT_TRANSLATE_NOOP(
                "Messages", "Tanggal %1 tidak ada di kalender — periksa hari dan bulannya."),
                raw) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateProblem(QT_TRANSLATE_NOOP(
            "Messages", "Tahun %1 di luar rentang %2–%3 — periksa tahunnya."),
            day.year, MIN_YEAR, MAX_YEAR)
    return day


def clean_name(text: str) -> str:
    return " ".join((text or "").split())


def _name_problem(name: str) -> str | None:
    if not name:
        return QT_TRANSLATE_NOOP(
            "Messages", "Nama hari libur wajib diisi (mis. Hari Raya Idulfitri 1448 H).")
    if len(name) > MAX_NAME:
        return (QT_TRANSLATE_NOOP(
            "Messages", "Nama hari libur terlalu panjang: %1 karakter, paling banyak %2."),
            len(name), MAX_NAME)
    return None


def validate_loan_rule(form: LoanRuleForm) -> tuple[dict[str, object], dict[str, str]]:
    """Cleaned values and the precise problem of each field (empty when all is well)."""
    values: dict[str, object] = {
        "name": clean_name(form.name), "doc_type": form.doc_type or None,
        "read_on_site": bool(form.read_on_site), "period_days": form.period_days,
        "max_items": form.max_items, "skip_sundays": bool(form.skip_sundays),
        "skip_saturdays": bool(form.skip_saturdays), "active": bool(form.active),
        "overdue_action": form.overdue_action, "max_renewals": form.max_renewals,
        "renew_max_days_late": form.renew_max_days_late}
    errors: dict[str, str] = {}
    name = values["name"]
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP(
            "Messages", "Nama aturan wajib diisi.")
    elif len(name) > MAX_RULE_NAME:
        errors["name"] = (QT_TRANSLATE_NOOP(
            "Messages", "Nama aturan terlalu panjang (paling banyak %1 karakter)."), MAX_RULE_NAME)
    if values["doc_type"] is not None and values["doc_type"] not in enums.DOC_TYPES:
        errors["doc_type"] = (QT_TRANSLATE_NOOP(
            "Messages", "Jenis dokumen tidak dikenal — pilih Peraturan, Monografi Hukum, "
            "Artikel Hukum, Putusan atau Semua jenis."))
    period = values["period_days"]
    if not isinstance(period, int) or isinstance(period, bool) or period < 0:
        errors["period_days"] = QT_TRANSLATE_NOOP(
            "Messages", "Lama pinjam harus bilangan bulat 0 hari atau lebih.")
    elif period > MAX_PERIOD_DAYS:
        errors["period_days"] = (QT_TRANSLATE_NOOP(
            "Messages", "Lama pinjam paling lama %1 hari kerja."), MAX_PERIOD_DAYS)
    items = values["max_items"]
    if not isinstance(items, int) or isinstance(items, bool) or items < 1:
        errors["max_items"] = QT_TRANSLATE_NOOP(
            "Messages", "Jumlah eksemplar paling sedikit 1.")
    elif items > MAX_ITEMS:
        errors["max_items"] = (QT_TRANSLATE_NOOP(
            "Messages", "Jumlah eksemplar paling banyak %1."), MAX_ITEMS)
    if values["overdue_action"] not in OVERDUE_ACTIONS:
        errors["overdue_action"] = QT_TRANSLATE_NOOP(
            "Messages", "Pilih Peringatkan atau Blokir untuk peminjam terlambat.")
    for key, what in (("max_renewals", "Jumlah perpanjangan"),
                      ("renew_max_days_late", "Batas keterlambatan untuk perpanjangan")):
        v = values[key]
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            errors[key] = (QT_TRANSLATE_NOOP(
                "Messages", "%1 harus bilangan bulat 0 atau lebih."), what)
        elif v > MAX_PERIOD_DAYS:
            errors[key] = (QT_TRANSLATE_NOOP(
                "Messages", "%1 paling banyak %2."), what, MAX_PERIOD_DAYS)
    return values, errors


class CalendarAdminService:
    """Holidays and loan rules as plain data; every change audited."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        # Who is on duty, for changes whose caller names no officer (set by build_services).
        self.officer_source: Callable[[], int | None] | None = None

    # ------------------------------------------------------------------ holidays
    def holidays(self, year: int | None = None) -> list[HolidayRecord]:
        """Holidays by date; of one year when ``year`` is given."""
        q = Holiday.select()
        if year is not None:
            q = q.where(Holiday.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        return [self._holiday(h) for h in q.order_by(Holiday.date)]

    def holiday_years(self) -> list[int]:
        """Every year from the first holiday entered to the last, and always this year and
        the next (to enter the SKB ahead): the year chooser of the dialog and CLI."""
        this = self.clock().date().year
        low, high = this, this + 1
        first = Holiday.select(Holiday.date).order_by(Holiday.date).first()
        last = Holiday.select(Holiday.date).order_by(Holiday.date.desc()).first()
        if first is not None and last is not None:
            low, high = min(low, first.date.year), max(high, last.date.year)
        return list(range(low, high + 1))

    def holiday_on(self, date: str | dt.date) -> HolidayRecord | None:
        day = self._date_or_error(date)
        row = Holiday.get_or_none(Holiday.date == day)
        return self._holiday(row) if row else None

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menambah hari libur"))
    def add_holiday(self, date: str | dt.date, name: str,
                    by: int | None = None) -> HolidayRecord:
        day, clean = self._validate_holiday(date, name, None)
        try:
            with database_proxy.atomic():
                row = Holiday.create(date=day, name=clean)
                self._audit("holiday.add", "holiday", row.id, by, {"date": day, "name": clean})
        except IntegrityError:  # another desk saved the same date a moment ago
            raise ValidationError({"date": _taken(day)}) from None
        return self._holiday(row)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah hari libur"))
    def update_holiday(self, holiday_id: int, date: str | dt.date, name: str,
                       by: int | None = None) -> HolidayRecord:
        row = self._holiday_row(holiday_id)
        day, clean = self._validate_holiday(date, name, holiday_id)
        before = {"date": row.date, "name": row.name}
        try:
            with database_proxy.atomic():
                row.date, row.name = day, clean
                row.save()
                self._audit("holiday.update", "holiday", row.id, by,
                            {"before": before, "date": day, "name": clean})
        except IntegrityError:
            raise ValidationError({"date": _taken(day)}) from None
        return self._holiday(row)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menghapus hari libur"))
    def remove_holiday(self, holiday_id: int, by: int | None = None) -> HolidayRecord:
        """Delete a holiday; loans already made keep their stored due date."""
        row = self._holiday_row(holiday_id)
        record = self._holiday(row)
        with database_proxy.atomic():
            self._audit("holiday.remove", "holiday", None, by,
                        {"holiday": row.id, "date": row.date, "name": row.name})
            row.delete_instance()
        return record

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menghapus hari libur"))
    def remove_holiday_on(self, date: str | dt.date, by: int | None = None) -> HolidayRecord:
        day = self._date_or_error(date)
        row = Holiday.get_or_none(Holiday.date == day)
        if row is None:
            raise CalendarError(QT_TRANSLATE_NOOP(
                    "Messages", "Tidak ada hari libur pada %1 — tidak ada yang dihapus."),
                    params=(day.isoformat(),))
        return self.remove_holiday(row.id, by)

    # ------------------------------------------------------------------ CSV import
    def read_holiday_csv(self, path: str | Path) -> list[tuple[int, dt.date, str]]:
        """Read and check the whole file: (line, date, name) for every row, or a
        ValidationError naming each bad line (``baris N``)."""
        return self.parse_holiday_csv(read_csv_file(path))

    def parse_holiday_csv(self, data: bytes | str) -> list[tuple[int, dt.date, str]]:
        """Check CSV text (header ``tanggal,nama``; ``,`` or ``;``); see ``read_holiday_csv``."""
        text = data if isinstance(data, str) else _decode(data)
        lines = text.splitlines()
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            raise ValidationError({"berkas": QT_TRANSLATE_NOOP(
                                                 "Messages", "Berkas CSV kosong — baris pertama "
                                                 "harus tanggal,nama.")})
        delimiter = ";" if lines[first].count(";") > lines[first].count(",") else ","
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        header_seen = False
        rows: list[tuple[int, dt.date, str]] = []
        errors: dict[str, str] = {}
        seen: dict[dt.date, int] = {}
        for cells in reader:
            line = reader.line_num
            cells = [c.strip() for c in cells]
            if not any(cells):
                continue
            if not header_seen:
                header_seen = True
                if [c.lower() for c in cells[:2]] != ["tanggal", "nama"] or any(cells[2:]):
                    raise ValidationError({f"baris {line}": (
                        (QT_TRANSLATE_NOOP(
                            "Messages", "Baris pertama harus judul kolom tanggal,nama — yang "
                            "tertulis: %1."), delimiter.join(cells)))})
                continue
            key = f"baris {line}"
            if len(cells) < 2 or any(cells[2:]):
                errors[key] = ((QT_TRANSLATE_NOOP(
                    "Messages", "Harus dua kolom (tanggal%1nama); yang tertulis %2 kolom."),
                    delimiter, len(cells)))
                continue
            try:
                day = parse_date(cells[0])
            except DateProblem as exc:
                errors[key] = exc.problem
                continue
            name = clean_name(cells[1])
            problem = _name_problem(name)
            if problem:
                errors[key] = problem
                continue
            if day in seen:
                errors[key] = ((QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal %1 sudah ada di baris %2 berkas ini."),
                    day.isoformat(), seen[day]))
                continue
            seen[day] = line
            rows.append((line, day, name))
        if not header_seen:
            raise ValidationError({"berkas": QT_TRANSLATE_NOOP(
                                                 "Messages", "Berkas CSV kosong — baris pertama "
                                                 "harus tanggal,nama.")})
        # Dates already in the table: the same name is a harmless repeat, another is a conflict.
        existing = {h.date: h.name for h in Holiday.select().where(
            Holiday.date.in_(list(seen)))} if seen else {}
        for line, day, name in rows:
            old = existing.get(day)
            if old is not None and old.casefold() != name.casefold():
                errors[f"baris {line}"] = ((QT_TRANSLATE_NOOP(
                    "Messages", "Tanggal %1 sudah terdaftar sebagai \"%2\" — ubah atau hapus yang "
                    "lama dahulu."), day.isoformat(), old))
        if errors:
            raise ValidationError(dict(sorted(errors.items(),
                                              key=lambda kv: _line_of(kv[0]))))
        if not rows:
            raise ValidationError({"berkas": QT_TRANSLATE_NOOP(
                                                 "Messages", "Berkas CSV hanya berisi judul "
                                                 "kolom — tidak ada hari libur "
                                                 "untuk diimpor.")})
        return rows

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengimpor hari libur"))
    def import_holidays(self, path: str | Path, by: int | None = None) -> HolidayImport:
        """All rows of the file or none: checked in full, then saved in one transaction."""
        return self.save_holidays(self.read_holiday_csv(path), source=Path(path).name, by=by)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menyimpan hari libur"))
    def save_holidays(self, rows: list[tuple[int, dt.date, str]], source: str = "",
                      by: int | None = None) -> HolidayImport:
        """Save rows checked by ``parse_holiday_csv`` (dates already present are skipped)."""
        with database_proxy.atomic():
            existing = {d for (d,) in Holiday.select(Holiday.date).where(
                Holiday.date.in_([d for _, d, _ in rows])).tuples()}
            added = []
            for _line, day, name in rows:
                if day in existing:
                    continue
                added.append(self._holiday(Holiday.create(date=day, name=name)))
            self._audit("holiday.import", "holiday", None, by,
                        {"file": source, "added": len(added),
                         "unchanged": len(rows) - len(added)})
        return HolidayImport(tuple(added), len(rows) - len(added))

    # ------------------------------------------------------------------ loan rules
    def loan_rules(self) -> list[LoanRuleRecord]:
        """Every rule (inactive ones too): active first, read-on-site first, then by name."""
        return [self._rule(r) for r in LoanRule.select().order_by(
            LoanRule.active.desc(), LoanRule.read_on_site.desc(), LoanRule.name, LoanRule.id)]

    def loan_rule(self, rule_id: int) -> LoanRuleRecord:
        return self._rule(self._rule_row(rule_id))

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menambah aturan peminjaman"))
    def add_loan_rule(self, form: LoanRuleForm, by: int | None = None) -> LoanRuleRecord:
        """A new rule (e.g. a longer period for monographs); names are unique."""
        values, errors = validate_loan_rule(form)
        if "name" not in errors and LoanRule.get_or_none(LoanRule.name == values["name"]):
            errors["name"] = (QT_TRANSLATE_NOOP(
                "Messages", "Nama aturan \"%1\" sudah dipakai aturan lain."), values['name'])
        if errors:
            raise ValidationError(errors)
        with database_proxy.atomic():
            row = LoanRule.create(**values)
            self._audit("loan_rule.add", "loan_rule", row.id, by,
                        {k: v for k, v in values.items()})
        return self._rule(row)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "menonaktifkan aturan peminjaman"))
    def retire_loan_rule(self, rule_id: int, by: int | None = None) -> LoanRuleRecord:
        """Retire a rule: new loans cannot use it; loans made under it keep it."""
        rule = self.loan_rule(rule_id)
        form = LoanRuleForm(rule.name, rule.doc_type, rule.read_on_site, rule.period_days,
                            rule.max_items, rule.skip_sundays, rule.skip_saturdays, False,
                            rule.overdue_action, rule.max_renewals, rule.renew_max_days_late)
        return self.update_loan_rule(rule_id, form, by)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mengubah aturan peminjaman"))
    def update_loan_rule(self, rule_id: int, form: LoanRuleForm,
                         by: int | None = None) -> LoanRuleRecord:
        """Change a rule; loans already made keep their stored due date."""
        values, errors = validate_loan_rule(form)
        row = self._rule_row(rule_id)
        if "name" not in errors:
            other = LoanRule.get_or_none((LoanRule.name == values["name"])
                                         & (LoanRule.id != rule_id))
            if other is not None:
                errors["name"] = (QT_TRANSLATE_NOOP(
                    "Messages", "Nama aturan \"%1\" sudah dipakai aturan lain."), values['name'])
        if not values["active"] and row.active and not LoanRule.select().where(
                (LoanRule.active == True) & (LoanRule.id != rule_id)).exists():  # noqa: E712
            errors["active"] = (QT_TRANSLATE_NOOP(
                "Messages", "Aturan ini satu-satunya yang aktif — peminjaman perlu paling "
                "sedikit satu aturan aktif."))
        if errors:
            raise ValidationError(errors)
        before = self._rule(row)
        with database_proxy.atomic():
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
            changed = {k: v for k, v in values.items() if getattr(before, k) != v}
            self._audit("loan_rule.update", "loan_rule", row.id, by, changed)
        return self._rule(row)

    # ------------------------------------------------------------------ internals
    def _validate_holiday(self, date: str | dt.date, name: str,
                          holiday_id: int | None) -> tuple[dt.date, str]:
        errors: dict[str, str] = {}
        day: dt.date | None = None
        try:
            day = parse_date(date)
        except DateProblem as exc:
            errors["date"] = exc.problem
        clean = clean_name(name)
        problem = _name_problem(clean)
        if problem:
            errors["name"] = problem
        if day is not None:
            other = Holiday.get_or_none(Holiday.date == day)
            if other is not None and other.id != holiday_id:
                errors["date"] = _taken(day)
        if errors:
            raise ValidationError(errors)
        assert day is not None
        return day, clean

    @staticmethod
    def _date_or_error(date: str | dt.date) -> dt.date:
        try:
            return parse_date(date)
        except DateProblem as exc:
            raise ValidationError({"date": exc.problem}) from None

    @staticmethod
    def _holiday_row(holiday_id: int) -> Holiday:
        row = Holiday.get_or_none(Holiday.id == holiday_id)
        if row is None:
            raise CalendarError(QT_TRANSLATE_NOOP(
                    "Messages", "Hari libur ini sudah tidak ada (mungkin dihapus di meja lain) — "
                    "muat ulang daftar."))
        return row

    @staticmethod
    def _rule_row(rule_id: int) -> LoanRule:
        row = LoanRule.get_or_none(LoanRule.id == rule_id)
        if row is None:
            raise CalendarError(QT_TRANSLATE_NOOP(
                    "Messages", "Aturan peminjaman nomor %1 tidak ditemukan — muat ulang daftar."),
                    params=(rule_id,))
        return row

    @staticmethod
    def _holiday(row: Holiday) -> HolidayRecord:
        return HolidayRecord(row.id, row.date, row.name)

    @staticmethod
    def _rule(r: LoanRule) -> LoanRuleRecord:
        return LoanRuleRecord(r.id, r.name, bool(r.read_on_site), r.period_days, r.max_items,
                              r.doc_type, bool(r.skip_saturdays), bool(r.skip_sundays),
                              r.overdue_action or "warn", r.max_renewals or 0,
                              r.renew_max_days_late or 0, bool(r.active))

    def _audit(self, action: str, entity: str, entity_id: int | None, by: int | None,
               detail: dict[str, object]) -> None:
        if by is None and self.officer_source is not None:
            by = self.officer_source()
        audit.record(at=self.clock(), officer=by, action=action, entity=entity,
                        entity_id=entity_id,
                        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True,
                                          default=str))


def read_csv_file(path: str | Path) -> bytes:
    """The file's bytes, or CalendarError saying why not. Touches no database, so a window
    can run it on a worker thread (a file on a slow network share) and parse on its own."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_CSV_BYTES:
            raise CalendarError(QT_TRANSLATE_NOOP(
                    "Messages", "%1 terlalu besar untuk daftar hari libur (lebih dari %2 KB) — "
                    "periksa berkasnya."),
                    params=(p.name, MAX_CSV_BYTES // 1000))
        return p.read_bytes()
    except FileNotFoundError:
        raise CalendarError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas %1 tidak ditemukan."),
                params=(p,)) from None
    except IsADirectoryError:
        raise CalendarError(QT_TRANSLATE_NOOP(
                "Messages", "%1 adalah folder, bukan berkas CSV."),
                params=(p,)) from None
    except OSError as exc:
        raise CalendarError(QT_TRANSLATE_NOOP(
                "Messages", "Berkas %1 tidak dapat dibaca: %2."),
                            detail=str(exc),
                params=(p.name, exc.strerror)) from exc


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel on Windows saves "CSV"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _taken(day: dt.date) -> str:
    row = Holiday.get_or_none(Holiday.date == day)
    if row:
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "Tanggal %1 sudah terdaftar sebagai \"%2\" — satu tanggal hanya satu "
            "hari libur."), day.isoformat(), row.name)
    return sentence(QT_TRANSLATE_NOOP(
        "Messages", "Tanggal %1 sudah terdaftar — satu tanggal hanya satu hari libur."),
        day.isoformat())


def _line_of(key: str) -> int:
    digits = "".join(c for c in key if c.isdigit())
    return int(digits) if digits else 0
