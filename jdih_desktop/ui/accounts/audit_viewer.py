"""Pengaturan → Log audit (administrator): filters by officer, action, date and person, and
CSV/XLSX export. Reading and exporting run off the GUI thread; the service refuses anyone
who is not an administrator."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.services.audit import AuditFilter, AuditService
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.titles import window_title


class AuditViewer(QDialog):
    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.setObjectName("auditViewer")
        self.setWindowTitle(window_title(self.tr("Log audit")))
        fit_window(self, "audit-viewer", (1100, 600))
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.officer = QComboBox()
        self.officer.setObjectName("auditOfficer")
        self.officer.setAccessibleName(self.tr("Petugas"))
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("Tindakan"))
        self.action.setEditable(True)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_from.setObjectName("auditFrom")
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("auditTo")
        self.date_to.setCalendarPopup(True)
        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setAccessibleName(self.tr("Nomor pengunjung"))
        self.person.setPlaceholderText(self.tr("nomor pengunjung"))
        self.person.setMaximumWidth(140)
        self.apply = QPushButton(self.tr("Tampilkan"))
        self.apply.setObjectName("auditApply")
        self.apply.clicked.connect(self.refresh)
        for label, w in ((self.tr("Petugas:"), self.officer), (self.tr("Tindakan:"), self.action),
                         (self.tr("Dari:"), self.date_from), (self.tr("Sampai:"), self.date_to),
                         (self.tr("Pengunjung:"), self.person)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.apply)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Waktu"),
                                              self.tr("Petugas"), self.tr("Tindakan"),
                                              self.tr("Entitas"), self.tr("Rincian")])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        low = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        low.addWidget(self.status, 1)
        self.btn_csv = QPushButton(self.tr("Ekspor CSV…"))
        self.btn_csv.setObjectName("auditExportCsv")
        self.btn_csv.clicked.connect(lambda: self._export("csv"))
        self.btn_xlsx = QPushButton(self.tr("Ekspor XLSX…"))
        self.btn_xlsx.setObjectName("auditExportXlsx")
        self.btn_xlsx.clicked.connect(lambda: self._export("xlsx"))
        low.addWidget(self.btn_csv)
        low.addWidget(self.btn_xlsx)
        lay.addLayout(low)
        audit = self.audit  # the jobs hold the service, never this window
        start_task(lambda _p: (audit.officer_choices(), audit.actions()),
                   on_done=self._on_choices, on_error=self._on_error, owner=self)

    def _on_choices(self, result) -> None:
        officers, actions = result
        self.officer.addItem(self.tr("Semua petugas"), None)
        for oid, name in officers:
            self.officer.addItem(name, oid)
        self.action.addItem("")
        self.action.addItems(actions)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        person = self.person.text().strip()
        return AuditFilter(officer_id=self.officer.currentData(),
                           action=self.action.currentText().strip(),
                           date_from=self.date_from.date().toPython(),
                           date_to=self.date_to.date().toPython(),
                           person_id=int(person) if person.isdigit() else None)

    def refresh(self) -> None:
        f = self.current_filter()
        self.status.setText(self.tr("Memuat…"))
        audit = self.audit
        start_task(lambda _p: audit.rows(f), on_done=self._on_rows,
                   on_error=self._on_error, owner=self)

    def _on_rows(self, rows) -> None:
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [str(r.id), r.at.strftime("%d-%m-%Y %H:%M:%S"), r.officer, r.action,
                      f"{r.entity} {r.entity_id if r.entity_id is not None else ''}".strip(),
                      r.detail]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.status.setText(self.tr("%1 baris.").replace("%1", str(len(rows))))

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(exc.message if isinstance(exc, JdihError) else str(exc))

    def _export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor log audit"),
                                              f"log-audit.{fmt}", f"*.{fmt}")
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> None:
        from jdih_desktop.fileio import write_atomic

        f, audit = self.current_filter(), self.audit

        def work(_p):
            from pathlib import Path

            write_atomic(Path(path), audit.export(f, fmt))
            return path

        start_task(work, on_done=lambda p: self.status.setText(
            self.tr("Diekspor ke %1.").replace("%1", p)), on_error=self._on_error, owner=self)
