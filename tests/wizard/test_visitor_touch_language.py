"""The visitor screen for a finger and in the visitor's own language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

from jdih_desktop.services.sop import Step
from jdih_desktop.ui.main_window import MainWindow
from jdih_desktop.ui.widgets.touch import FLOOR_PX, target_px
from jdih_desktop.ui.widgets.visitor_language import convert
from tests.wizard.conftest import open_new_visit, settle


@pytest.fixture
def window(qtbot, ctx, services, devices):
    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.visit_desk.shutdown()


def _visit_book_on_visitor_screen(qtbot, window):
    window.visit_desk.visitor_screen_enabled = True
    wizard = open_new_visit(qtbot, window.visit_desk)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    settle(qtbot)
    assert wizard.current is Step.VISIT_BOOK
    screen = window.visit_desk.visitor_screen
    panel = wizard.pages[Step.VISIT_BOOK].panel
    assert screen.current_part is panel
    return wizard, screen, panel


def test_nine_millimetres_in_logical_pixels(qapp):
    screen = qapp.primaryScreen()
    px = target_px(screen)
    dpi = screen.physicalDotsPerInch() / screen.devicePixelRatio()
    assert px >= FLOOR_PX and (px == FLOOR_PX or abs(px - 9 / 25.4 * dpi) <= 1)
    assert target_px(None) == FLOOR_PX


def test_visitor_targets_type_and_signature_pad_are_sized_for_touch(qtbot, window):
    wizard, screen, panel = _visit_book_on_visitor_screen(qtbot, window)
    qtbot.waitUntil(screen.isVisible)
    target = target_px(screen.screen())
    # THEN every button, field and choice the visitor touches is at least ~9 mm high
    touched = [w for kind in (QAbstractButton, QComboBox, QLineEdit)
               for w in panel.findChildren(kind)]
    assert len(touched) >= 8
    for w in touched:
        if w.isVisible():
            assert w.height() >= target, (w.objectName(), w.height(), target)
    assert screen.done.height() >= target
    assert panel.consent.width() >= target and panel.consent.height() >= target
    # AND the signature pad is tall, the type large
    assert panel.signature.minimumHeight() >= 200
    assert panel.fields["full_name"].font().pointSizeF() >= 14
    # WHEN the part goes back to the officer's wizard THEN it is desk-sized again
    wizard.chk_visitor_screen.setChecked(False)
    assert screen.current_part is None
    assert panel.signature.minimumHeight() < 200
    assert panel.fields["full_name"].font().pointSizeF() < 14


def test_the_visitor_chooses_english_while_the_officer_stays_indonesian(qtbot, window):
    wizard, screen, panel = _visit_book_on_visitor_screen(qtbot, window)
    assert screen.language == "id"
    # WHEN the visitor taps "English" on their screen
    qtbot.mouseClick(screen.language_buttons["en"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    # THEN their screen speaks English: labels, choices, placeholders, the notice, the button
    assert screen.done.text() == convert("Selesai", "en") != "Selesai"
    assert "JDIH Library" in screen.header.text()
    assert "Privacy notice" in panel.notice.toPlainText()
    assert panel.fields["category"].currentText() == convert(
        panel.fields["category"].itemText(0), "en")
    assert "privacy notice" in panel.findChild(QLabel, "consentLabel").text().lower()
    assert panel.fields["id_number"].placeholderText() == convert(
        "16 angka NIK, mis. 6172015708900001", "en") != "16 angka NIK, mis. 6172015708900001"
    # AND what the visitor types is left alone, while the live list follows their language
    qtbot.keyClicks(panel.fields["full_name"], "Ayu")
    settle(qtbot)
    qtbot.waitUntil(lambda: "Belum lengkap" not in panel.summary.text())
    assert panel.fields["full_name"].text() == "Ayu"
    # AND the officer's own window stays Indonesian
    assert wizard.btn_next.text() == "Lanjut"
    # WHEN the part goes back to the officer THEN it is Indonesian again
    wizard.chk_visitor_screen.setChecked(False)
    assert "Pemberitahuan Privasi" in panel.notice.toPlainText()
    assert panel.summary.text().startswith("Belum lengkap")


def test_the_next_visitor_starts_in_the_desk_language(qtbot, window):
    wizard, screen, _panel = _visit_book_on_visitor_screen(qtbot, window)
    screen.choose_language("en")
    wizard.leave()
    qtbot.waitUntil(lambda: screen.language == "id")
    assert screen.language_buttons["id"].isChecked()
