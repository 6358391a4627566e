"""Behaviour kept by the round-2 review fixes (fast control-character check, demo feeder)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from jdih_desktop.devices.base import FeederEmpty, ScanSettings
from jdih_desktop.devices.registry import build_scanner
from jdih_desktop.devices.simulated import SimulatedScanner
from jdih_desktop.services.catalogue import validate_document
from tests.catalogue.conftest import peraturan

TODAY = dt.date(2026, 11, 24)
FEEDER = ScanSettings(dpi=50, source="feeder")


@pytest.mark.parametrize(("char", "code"), [
    ("\x7f", "U+007F"), ("\x85", "U+0085"), ("\u2028", "U+2028"), ("\u2029", "U+2029"),
    ("\ud800", "U+D800"), ("\x1b", "U+001B"),
])
def test_every_kind_of_control_character_is_refused(char: str, code: str) -> None:
    # GIVEN a title (multi-line field) and a number (single line) holding the character
    errs = validate_document(peraturan(judul=f"Judul{char}x", nomor=f"4{char}"), today=TODAY)
    # THEN both are refused, naming the first offending code point
    assert code in errs["judul"] and code in errs["nomor"]


def test_tab_and_newlines_only_in_multiline_fields() -> None:
    # GIVEN tab, CR and LF in the title and in the number
    errs = validate_document(peraturan(judul="Judul\tsatu\r\ndua", nomor="4\t"), today=TODAY)
    # THEN the title (multi-line) is accepted and the number is not, naming the tab
    assert "judul" not in errs
    assert "U+0009" in errs["nomor"]
    # AND printable non-ASCII text (dashes, curly quotes, accents) passes untouched
    assert validate_document(peraturan(judul="Pemilu — “Tahapan” § 5 é"), today=TODAY) == {}


def test_feeder_stays_empty_by_default() -> None:
    # GIVEN the tests' scanner with two sheets
    scanner = SimulatedScanner(feeder_pages=2)
    # WHEN a batch takes them
    assert len(scanner.scan(FEEDER)) == 2
    # THEN the feeder is empty and the next batch says so
    assert scanner.feeder_pages == 0
    with pytest.raises(FeederEmpty):
        scanner.scan(FEEDER)


def test_demo_scanner_refills_its_feeder() -> None:
    # GIVEN the simulated scanner the application builds (demo, --simulate-devices)
    scanner = build_scanner("simulated")
    assert isinstance(scanner, SimulatedScanner) and scanner.auto_refill
    # WHEN batch after batch is scanned
    first = scanner.scan(FEEDER)
    second = scanner.scan(FEEDER)
    # THEN every batch gets a fresh stack of the same size
    assert len(first) == len(second) == 3
    # AND a count loaded by hand is still what the next batch takes
    scanner.load_feeder(5)
    assert len(scanner.scan(FEEDER)) == 5


def test_close_thread_connection_closes_only_the_callers(ctx) -> None:
    from jdih_desktop.store.db import close_thread_connection
    from jdih_desktop.store.models import database_proxy

    db = database_proxy.obj
    # GIVEN the GUI thread's connection is open
    db.connect(reuse_if_open=True)
    seen: dict[str, bool] = {}

    def job() -> None:
        # WHEN a worker thread queries, then closes its connection
        db.execute_sql("SELECT count(*) FROM document").fetchone()
        seen["open_in_job"] = not db.is_closed()
        close_thread_connection()
        seen["closed_after"] = db.is_closed()

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    # THEN the worker's connection was opened and closed, and the caller's is still open
    assert seen == {"open_in_job": True, "closed_after": True}
    assert not db.is_closed()


def test_catalogue_tools_built_once_per_app(services) -> None:
    from jdih_desktop.services.container import catalogue_tools
    from jdih_desktop.services.digitise import DigitiseService
    from jdih_desktop.services.labels import LabelService

    # WHEN two windows ask for the label and digitise services
    labels, digitise = catalogue_tools(services)
    # THEN they are built over the app's catalogue and clock, once
    assert isinstance(labels, LabelService) and isinstance(digitise, DigitiseService)
    assert labels.catalogue is services.catalogue and digitise.clock is services.clock
    assert catalogue_tools(services) == (labels, digitise)


def test_one_indonesian_date_format_everywhere() -> None:
    from jdih_desktop.datefmt import format_date_id, format_datetime_id
    from jdih_desktop.devices.testslip import tanggal
    from jdih_desktop.services import receipts, reports

    moment = dt.datetime(2026, 11, 24, 9, 5)
    # THEN screens, reports, receipts and the printer test slip write the same date
    assert format_date_id(moment.date()) == reports.format_date_id(moment.date()) \
        == receipts.format_date_id(moment.date(), False) == "24 November 2026"
    # AND a receipt's due date carries its weekday, as before
    assert receipts.format_date_id(moment.date()) == "Selasa, 24 November 2026"
    assert format_datetime_id(moment) == receipts.format_datetime_id(moment) \
        == "24 November 2026 09.05"
    assert tanggal(moment) == "Selasa, 24 November 2026 09.05"


@pytest.mark.parametrize(("number", "id_type"), [
    ("6172012345678901", "nik"), ("B1234567", "paspor"), ("A12345678", "paspor"),
    ("1234", "lainnya"), ("9876543210123", "sim"),
])
def test_report_masks_identity_numbers_as_the_slips_do(number: str, id_type: str) -> None:
    from jdih_desktop.services.receipts import print_mask
    from jdih_desktop.services.reports import mask_id

    # THEN a report and a printed slip hide the same digits of the same number
    assert mask_id(number, id_type) == print_mask(number, id_type)
    # AND digits typed in groups are read as one number
    assert mask_id(" ".join([number[:4], number[4:]]), id_type) == print_mask(number, id_type)
