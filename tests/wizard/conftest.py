"""Fixtures for the SOP wizard: simulated devices on their worker threads, a small catalogue,
a returning visitor, and helpers that drive real widgets the way a person does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from jdih_desktop.devices.simulated import SimulatedPrinter, SimulatedScanner
from jdih_desktop.devices.worker import PrinterWorker, ScannerWorker
from jdih_desktop.services.visits import fold_name
from jdih_desktop.store.models import Copy, Document, Visit, Visitor

RETURNING_NIK = "6172015708900001"  # Singkawang (61 72), born 17-08-1990, a woman (57 = 17+40)


@dataclass
class Devices:
    printer: SimulatedPrinter
    scanner: SimulatedScanner
    printer_worker: PrinterWorker
    scanner_worker: ScannerWorker


@pytest.fixture
def devices(ctx):
    printer, scanner = SimulatedPrinter(), SimulatedScanner()
    pw, sw = PrinterWorker(printer), ScannerWorker(scanner)
    yield Devices(printer, scanner, pw, sw)
    pw.shutdown()
    sw.shutdown()


@pytest.fixture
def catalogue(ctx) -> dict[str, int]:
    """Four documents; copy barcodes JDIH0000001.. (JDIH0000004 must be read on site)."""
    docs = [
        ("peraturan", "Undang-Undang", "UU", "7", 2017, "Pemilihan Umum", "PEMILU"),
        ("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU", "4", 2021,
         "Perubahan Ketiga atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata "
         "Kerja Komisi Pemilihan Umum", "TATA KERJA"),
        ("monografi", "Buku", None, None, 2019, "Hukum Pemilu di Indonesia: Sebuah Pengantar",
         "HUKUM PEMILU"),
        ("putusan", "Putusan Mahkamah Konstitusi", "Putusan MK", "90/PUU-XXI/2023", 2023,
         "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum", "PENGUJIAN"),
    ]
    barcodes = {}
    for i, (t, jenis, sj, no, th, judul, subj) in enumerate(docs, 1):
        d = Document.create(doc_type=t, jenis=jenis, singkatan_jenis=sj, nomor=no, tahun=th,
                            judul=judul, subjek=subj)
        c = Copy.create(document=d, barcode=f"JDIH{i:07d}", shelf=f"Rak A-{i}",
                        read_on_site=(i == 4))
        barcodes[c.barcode] = c.id
    return barcodes


@pytest.fixture
def returning_visitor(ctx) -> int:
    v = Visitor.create(full_name="Siti Rahmawati", id_type="nik", id_number=RETURNING_NIK,
                       institution="Universitas Tanjungpura", address="Jl. Diponegoro 12, "
                       "Singkawang", phone="+6281234567890", email="siti@contoh.ac.id",
                       category="pelajar", name_search=fold_name("Siti Rahmawati"))
    Visit.create(visitor=v, step="CLOSED", status="closed",
                 arrived_at=dt.datetime(2026, 10, 1, 10, 0))
    return v.id


def sign(pad: QWidget, offset: int = 0) -> None:
    """Draw a stroke on a signature pad with real mouse events (press, moves, release)."""
    points = [QPoint(30 + offset, 60), QPoint(80 + offset, 30), QPoint(130 + offset, 90),
              QPoint(190 + offset, 40)]

    def send(kind, pos, buttons):
        ev = QMouseEvent(kind, QPointF(pos), QPointF(pad.mapToGlobal(pos)),
                         Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, ev)

    send(QMouseEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for p in points[1:]:
        send(QMouseEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def settle(qtbot, timeout: int = 10000) -> None:
    """Wait until every operation and background job has answered on the GUI thread (the
    wizard saves and reads on the database lane; a person waits for the page to answer)."""
    from jdih_desktop.ui.operations import running_operations
    from jdih_desktop.ui.taskman import taskman

    qtbot.wait(5)  # timers of 0 ms (first searches, page pre-building) fire first
    qtbot.waitUntil(lambda: running_operations() == 0 and taskman().pending() == 0,
                    timeout=timeout)


def open_new_visit(qtbot, desk) -> QWidget:
    """The desk's "Kunjungan baru": wait for the visit to be stored and its wizard shown."""
    with qtbot.waitSignal(desk.wizard_opened, timeout=10000) as blocker:
        desk.new_visit()
    settle(qtbot)
    return blocker.args[0]


def key_target(window: QWidget) -> QWidget:
    """Where a physical key press would land: the focused widget of that window."""
    fw = QApplication.focusWidget()
    return fw if fw is not None and fw.window() is window else window


def press_enter(qtbot, wizard, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Enter where the keyboard focus is, as a person presses it, then wait for the answer."""
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(key_target(wizard), Qt.Key.Key_Return, modifier)
    settle(qtbot)


@pytest.fixture
def main_window(qtbot, ctx, services, devices):
    """The desk's main window on the test database, shown; its visit desk shut afterwards."""
    from jdih_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx, services, devices.printer_worker, devices.scanner_worker)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.visit_desk.shutdown()


@dataclass
class OfficerActions:
    """Counts what the officer does: one click, one shortcut or Enter, one barcode scan, or
    one typed entry (a field filled, however many characters); after each, waits as a person
    does until the window has answered (saves and reads run on the database lane). The
    visitor's own typing, ticking and signing on the visitor screen are not the officer's work
    and are not counted."""

    qtbot: object
    log: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.log)

    def click(self, widget: QWidget, what: str = "") -> None:
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.log.append(f"click {what or widget.objectName()}")
        settle(self.qtbot)

    def key(self, window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier,
            what: str = "") -> None:
        self.qtbot.keyClick(key_target(window), key, modifier)
        self.log.append(f"key {what or key.name}")
        settle(self.qtbot)

    def type(self, widget: QWidget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.log.append(f"type {widget.objectName()}")
        settle(self.qtbot)

    def scan(self, window: QWidget, barcode: str) -> None:
        """A keyboard-wedge scanner: the barcode's keys in a burst, then Enter."""
        target = key_target(window)
        self.qtbot.keyClicks(target, barcode)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)
        self.log.append(f"scan {barcode}")
        settle(self.qtbot)


def ink_png() -> bytes:
    """A small signature-like PNG (transparent background, one stroke of ink)."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (120, 60), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(5, 50), (60, 5), (115, 55)], fill=(0, 0, 80, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
