"""The app in English: the real main window with the English translator, and ``--lang``."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.ui.application import install_translator
from jdih_desktop.ui.formats import LANGUAGE_PROPERTY
from jdih_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "jdih_desktop" / "i18n" / "jdih_en.ts"


@pytest.fixture
def english(qapp):
    """The English translator installed as app.run_gui installs it; removed afterwards so the
    rest of the session stays Indonesian."""
    locale_before = QLocale()
    translator = install_translator(qapp, "en")
    assert translator is not None, "jdih_en.qm did not load"
    yield translator
    qapp.removeTranslator(translator)
    qapp.setProperty(LANGUAGE_PROPERTY, "id")
    QLocale.setDefault(locale_before)


@pytest.fixture
def main_window(qtbot, ctx, services, english):
    pw, sw = PrinterWorker(None), ScannerWorker(None)
    w = MainWindow(ctx, services, pw, sw)
    qtbot.addWidget(w)
    w.show()
    yield w
    pw.shutdown()
    sw.shutdown()


def _indonesian_only_sources() -> set[str]:
    """Source strings whose English text differs (so seeing one means it was not translated)."""
    out = set()
    for m in ET.parse(TS).getroot().iter("message"):
        tr = m.find("translation")
        if m.get("numerus") != "yes" and tr.text and tr.text != m.findtext("source"):
            out.add(m.findtext("source").replace("&", ""))
    return out


def _visible_texts(w: QWidget) -> list[str]:
    """Every text a person sees or hears on a window: titles, menus, labels, buttons, group
    boxes, tabs, combo box items, list items, table headers, placeholders, tooltips and
    accessible names."""
    texts = [w.windowTitle()]
    if isinstance(w, QMainWindow):
        for menu in w.menuBar().findChildren(QMenu):
            texts.append(menu.title())
            texts += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    for child in w.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
        elif isinstance(child, (QTableView, QTreeView)) and child.model() is not None:
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    return [t.replace("&", "") for t in texts if t]


def _mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter mnemonics used twice among the visible labels, buttons and group boxes."""
    keys: dict[str, list[str]] = {}
    for child in window.findChildren(QWidget):
        if not child.isVisible():
            continue  # hidden tab pages do not react to their mnemonics
        if isinstance(child, (QLabel, QAbstractButton)):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        else:
            continue
        if isinstance(child, QLabel) and QtGui.Qt.mightBeRichText(text):
            continue  # rich text shows '&' literally
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


def test_main_window_speaks_english(main_window):
    # GIVEN the English translator and a real main window on a fresh database (fixtures)
    w = main_window
    # WHEN the officer looks at the menu bar, the big buttons and the status bar
    menus = {m.objectName(): m.title() for m in w.menuBar().findChildren(QMenu)}
    # THEN they read English, with English accelerators
    assert menus["menuFile"] == "&File"
    assert menus["menuService"] == "&Services"
    assert menus["menuCatalogue"] == "&Catalogue"
    assert menus["menuReports"] == "&Reports"
    assert menus["menuSettings"] == "Se&ttings"
    assert menus["menuHelp"] == "&Help"
    assert w.act_new_visit.text() == "&New visit"
    assert w.act_quit.text() == "&Quit"
    assert w.btn_new_visit.text().splitlines() == ["New visit", "Ctrl+N"]
    assert w.btn_returns.text().splitlines() == ["Returns", "F8"]
    assert w.btn_catalogue.text().splitlines() == ["Catalogue", "Ctrl+K"]
    assert w.btn_reports.text().splitlines() == ["Reports", "Ctrl+L"]
    assert w.btn_new_visit.accessibleName() == "New visit"
    assert w.windowTitle().startswith("JDIH Desktop — JDIH Library ")
    assert w.device_mode_label.text() == "Devices: simulated"


@pytest.mark.parametrize("action", [
    None, "actNewVisit", "actReturns", "actCatalogue", "actImportCatalogue",
    "actExportCatalogue", "actReports", "actDevices", "actOfficers", "actCalendar",
    "actRetention", "actVisitBook"])
def test_no_translated_indonesian_text_left_on_any_window(qtbot, main_window, action):
    # GIVEN the English main window (home dashboard and visits panel included)
    indonesian = _indonesian_only_sources()
    windows = [main_window]
    if action is not None:
        # WHEN the officer opens one of its windows or dialogs (menu action / shortcut)
        before = set(QApplication.topLevelWidgets())
        main_window.findChild(QAction, action).trigger()

        def opened() -> list[QWidget]:
            return [t for t in QApplication.topLevelWidgets()
                    if t.isVisible() and t is not main_window and t not in before]

        qtbot.waitUntil(lambda: bool(opened()))
        windows = opened()
    # THEN no text on it is an Indonesian source that has an English translation (a hit
    # means a tr() whose context is not the one in the .ts, or a text set from data that is
    # shown from data without translate_text)
    leftovers = sorted({t for w in windows for t in _visible_texts(w) if t in indonesian})
    # and the English accelerators (Alt+letter) of one window do not clash
    clashes = {w.objectName(): _mnemonic_clashes(w) for w in windows}
    for w in windows:
        if w is not main_window:
            w.close()
    assert not leftovers, f"still Indonesian in English mode: {leftovers}"
    assert not any(clashes.values()), f"accelerators used twice: {clashes}"


def test_menu_accelerators_do_not_clash_in_english(main_window):
    # GIVEN the English menu bar
    bar = main_window.menuBar()

    def key(text: str) -> str | None:
        i = text.replace("&&", "").find("&")
        return text.replace("&&", "")[i + 1].lower() if i >= 0 else None

    # WHEN the Alt+letter of each menu title, and of each action inside one menu, is taken
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    assert len(menus) >= 6
    groups = {"menu bar": [m.title() for m in menus]}
    groups |= {m.title(): [a.text() for a in m.actions() if a.text()] for m in menus}
    # THEN no two entries of one group share a letter, and each has one
    for group, texts in groups.items():
        keys = [key(t) for t in texts]
        assert None not in keys, f"{group}: an entry has no accelerator: {texts}"
        assert len(set(keys)) == len(keys), f"{group}: accelerators clash: {texts}"


# The real command line, in a child process: run_gui installs a translator and an excepthook
# for the whole process, which must not leak into this test session.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from jdih_desktop.cli import main
from jdih_desktop.ui.application import create_application

app = create_application(sys.argv[:1])

def report():
    shown = {w.objectName(): w for w in app.topLevelWidgets() if w.isVisible()}
    first = shown.get("firstAdminDialog")
    if first is not None:  # a new data folder: the person creates its administrator first
        page = first.page
        for field, text in ((page.full_name, "Admin Uji"), (page.username, "admin.uji"),
                            (page.password, "uji-rahasia-2026"),
                            (page.password2, "uji-rahasia-2026")):
            field.setText(text)
        print("FIRST=" + first.windowTitle(), flush=True)
        first.findChild(QPushButton, "btnCreateAdmin").click()
        QTimer.singleShot(0, report)
        return
    w = shown.get("mainWindow")
    if w is None:
        QTimer.singleShot(20, report)
        return
    print("MENUS=" + "|".join(a.text() for a in w.menuBar().actions()), flush=True)
    w.close()
    app.quit()

QTimer.singleShot(0, report)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(("config_language", "cli", "expected"), [
    ("id", ["--lang", "en"], "&File|&Services|&Catalogue|&Reports|Se&ttings|&Help"),
    ("en", ["--lang", "id"], "&Berkas|&Layanan|&Katalog|La&poran|Pen&gaturan|Ban&tuan"),
    ("en", [], "&File|&Services|&Catalogue|&Reports|Se&ttings|&Help"),
])
def test_lang_option_overrides_config_for_one_run(data_dir, config_language, cli, expected):
    # GIVEN a data folder whose config.ini asks for one language
    data_dir.mkdir(parents=True)
    (data_dir / "config.ini").write_text(
        f"[app]\nlanguage = {config_language}\nsetup_done = yes\n", encoding="utf-8")
    # WHEN jdih-desktop starts through its command line, with or without --lang
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", DRIVER, "--data-dir", str(data_dir), "--simulate-devices", *cli],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    # THEN the main window's menus are in the language of --lang, else of config.ini
    assert run.returncode == 0, run.stderr
    assert f"MENUS={expected}" in run.stdout.splitlines(), run.stdout + run.stderr
    # and config.ini itself is left as it was (the option lasts one run)
    assert f"language = {config_language}" in (data_dir / "config.ini").read_text("utf-8")


def test_home_dates_and_durations_follow_the_interface_language(qtbot, services, clock,
                                                                english):
    # GIVEN the English translator and a visitor who arrived 95 minutes ago
    from jdih_desktop.store.models import Visit
    from jdih_desktop.ui.dashboard import Dashboard
    from jdih_desktop.ui.formats import format_elapsed, ui_date, ui_datetime
    from jdih_desktop.ui.visits_panel import VisitsPanel

    Visit.create(arrived_at=clock(), status="open", step="VISIT_BOOK")
    clock.advance(minutes=95)
    # WHEN the home dashboard and the visits list show
    d = Dashboard(services.reports, interval_ms=0)
    qtbot.addWidget(d)
    with qtbot.waitSignal(d.refreshed, timeout=10_000):
        d.show()
    panel = VisitsPanel(services.visits, services.clock)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.rows))  # read on the database lane
    # THEN the date, the month and the time since arrival read English, not Indonesian
    assert "Tuesday, 24 November 2026" in d.heading.text()
    assert d.chart_title.text().startswith("Visits in November 2026")
    assert panel.table.item(0, 4).text() == "1 h 35 min"
    assert format_elapsed(dt.timedelta(seconds=10)) == "just now"
    assert ui_date(dt.date(2026, 12, 1), with_weekday=True) == "Tuesday, 1 December 2026"
    assert ui_datetime(dt.datetime(2026, 8, 17, 9, 5)) == "17 August 2026 09:05"
    d.shutdown()


def test_service_and_device_errors_read_english_in_the_english_ui(qtbot, services, english):
    """Messages defined below the UI are marked where they are defined and translated at
    display: the English UI shows none of their Indonesian sentences."""
    from PySide6.QtWidgets import QPushButton

    from jdih_desktop.devices.base import PaperJam
    from jdih_desktop.ui.errors import describe_error
    from jdih_desktop.ui.officers import OfficersDialog
    from jdih_desktop.ui.returns.window import ReturnsWindow

    indonesian = _indonesian_only_sources()
    # GIVEN the English Officers dialog WHEN an officer is saved without a name
    dialog = OfficersDialog(services.officers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)
    qtbot.mouseClick(dialog.findChild(QPushButton, "btnOfficerAdd"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "btnOfficerSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)  # the save is refused on the database lane
    # THEN the service's validation message reads English
    assert dialog.feedback.text() == "The officer's full name is required."
    # GIVEN the English returns desk WHEN an unknown copy barcode is scanned
    returns = ReturnsWindow(services, None, None)
    qtbot.addWidget(returns)
    returns.show()
    returns.lookup("JDIH9999999")
    # THEN the service's sentence is English, with the value filled in
    assert returns.status_label.text() == ("Copy JDIH9999999 is not in the catalogue — check "
                                           "the barcode.")
    # AND a device's error becomes an English sentence through the one error function
    assert describe_error(PaperJam(), log_it=False).startswith("Paper jam — open the cover")
    # AND nothing on either window is an Indonesian sentence that has a translation
    seen = _visible_texts(dialog) + _visible_texts(returns)
    assert not [t for t in seen if t in indonesian]
    # AND the message kept for logs and paper stays Indonesian
    assert PaperJam().message.startswith("Kertas macet")


def test_sign_in_and_visit_errors_read_english_in_the_english_ui(qtbot, services, english):
    """Sentences the accounts and visits services raise (marked in this pass) are English."""
    from jdih_desktop.errors import JdihError
    from jdih_desktop.ui.accounts import SignInDialog
    from jdih_desktop.ui.errors import describe_error
    from tests.conftest import ADMIN_USER, sign_in_admin

    indonesian = _indonesian_only_sources()
    # GIVEN the English sign-in window WHEN a wrong password is typed
    services.accounts.sign_out()
    dialog = SignInDialog(services.accounts, "KPU Kota Singkawang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, ADMIN_USER)
    qtbot.keyClicks(dialog.password, "bukan-ini")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # THEN the accounts service's refusal reads English, and nothing on it is Indonesian
    qtbot.waitUntil(lambda: dialog.error.text() == "Wrong user name or password.", timeout=5000)
    assert not [t for t in _visible_texts(dialog) if t in indonesian]
    # AND a refusal because nobody is signed in names what was refused, in English
    with pytest.raises(JdihError) as caught:
        services.visits.load(987654)
    assert describe_error(caught.value, log_it=False) == "Sign in first to open a visit's data."
    # AND, signed in, a visit that does not exist is told in English with its number filled in
    sign_in_admin(services)
    with pytest.raises(JdihError) as caught:
        services.visits.load(987654)
    assert describe_error(caught.value, log_it=False) == "Visit number 987654 was not found."
    assert caught.value.message == "Kunjungan nomor 987654 tidak ditemukan."  # logs: Indonesian
