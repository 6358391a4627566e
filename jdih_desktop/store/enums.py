"""Closed lists shared by store, services, UI and imports: stored value -> Indonesian label.

The labels are the Indonesian wording used on screen and on paper; the UI translates them
through Qt when another language is chosen.
"""

from __future__ import annotations

DOC_TYPES: dict[str, str] = {
    "peraturan": "Peraturan",
    "monografi": "Monografi Hukum",
    "artikel": "Artikel Hukum",
    "putusan": "Putusan",
}

DOC_STATUS: dict[str, str] = {"berlaku": "Berlaku", "tidak_berlaku": "Tidak berlaku"}

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
    "mencabut": "Mencabut",
    "dicabut": "Dicabut oleh",
    "mengubah": "Mengubah",
    "diubah": "Diubah oleh",
    "melaksanakan": "Melaksanakan",
    "dilaksanakan": "Dilaksanakan oleh",
    "menetapkan": "Menetapkan",
    "ditetapkan": "Ditetapkan oleh",
}

ID_TYPES: dict[str, str] = {
    "nik": "NIK (KTP)",
    "kta": "Kartu Tanda Anggota / Pegawai",
    "ktm": "Kartu Tanda Mahasiswa",
    "sim": "SIM",
    "paspor": "Paspor",
    "lainnya": "Lainnya",
}

VISITOR_CATEGORIES: dict[str, str] = {
    "umum": "Masyarakat umum",
    "pelajar": "Pelajar / mahasiswa",
    "asn": "ASN / instansi pemerintah",
    "peserta_pemilu": "Peserta pemilu / partai politik",
    "media": "Media / jurnalis",
    "advokat": "Advokat / praktisi hukum",
    "lainnya": "Lainnya",
}

# Jenis keperluan: why the visitor came, chosen in the visit book and counted in the monthly
# report's "by purpose" table (the free-text keperluan says the details).
PURPOSE_CATEGORIES: dict[str, str] = {
    "informasi_hukum": "Mencari informasi / produk hukum",
    "salinan": "Meminta salinan dokumen",
    "penelitian": "Penelitian / tugas akademik",
    "pencalonan": "Pencalonan",
    "pemberitaan": "Pemberitaan / liputan",
    "tugas_kantor": "Tugas kedinasan",
    "sengketa": "Sengketa / perkara pemilu",
    "lainnya": "Lainnya",
}

COPY_CONDITIONS: dict[str, str] = {"baik": "Baik", "rusak": "Rusak", "hilang": "Hilang"}

ATTACHMENT_KINDS: dict[str, str] = {
    "full_text": "Naskah lengkap",
    "abstrak": "Abstrak",
    "lampiran": "Lampiran",
    "digitised": "Hasil digitalisasi",
    "return_scan": "Pindaian pengembalian",
    "photo": "Foto",
    "scan": "Pindaian",
}

VISIT_STATUS: dict[str, str] = {
    "open": "Berlangsung", "closed": "Selesai", "cancelled": "Dibatalkan"}
