"""The first-run setup: office identity, devices, loan rules, holidays.

Every database read and write runs through ``ui.tasks.start_task`` (never on the GUI thread);
test prints and test scans go through the device workers inside Pengaturan Perangkat. "No
receipt printer" is a choice of its own: receipts are then saved as PDF files and the status
bar says the printer is not set up.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jdih_desktop.config import AppConfig, OfficeConfig
from jdih_desktop.services.holiday_data import KINDS, load_holiday_list
from jdih_desktop.ui.setup.office import OfficeForm
from jdih_desktop.ui.taskman import Lane
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.style import WARNING_STYLE

log = logging.getLogger(__name__)


class OfficePage(QWizardPage):
    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.setObjectName("setupOfficePage")
        self.setTitle(self.tr("Identitas kantor"))
        self.setSubTitle(self.tr("Dicetak di atas setiap struk, surat pengingat dan laporan, "
                                 "dan di bawah tanda tangan. Periksa setiap baris."))
        lay = QVBoxLayout(self)
        self.form = OfficeForm(config.office)
        # The built-in address was never confirmed by the office: it must be typed, not kept.
        address = self.form.edits["address"]
        if config.office.address == OfficeConfig().address:
            address.setPlaceholderText(address.text())
            address.clear()
        lay.addWidget(self.form)

    def validatePage(self) -> bool:
        return self.form.validate()


class DevicesPage(QWizardPage):
    """The receipt printer and the scanner, or an explicit "none" for each."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setObjectName("setupDevicesPage")
        self.setTitle(self.tr("Printer struk dan pemindai"))
        self.setSubTitle(self.tr("Pilih perangkat, lalu coba Uji cetak / Uji pindai di "
                                 "jendela Pengaturan Perangkat. Tanpa printer struk, struk "
                                 "disimpan sebagai PDF."))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("setupDevicesSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.summary)
        self.btn_devices = QPushButton(self.tr("&Pilih dan uji perangkat…"))
        self.btn_devices.setObjectName("btnSetupDevices")
        self.btn_devices.clicked.connect(self.open_device_settings)
        lay.addWidget(self.btn_devices)
        self.no_printer = QCheckBox(self.tr("Tidak ada printer str&uk — simpan struk sebagai "
                                            "PDF"))
        self.no_printer.setObjectName("chkNoPrinter")
        self.no_scanner = QCheckBox(self.tr("Tidak ada pe&mindai"))
        self.no_scanner.setObjectName("chkNoScanner")
        lay.addWidget(self.no_printer)
        lay.addWidget(self.no_scanner)
        lay.addStretch(1)
        self.no_printer.toggled.connect(self._on_none_toggled)
        self.no_scanner.toggled.connect(self._on_none_toggled)
        dev = wizard.config.devices
        self.no_printer.setChecked(not wizard.config.printer_set_up)
        self.no_scanner.setChecked(dev.scanner.strip().lower() in ("", "none"))
        self.dialog = None
        self._refresh()

    def _refresh(self) -> None:
        dev = self._wiz.config.devices
        printer = self.tr("Printer struk: %1").replace(
            "%1", self.tr("tidak ada (struk disimpan sebagai PDF di %1)").replace(
                "%1", str(self._wiz.pdf_dir)) if self.no_printer.isChecked() else dev.printer)
        scanner = self.tr("Pemindai: %1").replace(
            "%1", self.tr("tidak ada") if self.no_scanner.isChecked() else dev.scanner)
        self.summary.setText(printer + "\n" + scanner)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        dev = self._wiz.config.devices
        printer_ok = self.no_printer.isChecked() or dev.printer.strip().lower() not in ("",
                                                                                          "none")
        scanner_ok = self.no_scanner.isChecked() or dev.scanner.strip().lower() not in ("",
                                                                                          "none")
        return printer_ok and scanner_ok

    @Slot(bool)
    def _on_none_toggled(self, _checked: bool) -> None:
        self._refresh()

    @Slot()
    def open_device_settings(self) -> None:
        from jdih_desktop.ui.device_settings import DeviceSettingsDialog

        wiz = self._wiz
        self.dialog = DeviceSettingsDialog(wiz.config, wiz.printer_worker, wiz.scanner_worker,
                                           cache_dir=wiz.cache_dir, parent=self)
        self.dialog.saved.connect(self._on_devices_saved)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    @Slot(str, str)
    def _on_devices_saved(self, printer: str, scanner: str) -> None:
        self.no_printer.setChecked(not printer)
        self.no_scanner.setChecked(not scanner)
        self._refresh()

    def apply(self) -> None:
        """Write "none" for what was declined; a PDF printer takes the printer's place."""
        dev = self._wiz.config.devices
        if self.no_printer.isChecked():
            dev.printer = "none"
            from jdih_desktop.devices.qt_printer import PdfPrinter

            pdf = f"{self._wiz.pdf_dir}/"
            self._wiz.printer_worker.set_device(PdfPrinter("pdf:" + pdf, pdf))
        if self.no_scanner.isChecked():
            dev.scanner = "none"
            self._wiz.scanner_worker.set_device(None)


class LoanRulesPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setObjectName("setupLoanRulesPage")
        self.setTitle(self.tr("Aturan peminjaman"))
        self.setSubTitle(self.tr("Berapa lama dan berapa dokumen boleh dipinjam. Tanggal "
                                 "kembali melewati akhir pekan dan hari libur."))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("setupRulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Aturan"), self.tr("Lama (hari)"),
                                              self.tr("Maks. dokumen"), self.tr("Aktif")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        self.btn_edit = QPushButton(self.tr("&Ubah aturan peminjaman…"))
        self.btn_edit.setObjectName("btnSetupEditRules")
        self.btn_edit.clicked.connect(self.open_rules)
        lay.addWidget(self.btn_edit)
        self.dialog = None
        self.task = None

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        admin = self._wiz.services.calendar_admin

        def load(_p: Any) -> list:
            from jdih_desktop.store.db import thread_connection

            with thread_connection():
                return admin.loan_rules()

        self.task = start_task(load, on_done=self._show, owner=self, lane=Lane.DB)

    def _show(self, rules: list) -> None:
        self.table.setRowCount(len(rules))
        for row, r in enumerate(rules):
            period = self.tr("baca di tempat") if r.read_on_site else str(r.period_days)
            for col, text in enumerate((r.name, period, str(r.max_items),
                                        self.tr("ya") if r.active else self.tr("tidak"))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    @Slot()
    def open_rules(self) -> None:
        from jdih_desktop.ui.calendar_settings import CalendarSettingsDialog

        s = self._wiz.services
        self.dialog = CalendarSettingsDialog(s.calendar_admin, s.loans, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()


class HolidaysPage(QWizardPage):
    """The shipped national holidays and cuti bersama of this year and the next."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setObjectName("setupHolidaysPage")
        self.setTitle(self.tr("Hari libur nasional dan cuti bersama"))
        lay = QVBoxLayout(self)
        this = wizard.today().year
        self.years = (this, this + 1)
        self.list = load_holiday_list()
        self.source = QLabel(self.tr("Sumber: %1").replace("%1", self.list.source))
        self.source.setObjectName("setupHolidaySource")
        self.source.setWordWrap(True)
        lay.addWidget(self.source)
        self.note = QLabel(self.tr("Cocokkan setiap tanggal dengan SKB yang berlaku; hapus "
                                   "centang yang tidak berlaku. Nama dapat diubah di sini, "
                                   "semuanya dapat diubah lagi di Pengaturan → Hari libur."))
        self.note.setObjectName("setupHolidayNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARNING_STYLE)
        lay.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("setupHolidaysTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Nama"),
                                              self.tr("Jenis")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        self.rows = self.list.for_years(*self.years)
        self.table.setRowCount(len(self.rows))
        for row, h in enumerate(self.rows):
            day = QTableWidgetItem(h.date.isoformat())
            day.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            day.setCheckState(Qt.CheckState.Checked)
            name = QTableWidgetItem(h.name)
            kind = KINDS[h.kind] + (" " + self.tr("(perkiraan)") if h.estimate else "")
            kind_item = QTableWidgetItem(kind)
            kind_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for col, item in enumerate((day, name, kind_item)):
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.count = QLabel()
        self.count.setObjectName("setupHolidayCount")
        lay.addWidget(self.count)
        self.table.itemChanged.connect(lambda _i: self._count())
        self._count()

    def _count(self) -> None:
        n = len(self.chosen())
        self.count.setText(self.tr("%1 hari dipilih untuk %2 dan %3").replace("%1", str(n))
                           .replace("%2", str(self.years[0])).replace("%3", str(self.years[1])))

    def chosen(self) -> list[tuple[int, dt.date, str]]:
        """(row, date, name) of every ticked row, with the name as edited."""
        out = []
        for row, h in enumerate(self.rows):
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked:
                name = self.table.item(row, 1).text().strip() or h.name
                out.append((row + 1, h.date, name[:200]))
        return out


class FirstRunWizard(QWizard):
    """The setup of a new data folder. ``leading_pages`` come before the office's page."""

    def __init__(self, config: AppConfig, services: Any, printer_worker: Any,
                 scanner_worker: Any, *, cache_dir: Path | None = None,
                 data_dir: Path | None = None, leading_pages: list[QWizardPage] | None = None,
                 today: Any = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.services = services
        self.printer_worker = printer_worker
        self.scanner_worker = scanner_worker
        self.cache_dir = cache_dir
        self.today = today
        base = data_dir or config.path.parent
        self.pdf_dir = base / "struk-pdf"
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Persiapan JDIH Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Nanti saja"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.resize(760, 640)
        for page in leading_pages or []:
            self.addPage(page)
        self.office_page = OfficePage(config)
        self.devices_page = DevicesPage(self)
        self.rules_page = LoanRulesPage(self)
        self.holidays_page = HolidaysPage(self)
        for page in (self.office_page, self.devices_page, self.rules_page,
                     self.holidays_page):
            self.addPage(page)
        self.saving = None

    def accept(self) -> None:
        """Save everything off the GUI thread; close when it is stored."""
        if self.saving is not None:
            return
        self.config.office = self.office_page.form.office()
        self.devices_page.apply()
        self.config.setup_done = True
        rows = self.holidays_page.chosen()
        admin = self.services.calendar_admin
        config = self.config
        source = "SKB (daftar bawaan JDIH Desktop)"

        def save(_p: Any) -> int:
            from jdih_desktop.store.db import thread_connection

            with thread_connection():
                added = admin.save_holidays(rows, source=source)
            config.save()
            return len(added.added)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.saving = start_task(save, on_done=self._on_saved, on_error=self._on_save_failed,
                                 owner=self, lane=Lane.DB)

    def _on_saved(self, added: int) -> None:
        log.info("first-run setup saved (%d holidays added)", added)
        self.holidays_added = added
        super().accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = None
        self.config.setup_done = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        page = self.currentPage()
        page.setSubTitle(self.tr("Persiapan tidak dapat disimpan: %1 — periksa izin folder "
                                 "data, lalu tekan Selesai lagi.").replace("%1", str(exc)))
