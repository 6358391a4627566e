"""The wizard never touches the database on the GUI thread: every page's reads and commits run
as operations on the task manager's database lane. A second Enter while a box is being saved
does nothing, and a failure shows its sentence and leaves the page as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jdih_desktop.services.sop import Step
from jdih_desktop.store.models import Visit
from jdih_desktop.ui.main_window import MainWindow
from tests.wizard.conftest import (
    RETURNING_NIK,
    key_target,
    open_new_visit,
    settle,
    sign,
)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# Service methods that read no database: the visit book's validation checks the typed values
# against the configuration only; ``clock`` is the time; ``cached_setup`` is the visit book's
# settings last read (memory only; the page's load brings the current ones, issue 15).
PURE = {"validate", "clock", "config", "session", "cached_setup"}


class ThreadRecorder:
    """A real service, wrapped: every call is recorded with the thread it ran on, then passed
    on unchanged. ``fail`` makes the next call of one method raise (a database fault);
    ``gate`` makes calls of one method wait until the test opens it."""

    def __init__(self, real: object, name: str, calls: list[tuple[str, str]]) -> None:
        self._real = real
        self._name = name
        self._calls = calls
        self.fail: dict[str, BaseException] = {}
        self.gate: dict[str, threading.Event] = {}

    def __getattr__(self, attr: str):
        value = getattr(self._real, attr)
        if attr.startswith("_") or attr in PURE or not callable(value):
            return value

        def call(*args, **kwargs):
            self._calls.append((f"{self._name}.{attr}", threading.current_thread().name))
            assert threading.current_thread() is not threading.main_thread(), \
                f"{self._name}.{attr} called on the GUI thread"
            if attr in self.gate:
                self.gate[attr].wait(10)
            if attr in self.fail:
                raise self.fail.pop(attr)
            return value(*args, **kwargs)

        return call


@pytest.fixture
def recorded(services):
    """visits, loans, borrowers, skm and catalogue behind recorders (before any window)."""
    calls: list[tuple[str, str]] = []
    wrapped = {}
    for name in ("visits", "loans", "borrowers", "skm", "catalogue"):
        wrapped[name] = ThreadRecorder(getattr(services, name), name, calls)
        setattr(services, name, wrapped[name])
    return calls, wrapped


@pytest.fixture
def window(qtbot, ctx, services, devices, recorded):
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


def _enter(qtbot, wizard) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    settle(qtbot)


def _to_access(qtbot, window) -> object:
    """A returning visitor's visit, driven to the access box through the wizard."""
    wizard = open_new_visit(qtbot, window.visit_desk)
    qtbot.keyClicks(wizard.pages[Step.ARRIVAL].search, RETURNING_NIK)
    _enter(qtbot, wizard)  # goes on once the search on the database lane answered
    assert wizard.current is Step.VISIT_BOOK
    panel = wizard.pages[Step.VISIT_BOOK].panel
    qtbot.keyClicks(panel.fields["purpose"], "Membaca UU Pemilu")
    panel.consent.setChecked(True)
    sign(panel.signature)
    _enter(qtbot, wizard)
    assert wizard.current is Step.ACCESS
    return wizard


def test_a_whole_visit_with_a_loan_never_calls_a_service_on_the_gui_thread(
        qtbot, window, recorded, catalogue, returning_visitor, devices):
    calls, _ = recorded
    # GIVEN a returning visitor at the access box (arrival search, visit book saved)
    wizard = _to_access(qtbot, window)
    # WHEN the officer grants access, a copy is scanned and borrowed, the receipt printed,
    # the handover acknowledged, the visitor leaves and the visit is documented
    _enter(qtbot, wizard)
    assert wizard.current is Step.BROWSE
    browse = wizard.pages[Step.BROWSE]
    browse.add_barcode("JDIH0000001")
    settle(qtbot)
    browse.results.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.LOAN
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=5000):
        _enter(qtbot, wizard)
    settle(qtbot)
    _enter(qtbot, wizard)
    assert wizard.current is Step.HANDOVER
    wizard.pages[Step.HANDOVER].panel.ack.setChecked(True)
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.DOCUMENTATION
    with qtbot.waitSignal(wizard.finished_visit, timeout=5000):
        _enter(qtbot, wizard)
    # THEN the visit is complete, and every service call ran on the database lane
    visit = Visit.get_by_id(wizard.visit.id)
    assert (visit.status, visit.wants_to_borrow) == ("closed", True)
    names = {name for name, _thread in calls}
    for expected in ("visits.open_visit", "visits.find_visitors", "borrowers.summary",
                     "visits.complete_arrival", "visits.save_visit_book", "visits.grant_access",
                     "visits.add_to_selection", "visits.decide_borrow", "loans.quote",
                     "loans.create_loan", "loans.mark_printed", "visits.complete_loan",
                     "visits.acknowledge_handover", "skm.record_departure",
                     "visits.close_visit"):
        assert expected in names, expected
    gui = threading.main_thread().name
    assert not [c for c in calls if c[1] == gui]


def test_a_second_enter_while_saving_saves_once_and_the_page_shows_it_is_busy(
        qtbot, window, recorded, returning_visitor):
    _calls, wrapped = recorded
    # GIVEN the access box, and a database that takes its time to answer
    wizard = _to_access(qtbot, window)
    gate = threading.Event()
    wrapped["visits"].gate["grant_access"] = gate
    # WHEN the officer presses Enter twice (and clicks Lanjut) before the answer
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert wizard.busy and "Menyimpan" in wizard.hint.text()
    assert not wizard.btn_next.isEnabled() and not wizard.btn_back.isEnabled()
    assert wizard.current is Step.ACCESS
    wizard.grab().save(str(Path(qtbot_tmp(qtbot)) / "wizard-busy.png"))
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return)
    wizard.go_next()
    gate.set()
    settle(qtbot)
    # THEN access was granted once, and the wizard went on once
    assert wizard.current is Step.BROWSE and not wizard.busy
    assert Visit.get_by_id(wizard.visit.id).access_at is not None
    calls = [c for c in _calls if c[0] == "visits.grant_access"]
    assert len(calls) == 1


def test_a_failed_save_shows_the_sentence_and_leaves_the_page_as_it_was(
        qtbot, window, recorded, returning_visitor):
    _calls, wrapped = recorded
    # GIVEN a returning visitor at the visit book with the purpose typed
    wizard = open_new_visit(qtbot, window.visit_desk)
    qtbot.keyClicks(wizard.pages[Step.ARRIVAL].search, RETURNING_NIK)
    _enter(qtbot, wizard)
    page = wizard.pages[Step.VISIT_BOOK]
    qtbot.keyClicks(page.panel.fields["purpose"], "Membaca UU Pemilu")
    page.panel.consent.setChecked(True)
    sign(page.panel.signature)
    # WHEN the database is locked by another writer while the visit book is saved
    wrapped["visits"].fail["save_visit_book"] = peewee.OperationalError("database is locked")
    _enter(qtbot, wizard)
    # THEN the wizard stays on the visit book, with everything the visitor typed and signed,
    # the banner says what happened in a sentence, and nothing was stored
    assert wizard.current is Step.VISIT_BOOK and not wizard.busy
    assert page.panel.fields["purpose"].toPlainText() == "Membaca UU Pemilu"
    assert page.panel.consent.isChecked() and not page.panel.signature.is_empty
    assert wizard.banner.isVisible() and wizard.banner.text()
    assert "OperationalError" not in wizard.banner.text()
    visit = Visit.get_by_id(wizard.visit.id)
    assert visit.step == "VISIT_BOOK" and visit.visit_book_at is None
    wizard.grab().save(str(Path(qtbot_tmp(qtbot)) / "wizard-error.png"))
    # AND pressing Enter again saves it
    _enter(qtbot, wizard)
    assert wizard.current is Step.ACCESS
    assert Visit.get_by_id(wizard.visit.id).visit_book_at is not None


def test_a_failed_page_load_keeps_the_current_page(qtbot, window, recorded, catalogue,
                                                   returning_visitor):
    _calls, wrapped = recorded
    # GIVEN the access box
    wizard = _to_access(qtbot, window)
    # WHEN access is granted but reading the browse page's list fails
    wrapped["visits"].fail["selection"] = peewee.OperationalError("server closed the connection")
    _enter(qtbot, wizard)
    # THEN the access page stays (access itself was stored), the banner says why and offers
    # to try again, and the next Enter reads the browse page again instead of granting twice
    assert Visit.get_by_id(wizard.visit.id).access_at is not None
    assert wizard.current is Step.ACCESS and "coba lagi" in wizard.banner.text().lower()
    _enter(qtbot, wizard)
    assert wizard.current is Step.BROWSE
    assert [c for c, _t in _calls].count("visits.grant_access") == 1


def qtbot_tmp(qtbot) -> str:
    """Where a test's screenshots go: the test's own temporary folder, or docs/screenshots
    with JDIH_SCREENSHOTS=1 (the project's rule for committed screenshots)."""
    import os
    import tempfile

    if os.environ.get("JDIH_SCREENSHOTS") == "1":
        return str(SHOTS)
    return tempfile.mkdtemp(prefix="wizard-shots-")


def test_each_saved_box_is_announced_so_other_windows_refresh(qtbot, window, recorded,
                                                              returning_visitor):
    from PySide6.QtWidgets import QWidget

    from jdih_desktop.ui.operations import Change, hub

    # GIVEN another window that shows visits, subscribed to the change hub (no wiring)
    other = QWidget()
    qtbot.addWidget(other)
    heard: list[Change] = []
    hub().subscribe(other, Change.VISITS, heard.append)
    # WHEN the wizard saves the visit book and grants access
    wizard = _to_access(qtbot, window)
    before = len(heard)
    _enter(qtbot, wizard)
    # THEN each saved box was announced, and the visits-in-progress list shows the new step
    assert before >= 2 and len(heard) == before + 1
    assert all(c & Change.VISITS for c in heard)
    qtbot.waitUntil(lambda: any(r.step is Step.BROWSE for r in window.visit_desk.panel.rows))
