"""Pengaturan Perangkat: choose the receipt printer and the scanner, try them, save.

Everything that touches a device runs on that device's worker thread (``PrinterWorker`` /
``ScannerWorker``): discovery, test scans, previews and test prints. The dialog only submits
jobs and reacts to queued signals, so a printer that hangs never freezes the window. A test
uses the device typed in the dialog (not yet saved) on the worker's own thread — SANE needs
all calls on one thread, and that thread is the scanner worker's.

Saving writes config.ini (``AppConfig.save``) and hands the new devices to the running workers
(``set_device``); the old devices are closed on their worker threads.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.config import AppConfig, DevicesConfig
from jdih_desktop.devices.base import BadDeviceSpec, DeviceError, PrintResult, ScanSettings
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.ui.errors import error_sentence
from jdih_desktop.ui.operations.settings import save_config
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.naming import named
from jdih_desktop.ui.widgets.status import StatusLabel
from jdih_desktop.ui.widgets.style import ERROR_TEXT, PALETTE
from jdih_desktop.ui.widgets.titles import window_title

log = logging.getLogger(__name__)

PROFILES = ("default", "TM-T20II", "TM-T88V", "TM-T82II", "RP-F10-80mm", "POS-5890", "ZJ-5870",
            "simple")
CODEPAGES = (
    ("ascii", QT_TRANSLATE_NOOP("PrinterSettings", "ASCII (huruf beraksen dilipat: é → e)")),
    ("cp858", QT_TRANSLATE_NOOP("PrinterSettings", "CP858 (Latin-1 + €)")),
    ("cp850", QT_TRANSLATE_NOOP("PrinterSettings", "CP850 (Latin-1)")),
    ("cp1252", QT_TRANSLATE_NOOP("PrinterSettings", "CP1252 (Windows Latin)")),
)
PAPER_WIDTHS = (
    (58, QT_TRANSLATE_NOOP("PrinterSettings", "58 mm (struk kecil)")),
    (80, QT_TRANSLATE_NOOP("PrinterSettings", "80 mm (struk standar)")),
    (148, QT_TRANSLATE_NOOP("PrinterSettings", "A5 (printer biasa / PDF)")),
    (210, QT_TRANSLATE_NOOP("PrinterSettings", "A4 (printer biasa / PDF)")),
)


class DeviceSettingsDialog(QDialog):
    """Pick, test and save the printer and scanner."""

    saved = Signal(str, str)  # printer spec, scanner spec

    def __init__(self, config: AppConfig, printer_worker: Any, scanner_worker: Any, *,
                 cache_dir: Path | None = None, discover: bool = True,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.cache_dir = cache_dir
        self._clock = clock
        self._jobs: dict[int, str] = {}  # job id -> what it was ("scan", "print", ...)
        self.last_scan: list[Any] = []
        self.last_print: PrintResult | None = None
        self.setObjectName("deviceSettingsDialog")
        self.setWindowTitle(window_title(self.tr("Pengaturan Perangkat")))
        self.setModal(True)
        fit_window(self, "deviceSettings", (980, 640))
        self._build()
        self._load(config.devices)
        for worker, slot in ((printer_worker, self._on_printer_done),
                             (scanner_worker, self._on_scanner_done)):
            worker.succeeded.connect(slot)
            worker.failed.connect(self._on_failed)
        scanner_worker.progress.connect(self._on_scan_progress)
        if discover:
            self.refresh_devices()

    # ------------------------------------------------------------------ building
    _named = staticmethod(named)  # the kit's one naming helper

    def _combo(self, name: str, accessible: str, editable: bool = False) -> QComboBox:
        box = QComboBox()
        box.setEditable(editable)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._named(box, name, accessible)
        return box

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text)
        self._named(b, name, text.replace("&", ""))
        b.clicked.connect(slot)
        return b

    def _preview_area(self, name: str, placeholder: str) -> tuple[QScrollArea, QLabel]:
        label = QLabel(placeholder)
        label.setObjectName(name)
        label.setAccessibleName(placeholder)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setMinimumSize(300, 320)
        label.setStyleSheet(f"QLabel {{ background: {PALETTE.alternate}; "
                            f"color: {PALETTE.text_muted}; }}")
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(label)
        return area, label

    def _build(self) -> None:
        root = QVBoxLayout(self)
        columns = QHBoxLayout()
        root.addLayout(columns, 1)

        # --- printer
        pbox = QGroupBox(self.tr("Printer struk"))
        pbox.setObjectName("printerGroup")
        pform = QFormLayout()
        self.printer_combo = self._combo("printerCombo", self.tr("Printer"), editable=True)
        self.printer_combo.setToolTip(self.tr(
            "Pilih dari daftar atau ketik alamat: network:IP:9100, usb:VID:PID, "
            "serial:PORT:BAUD, win32:NAMA, file:PATH, pdf:PATH, qt:NAMA, simulated"))
        pform.addRow(self.tr("&Printer:"), self.printer_combo)
        self.paper_combo = self._combo("paperWidthCombo", self.tr("Lebar kertas"))
        for mm, label in PAPER_WIDTHS:
            self.paper_combo.addItem(translate_text(label), mm)
        pform.addRow(self.tr("&Lebar kertas:"), self.paper_combo)
        self.profile_combo = self._combo("profileCombo", self.tr("Profil printer"), editable=True)
        self.profile_combo.addItems(PROFILES)
        pform.addRow(self.tr("P&rofil:"), self.profile_combo)
        self.codepage_combo = self._combo("codepageCombo", self.tr("Tabel karakter"))
        for code, label in CODEPAGES:
            self.codepage_combo.addItem(translate_text(label), code)
        pform.addRow(self.tr("&Tabel karakter:"), self.codepage_combo)
        pbuttons = QHBoxLayout()
        self.btn_test_print = self._button(self.tr("Uji &cetak"), "btnTestPrint",
                                           self.test_print)
        pbuttons.addWidget(self.btn_test_print)
        pbuttons.addStretch(1)
        pform.addRow(pbuttons)
        self.printer_status = QLabel(self.tr("Status: belum diuji"))
        self._named(self.printer_status, "printerStatus", self.tr("Status printer"))
        self.printer_status.setWordWrap(True)
        pform.addRow(self.printer_status)
        pcol = QVBoxLayout()
        pcol.addLayout(pform)
        parea, self.print_preview = self._preview_area("printPreview",
                                                       self.tr("Pratinjau struk uji"))
        pcol.addWidget(parea, 1)
        pbox.setLayout(pcol)
        columns.addWidget(pbox, 1)

        # --- scanner
        sbox = QGroupBox(self.tr("Pemindai"))
        sbox.setObjectName("scannerGroup")
        sform = QFormLayout()
        self.scanner_combo = self._combo("scannerCombo", self.tr("Pemindai"), editable=True)
        self.scanner_combo.setToolTip(self.tr("Pilih dari daftar atau ketik: sane:PERANGKAT, "
                                              "wia:ID, simulated"))
        sform.addRow(self.tr("Pe&mindai:"), self.scanner_combo)
        self.source_combo = self._combo("sourceCombo", self.tr("Sumber dokumen"))
        self.source_combo.addItem(self.tr("Kaca (flatbed)"), "flatbed")
        self.source_combo.addItem(self.tr("Pengumpan (ADF)"), "feeder")
        sform.addRow(self.tr("&Sumber:"), self.source_combo)
        self.dpi_combo = self._combo("dpiCombo", self.tr("Resolusi"))
        for dpi in (75, 150, 200, 300):
            self.dpi_combo.addItem(f"{dpi} dpi", dpi)
        self.dpi_combo.setCurrentIndex(1)
        sform.addRow(self.tr("&Resolusi:"), self.dpi_combo)
        sbuttons = QHBoxLayout()
        self.btn_test_scan = self._button(self.tr("Uji &pindai"), "btnTestScan", self.test_scan)
        self.btn_refresh = self._button(self.tr("Cari &ulang perangkat"), "btnRefreshDevices",
                                        lambda: self.refresh_devices(refresh=True))
        sbuttons.addWidget(self.btn_test_scan)
        sbuttons.addWidget(self.btn_refresh)
        sbuttons.addStretch(1)
        sform.addRow(sbuttons)
        self.scanner_status = QLabel(self.tr("Status: belum diuji"))
        self._named(self.scanner_status, "scannerStatus", self.tr("Status pemindai"))
        self.scanner_status.setWordWrap(True)
        sform.addRow(self.scanner_status)
        scol = QVBoxLayout()
        scol.addLayout(sform)
        sarea, self.scan_preview = self._preview_area("scanPreview",
                                                      self.tr("Hasil pindai uji"))
        scol.addWidget(sarea, 1)
        sbox.setLayout(scol)
        columns.addWidget(sbox, 1)

        self.error_label = StatusLabel("deviceErrorLabel", self.tr("Pesan kesalahan"))
        root.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.btn_save = self.buttons.addButton(self.tr("Simpan"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self._named(self.btn_save, "btnSaveDevices", self.tr("Simpan"))
        self.btn_cancel = self.buttons.addButton(self.tr("Batal"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        self._named(self.btn_cancel, "btnCancelDevices", self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)

    def _load(self, dev: DevicesConfig) -> None:
        self._set_spec(self.printer_combo, dev.printer or "simulated")
        self._set_spec(self.scanner_combo, dev.scanner or "simulated")
        idx = self.paper_combo.findData(dev.paper_width_mm)
        self.paper_combo.setCurrentIndex(idx if idx >= 0 else 1)
        self.profile_combo.setCurrentText(dev.printer_profile or "default")
        idx = self.codepage_combo.findData((dev.codepage or "ascii").lower())
        self.codepage_combo.setCurrentIndex(max(0, idx))

    @staticmethod
    def _set_spec(combo: QComboBox, spec: str, label: str | None = None) -> None:
        idx = combo.findData(spec)
        if idx < 0:
            combo.addItem(label or spec, spec)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)

    @staticmethod
    def spec_of(combo: QComboBox) -> str:
        """The SPEC behind the shown text (a typed address is taken as it is)."""
        idx = combo.currentIndex()
        if idx >= 0 and combo.itemText(idx) == combo.currentText():
            return str(combo.itemData(idx) or combo.currentText()).strip()
        return combo.currentText().strip()

    # ------------------------------------------------------------------ state
    def devices_config(self) -> DevicesConfig:
        """What the dialog shows, as a DevicesConfig (not saved)."""
        return dataclasses.replace(
            self.config.devices, printer=self.spec_of(self.printer_combo),
            scanner=self.spec_of(self.scanner_combo),
            paper_width_mm=int(self.paper_combo.currentData()),
            printer_profile=self.profile_combo.currentText().strip() or "default",
            codepage=str(self.codepage_combo.currentData()))

    def _build_printer(self, cfg: DevicesConfig) -> Any:
        from jdih_desktop.devices.registry import build_printer

        return build_printer(cfg.printer, cfg, self.cache_dir)

    def _build_scanner(self, cfg: DevicesConfig) -> Any:
        from jdih_desktop.devices.registry import build_scanner

        return build_scanner(cfg.scanner)

    def _show_error(self, text: str) -> None:
        self.error_label.show_error(text)

    # ------------------------------------------------------------------ discovery
    def refresh_devices(self, refresh: bool = False) -> None:
        """Look for devices on the workers' threads; the lists fill in when they answer."""
        from jdih_desktop.devices.registry import list_printers, list_scanners

        self.btn_refresh.setEnabled(False)
        self.scanner_status.setText(self.tr("Status: mencari perangkat…"))
        jid = self.printer_worker.submit(lambda _dev, _ctx: list_printers())
        self._jobs[jid] = "list_printers"
        jid = self.scanner_worker.submit(lambda _dev, _ctx: list_scanners(refresh=refresh))
        self._jobs[jid] = "list_scanners"

    def _fill(self, combo: QComboBox, infos: list[Any]) -> None:
        current = self.spec_of(combo)
        combo.blockSignals(True)
        combo.clear()
        for info in infos:
            combo.addItem(f"{info.name} — {info.spec}" if info.name != info.spec else info.spec,
                          info.spec)
        self._set_spec(combo, current)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ tests
    @Slot()
    def test_print(self) -> None:
        """Preview the test slip, then send it, both on the printer's thread."""
        from jdih_desktop.devices.escpos_render import RenderOptions
        from jdih_desktop.devices.preview import render_preview_png
        from jdih_desktop.devices.testslip import build_test_slip

        self._show_error("")
        cfg = self.devices_config()
        try:
            printer = self._build_printer(cfg)
        except BadDeviceSpec as exc:
            self._show_error(error_sentence(exc))
            return
        office = self.config.office
        receipt = build_test_slip(office.name, office.unit, cfg.printer, self._clock(),
                            cfg.paper_width_mm)
        width = cfg.paper_width_mm if cfg.paper_width_mm in (58, 80) else 80
        options = RenderOptions(paper_width_mm=width, profile=cfg.printer_profile,
                                codepage=cfg.codepage)
        jid = self.printer_worker.submit(
            lambda _dev, _ctx: render_preview_png(receipt, options))
        self._jobs[jid] = "preview"
        jid = self.printer_worker.submit(lambda _dev, _ctx: printer.print_receipt(receipt))
        self._jobs[jid] = "print"
        self.btn_test_print.setEnabled(False)
        self.printer_status.setText(self.tr("Status: mencetak struk uji…"))

    @Slot()
    def test_scan(self) -> None:
        self._show_error("")
        cfg = self.devices_config()
        try:
            scanner = self._build_scanner(cfg)
        except BadDeviceSpec as exc:
            self._show_error(error_sentence(exc))
            return
        settings = ScanSettings(dpi=int(self.dpi_combo.currentData()),
                                source=self.source_combo.currentData(), area="a4",
                                max_pages=3)

        def job(_dev: Any, ctx: Any) -> Any:
            try:
                return scanner.scan(settings, progress=ctx.report, cancel=ctx.cancel_event)
            finally:
                if scanner is not _dev:
                    scanner.close()

        jid = self.scanner_worker.submit(job)
        self._jobs[jid] = "scan"
        self.btn_test_scan.setEnabled(False)
        self.scanner_status.setText(self.tr("Status: memindai…"))

    # ------------------------------------------------------------------ results
    @Slot(int, object)
    def _on_printer_done(self, job_id: int, result: object) -> None:
        what = self._jobs.pop(job_id, None)
        if what == "list_printers":
            self._fill(self.printer_combo, list(result))  # type: ignore[arg-type]
        elif what == "preview":
            pix = QPixmap()
            pix.loadFromData(result)  # type: ignore[arg-type]
            # As wide as the pane allows (scroll down for the rest), never wider than 1:1.
            room = self.print_preview.parentWidget().width() - 8
            if 100 < room < pix.width():
                pix = pix.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            self.print_preview.setPixmap(pix)
        elif what == "print":
            self.last_print = result  # type: ignore[assignment]
            self.btn_test_print.setEnabled(True)
            where = getattr(result, "output_path", None)
            self.printer_status.setText(
                self.tr("Status: siap — struk uji terkirim (%1 byte)%2").replace(
                    "%1", str(getattr(result, "bytes_sent", 0))).replace(
                    "%2", f" ke {where}" if where else ""))

    @Slot(int, object)
    def _on_scanner_done(self, job_id: int, result: object) -> None:
        what = self._jobs.pop(job_id, None)
        if what == "list_scanners":
            self._fill(self.scanner_combo, list(result))  # type: ignore[arg-type]
            self.btn_refresh.setEnabled(True)
            self.scanner_status.setText(self.tr("Status: %1 pemindai ditemukan").replace(
                "%1", str(self.scanner_combo.count())))
        elif what == "scan":
            pages = list(result)  # type: ignore[arg-type]
            self.last_scan = pages
            self.btn_test_scan.setEnabled(True)
            if pages:
                pix = QPixmap()
                pix.loadFromData(pages[0].png)
                box = self.scan_preview.parentWidget().size()  # the scroll area's viewport
                self.scan_preview.setPixmap(pix.scaled(
                    max(100, box.width() - 8), max(100, box.height() - 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                self.scanner_status.setText(
                    self.tr("Status: siap — %1 halaman, %2×%3 piksel, %4 dpi").replace(
                        "%1", str(len(pages))).replace("%2", str(pages[0].width)).replace(
                        "%3", str(pages[0].height)).replace("%4", str(pages[0].dpi)))

    @Slot(int, int, int)
    def _on_scan_progress(self, job_id: int, done: int, total: int) -> None:
        if self._jobs.get(job_id) == "scan":
            self.scanner_status.setText(self.tr("Status: memindai halaman %1…").replace(
                "%1", str(done)))

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: object) -> None:
        what = self._jobs.pop(job_id, None)
        if what is None:
            return
        message = error.message if isinstance(error, DeviceError) else str(error)
        if what in ("print", "preview"):
            self.btn_test_print.setEnabled(True)
            self.printer_status.setText(self.tr("Status: gagal — %1").replace("%1", message))
        else:
            self.btn_test_scan.setEnabled(True)
            self.btn_refresh.setEnabled(True)
            self.scanner_status.setText(self.tr("Status: gagal — %1").replace("%1", message))
        self._show_error(message)

    # ------------------------------------------------------------------ saving
    @Slot()
    def save(self) -> None:
        """Check both SPECs, write config.ini, give the workers their new devices."""
        cfg = self.devices_config()
        try:
            printer = self._build_printer(cfg) if cfg.printer else None
            scanner = self._build_scanner(cfg) if cfg.scanner else None
        except BadDeviceSpec as exc:
            self._show_error(error_sentence(exc))
            return
        previous = self.config.devices
        self.config.devices = cfg
        self.btn_save.setEnabled(False)

        def apply() -> None:  # written: the workers get their new devices (GUI thread)
            for worker, device in ((self.printer_worker, printer),
                                   (self.scanner_worker, scanner)):
                old = worker.device
                if old is not None and old is not device:
                    worker.submit(lambda _dev, _ctx, old=old: old.close())  # its own thread
                worker.set_device(device)
            log.info("devices saved: printer=%s scanner=%s", cfg.printer, cfg.scanner)

        def refused(failure: TaskFailure) -> None:
            self.config.devices = previous  # nothing written, nothing changed
            self.btn_save.setEnabled(True)
            self._show_error(self.tr("Pengaturan tidak dapat disimpan ke %1 — periksa izin "
                                     "folder data, lalu Coba lagi.").replace(
                "%1", str(self.config.path)))
            log.error("saving config failed: %s", failure.message)

        def saved(_result: object) -> None:
            self.saved.emit(cfg.printer, cfg.scanner)
            self.accept()

        # config.ini is written on a worker thread (the GUI never waits for the disk)
        save_config(self, self.config, apply=apply).success(saved).failure(refused).run()

    def done(self, result: int) -> None:
        for worker, slot in ((self.printer_worker, self._on_printer_done),
                             (self.scanner_worker, self._on_scanner_done)):
            for signal, s in ((worker.succeeded, slot), (worker.failed, self._on_failed)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(s)
        with contextlib.suppress(RuntimeError, TypeError):
            self.scanner_worker.progress.disconnect(self._on_scan_progress)
        super().done(result)


class DeviceStatusWidget(QWidget):
    """Live printer and scanner status for the status bar, fed by the workers' signals.

    "siap" (ready), "mencetak…"/"memindai…" (busy), or "gagal" with the officer's message in
    the tooltip, until the next job succeeds. Nothing here talks to a device.
    """

    def __init__(self, printer_worker: Any, scanner_worker: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.printer_label = QLabel()
        self._named(self.printer_label, "printerStatusLabel", self.tr("Status printer"))
        self.scanner_label = QLabel()
        self._named(self.scanner_label, "scannerStatusLabel", self.tr("Status pemindai"))
        layout.addWidget(self.printer_label)
        layout.addWidget(self.scanner_label)
        self._names = {"printer": self.tr("Printer"), "scanner": self.tr("Pemindai")}
        self._busy_text = {"printer": self.tr("sibuk…"), "scanner": self.tr("sibuk…")}
        self._labels = {"printer": self.printer_label, "scanner": self.scanner_label}
        for kind, worker in (("printer", printer_worker), ("scanner", scanner_worker)):
            self._show(kind, self.tr("siap") if worker.device is not None
                       else self.tr("belum dipilih"))
        # Bound methods (not lambdas): Qt drops the connections when this widget goes away.
        printer_worker.busy_changed.connect(self._on_printer_busy)
        printer_worker.succeeded.connect(self._on_printer_done)
        printer_worker.failed.connect(self._on_printer_failed)
        scanner_worker.busy_changed.connect(self._on_scanner_busy)
        scanner_worker.succeeded.connect(self._on_scanner_done)
        scanner_worker.failed.connect(self._on_scanner_failed)

    @Slot(bool)
    def _on_printer_busy(self, busy: bool) -> None:
        self._on_busy("printer", busy)

    @Slot(bool)
    def _on_scanner_busy(self, busy: bool) -> None:
        self._on_busy("scanner", busy)

    @Slot(int, object)
    def _on_printer_done(self, _job: int, _result: object) -> None:
        self._show("printer", self.tr("siap"))

    @Slot(int, object)
    def _on_scanner_done(self, _job: int, _result: object) -> None:
        self._show("scanner", self.tr("siap"))

    @Slot(int, object)
    def _on_printer_failed(self, _job: int, error: object) -> None:
        self._on_failed("printer", error)

    @Slot(int, object)
    def _on_scanner_failed(self, _job: int, error: object) -> None:
        self._on_failed("scanner", error)

    _named = staticmethod(named)

    def _show(self, kind: str, state: str, tip: str = "", error: bool = False) -> None:
        label = self._labels[kind]
        label.setText(f"{self._names[kind]}: {state}")
        label.setToolTip(tip)
        label.setStyleSheet(ERROR_TEXT if error else "")

    def _on_busy(self, kind: str, busy: bool) -> None:
        if busy:
            self._show(kind, self._busy_text[kind])

    def _on_failed(self, kind: str, error: object) -> None:
        message = error.message if isinstance(error, DeviceError) else str(error)
        if getattr(error, "retryable", True) is False and "Dibatalkan" in message:
            self._show(kind, self.tr("siap"))
            return
        self._show(kind, self.tr("gagal"), message, error=True)
