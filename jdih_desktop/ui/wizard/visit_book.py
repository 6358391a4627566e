"""SOP box 3: the visitor fills in the visit book, reads the privacy notice, consents and signs.

The form (``VisitBookPanel``) is the visitor-facing part: it can move to the visitor screen.
The optional ID scan stays with the officer. Validation is the service's (the same rules as
everywhere); the page only shows its messages next to the fields, live, and keeps "Lanjut"
disabled until the visit book is complete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.devices.base import ScanSettings
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visit_book_settings import VisitBookSetup
from jdih_desktop.services.visits import (
    FIELD_LABELS,
    MAX_LENGTHS,
    NOTICE_SHOWN,
    VisitData,
)
from jdih_desktop.store import enums
from jdih_desktop.ui.errors import display_language, english_names, problem_sentences
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import SaveVisitBook
from jdih_desktop.ui.visit_book_form import custom_widget, notice_html
from jdih_desktop.ui.widgets.field_message import FieldMessage
from jdih_desktop.ui.widgets.signature_pad import SignaturePad
from jdih_desktop.ui.widgets.style import PALETTE
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    WizardContext,
    WizardPage,
    label,
    name,
)

# Personal fields a returning visitor sees only masked on the form (never in full on screen).
MASKED_FIELDS = ("id_number", "phone", "address", "email")


def mask_personal(field_name: str, value: str, id_type: str | None = None) -> str:
    """The masked form of a stored value: enough to confirm it is theirs, not to read it."""
    from jdih_desktop.services.visits import mask_id

    value = value.strip()
    if field_name == "id_number":
        return mask_id(value, id_type or "nik")
    if field_name == "phone":
        digits = value.replace(" ", "")
        return digits[:3] + "•" * max(0, len(digits) - 6) + digits[-3:] if len(digits) > 6 \
            else "•" * len(digits)
    if field_name == "email":
        user, _, domain = value.partition("@")
        return (user[:1] + "•••@" + domain) if domain else "•••"
    words = value.split()
    return (words[0] + " •••") if words else ""


def privacy_notice_html(office_name: str, retention_years: int, version: str,
                        id_scan_days: int = 30) -> str:
    """The notice under UU 27/2022 (Pelindungan Data Pribadi): why, how long, which rights."""
    return (
        f"<b>Pemberitahuan Privasi</b> (versi {version})<br>"
        f"Data dalam buku kunjungan ini dikumpulkan oleh {office_name} untuk mencatat layanan "
        "Perpustakaan JDIH sesuai SOP Nomor 9 Tahun 2022, menyusun laporan layanan, dan "
        "menghubungi Anda tentang dokumen yang dipinjam. Data tidak dibagikan kepada pihak lain "
        "kecuali diwajibkan peraturan perundang-undangan.<br>"
        f"<b>Lama penyimpanan:</b> {retention_years} tahun sejak kunjungan terakhir Anda. "
        "Setelah itu, pada pemeriksaan berkala berikutnya, nama, nomor identitas, instansi, "
        "alamat, telepon dan e-mail Anda dianonimkan, sedangkan tanda tangan, pindaian kartu "
        "identitas serta foto dan pindaian yang dilampirkan pada kunjungan Anda dihapus. "
        "Catatan kunjungan tanpa identitas (waktu, keperluan, kategori, penilaian, catatan "
        "petugas, dokumen yang dibaca atau dipinjam) tetap disimpan untuk statistik layanan. "
        "Selama masih ada dokumen pinjaman yang belum Anda kembalikan, data Anda disimpan sampai "
        "pinjaman itu selesai. "
        f"<b>Pindaian kartu identitas dihapus {id_scan_days} hari setelah kunjungan</b>, lebih "
        "awal dari data lain. Tanda tangan dan pindaian disimpan terenkripsi. NIK ditampilkan "
        "tersamar di luar halaman ini dan pada setiap cetakan.<br>"
        "<b>Hak Anda</b> menurut UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi: "
        "mendapat informasi, mengakses dan memperoleh salinan data, memperbaiki data yang "
        "keliru, meminta penghapusan, serta menarik kembali persetujuan. Sampaikan permintaan "
        "kepada petugas Subbagian Hukum.")


def privacy_notice_html_en(office_name: str, retention_years: int, version: str) -> str:
    """The same notice in English, for a visitor who chose English on their screen."""
    return (
        f"<b>Privacy notice</b> (version {version})<br>"
        f"The data in this visitor book is collected by {office_name} to record the services of "
        "the JDIH Library under SOP No. 9 of 2022, to compile service reports, and to contact "
        "you about documents you borrowed. It is not shared with anyone else unless the law "
        "requires it.<br>"
        f"<b>How long it is kept:</b> {retention_years} years after your last visit. After "
        "that, at the next periodic review, your name, identity number, institution, address, "
        "telephone and e-mail are anonymised, and your signatures, identity card scans and the "
        "photos and scans attached to your visits are deleted. Visit records without identity "
        "(time, purpose, category, rating, officer's notes, documents read or borrowed) are "
        "kept for service statistics. While you still have borrowed documents that are not "
        "returned, your data is kept until that loan is settled. Your NIK is shown masked "
        "outside this page and on every printout.<br>"
        "<b>Your rights</b> under Law No. 27 of 2022 on Personal Data Protection: to be "
        "informed, to access and obtain a copy of your data, to correct wrong data, to ask for "
        "deletion, and to withdraw your consent. Make your request to the officer of the Legal "
        "Subdivision.")


class _ToggleLabel(QLabel):
    """The wrapping text of a check box: a click on it toggles the box, as on the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus()
        super().mouseReleaseEvent(event)


class VisitBookPanel(QWidget):
    """The visit book form, the privacy notice, the consent box and the signature pad."""

    changed = Signal()

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visitBookPanel")
        # The fields as set in Pengaturan → Buku kunjungan (the last read or config.ini's; the
        # page's load() brings the current ones and the form is rebuilt if they changed).
        self.setup: VisitBookSetup = ctx.services.visits.cached_setup()
        self._language = display_language()  # the visitor screen's choice once it lends it
        self._touched: set[str] = set()
        # Stored values of a returning visitor shown only masked (the form faces the visitor,
        # and a wrong name match must not show someone else's data): field -> stored value.
        # The field stays empty with the masked value as its placeholder; typing replaces it.
        self._masked: dict[str, str] = {}
        self.stored_signature = False  # a signature already saved with this visit stands
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._grid = grid = QGridLayout(body)
        grid.setContentsMargins(4, 4, 4, 4)
        self._form_host: QWidget | None = None
        self._build_form()
        right = QVBoxLayout()
        self.notice = QTextBrowser()
        self.notice.setObjectName("privacyNotice")
        self.notice.setAccessibleName(self.tr("Pemberitahuan privasi"))
        self._show_notice()
        self.notice.setMinimumHeight(150)
        right.addWidget(self.notice, 2)
        # A check box cannot wrap its text: the box and a wrapping label that toggles it, so
        # the sentence is never cut behind a horizontal scrollbar.
        consent_text = self.tr(
            "Saya telah membaca pemberitahuan privasi dan menyetujui pengolahan data saya.")
        self.consent = name(QCheckBox(), "consentCheck",
                            self.tr("Persetujuan pemberitahuan privasi"))
        self.consent.setAccessibleDescription(consent_text)
        self.consent.toggled.connect(lambda _c: self._edited("consent"))
        consent_label = _ToggleLabel(consent_text, self.consent)
        consent_label.setObjectName("consentLabel")
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 0, Qt.AlignmentFlag.AlignTop)
        consent_row.addWidget(consent_label, 1)
        right.addLayout(consent_row)
        right.addWidget(label(self.tr("Tanda tangan pengunjung *"), "font-weight:bold;"))
        self.signature = name(SignaturePad(placeholder=self.tr("Tanda tangan di sini")),
                              "signaturePad", self.tr("Kotak tanda tangan"))
        self.signature.changed.connect(lambda: self._edited("signature"))
        right.addWidget(self.signature, 1)
        self.clear_signature = name(QPushButton(self.tr("Hapus tanda tangan")),
                                    "signatureClear", self.tr("Hapus tanda tangan"))
        self.clear_signature.clicked.connect(self._clear_signature)
        right.addWidget(self.clear_signature, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer.addWidget(scroll, 1)
        # The "Belum lengkap" list lives in a box of fixed height (it scrolls when longer), so
        # its changing length never moves the form above it or the buttons below.
        self.summary = label("", HINT_STYLE, object_name="visitBookSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary_box = QScrollArea()
        summary_box.setObjectName("visitBookSummaryBox")
        summary_box.setWidgetResizable(True)
        summary_box.setFrameShape(QScrollArea.Shape.NoFrame)
        summary_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_box.setWidget(self.summary)
        summary_box.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 6)
        outer.addWidget(summary_box)

    def _build_form(self) -> None:
        """The rows of the form, as ``self.setup`` shows and requires them (rebuilt whole when
        the settings change: what was typed belongs to the visit being loaded anyway)."""
        old = self._form_host
        host = QWidget()
        host.setObjectName("visitBookFields")
        form = QFormLayout(host)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels go above their field when the row is too narrow (touch-size type on the
        # visitor screen), instead of a horizontal scrollbar.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields, self.errors = {}, {}
        self._own_labels: dict[str, tuple[QLabel, str, str]] = {}  # key -> label, id, en
        required = self.setup.required_keys
        for setting in self.setup.shown:
            f = setting.key
            if not setting.builtin:
                w: QWidget = custom_widget(setting)
                if isinstance(w, QComboBox):
                    w.currentIndexChanged.connect(lambda _i, f=f: self._edited(f))
                else:
                    w.textChanged.connect(lambda _t, f=f: self._edited(f))
                name(w, f"vb_{f}", setting.label)
                star = " *" if f in required else ""
                self._add_row(form, f, w, setting.label + star)
                row_label = form.labelForField(form.itemAt(form.rowCount() - 1,
                                               QFormLayout.ItemRole.FieldRole).layout())
                if isinstance(row_label, QLabel):
                    self._own_labels[f] = (row_label, setting.label + star,
                                           (setting.label_en or setting.label) + star)
                continue
            text = translate_text(FIELD_LABELS[f]) + (" *" if f in required else "")
            if f in ("id_type", "category", "purpose_category"):
                w = QComboBox()
                # Long choices must not widen the form past a 125 % laptop screen.
                w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                w.setMinimumContentsLength(14)
                items = {"id_type": enums.ID_TYPES, "category": enums.VISITOR_CATEGORIES,
                         "purpose_category": enums.PURPOSE_CATEGORIES}[f]
                if f == "purpose_category":  # optional unless config.ini requires it
                    w.addItem(self.tr("— pilih jenis keperluan —"), "")
                for key, lab in items.items():
                    w.addItem(translate_text(lab), key)
                w.currentIndexChanged.connect(lambda _i, f=f: self._edited(f))
            elif f in ("address", "purpose"):
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)
                w.setFixedHeight(54)
                w.textChanged.connect(lambda f=f: self._edited(f))
            else:
                w = QLineEdit()
                if f in MAX_LENGTHS:
                    w.setMaxLength(MAX_LENGTHS[f] + 50)  # room to see the "too long" message
                w.textChanged.connect(lambda _t, f=f: self._edited(f))
            placeholders = {"id_number": self.tr("16 angka NIK, mis. 6172015708900001"),
                            "phone": self.tr("0812-3456-7890 atau (0562) 631234"),
                            "email": self.tr("nama@contoh.go.id"),
                            "purpose": self.tr("Dokumen yang dicari…"),
                            "ktp_name": self.tr("huruf Latin, mis. Lim Mei Hua")}
            if f in placeholders and hasattr(w, "setPlaceholderText"):
                w.setPlaceholderText(placeholders[f])
            if hasattr(w, "placeholderText"):
                w.setProperty("basePlaceholder", w.placeholderText())
            name(w, f"vb_{f}", translate_text(FIELD_LABELS[f]))
            self._add_row(form, f, w, text)
        self._label_own_fields()
        self._form_host = host
        if old is not None:
            self._grid.replaceWidget(old, host)
            old.deleteLater()
        else:
            self._grid.addWidget(host, 0, 0)

    def _add_row(self, form: QFormLayout, f: str, w: QWidget, text: str) -> None:
        err = FieldMessage(ERROR_STYLE)  # one reserved line: messages never move the fields
        err.setObjectName(f"vb_{f}_error")
        err.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(w)
        box.addWidget(err)
        form.addRow(text, box)
        self.fields[f] = w
        self.errors[f] = err

    def apply_setup(self, setup: VisitBookSetup | None) -> None:
        """The visit book as set now (from the visit's load): rebuild the form if it changed."""
        if setup is None or setup == self.setup:
            return
        self.setup = setup
        self._masked = {}
        self._build_form()
        self._show_notice()

    def _show_notice(self) -> None:
        cfg = self.ctx.services.config
        self.notice.setHtml(notice_html(self.setup.notice, cfg.office.name,
                                        cfg.visit_book.retention_years,
                                        cfg.visit_book.id_scan_retention_days, self._language))

    def set_language(self, language: str) -> None:
        """The visitor chose a language on their screen: the notice follows (the rest of the
        panel is re-labelled by the visitor screen)."""
        self._language = language
        self._show_notice()
        self._label_own_fields()

    def _label_own_fields(self) -> None:
        """The office's own fields in the visitor's language where the office gave one."""
        for row_label, text_id, text_en in self._own_labels.values():
            row_label.setText(text_en if self._language == "en" else text_id)

    def _clear_signature(self) -> None:
        self.stored_signature = False
        self.signature.set_placeholder(self.tr("Tanda tangan di sini"))
        self.signature.clear()

    # -- values
    def values(self) -> dict[str, str]:
        out = {}
        for f, w in self.fields.items():
            if isinstance(w, QComboBox):
                out[f] = w.currentData() or ""
            elif isinstance(w, QPlainTextEdit):
                out[f] = w.toPlainText()
            else:
                out[f] = w.text()
            if not out[f] and f in self._masked:
                out[f] = self._masked[f]
        out[NOTICE_SHOWN] = self.setup.notice.version  # the version the visitor read
        return out

    def set_values(self, values: dict[str, str]) -> None:
        self._masked = {}
        for f, w in self.fields.items():
            v = values.get(f, "") or ""
            if v and f in MASKED_FIELDS:
                self._masked[f] = v
                w.setProperty("maskedStored", True)
                w.setPlaceholderText(self.tr("%1 (tersimpan)")
                                     .replace("%1", mask_personal(f, v, values.get("id_type"))))
                v = ""
            elif f in MASKED_FIELDS:
                w.setProperty("maskedStored", False)
                w.setPlaceholderText(w.property("basePlaceholder") or "")
            w.blockSignals(True)
            if isinstance(w, QComboBox):
                i = w.findData(v)
                w.setCurrentIndex(max(0, i))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(v)
            else:
                w.setText(v)
            w.blockSignals(False)
        self.consent.setChecked(False)
        self.signature.clear()
        self.stored_signature = False
        self._touched = {f for f, v in values.items() if v}
        self.refresh()

    def keep_earlier_signature(self) -> None:
        """Back on a visit book already saved: its consent and signature stand until the
        visitor clears the pad (then a new signature is needed)."""
        self.consent.setChecked(True)
        self.stored_signature = True
        self.signature.set_placeholder(self.tr("Tanda tangan tersimpan — tekan Hapus tanda "
                                               "tangan untuk menandatangani ulang"))
        self.refresh()

    def problems(self) -> dict[str, str]:
        errors = problem_sentences(
            self.ctx.services.visits.validate(self.values(), self.setup).problems,
            language=self._language, names=english_names(self.setup.fields))
        if not self.consent.isChecked():
            errors["consent"] = self.tr("Pengunjung belum menyetujui pemberitahuan privasi — "
                                        "centang kotak persetujuan setelah membacanya.")
        if self.signature.is_empty and not self.stored_signature:
            errors["signature"] = self.tr("Tanda tangan pengunjung masih kosong — tanda tangani "
                                          "kotak tanda tangan.")
        return errors

    def show_all(self, errors: dict[str, str] | None = None) -> None:
        self._touched |= set(self.fields)
        self.refresh(errors)

    def refresh(self, errors: dict[str, str] | None = None) -> dict[str, str]:
        errors = self.problems() if errors is None else errors
        for f, lab in self.errors.items():
            msg = errors.get(f, "") if f in self._touched else ""
            lab.setText(msg)
            lab.setVisible(bool(msg))
            self.fields[f].setProperty("invalid", bool(msg))
        if errors:
            lines = [f"• {v}" for v in errors.values()]  # each message names its field
            self.summary.setText(self.tr("Belum lengkap:") + "\n" + "\n".join(lines))
            self.summary.setStyleSheet(HINT_STYLE)
        else:
            self.summary.setText(self.tr("Buku kunjungan lengkap. Tekan Lanjut (atau Selesai di "
                                         "layar pengunjung)."))
            self.summary.setStyleSheet(OK_STYLE)
        return errors

    def _edited(self, field_name: str) -> None:
        self._touched.add(field_name)
        self.refresh()
        self.changed.emit()


class VisitBookPage(WizardPage):
    step = Step.VISIT_BOOK

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel = VisitBookPanel(ctx)
        self.panel.changed.connect(self.completeChanged)
        slot = QVBoxLayout()
        self._layout.addLayout(slot, 1)
        self._host_visitor_part(self.panel, slot)
        # Officer-only: the optional ID scan with its preview.
        scan_box = QGroupBox(self.tr("Pindaian kartu identitas (opsional, oleh petugas)"))
        row = QHBoxLayout(scan_box)
        self.scan_button = name(QPushButton(self.tr("Pindai kartu identitas")), "btnScanId",
                                self.tr("Pindai kartu identitas"))
        self.scan_button.clicked.connect(self.start_scan)
        self.scan_status = label("", HINT_STYLE, object_name="idScanStatus")
        self.scan_preview = QLabel()
        self.scan_preview.setObjectName("idScanPreview")
        self.scan_preview.setFixedSize(112, 70)  # an ID card (85.6 × 54 mm), small
        self.scan_preview.setStyleSheet(f"border:1px solid {PALETTE.border}; "
                                        f"background:{PALETTE.alternate};")
        self.scan_discard = name(QPushButton(self.tr("Buang pindaian")), "btnDiscardIdScan",
                                 self.tr("Buang pindaian"))
        self.scan_discard.clicked.connect(self._discard_scan)
        self.scan_discard.hide()
        row.addWidget(self.scan_button)
        row.addWidget(self.scan_preview)
        col = QVBoxLayout()
        col.addWidget(self.scan_status)
        col.addWidget(self.scan_discard, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(col, 1)
        self._layout.addWidget(scan_box)
        self._scan_job: int | None = None
        self._scan_png: bytes | None = None
        self._scan_dpi: int | None = None
        worker = ctx.scanner_worker
        if worker is not None:
            worker.scanned.connect(self._on_scanned)
            worker.scan_failed.connect(self._on_scan_failed)

    def title(self) -> str:
        return self.tr("Buku kunjungan")

    def subtitle(self) -> str:
        return self.tr("Pengunjung mengisi buku kunjungan, membaca pemberitahuan privasi, "
                       "menyetujui dan menandatangani (SOP langkah 3).")

    def load(self, visit: VisitData, data: object = None) -> None:
        super().load(visit, data)
        self.panel.apply_setup(visit.book)
        self.panel.set_values(visit.form.as_dict())
        if visit.visit_book_at is not None and visit.has_signature and visit.consent_given:
            self.panel.keep_earlier_signature()
        empty = next((w for f, w in self.panel.fields.items()
                      if not self.panel.values().get(f)), self.panel.fields["full_name"])
        empty.setFocus()
        if visit.id_scans and not self._scan_png:
            self.scan_status.setText(self.tr("%1 pindaian tersimpan dengan kunjungan ini.")
                                     .replace("%1", str(visit.id_scans)))

    def is_complete(self) -> bool:
        return not self.panel.problems()

    def hint(self) -> str:
        n = len(self.panel.problems())
        return self.tr("Lengkapi buku kunjungan: %1 isian belum benar.").replace("%1", str(n))

    def show_errors(self, errors: dict[str, str]) -> None:
        self.panel.show_all(errors)

    def commit_op(self) -> Operation:
        return SaveVisitBook(
            self, self.ctx.services, self.visit.id, self.panel.values(),
            consent=self.panel.consent.isChecked(),
            signature_png=self.panel.signature.to_png(), id_scan_png=self._scan_png,
            id_scan_dpi=self._scan_dpi, keep_signature=self.panel.stored_signature)

    def visitor_finished(self) -> str | None:
        problems = self.panel.problems()
        if problems:
            self.panel.show_all(problems)
            return self.tr("Masih ada isian yang perlu dilengkapi (ditandai merah).")
        return None

    # -- ID scan through the scanner worker
    @Slot()
    def start_scan(self) -> None:
        worker = self.ctx.scanner_worker
        if worker is None:
            self.scan_status.setText(self.tr("Pemindai belum diatur — pilih di Pengaturan "
                                             "Perangkat."))
            self.scan_status.setStyleSheet(ERROR_STYLE)
            return
        self.scan_button.setEnabled(False)
        self.scan_status.setStyleSheet(HINT_STYLE)
        self.scan_status.setText(self.tr("Memindai… letakkan kartu di kaca pemindai."))
        self._scan_job = worker.scan(ScanSettings(dpi=200, mode="color", area="id_card"))

    @Slot(int, object)
    def _on_scanned(self, job: int, pages: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan_button.setEnabled(True)
        page = pages[0] if pages else None
        if page is None:
            self.scan_status.setText(self.tr("Pemindai tidak mengirim gambar — coba lagi."))
            self.scan_status.setStyleSheet(ERROR_STYLE)
            return
        self._scan_png, self._scan_dpi = page.png, page.dpi
        pix = QPixmap()
        pix.loadFromData(page.png)
        self.scan_preview.setPixmap(pix.scaled(self.scan_preview.size(),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        self.scan_status.setText(self.tr("Kartu terpindai (%1 × %2 piksel); disimpan bersama "
                                         "buku kunjungan.").replace("%1", str(page.width))
                                 .replace("%2", str(page.height)))
        self.scan_status.setStyleSheet(OK_STYLE)
        self.scan_discard.show()

    @Slot(int, object)
    def _on_scan_failed(self, job: int, error: object) -> None:
        if job != self._scan_job:
            return
        self._scan_job = None
        self.scan_button.setEnabled(True)
        self.scan_status.setText(getattr(error, "message", str(error)))
        self.scan_status.setStyleSheet(ERROR_STYLE)

    def _discard_scan(self) -> None:
        self._scan_png = self._scan_dpi = None
        self.scan_preview.clear()
        self.scan_status.setText("")
        self.scan_discard.hide()
