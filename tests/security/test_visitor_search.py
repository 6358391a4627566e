"""The visitor searches the catalogue on their own screen: public facts only, no borrower, no
editing; the document they pick shows up on the officer's desk."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from jdih_desktop.services.visitor_catalogue import PublicDocument
from tests.security.test_kiosk import window  # noqa: F401
from tests.wizard.conftest import catalogue, devices, open_new_visit, returning_visitor  # noqa: F401


def test_visitor_search_shows_no_borrower_and_tells_the_desk(qtbot, window, services,  # noqa: F811
                                                             catalogue, returning_visitor):  # noqa: F811
    # GIVEN a copy on loan to a returning visitor
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id, returning_visitor)
    rule = services.loans.rules()[1]
    services.loans.create_loan(None, rule.id, [catalogue["JDIH0000001"]],
                               visitor_id=returning_visitor)
    # WHEN the visitor screen is open with nothing lent (box 5: the visitor searches), and the
    # visitor searches "pemilu"
    wizard = open_new_visit(qtbot, window.visit_desk)
    wizard.chk_visitor_screen.setChecked(True)
    screen = window.visit_desk.visitor_screen
    screen.open_on_best_screen()  # (it opened at the visit book; the wizard lends nothing now)
    qtbot.waitExposed(screen)
    assert screen.search_box.isVisible()
    qtbot.keyClicks(screen.search, "pemilu")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.results.count() > 0, timeout=5000)
    # THEN the results say availability, never who borrowed, and offer no editing
    texts = [screen.results.item(i).text() for i in range(screen.results.count())]
    assert any("Pemilihan Umum" in t for t in texts)
    assert any("0 dari 1 eksemplar tersedia" in t for t in texts)
    for t in texts:
        assert "Siti" not in t and "Rahmawati" not in t and "KB-" not in t
    fields = {f.name for f in dataclasses.fields(PublicDocument)}
    assert fields == {"id", "label", "judul", "status", "lokasi", "available", "copies"}
    own_buttons = {b.objectName() for b in screen.search_box.findChildren(QPushButton)}
    assert own_buttons == {"visitorSearchButton", "visitorPick"}
    assert [e.objectName() for e in screen.search_box.findChildren(QLineEdit)] == ["visitorSearch"]
    # WHEN the visitor picks the first result
    with qtbot.waitSignal(window.visit_desk.message, timeout=3000) as said:
        qtbot.mouseClick(screen.pick, Qt.MouseButton.LeftButton)
    # THEN the officer sees it on the desk and the screen confirms it to the visitor
    picked = screen._results[0]
    assert picked.label in said.args[0]
    assert window.visit_desk.visitor_requests[-1].id == picked.id
    assert "Permintaan dikirim ke petugas" in screen.message.text()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=3000)
    assert picked.label in window.statusBar().currentMessage()

