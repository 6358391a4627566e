"""Pengaturan → Hak subjek data (administrator): find a person by NIK, name or phone; show the
NIK in full (audited); export everything held about them as PDF and JSON; erase on request
with the request's reference. All work runs off the GUI thread; the service checks the role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import JdihError
from jdih_desktop.services.persons import PersonMatch, PersonService
from jdih_desktop.ui.tasks import start_task
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.titles import window_title


class PersonsDialog(QDialog):
    def __init__(self, persons: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persons = persons
        self.matches: list[PersonMatch] = []
        self.setObjectName("personsDialog")
        self.setWindowTitle(window_title(self.tr("Hak subjek data")))
        fit_window(self, "persons", (900, 520))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Permintaan pengunjung atas data pribadinya (UU 27/2022): cari "
                               "dengan NIK, nama atau telepon; serahkan salinan (PDF/JSON) atau "
                               "hapus datanya dengan nomor rujukan permintaan."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("personQuery")
        self.query.setAccessibleName(self.tr("NIK, nama atau telepon"))
        self.query.setPlaceholderText(self.tr("NIK, nama atau telepon"))
        self.query.returnPressed.connect(self.search)
        self.btn_search = QPushButton(self.tr("Cari"))
        self.btn_search.setObjectName("personSearch")
        self.btn_search.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.btn_search)
        lay.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("personTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIK"),
                                              self.tr("Telepon"), self.tr("Kunjungan terakhir")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        ref_row = QHBoxLayout()
        ref_row.addWidget(QLabel(self.tr("Rujukan permintaan:")))
        self.reference = QLineEdit()
        self.reference.setObjectName("personReference")
        self.reference.setAccessibleName(self.tr("Rujukan permintaan"))
        self.reference.setPlaceholderText(self.tr("mis. nomor surat atau register permintaan"))
        ref_row.addWidget(self.reference, 1)
        lay.addLayout(ref_row)
        buttons = QHBoxLayout()
        self.btn_nik = QPushButton(self.tr("Tampilkan NIK lengkap"))
        self.btn_nik.setObjectName("personRevealNik")
        self.btn_nik.clicked.connect(self.reveal)
        self.btn_pdf = QPushButton(self.tr("Ekspor PDF…"))
        self.btn_pdf.setObjectName("personExportPdf")
        self.btn_pdf.clicked.connect(lambda: self._ask_export("pdf"))
        self.btn_json = QPushButton(self.tr("Ekspor JSON…"))
        self.btn_json.setObjectName("personExportJson")
        self.btn_json.clicked.connect(lambda: self._ask_export("json"))
        self.btn_erase = QPushButton(self.tr("Hapus data atas permintaan…"))
        self.btn_erase.setObjectName("personErase")
        self.btn_erase.clicked.connect(self._ask_erase)
        for b in (self.btn_nik, self.btn_pdf, self.btn_json, self.btn_erase):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("personStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

    def selected(self) -> PersonMatch | None:
        row = self.table.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _run(self, fn, done) -> None:
        start_task(lambda _p: fn(), on_done=done, on_error=self._on_error, owner=self)

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(exc.message if isinstance(exc, JdihError) else str(exc))

    def search(self) -> None:
        typed = self.query.text()
        persons = self.persons  # the job holds the service, never this dialog
        self._run(lambda: persons.find(typed), self._on_found)

    def _on_found(self, matches: list[PersonMatch]) -> None:
        self.matches = matches
        self.table.setRowCount(len(matches))
        for i, m in enumerate(matches):
            for j, v in enumerate((m.full_name, m.masked_id, m.phone,
                                   m.last_visit.strftime("%d-%m-%Y") if m.last_visit else "—")):
                self.table.setItem(i, j, QTableWidgetItem(v))
        if matches:
            self.table.selectRow(0)
        self.status.setText(self.tr("%1 orang ditemukan.").replace("%1", str(len(matches))))

    def reveal(self) -> None:
        m = self.selected()
        if m is None:
            return
        row = self.table.currentRow()
        persons, visitor_id = self.persons, m.visitor_id
        self._run(lambda: persons.reveal_nik(visitor_id),
                  lambda nik: self.table.setItem(row, 1, QTableWidgetItem(nik)))

    def _ask_export(self, fmt: str) -> None:
        m = self.selected()
        if m is None:
            self.status.setText(self.tr("Pilih orangnya dahulu."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan data"),
                                              f"data-pribadi-{m.visitor_id}.{fmt}", f"*.{fmt}")
        if path:
            self.export_to(m.visitor_id, fmt, Path(path))

    def export_to(self, visitor_id: int, fmt: str, path: Path) -> None:
        from jdih_desktop.fileio import write_atomic

        ref = self.reference.text()

        persons = self.persons  # the job holds the service, never this dialog

        def work() -> Path:
            write_atomic(path, persons.export(visitor_id, fmt, ref))
            return path

        self._run(work, lambda p: self.status.setText(
            self.tr("Salinan ditulis ke %1.").replace("%1", str(p))))

    def _ask_erase(self) -> None:
        m = self.selected()
        if m is None:
            self.status.setText(self.tr("Pilih orangnya dahulu."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hapus data pribadi"),
                          self.tr("Nama, NIK, alamat, telepon, e-mail, tanda tangan dan pindaian "
                                  "identitas %1 dihapus dan tidak dapat dikembalikan. Catatan "
                                  "kunjungan tanpa identitas tetap untuk statistik.")
                          .replace("%1", m.full_name), parent=self)
        erase = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is erase:
            self.erase(m.visitor_id)

    def erase(self, visitor_id: int) -> None:
        ref = self.reference.text()
        persons = self.persons
        self._run(lambda: persons.erase(visitor_id, ref), self._on_erased)

    def _on_erased(self, counts: dict[str, int]) -> None:
        self.status.setText(self.tr("Data dihapus: %1 pindaian identitas, %2 tanda tangan, %3 "
                                    "lampiran.").replace("%1", str(counts["id_scans"]))
                            .replace("%2", str(counts["signatures"]))
                            .replace("%3", str(counts["attachments"])))
        self.search()
