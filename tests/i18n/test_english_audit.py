"""An audit of the English UI: a whole visit with a loan, the returns desk and the catalogue,
driven in English, with no Indonesian word on any of their windows.

``test_english_ui`` catches a text that *has* an English translation but is shown in
Indonesian; this one also catches a sentence that has none (built in code, from data tables,
from a lower layer): every visible text is searched for common Indonesian words.

Kept Indonesian on purpose, and removed before the search:
- data: what the catalogue, the visitor, the officer and the office wrote (document titles and
  kinds, names, the loan rules' names, the office's name and officer title from config.ini);
- a document's citation ("Peraturan: UU No. 7 Tahun 2017", ``services/citations``): the
  identifier the document carries on slips, receipts and the JDIH website, never translated;
- "Bahasa Indonesia", the language button named in its own language;
- the column headings of the holiday CSV file format ("tanggal,nama"), which are the file's
  own keys;
- a published privacy notice's text in Pengaturan → Buku kunjungan, which the administrator
  writes in both languages (the notice the visitor reads follows the visitor's language).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from jdih_desktop.services.sop import Step
from tests.i18n.test_english_ui import _visible_texts, english
from tests.wizard.conftest import (
    catalogue,
    devices,
    main_window,
    open_new_visit,
    press_enter,
    settle,
    sign,
)

__all__ = ["catalogue", "devices", "english", "main_window"]  # fixtures

# A published privacy notice's own text, shown to the administrator who edits it (both
# languages are the office's text, versioned as published).
KEPT_TEXTS = {"noticeVersionText"}

# Words of everyday Indonesian UI text that are not English words.
INDONESIAN = re.compile(
    r"\b(wajib|tidak|gagal|sudah|belum|dokumen|pengunjung|tanggal|kunjungan|berkas|simpan|"
    r"batal|peminjaman|petugas|pilih|tambah|hapus|ubah|dan|atau|yang|untuk|dengan|dari|ini|"
    r"itu|dipinjam|eksemplar|cetak|pindai|sandi|pengguna|lengkap|kembali|keluar|masuk|judul|"
    r"nomor|tahun|jenis|tersedia|pinjam|baca|tempat|selesai|lanjut|kembalikan|cari|semua)\b",
    re.IGNORECASE)


def _data(services) -> list[str]:
    """What people wrote: kept as written in any language (longest first)."""
    from jdih_desktop.services import citations
    from jdih_desktop.store.models import Document, LoanRule, Officer

    office = services.config.office
    out = ["Bahasa Indonesia", office.name, office.unit, office.officer_title,
           office.officer_name, "Ayu Lestari", "Membaca PKPU"]
    for d in Document.select():
        out += [citations.labelled(d.doc_type, d.singkatan_jenis, d.jenis, d.nomor, d.tahun),
                citations.formal_of(d), citations.short_of(d)]
        out += [d.judul, d.jenis, d.singkatan_jenis or "", d.subjek or "", d.teu_badan or ""]
    out += [r.name for r in LoanRule.select()] + [o.full_name for o in Officer.select()]
    # (a short word such as the kind "Buku" is left: stripping it would hide "Buku kunjungan")
    return sorted({t for t in out if t and (" " in t or len(t) >= 8)}, key=len, reverse=True)


def _texts(w: QWidget) -> list[str]:
    """``_visible_texts`` plus read-only rich text (the detail panel) and table cells."""
    out = _visible_texts(w)
    for child in w.findChildren(QTextEdit):
        if child.isReadOnly() and child.objectName() not in KEPT_TEXTS:
            out += child.toPlainText().splitlines()
    for table in w.findChildren(QTableWidget):
        out += [table.item(r, c).text() for r in range(table.rowCount())
                for c in range(table.columnCount()) if table.item(r, c) is not None]
    return out


def _indonesian_words(windows: list[QWidget], data: list[str]) -> list[str]:
    found = set()
    for w in windows:
        for text in _texts(w):
            for kept in data:
                text = text.replace(kept, "")
            if INDONESIAN.search(text):
                found.add(text)
    return sorted(found)


@pytest.fixture
def window(english, request):
    """The main window in English; windows earlier tests left open are noted first."""
    _EARLIER.clear()
    _EARLIER.update(QApplication.topLevelWidgets())
    return request.getfixturevalue("main_window")


_enter = press_enter


_EARLIER: set[QWidget] = set()  # windows other tests left open (not this test's)


def _top_levels(window: QWidget) -> list[QWidget]:
    return [t for t in QApplication.topLevelWidgets()
            if t.isVisible() and (t is window or t not in _EARLIER)]


def test_a_whole_visit_the_returns_desk_and_the_catalogue_show_no_indonesian_word(
        qtbot, window, services, catalogue, devices):
    data = _data(services)
    seen: dict[str, list[str]] = {}

    def look(where: str) -> None:
        found = _indonesian_words(_top_levels(window), data)
        if found:
            seen[where] = found

    # GIVEN the English main window WHEN the officer runs a whole visit with a loan
    look("home")
    open_new_visit(qtbot, window.visit_desk)
    (wizard,) = window.visit_desk.wizards.values()
    qtbot.waitExposed(wizard)
    look("arrival")
    _enter(qtbot, wizard)
    panel = wizard.pages[Step.VISIT_BOOK].panel
    _enter(qtbot, wizard)  # incomplete: the visit book says what is missing
    look("visit book, incomplete")
    for field, text in (("full_name", "Ayu Lestari"), ("id_number", "6172015708900001"),
                        ("phone", "081234567890"), ("purpose", "Membaca PKPU")):
        qtbot.keyClicks(panel.fields[field], text)
        settle(qtbot)
    panel.consent.setChecked(True)
    sign(panel.signature)
    look("visit book")
    panel.fields["phone"].setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.ACCESS
    look("access")
    _enter(qtbot, wizard)
    browse = wizard.pages[Step.BROWSE]
    browse.add_barcode("JDIH0000001")
    settle(qtbot)
    look("browse")
    browse.results.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.LOAN
    loan = wizard.pages[Step.LOAN]
    look("loan")
    with qtbot.waitSignal(devices.printer_worker.printed, timeout=10_000):
        _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: loan.loan is not None)
    qtbot.waitUntil(wizard.btn_next.isEnabled)
    look("loan, saved")
    _enter(qtbot, wizard)
    assert wizard.current is Step.HANDOVER
    wizard.pages[Step.HANDOVER].panel.ack.setChecked(True)
    look("handover")
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.DEPARTURE
    look("departure")
    wizard.btn_next.setFocus()
    _enter(qtbot, wizard)
    assert wizard.current is Step.DOCUMENTATION
    look("documentation")
    look("visits panel")
    wizard.close()
    settle(qtbot)
    # AND opens the returns desk and the catalogue with a document selected
    from jdih_desktop.ui.returns.window import ReturnsWindow

    returns = ReturnsWindow(services, None, None)
    qtbot.addWidget(returns)
    returns.show()
    returns.lookup("JDIH0000001")
    settle(qtbot)
    look("returns")
    returns.close()
    window.open_catalogue()
    settle(qtbot)
    table = next(t for w in _top_levels(window) for t in w.findChildren(QTableView)
                 if t.objectName() == "catalogueTable" and t.isVisible())
    qtbot.waitUntil(lambda: table.model().rowCount() == 4, timeout=10_000)
    table.selectRow(0)
    settle(qtbot)
    detail = next(t for w in _top_levels(window) for t in w.findChildren(QTextEdit)
                  if t.isVisible() and "Title" in t.toPlainText())
    assert "Kind" in detail.toPlainText() or "Number" in detail.toPlainText()
    look("catalogue, a document selected")
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    # THEN no window showed an Indonesian word outside what people wrote
    assert not seen, "Indonesian in the English UI:\n" + "\n".join(
        f"  {where}: {texts}" for where, texts in seen.items())


@pytest.mark.parametrize("action", [
    "actImportCatalogue", "actExportCatalogue", "actReports", "actDevices", "actOfficers",
    "actCalendar", "actRetention", "actVisitBook"])
def test_every_dialog_of_the_menus_shows_no_indonesian_word(qtbot, window, services, action):
    from PySide6.QtGui import QAction

    data = [*_data(services), "tanggal,nama"]  # the holiday CSV's own column headings
    # GIVEN the English main window WHEN the officer opens one of its dialogs
    before = set(QApplication.topLevelWidgets())
    window.findChild(QAction, action).trigger()

    def opened() -> list[QWidget]:
        return [t for t in QApplication.topLevelWidgets()
                if t.isVisible() and t is not window and t not in before]

    qtbot.waitUntil(lambda: bool(opened()))
    settle(qtbot)
    found = _indonesian_words(opened(), data)
    for w in opened():
        w.close()
    # THEN nothing on it is Indonesian outside what people wrote
    assert not found, f"Indonesian in the English UI: {found}"
