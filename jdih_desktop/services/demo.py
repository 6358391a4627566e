"""Demo data: a believable library of KPU Kota Singkawang, its visitors and a year of visits.

The demo database is what a new officer trains on, what screenshots show and what the
benchmarks measure, so it follows the same rules as real data: legal numbers in the shapes
KPU uses, dates where penetapan never follows pengundangan, relations written in both
directions, copies with sequential barcodes, visits that walk the SOP boxes in order, loans
whose receipt and return-slip numbers are sequential per year, and no copy on two open loans.

It is deterministic for a seed and a "today" (the clock), and it scales: every table is
written with multi-row inserts inside one transaction, so 100k documents and 1M visits take
minutes, and the default size (300 documents, 600 visits) well under a second or two.
The generator refuses a database that already holds a catalogue or visits, so demo rows can
never mix with an office's real records.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import Database, PostgresqlDatabase
from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.errors import StoreError
from jdih_desktop.services import audit
from jdih_desktop.services.calendar import due_date
from jdih_desktop.services.numbering import format_barcode
from jdih_desktop.store.enums import RELATION_INVERSE
from jdih_desktop.store.instruments import issuer_key
from jdih_desktop.store.models import (
    Copy,
    Counter,
    Document,
    DocumentRelation,
    Holiday,
    Loan,
    LoanItem,
    LoanRule,
    Officer,
    Return,
    SkmResponse,
    Visit,
    VisitConsultation,
    Visitor,
    database_proxy,
)
from jdih_desktop.store.search import fold

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

SINGKAWANG = "6172"  # Badan Pusat Statistik area code of Kota Singkawang (NIK prefix)
LIBRARY = "Perpustakaan JDIH KPU Kota Singkawang"
KECAMATAN = ("Singkawang Barat", "Singkawang Tengah", "Singkawang Timur", "Singkawang Utara",
             "Singkawang Selatan")
KELURAHAN = ("Pasiran", "Melayu", "Kuala", "Tengah", "Condong", "Roban", "Sedau", "Sijangkang",
             "Naram", "Nyarumkop", "Bagak Sahwa", "Semelagi Kecil", "Setapuk Besar",
             "Sungai Garam Hilir", "Pangmilang", "Sungai Bulan", "Jawa", "Bukit Batu")

# ---------------------------------------------------------------------------------------------
# The national core of the collection. Titles state the subject matter of real instruments;
# numbers and years are those by which the office cites them.
# key, jenis key, nomor, tahun, judul, subjek, status
_CORE: list[tuple[str, str, str, int, str, str, str]] = [
    ("uu-42-2008", "uu", "42", 2008, "Pemilihan Umum Presiden dan Wakil Presiden",
     "PEMILIHAN UMUM - PRESIDEN DAN WAKIL PRESIDEN", "tidak_berlaku"),
    ("uu-14-2008", "uu", "14", 2008, "Keterbukaan Informasi Publik",
     "INFORMASI PUBLIK - KETERBUKAAN", "berlaku"),
    ("uu-43-2009", "uu", "43", 2009, "Kearsipan", "KEARSIPAN", "berlaku"),
    ("uu-15-2011", "uu", "15", 2011, "Penyelenggara Pemilihan Umum",
     "PEMILIHAN UMUM - PENYELENGGARA", "tidak_berlaku"),
    ("uu-12-2011", "uu", "12", 2011, "Pembentukan Peraturan Perundang-undangan",
     "PERATURAN PERUNDANG-UNDANGAN - PEMBENTUKAN", "berlaku"),
    ("uu-8-2012", "uu", "8", 2012,
     "Pemilihan Umum Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan "
     "Perwakilan Rakyat Daerah", "PEMILIHAN UMUM - LEGISLATIF", "tidak_berlaku"),
    ("uu-5-2014", "uu", "5", 2014, "Aparatur Sipil Negara", "KEPEGAWAIAN - ASN",
     "tidak_berlaku"),
    ("uu-1-2015", "uu", "1", 2015,
     "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang "
     "Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
     "PEMILIHAN KEPALA DAERAH", "berlaku"),
    ("uu-8-2015", "uu", "8", 2015,
     "Perubahan atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah "
     "Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan "
     "Walikota menjadi Undang-Undang", "PEMILIHAN KEPALA DAERAH", "berlaku"),
    ("uu-10-2016", "uu", "10", 2016,
     "Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan "
     "Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, "
     "Bupati, dan Walikota menjadi Undang-Undang", "PEMILIHAN KEPALA DAERAH", "berlaku"),
    ("uu-7-2017", "uu", "7", 2017, "Pemilihan Umum",
     "PEMILIHAN UMUM - PENYELENGGARA - PESERTA", "berlaku"),
    ("uu-15-2019", "uu", "15", 2019,
     "Perubahan atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
     "Perundang-undangan", "PERATURAN PERUNDANG-UNDANGAN - PEMBENTUKAN", "berlaku"),
    ("uu-6-2020", "uu", "6", 2020,
     "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2020 tentang "
     "Perubahan Ketiga atas Undang-Undang Nomor 1 Tahun 2015 menjadi Undang-Undang",
     "PEMILIHAN KEPALA DAERAH - PENUNDAAN", "berlaku"),
    ("uu-13-2022", "uu", "13", 2022,
     "Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
     "Perundang-undangan", "PERATURAN PERUNDANG-UNDANGAN - PEMBENTUKAN", "berlaku"),
    ("uu-27-2022", "uu", "27", 2022, "Pelindungan Data Pribadi",
     "DATA PRIBADI - PELINDUNGAN", "berlaku"),
    ("uu-7-2023", "uu", "7", 2023,
     "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2022 tentang "
     "Perubahan atas Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum menjadi "
     "Undang-Undang", "PEMILIHAN UMUM - DAERAH PEMILIHAN", "berlaku"),
    ("uu-20-2023", "uu", "20", 2023, "Aparatur Sipil Negara", "KEPEGAWAIAN - ASN", "berlaku"),
    ("pkpu-3-2019", "pkpu", "3", 2019,
     "Pemungutan dan Penghitungan Suara dalam Pemilihan Umum",
     "PEMILIHAN UMUM - PEMUNGUTAN SUARA", "tidak_berlaku"),
    ("pkpu-8-2019", "pkpu", "8", 2019,
     "Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan "
     "Umum Kabupaten/Kota", "KOMISI PEMILIHAN UMUM - TATA KERJA", "berlaku"),
    ("pkpu-7-2020", "pkpu", "7", 2020,
     "Perubahan atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja "
     "Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum "
     "Kabupaten/Kota", "KOMISI PEMILIHAN UMUM - TATA KERJA", "berlaku"),
    ("pkpu-14-2020", "pkpu", "14", 2020,
     "Organisasi dan Tata Kerja Sekretariat Jenderal Komisi Pemilihan Umum, Sekretariat "
     "Komisi Pemilihan Umum Provinsi, dan Sekretariat Komisi Pemilihan Umum Kabupaten/Kota",
     "KOMISI PEMILIHAN UMUM - SEKRETARIAT - ORGANISASI", "berlaku"),
    ("pkpu-21-2020", "pkpu", "21", 2020,
     "Perubahan Kedua atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata "
     "Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum "
     "Kabupaten/Kota", "KOMISI PEMILIHAN UMUM - TATA KERJA", "berlaku"),
    ("pkpu-2-2021", "pkpu", "2", 2021, "Tata Naskah Dinas di Lingkungan Komisi Pemilihan Umum",
     "TATA NASKAH DINAS", "berlaku"),
    ("pkpu-4-2021", "pkpu", "4", 2021,
     "Perubahan Ketiga atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata "
     "Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum "
     "Kabupaten/Kota", "KOMISI PEMILIHAN UMUM - TATA KERJA", "berlaku"),
    ("pkpu-8-2021", "pkpu", "8", 2021,
     "Perubahan atas Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2021 tentang Tata Naskah "
     "Dinas di Lingkungan Komisi Pemilihan Umum", "TATA NASKAH DINAS", "berlaku"),
    ("pkpu-3-2022", "pkpu", "3", 2022,
     "Tahapan dan Jadwal Penyelenggaraan Pemilihan Umum Tahun 2024",
     "PEMILIHAN UMUM - TAHAPAN - JADWAL", "berlaku"),
    ("pkpu-7-2022", "pkpu", "7", 2022,
     "Penyusunan Daftar Pemilih dalam Penyelenggaraan Pemilihan Umum dan Sistem Informasi "
     "Data Pemilih", "PEMILIHAN UMUM - DAFTAR PEMILIH", "berlaku"),
    ("pkpu-8-2022", "pkpu", "8", 2022,
     "Pembentukan dan Tata Kerja Badan Ad Hoc Penyelenggara Pemilihan Umum dan Pemilihan "
     "Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota",
     "BADAN AD HOC - PEMBENTUKAN", "berlaku"),
    ("pkpu-10-2023", "pkpu", "10", 2023,
     "Pencalonan Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Rakyat Daerah Provinsi, "
     "dan Dewan Perwakilan Rakyat Daerah Kabupaten/Kota", "PEMILIHAN UMUM - PENCALONAN",
     "berlaku"),
    ("pkpu-25-2023", "pkpu", "25", 2023,
     "Pemungutan dan Penghitungan Suara dalam Pemilihan Umum",
     "PEMILIHAN UMUM - PEMUNGUTAN SUARA", "berlaku"),
    ("pkpu-2-2024", "pkpu", "2", 2024,
     "Tahapan dan Jadwal Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, "
     "serta Walikota dan Wakil Walikota Tahun 2024", "PEMILIHAN KEPALA DAERAH - TAHAPAN",
     "berlaku"),
    ("kpt-134-2016", "kpt_ri", "134/Kpts/KPU/Tahun 2016", 2016,
     "Jaringan Dokumentasi dan Informasi Hukum Komisi Pemilihan Umum",
     "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM", "berlaku"),
    ("kpt-10-2022", "kpt_ri", "10/HK.04/08/2022", 2022,
     "Pedoman Teknis Pengelolaan Jaringan Dokumentasi dan Informasi Hukum di Lingkungan "
     "Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum "
     "Kabupaten/Kota", "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM - PEDOMAN", "berlaku"),
    ("mk-55-2019", "mk", "55/PUU-XVII/2019", 2020,
     "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum terhadap "
     "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 (keserentakan pemilihan umum)",
     "PENGUJIAN UNDANG-UNDANG - PEMILIHAN UMUM", "berlaku"),
    ("mk-90-2023", "mk", "90/PUU-XXI/2023", 2023,
     "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum terhadap "
     "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 (batas usia calon)",
     "PENGUJIAN UNDANG-UNDANG - PEMILIHAN UMUM", "berlaku"),
]

# source key, kind, target key (the inverse row is written too)
_CORE_RELATIONS: list[tuple[str, str, str]] = [
    ("uu-7-2017", "mencabut", "uu-42-2008"),
    ("uu-7-2017", "mencabut", "uu-15-2011"),
    ("uu-7-2017", "mencabut", "uu-8-2012"),
    ("uu-8-2015", "mengubah", "uu-1-2015"),
    ("uu-10-2016", "mengubah", "uu-1-2015"),
    ("uu-6-2020", "mengubah", "uu-1-2015"),
    ("uu-7-2023", "mengubah", "uu-7-2017"),
    ("uu-15-2019", "mengubah", "uu-12-2011"),
    ("uu-13-2022", "mengubah", "uu-12-2011"),
    ("uu-20-2023", "mencabut", "uu-5-2014"),
    ("pkpu-7-2020", "mengubah", "pkpu-8-2019"),
    ("pkpu-21-2020", "mengubah", "pkpu-8-2019"),
    ("pkpu-4-2021", "mengubah", "pkpu-8-2019"),
    ("pkpu-8-2021", "mengubah", "pkpu-2-2021"),
    ("pkpu-25-2023", "mencabut", "pkpu-3-2019"),
    ("pkpu-3-2022", "melaksanakan", "uu-7-2017"),
    ("pkpu-2-2024", "melaksanakan", "uu-10-2016"),
    ("kpt-10-2022", "melaksanakan", "kpt-134-2016"),
]


@dataclass(frozen=True)
class _Jenis:
    doc_type: str
    jenis: str
    singkatan: str | None
    teu: str
    tempat: str | None
    bidang: str
    shelf: str  # shelf letter


JENIS: dict[str, _Jenis] = {
    "uu": _Jenis("peraturan", "Undang-Undang", "UU", "Indonesia", "Jakarta",
                 "Hukum Tata Negara", "A"),
    "pkpu": _Jenis("peraturan", "Peraturan Komisi Pemilihan Umum", "PKPU",
                   "Komisi Pemilihan Umum", "Jakarta", "Hukum Tata Negara", "A"),
    "kpt_ri": _Jenis("peraturan", "Keputusan Komisi Pemilihan Umum", "Kep. KPU",
                     "Komisi Pemilihan Umum", "Jakarta", "Hukum Administrasi Negara", "B"),
    "kpt_kota": _Jenis("peraturan", "Keputusan Komisi Pemilihan Umum Kota Singkawang",
                       "Kep. KPU Kota", "Komisi Pemilihan Umum Kota Singkawang", "Singkawang",
                       "Hukum Administrasi Negara", "C"),
    "kpt_sek": _Jenis("peraturan", "Keputusan Sekretaris Komisi Pemilihan Umum Kota Singkawang",
                      "Kep. Sekretaris", "Sekretariat Komisi Pemilihan Umum Kota Singkawang",
                      "Singkawang", "Hukum Administrasi Negara", "C"),
    "mk": _Jenis("putusan", "Putusan Mahkamah Konstitusi", "Putusan MK", "Mahkamah Konstitusi",
                 "Jakarta", "Hukum Tata Negara", "E"),
    "dkpp": _Jenis("putusan", "Putusan Dewan Kehormatan Penyelenggara Pemilu", "Putusan DKPP",
                   "Dewan Kehormatan Penyelenggara Pemilu", "Jakarta", "Etika Penyelenggara",
                   "E"),
    "ptun": _Jenis("putusan", "Putusan Pengadilan Tata Usaha Negara Pontianak", "Putusan PTUN",
                   "Pengadilan Tata Usaha Negara Pontianak", "Pontianak",
                   "Hukum Administrasi Negara", "E"),
    "buku": _Jenis("monografi", "Buku", None, "", None, "Hukum Tata Negara", "D"),
    "artikel": _Jenis("artikel", "Artikel", None, "", None, "Hukum Tata Negara", "F"),
}

# Share of generated documents per jenis (the core list comes on top).
_MIX: list[tuple[str, float]] = [
    ("kpt_kota", 0.30), ("kpt_sek", 0.12), ("kpt_ri", 0.08), ("pkpu", 0.05), ("uu", 0.01),
    ("buku", 0.20), ("artikel", 0.12), ("mk", 0.05), ("dkpp", 0.05), ("ptun", 0.02),
]

_ELECTIONS: list[tuple[int, str]] = [
    (2009, "Pemilihan Umum Tahun 2009"),
    (2012, "Pemilihan Walikota dan Wakil Walikota Singkawang Tahun 2012"),
    (2012, "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Barat Tahun 2012"),
    (2014, "Pemilihan Umum Tahun 2014"),
    (2017, "Pemilihan Walikota dan Wakil Walikota Singkawang Tahun 2017"),
    (2018, "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Barat Tahun 2018"),
    (2019, "Pemilihan Umum Tahun 2019"),
    (2024, "Pemilihan Umum Tahun 2024"),
    (2024, "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Barat serta Walikota dan Wakil "
           "Walikota Singkawang Tahun 2024"),
    (2029, "Pemilihan Umum Tahun 2029"),
]

# Elections a national instrument (PKPU, Keputusan KPU RI) is written for.
_NATIONAL_ELECTIONS: list[tuple[int, str]] = [
    (2009, "Pemilihan Umum Tahun 2009"), (2014, "Pemilihan Umum Tahun 2014"),
    (2019, "Pemilihan Umum Tahun 2019"), (2024, "Pemilihan Umum Tahun 2024"),
    (2029, "Pemilihan Umum Tahun 2029"),
    *[(y, "Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, dan/atau Walikota "
          f"dan Wakil Walikota Serentak Tahun {y}") for y in (2015, 2017, 2018, 2020, 2024)],
]

_KOTA_ELECTION_TITLES = (
    ("Penetapan Daftar Pemilih Tetap {e}", "PEMILIHAN - DAFTAR PEMILIH"),
    ("Pembentukan Panitia Pemilihan Kecamatan {k} pada {e}", "BADAN AD HOC - PEMBENTUKAN"),
    ("Pengangkatan Panitia Pemungutan Suara Kelurahan {l} pada {e}",
     "BADAN AD HOC - PENGANGKATAN"),
    ("Penetapan Jumlah dan Lokasi Tempat Pemungutan Suara pada {e}",
     "PEMILIHAN - TEMPAT PEMUNGUTAN SUARA"),
    ("Penetapan Rekapitulasi Hasil Penghitungan Suara {e} di Tingkat Kota Singkawang",
     "PEMILIHAN - REKAPITULASI SUARA"),
    ("Pedoman Teknis Pelaksanaan Kampanye {e} di Kota Singkawang", "PEMILIHAN - KAMPANYE"),
    ("Penetapan Daftar Calon Tetap Anggota Dewan Perwakilan Rakyat Daerah Kota Singkawang "
     "pada {e}", "PEMILIHAN UMUM - PENCALONAN"),
    ("Pemberhentian Antarwaktu Anggota Panitia Pemilihan Kecamatan {k} pada {e}",
     "BADAN AD HOC - PEMBERHENTIAN"),
    ("Penetapan Kebutuhan dan Distribusi Perlengkapan Pemungutan Suara {e}",
     "PEMILIHAN - LOGISTIK"),
    ("Penetapan Jadwal dan Lokasi Debat Publik {e}", "PEMILIHAN - KAMPANYE"),
)
_KOTA_TITLES = (
    ("Pembentukan Tim Pengelola Jaringan Dokumentasi dan Informasi Hukum Komisi Pemilihan "
     "Umum Kota Singkawang Tahun {y}", "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM"),
    ("Pembagian Divisi dan Wilayah Kerja Anggota Komisi Pemilihan Umum Kota Singkawang",
     "KOMISI PEMILIHAN UMUM - TATA KERJA"),
    ("Penetapan Pejabat Pengelola Informasi dan Dokumentasi Komisi Pemilihan Umum Kota "
     "Singkawang Tahun {y}", "INFORMASI PUBLIK - PPID"),
    ("Penetapan Daftar Informasi Publik Komisi Pemilihan Umum Kota Singkawang Tahun {y}",
     "INFORMASI PUBLIK - DAFTAR INFORMASI"),
    ("Pemutakhiran Data Pemilih Berkelanjutan Kota Singkawang Semester {s} Tahun {y}",
     "DAFTAR PEMILIH - PEMUTAKHIRAN BERKELANJUTAN"),
    ("Rencana Kerja Sosialisasi dan Pendidikan Pemilih Kota Singkawang Tahun {y}",
     "PARTISIPASI MASYARAKAT - PENDIDIKAN PEMILIH"),
)
_SEK_TITLES = (
    ("Penunjukan Pejabat Pengadaan Barang/Jasa Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun Anggaran {y}", "PENGADAAN BARANG DAN JASA"),
    ("Penetapan Pejabat Pembuat Komitmen pada Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun Anggaran {y}", "KEUANGAN - PEJABAT PERBENDAHARAAN"),
    ("Pembentukan Tim Penyusun Laporan Keuangan Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun Anggaran {y}", "KEUANGAN - LAPORAN KEUANGAN"),
    ("Penetapan Petugas Pelayanan Perpustakaan Jaringan Dokumentasi dan Informasi Hukum "
     "Tahun {y}", "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM - PELAYANAN"),
    ("Penetapan Pengelola Barang Milik Negara Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun {y}", "BARANG MILIK NEGARA"),
    ("Pembentukan Tim Pengelola Arsip Dinamis Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun {y}", "KEARSIPAN - ARSIP DINAMIS"),
    ("Penetapan Jam Kerja dan Piket Pelayanan Sekretariat Komisi Pemilihan Umum Kota "
     "Singkawang Tahun {y}", "KEPEGAWAIAN - JAM KERJA"),
    ("Penetapan Standar Biaya Honorarium Badan Ad Hoc pada {e}", "KEUANGAN - HONORARIUM"),
)
_RI_TITLES = (
    ("Pedoman Teknis Penyusunan Daftar Pemilih pada {e}", "PEMILIHAN - DAFTAR PEMILIH"),
    ("Pedoman Teknis Pembentukan Badan Ad Hoc pada {e}", "BADAN AD HOC - PEDOMAN"),
    ("Pedoman Teknis Pelaksanaan Pemungutan dan Penghitungan Suara pada {e}",
     "PEMILIHAN - PEMUNGUTAN SUARA"),
    ("Penetapan Partai Politik Peserta {e}", "PEMILIHAN UMUM - PESERTA"),
    ("Pedoman Pengelolaan Arsip di Lingkungan Komisi Pemilihan Umum", "KEARSIPAN"),
    ("Standar Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum",
     "INFORMASI PUBLIK - STANDAR PELAYANAN"),
    ("Pedoman Teknis Kampanye pada {e}", "PEMILIHAN - KAMPANYE"),
    ("Pedoman Teknis Pengelolaan Dana Hibah {e}", "KEUANGAN - HIBAH"),
)
_PKPU_TITLES = (
    ("Kampanye {e}", "PEMILIHAN - KAMPANYE"),
    ("Dana Kampanye Peserta {e}", "PEMILIHAN - DANA KAMPANYE"),
    ("Rekapitulasi Hasil Penghitungan Perolehan Suara dan Penetapan Hasil {e}",
     "PEMILIHAN - REKAPITULASI SUARA"),
    ("Pendaftaran, Verifikasi, dan Penetapan Partai Politik Peserta {e}",
     "PEMILIHAN UMUM - PESERTA"),
    ("Partisipasi Masyarakat dalam {e}", "PARTISIPASI MASYARAKAT"),
    ("Norma, Standar, Prosedur, dan Kebutuhan Pengadaan Perlengkapan {e}",
     "PEMILIHAN - LOGISTIK"),
    ("Kode Etik dan Pedoman Perilaku Penyelenggara {e}", "PENYELENGGARA - KODE ETIK"),
    ("Pengelolaan dan Pelayanan Informasi Publik di Lingkungan Komisi Pemilihan Umum",
     "INFORMASI PUBLIK - PELAYANAN"),
)
_UU_TITLES = (
    ("Anggaran Pendapatan dan Belanja Negara Tahun Anggaran {y}", "KEUANGAN NEGARA - APBN"),
    ("Pertanggungjawaban atas Pelaksanaan Anggaran Pendapatan dan Belanja Negara Tahun "
     "Anggaran {p}", "KEUANGAN NEGARA - APBN"),
)
_BOOK_TOPICS = (
    ("Hukum Pemilu di Indonesia", "HUKUM PEMILU"),
    ("Penyelesaian Sengketa Proses Pemilihan Umum", "PEMILIHAN UMUM - SENGKETA"),
    ("Demokrasi Lokal dan Pilkada Serentak", "PEMILIHAN KEPALA DAERAH"),
    ("Tata Kelola Penyelenggara Pemilu", "PEMILIHAN UMUM - PENYELENGGARA"),
    ("Hukum Tata Negara Indonesia", "HUKUM TATA NEGARA"),
    ("Etika Penyelenggara Pemilu", "PENYELENGGARA - KODE ETIK"),
    ("Tindak Pidana Pemilu", "HUKUM PIDANA - PEMILU"),
    ("Ilmu Perundang-undangan", "PERATURAN PERUNDANG-UNDANGAN"),
    ("Partai Politik dan Sistem Kepartaian", "PARTAI POLITIK"),
    ("Keterbukaan Informasi Publik", "INFORMASI PUBLIK - KETERBUKAAN"),
    ("Dokumentasi dan Informasi Hukum", "JARINGAN DOKUMENTASI DAN INFORMASI HUKUM"),
    ("Daftar Pemilih dan Hak Pilih Warga Negara", "DAFTAR PEMILIH"),
    ("Kearsipan Lembaga Negara", "KEARSIPAN"),
    ("Politik Hukum Pemilihan Umum", "HUKUM PEMILU"),
)
_BOOK_SUBTITLES = ("Teori dan Praktik", "Sebuah Pengantar", "Edisi Revisi",
                   "Catatan dari Kalimantan Barat", "Kajian Putusan Mahkamah Konstitusi",
                   "Panduan bagi Penyelenggara", "Dinamika dan Tantangan", "Bunga Rampai")
_PUBLISHERS = (("Rajawali Pers", "Depok"), ("Sinar Grafika", "Jakarta"), ("Kencana", "Jakarta"),
               ("Komisi Pemilihan Umum", "Jakarta"), ("Bawaslu RI", "Jakarta"),
               ("Nusa Media", "Bandung"), ("Pustaka Pelajar", "Yogyakarta"),
               ("Untan Press", "Pontianak"), ("Setara Press", "Malang"),
               ("Konstitusi Press", "Jakarta"))
_JOURNALS = ("Jurnal Tata Kelola Pemilu Indonesia", "Jurnal Konstitusi",
             "Jurnal Adhyasta Pemilu", "Jurnal Hukum dan Pembangunan",
             "Jurnal Nestor Magister Hukum", "Jurnal Legislasi Indonesia",
             "Jurnal Integritas Pemilu")
_ARTICLE_TITLES = (
    "Partisipasi Pemilih Muda di {k}", "Netralitas Aparatur Sipil Negara dalam {e}",
    "Pemutakhiran Data Pemilih Berkelanjutan di Kota Singkawang",
    "Efektivitas Sistem Informasi Rekapitulasi pada {e}",
    "Penanganan Pelanggaran Administrasi Pemilu di Kalimantan Barat",
    "Keterwakilan Perempuan dalam Pencalonan Anggota DPRD Kota Singkawang",
    "Pengelolaan JDIH sebagai Sarana Keterbukaan Informasi Hukum",
    "Politik Uang dan Penegakan Hukum Pidana Pemilu",
    "Aksesibilitas Tempat Pemungutan Suara bagi Pemilih Disabilitas",
)
_MK_TITLES = (
    ("Perselisihan Hasil Pemilihan Walikota dan Wakil Walikota Singkawang Tahun {y}",
     "PERSELISIHAN HASIL PEMILIHAN", "PHP.KOT"),
    ("Perselisihan Hasil Pemilihan Umum Anggota DPRD Tahun {y}",
     "PERSELISIHAN HASIL PEMILIHAN UMUM", "PHPU.DPR-DPRD"),
    ("Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum terhadap "
     "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
     "PENGUJIAN UNDANG-UNDANG - PEMILIHAN UMUM", "PUU"),
    ("Pengujian Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas "
     "Undang-Undang Nomor 1 Tahun 2015 terhadap Undang-Undang Dasar Negara Republik "
     "Indonesia Tahun 1945", "PENGUJIAN UNDANG-UNDANG - PEMILIHAN KEPALA DAERAH", "PUU"),
)
_DKPP_TITLES = (
    "Pengaduan Dugaan Pelanggaran Kode Etik Penyelenggara Pemilu oleh Anggota KPU Kota "
    "Singkawang", "Pengaduan Dugaan Pelanggaran Kode Etik oleh Anggota Panitia Pemilihan "
    "Kecamatan {k}", "Pengaduan Dugaan Pelanggaran Kode Etik oleh Anggota Bawaslu Kota "
    "Singkawang")
_PTUN_TITLES = (
    "Gugatan terhadap Keputusan Komisi Pemilihan Umum Kota Singkawang tentang Penetapan "
    "Daftar Calon Tetap", "Gugatan Sengketa Proses Pemilihan terhadap Keputusan Penetapan "
    "Pasangan Calon Walikota dan Wakil Walikota Singkawang",
    "Gugatan terhadap Keputusan Pemberhentian Anggota Panitia Pemilihan Kecamatan {k}")

_FIRST_M = ("Ahmad", "Budi", "Hendra", "Agus", "Rudi", "Yohanes", "Antonius", "Fransiskus",
            "Muhammad", "Rizky", "Dedi", "Andi", "Suhardi", "Bong", "Acong", "Hasan", "Ikhsan",
            "Stefanus", "Yusuf", "Fajar", "Heri", "Wahyu", "Gunawan", "Eko", "Sutrisno")
_FIRST_F = ("Siti", "Rina", "Dewi", "Maria", "Yuliana", "Nurul", "Sri", "Fitri", "Agustina",
            "Lina", "Mei", "Susanti", "Wulan", "Ratna", "Elisabeth", "Putri", "Indah", "Nadia",
            "Wahyuni", "Lestari", "Melati", "Anita")
_LAST = ("Saputra", "Wijaya", "Hidayat", "Kurniawan", "Setiawan", "Pratama", "Santoso",
         "Gunawan", "Halim", "Tjhai", "Lim", "Bong", "Chandra", "Syahrani", "Ramadhan",
         "Hartono", "Nugroho", "Susanto", "Lestari", "Rahman", "Effendi", "Sinaga", "Siregar",
         "Kristianto", "Alamsyah", "Maulana", "Pane", "Sulaiman", "Irawan", "Handoko")
# Singkawang's Chinese-Indonesian visitors often write their name in Chinese characters; the
# KTP carries the Latin spelling (the visit book keeps both, issue 15).
_CJK_NAMES = (("林美华", "Lim Mei Hua"), ("黄志强", "Bong Ci Khiong"), ("张丽娟", "Chong Li Kien"),
              ("刘文辉", "Liu Bun Fui"), ("陈秀英", "Tjhin Siu In"), ("李国明", "Li Kuet Min"),
              ("谢春梅", "Tjhia Chun Moi"), ("吴建华", "Ng Kian Hua"))
_INSTITUTIONS = {
    "pelajar": ("Universitas Tanjungpura", "IKIP PGRI Pontianak", "STKIP Singkawang",
                "SMA Negeri 1 Singkawang", "SMA Negeri 3 Singkawang",
                "Politeknik Negeri Sambas", "IAIN Pontianak"),
    "asn": ("Pemerintah Kota Singkawang", "Bawaslu Kota Singkawang",
            "Badan Kesbangpol Kota Singkawang", "Disdukcapil Kota Singkawang",
            "Bagian Hukum Setda Kota Singkawang", "DPRD Kota Singkawang"),
    "peserta_pemilu": ("DPC Partai Demokrasi Kota Singkawang", "DPD Partai Karya Kota Singkawang",
                       "DPC Partai Amanat Kota Singkawang", "Tim Pemenangan Pasangan Calon"),
    "media": ("Pontianak Post", "Tribun Pontianak", "RRI Singkawang", "Suara Kalbar"),
    "advokat": ("Kantor Hukum Halim & Rekan", "LBH Kalimantan Barat",
                "Kantor Advokat Sinaga dan Partner"),
    "umum": (None,),
    "lainnya": ("Yayasan Pendidikan Pemilih", "Komunitas Peduli Pemilu Singkawang"),
}
_CATEGORY_WEIGHTS = (("umum", 30), ("pelajar", 28), ("asn", 16), ("peserta_pemilu", 10),
                     ("media", 6), ("advokat", 5), ("lainnya", 5))
_PURPOSES = {
    "penelitian": ("Bahan penelitian skripsi tentang partisipasi pemilih",
                   "Data untuk tesis tentang sengketa proses pemilu",
                   "Penelitian tentang pengelolaan JDIH"),
    "informasi_hukum": ("Mencari salinan keputusan penetapan DPT",
                        "Membaca PKPU tentang tahapan pemilihan",
                        "Meminta salinan Undang-Undang Pemilu"),
    "pencalonan": ("Mempelajari syarat pencalonan anggota DPRD",
                   "Persyaratan pencalonan perseorangan"),
    "pemberitaan": ("Bahan liputan tahapan pemilihan", "Konfirmasi data hasil rekapitulasi"),
    "tugas_kantor": ("Koordinasi produk hukum dengan Bagian Hukum Setda",
                     "Bahan rapat pengawasan tahapan"),
    "sengketa": ("Bahan permohonan sengketa proses", "Bahan pembelaan perkara DKPP"),
}
_STREETS = ("Diponegoro", "Gunung Raya", "Alianyang", "Sejahtera", "Pahlawan", "Yos Sudarso",
            "Kalimantan", "Bougenvil", "GM Situt", "Firdaus")
_CANCEL_REASONS = ("Pengunjung batal karena ada keperluan mendesak",
                   "Dokumen yang dicari belum tersedia di perpustakaan",
                   "Pengunjung tidak bersedia mengisi buku tamu",
                   "Layanan dihentikan karena rapat pleno terbuka",
                   "Kunjungan tercatat ganda oleh petugas")
_RATING_COMMENTS = {
    4: ("Pelayanan cepat dan ramah", "Dokumen lengkap, terima kasih", "Sangat membantu"),
    3: ("Cukup baik", "Petugas membantu mencari dokumen", "Ruang baca nyaman"),
    2: ("Dokumen yang dicari tidak lengkap", "Antrean agak lama"),
    1: ("Dokumen tidak tersedia", "Menunggu terlalu lama"),
}
_OFFICERS = (
    ("rina", "Rina Maharani, S.H.", "199203142019032015", "Pengelola Pelayanan Hukum", "officer"),
    ("hendra", "Hendra Kurniawan, S.H.", "198811052014021002", "Analis Hukum", "officer"),
    ("kasubbag", "Yohanes Bong, S.H., M.H.", "197906232005011004",
     "Kepala Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi, Hubungan Masyarakat, "
     "Hukum dan Sumber Daya Manusia", "head"),
    ("admin", "Administrator JDIH", None, "Pranata Komputer", "admin"),
)

# Public holidays (libur nasional). Fixed dates every year, movable ones per year as announced
# in the yearly joint decree (SKB); years outside the table get only the fixed dates.
_FIXED_HOLIDAYS = ((1, 1, "Tahun Baru Masehi"), (5, 1, "Hari Buruh Internasional"),
                   (6, 1, "Hari Lahir Pancasila"), (8, 17, "Hari Kemerdekaan Republik Indonesia"),
                   (12, 25, "Hari Raya Natal"))
_MOVABLE_HOLIDAYS: dict[int, tuple[tuple[int, int, str], ...]] = {
    2023: ((1, 22, "Tahun Baru Imlek"), (2, 18, "Isra Mikraj Nabi Muhammad SAW"),
           (3, 22, "Hari Suci Nyepi"), (4, 7, "Wafat Isa Almasih"), (4, 22, "Idul Fitri"),
           (4, 23, "Idul Fitri"), (5, 18, "Kenaikan Isa Almasih"), (6, 4, "Hari Raya Waisak"),
           (6, 29, "Idul Adha"), (7, 19, "Tahun Baru Islam"),
           (9, 28, "Maulid Nabi Muhammad SAW")),
    2024: ((2, 8, "Isra Mikraj Nabi Muhammad SAW"), (2, 10, "Tahun Baru Imlek"),
           (2, 14, "Hari Pemungutan Suara Pemilu 2024"), (3, 11, "Hari Suci Nyepi"),
           (3, 29, "Wafat Isa Almasih"), (4, 10, "Idul Fitri"), (4, 11, "Idul Fitri"),
           (5, 9, "Kenaikan Isa Almasih"), (5, 23, "Hari Raya Waisak"), (6, 17, "Idul Adha"),
           (7, 7, "Tahun Baru Islam"), (9, 16, "Maulid Nabi Muhammad SAW"),
           (11, 27, "Hari Pemungutan Suara Pemilihan Serentak 2024")),
    2025: ((1, 27, "Isra Mikraj Nabi Muhammad SAW"), (1, 29, "Tahun Baru Imlek"),
           (3, 29, "Hari Suci Nyepi"), (3, 31, "Idul Fitri"), (4, 1, "Idul Fitri"),
           (4, 18, "Wafat Isa Almasih"), (5, 12, "Hari Raya Waisak"),
           (5, 29, "Kenaikan Isa Almasih"), (6, 6, "Idul Adha"), (6, 27, "Tahun Baru Islam"),
           (9, 5, "Maulid Nabi Muhammad SAW")),
    2026: ((1, 16, "Isra Mikraj Nabi Muhammad SAW"), (2, 17, "Tahun Baru Imlek"),
           (3, 19, "Hari Suci Nyepi"), (3, 20, "Idul Fitri"), (3, 21, "Idul Fitri"),
           (4, 3, "Wafat Isa Almasih"), (5, 14, "Kenaikan Isa Almasih"), (5, 27, "Idul Adha"),
           (5, 31, "Hari Raya Waisak"), (6, 16, "Tahun Baru Islam"),
           (8, 25, "Maulid Nabi Muhammad SAW")),
    2027: ((1, 5, "Isra Mikraj Nabi Muhammad SAW"), (2, 6, "Tahun Baru Imlek"),
           (3, 8, "Hari Suci Nyepi"), (3, 10, "Idul Fitri"), (3, 11, "Idul Fitri"),
           (3, 26, "Wafat Isa Almasih"), (5, 6, "Kenaikan Isa Almasih"), (5, 17, "Idul Adha"),
           (5, 20, "Hari Raya Waisak"), (6, 6, "Tahun Baru Islam"),
           (8, 15, "Maulid Nabi Muhammad SAW")),
}

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))

_OPEN_STEPS = ("VISIT_BOOK", "ACCESS", "BROWSE", "LOAN", "HANDOVER", "DEPARTURE",
               "DOCUMENTATION")
_CHUNK_VALUES = 30000  # bound parameters per INSERT statement (SQLite allows 32766)


def roman(n: int) -> str:
    """Roman numeral, as used for months and MK register years in legal numbers."""
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def isbn13(rng: random.Random) -> str:
    """A well-formed ISBN-13 with an Indonesian group prefix and a valid check digit."""
    group = rng.choice(("602", "623"))
    body = f"978{group}{rng.randrange(10**6):06d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"978-{group}-{body[6:9]}-{body[9:]}-{check}"


def holidays_for_years(years: Iterable[int]) -> list[tuple[dt.date, str]]:
    """Indonesian public holidays for the given years, sorted, one name per date."""
    days: dict[dt.date, str] = {}
    for year in sorted(set(years)):
        for month, day, name in _FIXED_HOLIDAYS + _MOVABLE_HOLIDAYS.get(year, ()):
            days.setdefault(dt.date(year, month, day), name)
    return sorted(days.items())


def has_data() -> bool:
    """True when the opened database already holds a catalogue, visitors, visits or loans.

    Officers, loan rules and holidays do not count: a new database gets those by default.
    """
    return any(m.select().limit(1).exists() for m in (Document, Visitor, Visit, Loan))


# ---------------------------------------------------------------------------------------------
@dataclass
class _Doc:
    id: int
    key: str
    jenis: str
    nomor: str | None
    tahun: int
    judul: str
    subjek: str
    status: str = "berlaku"
    penetapan: dt.date | None = None
    pengundangan: dt.date | None = None
    teu: str | None = None
    sumber: str | None = None
    penerbit: str | None = None
    tempat_terbit: str | None = None
    isbn: str | None = None
    fisik: str | None = None
    abstrak: str | None = None
    catatan: str | None = None
    call_number: str | None = None
    nomor_induk: str | None = None


@dataclass
class _LoanPlan:
    visit_id: int
    visitor_id: int
    officer_id: int
    loaned_at: dt.datetime
    read_on_site: bool
    due: dt.date | None
    copies: list[int]
    returns: list[tuple[dt.datetime, list[int]]] = field(default_factory=list)
    id: int = 0


class _Generator:
    def __init__(self, db: Database, rng: random.Random, now: dt.datetime) -> None:
        self.db = db
        self.rng = rng
        self.now = now.replace(microsecond=0)
        self.today = self.now.date()
        self.pg = isinstance(db, PostgresqlDatabase)
        self._counters: dict[str, int] = {}
        self._copy_doc: dict[int, int] = {}

    # -- writing ------------------------------------------------------------------------------
    def insert(self, model: type, columns: Sequence[str], rows: list[tuple]) -> None:
        """Multi-row INSERTs with explicit ids, in chunks that fit SQLite's parameter limit."""
        if not rows:
            return
        table = model._meta.table_name
        cols = ", ".join(f'"{c}"' for c in columns)
        chunk = max(1, _CHUNK_VALUES // len(columns))
        ph = "%s" if self.pg else "?"
        one = "(" + ", ".join([ph] * len(columns)) + ")"
        convert = self._pg_value if self.pg else self._sqlite_value
        for start in range(0, len(rows), chunk):
            part = rows[start:start + chunk]
            sql = f'INSERT INTO "{table}" ({cols}) VALUES ' + ", ".join([one] * len(part))
            params = [convert(v) for row in part for v in row]
            self.db.execute_sql(sql, params)
        if self.pg and "id" in columns:
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT max(id) FROM "{table}"))')

    @staticmethod
    def _sqlite_value(v: object) -> object:
        # The same text peewee writes for these fields, without sqlite3's deprecated adapters.
        if isinstance(v, dt.datetime | dt.date):
            return str(v)
        if isinstance(v, bool):
            return int(v)
        return v

    @staticmethod
    def _pg_value(v: object) -> object:
        return v

    def next_id(self, model: type) -> int:
        row = self.db.execute_sql(f'SELECT max(id) FROM "{model._meta.table_name}"').fetchone()
        return int(row[0] or 0) + 1

    # -- helpers ------------------------------------------------------------------------------
    def date_in_year(self, year: int) -> dt.date:
        start = dt.date(year, 1, 2)
        end = min(dt.date(year, 12, 28), self.today - dt.timedelta(days=20))
        if end <= start:
            return start if start <= self.today else self.today
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def election_for(self, year: int, national: bool = False) -> str | None:
        pool = _NATIONAL_ELECTIONS if national else _ELECTIONS
        near = [name for y, name in pool if year <= y <= year + 1]
        return self.rng.choice(near) if near else None

    # -- catalogue ----------------------------------------------------------------------------
    def documents(self, total: int) -> list[_Doc]:
        rng = self.rng
        docs: list[_Doc] = []
        used: dict[tuple[str, int], set[int]] = {}
        next_no: dict[tuple[str, int], int] = {}
        first_id = self.next_id(Document)
        for key, jenis, nomor, tahun, judul, subjek, status in _CORE[:total]:
            if tahun > self.today.year:
                continue
            seq = int(nomor.split("/")[0])
            used.setdefault((jenis, tahun), set()).add(seq)
            docs.append(_Doc(first_id + len(docs), key, jenis, nomor, tahun, judul, subjek,
                             status))
        kinds = [k for k, _ in _MIX]
        weights = [w for _, w in _MIX]
        first_year = max(2008, self.today.year - 18)
        years = list(range(first_year, self.today.year + 1))
        year_weights = [1.0 + 2.0 * (y in {e for e, _ in _ELECTIONS} or (y + 1) in
                                     {e for e, _ in _ELECTIONS}) for y in years]
        n_generated = total - len(docs)
        for jenis, year in zip(rng.choices(kinds, weights, k=n_generated),
                               rng.choices(years, year_weights, k=n_generated), strict=True):
            if jenis in ("buku", "artikel"):
                docs.append(self._literature(first_id + len(docs), jenis, year))
                continue
            taken = used.setdefault((jenis, year), set())
            seq = next_no.get((jenis, year), 1)
            while seq in taken:
                seq += 1
            taken.add(seq)
            next_no[(jenis, year)] = seq + 1
            docs.append(self._generated(first_id + len(docs), jenis, year, seq))
        for d in docs:
            self._dates(d)
        return docs

    def _generated(self, doc_id: int, jenis: str, year: int, seq: int) -> _Doc:
        rng = self.rng
        month = rng.randrange(1, 13)
        e = self.election_for(year, national=jenis in ("pkpu", "kpt_ri"))
        k, lurah = rng.choice(KECAMATAN), rng.choice(KELURAHAN)
        fill = {"e": e or f"Pemilihan Umum Tahun {year}", "k": k, "l": lurah, "y": year,
                "p": year - 1, "s": rng.choice(("I", "II"))}
        if jenis == "kpt_kota":
            pool = _KOTA_ELECTION_TITLES + _KOTA_TITLES if e else _KOTA_TITLES
            title, subj = rng.choice(pool)
            if year >= 2019:
                nomor = f"{seq}/HK.03.1-Kpt/{SINGKAWANG}/KPU-Kot/{roman(month)}/{year}"
            else:
                nomor = f"{seq}/Kpts/KPU-Kota-019.435789/{year}"
        elif jenis == "kpt_sek":
            title, subj = rng.choice(_SEK_TITLES if e else _SEK_TITLES[:-1])
            code = rng.choice(("KU.02.1", "HK.03.1", "SDM.12", "RT.03"))
            if year >= 2019:
                nomor = f"{seq}/{code}-Kpt/{SINGKAWANG}/Sek-Kot/{roman(month)}/{year}"
            else:
                nomor = f"{seq}/Kpts/Set-KPU-Kota-019.435789/{year}"
        elif jenis == "kpt_ri":
            title, subj = rng.choice(_RI_TITLES)
            code = rng.choice(("PL.01.1", "PL.02.1", "HK.03.1", "PP.04.1", "KU.02.1"))
            nomor = (f"{seq}/{code}-Kpt/01/KPU/{roman(month)}/{year}" if year >= 2019
                     else f"{seq}/Kpts/KPU/Tahun {year}")
        elif jenis == "pkpu":
            title, subj = rng.choice(_PKPU_TITLES)
            nomor = str(seq)
        elif jenis == "uu":
            title, subj = rng.choice(_UU_TITLES)
            nomor = str(seq)
        elif jenis == "mk":
            title, subj, register = rng.choice(_MK_TITLES)
            nomor = f"{seq}/{register}-{roman(year - 2002)}/{year}"
        elif jenis == "dkpp":
            title, subj = rng.choice(_DKPP_TITLES), "PENYELENGGARA - KODE ETIK"
            nomor = f"{seq}-PKE-DKPP/{roman(month)}/{year}"
        else:  # ptun
            title, subj = rng.choice(_PTUN_TITLES), "SENGKETA TATA USAHA NEGARA - PEMILIHAN"
            nomor = f"{seq}/G/{year}/PTUN.PTK"
        return _Doc(doc_id, f"{jenis}-{seq}-{year}", jenis, nomor, year,
                    title.format(**fill), subj)

    def _literature(self, doc_id: int, jenis: str, year: int) -> _Doc:
        rng = self.rng
        author = f"{rng.choice(_FIRST_M + _FIRST_F)} {rng.choice(_LAST)}"
        fill = {"e": self.election_for(year) or f"Pemilihan Umum Tahun {year}",
                "k": f"Kecamatan {rng.choice(KECAMATAN)}"}
        if jenis == "buku":
            topic, subj = rng.choice(_BOOK_TOPICS)
            publisher, city = rng.choice(_PUBLISHERS)
            pages = rng.randrange(90, 520)
            d = _Doc(doc_id, f"buku-{doc_id}", jenis, None, year,
                     f"{topic}: {rng.choice(_BOOK_SUBTITLES)}", subj, teu=author)
            d.penerbit, d.tempat_terbit = publisher, city
            d.isbn = isbn13(rng) if year >= 2005 else None
            d.fisik = (f"{roman(rng.randrange(6, 24)).lower()}, {pages} hlm.; "
                       f"{rng.choice((21, 23, 24))} cm")
            d.call_number = f"342.07 {author.split()[-1][:3].upper()} {topic[0].lower()}"
            d.nomor_induk = f"B-{doc_id:05d}/{year}"
            return d
        journal = rng.choice(_JOURNALS)
        vol = max(1, year - 2015)
        start = rng.randrange(1, 180)
        d = _Doc(doc_id, f"artikel-{doc_id}", jenis, None, year,
                 rng.choice(_ARTICLE_TITLES).format(**fill), "HUKUM PEMILU - KAJIAN",
                 teu=author)
        d.sumber = (f"{journal}, Vol. {vol} No. {rng.randrange(1, 3)} ({year}), "
                    f"hlm. {start}-{start + rng.randrange(12, 30)}")
        d.abstrak = (f"Tulisan ini mengkaji {d.judul[0].lower()}{d.judul[1:]} dengan pendekatan "
                     "yuridis normatif dan data lapangan dari Kota Singkawang.")
        return d

    def _dates(self, d: _Doc) -> None:
        spec = JENIS[d.jenis]
        if spec.doc_type in ("monografi", "artikel"):
            return
        d.penetapan = self.date_in_year(d.tahun)
        if d.jenis in ("uu", "pkpu"):
            d.pengundangan = min(self.today, d.penetapan + dt.timedelta(
                days=self.rng.randrange(0, 12)))
            d.sumber = (f"Lembaran Negara Republik Indonesia Tahun {d.tahun} Nomor "
                        f"{self.rng.randrange(1, 250)}" if d.jenis == "uu" else
                        f"Berita Negara Republik Indonesia Tahun {d.tahun} Nomor "
                        f"{self.rng.randrange(1, 1600)}")
        elif spec.doc_type == "putusan":
            d.sumber = f"Salinan putusan {spec.teu}"

    def relations(self, docs: list[_Doc]) -> list[tuple[int, int, str, str | None]]:
        """Core relations plus amendment/revocation chains among generated decisions."""
        by_key = {d.key: d for d in docs}
        rows: list[tuple[int, int, str, str | None]] = []
        seen: set[tuple[int, int, str]] = set()

        def add(src: _Doc, kind: str, tgt: _Doc) -> None:
            for a, k, b in ((src, kind, tgt), (tgt, RELATION_INVERSE[kind], src)):
                if (a.id, b.id, k) not in seen:
                    seen.add((a.id, b.id, k))
                    rows.append((a.id, b.id, k, None))
            if kind == "mencabut":
                tgt.status = "tidak_berlaku"

        for s, kind, t in _CORE_RELATIONS:
            if s in by_key and t in by_key:
                src, tgt = by_key[s], by_key[t]
                if src.tahun == tgt.tahun and src.penetapan and tgt.penetapan \
                        and src.penetapan < tgt.penetapan:  # the amendment comes second
                    src.penetapan, tgt.penetapan = tgt.penetapan, src.penetapan
                    src.pengundangan, tgt.pengundangan = tgt.pengundangan, src.pengundangan
                add(src, kind, tgt)
        by_jenis: dict[str, list[_Doc]] = {}
        topic = {d.id: d.judul for d in docs}  # what a decision is about, without "Perubahan"
        for d in docs:
            if d.jenis in ("kpt_kota", "kpt_sek", "kpt_ri", "pkpu") and d.key not in _CORE_KEYS:
                by_jenis.setdefault(d.jenis, []).append(d)
        for jenis, group in by_jenis.items():
            group.sort(key=lambda d: (d.penetapan or dt.date(d.tahun, 1, 1), d.id))
            label = JENIS[jenis].jenis
            for i, d in enumerate(group[1:], start=1):
                if self.rng.random() >= 0.06:
                    continue
                tgt = group[self.rng.randrange(max(0, i - 40), i)]
                if tgt.tahun > d.tahun or tgt.status == "tidak_berlaku":
                    continue
                # Decision numbers carry their year ("…/IV/2023"); plain numbers do not.
                tahun = "" if "/" in (tgt.nomor or "") else f" Tahun {tgt.tahun}"
                cited = f"{label} Nomor {tgt.nomor}{tahun} tentang {topic[tgt.id]}"
                topic[d.id] = topic[tgt.id]
                d.subjek = tgt.subjek
                if self.rng.random() < 0.6:
                    d.judul = f"Perubahan atas {cited}"
                    add(d, "mengubah", tgt)
                else:
                    d.judul = f"Pencabutan {cited}"
                    d.catatan = f"Mencabut {label} Nomor {tgt.nomor}{tahun}"
                    add(d, "mencabut", tgt)
        return rows

    def write_documents(self, docs: list[_Doc]) -> None:
        cols = ("id", "doc_type", "jenis", "singkatan_jenis", "nomor", "tahun", "judul",
                "teu_badan", "tempat_penetapan", "tanggal_penetapan", "tanggal_pengundangan",
                "sumber", "subjek", "status", "bahasa", "lokasi", "bidang_hukum", "penerbit",
                "tempat_terbit", "isbn", "deskripsi_fisik", "abstrak", "catatan", "call_number",
                "nomor_induk", "issuer", "created_at", "updated_at")
        rows = []
        base = self.now - dt.timedelta(days=400)
        for d in docs:
            spec = JENIS[d.jenis]
            created = base + dt.timedelta(seconds=d.id * 7 % (380 * 86400))
            rows.append((d.id, spec.doc_type, spec.jenis, spec.singkatan, d.nomor, d.tahun,
                         d.judul, d.teu or spec.teu, spec.tempat, d.penetapan, d.pengundangan,
                         d.sumber, d.subjek, d.status, "Indonesia", LIBRARY, spec.bidang,
                         d.penerbit, d.tempat_terbit, d.isbn, d.fisik, d.abstrak, d.catatan,
                         d.call_number, d.nomor_induk,
                         issuer_key(d.teu or spec.teu, d.judul, spec.jenis), created, created))
        self.insert(Document, cols, rows)

    def copies(self, docs: list[_Doc]) -> tuple[list[tuple], list[int]]:
        """Copy rows and the ids of copies that may leave the room."""
        rng = self.rng
        rows: list[tuple] = []
        loanable: list[int] = []
        next_id = self.next_id(Copy)
        seq = self._counter("copy_barcode")
        for d in docs:
            spec = JENIS[d.jenis]
            n = rng.choice((1, 2, 2, 3)) if spec.doc_type in ("peraturan", "monografi") else \
                rng.choice((1, 1, 2))
            for i in range(n):
                seq += 1
                # With two or more copies the first stays as the reading-room reference copy;
                # single articles and decisions are mostly read on site.
                on_site = (n > 1 and i == 0) or (n == 1 and spec.doc_type in (
                    "artikel", "putusan") and rng.random() < 0.5)
                r = rng.random()
                condition = "hilang" if r < 0.005 else "rusak" if r < 0.025 else "baik"
                shelf = f"Rak {spec.shelf}-{(d.tahun % 20) + 1:02d}"
                rows.append((next_id, d.id, format_barcode(seq), shelf, condition, on_site,
                             condition == "hilang", None, self.now - dt.timedelta(days=400)))
                if condition == "baik" and not on_site:
                    loanable.append(next_id)
                next_id += 1
        self._counters["copy_barcode"] = seq
        return rows, loanable

    def _counter(self, name: str) -> int:
        if name not in self._counters:
            row = Counter.get_or_none(Counter.name == name)
            self._counters[name] = row.value if row else 0
        return self._counters[name]

    # -- people -------------------------------------------------------------------------------
    def officers(self) -> list[int]:
        for username, name, nip, position, role in _OFFICERS:
            if not Officer.select().where(Officer.username == username).exists():
                Officer.create(username=username, full_name=name, nip=nip, position=position,
                               role=role, created_at=self.now - dt.timedelta(days=500))
        desk = Officer.select(Officer.id).where(Officer.role == "officer", Officer.active)
        return sorted(o.id for o in desk)

    def visitors(self, n: int) -> list[list]:
        rng = self.rng
        rows: list[list] = []
        used: set[tuple[str, str]] = set()
        next_id = self.next_id(Visitor)
        cats = [c for c, _ in _CATEGORY_WEIGHTS]
        cw = [w for _, w in _CATEGORY_WEIGHTS]
        for i in range(n):
            female = rng.random() < 0.48
            first = rng.choice(_FIRST_F if female else _FIRST_M)
            name = f"{first} {rng.choice(_LAST)}"
            if rng.random() < 0.25:
                name += f" {rng.choice(_LAST)}"
            cat = rng.choices(cats, cw)[0]
            id_type = "ktm" if cat == "pelajar" and rng.random() < 0.5 else "nik"
            while True:
                if id_type == "nik":
                    born = dt.date(rng.randrange(1960, 2007), rng.randrange(1, 13),
                                   rng.randrange(1, 29))
                    dd = born.day + (40 if female else 0)
                    number = (f"{SINGKAWANG}{rng.randrange(1, 6):02d}{dd:02d}{born:%m%y}"
                              f"{rng.randrange(1, 10000):04d}")
                else:
                    number = f"H1A{rng.randrange(18, 26):02d}{rng.randrange(1, 100000):05d}"
                if (id_type, number) not in used:
                    used.add((id_type, number))
                    break
            institution = rng.choice(_INSTITUTIONS[cat])
            phone = f"+628{rng.choice(('11', '12', '13', '21', '22', '52', '77', '95'))}" \
                    f"{rng.randrange(10**7, 10**8)}"
            email = (f"{fold(first)}.{i % 997}@{rng.choice(('gmail.com', 'yahoo.co.id'))}"
                     if rng.random() < 0.4 else None)
            address = (f"Jl. {rng.choice(_STREETS)} No. {rng.randrange(1, 200)}, "
                       f"Kel. {rng.choice(KELURAHAN)}, Kota Singkawang")
            ktp_name = None
            if i % 12 == 5:  # one visitor in twelve writes the name in Chinese characters
                name, ktp_name = _CJK_NAMES[(i // 12) % len(_CJK_NAMES)]
            rows.append([next_id + i, name, id_type, number, institution, address, phone, email,
                         cat, fold(name), None, None, ktp_name,
                         fold(ktp_name) if ktp_name else None])
        return rows

    # -- visits -------------------------------------------------------------------------------
    def visits(self, n: int, visitors: list[list], officers: list[int], docs: list[_Doc],
               loanable: list[int], holidays: set[dt.date]) -> dict:
        rng = self.rng
        start = self.today - dt.timedelta(days=365)
        days = [start + dt.timedelta(days=i) for i in range((self.today - start).days)]
        days = [d for d in days if d.weekday() < 5 and d not in holidays] or [self.today]
        n_open = min(len(_OPEN_STEPS), n // 40 if n >= 40 else min(n, 3))
        n_past = n - n_open
        # Arrival times: a working day, office hours 08:00-15:00, sorted so ids follow time.
        arrivals = sorted(
            dt.datetime.combine(rng.choice(days), dt.time(8)) +
            dt.timedelta(minutes=rng.randrange(0, 420)) for _ in range(n_past))
        # Visits still open today: the further along the SOP, the longer ago the arrival.
        open_arrivals = sorted(
            self.now - dt.timedelta(minutes=10 + 13 * k + rng.randrange(0, 8))
             for k in range(n_open))
        popular = [d.id for d in docs if d.key in _CORE_KEYS] or [d.id for d in docs]
        all_ids = [d.id for d in docs]
        vid = self.next_id(Visit)
        vrows: list[tuple] = []
        consult: list[tuple] = []
        loans: list[_LoanPlan] = []
        busy: dict[int, dt.datetime | None] = {}
        first_visit: dict[int, dt.datetime] = {}
        copy_doc = self._copy_doc
        purposes = list(_PURPOSES)
        mins = dt.timedelta(minutes=1)
        for idx, arrived in enumerate(arrivals + open_arrivals):
            is_open = idx >= n_past
            visitor = visitors[rng.randrange(len(visitors))] if visitors else None
            visitor_id = visitor[0] if visitor else None
            if visitor_id is not None:
                first_visit.setdefault(visitor_id, arrived)
            officer = rng.choice(officers)
            cat = rng.choice(purposes)
            purpose = rng.choice(_PURPOSES[cat])
            half = "01" if arrived.month < 7 else "07"
            t = {"arrived_at": arrived}
            t["visit_book_at"] = arrived + mins * rng.randrange(2, 10)
            t["access_at"] = t["visit_book_at"] + mins * rng.randrange(1, 5)
            t["browse_at"] = t["access_at"] + mins * rng.randrange(10, 90)
            borrow = rng.random() < 0.35
            status, step = "closed", "CLOSED"
            cancelled_at = cancel_reason = None
            if is_open:
                status = "open"
                step = _OPEN_STEPS[(n_past + n_open - 1 - idx) % len(_OPEN_STEPS)]
                borrow = step in ("LOAN", "HANDOVER") or (borrow and step != "BROWSE")
                # Squeeze the boxes done so far between arrival and now.
                span = max(4, int((self.now - arrived).total_seconds() // 60) - 2)
                t["visit_book_at"] = arrived + mins * max(1, span // 8)
                t["access_at"] = arrived + mins * max(2, span // 5)
                t["browse_at"] = arrived + mins * max(3, span // 2)
            elif rng.random() < 0.03:
                status = "cancelled"
                step = rng.choice(("VISIT_BOOK", "ACCESS", "BROWSE"))
                cancel_reason = rng.choice(_CANCEL_REASONS)
            if borrow:
                t["loan_at"] = t["browse_at"] + mins * rng.randrange(2, 8)
                t["handover_at"] = t["loan_at"] + mins * rng.randrange(1, 3)
                t["departed_at"] = t["handover_at"] + mins * rng.randrange(1, 5)
            else:
                t["departed_at"] = t["browse_at"] + mins * rng.randrange(1, 5)
            t["documented_at"] = t["departed_at"] + mins * rng.randrange(5, 90)
            order = ["arrived_at", "visit_book_at", "access_at", "browse_at", "loan_at",
                     "handover_at", "departed_at", "documented_at"]
            # Keep only the boxes already completed at the visit's current step.
            done_upto = {"CLOSED": 8, "VISIT_BOOK": 1, "ACCESS": 2, "BROWSE": 3, "LOAN": 4,
                         "HANDOVER": 5, "DEPARTURE": 6, "DOCUMENTATION": 7}[step]
            keep = order[:done_upto]
            if not borrow:
                keep = [k for k in keep if k not in ("loan_at", "handover_at")]
            if is_open:
                for k in keep:
                    t[k] = min(t[k], self.now - mins * (len(order) - order.index(k)))
            stamps = {k: t[k] for k in keep}
            if status == "cancelled":
                cancelled_at = max(stamps.values()) + mins * rng.randrange(1, 15)
            # Loan at box 6, returns planned ahead so availability is known in time order.
            if borrow and "loan_at" in stamps and visitor_id is not None:
                plan = self._plan_loan(vid, visitor_id, officer, stamps, loanable, busy,
                                       holidays)
                if plan is None:  # nothing on the shelf: the visitor read on site instead
                    borrow = False
                    stamps.pop("loan_at", None)
                    stamps.pop("handover_at", None)
                    if step in ("LOAN", "HANDOVER"):
                        step = "BROWSE"
                        stamps.pop("browse_at", None)
                else:
                    loans.append(plan)
            if "browse_at" in stamps:
                seen_docs: set[int] = set()
                picks = [rng.choice(popular) if rng.random() < 0.4 else rng.choice(all_ids)
                         for _ in range(rng.randrange(1, 4))]
                if borrow and loans and loans[-1].visit_id == vid:
                    picks += [copy_doc[c] for c in loans[-1].copies]
                for doc_id in picks:
                    if doc_id not in seen_docs:
                        seen_docs.add(doc_id)
                        at = stamps["access_at"] + (stamps["browse_at"] - stamps["access_at"]) \
                            * rng.random()
                        consult.append((vid, doc_id, at.replace(microsecond=0)))
            rating = comment = None
            if status == "closed" and rng.random() < 0.7:
                rating = rng.choices((4, 3, 2, 1), (50, 35, 10, 5))[0]
                if rng.random() < 0.5:
                    comment = rng.choice(_RATING_COMMENTS[rating])
            reached_departure = "departed_at" in stamps
            notes = None
            if "documented_at" in stamps:
                notes = ("Peminjaman dicatat dan tanda terima diserahkan." if borrow else
                         "Pengunjung membaca di tempat; tidak meminjam.")
            consent = "visit_book_at" in stamps
            updated = max([*stamps.values(), *([cancelled_at] if cancelled_at else [])])
            vrows.append((
                vid, visitor_id, officer, step, status, purpose, cat,
                visitor[8] if consent and visitor else None, consent,
                f"{arrived.year}-{half}" if consent else None,
                stamps.get("visit_book_at"), officer if "access_at" in stamps else None,
                (borrow if "browse_at" in stamps or step == "LOAN" else None),
                stamps.get("arrived_at"), stamps.get("visit_book_at"), stamps.get("access_at"),
                stamps.get("browse_at"), stamps.get("loan_at"), stamps.get("handover_at"),
                stamps.get("departed_at"), stamps.get("documented_at"), cancelled_at,
                cancel_reason, rating if reached_departure else None,
                comment if reached_departure else None, notes, updated))
            vid += 1
        return {"rows": vrows, "consult": consult, "loans": loans, "first_visit": first_visit}

    def _plan_loan(self, visit_id: int, visitor_id: int, officer: int,
                   stamps: dict[str, dt.datetime], loanable: list[int],
                   busy: dict[int, dt.datetime | None],
                   holidays: set[dt.date]) -> _LoanPlan | None:
        rng = self.rng
        at = stamps["loan_at"]
        wanted = rng.choices((1, 2, 3), (60, 30, 10))[0]
        chosen: list[int] = []
        for _ in range(wanted * 4):
            if len(chosen) == wanted or not loanable:
                break
            c = loanable[rng.randrange(len(loanable))]
            if c in chosen:
                continue
            until = busy.get(c, at)
            if until is not None and until <= at:
                chosen.append(c)
        if not chosen:
            return None
        on_site = rng.random() < 0.2
        due = None if on_site else due_date(at.date(), 7, holidays=holidays)
        plan = _LoanPlan(visit_id, visitor_id, officer, at, on_site, due, chosen)
        # When do the copies come back?
        if on_site:
            back = stamps.get("departed_at") or (at + dt.timedelta(minutes=30))
            plan.returns.append((back, list(chosen)))
        else:
            r = rng.random()

            def desk_time(day: dt.date) -> dt.datetime:
                return dt.datetime.combine(day, dt.time(8)) + dt.timedelta(
                    minutes=rng.randrange(0, 420))

            if r < 0.70:
                span = max(2, (due - at.date()).days + 1)
                day = at.date() + dt.timedelta(days=rng.randrange(1, span))
                plan.returns.append((desk_time(day), list(chosen)))
            elif r < 0.82:
                plan.returns.append((desk_time(due + dt.timedelta(days=rng.randrange(1, 21))),
                                     list(chosen)))
            elif r < 0.92 and len(chosen) > 1:
                split = rng.randrange(1, len(chosen))
                first = desk_time(at.date() + dt.timedelta(days=rng.randrange(1, 8)))
                plan.returns.append((first, chosen[:split]))
                if rng.random() < 0.6:
                    plan.returns.append((first + dt.timedelta(days=rng.randrange(2, 25)),
                                         chosen[split:]))
            # else: never returned (yet) - overdue once the due date passes
        plan.returns = [(max(when, at + dt.timedelta(hours=1)) if not on_site else when, items)
                        for when, items in plan.returns if when <= self.now]
        back_at = {c: when for when, items in plan.returns for c in items}
        for c in chosen:
            busy[c] = back_at.get(c)  # None: still out
        return plan


_CORE_KEYS = frozenset(k for k, *_ in _CORE)


def generate_demo_data(documents: int = 300, visits: int = 600, seed: int = 2022, *,
                       clock: Clock | None = None) -> dict[str, int]:
    """Fill the opened database with a demo collection and a year of visits; return counts.

    Visits cover the 12 months ending at the clock's now. Refuses (StoreError) when the
    database already holds documents, visitors, visits or loans.
    """
    db = database_proxy.obj
    now = (clock or (lambda: dt.datetime.now()))().replace(microsecond=0)
    if has_data():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Messages", "Basis data ini sudah berisi katalog atau kunjungan; data demo tidak "
                "ditambahkan. Pilih folder data baru dengan --data-dir."))
    rng = random.Random(seed)
    gen = _Generator(db, rng, now)
    stats: dict[str, int] = {}
    with db.atomic():
        # Holidays of the covered years (and the next, for due dates).
        years = range(now.year - 1, now.year + 2)
        existing = {h.date for h in Holiday.select(Holiday.date)}
        hol = [(d, name) for d, name in holidays_for_years(years) if d not in existing]
        gen.insert(Holiday, ("id", "date", "name"),
                   [(gen.next_id(Holiday) + i, d, name) for i, (d, name) in enumerate(hol)])
        holidays = existing | {d for d, _ in hol}
        stats["holidays"] = len(hol)

        officers = gen.officers()
        stats["officers"] = Officer.select().count()
        docs = gen.documents(documents)
        relations = gen.relations(docs)
        gen.write_documents(docs)
        first_rel = gen.next_id(DocumentRelation)
        gen.insert(DocumentRelation, ("id", "source_id", "target_id", "kind", "note"),
                   [(first_rel + i, *r) for i, r in enumerate(relations)])
        copy_rows, loanable = gen.copies(docs)
        gen.insert(Copy, ("id", "document_id", "barcode", "shelf", "condition", "read_on_site",
                          "withdrawn", "notes", "created_at"), copy_rows)
        gen._copy_doc = {r[0]: r[1] for r in copy_rows}
        stats.update(documents=len(docs), relations=len(relations), copies=len(copy_rows))

        n_visitors = max(1, visits // 3) if visits else 0
        visitor_rows = gen.visitors(n_visitors)
        rules = _rule_ids()
        v = gen.visits(visits, visitor_rows, officers, docs, loanable, holidays)
        for row in visitor_rows:
            first = v["first_visit"].get(row[0], now - dt.timedelta(days=366))
            row[10] = row[11] = first
        gen.insert(Visitor, ("id", "full_name", "id_type", "id_number", "institution",
                             "address", "phone", "email", "category", "name_search",
                             "created_at", "updated_at", "ktp_name", "ktp_search"),
                   [tuple(r) for r in visitor_rows])
        gen.insert(Visit, (
            "id", "visitor_id", "officer_id", "step", "status", "purpose", "purpose_category",
            "visitor_category", "consent_given", "consent_version", "consent_at",
            "access_officer_id", "wants_to_borrow", "arrived_at", "visit_book_at", "access_at",
            "browse_at", "loan_at", "handover_at", "departed_at", "documented_at", "cancelled_at",
            "cancel_reason", "rating", "rating_comment", "officer_notes", "updated_at"),
            v["rows"])
        stats["skm_responses"] = _write_skm(gen, v["rows"])
        first_c = gen.next_id(VisitConsultation)
        gen.insert(VisitConsultation, ("id", "visit_id", "document_id", "at"),
                   [(first_c + i, *c) for i, c in enumerate(v["consult"])])
        stats.update(visitors=len(visitor_rows), visits=len(v["rows"]),
                     consultations=len(v["consult"]))
        stats.update(_write_loans(gen, v["loans"], rules))
        for name, value in sorted(gen._counters.items()):
            Counter.insert(name=name, value=value).on_conflict(
                conflict_target=[Counter.name], update={Counter.value: value}).execute()
        audit.record(at=now, action="demo.generate", entity="database",
                        detail=f'{{"seed": {int(seed)}, "documents": {int(documents)}, '
                               f'"visits": {int(visits)}}}')
    log.info("demo data generated: %s", stats)
    return stats


def _rule_ids() -> tuple[int, int]:
    on_site = LoanRule.select(LoanRule.id).where(LoanRule.read_on_site).order_by(LoanRule.id)
    home = LoanRule.select(LoanRule.id).where(~LoanRule.read_on_site).order_by(LoanRule.id)
    a, b = on_site.first(), home.first()
    return (a.id if a else 0, b.id if b else 0)


def _write_skm(gen: _Generator, visit_rows: list) -> int:
    """An SKM sheet for each rated visit: the nine elements spread around its 1-4 rating, a
    profile on some sheets, the rating comment as the suggestion. Derived from the visit id
    (no draw from the shared random stream), so the rest of the demo data is unchanged."""
    from jdih_desktop.services.skm import AGE_GROUPS, EDUCATION, OCCUPATIONS

    ages, edu, occ = list(AGE_GROUPS), list(EDUCATION), list(OCCUPATIONS)
    rows = []
    first = gen.next_id(SkmResponse)
    for row in visit_rows:
        vid, rating, comment, departed = row[0], row[23], row[24], row[19]
        if rating is None or departed is None:
            continue
        answers = [min(4, max(1, rating + ((vid * 7 + k * 3) % 5 == 0)
                              - ((vid + k * 5) % 7 == 0))) for k in range(9)]
        answers[3] = 4 if (vid % 10) else 3  # biaya: the service is free
        profile = (ages[vid % len(ages)], "lp"[vid % 2], edu[vid % len(edu)],
                   occ[vid % len(occ)]) if vid % 3 else (None, None, None, None)
        rows.append((first + len(rows), vid, departed, *answers, *profile, comment))
    gen.insert(SkmResponse, ("id", "visit_id", "at", "u1", "u2", "u3", "u4", "u5", "u6", "u7",
                             "u8", "u9", "age_group", "sex", "education", "occupation",
                             "suggestion"), rows)
    return len(rows)


def _write_loans(gen: _Generator, plans: list[_LoanPlan], rules: tuple[int, int]) -> dict:
    """Number loans and returns in time order per year, then write loans, returns, items."""
    plans.sort(key=lambda p: (p.loaned_at, p.visit_id))
    loan_rows, item_rows, return_rows = [], [], []
    first_loan = gen.next_id(Loan)
    per_year: dict[str, int] = {}

    def number(prefix: str, kind: str, year: int) -> str:
        name = f"{kind}:{year}"
        if name not in per_year:
            per_year[name] = gen._counter(name)
        per_year[name] += 1
        gen._counters[name] = per_year[name]
        return f"{prefix}-{year}-{per_year[name]:06d}"

    events: list[tuple[dt.datetime, int, list[int], _LoanPlan]] = []
    for i, p in enumerate(plans):
        p.id = first_loan + i
        for when, items in p.returns:
            events.append((when, p.id, items, p))
    events.sort(key=lambda e: (e[0], e[1]))
    first_return = gen.next_id(Return)
    returned: dict[tuple[int, int], tuple[int, dt.datetime]] = {}
    for j, (when, loan_id, items, p) in enumerate(events):
        rid = first_return + j
        note = "Dibaca di tempat" if p.read_on_site else None
        return_rows.append((rid, loan_id, number("KB", "return", when.year), p.officer_id,
                            when, note))
        for c in items:
            returned[(loan_id, c)] = (rid, when)
    for p in plans:
        status = "open"
        n_back = sum((p.id, c) in returned for c in p.copies)
        if n_back == len(p.copies):
            status = "returned"
        elif n_back:
            status = "partial"
        loan_rows.append((p.id, number("PJ", "loan", p.loaned_at.year), p.visit_id,
                          p.visitor_id, p.officer_id, rules[0] if p.read_on_site else rules[1],
                          p.loaned_at, p.due, p.read_on_site, status,
                          p.loaned_at + dt.timedelta(seconds=30), 1))
    next_item = gen.next_id(LoanItem)
    for p in plans:
        for c in p.copies:
            rid, when = returned.get((p.id, c), (None, None))
            item_rows.append((next_item, p.id, c, rid, when, "baik" if rid else None, None))
            next_item += 1
    # Loans first (returns point at them), then returns, then items (point at both).
    gen.insert(Loan, ("id", "receipt_number", "visit_id", "visitor_id", "officer_id", "rule_id",
                      "loaned_at", "due_date", "read_on_site", "status", "printed_at",
                      "print_count"), loan_rows)
    gen.insert(Return, ("id", "loan_id", "slip_number", "officer_id", "returned_at", "note"),
               return_rows)
    gen.insert(LoanItem, ("id", "loan_id", "copy_id", "returned_id", "returned_at",
                          "return_condition", "return_note"), item_rows)
    overdue = sum(1 for p in plans if p.due and p.due < gen.today and any(
        (p.id, c) not in returned for c in p.copies))
    return {"loans": len(loan_rows), "loan_items": len(item_rows), "returns": len(return_rows),
            "overdue_loans": overdue}
