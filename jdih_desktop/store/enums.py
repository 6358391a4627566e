"""Closed lists shared by store, services, UI and imports: stored value -> Indonesian label.

The labels are the Indonesian wording used on screen and on paper, marked for translation
where they are written (one context per table, pure-Python marker of ``i18n/labels.py``: the
store imports no Qt); the UI shows them with ``i18n.marker.translate_text``, paper as they are.
"""

from __future__ import annotations

from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP

DOC_TYPES: dict[str, str] = {
    "peraturan": QT_TRANSLATE_NOOP("DocumentTypes", "Peraturan"),
    "monografi": QT_TRANSLATE_NOOP("DocumentTypes", "Monografi Hukum"),
    "artikel": QT_TRANSLATE_NOOP("DocumentTypes", "Artikel Hukum"),
    "putusan": QT_TRANSLATE_NOOP("DocumentTypes", "Putusan"),
}

DOC_STATUS: dict[str, str] = {
    "berlaku": QT_TRANSLATE_NOOP("DocumentStatus", "Berlaku"),
    "tidak_berlaku": QT_TRANSLATE_NOOP("DocumentStatus", "Tidak berlaku"),
}

# Directed relation kinds with their inverse; the service writes both rows.
RELATION_INVERSE: dict[str, str] = {
    "mencabut": "dicabut",
    "dicabut": "mencabut",
    "mengubah": "diubah",
    "diubah": "mengubah",
    "melaksanakan": "dilaksanakan",
    "dilaksanakan": "melaksanakan",
    "menetapkan": "ditetapkan",
    "ditetapkan": "menetapkan",
}
RELATION_LABELS: dict[str, str] = {
    "mencabut": QT_TRANSLATE_NOOP("DocumentRelations", "Mencabut"),
    "dicabut": QT_TRANSLATE_NOOP("DocumentRelations", "Dicabut oleh"),
    "mengubah": QT_TRANSLATE_NOOP("DocumentRelations", "Mengubah"),
    "diubah": QT_TRANSLATE_NOOP("DocumentRelations", "Diubah oleh"),
    "melaksanakan": QT_TRANSLATE_NOOP("DocumentRelations", "Melaksanakan"),
    "dilaksanakan": QT_TRANSLATE_NOOP("DocumentRelations", "Dilaksanakan oleh"),
    "menetapkan": QT_TRANSLATE_NOOP("DocumentRelations", "Menetapkan"),
    "ditetapkan": QT_TRANSLATE_NOOP("DocumentRelations", "Ditetapkan oleh"),
}

ID_TYPES: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("IdTypes", "NIK (KTP)"),
    "kta": QT_TRANSLATE_NOOP("IdTypes", "Kartu Tanda Anggota / Pegawai"),
    "ktm": QT_TRANSLATE_NOOP("IdTypes", "Kartu Tanda Mahasiswa"),
    "sim": QT_TRANSLATE_NOOP("IdTypes", "SIM"),
    "paspor": QT_TRANSLATE_NOOP("IdTypes", "Paspor"),
    "lainnya": QT_TRANSLATE_NOOP("IdTypes", "Lainnya"),
}

VISITOR_CATEGORIES: dict[str, str] = {
    "umum": QT_TRANSLATE_NOOP("VisitorCategories", "Masyarakat umum"),
    "pelajar": QT_TRANSLATE_NOOP("VisitorCategories", "Pelajar / mahasiswa"),
    "asn": QT_TRANSLATE_NOOP("VisitorCategories", "ASN / instansi pemerintah"),
    "peserta_pemilu": QT_TRANSLATE_NOOP("VisitorCategories", "Peserta pemilu / partai politik"),
    "media": QT_TRANSLATE_NOOP("VisitorCategories", "Media / jurnalis"),
    "advokat": QT_TRANSLATE_NOOP("VisitorCategories", "Advokat / praktisi hukum"),
    "lainnya": QT_TRANSLATE_NOOP("VisitorCategories", "Lainnya"),
}

# Jenis keperluan: why the visitor came, chosen in the visit book and counted in the monthly
# report's "by purpose" table (the free-text keperluan says the details).
PURPOSE_CATEGORIES: dict[str, str] = {
    "informasi_hukum": QT_TRANSLATE_NOOP("PurposeCategories", "Mencari informasi / produk hukum"),
    "salinan": QT_TRANSLATE_NOOP("PurposeCategories", "Meminta salinan dokumen"),
    "penelitian": QT_TRANSLATE_NOOP("PurposeCategories", "Penelitian / tugas akademik"),
    "pencalonan": QT_TRANSLATE_NOOP("PurposeCategories", "Pencalonan"),
    "pemberitaan": QT_TRANSLATE_NOOP("PurposeCategories", "Pemberitaan / liputan"),
    "tugas_kantor": QT_TRANSLATE_NOOP("PurposeCategories", "Tugas kedinasan"),
    "sengketa": QT_TRANSLATE_NOOP("PurposeCategories", "Sengketa / perkara pemilu"),
    "lainnya": QT_TRANSLATE_NOOP("PurposeCategories", "Lainnya"),
}

COPY_CONDITIONS: dict[str, str] = {
    "baik": QT_TRANSLATE_NOOP("CopyConditions", "Baik"),
    "rusak": QT_TRANSLATE_NOOP("CopyConditions", "Rusak"),
    "hilang": QT_TRANSLATE_NOOP("CopyConditions", "Hilang"),
}

ATTACHMENT_KINDS: dict[str, str] = {
    "full_text": QT_TRANSLATE_NOOP("AttachmentKinds", "Naskah lengkap"),
    "abstrak": QT_TRANSLATE_NOOP("AttachmentKinds", "Abstrak"),
    "lampiran": QT_TRANSLATE_NOOP("AttachmentKinds", "Lampiran"),
    "digitised": QT_TRANSLATE_NOOP("AttachmentKinds", "Hasil digitalisasi"),
    "return_scan": QT_TRANSLATE_NOOP("AttachmentKinds", "Pindaian pengembalian"),
    "photo": QT_TRANSLATE_NOOP("AttachmentKinds", "Foto"),
    "scan": QT_TRANSLATE_NOOP("AttachmentKinds", "Pindaian"),
}

VISIT_STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("VisitStatus", "Berlangsung"),
    "closed": QT_TRANSLATE_NOOP("VisitStatus", "Selesai"),
    "cancelled": QT_TRANSLATE_NOOP("VisitStatus", "Dibatalkan"),
}
