"""Holidays and loan rules as the office maintains them: validation, CSV import (all or
nothing), the audit trail, and due dates that follow what was entered."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.calendar_admin import (
    CalendarError,
    LoanRuleForm,
    parse_date,
)
from jdih_desktop.store.models import AuditLog, Holiday, LoanRule

XMAS = dt.date(2026, 12, 25)


@pytest.fixture
def admin(services):
    return services.calendar_admin


def _form(rule) -> LoanRuleForm:
    return LoanRuleForm(rule.name, rule.doc_type, rule.read_on_site, rule.period_days,
                        rule.max_items, rule.skip_sundays, rule.skip_saturdays, rule.active)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-25", XMAS), (" 25/12/2026 ", XMAS), ("2026-1-1", dt.date(2026, 1, 1)),
    ("1/1/2026", dt.date(2026, 1, 1))])
def test_both_date_spellings_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("", "wajib diisi"), ("25-12-2026", "bukan tanggal"), ("12/25/2026", "tidak ada di kalender"),
    ("2026-02-30", "tidak ada di kalender"), ("0226-12-25", "di luar rentang"),
    ("besok", "bukan tanggal")])
def test_bad_dates_are_refused_with_a_precise_reason(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text)


def test_add_edit_remove_a_holiday_with_audit(admin, services):
    # GIVEN an empty holiday table (a new database assumes none)
    assert admin.holidays() == []
    # WHEN a holiday is added with untidy spacing, in the DD/MM/YYYY spelling
    h = admin.add_holiday("25/12/2026", "  Hari Raya   Natal ")
    # THEN it is stored cleaned, listed under its year only, and audited with the officer on duty
    assert (h.date, h.name) == (XMAS, "Hari Raya Natal")
    assert [x.name for x in admin.holidays(2026)] == ["Hari Raya Natal"]
    assert admin.holidays(2027) == []
    audit = AuditLog.get(AuditLog.action == "holiday.add")
    assert audit.entity == "holiday" and audit.entity_id == h.id
    assert audit.officer_id == services.officers.on_duty_id()
    assert json.loads(audit.detail) == {"date": "2026-12-25", "name": "Hari Raya Natal"}
    # WHEN it is edited to another date
    h2 = admin.update_holiday(h.id, "2026-12-24", "Cuti bersama Natal")
    assert (h2.id, h2.date, h2.name) == (h.id, dt.date(2026, 12, 24), "Cuti bersama Natal")
    # WHEN it is removed by date
    admin.remove_holiday_on("2026-12-24")
    assert Holiday.select().count() == 0
    assert [a.action for a in AuditLog.select().where(AuditLog.entity == "holiday")
            .order_by(AuditLog.id)] == ["holiday.add", "holiday.update", "holiday.remove"]


def test_holiday_validation_messages(admin):
    admin.add_holiday(XMAS, "Hari Raya Natal")
    # a second holiday on the same date is refused and names the first
    with pytest.raises(ValidationError) as exc:
        admin.add_holiday("2026-12-25", "Natal lagi")
    assert exc.value.errors == {"date": "Tanggal 2026-12-25 sudah terdaftar sebagai \"Hari Raya "
                                        "Natal\" — satu tanggal hanya satu hari libur."}
    # an empty name and a bad date are both reported at once
    with pytest.raises(ValidationError) as exc:
        admin.add_holiday("2026-13-01", "   ")
    assert set(exc.value.errors) == {"date", "name"}
    assert "tidak ada di kalender" in exc.value.errors["date"]
    assert exc.value.errors["name"].startswith("Nama hari libur wajib diisi")
    with pytest.raises(ValidationError, match="terlalu panjang: 201 karakter"):
        admin.add_holiday("2026-12-26", "x" * 201)
    # moving a holiday onto another one's date is a duplicate too; editing in place is fine
    other = admin.add_holiday("2026-12-26", "Cuti bersama")
    with pytest.raises(ValidationError, match="sudah terdaftar"):
        admin.update_holiday(other.id, XMAS, "Cuti bersama")
    assert admin.update_holiday(other.id, "26/12/2026", "Cuti bersama Natal").name \
        == "Cuti bersama Natal"
    # removing what is not there says so
    with pytest.raises(CalendarError, match="Tidak ada hari libur pada 2026-01-02"):
        admin.remove_holiday_on("2026-01-02")
    assert Holiday.select().count() == 2


def test_years_offer_this_and_next_year_and_every_year_with_holidays(admin):
    admin.add_holiday("2023-08-17", "Hari Kemerdekaan")
    assert admin.holiday_years() == [2023, 2024, 2025, 2026, 2027]


# ---------------------------------------------------------------------------- CSV import
GOOD = ("tanggal,nama\n"
        "2027-01-01,Tahun Baru 2027 Masehi\n"
        "\n"
        "17/08/2027,Hari Kemerdekaan Republik Indonesia\n"
        "2027-12-25,\"Hari Raya Natal, libur nasional\"\n")


def test_a_good_csv_is_imported_whole(admin, tmp_path):
    f = tmp_path / "libur2027.csv"
    f.write_text(GOOD, encoding="utf-8")
    result = admin.import_holidays(f)
    assert result.summary == "3 hari libur ditambahkan."
    assert [(h.date.isoformat(), h.name) for h in admin.holidays(2027)] == [
        ("2027-01-01", "Tahun Baru 2027 Masehi"),
        ("2027-08-17", "Hari Kemerdekaan Republik Indonesia"),
        ("2027-12-25", "Hari Raya Natal, libur nasional")]
    audit = AuditLog.get(AuditLog.action == "holiday.import")
    assert json.loads(audit.detail) == {"added": 3, "file": "libur2027.csv", "unchanged": 0}
    # AND importing the same file again changes nothing and says so
    again = admin.import_holidays(f)
    assert again.added == () and again.unchanged == 3
    assert Holiday.select().count() == 3


def test_excel_semicolon_csv_with_bom_in_windows_1252(admin, tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("Tanggal;Nama\r\n01/05/2027;Hari Buruh Internasional – May Day\r\n"
                  .encode("cp1252"))
    assert len(admin.import_holidays(f).added) == 1
    assert admin.holiday_on("2027-05-01").name == "Hari Buruh Internasional – May Day"
    g = tmp_path / "bom.csv"
    g.write_bytes(b"\xef\xbb\xbftanggal,nama\n2027-06-01,Hari Lahir Pancasila\n")
    assert len(admin.import_holidays(g).added) == 1


def test_one_bad_row_rejects_the_whole_file_with_line_numbers(admin, tmp_path):
    # GIVEN a holiday already entered by hand, and a file with good and bad rows
    admin.add_holiday("2027-03-20", "Hari Raya Idulfitri 1448 H")
    f = tmp_path / "salah.csv"
    f.write_text("tanggal,nama\n"
                 "2027-01-01,Tahun Baru\n"            # 2 good
                 "2027-02-30,Tanggal mustahil\n"      # 3 no such day
                 "2027-03-01,\n"                      # 4 empty name
                 "2027-01-01,Tahun Baru lagi\n"       # 5 repeated in the file
                 "2027-03-20,Nyepi\n"                 # 6 conflicts with the table
                 "2027-03-21\n"                       # 7 one column
                 "2027-03-20,hari raya idulfitri 1448 h\n",  # 8 same date twice in file
                 encoding="utf-8")
    # WHEN it is imported
    with pytest.raises(ValidationError) as exc:
        admin.import_holidays(f)
    # THEN every bad line is named, in order, and nothing was saved
    errors = exc.value.errors
    assert list(errors) == ["baris 3", "baris 4", "baris 5", "baris 6", "baris 7", "baris 8"]
    assert "tidak ada di kalender" in errors["baris 3"]
    assert "Nama hari libur wajib diisi" in errors["baris 4"]
    assert errors["baris 5"] == "Tanggal 2027-01-01 sudah ada di baris 2 berkas ini."
    assert "sudah terdaftar sebagai \"Hari Raya Idulfitri 1448 H\"" in errors["baris 6"]
    assert "dua kolom" in errors["baris 7"]
    assert errors["baris 8"] == "Tanggal 2027-03-20 sudah ada di baris 6 berkas ini."
    assert [h.name for h in admin.holidays()] == ["Hari Raya Idulfitri 1448 H"]
    assert not AuditLog.select().where(AuditLog.action == "holiday.import").exists()


@pytest.mark.parametrize(("content", "message"), [
    ("", "Berkas CSV kosong"),
    ("date,name\n2027-01-01,New Year\n", "judul kolom tanggal,nama"),
    ("tanggal,nama\n", "hanya berisi judul kolom"),
])
def test_files_that_are_not_a_holiday_list(admin, tmp_path, content, message):
    f = tmp_path / "x.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        admin.import_holidays(f)


def test_a_missing_file_is_named(admin, tmp_path):
    with pytest.raises(CalendarError, match="tidak ditemukan"):
        admin.import_holidays(tmp_path / "tidak-ada.csv")


# ---------------------------------------------------------------------------- loan rules
def test_loan_rules_are_listed_and_edited_and_due_dates_follow(admin, services):
    # GIVEN the two seeded rules
    rules = {r.name: r for r in admin.loan_rules()}
    assert set(rules) == {"Baca di tempat", "Pinjam bawa pulang"}
    home = rules["Pinjam bawa pulang"]
    tue = dt.date(2026, 11, 24)
    assert services.loans.due_date_for(home, tue) == dt.date(2026, 12, 3)
    # WHEN the take-home rule becomes 3 days for Putusan, counting Saturdays as open
    form = _form(home)
    form.name, form.doc_type, form.period_days, form.skip_saturdays = (
        "Putusan bawa pulang", "putusan", 3, False)
    changed = admin.update_loan_rule(home.id, form)
    # THEN it is stored, the loans service sees it, and the due date follows
    row = LoanRule.get_by_id(home.id)
    assert (row.name, row.doc_type, row.period_days, row.skip_saturdays) == (
        "Putusan bawa pulang", "putusan", 3, False)
    assert any(r.name == "Putusan bawa pulang" for r in services.loans.rules())
    assert services.loans.due_date_for(changed, tue) == dt.date(2026, 11, 27)  # Wed Thu Fri
    audit = json.loads(AuditLog.get(AuditLog.action == "loan_rule.update").detail)
    assert audit == {"doc_type": "putusan", "name": "Putusan bawa pulang", "period_days": 3,
                     "skip_saturdays": False}


def test_loan_rule_validation(admin):
    rules = {r.name: r for r in admin.loan_rules()}
    home, site = rules["Pinjam bawa pulang"], rules["Baca di tempat"]
    bad = _form(home)
    bad.name, bad.period_days, bad.max_items, bad.doc_type = " ", -1, 0, "buku"
    with pytest.raises(ValidationError) as exc:
        admin.update_loan_rule(home.id, bad)
    assert set(exc.value.errors) == {"name", "period_days", "max_items", "doc_type"}
    assert exc.value.errors["period_days"] == "Lama pinjam harus bilangan bulat 0 hari atau lebih."
    assert exc.value.errors["max_items"] == "Jumlah eksemplar paling sedikit 1."
    # a name another rule has
    dup = _form(home)
    dup.name = "Baca di tempat"
    with pytest.raises(ValidationError, match="sudah dipakai aturan lain"):
        admin.update_loan_rule(home.id, dup)
    # the last active rule cannot be switched off
    off = _form(site)
    off.active = False
    admin.update_loan_rule(site.id, off)
    last = _form(home)
    last.active = False
    with pytest.raises(ValidationError, match="satu-satunya yang aktif"):
        admin.update_loan_rule(home.id, last)
    assert LoanRule.get_by_id(home.id).active
    # period 0 and read-on-site are legal
    ok = _form(home)
    ok.period_days = 0
    assert admin.update_loan_rule(home.id, ok).period_days == 0
