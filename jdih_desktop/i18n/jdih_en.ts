<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AccessPage</name>
    <message>
        <source>Beri akses ke koleksi  (Enter)</source>
        <translation>Grant access to the collection  (Enter)</translation>
    </message>
    <message>
        <source>Beri akses ke koleksi</source>
        <translation>Grant access to the collection</translation>
    </message>
    <message>
        <source>Pemberian akses</source>
        <translation>Granting access</translation>
    </message>
    <message>
        <source>Petugas memberikan akses/izin kepada pengunjung untuk menelusuri koleksi (SOP langkah 4).</source>
        <translation>The officer gives the visitor access to browse the collection (SOP step 4).</translation>
    </message>
    <message>
        <source>Pengunjung</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Buku kunjungan</source>
        <translation>Visitor book</translation>
    </message>
    <message>
        <source>Persetujuan privasi</source>
        <translation>Privacy consent</translation>
    </message>
    <message>
        <source>ya, versi %1</source>
        <translation>yes, version %1</translation>
    </message>
    <message>
        <source>Akses diberikan oleh</source>
        <translation>Access granted by</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <source>Cari pengunjung yang pernah datang dengan NIK, nomor telepon atau nama — buku kunjungan akan terisi otomatis. Untuk pengunjung baru pilih baris pertama. Tekan Enter untuk melanjutkan.</source>
        <translation>Find a returning visitor by NIK (ID number), phone number or name — the visitor book is filled in automatically. For a new visitor choose the first row. Press Enter to continue.</translation>
    </message>
    <message>
        <source>Cari pengunjung</source>
        <translation>Find visitor</translation>
    </message>
    <message>
        <source>NIK, nomor telepon atau nama pengunjung…</source>
        <translation>Visitor&apos;s NIK, phone number or name…</translation>
    </message>
    <message>
        <source>Pengunjung ditemukan</source>
        <translation>Visitors found</translation>
    </message>
    <message>
        <source>Kedatangan pengunjung</source>
        <translation>Visitor arrival</translation>
    </message>
    <message>
        <source>Pengunjung melapor kepada petugas; petugas meminta pengunjung mengisi buku kunjungan (SOP langkah 1–2).</source>
        <translation>The visitor reports to the officer; the officer asks the visitor to fill in the visitor book (SOP steps 1–2).</translation>
    </message>
    <message>
        <source>+  Pengunjung baru — isi buku kunjungan dari awal</source>
        <translation>+  New visitor — fill in the visitor book from scratch</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>telepon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>  ·  terakhir datang %1</source>
        <translation>  ·  last visit %1</translation>
    </message>
    <message>
        <source>  ·  %1 peminjaman belum kembali</source>
        <translation>  ·  %1 loans not yet returned</translation>
    </message>
    <message>
        <source>nama KTP</source>
        <translation>KTP name</translation>
    </message>
    <message>
        <source>Mencari pengunjung…</source>
        <translation>Searching for the visitor…</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>Naskah lengkap</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Hasil digitalisasi</source>
        <translation>Digitised result</translation>
    </message>
    <message>
        <source>Pindaian pengembalian</source>
        <translation>Return scan</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nomor pengunjung</source>
        <translation>Visitor number</translation>
    </message>
    <message>
        <source>nomor pengunjung</source>
        <translation>visitor number</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Petugas:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Tindakan:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Sampai:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Pengunjung:</source>
        <translation>Visitor:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 baris.</source>
        <translation>%1 rows.</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Diekspor ke %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Status cadangan</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>⚠ Cadangan terakhir: %1</source>
        <translation>⚠ Last backup: %1</translation>
    </message>
    <message>
        <source>Cadangan sudah lebih lama dari jadwal. Buat sekarang: Berkas → Cadangkan sekarang.</source>
        <translation>The last backup is older than the schedule allows. Make one now: File → Back up now.</translation>
    </message>
    <message>
        <source>Cadangan: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>⚠ Basis data rusak — pulihkan cadangan</source>
        <translation>⚠ Database damaged — restore a backup</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder cadangan:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Sebaiknya di disk lain, flashdisk atau folder jaringan: cadangan di disk yang sama ikut hilang bila disknya rusak.</source>
        <translation>Preferably on another disk, a USB drive or a network folder: a backup on the same disk is lost with the disk.</translation>
    </message>
    <message>
        <source>Cadangkan otomatis setiap</source>
        <translation>Back up automatically every</translation>
    </message>
    <message>
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Jadwal:</source>
        <translation>Schedule:</translation>
    </message>
    <message>
        <source>Cadangkan juga saat aplikasi ditutup</source>
        <translation>Also back up when the application closes</translation>
    </message>
    <message>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Simpan:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Terakhir:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Cadangan di folder:</source>
        <translation>Backups in the folder:</translation>
    </message>
    <message>
        <source>Cadangkan &amp;sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Kegagalan terakhir: %1</source>
        <translation>Last failure: %1</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Membuat dan memeriksa cadangan…</source>
        <translation>Making and checking the backup…</translation>
    </message>
    <message>
        <source>Cadangan ditulis dan diperiksa: %1 (%2 MB)</source>
        <translation>Backup written and checked: %1 (%2 MB)</translation>
    </message>
</context>
<context>
    <name>BorrowerPanel</name>
    <message>
        <source>Peminjaman pengunjung</source>
        <translation>Visitor&apos;s loans</translation>
    </message>
    <message>
        <source>Daftar peminjaman pengunjung</source>
        <translation>List of the visitor&apos;s loans</translation>
    </message>
    <message>
        <source>No. bukti</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Dipinjam</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Belum pernah meminjam.</source>
        <translation>Has never borrowed.</translation>
    </message>
    <message>
        <source>Masih dipinjam: %1 eksemplar dalam %2 peminjaman · sudah kembali: %3 peminjaman</source>
        <translation>Still out: %1 copies in %2 loans · returned: %3 loans</translation>
    </message>
    <message>
        <source> · TERLAMBAT: %1 peminjaman, paling lama %2 hari</source>
        <translation> · OVERDUE: %1 loans, the oldest %2 days</translation>
    </message>
    <message>
        <source>hari itu juga</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source>terlambat %1 hari</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>belum jatuh tempo</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source> · diperpanjang %1×</source>
        <translation> · renewed %1×</translation>
    </message>
    <message>
        <source>kembali %1</source>
        <translation>returned %1</translation>
    </message>
    <message>
        <source>kembali</source>
        <translation>returned</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Cari: mis. UU 7/2017, PKPU 4 2021, pemilu…</source>
        <translation>Search: e.g. UU 7/2017, PKPU 4 2021, pemilu…</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Pencarian dan filter katalog</source>
        <translation>Catalogue search and filters</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Rincian dokumen</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Eksemplar</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Tambahkan ke daftar pinjam</source>
        <translation>Add to loan list</translation>
    </message>
    <message>
        <source>Tambahkan eksemplar ke daftar pinjam</source>
        <translation>Add the copy to the loan list</translation>
    </message>
    <message>
        <source>Akan dipinjam — pindai barcode eksemplar kapan saja di halaman ini</source>
        <translation>To borrow — scan a copy barcode at any time on this page</translation>
    </message>
    <message>
        <source>Daftar akan dipinjam</source>
        <translation>Loan list</translation>
    </message>
    <message>
        <source>Hapus dari daftar</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Hapus dari daftar pinjam</source>
        <translation>Remove from the loan list</translation>
    </message>
    <message>
        <source>Pinjam dokumen</source>
        <translation>Borrow documents</translation>
    </message>
    <message>
        <source>Tidak meminjam — pengunjung pulang</source>
        <translation>No loan — the visitor leaves</translation>
    </message>
    <message>
        <source>Tidak meminjam</source>
        <translation>No loan</translation>
    </message>
    <message>
        <source>Penelusuran koleksi</source>
        <translation>Browsing the collection</translation>
    </message>
    <message>
        <source>Pengunjung menelusuri koleksi dan mencari informasi. Ingin meminjam? YA: ke peminjaman. TIDAK: pengunjung pulang (SOP langkah 5).</source>
        <translation>The visitor browses the collection and looks for information. Borrow anything? YES: go to the loan. NO: the visitor leaves (SOP step 5).</translation>
    </message>
    <message>
        <source>Pilih: Pinjam dokumen, atau Tidak meminjam.</source>
        <translation>Choose: Borrow documents, or No loan.</translation>
    </message>
    <message>
        <source>Pencarian gagal: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>%1 dokumen ditemukan.</source>
        <translation>%1 documents found.</translation>
    </message>
    <message>
        <source>T.E.U.</source>
        <translation>Main entry</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>tersedia</source>
        <translation>available</translation>
    </message>
    <message>
        <source>, baca di tempat</source>
        <translation>, read on site</translation>
    </message>
    <message>
        <source>Belum ada eksemplar fisik.</source>
        <translation>No physical copies yet.</translation>
    </message>
    <message>
        <source>Pilih eksemplar yang tersedia terlebih dahulu.</source>
        <translation>Select an available copy first.</translation>
    </message>
    <message>
        <source>%1 sudah ada di daftar pinjam.</source>
        <translation>%1 is already on the loan list.</translation>
    </message>
    <message>
        <source>%1 ditambahkan: %2</source>
        <translation>%1 added: %2</translation>
    </message>
    <message>
        <source> (baca di tempat)</source>
        <translation> (read on site)</translation>
    </message>
    <message>
        <source>Pinjam (%1) →</source>
        <translation>Borrow (%1) →</translation>
    </message>
    <message>
        <source>Pinjam dokumen →</source>
        <translation>Borrow documents →</translation>
    </message>
    <message>
        <source>Saran ejaan pencarian</source>
        <translation>Search spelling suggestion</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Maksud Anda: %1?</source>
        <translation>Nothing matches. Did you mean: %1?</translation>
    </message>
    <message>
        <source>Menambahkan %1…</source>
        <translation>Adding %1…</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsDialog</name>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Monografi Hukum</source>
        <translation>Legal monograph</translation>
    </message>
    <message>
        <source>Artikel Hukum</source>
        <translation>Legal article</translation>
    </message>
    <message>
        <source>Putusan</source>
        <translation>Court decision</translation>
    </message>
    <message>
        <source>Hari libur &amp; aturan peminjaman</source>
        <translation>Holidays &amp; loan rules</translation>
    </message>
    <message>
        <source>Hari libur dan aturan peminjaman</source>
        <translation>Holidays and loan rules</translation>
    </message>
    <message>
        <source>Hari &amp;libur</source>
        <translation>&amp;Holidays</translation>
    </message>
    <message>
        <source>&amp;Aturan peminjaman</source>
        <translation>&amp;Loan rules</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tutup hari libur dan aturan peminjaman</source>
        <translation>Close holidays and loan rules</translation>
    </message>
    <message>
        <source>Tanggal jatuh tempo peminjaman melewati hari libur di bawah ini (serta Sabtu dan Minggu sesuai aturan peminjaman). Isi sesuai SKB libur nasional dan cuti bersama setiap tahun.</source>
        <translation>Due dates of loans skip the holidays below (and Saturdays and Sundays as the loan rules say). Fill them in every year from the joint ministerial decree on national holidays and collective leave.</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Tahun hari libur</source>
        <translation>Holiday year</translation>
    </message>
    <message>
        <source>Daftar hari libur</source>
        <translation>List of holidays</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ta&amp;mbah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Tambah hari libur</source>
        <translation>Add a holiday</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah hari libur</source>
        <translation>Edit the holiday</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus hari libur</source>
        <translation>Delete the holiday</translation>
    </message>
    <message>
        <source>&amp;Impor CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Impor hari libur dari berkas CSV</source>
        <translation>Import holidays from a CSV file</translation>
    </message>
    <message>
        <source>Berkas CSV dengan judul kolom tanggal,nama; tanggal TTTT-BB-HH atau HH/BB/TTTT. Semua baris diperiksa dulu: bila satu salah, tidak ada yang disimpan.</source>
        <translation>A CSV file with the column headings tanggal,nama; dates as YYYY-MM-DD or DD/MM/YYYY. Every row is checked first: if one is wrong, nothing is saved.</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Tanggal hari libur</source>
        <translation>Holiday date</translation>
    </message>
    <message>
        <source>Nama hari libur</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>mis. Hari Raya Idulfitri 1448 H</source>
        <translation>e.g. Eid al-Fitr 1448 H</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan hari libur</source>
        <translation>Save the holiday</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Batal mengubah hari libur</source>
        <translation>Cancel editing the holiday</translation>
    </message>
    <message>
        <source>Lama pinjam dihitung dalam hari buka layanan. Perubahan berlaku untuk peminjaman baru; peminjaman yang sudah tercatat tetap dengan tanggal kembalinya.</source>
        <translation>The loan period counts service opening days. Changes apply to new loans; loans already recorded keep their due dates.</translation>
    </message>
    <message>
        <source>Daftar aturan peminjaman</source>
        <translation>List of loan rules</translation>
    </message>
    <message>
        <source>Nama aturan</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Baca di
tempat</source>
        <translation>Read
on site</translation>
    </message>
    <message>
        <source>Lama
(hari buka)</source>
        <translation>Period
(opening days)</translation>
    </message>
    <message>
        <source>Maks.
eksemplar</source>
        <translation>Max.
copies</translation>
    </message>
    <message>
        <source>Lewati
Minggu</source>
        <translation>Skip
Sundays</translation>
    </message>
    <message>
        <source>Lewati
Sabtu</source>
        <translation>Skip
Saturdays</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kembali bila
dipinjam hari ini</source>
        <translation>Due back if
borrowed today</translation>
    </message>
    <message>
        <source>Sim&amp;pan aturan</source>
        <translation>Sa&amp;ve rules</translation>
    </message>
    <message>
        <source>Simpan perubahan aturan peminjaman</source>
        <translation>Save the loan rule changes</translation>
    </message>
    <message>
        <source>Batalkan pe&amp;rubahan</source>
        <translation>&amp;Revert changes</translation>
    </message>
    <message>
        <source>Kembalikan aturan seperti tersimpan</source>
        <translation>Restore the rules as saved</translation>
    </message>
    <message>
        <source>%1 hari libur</source>
        <translation>%1 holidays</translation>
    </message>
    <message>
        <source>Hari libur baru</source>
        <translation>New holiday</translation>
    </message>
    <message>
        <source>Pilih hari libur pada daftar terlebih dahulu.</source>
        <translation>Select a holiday in the list first.</translation>
    </message>
    <message>
        <source>Ubah: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>%1 ditambahkan.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 disimpan.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Hapus %1 (%2) dari daftar hari libur? Peminjaman yang sudah tercatat tetap dengan tanggal kembalinya.</source>
        <translation>Delete %1 (%2) from the holidays? Loans already recorded keep their due dates.</translation>
    </message>
    <message>
        <source>%1 dihapus.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <source>Pilih berkas CSV hari libur</source>
        <translation>Choose a CSV file of holidays</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv);;Semua berkas (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Berkas ditolak, tidak ada yang disimpan:</source>
        <translation>File rejected, nothing was saved:</translation>
    </message>
    <message>
        <source>Impor selesai: %1 ditambahkan, %2 sudah terdaftar.</source>
        <translation>Import finished: %1 added, %2 already listed.</translation>
    </message>
    <message>
        <source>Nama aturan %1</source>
        <translation>Name of rule %1</translation>
    </message>
    <message>
        <source>Jenis dokumen aturan %1</source>
        <translation>Document type of rule %1</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Baca di tempat</source>
        <translation>Read on site</translation>
    </message>
    <message>
        <source>Lewati Minggu</source>
        <translation>Skip Sundays</translation>
    </message>
    <message>
        <source>Lewati Sabtu</source>
        <translation>Skip Saturdays</translation>
    </message>
    <message>
        <source>%1, aturan %2</source>
        <translation>%1, rule %2</translation>
    </message>
    <message>
        <source>Lama pinjam (hari buka)</source>
        <translation>Loan period (opening days)</translation>
    </message>
    <message>
        <source>Paling banyak eksemplar</source>
        <translation>Maximum copies</translation>
    </message>
    <message>
        <source>dibaca di tempat</source>
        <translation>read on site</translation>
    </message>
    <message>
        <source>Tidak ada perubahan aturan.</source>
        <translation>No rule changes.</translation>
    </message>
    <message>
        <source>Disimpan: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>Aturan disimpan: %1.</source>
        <translation>Rules saved: %1.</translation>
    </message>
    <message>
        <source>Peminjam
terlambat</source>
        <translation>Overdue
borrower</translation>
    </message>
    <message>
        <source>Maks.
perpanjangan</source>
        <translation>Max.
renewals</translation>
    </message>
    <message>
        <source>Perpanjang s.d.
terlambat (hari)</source>
        <translation>Renew up to
(days late)</translation>
    </message>
    <message>
        <source>&amp;Tambah aturan</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <source>Tambah aturan peminjaman baru</source>
        <translation>Add a new loan rule</translation>
    </message>
    <message>
        <source>Paling banyak perpanjangan</source>
        <translation>Most renewals</translation>
    </message>
    <message>
        <source>Perpanjangan ditolak bila terlambat lebih dari (hari)</source>
        <translation>Renewal refused when more than this many days late</translation>
    </message>
    <message>
        <source>Peminjam terlambat, aturan %1</source>
        <translation>Overdue borrower, rule %1</translation>
    </message>
    <message>
        <source>Peringatkan</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>Blokir</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Aturan baru %1</source>
        <translation>New rule %1</translation>
    </message>
    <message>
        <source>Aturan &quot;%1&quot; ditambahkan — ubah isinya lalu Simpan aturan. Untuk memensiunkan aturan, hilangkan centang Aktif.</source>
        <translation>Rule &quot;%1&quot; added — edit it, then Save rules. To retire a rule, untick Active.</translation>
    </message>
</context>
<context>
    <name>CatalogueColumns</name>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Eks.</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>CatalogueFilterBar</name>
    <message>
        <source>Cari dokumen</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>Cari: judul, nomor, mis. &quot;PKPU 4/2021&quot;…</source>
        <translation>Search: title, number, e.g. &quot;PKPU 4/2021&quot;…</translation>
    </message>
    <message>
        <source>Tipe dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Semua tipe</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tahun dari</source>
        <translation>Year from</translation>
    </message>
    <message>
        <source>Tahun sampai</source>
        <translation>Year to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Hapus semua filter</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Artikel Hukum</source>
        <translation type="vanished">Legal article</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation type="vanished">In force</translation>
    </message>
    <message>
        <source>Monografi Hukum</source>
        <translation type="vanished">Legal monograph</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation type="vanished">Regulation</translation>
    </message>
    <message>
        <source>Putusan</source>
        <translation type="vanished">Court decision</translation>
    </message>
    <message>
        <source>Tidak berlaku</source>
        <translation type="vanished">Not in force</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <source>Katalog — JDIH Desktop</source>
        <translation type="vanished">Catalogue — JDIH Desktop</translation>
    </message>
    <message>
        <source>Daftar dokumen katalog</source>
        <translation>Catalogue documents</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Tambah dokumen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Pencarian gagal: %1. Ubah kata kunci, lalu coba lagi.</source>
        <translation>Search failed: %1. Change the search words, then try again.</translation>
    </message>
    <message>
        <source>%1 dokumen</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>Dokumen tersimpan.</source>
        <translation>Document saved.</translation>
    </message>
    <message>
        <source>Hapus dokumen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Hapus dokumen ini beserta relasi, lampiran dan eksemplarnya?</source>
        <translation>Delete this document with its relations, attachments and copies?</translation>
    </message>
    <message>
        <source>Dokumen dihapus.</source>
        <translation>Document deleted.</translation>
    </message>
    <message>
        <source>Saran ejaan pencarian</source>
        <translation>Search spelling suggestion</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Maksud Anda: %1?</source>
        <translation>Nothing matches. Did you mean: %1?</translation>
    </message>
    <message>
        <source>Lebih dari %1 dokumen, menghitung…</source>
        <translation>More than %1 documents, counting…</translation>
    </message>
</context>
<context>
    <name>CopyConditions</name>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Ubah eksemplar %1</source>
        <translation>Edit copy %1</translation>
    </message>
    <message>
        <source>Lokasi rak</source>
        <translation>Shelf location</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Hanya baca di tempat</source>
        <translation>Read on site only</translation>
    </message>
    <message>
        <source>Ditarik dari layanan</source>
        <translation>Withdrawn from service</translation>
    </message>
    <message>
        <source>Catatan eksemplar</source>
        <translation>Copy notes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan eksemplar</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Rak</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="vanished">Good</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation type="vanished">Lost</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation type="vanished">Damaged</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Ringkasan hari ini</source>
        <translation>Today&apos;s summary</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hari ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Today&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pengunjung hari ini</source>
        <translation>Visitors today</translation>
    </message>
    <message>
        <source>Kunjungan berlangsung</source>
        <translation>Visits in progress</translation>
    </message>
    <message>
        <source>Eksemplar dipinjam</source>
        <translation>Copies on loan</translation>
    </message>
    <message>
        <source>Terlambat dikembalikan</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Kunjungan bulan ini</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hari ini&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>%1 kunjungan dibatalkan</source>
        <translation type="vanished">%1 visits cancelled</translation>
    </message>
    <message>
        <source>Kunjungan %1: %2</source>
        <translation>Visits in %1: %2</translation>
    </message>
    <message>
        <source>Ringkasan tidak dapat dimuat: %1 Mencoba lagi otomatis.</source>
        <translation>The summary could not be loaded: %1 Trying again automatically.</translation>
    </message>
    <message>
        <source>%1 kunjungan · %2 dibatalkan</source>
        <translation>%1 visits · %2 cancelled</translation>
    </message>
</context>
<context>
    <name>DeparturePage</name>
    <message>
        <source>Kepulangan</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Pengunjung meninggalkan ruangan; waktu keluar dicatat, penilaian kepuasan opsional (SOP langkah 8).</source>
        <translation type="vanished">The visitor leaves the room; the time out is recorded, a satisfaction rating is optional (SOP step 8).</translation>
    </message>
    <message>
        <source>Waktu keluar: %1 (dicatat saat Lanjut ditekan)</source>
        <translation>Time out: %1 (recorded when Next is pressed)</translation>
    </message>
    <message>
        <source>Pengunjung meninggalkan ruangan; waktu keluar dicatat, Survei Kepuasan Masyarakat opsional di layar pengunjung (SOP langkah 8).</source>
        <translation>The visitor leaves the room; the time out is recorded, the Public Satisfaction Survey is optional on the visitor screen (SOP step 8).</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <source>Pengaturan Perangkat</source>
        <translation>Device Settings</translation>
    </message>
    <message>
        <source>Printer struk</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Pilih dari daftar atau ketik alamat: network:IP:9100, usb:VID:PID, serial:PORT:BAUD, win32:NAMA, file:PATH, pdf:PATH, qt:NAMA, simulated</source>
        <translation>Choose from the list or type an address: network:IP:9100, usb:VID:PID, serial:PORT:BAUD, win32:NAME, file:PATH, pdf:PATH, qt:NAME, simulated</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>Lebar kertas</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>&amp;Lebar kertas:</source>
        <translation>Paper &amp;width:</translation>
    </message>
    <message>
        <source>Profil printer</source>
        <translation>Printer profile</translation>
    </message>
    <message>
        <source>P&amp;rofil:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>Tabel karakter</source>
        <translation>Code page</translation>
    </message>
    <message>
        <source>&amp;Tabel karakter:</source>
        <translation>&amp;Code page:</translation>
    </message>
    <message>
        <source>Uji &amp;cetak</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Status: belum diuji</source>
        <translation>Status: not tested yet</translation>
    </message>
    <message>
        <source>Status printer</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <source>Pratinjau struk uji</source>
        <translation>Test receipt preview</translation>
    </message>
    <message>
        <source>Pemindai</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Pilih dari daftar atau ketik: sane:PERANGKAT, wia:ID, simulated</source>
        <translation>Choose from the list or type: sane:DEVICE, wia:ID, simulated</translation>
    </message>
    <message>
        <source>Pe&amp;mindai:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <source>Sumber dokumen</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Kaca (flatbed)</source>
        <translation>Glass (flatbed)</translation>
    </message>
    <message>
        <source>Pengumpan (ADF)</source>
        <translation>Feeder (ADF)</translation>
    </message>
    <message>
        <source>&amp;Sumber:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Resolusi</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>&amp;Resolusi:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Uji &amp;pindai</source>
        <translation>Test sc&amp;an</translation>
    </message>
    <message>
        <source>Cari &amp;ulang perangkat</source>
        <translation>Find devices a&amp;gain</translation>
    </message>
    <message>
        <source>Status pemindai</source>
        <translation>Scanner status</translation>
    </message>
    <message>
        <source>Hasil pindai uji</source>
        <translation>Test scan result</translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status: mencari perangkat…</source>
        <translation>Status: looking for devices…</translation>
    </message>
    <message>
        <source>Status: mencetak struk uji…</source>
        <translation>Status: printing a test receipt…</translation>
    </message>
    <message>
        <source>Status: memindai…</source>
        <translation>Status: scanning…</translation>
    </message>
    <message>
        <source>Status: siap — struk uji terkirim (%1 byte)%2</source>
        <translation>Status: ready — test receipt sent (%1 bytes)%2</translation>
    </message>
    <message>
        <source>Status: %1 pemindai ditemukan</source>
        <translation>Status: %1 scanners found</translation>
    </message>
    <message>
        <source>Status: siap — %1 halaman, %2×%3 piksel, %4 dpi</source>
        <translation>Status: ready — %1 pages, %2×%3 pixels, %4 dpi</translation>
    </message>
    <message>
        <source>Status: memindai halaman %1…</source>
        <translation>Status: scanning page %1…</translation>
    </message>
    <message>
        <source>Status: gagal — %1</source>
        <translation>Status: failed — %1</translation>
    </message>
    <message>
        <source>Pengaturan tidak dapat disimpan ke %1 — periksa izin folder data, lalu Coba lagi.</source>
        <translation>The settings could not be saved to %1 — check the permissions of the data folder, then try again.</translation>
    </message>
    <message>
        <source>58 mm (struk kecil)</source>
        <translation type="vanished">58 mm (small receipt)</translation>
    </message>
    <message>
        <source>80 mm (struk standar)</source>
        <translation type="vanished">80 mm (standard receipt)</translation>
    </message>
    <message>
        <source>A4 (printer biasa / PDF)</source>
        <translation type="vanished">A4 (ordinary printer / PDF)</translation>
    </message>
    <message>
        <source>A5 (printer biasa / PDF)</source>
        <translation type="vanished">A5 (ordinary printer / PDF)</translation>
    </message>
    <message>
        <source>ASCII (huruf beraksen dilipat: é → e)</source>
        <translation type="vanished">ASCII (accented letters folded: é → e)</translation>
    </message>
    <message>
        <source>CP1252 (Windows Latin)</source>
        <translation type="vanished">CP1252 (Windows Latin)</translation>
    </message>
    <message>
        <source>CP850 (Latin-1)</source>
        <translation type="vanished">CP850 (Latin-1)</translation>
    </message>
    <message>
        <source>CP858 (Latin-1 + €)</source>
        <translation type="vanished">CP858 (Latin-1 + €)</translation>
    </message>
</context>
<context>
    <name>DeviceStatusWidget</name>
    <message>
        <source>Status printer</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <source>Status pemindai</source>
        <translation>Scanner status</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Pemindai</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>sibuk…</source>
        <translation>busy…</translation>
    </message>
    <message>
        <source>siap</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>belum dipilih</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Printer struk dan pemindai</source>
        <translation>Receipt printer and scanner</translation>
    </message>
    <message>
        <source>Pilih perangkat, lalu coba Uji cetak / Uji pindai di jendela Pengaturan Perangkat. Tanpa printer struk, struk disimpan sebagai PDF.</source>
        <translation>Choose the devices, then try Test print / Test scan in the Device Settings window. Without a receipt printer, receipts are saved as PDF files.</translation>
    </message>
    <message>
        <source>&amp;Pilih dan uji perangkat…</source>
        <translation>&amp;Choose and test devices…</translation>
    </message>
    <message>
        <source>Tidak ada printer str&amp;uk — simpan struk sebagai PDF</source>
        <translation>No receipt &amp;printer — save receipts as PDF</translation>
    </message>
    <message>
        <source>Tidak ada pe&amp;mindai</source>
        <translation>No sca&amp;nner</translation>
    </message>
    <message>
        <source>Printer struk: %1</source>
        <translation>Receipt printer: %1</translation>
    </message>
    <message>
        <source>tidak ada (struk disimpan sebagai PDF di %1)</source>
        <translation>none (receipts are saved as PDF in %1)</translation>
    </message>
    <message>
        <source>Pemindai: %1</source>
        <translation>Scanner: %1</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>DigitiseDialog</name>
    <message>
        <source>Digitalisasi — %1</source>
        <translation>Digitise — %1</translation>
    </message>
    <message>
        <source>Sumber pindaian</source>
        <translation>Scan source</translation>
    </message>
    <message>
        <source>Kaca pemindai (satu halaman)</source>
        <translation>Scanner glass (one page)</translation>
    </message>
    <message>
        <source>Pengumpan dokumen/ADF (semua halaman)</source>
        <translation>Document feeder/ADF (all pages)</translation>
    </message>
    <message>
        <source>Resolusi</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Mode warna</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <source>Abu-abu</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Hitam-putih</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Hasil digitalisasi</source>
        <translation>Digitised result</translation>
    </message>
    <message>
        <source>Naskah lengkap</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Pindai</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Hentikan pindai</source>
        <translation>Stop scanning</translation>
    </message>
    <message>
        <source>Kemajuan pindai</source>
        <translation>Scan progress</translation>
    </message>
    <message>
        <source>Letakkan halaman pertama di pemindai, lalu tekan Pindai.</source>
        <translation>Place the first page on the scanner, then press Scan.</translation>
    </message>
    <message>
        <source>Halaman hasil pindai</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <source>◀ Geser</source>
        <translation>◀ Move</translation>
    </message>
    <message>
        <source>Geser ▶</source>
        <translation>Move ▶</translation>
    </message>
    <message>
        <source>Hapus halaman</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Belum ada pemindai yang dipilih — atur di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>No scanner selected yet — set one in Device Settings, then try again.</translation>
    </message>
    <message>
        <source>Memindai dari pengumpan…</source>
        <translation>Scanning from the feeder…</translation>
    </message>
    <message>
        <source>Memindai halaman…</source>
        <translation>Scanning the page…</translation>
    </message>
    <message>
        <source>Menghentikan pemindaian…</source>
        <translation>Stopping the scan…</translation>
    </message>
    <message>
        <source>%1 halaman terpindai…</source>
        <translation>%1 pages scanned…</translation>
    </message>
    <message>
        <source>%1 halaman ditambahkan (jumlah %2). Letakkan halaman berikutnya, atau Simpan PDF.</source>
        <translation>%1 pages added (%2 in total). Place the next page, or Save PDF.</translation>
    </message>
    <message>
        <source>Pemindaian dihentikan. Halaman yang sudah ada tetap tersimpan di daftar.</source>
        <translation>Scanning stopped. The pages scanned so far stay in the list.</translation>
    </message>
    <message>
        <source>Hal. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Menyusun PDF…</source>
        <translation>Building the PDF…</translation>
    </message>
    <message>
        <source>PDF tidak tersimpan: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message>
        <source>Tutup digitalisasi</source>
        <translation>Close digitising</translation>
    </message>
    <message>
        <source>%1 halaman hasil pindai belum disimpan. Tutup dan buang halaman itu?</source>
        <translation>%1 scanned pages are not saved yet. Close and discard those pages?</translation>
    </message>
</context>
<context>
    <name>DocumentDetailPanel</name>
    <message>
        <source>Pilih dokumen di tabel untuk melihat rinciannya.</source>
        <translation>Select a document in the table to see its details.</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rincian dokumen</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>Ringkasan dokumen</source>
        <translation>Document summary</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Relasi</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Eksemplar</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Relasi dokumen</source>
        <translation>Document relations</translation>
    </message>
    <message>
        <source>Tambah relasi…</source>
        <translation>Add relation…</translation>
    </message>
    <message>
        <source>Hapus relasi</source>
        <translation>Delete relation</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Rak</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Baca di tempat</source>
        <translation>Read on site</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lokasi rak eksemplar baru</source>
        <translation>Shelf location of the new copy</translation>
    </message>
    <message>
        <source>Rak, mis. R2-B</source>
        <translation>Shelf, e.g. R2-B</translation>
    </message>
    <message>
        <source>Kondisi eksemplar baru</source>
        <translation>Condition of the new copy</translation>
    </message>
    <message>
        <source>Hanya baca di tempat</source>
        <translation>Read on site only</translation>
    </message>
    <message>
        <source>Tambah eksemplar</source>
        <translation>Add copy</translation>
    </message>
    <message>
        <source>Cetak label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <source>Label A4 (PDF)…</source>
        <translation>A4 labels (PDF)…</translation>
    </message>
    <message>
        <source>Jenis lampiran baru</source>
        <translation>Type of the new attachment</translation>
    </message>
    <message>
        <source>Tambah PDF…</source>
        <translation>Add PDF…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Digitalisasi…</source>
        <translation>Digitise…</translation>
    </message>
    <message>
        <source>Dipinjam (%1)</source>
        <translation>On loan (%1)</translation>
    </message>
    <message>
        <source>Ditarik</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>, %1 hlm</source>
        <translation>, %1 pp.</translation>
    </message>
    <message>
        <source>Relasi (%1)</source>
        <translation>Relations (%1)</translation>
    </message>
    <message>
        <source>Eksemplar (%1)</source>
        <translation>Copies (%1)</translation>
    </message>
    <message>
        <source>Lampiran (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <source>Relasi tersimpan di kedua dokumen.</source>
        <translation>Relation saved on both documents.</translation>
    </message>
    <message>
        <source>Pilih relasi yang akan dihapus.</source>
        <translation>Select the relation to delete.</translation>
    </message>
    <message>
        <source>Relasi dihapus dari kedua dokumen.</source>
        <translation>Relation deleted from both documents.</translation>
    </message>
    <message>
        <source>Eksemplar %1 ditambahkan.</source>
        <translation>Copy %1 added.</translation>
    </message>
    <message>
        <source>Pilih eksemplar yang akan diubah di tabel.</source>
        <translation>Select the copy to edit in the table.</translation>
    </message>
    <message>
        <source>Eksemplar %1 tersimpan.</source>
        <translation>Copy %1 saved.</translation>
    </message>
    <message>
        <source>Pilih eksemplar yang akan dihapus di tabel.</source>
        <translation>Select the copy to delete in the table.</translation>
    </message>
    <message>
        <source>Eksemplar yang pernah dipinjam ditandai ditarik, bukan dihapus, agar riwayat peminjaman tetap utuh.</source>
        <translation>A copy that has been on loan is marked withdrawn, not deleted, so the loan history stays complete.</translation>
    </message>
    <message>
        <source>Eksemplar dihapus.</source>
        <translation>Copy deleted.</translation>
    </message>
    <message>
        <source>Pilih eksemplar yang labelnya akan dicetak.</source>
        <translation>Select the copies whose labels to print.</translation>
    </message>
    <message>
        <source>Belum ada printer struk — atur di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation type="vanished">No receipt printer yet — set one in Device Settings, then try again.</translation>
    </message>
    <message>
        <source>Mengirim %1 label ke printer…</source>
        <translation>Sending %1 labels to the printer…</translation>
    </message>
    <message>
        <source>Label %1 tercetak.</source>
        <translation>Label %1 printed.</translation>
    </message>
    <message>
        <source>Label %1 tidak tercetak: %2</source>
        <translation>Label %1 was not printed: %2</translation>
    </message>
    <message>
        <source>Belum ada eksemplar. Tambah eksemplar dulu.</source>
        <translation>No copies yet. Add a copy first.</translation>
    </message>
    <message>
        <source>Simpan lembar label</source>
        <translation>Save label sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Menyusun lembar label…</source>
        <translation>Building the label sheet…</translation>
    </message>
    <message>
        <source>Lembar %1 label tersimpan: %2</source>
        <translation>Sheet of %1 labels saved: %2</translation>
    </message>
    <message>
        <source>Lembar label tidak tersimpan: %1. Pilih folder lain, lalu Coba lagi.</source>
        <translation>The label sheet was not saved: %1. Choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Pilih berkas PDF</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Lampiran %1 tersimpan.</source>
        <translation>Attachment %1 saved.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Pilih lampiran yang akan dibuka.</source>
        <translation>Select the attachment to open.</translation>
    </message>
    <message>
        <source>Pilih lampiran yang akan dihapus.</source>
        <translation>Select the attachment to delete.</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>Hapus lampiran ini dari katalog?</source>
        <translation>Delete this attachment from the catalogue?</translation>
    </message>
    <message>
        <source>Lampiran dihapus.</source>
        <translation>Attachment deleted.</translation>
    </message>
    <message>
        <source>Hasil digitalisasi tersimpan (%1 halaman).</source>
        <translation>Digitised copy saved (%1 pages).</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation type="vanished">Abstract</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation type="vanished">Language</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="vanished">Good</translation>
    </message>
    <message>
        <source>Bentuk (mis. Artikel Jurnal)</source>
        <translation type="vanished">Form (e.g. Artikel Jurnal)</translation>
    </message>
    <message>
        <source>Bentuk (mis. Buku)</source>
        <translation type="vanished">Form (e.g. Buku)</translation>
    </message>
    <message>
        <source>Bidang hukum</source>
        <translation type="vanished">Field of law</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <source>Deskripsi fisik</source>
        <translation type="vanished">Physical description</translation>
    </message>
    <message>
        <source>Dicabut oleh</source>
        <translation type="vanished">Revoked by</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh</source>
        <translation type="vanished">Implemented by</translation>
    </message>
    <message>
        <source>Ditetapkan oleh</source>
        <translation type="vanished">Established by</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation type="vanished">Amended by</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation type="vanished">Photo</translation>
    </message>
    <message>
        <source>Hasil digitalisasi</source>
        <translation type="vanished">Digitised result</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation type="vanished">Lost</translation>
    </message>
    <message>
        <source>ID JDIHN (idData)</source>
        <translation type="vanished">JDIHN ID (idData)</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="vanished">ISBN</translation>
    </message>
    <message>
        <source>Jenis peradilan</source>
        <translation type="vanished">Type of court</translation>
    </message>
    <message>
        <source>Jenis/bentuk</source>
        <translation type="vanished">Kind/form</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Lembaga peradilan</source>
        <translation type="vanished">Court</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="vanished">Location</translation>
    </message>
    <message>
        <source>Melaksanakan</source>
        <translation type="vanished">Implements</translation>
    </message>
    <message>
        <source>Mencabut</source>
        <translation type="vanished">Revokes</translation>
    </message>
    <message>
        <source>Menetapkan</source>
        <translation type="vanished">Establishes</translation>
    </message>
    <message>
        <source>Mengubah</source>
        <translation type="vanished">Amends</translation>
    </message>
    <message>
        <source>Nama berkas unduhan</source>
        <translation type="vanished">Download file name</translation>
    </message>
    <message>
        <source>Naskah lengkap</source>
        <translation type="vanished">Full text</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Nomor induk buku</source>
        <translation type="vanished">Accession number</translation>
    </message>
    <message>
        <source>Nomor panggil</source>
        <translation type="vanished">Call number</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation type="vanished">Publisher</translation>
    </message>
    <message>
        <source>Pengarang (T.E.U.)</source>
        <translation type="vanished">Author (main entry)</translation>
    </message>
    <message>
        <source>Penulis</source>
        <translation type="vanished">Author</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation type="vanished">Scan</translation>
    </message>
    <message>
        <source>Pindaian pengembalian</source>
        <translation type="vanished">Return scan</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation type="vanished">Damaged</translation>
    </message>
    <message>
        <source>Singkatan jenis</source>
        <translation type="vanished">Kind abbreviation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>Sumber (jurnal/majalah)</source>
        <translation type="vanished">Source (journal/magazine)</translation>
    </message>
    <message>
        <source>T.E.U. badan/pengarang</source>
        <translation type="vanished">Main entry (body/author)</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="vanished">Year</translation>
    </message>
    <message>
        <source>Tahun terbit</source>
        <translation type="vanished">Year of publication</translation>
    </message>
    <message>
        <source>Tanggal dibacakan</source>
        <translation type="vanished">Date pronounced</translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation type="vanished">Date of enactment</translation>
    </message>
    <message>
        <source>Tanggal pengundangan</source>
        <translation type="vanished">Date of promulgation</translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation type="vanished">Place of enactment</translation>
    </message>
    <message>
        <source>Tempat peradilan</source>
        <translation type="vanished">Place of the court</translation>
    </message>
    <message>
        <source>Tempat terbit</source>
        <translation type="vanished">Place of publication</translation>
    </message>
    <message>
        <source>Terakhir diperbarui</source>
        <translation type="vanished">Last updated</translation>
    </message>
    <message>
        <source>Tipe dokumen</source>
        <translation type="vanished">Document type</translation>
    </message>
    <message>
        <source>URL abstrak</source>
        <translation type="vanished">Abstract URL</translation>
    </message>
    <message>
        <source>URL detail</source>
        <translation type="vanished">Detail URL</translation>
    </message>
    <message>
        <source>URL unduhan</source>
        <translation type="vanished">Download URL</translation>
    </message>
    <message>
        <source>Asal data</source>
        <translation type="vanished">Data source</translation>
    </message>
    <message>
        <source>Memuat dokumen…</source>
        <translation>Loading the document…</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>Tipe dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Jenis/bentuk</source>
        <translation>Kind/form</translation>
    </message>
    <message>
        <source>Singkatan jenis</source>
        <translation>Kind abbreviation</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>T.E.U. badan/pengarang</source>
        <translation>Main entry (body/author)</translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation>Place of enactment</translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation>Date of enactment</translation>
    </message>
    <message>
        <source>Tanggal pengundangan</source>
        <translation>Date of promulgation</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Bidang hukum</source>
        <translation>Field of law</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Tempat terbit</source>
        <translation>Place of publication</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Deskripsi fisik</source>
        <translation>Physical description</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nomor panggil</source>
        <translation>Call number</translation>
    </message>
    <message>
        <source>Nomor induk buku</source>
        <translation>Accession number</translation>
    </message>
    <message>
        <source>ID JDIHN (idData)</source>
        <translation>JDIHN ID (idData)</translation>
    </message>
    <message>
        <source>Asal data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>URL abstrak</source>
        <translation>Abstract URL</translation>
    </message>
    <message>
        <source>URL unduhan</source>
        <translation>Download URL</translation>
    </message>
    <message>
        <source>Nama berkas unduhan</source>
        <translation>Download file name</translation>
    </message>
    <message>
        <source>URL detail</source>
        <translation>Detail URL</translation>
    </message>
    <message>
        <source>Terakhir diperbarui</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Pengarang (T.E.U.)</source>
        <translation>Author (main entry)</translation>
    </message>
    <message>
        <source>Tahun terbit</source>
        <translation>Year of publication</translation>
    </message>
    <message>
        <source>Bentuk (mis. Buku)</source>
        <translation>Form (e.g. Buku)</translation>
    </message>
    <message>
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Sumber (jurnal/majalah)</source>
        <translation>Source (journal/magazine)</translation>
    </message>
    <message>
        <source>Bentuk (mis. Artikel Jurnal)</source>
        <translation>Form (e.g. Artikel Jurnal)</translation>
    </message>
    <message>
        <source>Lembaga peradilan</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Jenis peradilan</source>
        <translation>Type of court</translation>
    </message>
    <message>
        <source>Tanggal dibacakan</source>
        <translation>Date pronounced</translation>
    </message>
    <message>
        <source>Tempat peradilan</source>
        <translation>Place of the court</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>HH-BB-TTTT, mis. 01-02-2021</source>
        <translation>DD-MM-YYYY, e.g. 01-02-2021</translation>
    </message>
    <message>
        <source>mis. 2021</source>
        <translation>e.g. 2021</translation>
    </message>
    <message>
        <source>mis. PEMILU - KAMPANYE</source>
        <translation>e.g. PEMILU - KAMPANYE</translation>
    </message>
    <message>
        <source>Tahun harus angka empat digit, mis. 2021.</source>
        <translation>The year must be a four-digit number, e.g. 2021.</translation>
    </message>
    <message>
        <source>Tanggal tidak terbaca. Tulis HH-BB-TTTT, mis. 01-02-2021.</source>
        <translation>The date cannot be read. Write DD-MM-YYYY, e.g. 01-02-2021.</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation type="vanished">Abstract</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation type="vanished">Language</translation>
    </message>
    <message>
        <source>Bentuk (mis. Artikel Jurnal)</source>
        <translation type="vanished">Form (e.g. Artikel Jurnal)</translation>
    </message>
    <message>
        <source>Bentuk (mis. Buku)</source>
        <translation type="vanished">Form (e.g. Buku)</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation type="vanished">In force</translation>
    </message>
    <message>
        <source>Bidang hukum</source>
        <translation type="vanished">Field of law</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <source>Deskripsi fisik</source>
        <translation type="vanished">Physical description</translation>
    </message>
    <message>
        <source>ID JDIHN (idData)</source>
        <translation type="vanished">JDIHN ID (idData)</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="vanished">ISBN</translation>
    </message>
    <message>
        <source>Jenis peradilan</source>
        <translation type="vanished">Type of court</translation>
    </message>
    <message>
        <source>Jenis/bentuk</source>
        <translation type="vanished">Kind/form</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Lembaga peradilan</source>
        <translation type="vanished">Court</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="vanished">Location</translation>
    </message>
    <message>
        <source>Nama berkas unduhan</source>
        <translation type="vanished">Download file name</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Nomor induk buku</source>
        <translation type="vanished">Accession number</translation>
    </message>
    <message>
        <source>Nomor panggil</source>
        <translation type="vanished">Call number</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation type="vanished">Publisher</translation>
    </message>
    <message>
        <source>Pengarang (T.E.U.)</source>
        <translation type="vanished">Author (main entry)</translation>
    </message>
    <message>
        <source>Penulis</source>
        <translation type="vanished">Author</translation>
    </message>
    <message>
        <source>Singkatan jenis</source>
        <translation type="vanished">Kind abbreviation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>Sumber (jurnal/majalah)</source>
        <translation type="vanished">Source (journal/magazine)</translation>
    </message>
    <message>
        <source>T.E.U. badan/pengarang</source>
        <translation type="vanished">Main entry (body/author)</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="vanished">Year</translation>
    </message>
    <message>
        <source>Tahun terbit</source>
        <translation type="vanished">Year of publication</translation>
    </message>
    <message>
        <source>Tanggal dibacakan</source>
        <translation type="vanished">Date pronounced</translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation type="vanished">Date of enactment</translation>
    </message>
    <message>
        <source>Tanggal pengundangan</source>
        <translation type="vanished">Date of promulgation</translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation type="vanished">Place of enactment</translation>
    </message>
    <message>
        <source>Tempat peradilan</source>
        <translation type="vanished">Place of the court</translation>
    </message>
    <message>
        <source>Tempat terbit</source>
        <translation type="vanished">Place of publication</translation>
    </message>
    <message>
        <source>Terakhir diperbarui</source>
        <translation type="vanished">Last updated</translation>
    </message>
    <message>
        <source>Tidak berlaku</source>
        <translation type="vanished">Not in force</translation>
    </message>
    <message>
        <source>Tipe dokumen</source>
        <translation type="vanished">Document type</translation>
    </message>
    <message>
        <source>URL abstrak</source>
        <translation type="vanished">Abstract URL</translation>
    </message>
    <message>
        <source>URL detail</source>
        <translation type="vanished">Detail URL</translation>
    </message>
    <message>
        <source>URL unduhan</source>
        <translation type="vanished">Download URL</translation>
    </message>
    <message>
        <source>Asal data</source>
        <translation type="vanished">Data source</translation>
    </message>
</context>
<context>
    <name>DocumentFormDialog</name>
    <message>
        <source>Ubah dokumen</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>Tambah dokumen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Tipe dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan dokumen</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Ada %n isian yang perlu diperbaiki (tanda merah).</source>
        <translation>
            <numerusform>%n field needs correcting (marked red).</numerusform>
            <numerusform>%n fields need correcting (marked red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Artikel Hukum</source>
        <translation type="vanished">Legal article</translation>
    </message>
    <message>
        <source>Monografi Hukum</source>
        <translation type="vanished">Legal monograph</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation type="vanished">Regulation</translation>
    </message>
    <message>
        <source>Putusan</source>
        <translation type="vanished">Court decision</translation>
    </message>
</context>
<context>
    <name>DocumentRelations</name>
    <message>
        <source>Mencabut</source>
        <translation>Revokes</translation>
    </message>
    <message>
        <source>Dicabut oleh</source>
        <translation>Revoked by</translation>
    </message>
    <message>
        <source>Mengubah</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Amended by</translation>
    </message>
    <message>
        <source>Melaksanakan</source>
        <translation>Implements</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh</source>
        <translation>Implemented by</translation>
    </message>
    <message>
        <source>Menetapkan</source>
        <translation>Establishes</translation>
    </message>
    <message>
        <source>Ditetapkan oleh</source>
        <translation>Established by</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Tidak berlaku</source>
        <translation>Not in force</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Jumlah eksemplar</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Klik untuk mengurutkan</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <source>Eks.</source>
        <translation type="vanished">Copies</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Kind</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="vanished">Year</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation type="vanished">Type</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Monografi Hukum</source>
        <translation>Legal monograph</translation>
    </message>
    <message>
        <source>Artikel Hukum</source>
        <translation>Legal article</translation>
    </message>
    <message>
        <source>Putusan</source>
        <translation>Court decision</translation>
    </message>
</context>
<context>
    <name>DocumentationPage</name>
    <message>
        <source>Catatan petugas (hasil layanan):</source>
        <translation>Officer&apos;s notes (outcome of the service):</translation>
    </message>
    <message>
        <source>Catatan petugas</source>
        <translation>Officer&apos;s notes</translation>
    </message>
    <message>
        <source>Lampiran (foto / pindaian)</source>
        <translation>Attachments (photos / scans)</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Tambah lampiran dari berkas</source>
        <translation>Add an attachment from a file</translation>
    </message>
    <message>
        <source>Pindai dokumen</source>
        <translation>Scan document</translation>
    </message>
    <message>
        <source>Pindai lampiran</source>
        <translation>Scan an attachment</translation>
    </message>
    <message>
        <source>Ringkasan kunjungan</source>
        <translation>Visit summary</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Petugas mendokumentasikan hasil kegiatan; Selesai menutup kunjungan (SOP langkah 9).</source>
        <translation>The officer documents the outcome; Finish closes the visit (SOP step 9).</translation>
    </message>
    <message>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Pilih foto atau pindaian</source>
        <translation>Choose a photo or scan</translation>
    </message>
    <message>
        <source>Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>%1 terlalu besar (lebih dari 20 MB) — perkecil dahulu.</source>
        <translation>%1 is too large (over 20 MB) — make it smaller first.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca (%2) — periksa berkasnya.</source>
        <translation>%1 cannot be read (%2) — check the file.</translation>
    </message>
    <message>
        <source>Pemindai belum diatur — pilih di Pengaturan Perangkat.</source>
        <translation>No scanner set up — choose one in Device Settings.</translation>
    </message>
    <message>
        <source>Memindai…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>%1 tersimpan.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Pengunjung</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Akses oleh</source>
        <translation>Access by</translation>
    </message>
    <message>
        <source>Dokumen dilihat</source>
        <translation>Documents viewed</translation>
    </message>
    <message>
        <source>Meminjam</source>
        <translation>Borrowing</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Bukti peminjaman</source>
        <translation>Loan receipt</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>tidak diisi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Alur SOP</source>
        <translation>SOP flow</translation>
    </message>
    <message>
        <source>Menyimpan %1…</source>
        <translation>Saving %1…</translation>
    </message>
</context>
<context>
    <name>Durasi</name>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 menit</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 jam %2 menit</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Berkas tidak dapat dibaca atau ditulis: %1. Periksa izin folder dan ruang disk, lalu coba lagi.</source>
        <translation>The file cannot be read or written: %1. Check the folder permissions and the free disk space, then try again.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga (%1). Coba lagi; bila terulang, kirim berkas log ke pengelola aplikasi.</source>
        <translation>An unexpected error occurred (%1). Try again; if it happens again, send the log file to the application&apos;s administrator.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ekspor katalog</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <source>Format ekspor</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Berkas tujuan</source>
        <translation>Destination file</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan</source>
        <translation>Choose the destination file</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batalkan ekspor</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Simpan katalog</source>
        <translation>Save catalogue</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan.</source>
        <translation>Choose the destination file.</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1 dokumen diekspor ke %2.</source>
        <translation>%1 documents exported to %2.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Ekspor gagal (%1). Lihat log.</source>
        <translation>Export failed (%1). See the log.</translation>
    </message>
</context>
<context>
    <name>FieldFormDialog</name>
    <message>
        <source>Ubah isian</source>
        <translation>Edit field</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Nama isian</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>mis. Asal informasi layanan</source>
        <translation>e.g. How did you hear of the library</translation>
    </message>
    <message>
        <source>&amp;Nama isian:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Nama isian dalam bahasa Inggris</source>
        <translation>Field name in English</translation>
    </message>
    <message>
        <source>opsional, untuk pengunjung yang memilih English</source>
        <translation>optional, for visitors who choose English</translation>
    </message>
    <message>
        <source>Dalam bahasa &amp;Inggris:</source>
        <translation>In &amp;English:</translation>
    </message>
    <message>
        <source>Jenis isian</source>
        <translation>Field type</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Pilihan, satu per baris</source>
        <translation>Options, one per line</translation>
    </message>
    <message>
        <source>Satu pilihan per baris, mis.
Media sosial
Situs web JDIH
Teman atau rekan kerja</source>
        <translation>One option per line, e.g.
Social media
JDIH website
Friend or colleague</translation>
    </message>
    <message>
        <source>&amp;Pilihan:</source>
        <translation>&amp;Options:</translation>
    </message>
    <message>
        <source>&amp;Wajib diisi pengunjung</source>
        <translation>&amp;Required of the visitor</translation>
    </message>
    <message>
        <source>Wajib diisi pengunjung</source>
        <translation>Required of the visitor</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>JDIH Desktop — administrator pertama</source>
        <translation>JDIH Desktop — first administrator</translation>
    </message>
    <message>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Folder data ini baru. Buat akun administrator: dia yang menambah petugas, melihat log audit dan melayani hak pengunjung atas data pribadinya. Tidak ada kata sandi bawaan.</source>
        <translation>This data folder is new. Create the administrator account: the person who adds officers, reads the audit log and serves visitors&apos; rights over their personal data. There is no default password.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>mis. admin.hukum</source>
        <translation>e.g. admin.hukum</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>PIN buka kunci</source>
        <translation>Unlock PIN</translation>
    </message>
    <message>
        <source>4–8 angka, boleh kosong</source>
        <translation>4–8 digits, may be empty</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>PIN buka kunci:</source>
        <translation>Unlock PIN:</translation>
    </message>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Persiapan JDIH Desktop</source>
        <translation type="vanished">JDIH Desktop setup</translation>
    </message>
    <message>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Persiapan tidak dapat disimpan: %1 — periksa izin folder data, lalu tekan Selesai lagi.</source>
        <translation>The setup could not be saved: %1 — check the data folder&apos;s permissions, then press Finish again.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Serah terima dokumen</source>
        <translation>Document handover</translation>
    </message>
    <message>
        <source>Pengunjung menerima dokumen dan menyatakan penerimaannya (SOP langkah 7).</source>
        <translation>The visitor receives the documents and acknowledges receipt (SOP step 7).</translation>
    </message>
    <message>
        <source>Baca di tempat: kembalikan dokumen kepada petugas sebelum pulang.</source>
        <translation>Read on site: return the documents to the officer before leaving.</translation>
    </message>
    <message>
        <source>Kembalikan paling lambat %1.</source>
        <translation>Return by %1 at the latest.</translation>
    </message>
    <message>
        <source>Pengunjung menekan &quot;Saya sudah menerima&quot; atau menandatangani.</source>
        <translation>The visitor presses &quot;I have received&quot; or signs.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Dokumen yang Anda terima:</source>
        <translation>Documents you receive:</translation>
    </message>
    <message>
        <source>Saya sudah menerima dokumen di atas</source>
        <translation>I have received the documents above</translation>
    </message>
    <message>
        <source>Saya sudah menerima dokumen</source>
        <translation>I have received the documents</translation>
    </message>
    <message>
        <source>atau tanda tangani sebagai tanda terima:</source>
        <translation>or sign as proof of receipt:</translation>
    </message>
    <message>
        <source>Tanda tangan penerimaan</source>
        <translation>Receipt signature</translation>
    </message>
    <message>
        <source>Hapus tanda tangan</source>
        <translation>Clear signature</translation>
    </message>
    <message>
        <source>Hapus tanda tangan penerimaan</source>
        <translation>Clear the receipt signature</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>Hari libur nasional dan cuti bersama</source>
        <translation>National holidays and collective leave days</translation>
    </message>
    <message>
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Cocokkan setiap tanggal dengan SKB yang berlaku; hapus centang yang tidak berlaku. Nama dapat diubah di sini, semuanya dapat diubah lagi di Pengaturan → Hari libur.</source>
        <translation>Check every date against the joint ministerial decree (SKB) in force; untick those that do not apply. Names can be edited here; everything can be changed later in Settings → Holidays.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>(perkiraan)</source>
        <translation>(estimate)</translation>
    </message>
    <message>
        <source>%1 hari dipilih untuk %2 dan %3</source>
        <translation>%1 days chosen for %2 and %3</translation>
    </message>
</context>
<context>
    <name>IdTypes</name>
    <message>
        <source>NIK (KTP)</source>
        <translation>NIK (identity card)</translation>
    </message>
    <message>
        <source>Kartu Tanda Anggota / Pegawai</source>
        <translation>Member / staff card</translation>
    </message>
    <message>
        <source>Kartu Tanda Mahasiswa</source>
        <translation>Student card</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM (driving licence)</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor katalog</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Berkas yang diimpor</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Pilih berkas .json (umpan JDIHN), .csv atau .xlsx</source>
        <translation>Choose a .json (JDIHN feed), .csv or .xlsx file</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Pilih berkas</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Format berkas</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Pemetaan kolom (ditebak otomatis; ubah bila perlu)</source>
        <translation>Column mapping (guessed automatically; change if needed)</translation>
    </message>
    <message>
        <source>Pemetaan kolom berkas ke kolom katalog</source>
        <translation>Mapping of file columns to catalogue fields</translation>
    </message>
    <message>
        <source>Kolom berkas</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Kolom katalog</source>
        <translation>Catalogue field</translation>
    </message>
    <message>
        <source>Hasil uji impor</source>
        <translation>Test import result</translation>
    </message>
    <message>
        <source>Belum diuji.</source>
        <translation>Not tested yet.</translation>
    </message>
    <message>
        <source>Baris bermasalah</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Uji impor</source>
        <translation>&amp;Test import</translation>
    </message>
    <message>
        <source>Uji impor tanpa menyimpan</source>
        <translation>Test the import without saving</translation>
    </message>
    <message>
        <source>&amp;Simpan ke katalog</source>
        <translation>&amp;Save to catalogue</translation>
    </message>
    <message>
        <source>Simpan ke katalog</source>
        <translation>Save to catalogue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batalkan proses</source>
        <translation>Cancel the process</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih berkas katalog</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <source>Tekan Uji impor untuk memeriksa berkas.</source>
        <translation>Press Test import to check the file.</translation>
    </message>
    <message>
        <source>Kolom katalog untuk %1</source>
        <translation>Catalogue field for %1</translation>
    </message>
    <message>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Menguji berkas…</source>
        <translation>Testing the file…</translation>
    </message>
    <message>
        <source>Menyimpan ke katalog dalam satu transaksi…</source>
        <translation>Saving to the catalogue in one transaction…</translation>
    </message>
    <message>
        <source>%1 baris dibaca…</source>
        <translation>%1 rows read…</translation>
    </message>
    <message>
        <source>%1 dari %2 kolom dikenali. Periksa pemetaan, lalu Uji impor.</source>
        <translation>%1 of %2 columns recognised. Check the mapping, then Test import.</translation>
    </message>
    <message>
        <source>Tersimpan: %1 dokumen ditambah, %2 diperbarui, %3 tidak berubah.</source>
        <translation>Saved: %1 documents added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Baris: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Ditambah: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; Diperbarui: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Tidak berubah: &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; Bermasalah: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Rows: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; To add: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; To update: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Unchanged: &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; With errors: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dibatalkan; katalog tidak diubah.</source>
        <translation>Cancelled; the catalogue was not changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga (%1); katalog tidak diubah. Lihat log.</source>
        <translation>An unexpected error occurred (%1); the catalogue was not changed. See the log.</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diimpor; katalog tidak diubah.</source>
        <translation>The file cannot be imported; the catalogue was not changed.</translation>
    </message>
    <message>
        <source>Uji impor dibatalkan.</source>
        <translation>Test import cancelled.</translation>
    </message>
    <message>
        <source>Tidak ada kesalahan. Tekan Simpan ke katalog untuk menyimpan semuanya dalam satu transaksi.</source>
        <translation>No errors. Press Save to catalogue to save everything in one transaction.</translation>
    </message>
    <message>
        <source> (%1 kesalahan lain tidak ditampilkan)</source>
        <translation> (%1 more errors not shown)</translation>
    </message>
    <message>
        <source>Perbaiki baris bermasalah di berkas, lalu Uji impor lagi; tidak ada yang disimpan.</source>
        <translation type="vanished">Fix the rows with problems in the file, then Test import again; nothing was saved.</translation>
    </message>
    <message>
        <source>Abstrak</source>
        <translation type="vanished">Abstract</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation type="vanished">Language</translation>
    </message>
    <message>
        <source>Bidang hukum</source>
        <translation type="vanished">Field of law</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <source>Deskripsi fisik</source>
        <translation type="vanished">Physical description</translation>
    </message>
    <message>
        <source>ID JDIHN (idData)</source>
        <translation type="vanished">JDIHN ID (idData)</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="vanished">ISBN</translation>
    </message>
    <message>
        <source>Jenis/bentuk</source>
        <translation type="vanished">Kind/form</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="vanished">Title</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="vanished">Location</translation>
    </message>
    <message>
        <source>Nama berkas unduhan</source>
        <translation type="vanished">Download file name</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Nomor induk buku</source>
        <translation type="vanished">Accession number</translation>
    </message>
    <message>
        <source>Nomor panggil</source>
        <translation type="vanished">Call number</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation type="vanished">Publisher</translation>
    </message>
    <message>
        <source>Semua format (*.json *.csv *.xlsx);;Umpan JDIHN (*.json);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>All formats (*.json *.csv *.xlsx);;JDIHN feed (*.json);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Singkatan jenis</source>
        <translation type="vanished">Kind abbreviation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation type="vanished">Subject</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>T.E.U. badan/pengarang</source>
        <translation type="vanished">Main entry (body/author)</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="vanished">Year</translation>
    </message>
    <message>
        <source>Tanggal penetapan</source>
        <translation type="vanished">Date of enactment</translation>
    </message>
    <message>
        <source>Tanggal pengundangan</source>
        <translation type="vanished">Date of promulgation</translation>
    </message>
    <message>
        <source>Tempat penetapan</source>
        <translation type="vanished">Place of enactment</translation>
    </message>
    <message>
        <source>Tempat terbit</source>
        <translation type="vanished">Place of publication</translation>
    </message>
    <message>
        <source>Terakhir diperbarui</source>
        <translation type="vanished">Last updated</translation>
    </message>
    <message>
        <source>Tipe dokumen</source>
        <translation type="vanished">Document type</translation>
    </message>
    <message>
        <source>URL abstrak</source>
        <translation type="vanished">Abstract URL</translation>
    </message>
    <message>
        <source>URL detail</source>
        <translation type="vanished">Detail URL</translation>
    </message>
    <message>
        <source>URL unduhan</source>
        <translation type="vanished">Download URL</translation>
    </message>
    <message>
        <source>Asal data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>otomatis: kolom source berkas, atau nama situs JDIH dari URL baris</source>
        <translation type="vanished">automatic: the file&apos;s source column, or the JDIH site named in the rows&apos; URLs</translation>
    </message>
    <message>
        <source>Asal data:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <source>Le&amp;wati baris bermasalah: simpan baris yang sah, tulis laporan baris yang dilewati di sebelah berkas</source>
        <translation>S&amp;kip rows with problems: save the valid rows, write a report of the skipped rows beside the file</translation>
    </message>
    <message>
        <source>Lewati baris bermasalah</source>
        <translation>Skip rows with problems</translation>
    </message>
    <message>
        <source>%1 baris dilewati; daftarnya: %2</source>
        <translation>%1 rows skipped; list: %2</translation>
    </message>
    <message>
        <source>Kesalahan berkas: %1</source>
        <translation>File error: %1</translation>
    </message>
    <message>
        <source>%1 baris bermasalah akan dilewati. Tekan Simpan ke katalog untuk menyimpan %2 baris yang sah dalam satu transaksi.</source>
        <translation>%1 rows with problems will be skipped. Press Save to catalogue to save the %2 valid rows in one transaction.</translation>
    </message>
    <message>
        <source>Perbaiki baris bermasalah di berkas, lalu Uji impor lagi (atau pilih Lewati baris bermasalah); tidak ada yang disimpan.</source>
        <translation>Fix the rows with problems in the file, then run the test import again (or choose Skip rows with problems); nothing was saved.</translation>
    </message>
    <message>
        <source> &amp;nbsp; Sudah ada dari sumber lain: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> &amp;nbsp; Already there from another source: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp; Diperbaiki: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> &amp;nbsp; Repaired: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Asal data: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;Data source: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diperbaiki: %1</source>
        <translation>Repaired: %1</translation>
    </message>
    <message>
        <source>Otomatis (kolom source berkas, atau situs JDIH dari URL baris)</source>
        <translation>Automatic (the file&apos;s source column, or the JDIH site from the rows&apos; URLs)</translation>
    </message>
    <message>
        <source>Sumber baru…</source>
        <translation>New source…</translation>
    </message>
    <message>
        <source>Nama sumber baru</source>
        <translation>New source name</translation>
    </message>
    <message>
        <source>nama sumber baru, mis. jdih kendari</source>
        <translation>new source name, e.g. jdih kendari</translation>
    </message>
    <message>
        <source>Tulis nama sumber baru, atau pilih sumber yang ada.</source>
        <translation>Type the new source&apos;s name, or choose an existing source.</translation>
    </message>
</context>
<context>
    <name>LoanPage</name>
    <message>
        <source>Dokumen yang dipinjam</source>
        <translation>Documents borrowed</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Hapus dokumen dari peminjaman</source>
        <translation>Remove the document from the loan</translation>
    </message>
    <message>
        <source>Pindai barcode untuk menambah dokumen.</source>
        <translation>Scan a barcode to add a document.</translation>
    </message>
    <message>
        <source>Aturan peminjaman</source>
        <translation>Loan rule</translation>
    </message>
    <message>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; cetak bukti peminjaman</source>
        <translation>Save &amp;&amp; print loan receipt</translation>
    </message>
    <message>
        <source>Simpan dan cetak bukti peminjaman</source>
        <translation>Save and print the loan receipt</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cetak ulang bukti peminjaman</source>
        <translation>Reprint the loan receipt</translation>
    </message>
    <message>
        <source>Peminjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Petugas memberikan bukti peminjaman dan menyerahkan dokumen (SOP langkah 6). Peminjaman disimpan dahulu, lalu bukti dicetak.</source>
        <translation>The officer issues the loan receipt and hands over the documents (SOP step 6). The loan is saved first, then the receipt is printed.</translation>
    </message>
    <message>
        <source>baca di tempat</source>
        <translation>read on site</translation>
    </message>
    <message>
        <source>%1 hari kerja</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 (%2, maks. %3 eksemplar)</source>
        <translation>%1 (%2, max. %3 copies)</translation>
    </message>
    <message>
        <source>Simpan peminjaman terlebih dahulu (Simpan &amp; cetak).</source>
        <translation>Save the loan first (Save &amp; print).</translation>
    </message>
    <message>
        <source>Bukti %1 tersimpan dan sudah dicetak %2 kali.</source>
        <translation>Receipt %1 is saved and has been printed %2 times.</translation>
    </message>
    <message>
        <source>Bukti %1 tersimpan tetapi belum tercetak — tekan Cetak ulang.</source>
        <translation>Receipt %1 is saved but not printed yet — press Reprint.</translation>
    </message>
    <message>
        <source>Baca di tempat — dokumen tidak dibawa keluar</source>
        <translation>Read on site — the documents do not leave the library</translation>
    </message>
    <message>
        <source>Menyimpan peminjaman…</source>
        <translation>Saving the loan…</translation>
    </message>
    <message>
        <source>Printer belum diatur — pilih di Pengaturan Perangkat, lalu Cetak ulang. Bukti %1 tetap tersimpan.</source>
        <translation type="vanished">No printer set up — choose one in Device Settings, then Reprint. Receipt %1 stays saved.</translation>
    </message>
    <message>
        <source>Mencetak bukti %1…</source>
        <translation>Printing receipt %1…</translation>
    </message>
    <message>
        <source>Bukti peminjaman %1 tercetak. Serahkan bukti dan dokumen kepada pengunjung, lalu tekan Lanjut.</source>
        <translation>Loan receipt %1 printed. Hand the receipt and the documents to the visitor, then press Next.</translation>
    </message>
    <message>
        <source>Gagal mencetak: %1
Peminjaman %2 tetap tersimpan. Perbaiki printer, lalu tekan Cetak ulang.</source>
        <translation>Printing failed: %1
Loan %2 stays saved. Fix the printer, then press Reprint.</translation>
    </message>
    <message>
        <source>Alasan izin petugas untuk peminjam terlambat</source>
        <translation>Officer&apos;s reason for lending to an overdue borrower</translation>
    </message>
    <message>
        <source>Alasan petugas tetap meminjamkan (mis. dokumen diperlukan untuk sidang besok)…</source>
        <translation>Why the officer lends anyway (e.g. the document is needed for a hearing tomorrow)…</translation>
    </message>
    <message>
        <source>Memeriksa peminjaman…</source>
        <translation>Checking the loan…</translation>
    </message>
</context>
<context>
    <name>LoanRulesPage</name>
    <message>
        <source>Aturan peminjaman</source>
        <translation>Loan rules</translation>
    </message>
    <message>
        <source>Berapa lama dan berapa dokumen boleh dipinjam. Tanggal kembali melewati akhir pekan dan hari libur.</source>
        <translation>How long and how many documents may be borrowed. Due dates skip weekends and holidays.</translation>
    </message>
    <message>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Lama (hari)</source>
        <translation>Period (days)</translation>
    </message>
    <message>
        <source>Maks. dokumen</source>
        <translation>Max. documents</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Ubah aturan peminjaman…</source>
        <translation>&amp;Edit loan rules…</translation>
    </message>
    <message>
        <source>baca di tempat</source>
        <translation>read on site</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LoanStatus</name>
    <message>
        <source>Dipinjam</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>Sebagian dikembalikan</source>
        <translation>Partly returned</translation>
    </message>
    <message>
        <source>Sudah dikembalikan</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>JDIH Desktop — terkunci</source>
        <translation>JDIH Desktop — locked</translation>
    </message>
    <message>
        <source>Masuk sebagai %1. Ketik PIN atau kata sandi untuk membuka.</source>
        <translation>Signed in as %1. Type the PIN or password to unlock.</translation>
    </message>
    <message>
        <source>PIN atau kata sandi</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Petugas lain masuk</source>
        <translation>Another officer signs in</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JDIH Desktop — Perpustakaan JDIH %1</source>
        <translation>JDIH Desktop — JDIH Library %1</translation>
    </message>
    <message>
        <source>Kunjungan &amp;baru</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>Buka kunjungan baru mengikuti SOP (buku kunjungan sampai dokumentasi)</source>
        <translation>Open a new visit following the SOP (from the visitor book to documentation)</translation>
    </message>
    <message>
        <source>&amp;Pengembalian</source>
        <translation>&amp;Returns</translation>
    </message>
    <message>
        <source>Terima dokumen yang dikembalikan</source>
        <translation>Receive returned documents</translation>
    </message>
    <message>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Kelola koleksi dokumen hukum</source>
        <translation>Manage the collection of legal documents</translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Laporan harian, bulanan dan koleksi</source>
        <translation>Daily, monthly and collection reports</translation>
    </message>
    <message>
        <source>Pengaturan &amp;perangkat…</source>
        <translation>&amp;Device settings…</translation>
    </message>
    <message>
        <source>Pilih printer struk dan pemindai</source>
        <translation>Choose the receipt printer and the scanner</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tentang JDIH Desktop</source>
        <translation>&amp;About JDIH Desktop</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Layanan</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Impor katalog…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <source>Impor umpan JDIHN, CSV atau XLSX (selalu diuji dulu)</source>
        <translation>Import a JDIHN feed, CSV or XLSX (always tested first)</translation>
    </message>
    <message>
        <source>&amp;Ekspor katalog…</source>
        <translation>&amp;Export catalogue…</translation>
    </message>
    <message>
        <source>Ekspor seluruh katalog sebagai JDIHN, CSV atau XLSX</source>
        <translation>Export the whole catalogue as JDIHN, CSV or XLSX</translation>
    </message>
    <message>
        <source>La&amp;poran</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Pen&amp;gaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Pe&amp;tugas…</source>
        <translation>&amp;Officers…</translation>
    </message>
    <message>
        <source>Daftar petugas: tambah, ubah, nonaktifkan</source>
        <translation>Officers: add, edit, deactivate</translation>
    </message>
    <message>
        <source>&amp;Hari libur &amp;&amp; aturan peminjaman…</source>
        <translation>&amp;Holidays &amp;&amp; loan rules…</translation>
    </message>
    <message>
        <source>Hari libur nasional dan aturan lama pinjam untuk tanggal kembali</source>
        <translation>National holidays and loan periods used for due dates</translation>
    </message>
    <message>
        <source>Hapus data pribadi &amp;lama…</source>
        <translation>Remove old &amp;personal data…</translation>
    </message>
    <message>
        <source>Anonimkan pengunjung yang masa simpan datanya (pemberitahuan privasi) sudah lewat</source>
        <translation>Anonymise visitors whose data retention period (privacy notice) has passed</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Perangkat: simulasi</source>
        <translation>Devices: simulated</translation>
    </message>
    <message>
        <source>Perangkat: nyata</source>
        <translation>Devices: real</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Perangkat: printer %1, pemindai %2</source>
        <translation>Devices: printer %1, scanner %2</translation>
    </message>
    <message>
        <source>Tentang JDIH Desktop</source>
        <translation>About JDIH Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JDIH Desktop %1&lt;/h3&gt;&lt;p&gt;Perpustakaan Jaringan Dokumentasi dan Informasi Hukum — Komisi Pemilihan Umum Kota Singkawang.&lt;/p&gt;&lt;p&gt;Mengikuti SOP Nomor 9 Tahun 2022.&lt;/p&gt;&lt;p&gt;Lisensi: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JDIH Desktop %1&lt;/h3&gt;&lt;p&gt;Library of the Legal Documentation and Information Network (JDIH) — General Elections Commission (KPU) of Singkawang City.&lt;/p&gt;&lt;p&gt;Follows SOP No. 9 of 2022.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logo JDIH</source>
        <translation>JDIH logo</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Buat cadangan basis data sekarang dan periksa hasilnya</source>
        <translation>Back up the database now and check the result</translation>
    </message>
    <message>
        <source>&amp;Pulihkan cadangan…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Ganti data dengan isi berkas cadangan (administrator)</source>
        <translation>Replace the data with a backup file (administrator)</translation>
    </message>
    <message>
        <source>&amp;Cadangan…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Folder, jadwal dan rotasi cadangan</source>
        <translation>Backup folder, schedule and rotation</translation>
    </message>
    <message>
        <source>&amp;Kantor…</source>
        <translation>Offi&amp;ce…</translation>
    </message>
    <message>
        <source>Identitas kantor yang dicetak di struk, surat dan laporan</source>
        <translation>The office identity printed on receipts, letters and reports</translation>
    </message>
    <message>
        <source>Printer struk belum diatur — struk disimpan sebagai PDF</source>
        <translation>Receipt printer not set up — receipts are saved as PDF</translation>
    </message>
    <message>
        <source>Identitas kantor disimpan.</source>
        <translation>Office identity saved.</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas…</source>
        <translation>&amp;Change officer…</translation>
    </message>
    <message>
        <source>Pergantian giliran: petugas berikutnya masuk dengan kata sandinya</source>
        <translation>Shift change: the next officer signs in with their password</translation>
    </message>
    <message>
        <source>K&amp;unci meja</source>
        <translation>&amp;Lock the desk</translation>
    </message>
    <message>
        <source>Kunci meja; buka dengan PIN atau kata sandi</source>
        <translation>Lock the desk; unlock with the PIN or password</translation>
    </message>
    <message>
        <source>Mode &amp;pengunjung (layar penuh)</source>
        <translation>&amp;Visitor mode (full screen)</translation>
    </message>
    <message>
        <source>Layar ini menghadap pengunjung; kembali dengan PIN petugas</source>
        <translation>This screen faces the visitor; come back with the officer&apos;s PIN</translation>
    </message>
    <message>
        <source>Hak &amp;subjek data…</source>
        <translation>Data &amp;subject rights…</translation>
    </message>
    <message>
        <source>Cari, ekspor atau hapus data seseorang atas permintaannya (UU 27/2022)</source>
        <translation>Find, export or erase a person&apos;s data at their request (UU 27/2022)</translation>
    </message>
    <message>
        <source>&amp;Log audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Siapa melakukan apa dan kapan (administrator)</source>
        <translation>Who did what and when (administrator)</translation>
    </message>
    <message>
        <source>Retensi: %1 pengunjung dianonimkan, %2 pindaian identitas dihapus.</source>
        <translation>Retention: %1 visitors anonymised, %2 ID scans removed.</translation>
    </message>
    <message>
        <source>&amp;Buku kunjungan…</source>
        <translation>&amp;Visitor book…</translation>
    </message>
    <message>
        <source>Isian buku kunjungan (tampil, wajib, isian kantor) dan pemberitahuan privasi dengan versinya</source>
        <translation>The visitor book&apos;s fields (shown, required, the office&apos;s own) and the privacy notice with its versions</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Perangkat mengalami gangguan — periksa perangkat, lalu Coba lagi.</source>
        <translation>The device has a problem — check the device, then Try again.</translation>
    </message>
    <message>
        <source>Perangkat tidak ditemukan — pastikan kabel terpasang dan perangkat menyala, lalu pilih ulang di Pengaturan Perangkat.</source>
        <translation>Device not found — make sure the cable is plugged in and the device is on, then choose it again in Device Settings.</translation>
    </message>
    <message>
        <source>Printer tidak terhubung — periksa kabel/daya, lalu Coba lagi.</source>
        <translation>The printer is not connected — check the cable/power, then Try again.</translation>
    </message>
    <message>
        <source>Perangkat sedang dipakai — tunggu sebentar, lalu Coba lagi.</source>
        <translation>The device is in use — wait a moment, then Try again.</translation>
    </message>
    <message>
        <source>Perangkat tidak menjawab — periksa kertas dan sambungan, lalu Coba lagi.</source>
        <translation>The device does not answer — check the paper and the connection, then Try again.</translation>
    </message>
    <message>
        <source>Kertas macet — buka penutup, keluarkan kertas, lalu Coba lagi.</source>
        <translation>Paper jam — open the cover, remove the paper, then Try again.</translation>
    </message>
    <message>
        <source>Penutup perangkat terbuka — tutup penutupnya, lalu Coba lagi.</source>
        <translation>The device cover is open — close it, then Try again.</translation>
    </message>
    <message>
        <source>Pengumpan dokumen (ADF) kosong — letakkan dokumen di pengumpan, lalu Coba lagi.</source>
        <translation>The document feeder (ADF) is empty — put the documents in the feeder, then Try again.</translation>
    </message>
    <message>
        <source>Kertas printer habis — isi gulungan kertas, lalu Coba lagi.</source>
        <translation>The printer is out of paper — load a paper roll, then Try again.</translation>
    </message>
    <message>
        <source>Perangkat memberi jawaban yang tidak dikenali — matikan dan nyalakan ulang perangkat, lalu Coba lagi.</source>
        <translation>The device gave an answer that is not understood — switch the device off and on again, then Try again.</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Alamat perangkat tidak valid.</source>
        <translation>The device address is not valid.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan pada perangkat — lihat log, lalu Coba lagi.</source>
        <translation>A device error occurred — see the log, then Try again.</translation>
    </message>
    <message>
        <source>Belum ada printer yang dipilih — atur di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>No printer has been chosen — set one in Device Settings, then Try again.</translation>
    </message>
    <message>
        <source>Belum ada pemindai yang dipilih — atur di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>No scanner has been chosen — set one in Device Settings, then Try again.</translation>
    </message>
    <message>
        <source>Eksemplar sudah ditarik dari koleksi.</source>
        <translation>The copy has been withdrawn from the collection.</translation>
    </message>
    <message>
        <source>Eksemplar tercatat hilang.</source>
        <translation>The copy is recorded as lost.</translation>
    </message>
    <message>
        <source>Sedang dipinjam.</source>
        <translation>On loan.</translation>
    </message>
    <message>
        <source>Aturan peminjaman tidak ditemukan — pilih aturan lain.</source>
        <translation>Loan rule not found — choose another rule.</translation>
    </message>
    <message>
        <source>Belum ada dokumen — pindai barcode eksemplar yang dipinjam.</source>
        <translation>No documents yet — scan the barcode of each copy being borrowed.</translation>
    </message>
    <message>
        <source>Aturan &quot;%1&quot; membolehkan paling banyak %2 eksemplar sekaligus per peminjam; peminjam masih membawa %3 dan yang dipilih %4 — paling banyak %5 lagi.</source>
        <translation>Rule &quot;%1&quot; allows at most %2 copies at a time per borrower; the borrower still has %3 and %4 are selected — at most %5 more.</translation>
    </message>
    <message>
        <source>Aturan &quot;%1&quot; membolehkan paling banyak %2 eksemplar; yang dipilih %3.</source>
        <translation>Rule &quot;%1&quot; allows at most %2 copies; %3 are selected.</translation>
    </message>
    <message>
        <source>Peminjam masih punya %1 peminjaman terlambat (paling lama %2 hari: %3). Aturan &quot;%4&quot; tidak membolehkan pinjaman baru sebelum dikembalikan; petugas dapat mengizinkan dengan alasan.</source>
        <translation>The borrower still has %1 overdue loans (up to %2 days late: %3). Rule &quot;%4&quot; allows no new loan until they are returned; the officer may allow it with a reason.</translation>
    </message>
    <message>
        <source>Peminjam masih punya %1 peminjaman terlambat (paling lama %2 hari: %3). Ingatkan peminjam untuk mengembalikannya.</source>
        <translation>The borrower still has %1 overdue loans (up to %2 days late: %3). Remind the borrower to return them.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 hanya boleh dibaca di tempat — pilih aturan baca di tempat.</source>
        <translation>%1 may only be read on site — choose a read-on-site rule.</translation>
    </message>
    <message>
        <source>Aturan &quot;%1&quot; hanya untuk %2; %3 bukan.</source>
        <translation>Rule &quot;%1&quot; is only for %2; %3 is not one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan barcode eksemplar JDIH (contoh: JDIH0000123).</source>
        <translation>&quot;%1&quot; is not a JDIH copy barcode (example: JDIH0000123).</translation>
    </message>
    <message>
        <source>Barcode %1 tidak terdaftar di katalog — periksa label eksemplar atau daftarkan di Katalog.</source>
        <translation>Barcode %1 is not in the catalogue — check the copy&apos;s label or register it in the Catalogue.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dipinjam: %2</source>
        <translation>%1 cannot be borrowed: %2</translation>
    </message>
    <message>
        <source>mencatat peminjaman</source>
        <translation>record a loan</translation>
    </message>
    <message>
        <source>Kunjungan ini tidak sedang berlangsung.</source>
        <translation>This visit is not in progress.</translation>
    </message>
    <message>
        <source>Peminjam belum diketahui — isi buku kunjungan dahulu.</source>
        <translation>The borrower is not known yet — fill in the visitor book first.</translation>
    </message>
    <message>
        <source>%1 Tulis alasan izin petugas (paling sedikit 5 huruf) untuk tetap meminjamkan.</source>
        <translation>%1 Write the officer&apos;s reason for allowing it (at least 5 letters) to lend anyway.</translation>
    </message>
    <message>
        <source>Salah satu eksemplar baru saja dipinjam di meja lain — muat ulang daftar lalu coba lagi.</source>
        <translation>One of the copies was just borrowed at another desk — reload the list and try again.</translation>
    </message>
    <message>
        <source>mencatat cetak struk</source>
        <translation>record a receipt print</translation>
    </message>
    <message>
        <source>membaca peminjaman</source>
        <translation>read loans</translation>
    </message>
    <message>
        <source>Peminjaman nomor %1 tidak ditemukan.</source>
        <translation>Loan number %1 not found.</translation>
    </message>
    <message>
        <source>mencetak struk peminjaman</source>
        <translation>print a loan receipt</translation>
    </message>
    <message>
        <source>Nama lengkap petugas wajib diisi.</source>
        <translation>The officer&apos;s full name is required.</translation>
    </message>
    <message>
        <source>Nama lengkap terlalu panjang: %1 karakter, paling banyak 200.</source>
        <translation>The full name is too long: %1 characters, at most 200.</translation>
    </message>
    <message>
        <source>Nama lengkap harus berisi huruf.</source>
        <translation>The full name must contain letters.</translation>
    </message>
    <message>
        <source>NIP harus 18 angka tanpa spasi atau tanda baca; yang diisi %1 karakter. Kosongkan bila petugas bukan ASN.</source>
        <translation>The NIP must be 18 digits without spaces or punctuation; %1 characters were entered. Leave it empty if the officer is not a civil servant.</translation>
    </message>
    <message>
        <source>Jabatan terlalu panjang (paling banyak 200 karakter).</source>
        <translation>The position is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Peran tidak dikenal — pilih Petugas, Kepala atau Admin.</source>
        <translation>Unknown role — choose Officer, Head or Admin.</translation>
    </message>
    <message>
        <source>Petugas nomor %1 tidak ditemukan — muat ulang daftar.</source>
        <translation>Officer number %1 not found — reload the list.</translation>
    </message>
    <message>
        <source>menambah petugas</source>
        <translation>add an officer</translation>
    </message>
    <message>
        <source>mengubah data petugas</source>
        <translation>change an officer&apos;s data</translation>
    </message>
    <message>
        <source>mengaktifkan atau menonaktifkan petugas</source>
        <translation>activate or deactivate an officer</translation>
    </message>
    <message>
        <source>Petugas ini satu-satunya yang aktif — tambahkan petugas lain terlebih dahulu, baru nonaktifkan.</source>
        <translation>This is the only active officer — add another officer first, then deactivate this one.</translation>
    </message>
    <message>
        <source>menghapus petugas</source>
        <translation>delete an officer</translation>
    </message>
    <message>
        <source>%1 tercatat pada %2 catatan (kunjungan, peminjaman, pengembalian atau log) dan tidak boleh dihapus — gunakan Nonaktifkan.</source>
        <translation>%1 is named on %2 records (visits, loans, returns or the log) and cannot be deleted — use Deactivate.</translation>
    </message>
    <message>
        <source>Petugas ini satu-satunya yang aktif — tambahkan petugas lain terlebih dahulu.</source>
        <translation>This is the only active officer — add another officer first.</translation>
    </message>
    <message>
        <source>%1 sudah nonaktif — aktifkan dahulu di Pengaturan → Petugas.</source>
        <translation>%1 is inactive — reactivate them first in Settings → Officers.</translation>
    </message>
    <message>
        <source>mencari pinjaman</source>
        <extracomment>&quot;PKPU 4/2021&quot;, &quot;Monografi 2019&quot; for lists and slips (one home: services/citations.py)</extracomment>
        <translation>search loans</translation>
    </message>
    <message>
        <source>Pindai kode QR/barcode pada bukti peminjaman atau eksemplar, atau ketik nomornya.</source>
        <translation>Scan the QR code/barcode on the loan receipt or the copy, or type its number.</translation>
    </message>
    <message>
        <source>Eksemplar %1 tidak sedang dipinjam dan belum pernah dipinjam — periksa barcode atau pindai bukti peminjaman.</source>
        <translation>Copy %1 is not on loan and has never been borrowed — check the barcode or scan the loan receipt.</translation>
    </message>
    <message>
        <source>Bukti peminjaman %1 tidak ditemukan — periksa nomornya atau pindai barcode eksemplar.</source>
        <translation>Loan receipt %1 not found — check its number or scan the copy&apos;s barcode.</translation>
    </message>
    <message>
        <source>Eksemplar %1 tidak ada di katalog — periksa barcode.</source>
        <translation>Copy %1 is not in the catalogue — check the barcode.</translation>
    </message>
    <message>
        <source>Kode %1 tidak dikenali. Gunakan nomor bukti peminjaman (PJ-TTTT-NNNNNN) atau barcode eksemplar (JDIH diikuti 7 angka).</source>
        <translation>Code %1 is not recognised. Use a loan receipt number (PJ-YYYY-NNNNNN) or a copy barcode (JDIH followed by 7 digits).</translation>
    </message>
    <message>
        <source>membaca pinjaman</source>
        <translation>read loans</translation>
    </message>
    <message>
        <source>Peminjaman #%1 tidak ada lagi — cari ulang.</source>
        <translation>Loan #%1 no longer exists — search again.</translation>
    </message>
    <message>
        <source>mencatat pengembalian</source>
        <translation>record a return</translation>
    </message>
    <message>
        <source>Pilih minimal satu eksemplar yang dikembalikan.</source>
        <translation>Choose at least one copy being returned.</translation>
    </message>
    <message>
        <source>Eksemplar yang sama dipilih dua kali — periksa pilihan.</source>
        <translation>The same copy was chosen twice — check the selection.</translation>
    </message>
    <message>
        <source>Kondisi %1 tidak dikenal; pilih Baik, Rusak atau Hilang.</source>
        <translation>Unknown condition %1; choose Good, Damaged or Lost.</translation>
    </message>
    <message>
        <source>memeriksa perpanjangan</source>
        <translation>check a renewal</translation>
    </message>
    <message>
        <source>Peminjaman #%1 tidak ditemukan — cari ulang.</source>
        <translation>Loan #%1 not found — search again.</translation>
    </message>
    <message>
        <source>Semua dokumen peminjaman %1 sudah dikembalikan.</source>
        <translation>All documents of loan %1 have been returned.</translation>
    </message>
    <message>
        <source>Peminjaman baca di tempat tidak dapat diperpanjang — dokumen dikembalikan hari ini.</source>
        <translation>A read-on-site loan cannot be renewed — the documents are returned today.</translation>
    </message>
    <message>
        <source>Aturan peminjaman ini sudah tidak ada — buat peminjaman baru setelah dokumen dikembalikan.</source>
        <translation>This loan rule no longer exists — make a new loan after the documents are returned.</translation>
    </message>
    <message>
        <source>Sudah diperpanjang %1 kali; aturan &quot;%2&quot; membolehkan paling banyak %3 kali. Dokumen perlu dikembalikan.</source>
        <translation>Already renewed %1 times; rule &quot;%2&quot; allows at most %3. The documents must be returned.</translation>
    </message>
    <message>
        <source>Terlambat %1 hari; aturan &quot;%2&quot; tidak membolehkan perpanjangan setelah jatuh tempo. Dokumen perlu dikembalikan.</source>
        <translation>%1 days late; rule &quot;%2&quot; allows no renewal after the due date. The documents must be returned.</translation>
    </message>
    <message>
        <source>Terlambat %1 hari; aturan &quot;%2&quot; membolehkan perpanjangan sampai %3 hari terlambat. Dokumen perlu dikembalikan.</source>
        <translation>%1 days late; rule &quot;%2&quot; allows renewal up to %3 days late. The documents must be returned.</translation>
    </message>
    <message>
        <source>memperpanjang pinjaman</source>
        <translation>renew a loan</translation>
    </message>
    <message>
        <source>mencetak bukti perpanjangan</source>
        <translation>print a renewal slip</translation>
    </message>
    <message>
        <source>Perpanjangan #%1 tidak ditemukan.</source>
        <translation>Renewal #%1 was not found.</translation>
    </message>
    <message>
        <source>Eksemplar yang dipilih bukan bagian dari peminjaman %1 — cari ulang.</source>
        <translation>The chosen copy is not part of loan %1 — search again.</translation>
    </message>
    <message>
        <source>Eksemplar %1 sudah dikembalikan pada %2 — muat ulang peminjaman.</source>
        <translation>Copy %1 was already returned on %2 — reload the loan.</translation>
    </message>
    <message>
        <source>Semua eksemplar peminjaman %1 sudah dikembalikan.</source>
        <translation>All copies of loan %1 have already been returned.</translation>
    </message>
    <message>
        <source>mencetak bukti pengembalian</source>
        <translation>print a return slip</translation>
    </message>
    <message>
        <source>Pengembalian #%1 tidak ditemukan.</source>
        <translation>Return #%1 not found.</translation>
    </message>
    <message>
        <source>menyimpan pindaian pengembalian</source>
        <translation>save a return scan</translation>
    </message>
    <message>
        <source>Hasil pindaian bukan PDF — pindai ulang dokumen.</source>
        <translation>The scan result is not a PDF — scan the document again.</translation>
    </message>
    <message>
        <source>Tidak punya izin memakai printer — pada Linux tambahkan pengguna ke grup &apos;lp&apos;/&apos;dialout&apos;, pada Windows jalankan ulang aplikasi, lalu Coba lagi.</source>
        <translation>No permission to use the printer — on Linux add the user to the &apos;lp&apos;/&apos;dialout&apos; group, on Windows restart the application, then try again.</translation>
    </message>
    <message>
        <source>Printer tidak ditemukan — periksa kabel USB/serial dan daya printer, atau pilih ulang printer di Pengaturan Perangkat.</source>
        <translation>Printer not found — check the USB/serial cable and the printer&apos;s power, or choose the printer again in Device Settings.</translation>
    </message>
    <message>
        <source>Alamat printer jaringan tidak dikenal — periksa alamat IP di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>Unknown network printer address — check the IP address in Device Settings, then try again.</translation>
    </message>
    <message>
        <source>Printer jaringan menolak sambungan — pastikan printer menyala dan alamat/port benar (biasanya 9100), lalu Coba lagi.</source>
        <translation>The network printer refused the connection — make sure the printer is on and the address/port is right (usually 9100), then try again.</translation>
    </message>
    <message>
        <source>Sambungan ke printer terputus saat mencetak — periksa kabel jaringan/daya printer, lalu Coba lagi (struk mungkin tercetak sebagian).</source>
        <translation>The connection to the printer was lost while printing — check the network cable/printer power, then try again (the receipt may be partly printed).</translation>
    </message>
    <message>
        <source>Printer berhenti menerima data — periksa kertas dan penutup printer, lalu Coba lagi.</source>
        <translation>The printer stopped accepting data — check the paper and the printer cover, then try again.</translation>
    </message>
    <message>
        <source>Printer Windows tidak dapat dipakai — periksa antrean cetak di Windows (Devices and Printers), lalu Coba lagi.</source>
        <translation>The Windows printer cannot be used — check the print queue in Windows (Devices and Printers), then Try again.</translation>
    </message>
    <message>
        <source>Pustaka pendukung printer belum terpasang — pasang ulang aplikasi atau hubungi admin.</source>
        <translation>The printer support library is not installed — reinstall the application or contact the administrator.</translation>
    </message>
    <message>
        <source>Printer jaringan tidak menjawab — periksa daya printer, kabel jaringan dan alamat IP, lalu Coba lagi.</source>
        <translation>The network printer does not answer — check the printer&apos;s power, the network cable and the IP address, then Try again.</translation>
    </message>
    <message>
        <source>Isi kode batang terlalu panjang untuk kertas %1 mm (%2 karakter) — persingkat kodenya.</source>
        <translation>The barcode content is too long for %1 mm paper (%2 characters) — shorten the code.</translation>
    </message>
    <message>
        <source>Profil printer tidak dikenal: %1 — pilih profil lain di Pengaturan Perangkat.</source>
        <translation>Unknown printer profile: %1 — choose another profile in Device Settings.</translation>
    </message>
    <message>
        <source>Isi struk tidak dapat disusun untuk printer (kode batang atau QR tidak valid) — periksa data, lalu Coba lagi atau hubungi admin.</source>
        <translation>The receipt cannot be laid out for the printer (invalid barcode or QR code) — check the data, then Try again or contact the administrator.</translation>
    </message>
    <message>
        <source>Printer tidak dapat mulai mencetak — periksa antrean cetak dan printer, lalu Coba lagi.</source>
        <translation>The printer cannot start printing — check the print queue and the printer, then Try again.</translation>
    </message>
    <message>
        <source>Pencetakan halaman butuh aplikasi Qt yang berjalan.</source>
        <translation>Page printing needs a running Qt application.</translation>
    </message>
    <message>
        <source>Folder tujuan PDF tidak ada: %1 — buat foldernya atau pilih folder lain di Pengaturan Perangkat.</source>
        <translation>The PDF target folder does not exist: %1 — create the folder or choose another one in Device Settings.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat ditulis: %1 — periksa izin folder, lalu Coba lagi.</source>
        <translation>The PDF file cannot be written: %1 — check the folder permissions, then Try again.</translation>
    </message>
    <message>
        <source>Printer &apos;%1&apos; tidak ada di sistem — periksa nama printer di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>Printer &apos;%1&apos; is not on this system — check the printer name in Device Settings, then Try again.</translation>
    </message>
    <message>
        <source>Printer &apos;%1&apos; menolak pekerjaan cetak — periksa antrean cetak, lalu Coba lagi.</source>
        <translation>Printer &apos;%1&apos; refused the print job — check the print queue, then Try again.</translation>
    </message>
    <message>
        <source>Pustaka pemindai SANE tidak tersedia — pasang paket libsane1 (Linux), lalu Coba lagi.</source>
        <translation>The SANE scanner library is not available — install the libsane1 package (Linux), then Try again.</translation>
    </message>
    <message>
        <source>Kertas macet di pemindai — buka penutup pengumpan, keluarkan kertas, lalu Coba lagi.</source>
        <translation>Paper jam in the scanner — open the feeder cover, take the paper out, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai sedang dipakai — tunggu sebentar, lalu Coba lagi.</source>
        <translation>The scanner is in use — wait a moment, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai tidak menjawab — periksa kabel USB dan daya pemindai, lalu Coba lagi.</source>
        <translation>The scanner does not answer — check its USB cable and power, then Try again.</translation>
    </message>
    <message>
        <source>Tidak punya izin memakai pemindai — pada Linux tambahkan pengguna ke grup &apos;scanner&apos;, lalu Coba lagi.</source>
        <translation>No permission to use the scanner — on Linux add the user to the &apos;scanner&apos; group, then Try again.</translation>
    </message>
    <message>
        <source>Lampu pemindai sedang memanas — tunggu sebentar, lalu Coba lagi.</source>
        <translation>The scanner lamp is warming up — wait a moment, then Try again.</translation>
    </message>
    <message>
        <source>Mekanisme pemindai terkunci untuk pengiriman — buka kunci transport di pemindai, lalu Coba lagi.</source>
        <translation>The scanner mechanism is locked for transport — release the transport lock on the scanner, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai mengalami gangguan — matikan dan nyalakan ulang pemindai, lalu Coba lagi.</source>
        <translation>The scanner has a fault — switch the scanner off and on again, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai &apos;%1&apos; tidak ditemukan — periksa kabel dan daya, lalu pilih ulang di Pengaturan Perangkat.</source>
        <translation>Scanner &apos;%1&apos; was not found — check the cable and power, then choose it again in Device Settings.</translation>
    </message>
    <message>
        <source>Pemindai ini tidak punya pengumpan dokumen (ADF) — pilih sumber &apos;flatbed&apos;, lalu Coba lagi.</source>
        <translation>This scanner has no document feeder (ADF) — choose the &apos;flatbed&apos; source, then Try again.</translation>
    </message>
    <message>
        <source>Tidak ada dokumen di pemindai — letakkan dokumen di kaca pemindai, lalu Coba lagi.</source>
        <translation>There is no document in the scanner — put the document on the scanner glass, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai sedang sibuk atau memanas — tunggu sebentar, lalu Coba lagi.</source>
        <translation>The scanner is busy or warming up — wait a moment, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai tidak terhubung — periksa kabel USB dan daya pemindai, lalu Coba lagi.</source>
        <translation>The scanner is not connected — check its USB cable and power, then Try again.</translation>
    </message>
    <message>
        <source>Pemindai butuh tindakan — periksa layar/lampu pemindai (kunci transport, penutup), lalu Coba lagi.</source>
        <translation>The scanner needs attention — check its display/lights (transport lock, cover), then Try again.</translation>
    </message>
    <message>
        <source>Pemindai WIA &apos;%1&apos; tidak ditemukan — periksa kabel dan daya, lalu pilih ulang di Pengaturan Perangkat.</source>
        <translation>WIA scanner &apos;%1&apos; was not found — check the cable and power, then choose it again in Device Settings.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Kata sandi paling sedikit %1 karakter.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu mudah ditebak — pakai campuran huruf, angka dan tanda baca.</source>
        <translation>The password is too easy to guess — use a mix of letters, digits and punctuation.</translation>
    </message>
    <message>
        <source>PIN harus 4 sampai 8 angka.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>PIN tidak boleh satu angka berulang.</source>
        <translation>The PIN cannot be one digit repeated.</translation>
    </message>
    <message>
        <source>Nama lengkap administrator wajib diisi.</source>
        <translation>The administrator&apos;s full name is required.</translation>
    </message>
    <message>
        <source>Nama pengguna: huruf kecil, angka, titik atau garis bawah (paling banyak 64).</source>
        <translation>User name: lower-case letters, digits, dots or underscores (at most 64).</translation>
    </message>
    <message>
        <source>Administrator sudah ada — masuk dengan akunnya, lalu buat akun lain di Pengaturan → Petugas.</source>
        <translation>An administrator already exists — sign in with that account, then create other accounts in Settings → Officers.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Tidak ada yang masuk — masuk dengan nama pengguna dan kata sandi.</source>
        <translation>Nobody is signed in — sign in with a user name and password.</translation>
    </message>
    <message>
        <source>PIN atau kata sandi salah.</source>
        <translation>Wrong PIN or password.</translation>
    </message>
    <message>
        <source>membuat token tugas terjadwal</source>
        <translation>make a scheduled-task token</translation>
    </message>
    <message>
        <source>Tugas tidak dikenal: %1.</source>
        <translation>Unknown task: %1.</translation>
    </message>
    <message>
        <source>Token tugas terjadwal tidak ada (%1). Administrator membuatnya dengan: jdih-desktop account task-token.</source>
        <translation>There is no scheduled-task token (%1). An administrator creates it with: jdih-desktop account task-token.</translation>
    </message>
    <message>
        <source>Token tugas terjadwal tidak berlaku lagi — administrator membuat yang baru dengan: jdih-desktop account task-token.</source>
        <translation>The scheduled-task token is no longer valid — an administrator creates a new one with: jdih-desktop account task-token.</translation>
    </message>
    <message>
        <source>Nilai %1 harus bilangan 1 sampai 1000 (sekarang %2).</source>
        <translation>%1 must be a number from 1 to 1000 (now %2).</translation>
    </message>
    <message>
        <source>%1 bukan berkas cadangan JDIH Desktop (manifest.json tidak dikenal). Pilih berkas jdih-cadangan-….zip.</source>
        <translation>%1 is not a JDIH Desktop backup file (unknown manifest.json). Choose a jdih-cadangan-….zip file.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Disk tujuan penuh: %1. Kosongkan ruang atau pilih folder lain; cadangan yang belum selesai sudah dihapus.</source>
        <translation>The target disk is full: %1. Free some space or choose another folder; the unfinished backup has been deleted.</translation>
    </message>
    <message>
        <source>Folder %1 hanya-baca atau tidak boleh ditulisi. Periksa izin folder atau kunci tulis pada flashdisk, atau pilih folder lain.</source>
        <translation>Folder %1 is read-only or may not be written to. Check the folder&apos;s permissions or the flash drive&apos;s write lock, or choose another folder.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis ke %1: %2.</source>
        <translation>Cannot write to %1: %2.</translation>
    </message>
    <message>
        <source>Alat PostgreSQL &apos;%1&apos; tidak ditemukan di komputer ini, jadi cadangan basis data server tidak dapat dibuat atau dipulihkan. Pasang PostgreSQL client tools (Debian/Ubuntu: paket postgresql-client; Windows: PostgreSQL installer, komponen Command Line Tools) lalu coba lagi.</source>
        <translation>The PostgreSQL tool &apos;%1&apos; was not found on this computer, so a backup of the server database cannot be made or restored. Install the PostgreSQL client tools (Debian/Ubuntu: the postgresql-client package; Windows: the PostgreSQL installer, Command Line Tools component), then try again.</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak ada atau tidak dapat dijangkau. Pilih folder yang ada (mis. di flashdisk atau disk lain).</source>
        <translation>The backup folder %1 does not exist or cannot be reached. Choose an existing folder (e.g. on a USB drive or another disk).</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak ada atau tidak dapat dijangkau (flashdisk dicabut atau folder jaringan terputus?). Pasang drive-nya atau pilih folder lain di Pengaturan → Cadangan.</source>
        <translation>The backup folder %1 does not exist or cannot be reached (USB drive removed or network folder disconnected?). Attach the drive or choose another folder in Settings → Backups.</translation>
    </message>
    <message>
        <source>Disk tujuan penuh: %1 (sisa %2 MB, perlu sampai %3 MB). Kosongkan ruang atau pilih folder lain.</source>
        <translation>The target disk is full: %1 (%2 MB free, up to %3 MB needed). Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Basis data %1 rusak; cadangan tidak dibuat agar cadangan yang baik tidak tergeser rotasi. Pulihkan dari cadangan terakhir (jdih-desktop restore BERKAS).</source>
        <translation>The database %1 is damaged; no backup was made, so that good backups are not rotated away. Restore from the last backup (jdih-desktop restore FILE).</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ditemukan; tidak ada yang dapat dicadangkan.</source>
        <translation>The database %1 was not found; there is nothing to back up.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dibuat: %1</source>
        <translation>The backup cannot be made: %1</translation>
    </message>
    <message>
        <source>pg_dump gagal: %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak di dalam (%2).</source>
        <translation>Backup %1 is damaged inside (%2).</translation>
    </message>
    <message>
        <source>Isi cadangan %1 tidak sesuai dengan manifest-nya (jumlah baris berbeda).</source>
        <translation>The content of backup %1 does not match its manifest (different row counts).</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak dapat dibaca pg_restore: %2</source>
        <translation>pg_restore cannot read backup %1: %2</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak ada.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 bukan berkas cadangan JDIH Desktop (tidak ada manifest.json).</source>
        <translation>%1 is not a JDIH Desktop backup file (no manifest.json).</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak lengkap: %2 tidak ada di dalamnya.</source>
        <translation>Backup %1 is incomplete: %2 is missing from it.</translation>
    </message>
    <message>
        <source>%1 bukan berkas cadangan JDIH Desktop (bukan arsip zip yang utuh).</source>
        <translation>%1 is not a JDIH Desktop backup file (not an intact zip archive).</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak dapat dibaca: %2.</source>
        <translation>The backup file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak: %2.</source>
        <translation>Backup %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak: sidik sha256 tidak cocok dengan manifest.</source>
        <translation>Backup %1 is damaged: its sha256 fingerprint does not match the manifest.</translation>
    </message>
    <message>
        <source>Cadangan ini dari basis data %1, sedangkan desk ini memakai %2; tidak dapat dipulihkan di sini.</source>
        <translation>This backup is of database %1, while this desk uses %2; it cannot be restored here.</translation>
    </message>
    <message>
        <source>Cadangan dibuat oleh versi aplikasi yang lebih baru (skema v%1, aplikasi ini sampai v%2, dibuat oleh %3). Perbarui JDIH Desktop dahulu; tidak ada yang diubah.</source>
        <translation>The backup was made by a newer version of the application (schema v%1, this application up to v%2, made by %3). Update JDIH Desktop first; nothing was changed.</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat memulihkan cadangan (%1 bukan administrator). Minta administrator melakukannya.</source>
        <translation>Only an administrator can restore a backup (%1 is not an administrator). Ask an administrator to do it.</translation>
    </message>
    <message>
        <source>Basis data PostgreSQL dipulihkan ke basis data kosong: jalankan jdih-desktop --db postgresql://…/BASIS_DATA_KOSONG restore BERKAS.</source>
        <translation>A PostgreSQL database is restored into an empty database: run jdih-desktop --db postgresql://…/EMPTY_DATABASE restore FILE.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak di dalam (%2); tidak ada yang diubah.</source>
        <translation>Backup %1 is damaged inside (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data PostgreSQL tujuan tidak kosong. Buat basis data kosong (createdb NAMA), lalu pulihkan ke sana dengan --db postgresql://…/NAMA; data yang ada tidak ditimpa.</source>
        <translation>The target PostgreSQL database is not empty. Create an empty database (createdb NAME), then restore into it with --db postgresql://…/NAME; existing data is not overwritten.</translation>
    </message>
    <message>
        <source>pg_restore gagal: %1</source>
        <translation>pg_restore failed: %1</translation>
    </message>
    <message>
        <source>Pemulihan PostgreSQL selesai tetapi jumlah baris tidak sama dengan manifest; periksa basis datanya sebelum dipakai.</source>
        <translation>The PostgreSQL restore finished but the row counts differ from the manifest; check the database before using it.</translation>
    </message>
    <message>
        <source>JDIH Desktop yang lain masih berjalan pada folder data ini; pemulihan belum dipasang. Tutup semua jendela JDIH Desktop, lalu buka lagi.</source>
        <translation>Another JDIH Desktop is still running on this data folder; the restore has not been put in place. Close every JDIH Desktop window, then open it again.</translation>
    </message>
    <message>
        <source>Berkas pemulihan %1 rusak sebelum dipasang; basis data lama tidak diubah. Ulangi pemulihan.</source>
        <translation>The restore file %1 was damaged before it was put in place; the old database was not changed. Repeat the restore.</translation>
    </message>
    <message>
        <source>%1 hari libur ditambahkan, %2 sudah terdaftar (dilewati).</source>
        <translation>%1 holidays added, %2 already listed (skipped).</translation>
    </message>
    <message>
        <source>%1 hari libur ditambahkan.</source>
        <translation>%1 holidays added.</translation>
    </message>
    <message>
        <source>Tanggal wajib diisi (TTTT-BB-HH atau HH/BB/TTTT).</source>
        <translation>The date is required (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan tanggal — tulis TTTT-BB-HH (2026-12-25) atau HH/BB/TTTT (25/12/2026).</source>
        <translation>&quot;%1&quot; is not a date — write YYYY-MM-DD (2026-12-25) or DD/MM/YYYY (25/12/2026).</translation>
    </message>
    <message>
        <source>Tanggal %1 tidak ada di kalender — periksa hari dan bulannya.</source>
        <translation>The date %1 does not exist — check the day and the month.</translation>
    </message>
    <message>
        <source>Tahun %1 di luar rentang %2–%3 — periksa tahunnya.</source>
        <translation>The year %1 is outside %2–%3 — check the year.</translation>
    </message>
    <message>
        <source>Nama hari libur wajib diisi (mis. Hari Raya Idulfitri 1448 H).</source>
        <translation>The holiday&apos;s name is required (e.g. Hari Raya Idulfitri 1448 H).</translation>
    </message>
    <message>
        <source>Nama hari libur terlalu panjang: %1 karakter, paling banyak %2.</source>
        <translation>The holiday&apos;s name is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Nama aturan wajib diisi.</source>
        <translation>The rule&apos;s name is required.</translation>
    </message>
    <message>
        <source>Nama aturan terlalu panjang (paling banyak %1 karakter).</source>
        <translation>The rule&apos;s name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Jenis dokumen tidak dikenal — pilih Peraturan, Monografi Hukum, Artikel Hukum, Putusan atau Semua jenis.</source>
        <translation>Unknown document type — choose Regulation, Legal monograph, Legal article, Court decision or All types.</translation>
    </message>
    <message>
        <source>Lama pinjam harus bilangan bulat 0 hari atau lebih.</source>
        <translation>The loan period must be a whole number of 0 days or more.</translation>
    </message>
    <message>
        <source>Lama pinjam paling lama %1 hari kerja.</source>
        <translation>The loan period is at most %1 working days.</translation>
    </message>
    <message>
        <source>Jumlah eksemplar paling sedikit 1.</source>
        <translation>The number of copies is at least 1.</translation>
    </message>
    <message>
        <source>Jumlah eksemplar paling banyak %1.</source>
        <translation>The number of copies is at most %1.</translation>
    </message>
    <message>
        <source>Pilih Peringatkan atau Blokir untuk peminjam terlambat.</source>
        <translation>Choose Warn or Block for overdue borrowers.</translation>
    </message>
    <message>
        <source>%1 harus bilangan bulat 0 atau lebih.</source>
        <translation>%1 must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>%1 paling banyak %2.</source>
        <translation>%1 is at most %2.</translation>
    </message>
    <message>
        <source>menambah hari libur</source>
        <translation>add a holiday</translation>
    </message>
    <message>
        <source>mengubah hari libur</source>
        <translation>change a holiday</translation>
    </message>
    <message>
        <source>menghapus hari libur</source>
        <translation>delete a holiday</translation>
    </message>
    <message>
        <source>Tidak ada hari libur pada %1 — tidak ada yang dihapus.</source>
        <translation>There is no holiday on %1 — nothing was deleted.</translation>
    </message>
    <message>
        <source>Berkas CSV kosong — baris pertama harus tanggal,nama.</source>
        <translation>The CSV file is empty — the first line must be tanggal,nama.</translation>
    </message>
    <message>
        <source>Baris pertama harus judul kolom tanggal,nama — yang tertulis: %1.</source>
        <translation>The first line must be the column headings tanggal,nama — it reads: %1.</translation>
    </message>
    <message>
        <source>Harus dua kolom (tanggal%1nama); yang tertulis %2 kolom.</source>
        <translation>Two columns are needed (tanggal%1nama); this line has %2 columns.</translation>
    </message>
    <message>
        <source>Tanggal %1 sudah ada di baris %2 berkas ini.</source>
        <translation>The date %1 is already on line %2 of this file.</translation>
    </message>
    <message>
        <source>Tanggal %1 sudah terdaftar sebagai &quot;%2&quot; — ubah atau hapus yang lama dahulu.</source>
        <translation>The date %1 is already listed as &quot;%2&quot; — change or delete the old one first.</translation>
    </message>
    <message>
        <source>Berkas CSV hanya berisi judul kolom — tidak ada hari libur untuk diimpor.</source>
        <translation>The CSV file holds only the column headings — there are no holidays to import.</translation>
    </message>
    <message>
        <source>mengimpor hari libur</source>
        <translation>import holidays</translation>
    </message>
    <message>
        <source>menyimpan hari libur</source>
        <translation>save holidays</translation>
    </message>
    <message>
        <source>menambah aturan peminjaman</source>
        <translation>add a loan rule</translation>
    </message>
    <message>
        <source>Nama aturan &quot;%1&quot; sudah dipakai aturan lain.</source>
        <translation>The rule name &quot;%1&quot; is already used by another rule.</translation>
    </message>
    <message>
        <source>menonaktifkan aturan peminjaman</source>
        <translation>deactivate a loan rule</translation>
    </message>
    <message>
        <source>mengubah aturan peminjaman</source>
        <translation>change a loan rule</translation>
    </message>
    <message>
        <source>Aturan ini satu-satunya yang aktif — peminjaman perlu paling sedikit satu aturan aktif.</source>
        <translation>This is the only active rule — loans need at least one active rule.</translation>
    </message>
    <message>
        <source>Hari libur ini sudah tidak ada (mungkin dihapus di meja lain) — muat ulang daftar.</source>
        <translation>This holiday no longer exists (perhaps deleted at another desk) — reload the list.</translation>
    </message>
    <message>
        <source>Aturan peminjaman nomor %1 tidak ditemukan — muat ulang daftar.</source>
        <translation>Loan rule number %1 was not found — reload the list.</translation>
    </message>
    <message>
        <source>%1 terlalu besar untuk daftar hari libur (lebih dari %2 KB) — periksa berkasnya.</source>
        <translation>%1 is too large for a holiday list (more than %2 KB) — check the file.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ditemukan.</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan berkas CSV.</source>
        <translation>%1 is a folder, not a CSV file.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2.</source>
        <translation>The file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>Tanggal %1 sudah terdaftar sebagai &quot;%2&quot; — satu tanggal hanya satu hari libur.</source>
        <translation>Date %1 is already listed as &quot;%2&quot; — one date holds one holiday only.</translation>
    </message>
    <message>
        <source>Tanggal %1 sudah terdaftar — satu tanggal hanya satu hari libur.</source>
        <translation>Date %1 is already listed — one date holds one holiday only.</translation>
    </message>
    <message>
        <source>Tipe dokumen %1 tidak dikenal. Pilih salah satu: %2.</source>
        <translation>Unknown document type %1. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Status %1 tidak dikenal. Pilih &apos;berlaku&apos; atau &apos;tidak_berlaku&apos;.</source>
        <translation>Unknown status %1. Choose &apos;berlaku&apos; (in force) or &apos;tidak_berlaku&apos; (not in force).</translation>
    </message>
    <message>
        <source>%1 harus berupa teks, bukan %2.</source>
        <translation>%1 must be text, not %2.</translation>
    </message>
    <message>
        <source>%1 berisi karakter kendali yang tidak tercetak (%2). Hapus karakter itu lalu ketik ulang teksnya.</source>
        <translation>%1 contains a non-printing control character (%2). Delete it and type the text again.</translation>
    </message>
    <message>
        <source>%1 terlalu panjang: %2 karakter, paling banyak %3. Persingkat isinya.</source>
        <translation>%1 is too long: %2 characters, at most %3. Shorten it.</translation>
    </message>
    <message>
        <source>%1 wajib diisi untuk %2.</source>
        <translation>%1 is required for %2.</translation>
    </message>
    <message>
        <source>dokumen ini</source>
        <translation>this document</translation>
    </message>
    <message>
        <source>Tahun harus berupa angka empat digit, bukan %1.</source>
        <translation>The year must be a four-digit number, not %1.</translation>
    </message>
    <message>
        <source>Tahun %1 belum terjadi: paling lambat %2. Periksa kembali tahunnya.</source>
        <translation>Year %1 is in the future: %2 at the latest. Check the year again.</translation>
    </message>
    <message>
        <source>Tahun %1 terlalu awal untuk peraturan: paling awal %2. Periksa kembali tahunnya.</source>
        <translation>Year %1 is too early for a regulation: %2 at the earliest. Check the year again.</translation>
    </message>
    <message>
        <source>Tahun %1 tidak wajar. Tulis tahun dengan empat digit, mis. 2021.</source>
        <translation>Year %1 is not plausible. Write the year with four digits, e.g. 2021.</translation>
    </message>
    <message>
        <source>%1 harus berupa tanggal (HH-BB-TTTT).</source>
        <translation>%1 must be a date (DD-MM-YYYY).</translation>
    </message>
    <message>
        <source>%1 %2 belum terjadi: paling lambat hari ini (%3).</source>
        <translation>%1 %2 is in the future: it can be today (%3) at the latest.</translation>
    </message>
    <message>
        <source>Tanggal penetapan %1 jatuh sesudah tanggal pengundangan %2. Peraturan ditetapkan dulu, baru diundangkan: periksa kedua tanggal.</source>
        <translation>The enactment date %1 falls after the promulgation date %2. A regulation is enacted first and promulgated afterwards: check both dates.</translation>
    </message>
    <message>
        <source>Tahun %1 tidak sama dengan tahun tanggal penetapan (%2). Samakan tahun dengan tanggal penetapan.</source>
        <translation>Year %1 differs from the year of the enactment date (%2). Make the year match the enactment date.</translation>
    </message>
    <message>
        <source>ISBN %1 tidak valid (digit pemeriksa salah atau jumlah digit bukan 10/13). Salin ulang dari balik halaman judul.</source>
        <translation>ISBN %1 is not valid (wrong check digit, or not 10/13 digits). Copy it again from the back of the title page.</translation>
    </message>
    <message>
        <source>%1 harus diawali http:// atau https:// dan tanpa spasi.</source>
        <translation>%1 must start with http:// or https:// and contain no spaces.</translation>
    </message>
    <message>
        <source>Terakhir diperbarui harus berupa tanggal dan jam.</source>
        <translation>Last updated must be a date and time.</translation>
    </message>
    <message>
        <source>Dokumen nomor %1 tidak ada lagi di katalog (mungkin sudah dihapus). Muat ulang daftar.</source>
        <translation>Document number %1 is no longer in the catalogue (perhaps deleted). Reload the list.</translation>
    </message>
    <message>
        <source>ID JDIHN %1 sudah dipakai oleh %2 (dokumen nomor %3). Buka dokumen itu untuk mengubahnya.</source>
        <translation>JDIHN ID %1 is already used by %2 (document number %3). Open that document to change it.</translation>
    </message>
    <message>
        <source>Dokumen %1 nomor %2 tahun %3 dari %4 sudah ada di katalog (dokumen nomor %5: %6). Buka dokumen itu untuk mengubahnya, jangan dicatat dua kali.</source>
        <translation>%1 number %2 of %3 by %4 is already in the catalogue (document number %5: %6). Open that document to change it; do not record it twice.</translation>
    </message>
    <message>
        <source>Dokumen %1 nomor %2 tahun %3 sudah ada di katalog (dokumen nomor %4: %5). Buka dokumen itu untuk mengubahnya, jangan dicatat dua kali.</source>
        <translation>%1 number %2 of %3 is already in the catalogue (document number %4: %5). Open that document to change it; do not record it twice.</translation>
    </message>
    <message>
        <source>menambah dokumen katalog</source>
        <translation>add a catalogue document</translation>
    </message>
    <message>
        <source>mengubah dokumen katalog</source>
        <translation>change a catalogue document</translation>
    </message>
    <message>
        <source>Dokumen belum disimpan; gunakan Tambah dokumen.</source>
        <translation>The document has not been saved yet; use Add document.</translation>
    </message>
    <message>
        <source>menghapus dokumen katalog</source>
        <translation>delete a catalogue document</translation>
    </message>
    <message>
        <source>Dokumen ini tidak dapat dihapus karena eksemplarnya pernah dipinjam; riwayat peminjaman harus tetap utuh. Tandai eksemplarnya ditarik atau ubah statusnya.</source>
        <translation>This document cannot be deleted because its copies have been borrowed; the loan history must stay whole. Mark its copies withdrawn or change its status.</translation>
    </message>
    <message>
        <source>mengubah relasi dokumen</source>
        <translation>change document relations</translation>
    </message>
    <message>
        <source>Jenis relasi %1 tidak dikenal. Pilih: %2.</source>
        <translation>Unknown relation type %1. Choose: %2.</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat berelasi dengan dirinya sendiri. Pilih dokumen lain.</source>
        <translation>A document cannot be related to itself. Choose another document.</translation>
    </message>
    <message>
        <source>Jenis relasi %1 tidak dikenal.</source>
        <translation>Unknown relation type %1.</translation>
    </message>
    <message>
        <source>menambah eksemplar</source>
        <translation>add a copy</translation>
    </message>
    <message>
        <source>Kondisi %1 tidak dikenal. Pilih Baik, Rusak atau Hilang.</source>
        <translation>Unknown condition %1. Choose Good, Damaged or Lost.</translation>
    </message>
    <message>
        <source>Lokasi rak terlalu panjang (paling banyak 100 karakter).</source>
        <translation>The shelf location is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>mengubah eksemplar</source>
        <translation>change a copy</translation>
    </message>
    <message>
        <source>Eksemplar nomor %1 tidak ada lagi. Muat ulang daftar.</source>
        <translation>Copy number %1 no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>menghapus eksemplar</source>
        <translation>delete a copy</translation>
    </message>
    <message>
        <source>Eksemplar %1 sedang dipinjam (bukti %2) dan tidak dapat dihapus. Terima dulu pengembaliannya di meja Pengembalian (F8), lalu hapus.</source>
        <translation>Copy %1 is on loan (receipt %2) and cannot be deleted. First take its return at the Returns desk (F8), then delete it.</translation>
    </message>
    <message>
        <source>melampirkan berkas dokumen</source>
        <translation>attach a document file</translation>
    </message>
    <message>
        <source>Jenis lampiran %1 tidak dikenal. Pilih naskah lengkap, abstrak atau lampiran.</source>
        <translation>Unknown attachment type %1. Choose full text, abstract or appendix.</translation>
    </message>
    <message>
        <source>Nama berkas kosong. Pilih berkas yang benar.</source>
        <translation>The file name is empty. Choose the right file.</translation>
    </message>
    <message>
        <source>Berkas %1 kosong (0 bita). Pilih berkas lain.</source>
        <translation>The file %1 is empty (0 bytes). Choose another file.</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2 MB; paling besar %3 MB). Perkecil resolusi pindaian atau pecah berkasnya.</source>
        <translation>The file %1 is too large (%2 MB; at most %3 MB). Lower the scan resolution or split the file.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan PDF (tidak diawali %PDF-). Simpan ulang sebagai PDF.</source>
        <translation>The file %1 is not a PDF (it does not start with %PDF-). Save it again as PDF.</translation>
    </message>
    <message>
        <source>Lampiran nomor %1 tidak ada lagi.</source>
        <translation>Attachment number %1 no longer exists.</translation>
    </message>
    <message>
        <source>menghapus lampiran dokumen</source>
        <translation>delete a document attachment</translation>
    </message>
    <message>
        <source>Paling banyak %1 halaman per berkas. Simpan dulu, lalu pindai sisanya sebagai lampiran berikutnya.</source>
        <translation>At most %1 pages per file. Save first, then scan the rest as the next attachment.</translation>
    </message>
    <message>
        <source>Belum ada halaman yang dipindai. Pindai minimal satu halaman, lalu simpan.</source>
        <translation>No page has been scanned yet. Scan at least one page, then save.</translation>
    </message>
    <message>
        <source>Pilih minimal satu eksemplar untuk dicetak labelnya.</source>
        <translation>Choose at least one copy to print its label.</translation>
    </message>
    <message>
        <source>Eksemplar itu tidak ada lagi. Muat ulang daftar.</source>
        <translation>That copy no longer exists. Reload the list.</translation>
    </message>
    <message>
        <source>mencari data pribadi seseorang</source>
        <translation>search a person&apos;s personal data</translation>
    </message>
    <message>
        <source>menampilkan NIK lengkap</source>
        <translation>show the full NIK</translation>
    </message>
    <message>
        <source>mengekspor data pribadi seseorang</source>
        <translation>export a person&apos;s personal data</translation>
    </message>
    <message>
        <source>Format ekspor tidak dikenal: %1; pilih json atau pdf.</source>
        <translation>Unknown export format: %1; choose json or pdf.</translation>
    </message>
    <message>
        <source>menghapus data pribadi seseorang</source>
        <translation>erase a person&apos;s personal data</translation>
    </message>
    <message>
        <source>Isi nomor/rujukan permintaan penghapusan (mis. nomor surat atau nomor register permintaan) — penghapusan dicatat dengannya.</source>
        <translation>Fill in the number/reference of the erasure request (e.g. the letter number or the request register number) — the erasure is recorded with it.</translation>
    </message>
    <message>
        <source>Rujukan permintaan terlalu panjang (paling banyak 100 karakter).</source>
        <translation>The request reference is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>Pengunjung ini masih meminjam (%1 peminjaman belum kembali); terima pengembaliannya dahulu, lalu hapus datanya.</source>
        <translation>This visitor still has loans (%1 not yet returned); take the returns first, then erase the data.</translation>
    </message>
    <message>
        <source>Kunjungan pengunjung ini masih berlangsung; selesaikan atau batalkan dahulu, lalu hapus datanya.</source>
        <translation>This visitor&apos;s visit is still in progress; finish or cancel it first, then erase the data.</translation>
    </message>
    <message>
        <source>Pengunjung nomor %1 tidak ditemukan.</source>
        <translation>Visitor number %1 was not found.</translation>
    </message>
    <message>
        <source>membaca daftar pengingat</source>
        <translation>read the reminder list</translation>
    </message>
    <message>
        <source>membaca riwayat pengingat</source>
        <translation>read the reminder history</translation>
    </message>
    <message>
        <source>membuat pengingat</source>
        <translation>make a reminder</translation>
    </message>
    <message>
        <source>membuat pengingat WhatsApp</source>
        <translation>make a WhatsApp reminder</translation>
    </message>
    <message>
        <source>Nomor telepon %1 tidak tercatat atau tidak valid — perbarui di buku kunjungan, atau kirim surat.</source>
        <translation>Phone number %1 is not recorded or not valid — update it in the visitor book, or send a letter.</translation>
    </message>
    <message>
        <source>mencatat pengingat</source>
        <translation>record a reminder</translation>
    </message>
    <message>
        <source>Cara pengingat %1 tidak dikenal; pilih surat, WhatsApp atau telepon.</source>
        <translation>Unknown reminder channel %1; choose letter, WhatsApp or phone.</translation>
    </message>
    <message>
        <source>Tulis hasil panggilan telepon (mis. &quot;berjanji mengembalikan Senin&quot; atau &quot;tidak diangkat&quot;).</source>
        <translation>Write down the result of the phone call (e.g. &quot;promised to return on Monday&quot; or &quot;no answer&quot;).</translation>
    </message>
    <message>
        <source>Peminjaman #%1 tidak ditemukan.</source>
        <translation>Loan #%1 was not found.</translation>
    </message>
    <message>
        <source>Peminjaman %1 belum terlambat — belum perlu pengingat.</source>
        <translation>Loan %1 is not overdue yet — no reminder is needed.</translation>
    </message>
    <message>
        <source>membuat surat pengingat</source>
        <translation>make a reminder letter</translation>
    </message>
    <message>
        <source>Jenis laporan tidak dikenal: %1. Pilih activity, collection atau visit.</source>
        <translation>Unknown report type: %1. Choose activity, collection or visit.</translation>
    </message>
    <message>
        <source>Sebutkan nomor kunjungan untuk rekaman kunjungan.</source>
        <translation>Give the visit number for a visit record.</translation>
    </message>
    <message>
        <source>Sebutkan periode laporan (bulan atau tanggal).</source>
        <translation>Give the report period (a month or a date).</translation>
    </message>
    <message>
        <source>Periode di luar jangkauan: %1. Tahun harus antara %2 dan %3.</source>
        <translation>Period out of range: %1. The year must be between %2 and %3.</translation>
    </message>
    <message>
        <source>Rentang terbalik: %1 sampai %2. Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>Reversed range: %1 to %2. The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Periode tidak valid: %1. Tulis tahun (TTTT: 2026), triwulan (TTTT-Qn: 2026-Q3), semester (TTTT-Sn: 2026-S1), bulan (TTTT-BB: 2026-11) atau tanggal (TTTT-BB-HH: 2026-11-03).</source>
        <translation>Invalid period: %1. Write a year (YYYY: 2026), a quarter (YYYY-Qn: 2026-Q3), a half-year (YYYY-Sn: 2026-S1), a month (YYYY-MM: 2026-11) or a date (YYYY-MM-DD: 2026-11-03).</translation>
    </message>
    <message>
        <source>Periode tidak valid: %1. Tulis bulan sebagai TTTT-BB, mis. 2026-11.</source>
        <translation>Invalid period: %1. Write the month as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>Tanggal tidak valid: %1. Tulis tanggal sebagai TTTT-BB-HH, mis. 2026-11-24.</source>
        <translation>Invalid date: %1. Write the date as YYYY-MM-DD, e.g. 2026-11-24.</translation>
    </message>
    <message>
        <source>membaca laporan</source>
        <translation>read reports</translation>
    </message>
    <message>
        <source>membaca daftar keterlambatan</source>
        <translation>read the overdue list</translation>
    </message>
    <message>
        <source>membaca catatan petugas</source>
        <translation>read the officer&apos;s notes</translation>
    </message>
    <message>
        <source>membaca buku kunjungan</source>
        <translation>read the visitor book</translation>
    </message>
    <message>
        <source>membaca laporan kegiatan</source>
        <translation>read the activity report</translation>
    </message>
    <message>
        <source>membaca laporan koleksi</source>
        <translation>read the collection report</translation>
    </message>
    <message>
        <source>membuka rekaman kunjungan</source>
        <translation>open a visit record</translation>
    </message>
    <message>
        <source>Kunjungan nomor %1 tidak ditemukan. Periksa nomornya.</source>
        <translation>Visit number %1 was not found. Check the number.</translation>
    </message>
    <message>
        <source>membaca ringkasan hari ini</source>
        <translation>read today&apos;s summary</translation>
    </message>
    <message>
        <source>Lama penyimpanan di config.ini ([visit_book] retention_years = %1) harus paling sedikit 1 tahun; tidak ada data yang diubah.</source>
        <translation>The retention period in config.ini ([visit_book] retention_years = %1) must be at least 1 year; no data was changed.</translation>
    </message>
    <message>
        <source>melihat data pribadi yang akan dihapus</source>
        <translation>see the personal data due for erasure</translation>
    </message>
    <message>
        <source>Lama penyimpanan pindaian identitas di config.ini ([visit_book] id_scan_retention_days = %1) harus paling sedikit 1 hari; tidak ada data yang diubah.</source>
        <translation>The retention period for ID scans in config.ini ([visit_book] id_scan_retention_days = %1) must be at least 1 day; no data was changed.</translation>
    </message>
    <message>
        <source>menghapus data pribadi pengunjung</source>
        <translation>erase visitors&apos; personal data</translation>
    </message>
    <message>
        <source>masih ada pinjaman yang belum dikembalikan (bukti %1)</source>
        <translation>a loan is still not returned (receipt %1)</translation>
    </message>
    <message>
        <source>kunjungan nomor %1 masih berlangsung</source>
        <translation>visit number %1 is still in progress</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>kepala</source>
        <translation>head</translation>
    </message>
    <message>
        <source>tugas terjadwal</source>
        <translation>scheduled task</translation>
    </message>
    <message>
        <source>Masuk (sign in) dahulu untuk %1.</source>
        <translation>Sign in first to %1.</translation>
    </message>
    <message>
        <source>Meja terkunci — buka kunci dengan PIN atau kata sandi untuk %1.</source>
        <translation>The desk is locked — unlock it with the PIN or password to %1.</translation>
    </message>
    <message>
        <source>Tugas terjadwal tidak boleh %1.</source>
        <translation>A scheduled task may not %1.</translation>
    </message>
    <message>
        <source>Peran %1 (%2) tidak boleh %3; hanya %4.</source>
        <translation>The role %1 (%2) may not %3; only %4.</translation>
    </message>
    <message>
        <source>%1 rusak atau bukan berkas yang diharapkan (%2). Simpan ulang atau unduh ulang berkasnya, lalu impor lagi. Katalog tidak diubah.</source>
        <translation>%1 is damaged or not the expected file (%2). Save or download the file again, then import again. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>Format berkas %1 tidak dikenali dari namanya. Pilih format: jdihn (JSON), csv atau xlsx.</source>
        <translation>The format of file %1 cannot be told from its name. Choose a format: jdihn (JSON), csv or xlsx.</translation>
    </message>
    <message>
        <source>Berkas bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf beraksen pada hasil uji.</source>
        <translation>The file is not UTF-8; it was read as Windows-1252. Check the accented letters in the test result.</translation>
    </message>
    <message>
        <source>Berkas bukan teks UTF-8: byte tidak sah pada posisi %1, dan penyandiannya tidak dapat ditebak dengan aman. Simpan ulang berkas sebagai UTF-8 (di Excel: &quot;CSV UTF-8&quot;), lalu impor lagi. Katalog tidak diubah.</source>
        <translation>The file is not UTF-8 text: an invalid byte at position %1, and its encoding cannot be guessed safely. Save the file again as UTF-8 (in Excel: &quot;CSV UTF-8&quot;), then import again. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>elemen harus berupa objek {...}, bukan %1</source>
        <translation>the element must be an object {...}, not %1</translation>
    </message>
    <message>
        <source>JSON rusak pada baris %1 kolom %2: %3. Perbaiki berkasnya atau unduh ulang umpan JDIHN, lalu impor lagi. Katalog tidak diubah.</source>
        <translation>Broken JSON at line %1 column %2: %3. Repair the file or download the JDIHN feed again, then import again. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>Berkas kosong: tidak ada data JSON. Pilih berkas umpan JDIHN yang benar.</source>
        <translation>The file is empty: no JSON data. Choose the right JDIHN feed file.</translation>
    </message>
    <message>
        <source>Umpan JDIHN harus berupa array JSON [ {...}, {...} ]; berkas ini berisi satu objek. Pilih berkas umpan yang benar.</source>
        <translation>A JDIHN feed must be a JSON array [ {...}, {...} ]; this file holds a single object. Choose the right feed file.</translation>
    </message>
    <message>
        <source>umpan JDIHN harus diawali &apos;[&apos; (array JSON)</source>
        <translation>a JDIHN feed must start with &apos;[&apos; (a JSON array)</translation>
    </message>
    <message>
        <source>berkas terpotong, &apos;]&apos; penutup tidak ada</source>
        <translation>the file is cut short; the closing &apos;]&apos; is missing</translation>
    </message>
    <message>
        <source>diharapkan &apos;,&apos; atau &apos;]&apos; di antara data</source>
        <translation>expected &apos;,&apos; or &apos;]&apos; between records</translation>
    </message>
    <message>
        <source>koma berlebih sebelum &apos;]&apos;</source>
        <translation>an extra comma before &apos;]&apos;</translation>
    </message>
    <message>
        <source>angka tidak dapat dibaca (%1)</source>
        <translation>a number cannot be read (%1)</translation>
    </message>
    <message>
        <source>data bersarang terlalu dalam — setiap data harus berupa objek datar berisi teks</source>
        <translation>data nested too deep — each record must be a flat object of text</translation>
    </message>
    <message>
        <source>ada teks lain sesudah &apos;]&apos; penutup</source>
        <translation>there is more text after the closing &apos;]&apos;</translation>
    </message>
    <message>
        <source>nilai tidak ada atau tidak sah</source>
        <translation>a value is missing or invalid</translation>
    </message>
    <message>
        <source>tanda &apos;,&apos; tidak ada</source>
        <translation>a &apos;,&apos; is missing</translation>
    </message>
    <message>
        <source>tanda &apos;:&apos; tidak ada</source>
        <translation>a &apos;:&apos; is missing</translation>
    </message>
    <message>
        <source>nama kolom harus dalam tanda kutip ganda</source>
        <translation>field names must be in double quotes</translation>
    </message>
    <message>
        <source>teks tanpa tanda kutip penutup</source>
        <translation>text without a closing quote</translation>
    </message>
    <message>
        <source>karakter kendali di dalam teks</source>
        <translation>a control character inside text</translation>
    </message>
    <message>
        <source>urutan escape &apos;\&apos; tidak sah</source>
        <translation>an invalid &apos;\&apos; escape sequence</translation>
    </message>
    <message>
        <source>ada data berlebih</source>
        <translation>there is extra data</translation>
    </message>
    <message>
        <source>tipe %1 tidak dikenal; tulis Peraturan, Monografi Hukum, Artikel Hukum atau Putusan</source>
        <translation>unknown type %1; write Peraturan, Monografi Hukum, Artikel Hukum or Putusan</translation>
    </message>
    <message>
        <source>Berkas CSV kosong: tidak ada baris judul kolom.</source>
        <translation>The CSV file is empty: there is no heading row.</translation>
    </message>
    <message>
        <source>Baris judul CSV tidak dapat dibaca: %1.</source>
        <translation>The CSV heading row cannot be read: %1.</translation>
    </message>
    <message>
        <source>CSV rusak sesudah baris data %1 (baris berkas %2): %3. Perbaiki berkasnya, lalu impor lagi. Katalog tidak diubah.</source>
        <translation>The CSV is broken after data row %1 (file line %2): %3. Repair the file, then import again. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>%1 bukan berkas Excel XLSX yang sah (%2). Simpan ulang dari Excel sebagai .xlsx, lalu impor lagi.</source>
        <translation>%1 is not a valid Excel XLSX file (%2). Save it again from Excel as .xlsx, then import again.</translation>
    </message>
    <message>
        <source>%1 tidak berisi lembar kerja (sheet) yang dapat dibaca. Simpan ulang dari Excel sebagai .xlsx, lalu impor lagi.</source>
        <translation>%1 holds no readable worksheet. Save it again from Excel as .xlsx, then import again.</translation>
    </message>
    <message>
        <source>Lembar kerja pertama kosong: tidak ada baris judul kolom.</source>
        <translation>The first worksheet is empty: there is no heading row.</translation>
    </message>
    <message>
        <source>Nama sumber %1 tidak dapat dipakai; tulis nama situs JDIH dengan huruf dan angka, mis. jdih-kendari.</source>
        <translation>The source name %1 cannot be used; write the JDIH site&apos;s name in letters and digits, e.g. jdih-kendari.</translation>
    </message>
    <message>
        <source>Format %1 tidak dikenal; pilih jdihn, csv atau xlsx.</source>
        <translation>Unknown format %1; choose jdihn, csv or xlsx.</translation>
    </message>
    <message>
        <source>Kolom tujuan dipilih lebih dari sekali: %1. Setiap kolom tujuan hanya boleh dipetakan dari satu kolom berkas.</source>
        <translation>A target column was chosen more than once: %1. Each target column may be mapped from one file column only.</translation>
    </message>
    <message>
        <source>Jalankan uji impor (dry-run) dulu sebelum menyimpan.</source>
        <translation>Run the test import (dry run) before saving.</translation>
    </message>
    <message>
        <source>Berkas berubah sesudah uji impor. Jalankan uji impor lagi, lalu simpan. Katalog tidak diubah.</source>
        <translation>The file changed after the test import. Run the test import again, then save. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>%1 baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya dan jalankan uji impor lagi.</source>
        <translation>%1 rows have problems; nothing was saved. Repair the file and run the test import again.</translation>
    </message>
    <message>
        <source>Basis data menolak penyimpanan; semua perubahan dibatalkan dan katalog tetap seperti semula (%1).</source>
        <translation>The database refused the save; every change was undone and the catalogue is as it was (%1).</translation>
    </message>
    <message>
        <source>Impor gagal dan pembatalannya belum selesai (%1). Perubahan yang sempat tersimpan dibatalkan otomatis saat JDIH Desktop dibuka lagi; tutup dan buka aplikasi, lalu periksa katalog.</source>
        <translation>The import failed and undoing it has not finished (%1). The changes saved meanwhile are undone automatically when JDIH Desktop opens again; close and reopen the application, then check the catalogue.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Laporan baris yang dilewati tidak dapat ditulis di %1: %2.</source>
        <translation>The report of skipped rows cannot be written to %1: %2.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: %1.</source>
        <translation>File not found: %1.</translation>
    </message>
    <message>
        <source>%1 adalah folder; pilih berkas.</source>
        <translation>%1 is a folder; choose a file.</translation>
    </message>
    <message>
        <source>Tidak ada kolom berkas yang dipetakan ke kolom katalog. Atur pemetaan kolom, lalu uji lagi.</source>
        <translation>No file column is mapped to a catalogue column. Set the column mapping, then test again.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca sebagai %1: %2. Simpan ulang berkas sebagai UTF-8, lalu impor lagi. Katalog tidak diubah.</source>
        <translation>The file cannot be read as %1: %2. Save the file again as UTF-8, then import again. The catalogue was not changed.</translation>
    </message>
    <message>
        <source>baris ini sama persis dengan baris %1 (idData sama); dilewati</source>
        <translation>this row is identical to row %1 (same idData); skipped</translation>
    </message>
    <message>
        <source>duplikat: idData %1 sudah ada di baris %2 berkas ini dengan isi berbeda</source>
        <translation>duplicate: idData %1 already appears in row %2 of this file with different content</translation>
    </message>
    <message>
        <source>duplikat: jenis, nomor, tahun dan penerbit (T.E.U.) yang sama sudah ada di baris %1 berkas ini</source>
        <translation>duplicate: the same kind, number, year and issuer (T.E.U.) already appear in row %1 of this file</translation>
    </message>
    <message>
        <source>dokumen yang sama sudah ada dari sumber %1 (dokumen #%2); tidak diubah</source>
        <translation>the same document already exists from source %1 (document #%2); not changed</translation>
    </message>
    <message>
        <source>idData %1 menunjuk dokumen #%2, tetapi jenis/nomor/tahun sama dengan dokumen lain (#%3) di katalog; periksa kedua dokumen</source>
        <translation>idData %1 points to document #%2, but its kind/number/year match another document (#%3) in the catalogue; check both documents</translation>
    </message>
    <message>
        <source>duplikat: dokumen katalog yang sama sudah diperbarui oleh baris %1</source>
        <translation>duplicate: the same catalogue document was already updated by row %1</translation>
    </message>
    <message>
        <source>relasi &apos;%1 %2&apos; tidak dicatat: dokumen yang dirujuk tidak ada di katalog</source>
        <translation>relation &apos;%1 %2&apos; not recorded: the document it refers to is not in the catalogue</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: %1.</source>
        <translation>The target folder does not exist: %1.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis %1: %2. Periksa izin folder dan ruang disk.</source>
        <translation>Cannot write %1: %2. Check the folder permissions and disk space.</translation>
    </message>
    <message>
        <source>Proses impor berhenti tanpa hasil (kode %1); katalog tidak diubah. Lihat log, lalu coba lagi.</source>
        <translation type="vanished">The import process stopped without a result (code %1); the catalogue was not changed. See the log, then try again.</translation>
    </message>
    <message>
        <source>Impor gagal karena kesalahan tak terduga (%1); katalog tidak diubah. Lihat log.</source>
        <translation>The import failed with an unexpected error (%1); the catalogue was not changed. See the log.</translation>
    </message>
    <message>
        <source>%1 berisi karakter kendali atau pengarah teks yang tidak diizinkan — hapus isinya lalu ketik ulang (jangan tempel dari dokumen lain).</source>
        <translation>%1 contains control or text-direction characters that are not allowed — clear it and type it again (do not paste from another document).</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 terlalu panjang: %2 karakter, paling banyak %3.</source>
        <translation>%1 is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <source>(pengunjung belum diisi)</source>
        <translation>(visitor not entered yet)</translation>
    </message>
    <message>
        <source>NIK wajib diisi (16 angka pada KTP).</source>
        <translation>The NIK is required (the 16 digits on the KTP).</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka 0–9, tanpa spasi atau tanda baca.</source>
        <translation>The NIK may only contain the digits 0–9, without spaces or punctuation.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka; yang diisi %1 angka.</source>
        <translation>The NIK must have 16 digits; %1 were entered.</translation>
    </message>
    <message>
        <source>Kode provinsi pada NIK (%1) tidak dikenal — periksa dua angka pertama pada KTP.</source>
        <translation>The province code in the NIK (%1) is unknown — check the first two digits on the KTP.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota pada NIK (angka ke-3 dan ke-4) tidak boleh 00.</source>
        <translation>The regency/city code in the NIK (digits 3 and 4) cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan pada NIK (angka ke-5 dan ke-6) tidak boleh 00.</source>
        <translation>The district code in the NIK (digits 5 and 6) cannot be 00.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (angka ke-7 sampai ke-12: %1) tidak valid — periksa kembali KTP.</source>
        <translation>The date of birth in the NIK (digits 7 to 12: %1) is not valid — check the KTP again.</translation>
    </message>
    <message>
        <source>Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The serial number in the NIK (the last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Nama lengkap harus berisi huruf (paling sedikit 2 karakter).</source>
        <translation>The full name must contain letters (at least 2 characters).</translation>
    </message>
    <message>
        <source>Nama sesuai KTP ditulis dengan huruf Latin seperti di KTP (mis. Lim Mei Hua); nama dalam aksara lain diisi di Nama lengkap.</source>
        <translation>The name as on the KTP is written in Latin letters as on the card (e.g. Lim Mei Hua); a name in another script goes in Full name.</translation>
    </message>
    <message>
        <source>Jenis identitas tidak dikenal — pilih dari daftar.</source>
        <translation>Unknown type of identity document — choose from the list.</translation>
    </message>
    <message>
        <source>Kategori pengunjung tidak dikenal — pilih dari daftar.</source>
        <translation>Unknown visitor category — choose from the list.</translation>
    </message>
    <message>
        <source>Jenis keperluan tidak dikenal — pilih dari daftar.</source>
        <translation>Unknown purpose — choose from the list.</translation>
    </message>
    <message>
        <source>Nomor identitas hanya boleh berisi huruf, angka, titik, garis miring atau tanda hubung (3–32 karakter).</source>
        <translation>The identity number may contain only letters, digits, dots, slashes or hyphens (3–32 characters).</translation>
    </message>
    <message>
        <source>Nomor telepon tidak dikenali — tulis seperti 0812-3456-7890, +62 812 3456 7890 atau (0562) 631234.</source>
        <translation>The phone number is not recognised — write it like 0812-3456-7890, +62 812 3456 7890 or (0562) 631234.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak valid — contoh: nama@contoh.go.id.</source>
        <translation>The e-mail address is not valid — example: nama@contoh.go.id.</translation>
    </message>
    <message>
        <source>membuka kunjungan</source>
        <translation>open a visit</translation>
    </message>
    <message>
        <source>mencari data pengunjung</source>
        <translation>search visitor data</translation>
    </message>
    <message>
        <source>mencatat kedatangan</source>
        <translation>record an arrival</translation>
    </message>
    <message>
        <source>Data pengunjung tidak ditemukan — cari ulang.</source>
        <translation>The visitor&apos;s data was not found — search again.</translation>
    </message>
    <message>
        <source>Pemberitahuan privasi baru saja diperbarui (versi %1); pengunjung menyetujui versi %2. Baca versi baru dan setujui lagi.</source>
        <translation>The privacy notice was just updated (version %1); the visitor agreed to version %2. Read the new version and agree again.</translation>
    </message>
    <message>
        <source>Pengunjung belum menyetujui pemberitahuan privasi — centang kotak persetujuan setelah membacanya.</source>
        <translation>The visitor has not agreed to the privacy notice — tick the consent box after reading it.</translation>
    </message>
    <message>
        <source>Tanda tangan pengunjung masih kosong — minta pengunjung menandatangani di kotak tanda tangan.</source>
        <translation>The visitor&apos;s signature is still empty — ask the visitor to sign in the signature box.</translation>
    </message>
    <message>
        <source>mengisi buku kunjungan</source>
        <translation>fill in the visitor book</translation>
    </message>
    <message>
        <source>menyimpan pindaian identitas</source>
        <translation>save an ID scan</translation>
    </message>
    <message>
        <source>memberi akses</source>
        <translation>grant access</translation>
    </message>
    <message>
        <source>mencatat dokumen yang dibaca</source>
        <translation>record the documents read</translation>
    </message>
    <message>
        <source>mencatat keputusan meminjam</source>
        <translation>record the decision to borrow</translation>
    </message>
    <message>
        <source>mengubah daftar pinjam</source>
        <translation>change the loan list</translation>
    </message>
    <message>
        <source>Belum ada peminjaman yang disimpan — pindai dokumen lalu tekan Simpan &amp; cetak.</source>
        <translation>No loan has been saved yet — scan the documents, then press Save &amp; print.</translation>
    </message>
    <message>
        <source>mencatat serah terima</source>
        <translation>record the handover</translation>
    </message>
    <message>
        <source>Pengunjung belum menyatakan menerima dokumen — minta pengunjung mengetuk Terima atau menandatangani.</source>
        <translation>The visitor has not yet confirmed receiving the documents — ask the visitor to tap Accept or to sign.</translation>
    </message>
    <message>
        <source>mencatat kepulangan</source>
        <translation>record a departure</translation>
    </message>
    <message>
        <source>Penilaian harus 1 sampai 4.</source>
        <translation>The rating must be 1 to 4.</translation>
    </message>
    <message>
        <source>Komentar berisi karakter yang tidak diizinkan.</source>
        <translation>The comment contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Komentar terlalu panjang: %1 karakter, paling banyak 1000.</source>
        <translation>The comment is too long: %1 characters, at most 1000.</translation>
    </message>
    <message>
        <source>menyimpan catatan petugas</source>
        <translation>save the officer&apos;s notes</translation>
    </message>
    <message>
        <source>melampirkan berkas kunjungan</source>
        <translation>attach a visit file</translation>
    </message>
    <message>
        <source>Berkas %1 kosong — pilih berkas lain.</source>
        <translation>The file %1 is empty — choose another file.</translation>
    </message>
    <message>
        <source>Jenis lampiran tidak dikenal.</source>
        <translation>Unknown attachment type.</translation>
    </message>
    <message>
        <source>menutup kunjungan</source>
        <translation>close a visit</translation>
    </message>
    <message>
        <source>membatalkan kunjungan</source>
        <translation>cancel a visit</translation>
    </message>
    <message>
        <source>Tulis alasan pembatalan (paling sedikit 3 karakter).</source>
        <translation>Write the reason for cancelling (at least 3 characters).</translation>
    </message>
    <message>
        <source>membuka data kunjungan</source>
        <translation>open a visit&apos;s data</translation>
    </message>
    <message>
        <source>Kunjungan nomor %1 tidak ditemukan.</source>
        <translation>Visit number %1 was not found.</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Kunjungan ini sudah %1; tidak dapat diubah lagi.</source>
        <translation>This visit is already %1; it cannot be changed any more.</translation>
    </message>
    <message>
        <source>Langkah %1 belum dapat dikerjakan: kunjungan masih pada langkah %2.</source>
        <translation>Step %1 cannot be done yet: the visit is still at step %2.</translation>
    </message>
    <message>
        <source>Laporan tahunan dibuat untuk satu tahun — tulis --period TTTT, mis. --period 2026.</source>
        <translation>A yearly report covers one year — write --period YYYY, e.g. --period 2026.</translation>
    </message>
    <message>
        <source>Basis data ini sudah berisi katalog atau kunjungan; data demo tidak ditambahkan. Pilih folder data baru dengan --data-dir.</source>
        <translation>This database already holds a catalogue or visits; no demo data was added. Choose a new data folder with --data-dir.</translation>
    </message>
    <message>
        <source>Daftar hari libur bawaan rusak: %1</source>
        <translation>The bundled holiday list is damaged: %1</translation>
    </message>
    <message>
        <source>Daftar hari libur bawaan memuat tanggal ganda.</source>
        <translation>The bundled holiday list has a date twice.</translation>
    </message>
    <message>
        <source>simulated, network:HOST:PORT, usb:VID:PID, serial:PORT[:BAUD], win32:NAMA PRINTER, file:PATH, pdf:PATH, qt:NAMA PRINTER</source>
        <translation>simulated, network:HOST:PORT, usb:VID:PID, serial:PORT[:BAUD], win32:PRINTER NAME, file:PATH, pdf:PATH, qt:PRINTER NAME</translation>
    </message>
    <message>
        <source>simulated, sane:PERANGKAT, wia:ID PERANGKAT</source>
        <translation>simulated, sane:DEVICE, wia:DEVICE ID</translation>
    </message>
    <message>
        <source>Alamat perangkat %1 tidak valid: %2. Contoh yang benar: %3.</source>
        <translation>The device address %1 is not valid: %2. A correct example: %3.</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>jenis &apos;%1&apos; tidak dikenal</source>
        <translation>unknown kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;simulated&apos; tidak memakai alamat</source>
        <translation>&apos;simulated&apos; takes no address</translation>
    </message>
    <message>
        <source>alamat setelah &apos;%1:&apos; kosong</source>
        <translation>the address after &apos;%1:&apos; is empty</translation>
    </message>
    <message>
        <source>%1 harus angka heksadesimal 4 digit (mis. 04b8)</source>
        <translation>%1 must be a 4-digit hexadecimal number (e.g. 04b8)</translation>
    </message>
    <message>
        <source>nama/IP printer tidak valid</source>
        <translation>invalid printer name/IP</translation>
    </message>
    <message>
        <source>port harus angka 1-65535</source>
        <translation>the port must be a number 1-65535</translation>
    </message>
    <message>
        <source>butuh vendor dan produk</source>
        <translation>needs a vendor and a product</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>the vendor</translation>
    </message>
    <message>
        <source>produk</source>
        <translation>the product</translation>
    </message>
    <message>
        <source>kecepatan (baud) harus angka, mis. 9600</source>
        <translation>the speed (baud) must be a number, e.g. 9600</translation>
    </message>
    <message>
        <source>kecepatan (baud) harus salah satu dari %1</source>
        <translation>the speed (baud) must be one of %1</translation>
    </message>
    <message>
        <source>nama port kosong</source>
        <translation>the port name is empty</translation>
    </message>
    <message>
        <source>serial:/dev/ttyUSB0:9600 atau serial:COM3</source>
        <translation>serial:/dev/ttyUSB0:9600 or serial:COM3</translation>
    </message>
    <message>
        <source>berkas harus berakhiran .pdf (atau sebuah folder)</source>
        <translation>the file must end in .pdf (or be a folder)</translation>
    </message>
    <message>
        <source>Profil printer %1 tidak dikenal — pakai &apos;default&apos; atau nama model (mis. TM-T20II, POS-5890).</source>
        <translation>Unknown printer profile %1 — use &apos;default&apos; or a model name (e.g. TM-T20II, POS-5890).</translation>
    </message>
    <message>
        <source>Printer &apos;win32:&apos; hanya ada di Windows — pakai network:, usb:, serial: atau qt: di komputer ini.</source>
        <translation>&apos;win32:&apos; printers exist only on Windows — use network:, usb:, serial: or qt: on this computer.</translation>
    </message>
    <message>
        <source>Pemindai &apos;sane:&apos; tidak ada di Windows — pakai wia:ID PERANGKAT (lihat &apos;jdih-desktop devices list&apos;).</source>
        <translation>There are no &apos;sane:&apos; scanners on Windows — use wia:DEVICE ID (see &apos;jdih-desktop devices list&apos;).</translation>
    </message>
    <message>
        <source>Pemindai &apos;wia:&apos; hanya ada di Windows — pakai sane:PERANGKAT di komputer ini (lihat &apos;jdih-desktop devices list&apos;).</source>
        <translation>&apos;wia:&apos; scanners exist only on Windows — use sane:DEVICE on this computer (see &apos;jdih-desktop devices list&apos;).</translation>
    </message>
    <message>
        <source>membaca log audit</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>mengekspor log audit</source>
        <translation>export the audit log</translation>
    </message>
    <message>
        <source>membaca data peminjam</source>
        <translation>read the borrower&apos;s data</translation>
    </message>
    <message>
        <source>Unsur %1 tidak dikenal.</source>
        <translation>Unknown element %1.</translation>
    </message>
    <message>
        <source>Jawaban setiap unsur harus 1 sampai 4.</source>
        <translation>Each element&apos;s answer must be 1 to 4.</translation>
    </message>
    <message>
        <source>%1: pilihan %2 tidak dikenal.</source>
        <translation>%1: unknown choice %2.</translation>
    </message>
    <message>
        <source>Saran terlalu panjang: %1 karakter, paling banyak %2.</source>
        <translation>The suggestion is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>mencatat survei kepuasan</source>
        <translation>record the satisfaction survey</translation>
    </message>
    <message>
        <source>membaca survei kepuasan</source>
        <translation>read the satisfaction survey</translation>
    </message>
    <message>
        <source>membaca laporan SKM</source>
        <translation>read the satisfaction (SKM) report</translation>
    </message>
    <message>
        <source>Isian &apos;%1&apos; tidak dikenal — muat ulang pengaturan.</source>
        <translation>Unknown field &apos;%1&apos; — reload the settings.</translation>
    </message>
    <message>
        <source>%1 selalu tampil dan wajib diisi: buku kunjungan adalah daftar nama pengunjung.</source>
        <translation>%1 is always shown and required: the visitor book is a list of visitors&apos; names.</translation>
    </message>
    <message>
        <source>%1 disembunyikan tetapi ditandai wajib — tampilkan isian itu atau hapus tanda wajibnya.</source>
        <translation>%1 is hidden but marked required — show the field or untick Required.</translation>
    </message>
    <message>
        <source>Isian %1 sudah dipensiunkan.</source>
        <translation>The field %1 is already retired.</translation>
    </message>
    <message>
        <source>Isian %1 masih aktif.</source>
        <translation>The field %1 is still active.</translation>
    </message>
    <message>
        <source>Teks pemberitahuan privasi terlalu pendek (%1 karakter, paling sedikit %2): sebutkan tujuan, lama penyimpanan dan hak pengunjung.</source>
        <translation>The privacy notice is too short (%1 characters, at least %2): state the purpose, how long data is kept and the visitor&apos;s rights.</translation>
    </message>
    <message>
        <source>Teks pemberitahuan privasi terlalu panjang (paling banyak %1 karakter).</source>
        <translation>The privacy notice is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Teksnya sama dengan versi %1 yang berlaku — ubah teksnya dahulu; versi baru hanya dibuat bila teks berubah.</source>
        <translation>The text is the same as version %1 in force — change the text first; a new version is made only when the text changes.</translation>
    </message>
    <message>
        <source>Hanya isian tambahan kantor yang dapat diubah atau dipensiunkan; isian bawaan cukup disembunyikan.</source>
        <translation>Only the office&apos;s own fields can be edited or retired; built-in fields are simply hidden.</translation>
    </message>
    <message>
        <source>Nama isian dalam bahasa Inggris terlalu panjang: %1 karakter, paling banyak %2.</source>
        <translation>The field&apos;s English name is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Jenis isian &apos;%1&apos; tidak dikenal — pilih Teks, Pilihan atau Ya / tidak.</source>
        <translation>Unknown field type &apos;%1&apos; — choose Text, Choice or Yes / no.</translation>
    </message>
    <message>
        <source>Nama isian harus berisi huruf (paling sedikit 2 karakter), mis. &quot;Asal informasi layanan&quot;.</source>
        <translation>A field name needs letters (at least 2 characters), e.g. &quot;How did you hear of the library&quot;.</translation>
    </message>
    <message>
        <source>Nama isian terlalu panjang: %1 karakter, paling banyak %2.</source>
        <translation>The field name is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Isian bernama &quot;%1&quot; sudah ada di buku kunjungan — pakai nama lain.</source>
        <translation>A field named &quot;%1&quot; is already in the visitor book — use another name.</translation>
    </message>
    <message>
        <source>Isian pilihan perlu paling sedikit 2 pilihan yang berbeda — tulis satu pilihan per baris.</source>
        <translation>A choice field needs at least 2 different options — write one option per line.</translation>
    </message>
    <message>
        <source>Paling banyak %1 pilihan (%2 ditulis).</source>
        <translation>At most %1 options (%2 written).</translation>
    </message>
    <message>
        <source>Pilihan &quot;%1…&quot; terlalu panjang: paling banyak %2 karakter.</source>
        <translation>The option &quot;%1…&quot; is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>%1 wajib dijawab — pilih Ya atau Tidak.</source>
        <translation>%1 must be answered — choose Yes or No.</translation>
    </message>
    <message>
        <source>%1 wajib dipilih salah satu.</source>
        <translation>Choose one option for %1.</translation>
    </message>
    <message>
        <source>%1 berisi karakter kendali atau pengarah teks yang tidak diizinkan — hapus isinya lalu ketik ulang.</source>
        <translation>%1 contains control or text-direction characters that are not allowed — clear it and type it again.</translation>
    </message>
    <message>
        <source>%1: pilihan tidak dikenal — pilih dari daftar.</source>
        <translation>%1: unknown choice — pick one from the list.</translation>
    </message>
    <message>
        <source>%1: jawab Ya atau Tidak.</source>
        <translation>%1: answer Yes or No.</translation>
    </message>
    <message>
        <source>Dibatalkan; katalog tidak diubah. %1</source>
        <translation>Cancelled; the catalogue was not changed. %1</translation>
    </message>
    <message>
        <source>Dibatalkan; katalog tidak diubah.</source>
        <translation>Cancelled; the catalogue was not changed.</translation>
    </message>
    <message>
        <source>%1 baris bermasalah; tidak ada yang disimpan. Perbaiki berkasnya dan jalankan uji impor lagi. %2</source>
        <translation>%1 rows have problems; nothing was saved. Fix the file and run the test import again. %2</translation>
    </message>
    <message>
        <source>Basis data menolak penyimpanan; semua perubahan dibatalkan dan katalog tetap seperti semula (%1). %2</source>
        <translation>The database refused to save; every change was undone and the catalogue is as it was (%1). %2</translation>
    </message>
    <message>
        <source>Proses impor berhenti tanpa hasil (kode %1); katalog tidak diubah. Lihat log, lalu coba lagi. %2</source>
        <translation>The import process stopped without a result (code %1); the catalogue was not changed. See the log, then try again. %2</translation>
    </message>
    <message>
        <source>%1 dokumen diubah atau dipakai di meja selama impor berjalan dan dibiarkan seperti adanya (%2 dan %3 lainnya); periksa dokumen itu.</source>
        <translation>%1 documents were changed or used at the desk while the import ran and were left as they are (%2 and %3 more); check those documents.</translation>
    </message>
    <message>
        <source>%1 dokumen diubah atau dipakai di meja selama impor berjalan dan dibiarkan seperti adanya (%2); periksa dokumen itu.</source>
        <translation>%1 documents were changed or used at the desk while the import ran and were left as they are (%2); check those documents.</translation>
    </message>
    <message>
        <source>Impor katalog yang terputus (aplikasi tertutup atau komputer mati di tengah impor) dibatalkan: %1 dokumen baru dihapus lagi, %2 dokumen dikembalikan seperti semula.</source>
        <translation>An interrupted catalogue import (the application closed or the computer shut down during the import) was undone: %1 new documents removed again, %2 documents put back as they were.</translation>
    </message>
    <message>
        <source>tanggal %1 tidak dikenali; tulis TTTT-BB-HH, HH-BB-TTTT atau mis. 12 Januari 2022</source>
        <translation>date %1 not recognised; write YYYY-MM-DD, DD-MM-YYYY or e.g. 12 Januari 2022</translation>
    </message>
    <message>
        <source>tanggal %1 tidak ada di kalender</source>
        <translation>date %1 does not exist in the calendar</translation>
    </message>
    <message>
        <source>waktu %1 tidak ada di kalender</source>
        <translation>time %1 does not exist in the calendar</translation>
    </message>
    <message>
        <source>tahun %1 harus empat angka, mis. 2022</source>
        <translation>year %1 must be four digits, e.g. 2022</translation>
    </message>
    <message>
        <source>dokumen ini mencabut dokumen lain</source>
        <translation>this document revokes another one</translation>
    </message>
    <message>
        <source>dokumen ini mengubah dokumen lain</source>
        <translation>this document amends another one</translation>
    </message>
    <message>
        <source>sebagian isinya diubah/dicabut</source>
        <translation>part of it has been amended/revoked</translation>
    </message>
    <message>
        <source>dokumen ini telah diubah</source>
        <translation>this document has been amended</translation>
    </message>
    <message>
        <source>status %1 dibaca Berlaku (%2; dokumen itu sendiri masih berlaku)</source>
        <translation>status %1 read as in force (%2; the document itself is still in force)</translation>
    </message>
    <message>
        <source>status %1 tidak dikenal; tulis Berlaku atau Tidak Berlaku</source>
        <translation>unknown status %1; write Berlaku (in force) or Tidak Berlaku (not in force)</translation>
    </message>
    <message>
        <source>karakter kendali (%1) diganti spasi</source>
        <translation>control characters (%1) replaced by spaces</translation>
    </message>
    <message>
        <source>URL berisi spasi atau karakter tak sah; ditulis dengan %-encoding</source>
        <translation>The URL contained spaces or invalid characters; written with %-encoding</translation>
    </message>
    <message>
        <source>nomor kosong; diisi %1 dari judul</source>
        <translation>number empty; filled in as %1 from the title</translation>
    </message>
    <message>
        <source>tahun kosong; diisi %1 dari judul</source>
        <translation>year empty; filled in as %1 from the title</translation>
    </message>
    <message>
        <source>jenis kosong; diisi %1 dari judul</source>
        <translation>kind empty; filled in as %1 from the title</translation>
    </message>
    <message>
        <source>jenis dan nomor kosong; dicatat sebagai %1</source>
        <translation>kind and number empty; recorded as %1</translation>
    </message>
    <message>
        <source>T.E.U. badan/pengarang kosong; diterima tanpa T.E.U.</source>
        <translation>Issuing body/author (T.E.U.) is empty; accepted without it.</translation>
    </message>
    <message>
        <source>angka terlalu panjang</source>
        <translation>number too long</translation>
    </message>
    <message>
        <source>harus berupa teks, bukan %1</source>
        <translation>must be text, not %1</translation>
    </message>
    <message>
        <source>daftar (array)</source>
        <translation>a list (array)</translation>
    </message>
    <message>
        <source>objek</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>angka pecahan</source>
        <translation>a decimal number</translation>
    </message>
    <message>
        <source>Kunci enkripsi data pribadi tidak dapat dibuka di komputer ini (berkas kunci dari komputer lain?). Impor kunci yang diekspor administrator.</source>
        <translation>The encryption key for personal data cannot be opened on this computer (a key file from another computer?). Import the key the administrator exported.</translation>
    </message>
    <message>
        <source>Kunci enkripsi data pribadi belum dimuat; data pribadi tidak disimpan. Mulai ulang aplikasi.</source>
        <translation>The encryption key for personal data is not loaded; personal data was not saved. Restart the application.</translation>
    </message>
    <message>
        <source>Kunci enkripsi data pribadi belum dimuat; tanda tangan dan pindaian tidak dapat dibuka.</source>
        <translation>The encryption key for personal data is not loaded; signatures and scans cannot be opened.</translation>
    </message>
    <message>
        <source>Tanda tangan atau pindaian ini dienkripsi dengan kunci lain (basis data dipulihkan dari komputer lain?). Impor kunci yang diekspor administrator.</source>
        <translation>This signature or scan is encrypted with another key (a database restored from another computer?). Import the key the administrator exported.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak ada lagi (drive dilepas, folder jaringan terputus, atau berkas dipindahkan/dihapus). Penyimpanan dihentikan dan tidak ada yang tersimpan: kembalikan berkasnya atau pasang kembali drive-nya, lalu mulai ulang JDIH Desktop.</source>
        <translation>Database file %1 is gone (the drive was removed, the network folder disconnected, or the file moved or deleted). Saving has stopped and nothing was saved: put the file back or reconnect the drive, then restart JDIH Desktop.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak dapat dibaca (%2). Penyimpanan dihentikan: periksa drive atau folder jaringan, lalu mulai ulang JDIH Desktop.</source>
        <translation>Database file %1 cannot be read (%2). Saving has stopped: check the drive or network folder, then restart JDIH Desktop.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 diganti dengan berkas lain saat aplikasi berjalan. Penyimpanan dihentikan agar tidak menulis ke berkas yang salah: mulai ulang JDIH Desktop.</source>
        <translation>Database file %1 was replaced by another file while the application was running. Saving has stopped so that nothing is written to the wrong file: restart JDIH Desktop.</translation>
    </message>
    <message>
        <source>Alamat basis data tanpa nama basis data: %1. Gunakan postgresql://PENGGUNA@HOST/NAMA.</source>
        <translation>The database address has no database name: %1. Use postgresql://USER@HOST/NAME.</translation>
    </message>
    <message>
        <source>Alamat basis data tidak dikenal: %1. Gunakan sqlite:///PATH atau postgresql://PENGGUNA@HOST/NAMA.</source>
        <translation>Unknown database address: %1. Use sqlite:///PATH or postgresql://USER@HOST/NAME.</translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan berkas basis data.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Folder basis data tidak ada: %1</source>
        <translation>The database folder does not exist: %1</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke basis data (%1). Periksa alamat, jaringan dan kata sandi, lalu coba lagi.</source>
        <translation>Cannot connect to the database (%1). Check the address, the network and the password, then try again.</translation>
    </message>
    <message>
        <source>Tidak dapat membuka basis data (%1): %2</source>
        <translation>Cannot open the database (%1): %2</translation>
    </message>
    <message>
        <source>Basis data%1 tidak dapat dibuka untuk ditulis (berkas atau foldernya hanya-baca, atau tidak ada izin). Periksa izin berkas dan folder data; berkas tidak diubah.</source>
        <translation>The database%1 cannot be opened for writing (the file or its folder is read-only, or permission is missing). Check the permissions of the file and the data folder; the file was not changed.</translation>
    </message>
    <message>
        <source>Disk penuh: basis data%1 tidak dapat ditulis karena ruang disk%2 habis. Kosongkan ruang disk, lalu coba lagi; tidak ada data yang hilang, perubahan terakhir tidak tersimpan.</source>
        <translation>Disk full: the database%1 cannot be written because the disk%2 has no space left. Free some disk space, then try again; no data was lost, but the last change was not saved.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada basis data%1. Periksa drive-nya; perubahan terakhir tidak tersimpan. Jalankan &apos;jdih-desktop db check&apos; sebelum melanjutkan.</source>
        <translation>Disk read/write error on the database%1. Check the drive; the last change was not saved. Run &apos;jdih-desktop db check&apos; before you continue.</translation>
    </message>
    <message>
        <source>Berkas basis data%1 rusak atau bukan basis data JDIH. Pulihkan dari cadangan (jdih-desktop restore BERKAS) atau pilih berkas lain; berkas tidak diubah.</source>
        <translation>The database file%1 is damaged or is not a JDIH database. Restore it from a backup (jdih-desktop restore FILE) or choose another file; the file was not changed.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai proses lain terlalu lama. Tunggu sebentar, lalu coba lagi.</source>
        <translation>Another process has been using the database for too long. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Basis data%1 tidak dapat dipakai: %2</source>
        <translation>The database%1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Berkas basis data rusak: %1 (%2). Pulihkan dari cadangan; berkas tidak diubah.</source>
        <translation>The database file is damaged: %1 (%2). Restore it from a backup; the file was not changed.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ditemukan, padahal folder data ini pernah memakainya. JDIH Desktop tidak membuat basis data kosong baru agar tidak ada yang tertimpa. Periksa drive atau folder jaringan tempat berkas itu berada (mungkin belum terpasang), atau pulihkan cadangan terakhir: jdih-desktop restore BERKAS_CADANGAN. Hanya bila memang ingin mulai dari basis data kosong, hapus catatan %2.</source>
        <translation>Database %1 was not found, although this data folder has used it before. JDIH Desktop does not create a new empty database, so that nothing is overwritten. Check the drive or network folder that holds the file (it may not be connected yet), or restore the latest backup: jdih-desktop restore BACKUP_FILE. Only if you really want to start from an empty database, delete the record %2.</translation>
    </message>
    <message>
        <source>Berkas %1 adalah basis data JDIH lain (kode %2), bukan basis data yang selama ini dipakai folder data ini (kode %3); berkasnya telah diganti. Kembalikan berkas yang benar, atau bila penggantian ini disengaja pakai &apos;jdih-desktop restore BERKAS_CADANGAN&apos; (atau hapus catatan %4). Berkas tidak diubah.</source>
        <translation>File %1 is a different JDIH database (code %2), not the one this data folder has been using (code %3); the file has been replaced. Put the right file back or, if the replacement was intended, use &apos;jdih-desktop restore BACKUP_FILE&apos; (or delete the record %4). The file was not changed.</translation>
    </message>
    <message>
        <source>Basis data %1 rusak (%2). Penyimpanan dan laporan ditolak agar angka yang salah tidak tercetak: pulihkan cadangan terakhir (Berkas → Pulihkan cadangan, atau jdih-desktop restore BERKAS_CADANGAN).</source>
        <translation>Database %1 is damaged (%2). Saving and reports are refused so that no wrong figures get printed: restore the latest backup (File → Restore a backup, or jdih-desktop restore BACKUP_FILE).</translation>
    </message>
    <message>
        <source>Berkas ini basis data SQLite milik aplikasi lain, bukan basis data JDIH (tabel: %1). Pilih berkas JDIH yang benar atau folder data lain; berkas tidak diubah.</source>
        <translation>This file is another application&apos;s SQLite database, not a JDIH database (tables: %1). Choose the right JDIH file or another data folder; the file was not changed.</translation>
    </message>
    <message>
        <source>Berkas basis data rusak: versi skemanya tidak terbaca. Pulihkan dari cadangan (jdih-desktop restore BERKAS); berkas tidak diubah.</source>
        <translation>The database file is damaged: its schema version cannot be read. Restore it from a backup (jdih-desktop restore FILE); the file was not changed.</translation>
    </message>
    <message>
        <source>Basis data dibuat oleh versi aplikasi yang lebih baru (skema v%1, aplikasi ini mengenal sampai v%2). Perbarui aplikasi; basis data tidak diubah.</source>
        <translation>The database was made by a newer version of the application (schema v%1; this application knows up to v%2). Update the application; the database was not changed.</translation>
    </message>
    <message>
        <source>Pilih: meminjam dokumen atau tidak.</source>
        <translation>Choose: borrow documents or not.</translation>
    </message>
    <message>
        <source>Server basis data tidak dapat dihubungi. Periksa jaringan dan server basis data, lalu coba lagi.</source>
        <translation>The database server cannot be reached. Check the network and the database server, then try again.</translation>
    </message>
    <message>
        <source>Koneksi ke server basis data terputus; transaksi dibatalkan dan tidak ada perubahan yang tersimpan. Periksa jaringan, lalu coba lagi.</source>
        <translation>The connection to the database server was lost; the transaction was cancelled and no change was saved. Check the network, then try again.</translation>
    </message>
    <message>
        <source>Koneksi ke server basis data terputus saat menyimpan; perubahan mungkin belum tersimpan. Periksa datanya, lalu coba lagi.</source>
        <translation>The connection to the database server was lost while saving; the change may not have been saved. Check the data, then try again.</translation>
    </message>
    <message>
        <source>Koneksi ke server basis data terputus; perubahan terakhir mungkin belum tersimpan. Periksa datanya, lalu coba lagi.</source>
        <translation>The connection to the database server was lost; the last change may not have been saved. Check the data, then try again.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Grafik kunjungan bulan ini</source>
        <translation>This month&apos;s visits chart</translation>
    </message>
    <message>
        <source>%1 kunjungan bulan ini</source>
        <translation>%1 visits this month</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Pengaturan Kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Identitas ini dicetak di setiap struk, surat pengingat dan laporan.</source>
        <translation>This identity is printed on every receipt, reminder letter and report.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Pengaturan tidak dapat disimpan ke %1 — periksa izin folder data, lalu Coba lagi.</source>
        <translation>The settings could not be saved to %1 — check the data folder&apos;s permissions, then try again.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Nama &amp;kantor</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Telepon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Jabatan petugas</source>
        <translation>Officer&apos;s &amp;job title</translation>
    </message>
    <message>
        <source>Nama &amp;petugas</source>
        <translation>O&amp;fficer&apos;s name</translation>
    </message>
    <message>
        <source>Nama kepa&amp;la</source>
        <translation>Head&apos;s na&amp;me</translation>
    </message>
    <message>
        <source>Kota (tempat tan&amp;da tangan)</source>
        <translation>City (place of si&amp;gnature)</translation>
    </message>
    <message>
        <source>NIP petu&amp;gas</source>
        <translation>Officer&apos;s N&amp;IP</translation>
    </message>
    <message>
        <source>Jabata&amp;n kepala</source>
        <translation>&amp;Head&apos;s job title</translation>
    </message>
    <message>
        <source>N&amp;IP kepala</source>
        <translation>Hea&amp;d&apos;s NIP</translation>
    </message>
    <message>
        <source>L&amp;ogo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Pilih gambar logo</source>
        <translation>Choose the logo image</translation>
    </message>
    <message>
        <source>Logo bawaan</source>
        <translation>Default logo</translation>
    </message>
    <message>
        <source>Logo kantor</source>
        <translation>Office logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>(logo bawaan)</source>
        <translation>(default logo)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>Dicetak di atas setiap struk, surat pengingat dan laporan, dan di bawah tanda tangan. Periksa setiap baris.</source>
        <translation>Printed at the top of every receipt, reminder letter and report, and under the signatures. Check every line.</translation>
    </message>
</context>
<context>
    <name>OfficerChooser</name>
    <message>
        <source>Petugas:</source>
        <translation type="vanished">Officer:</translation>
    </message>
    <message>
        <source>Petugas yang bertugas</source>
        <translation type="vanished">Officer on duty</translation>
    </message>
    <message>
        <source>Petugas yang bertugas di meja ini; namanya dicatat pada kunjungan, peminjaman, pengembalian dan katalog.</source>
        <translation type="vanished">The officer on duty at this desk; their name is recorded on visits, loans, returns and catalogue changes.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Petugas yang tercatat pada kunjungan, peminjaman atau pengembalian tidak dapat dihapus; nonaktifkan bila tidak lagi bertugas.</source>
        <translation>An officer named on a visit, loan or return cannot be deleted; deactivate them when they no longer work the desk.</translation>
    </message>
    <message>
        <source>Daftar petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP (civil servant no.)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ubah data petugas</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Nonaktifkan atau aktifkan petugas</source>
        <translation>Deactivate or reactivate the officer</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus petugas yang belum pernah tercatat</source>
        <translation>Delete an officer who is on no record</translation>
    </message>
    <message>
        <source>Data petugas</source>
        <translation>Officer details</translation>
    </message>
    <message>
        <source>18 angka; kosongkan bila bukan ASN</source>
        <translation>18 digits; leave empty if not a civil servant</translation>
    </message>
    <message>
        <source>mis. Pengelola Pelayanan Hukum</source>
        <translation>e.g. Legal Services Officer</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan data petugas</source>
        <translation>Save officer details</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batal mengubah data petugas</source>
        <translation>Cancel editing the officer</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tutup daftar petugas</source>
        <translation>Close the officers list</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Petugas ini tercatat pada %1 catatan — gunakan Nonaktifkan.</source>
        <translation>This officer is named on %1 records — use Deactivate.</translation>
    </message>
    <message>
        <source>Petugas baru</source>
        <translation>New officer</translation>
    </message>
    <message>
        <source>Pilih petugas pada daftar terlebih dahulu.</source>
        <translation>Select an officer in the list first.</translation>
    </message>
    <message>
        <source>Ubah data: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>%1 ditambahkan.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>Data %1 disimpan.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 diaktifkan kembali.</source>
        <translation>%1 reactivated.</translation>
    </message>
    <message>
        <source>%1 dinonaktifkan; catatannya tetap tersimpan.</source>
        <translation>%1 deactivated; their records are kept.</translation>
    </message>
    <message>
        <source>%1 dihapus.</source>
        <translation>%1 deleted.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Belum ada printer yang dipilih — atur di Pengaturan Perangkat, lalu Coba lagi.</source>
        <translation>No printer has been chosen — set one in Device Settings, then Try again.</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <source>Hak subjek data</source>
        <translation>Data subject rights</translation>
    </message>
    <message>
        <source>Permintaan pengunjung atas data pribadinya (UU 27/2022): cari dengan NIK, nama atau telepon; serahkan salinan (PDF/JSON) atau hapus datanya dengan nomor rujukan permintaan.</source>
        <translation>A visitor&apos;s request about their personal data (UU 27/2022): find them by NIK, name or phone; hand over a copy (PDF/JSON) or erase their data with the request&apos;s reference.</translation>
    </message>
    <message>
        <source>NIK, nama atau telepon</source>
        <translation>NIK, name or phone</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kunjungan terakhir</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Rujukan permintaan:</source>
        <translation>Request reference:</translation>
    </message>
    <message>
        <source>Rujukan permintaan</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>mis. nomor surat atau register permintaan</source>
        <translation>e.g. letter number or request register number</translation>
    </message>
    <message>
        <source>Tampilkan NIK lengkap</source>
        <translation>Show the full NIK</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Ekspor JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Hapus data atas permintaan…</source>
        <translation>Erase data on request…</translation>
    </message>
    <message>
        <source>%1 orang ditemukan.</source>
        <translation>%1 people found.</translation>
    </message>
    <message>
        <source>Pilih orangnya dahulu.</source>
        <translation>Choose the person first.</translation>
    </message>
    <message>
        <source>Simpan salinan data</source>
        <translation>Save the copy of the data</translation>
    </message>
    <message>
        <source>Salinan ditulis ke %1.</source>
        <translation>Copy written to %1.</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Nama, NIK, alamat, telepon, e-mail, tanda tangan dan pindaian identitas %1 dihapus dan tidak dapat dikembalikan. Catatan kunjungan tanpa identitas tetap untuk statistik.</source>
        <translation>The name, NIK, address, phone, e-mail, signatures and ID scans of %1 are erased and cannot be restored. Visit records without identity stay for statistics.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Data dihapus: %1 pindaian identitas, %2 tanda tangan, %3 lampiran.</source>
        <translation>Data erased: %1 ID scans, %2 signatures, %3 attachments.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>ASCII (huruf beraksen dilipat: é → e)</source>
        <translation>ASCII (accented letters folded: é → e)</translation>
    </message>
    <message>
        <source>CP858 (Latin-1 + €)</source>
        <translation>CP858 (Latin-1 + €)</translation>
    </message>
    <message>
        <source>CP850 (Latin-1)</source>
        <translation>CP850 (Latin-1)</translation>
    </message>
    <message>
        <source>CP1252 (Windows Latin)</source>
        <translation>CP1252 (Windows Latin)</translation>
    </message>
    <message>
        <source>58 mm (struk kecil)</source>
        <translation>58 mm (small receipt)</translation>
    </message>
    <message>
        <source>80 mm (struk standar)</source>
        <translation>80 mm (standard receipt)</translation>
    </message>
    <message>
        <source>A5 (printer biasa / PDF)</source>
        <translation>A5 (ordinary printer / PDF)</translation>
    </message>
    <message>
        <source>A4 (printer biasa / PDF)</source>
        <translation>A4 (ordinary printer / PDF)</translation>
    </message>
</context>
<context>
    <name>PurposeCategories</name>
    <message>
        <source>Mencari informasi / produk hukum</source>
        <translation>Looking for information / legal products</translation>
    </message>
    <message>
        <source>Meminta salinan dokumen</source>
        <translation>Requesting a copy of a document</translation>
    </message>
    <message>
        <source>Penelitian / tugas akademik</source>
        <translation>Research / academic work</translation>
    </message>
    <message>
        <source>Pencalonan</source>
        <translation>Candidacy</translation>
    </message>
    <message>
        <source>Pemberitaan / liputan</source>
        <translation>News reporting / coverage</translation>
    </message>
    <message>
        <source>Tugas kedinasan</source>
        <translation>Official duty</translation>
    </message>
    <message>
        <source>Sengketa / perkara pemilu</source>
        <translation>Election dispute / case</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Terima kasih atas kunjungan Anda. Bagaimana pelayanan kami hari ini? (boleh dilewati)</source>
        <translation type="vanished">Thank you for your visit. How was our service today? (you may skip this)</translation>
    </message>
    <message>
        <source>Penilaian %1: %2</source>
        <translation type="vanished">Rating %1: %2</translation>
    </message>
    <message>
        <source>Saran atau komentar (opsional):</source>
        <translation type="vanished">Suggestions or comments (optional):</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation type="vanished">Comments</translation>
    </message>
    <message>
        <source>Kurang puas</source>
        <translation type="vanished">Not quite satisfied</translation>
    </message>
    <message>
        <source>Puas</source>
        <translation type="vanished">Satisfied</translation>
    </message>
    <message>
        <source>Sangat puas</source>
        <translation type="vanished">Very satisfied</translation>
    </message>
    <message>
        <source>Tidak puas</source>
        <translation type="vanished">Not satisfied</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Tambah relasi</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <source>Jenis relasi</source>
        <translation>Relation type</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>Cari dokumen terkait</source>
        <translation>Find the related document</translation>
    </message>
    <message>
        <source>Cari dokumen terkait, mis. PKPU 8/2019</source>
        <translation>Find the related document, e.g. PKPU 8/2019</translation>
    </message>
    <message>
        <source>Dokumen ditemukan</source>
        <translation>Documents found</translation>
    </message>
    <message>
        <source>Catatan relasi</source>
        <translation>Relation note</translation>
    </message>
    <message>
        <source>Catatan (boleh kosong), mis. Pasal 5 saja</source>
        <translation>Note (optional), e.g. Article 5 only</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan relasi</source>
        <translation>Save relation</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Relasi</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pencarian gagal: %1 Ubah kata kunci atau coba lagi.</source>
        <translation>Search failed: %1 Change the search words or try again.</translation>
    </message>
    <message>
        <source>Cari lalu pilih dokumen terkait dari daftar.</source>
        <translation>Search, then choose the related document from the list.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Laporan — JDIH Desktop</source>
        <translation type="vanished">Reports — JDIH Desktop</translation>
    </message>
    <message>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <source>Laporan kegiatan bulanan</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <source>Log harian</source>
        <translation>Daily log</translation>
    </message>
    <message>
        <source>Laporan koleksi (evaluasi JDIH)</source>
        <translation>Collection report (JDIH evaluation)</translation>
    </message>
    <message>
        <source>Rekaman satu kunjungan</source>
        <translation>Record of one visit</translation>
    </message>
    <message>
        <source>&amp;Jenis laporan</source>
        <translation>Report &amp;type</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Tanggal log harian</source>
        <translation>Date of the daily log</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Nomor kunjungan</source>
        <translation>Visit number</translation>
    </message>
    <message>
        <source>&amp;Nomor kunjungan</source>
        <translation>&amp;Visit number</translation>
    </message>
    <message>
        <source>&amp;Buat laporan</source>
        <translation>&amp;Generate report</translation>
    </message>
    <message>
        <source>Buat laporan dan tampilkan pratinjau</source>
        <translation>Generate the report and show a preview</translation>
    </message>
    <message>
        <source>Kemajuan penyusunan laporan</source>
        <translation>Report progress</translation>
    </message>
    <message>
        <source>Pilih jenis laporan dan periodenya, lalu tekan &lt;b&gt;Buat laporan&lt;/b&gt;.</source>
        <translation>Choose the report type and its period, then press &lt;b&gt;Generate report&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save PD&amp;F…</translation>
    </message>
    <message>
        <source>Simpan laporan sebagai PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Simpan &amp;XLSX…</source>
        <translation>Save &amp;XLSX…</translation>
    </message>
    <message>
        <source>Simpan laporan sebagai lembar kerja XLSX</source>
        <translation>Save the report as an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tutup jendela laporan</source>
        <translation>Close the reports window</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;Laporan&lt;/b&gt;&lt;br&gt;Dokumentasi hasil kegiatan (SOP langkah 9)</source>
        <translation>&lt;b style=&apos;font-size:14pt&apos;&gt;Reports&lt;/b&gt;&lt;br&gt;Documenting the outcome of activities (SOP step 9)</translation>
    </message>
    <message>
        <source>Belum ada pratinjau.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <source>Ukuran pratinjau</source>
        <translation>Preview size</translation>
    </message>
    <message>
        <source>Pratinjau laporan</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Ukuran:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Laporan siap: %1. Periksa pratinjau, lalu simpan atau cetak.</source>
        <translation>Report ready: %1. Check the preview, then save or print.</translation>
    </message>
    <message>
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 — %2 halaman A4</source>
        <translation>%1 — %2 A4 pages</translation>
    </message>
    <message>
        <source>Simpan laporan PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan laporan XLSX</source>
        <translation>Save XLSX report</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>%1 halaman dikirim ke printer.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat (IKM)</source>
        <translation>Public Satisfaction Survey (IKM)</translation>
    </message>
    <message>
        <source>Laporan tahunan JDIH</source>
        <translation>Yearly JDIH report</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Pe&amp;riode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <source>Tahun laporan</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>T&amp;ahun</source>
        <translation>Y&amp;ear</translation>
    </message>
    <message>
        <source>Triwulan atau semester</source>
        <translation>Quarter or semester</translation>
    </message>
    <message>
        <source>&amp;Ke-</source>
        <translation>Pa&amp;rt</translation>
    </message>
    <message>
        <source>Tanggal awal</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Tanggal akhir</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>T&amp;o</translation>
    </message>
</context>
<context>
    <name>ReprintBar</name>
    <message>
        <source>Cetak ulang bukti peminjaman</source>
        <translation>Reprint the loan receipt</translation>
    </message>
    <message>
        <source>Bukti %1 — dicetak %2 kali.</source>
        <translation>Receipt %1 — printed %2 times.</translation>
    </message>
    <message>
        <source>Printer belum diatur — pilih di Pengaturan Perangkat.</source>
        <translation type="vanished">No printer set up — choose one in Device Settings.</translation>
    </message>
    <message>
        <source>Bukti %1 dicetak ulang.</source>
        <translation>Receipt %1 reprinted.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan (jdih-cadangan-….zip).</source>
        <translation>Choose a backup file (jdih-cadangan-….zip).</translation>
    </message>
    <message>
        <source>Memulihkan mengganti seluruh data di komputer ini dengan isi cadangan. Keadaan sekarang dicadangkan dahulu, lalu aplikasi dimulai ulang.</source>
        <translation>Restoring replaces all data on this computer with the backup. The current state is backed up first, then the application restarts.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dan mulai ulang</source>
        <translation>&amp;Restore and restart</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan JDIH (*.zip)</source>
        <translation>JDIH backups (*.zip)</translation>
    </message>
    <message>
        <source>Memeriksa isi cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>aplikasi %1, skema v%2</source>
        <translation>application %1, schema v%2</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Eksemplar</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Pengunjung</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Peminjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>utuh (sha256, integrity_check, jumlah baris)</source>
        <translation>whole (sha256, integrity_check, row counts)</translation>
    </message>
    <message>
        <source>Mencadangkan keadaan sekarang dan menyiapkan pemulihan…</source>
        <translation>Backing up the current state and preparing the restore…</translation>
    </message>
    <message>
        <source>Pemulihan sudah disiapkan. Tutup dan buka lagi JDIH Desktop untuk memakainya.</source>
        <translation>The restore is prepared. Close and open JDIH Desktop again to use it.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Hapus data pribadi lama</source>
        <translation>Remove old personal data</translation>
    </message>
    <message>
        <source>Sesuai pemberitahuan privasi buku kunjungan, data pribadi pengunjung disimpan %1 tahun sejak kunjungan terakhirnya. Pengunjung yang lebih lama dari itu dianonimkan: nama, nomor identitas, instansi, alamat, telepon dan e-mail dihapus, begitu pula tanda tangan, pindaian kartu identitas serta foto dan pindaian lampiran kunjungannya. Kunjungan, peminjaman dan angka laporan tetap. Pengunjung yang masih mempunyai pinjaman belum dikembalikan dilewati.</source>
        <translation>As the visit book&apos;s privacy notice says, a visitor&apos;s personal data is kept for %1 years after their last visit. Visitors older than that are anonymised: name, identity number, institution, address, telephone and e-mail are removed, and so are their signatures, identity card scans, and the photos and scans attached to their visits. Visits, loans and report figures stay. Visitors who still have documents on loan are skipped.</translation>
    </message>
    <message>
        <source>Penjelasan</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Memeriksa data pengunjung…</source>
        <translation>Checking visitor data…</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Kunjungan terakhir</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Pengunjung yang dianonimkan</source>
        <translation>Visitors to anonymise</translation>
    </message>
    <message>
        <source>Tidak dianonimkan:</source>
        <translation>Not anonymised:</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pengunjung yang dilewati</source>
        <translation>Visitors skipped</translation>
    </message>
    <message>
        <source>Saya mengerti: data pribadi ini dihapus permanen dan tidak dapat dikembalikan.</source>
        <translation>I understand: this personal data is deleted permanently and cannot be restored.</translation>
    </message>
    <message>
        <source>Konfirmasi penghapusan</source>
        <translation>Confirm the removal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periksa &amp;ulang</source>
        <translation>&amp;Recheck</translation>
    </message>
    <message>
        <source>Periksa ulang</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <source>&amp;Anonimkan sekarang</source>
        <translation>&amp;Anonymise now</translation>
    </message>
    <message>
        <source>Anonimkan sekarang</source>
        <translation>Anonymise now</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Menganonimkan… jangan tutup aplikasi.</source>
        <translation>Anonymising… do not close the application.</translation>
    </message>
    <message>
        <source>Selesai: %1 pengunjung dianonimkan; %2 pindaian identitas, %3 tanda tangan dan %4 lampiran kunjungan dihapus. Tercatat di log audit.</source>
        <translation>Done: %1 visitors anonymised; %2 identity scans, %3 signatures and %4 visit attachments removed. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>Gagal: %1 Tidak ada data yang diubah.</source>
        <translation>Failed: %1 No data was changed.</translation>
    </message>
    <message>
        <source>Dianonimkan: %1 pengunjung (kunjungan terakhir sebelum %2).</source>
        <translation>Anonymised: %1 visitors (last visit before %2).</translation>
    </message>
    <message>
        <source>Akan dianonimkan: %1 pengunjung (kunjungan terakhir sebelum %2).</source>
        <translation>To anonymise: %1 visitors (last visit before %2).</translation>
    </message>
    <message>
        <source>Tidak ada pengunjung yang perlu dianonimkan (kunjungan terakhir sebelum %2).</source>
        <translation>No visitor needs to be anonymised (last visit before %2).</translation>
    </message>
    <message>
        <source>Akan dihapus: %1 pindaian identitas, %2 tanda tangan, %3 lampiran kunjungan.</source>
        <translation>To remove: %1 identity scans, %2 signatures, %3 visit attachments.</translation>
    </message>
    <message>
        <source>%1 pengunjung dilewati (lihat alasannya di bawah).</source>
        <translation>%1 visitors skipped (see the reasons below).</translation>
    </message>
    <message>
        <source>%1 pengunjung sudah dianonimkan sebelumnya.</source>
        <translation>%1 visitors were already anonymised earlier.</translation>
    </message>
    <message>
        <source>%1 pindaian, %2 tanda tangan, %3 lampiran</source>
        <translation>%1 scans, %2 signatures, %3 attachments</translation>
    </message>
</context>
<context>
    <name>ReturnsWindow</name>
    <message>
        <source>Pengembalian dokumen — JDIH Desktop</source>
        <translation type="vanished">Document returns — JDIH Desktop</translation>
    </message>
    <message>
        <source>Pengembalian</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;Pindai / ketik:</source>
        <translation>&amp;Scan / type:</translation>
    </message>
    <message>
        <source>Kode bukti peminjaman atau barcode eksemplar</source>
        <translation>Loan receipt code or copy barcode</translation>
    </message>
    <message>
        <source>Pindai QR bukti peminjaman (PJ-…) atau barcode eksemplar (JDIH…), lalu Enter</source>
        <translation>Scan the loan receipt QR code (PJ-…) or a copy barcode (JDIH…), then Enter</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cari peminjaman</source>
        <translation>Find loan</translation>
    </message>
    <message>
        <source>Belum ada peminjaman yang dipilih.</source>
        <translation>No loan selected yet.</translation>
    </message>
    <message>
        <source>Eksemplar dalam peminjaman</source>
        <translation>Copies in the loan</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Digitalkan dokumen yang dikembalikan</source>
        <translation>&amp;Digitise the returned document</translation>
    </message>
    <message>
        <source>Digitalkan dokumen yang dikembalikan</source>
        <translation>Digitise the returned document</translation>
    </message>
    <message>
        <source>Kembalikan &amp;terpilih</source>
        <translation>Return se&amp;lected</translation>
    </message>
    <message>
        <source>Kembalikan eksemplar terpilih</source>
        <translation>Return the selected copies</translation>
    </message>
    <message>
        <source>Kembalikan &amp;semua</source>
        <translation>Return &amp;all</translation>
    </message>
    <message>
        <source>Kembalikan semua eksemplar</source>
        <translation>Return all copies</translation>
    </message>
    <message>
        <source>Cetak ulang bukti &amp;kembali</source>
        <translation>Reprint return sli&amp;p</translation>
    </message>
    <message>
        <source>Cetak ulang bukti pengembalian</source>
        <translation>Reprint the return slip</translation>
    </message>
    <message>
        <source>Cetak ulang bukti pin&amp;jam</source>
        <translation>Reprint loa&amp;n receipt</translation>
    </message>
    <message>
        <source>Cetak ulang bukti peminjaman</source>
        <translation>Reprint the loan receipt</translation>
    </message>
    <message>
        <source>Mencetak lagi bukti peminjaman yang tersimpan (tertulis sebagai cetak ulang)</source>
        <translation>Prints the stored loan receipt again (marked as a reprint)</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Daftar peminjaman terlambat</source>
        <translation>Overdue loans</translation>
    </message>
    <message>
        <source>No. bukti</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Hari terlambat</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Teks pengingat</source>
        <translation>Reminder text</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Muat ulang daftar terlambat</source>
        <translation>Reload the overdue list</translation>
    </message>
    <message>
        <source>&amp;Salin teks pengingat</source>
        <translation>&amp;Copy reminder text</translation>
    </message>
    <message>
        <source>Salin teks pengingat</source>
        <translation>Copy reminder text</translation>
    </message>
    <message>
        <source>&amp;Buka peminjaman</source>
        <translation>&amp;Open loan</translation>
    </message>
    <message>
        <source>Buka peminjaman terpilih</source>
        <translation>Open the selected loan</translation>
    </message>
    <message>
        <source>Semua eksemplar peminjaman ini sudah dikembalikan.</source>
        <translation>All copies of this loan have been returned.</translation>
    </message>
    <message>
        <source>Centang eksemplar yang dikembalikan (atau pindai barcodenya), pilih kondisinya, lalu Kembalikan.</source>
        <translation>Tick the returned copies (or scan their barcodes), choose their condition, then Return.</translation>
    </message>
    <message>
        <source>%1 dicentang.</source>
        <translation>%1 ticked.</translation>
    </message>
    <message>
        <source>Baca di tempat</source>
        <translation>Read on site</translation>
    </message>
    <message>
        <source>Terlambat %1 hari</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Kondisi %1</source>
        <translation>Condition of %1</translation>
    </message>
    <message>
        <source>Catatan %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <source>mis. sampul sobek</source>
        <translation>e.g. torn cover</translation>
    </message>
    <message>
        <source>Dikembalikan %1 (%2)</source>
        <translation>Returned %1 (%2)</translation>
    </message>
    <message>
        <source>Dipinjam</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>Centang minimal satu eksemplar yang dikembalikan, atau pilih Kembalikan semua.</source>
        <translation>Tick at least one returned copy, or choose Return all.</translation>
    </message>
    <message>
        <source>Pengembalian %1 tercatat (%2 eksemplar). Mencetak bukti…</source>
        <translation>Return %1 recorded (%2 copies). Printing the slip…</translation>
    </message>
    <message>
        <source>Pengembalian tercatat, tetapi belum ada printer. Atur printer, lalu tekan Cetak ulang bukti kembali.</source>
        <translation>Return recorded, but no printer is set up. Set up the printer, then press Reprint return slip.</translation>
    </message>
    <message>
        <source>Belum ada printer — atur di Pengaturan Perangkat.</source>
        <translation type="vanished">No printer yet — set it up in Device Settings.</translation>
    </message>
    <message>
        <source>Mencetak ulang bukti peminjaman %1…</source>
        <translation>Reprinting loan receipt %1…</translation>
    </message>
    <message>
        <source>Bukti peminjaman %1 dicetak ulang.</source>
        <translation>Loan receipt %1 reprinted.</translation>
    </message>
    <message>
        <source>Bukti peminjaman %1 gagal dicetak: %2</source>
        <translation>Loan receipt %1 could not be printed: %2</translation>
    </message>
    <message>
        <source>Pengembalian %1 tetap tercatat, tetapi bukti gagal dicetak: %2 Tekan Cetak ulang bukti kembali.</source>
        <translation>Return %1 stays recorded, but the slip could not be printed: %2 Press Reprint return slip.</translation>
    </message>
    <message>
        <source>Bukti pengembalian %1 dicetak.</source>
        <translation>Return slip %1 printed.</translation>
    </message>
    <message>
        <source>Belum ada pemindai — atur di Pengaturan Perangkat.</source>
        <translation>No scanner yet — set one in Device Settings.</translation>
    </message>
    <message>
        <source>Hasil pindaian %1 disimpan (%2 halaman).</source>
        <translation>Scan of %1 saved (%2 pages).</translation>
    </message>
    <message>
        <source>Pemindaian %1 gagal: %2</source>
        <translation>Scanning %1 failed: %2</translation>
    </message>
    <message>
        <source>Baca di tempat (%1)</source>
        <translation>Read on site (%1)</translation>
    </message>
    <message>
        <source>%1 peminjaman terlambat</source>
        <translation>%1 overdue loans</translation>
    </message>
    <message>
        <source>Teks pengingat untuk %1 disalin.</source>
        <translation>Reminder text for %1 copied.</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="vanished">Good</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation type="vanished">Lost</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation type="vanished">Damaged</translation>
    </message>
    <message>
        <source>Sebagian dikembalikan</source>
        <translation type="vanished">Partly returned</translation>
    </message>
    <message>
        <source>Sudah dikembalikan</source>
        <translation type="vanished">Returned</translation>
    </message>
    <message>
        <source>Pengembalian dokumen</source>
        <translation>Document returns</translation>
    </message>
    <message>
        <source>Perpanjang peminjaman</source>
        <translation>Renew the loan</translation>
    </message>
    <message>
        <source>Jatuh tempo baru menurut aturan peminjaman; bukti perpanjangan dicetak</source>
        <translation>A new due date by the loan rule; a renewal slip is printed</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Pengingat terakhir</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <source>Catatan pengingat</source>
        <translation>Reminder note</translation>
    </message>
    <message>
        <source>Hasil telepon / catatan (mis. berjanji mengembalikan Senin)</source>
        <translation>Result of the call / note (e.g. promised to return on Monday)</translation>
    </message>
    <message>
        <source>Su&amp;rat pengingat…</source>
        <translation>Reminder &amp;letter…</translation>
    </message>
    <message>
        <source>Simpan dan cetak surat pengingat</source>
        <translation>Save and print a reminder letter</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Buka pesan pengingat di WhatsApp</source>
        <translation>Open the reminder message in WhatsApp</translation>
    </message>
    <message>
        <source>Catat pengingat lewat telepon</source>
        <translation>Log a reminder given by phone</translation>
    </message>
    <message>
        <source>Diperpanjang (%1): jatuh tempo baru %2. Mencetak bukti perpanjangan…</source>
        <translation>Renewed (%1): new due date %2. Printing the renewal slip…</translation>
    </message>
    <message>
        <source>Perpanjangan %1 tercatat, tetapi belum ada printer — atur di Pengaturan Perangkat.</source>
        <translation>Renewal %1 is recorded, but there is no printer — set one up in Device Settings.</translation>
    </message>
    <message>
        <source>Bukti perpanjangan %1 dicetak.</source>
        <translation>Renewal slip %1 printed.</translation>
    </message>
    <message>
        <source>Perpanjangan %1 tetap tercatat, tetapi bukti gagal dicetak: %2</source>
        <translation>Renewal %1 is still recorded, but the slip could not be printed: %2</translation>
    </message>
    <message>
        <source>surat</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>telepon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source> (perlu)</source>
        <translation> (due)</translation>
    </message>
    <message>
        <source>tk. %1 · %2 · %3</source>
        <translation>lvl %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Belum ada pengingat untuk peminjaman ini.</source>
        <translation>No reminder given for this loan yet.</translation>
    </message>
    <message>
        <source>Tingkat %1 · %2 · %3 · %4</source>
        <translation>Level %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Pengingat yang sudah diberikan:</source>
        <translation>Reminders already given:</translation>
    </message>
    <message>
        <source>Pengingat untuk %1 dicatat.</source>
        <translation>Reminder for %1 logged.</translation>
    </message>
    <message>
        <source>Simpan surat pengingat</source>
        <translation>Save the reminder letter</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Surat tidak dapat disimpan: %1</source>
        <translation>The letter cannot be saved: %1</translation>
    </message>
    <message>
        <source>WhatsApp tidak dapat dibuka di komputer ini — salin teks pengingat.</source>
        <translation>WhatsApp cannot be opened on this computer — copy the reminder text.</translation>
    </message>
    <message>
        <source>Jatuh tempo baru: %1 (perpanjangan ke-%2 dari %3)</source>
        <translation>New due date: %1 (renewal %2 of %3)</translation>
    </message>
    <message>
        <source>Perpanja&amp;ng</source>
        <translation>Rene&amp;w</translation>
    </message>
    <message>
        <source>Catat telep&amp;on</source>
        <translation>Log a &amp;phone call</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Ganti petugas</source>
        <translation>Change officer</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Masuk gagal: %1</source>
        <translation type="vanished">Sign-in failed: %1</translation>
    </message>
</context>
<context>
    <name>SignedInWidget</name>
    <message>
        <source>Ganti petugas</source>
        <translation>Change officer</translation>
    </message>
    <message>
        <source>Pergantian giliran: petugas berikutnya masuk (Ctrl+Shift+G)</source>
        <translation>Shift change: the next officer signs in (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Kunci meja; buka dengan PIN atau kata sandi</source>
        <translation>Lock the desk; unlock with the PIN or password</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>kepala</source>
        <translation>head</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Masuk: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SkmForm</name>
    <message>
        <source>Survei kepuasan masyarakat</source>
        <translation>Public satisfaction survey</translation>
    </message>
    <message>
        <source>Terima kasih atas kunjungan Anda. Mohon nilai pelayanan kami hari ini (Survei Kepuasan Masyarakat). Semua pertanyaan boleh dilewati; jawaban Anda tanpa nama.</source>
        <translation>Thank you for your visit. Please rate our service today (Public Satisfaction Survey). Every question may be skipped; your answers are anonymous.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>— tidak diisi —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <source> (opsional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Saran dan masukan (opsional):</source>
        <translation>Suggestions and feedback (optional):</translation>
    </message>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions and feedback</translation>
    </message>
    <message>
        <source>20–29 tahun</source>
        <translation type="vanished">20–29 years</translation>
    </message>
    <message>
        <source>30–39 tahun</source>
        <translation type="vanished">30–39 years</translation>
    </message>
    <message>
        <source>40–49 tahun</source>
        <translation type="vanished">40–49 years</translation>
    </message>
    <message>
        <source>50–59 tahun</source>
        <translation type="vanished">50–59 years</translation>
    </message>
    <message>
        <source>60 tahun ke atas</source>
        <translation type="vanished">60 years or older</translation>
    </message>
    <message>
        <source>&lt; 20 tahun</source>
        <translation type="vanished">under 20 years</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation type="vanished">Exists but does not work</translation>
    </message>
    <message>
        <source>Apakah hasil pelayanan sesuai dengan yang tercantum dalam standar pelayanan?</source>
        <translation type="vanished">Does the result of the service match what the service standard promises?</translation>
    </message>
    <message>
        <source>Apakah persyaratan pelayanan sesuai dengan jenis layanan yang Anda terima?</source>
        <translation type="vanished">Do the service requirements fit the kind of service you received?</translation>
    </message>
    <message>
        <source>Bagaimana kemampuan petugas dalam memberikan pelayanan?</source>
        <translation type="vanished">How competent were the staff in serving you?</translation>
    </message>
    <message>
        <source>Bagaimana kesopanan dan keramahan petugas?</source>
        <translation type="vanished">How polite and friendly were the staff?</translation>
    </message>
    <message>
        <source>Bagaimana kewajaran biaya/tarif pelayanan?</source>
        <translation type="vanished">How fair is the cost/fee of the service?</translation>
    </message>
    <message>
        <source>Bagaimana kualitas sarana dan prasarana perpustakaan?</source>
        <translation type="vanished">How good are the library&apos;s facilities?</translation>
    </message>
    <message>
        <source>Bagaimana penanganan pengaduan, saran dan masukan di unit ini?</source>
        <translation type="vanished">How are complaints, suggestions and feedback handled here?</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation type="vanished">Good</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation type="vanished">Works, but not fully</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation type="vanished">Cost/fee</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation type="vanished">Poor</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation type="vanished">Fast</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation type="vanished">Fair</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation type="vanished">Rather expensive</translation>
    </message>
    <message>
        <source>D1–D3</source>
        <translation type="vanished">Diploma (D1–D3)</translation>
    </message>
    <message>
        <source>D4/S1</source>
        <translation type="vanished">Bachelor (D4/S1)</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation type="vanished">Well managed</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation type="vanished">Free</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="vanished">Sex</translation>
    </message>
    <message>
        <source>Kelompok umur</source>
        <translation type="vanished">Age group</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation type="vanished">Competent</translation>
    </message>
    <message>
        <source>Kompetensi pelaksana</source>
        <translation type="vanished">Staff competence</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation type="vanished">Rather slow</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation type="vanished">Not very competent</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation type="vanished">Not very easy</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation type="vanished">Not quite fitting</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation type="vanished">Not very polite and friendly</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="vanished">Other</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="vanished">Male</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation type="vanished">Easy</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation type="vanished">Cheap</translation>
    </message>
    <message>
        <source>PNS/ASN</source>
        <translation type="vanished">Civil servant</translation>
    </message>
    <message>
        <source>Pegawai swasta</source>
        <translation type="vanished">Private employee</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="vanished">Occupation</translation>
    </message>
    <message>
        <source>Pelajar/mahasiswa</source>
        <translation type="vanished">Student</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation type="vanished">Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation type="vanished">Education</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="vanished">Female</translation>
    </message>
    <message>
        <source>Perilaku pelaksana</source>
        <translation type="vanished">Staff behaviour</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation type="vanished">Requirements</translation>
    </message>
    <message>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation type="vanished">Service product specification</translation>
    </message>
    <message>
        <source>S2 ke atas</source>
        <translation type="vanished">Master or higher (S2+)</translation>
    </message>
    <message>
        <source>SD ke bawah</source>
        <translation type="vanished">Primary school or less</translation>
    </message>
    <message>
        <source>SMA/sederajat</source>
        <translation type="vanished">Senior high school</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation type="vanished">Junior high school</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation type="vanished">Very good</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation type="vanished">Very fast</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation type="vanished">Very competent</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation type="vanished">Very expensive</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation type="vanished">Very easy</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation type="vanished">Fits very well</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation type="vanished">Very polite and friendly</translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation type="vanished">Facilities and infrastructure</translation>
    </message>
    <message>
        <source>Seberapa cepat waktu pelayanan yang Anda terima?</source>
        <translation type="vanished">How fast was the service you received?</translation>
    </message>
    <message>
        <source>Seberapa mudah prosedur pelayanan di perpustakaan ini?</source>
        <translation type="vanished">How easy is the service procedure in this library?</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation type="vanished">Fits</translation>
    </message>
    <message>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation type="vanished">System, mechanism and procedure</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation type="vanished">Polite and friendly</translation>
    </message>
    <message>
        <source>TNI/POLRI</source>
        <translation type="vanished">Military/police</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation type="vanished">None</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation type="vanished">Not fast</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation type="vanished">Not competent</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation type="vanished">Not easy</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation type="vanished">Does not fit</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation type="vanished">Not polite and friendly</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation type="vanished">Completion time</translation>
    </message>
    <message>
        <source>Wirausaha</source>
        <translation type="vanished">Self-employed</translation>
    </message>
</context>
<context>
    <name>SurveyElements</name>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Apakah persyaratan pelayanan sesuai dengan jenis layanan yang Anda terima?</source>
        <translation>Do the service requirements fit the kind of service you received?</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation>Not quite fitting</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation>Fits very well</translation>
    </message>
    <message>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <source>Seberapa mudah prosedur pelayanan di perpustakaan ini?</source>
        <translation>How easy is the service procedure in this library?</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation>Not very easy</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Seberapa cepat waktu pelayanan yang Anda terima?</source>
        <translation>How fast was the service you received?</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation>Rather slow</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Cost/fee</translation>
    </message>
    <message>
        <source>Bagaimana kewajaran biaya/tarif pelayanan?</source>
        <translation>How fair is the cost/fee of the service?</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation>Rather expensive</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation>Cheap</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Service product specification</translation>
    </message>
    <message>
        <source>Apakah hasil pelayanan sesuai dengan yang tercantum dalam standar pelayanan?</source>
        <translation>Does the result of the service match what the service standard promises?</translation>
    </message>
    <message>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <source>Bagaimana kemampuan petugas dalam memberikan pelayanan?</source>
        <translation>How competent were the staff in serving you?</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation>Not very competent</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Perilaku pelaksana</source>
        <translation>Staff behaviour</translation>
    </message>
    <message>
        <source>Bagaimana kesopanan dan keramahan petugas?</source>
        <translation>How polite and friendly were the staff?</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation>Not very polite and friendly</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Bagaimana penanganan pengaduan, saran dan masukan di unit ini?</source>
        <translation>How are complaints, suggestions and feedback handled here?</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>Exists but does not work</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation>Works, but not fully</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <source>Bagaimana kualitas sarana dan prasarana perpustakaan?</source>
        <translation>How good are the library&apos;s facilities?</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>SurveyProfile</name>
    <message>
        <source>&lt; 20 tahun</source>
        <translation>under 20 years</translation>
    </message>
    <message>
        <source>20–29 tahun</source>
        <translation>20–29 years</translation>
    </message>
    <message>
        <source>30–39 tahun</source>
        <translation>30–39 years</translation>
    </message>
    <message>
        <source>40–49 tahun</source>
        <translation>40–49 years</translation>
    </message>
    <message>
        <source>50–59 tahun</source>
        <translation>50–59 years</translation>
    </message>
    <message>
        <source>60 tahun ke atas</source>
        <translation>60 years or older</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>SD ke bawah</source>
        <translation>Primary school or less</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>Junior high school</translation>
    </message>
    <message>
        <source>SMA/sederajat</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <source>D1–D3</source>
        <translation>Diploma (D1–D3)</translation>
    </message>
    <message>
        <source>D4/S1</source>
        <translation>Bachelor (D4/S1)</translation>
    </message>
    <message>
        <source>S2 ke atas</source>
        <translation>Master or higher (S2+)</translation>
    </message>
    <message>
        <source>PNS/ASN</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <source>TNI/POLRI</source>
        <translation>Military/police</translation>
    </message>
    <message>
        <source>Pegawai swasta</source>
        <translation>Private employee</translation>
    </message>
    <message>
        <source>Wirausaha</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Pelajar/mahasiswa</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kelompok umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>VisitBookFields</name>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation>Name as on the KTP</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Instansi / lembaga</source>
        <translation>Organisation / institution</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kategori pengunjung</source>
        <translation>Visitor category</translation>
    </message>
    <message>
        <source>Jenis keperluan</source>
        <translation>Kind of purpose</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>VisitBookForm</name>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>VisitBookPage</name>
    <message>
        <source>Pindaian kartu identitas (opsional, oleh petugas)</source>
        <translation>Identity card scan (optional, by the officer)</translation>
    </message>
    <message>
        <source>Pindai kartu identitas</source>
        <translation>Scan identity card</translation>
    </message>
    <message>
        <source>Buang pindaian</source>
        <translation>Discard scan</translation>
    </message>
    <message>
        <source>Buku kunjungan</source>
        <translation>Visitor book</translation>
    </message>
    <message>
        <source>Pengunjung mengisi buku kunjungan, membaca pemberitahuan privasi, menyetujui dan menandatangani (SOP langkah 3).</source>
        <translation>The visitor fills in the visitor book, reads the privacy notice, consents and signs (SOP step 3).</translation>
    </message>
    <message>
        <source>%1 pindaian tersimpan dengan kunjungan ini.</source>
        <translation>%1 scan saved with this visit.</translation>
    </message>
    <message>
        <source>Lengkapi buku kunjungan: %1 isian belum benar.</source>
        <translation>Complete the visitor book: %1 fields are not right yet.</translation>
    </message>
    <message>
        <source>Masih ada isian yang perlu dilengkapi (ditandai merah).</source>
        <translation>Some fields still need completing (marked red).</translation>
    </message>
    <message>
        <source>Pemindai belum diatur — pilih di Pengaturan Perangkat.</source>
        <translation>No scanner set up — choose one in Device Settings.</translation>
    </message>
    <message>
        <source>Memindai… letakkan kartu di kaca pemindai.</source>
        <translation>Scanning… place the card on the scanner glass.</translation>
    </message>
    <message>
        <source>Pemindai tidak mengirim gambar — coba lagi.</source>
        <translation>The scanner sent no image — try again.</translation>
    </message>
    <message>
        <source>Kartu terpindai (%1 × %2 piksel); disimpan bersama buku kunjungan.</source>
        <translation>Card scanned (%1 × %2 pixels); saved with the visitor book.</translation>
    </message>
</context>
<context>
    <name>VisitBookPanel</name>
    <message>
        <source>— pilih jenis keperluan —</source>
        <translation>— choose the kind of purpose —</translation>
    </message>
    <message>
        <source>Pemberitahuan privasi</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Saya telah membaca pemberitahuan privasi dan menyetujui pengolahan data saya.</source>
        <translation>I have read the privacy notice and consent to the processing of my data.</translation>
    </message>
    <message>
        <source>Persetujuan pemberitahuan privasi</source>
        <translation>Consent to the privacy notice</translation>
    </message>
    <message>
        <source>Tanda tangan pengunjung *</source>
        <translation>Visitor&apos;s signature *</translation>
    </message>
    <message>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Kotak tanda tangan</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>Hapus tanda tangan</source>
        <translation>Clear signature</translation>
    </message>
    <message>
        <source>Tanda tangan tersimpan — tekan Hapus tanda tangan untuk menandatangani ulang</source>
        <translation>Signature saved — press Clear signature to sign again</translation>
    </message>
    <message>
        <source>Pengunjung belum menyetujui pemberitahuan privasi — centang kotak persetujuan setelah membacanya.</source>
        <translation>The visitor has not consented to the privacy notice yet — tick the consent box after reading it.</translation>
    </message>
    <message>
        <source>Tanda tangan pengunjung masih kosong — tanda tangani kotak tanda tangan.</source>
        <translation>The visitor&apos;s signature is still empty — sign in the signature box.</translation>
    </message>
    <message>
        <source>Belum lengkap:</source>
        <translation>Not complete yet:</translation>
    </message>
    <message>
        <source>Buku kunjungan lengkap. Tekan Lanjut (atau Selesai di layar pengunjung).</source>
        <translation>The visitor book is complete. Press Next (or Done on the visitor screen).</translation>
    </message>
    <message>
        <source>0812-3456-7890 atau (0562) 631234</source>
        <translation>0812-3456-7890 or (0562) 631234</translation>
    </message>
    <message>
        <source>16 angka NIK, mis. 6172015708900001</source>
        <translation>The 16 digits of the NIK, e.g. 6172015708900001</translation>
    </message>
    <message>
        <source>ASN / instansi pemerintah</source>
        <translation type="vanished">Civil servant / government body</translation>
    </message>
    <message>
        <source>Advokat / praktisi hukum</source>
        <translation type="vanished">Advocate / legal practitioner</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="vanished">Address</translation>
    </message>
    <message>
        <source>Alamat *</source>
        <translation type="vanished">Address *</translation>
    </message>
    <message>
        <source>Dokumen yang dicari…</source>
        <translation>Documents you are looking for…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>E-mail *</source>
        <translation type="vanished">E-mail *</translation>
    </message>
    <message>
        <source>Instansi / lembaga</source>
        <translation type="vanished">Organisation / institution</translation>
    </message>
    <message>
        <source>Instansi / lembaga *</source>
        <translation type="vanished">Organisation / institution *</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation type="vanished">Identity document</translation>
    </message>
    <message>
        <source>Jenis identitas *</source>
        <translation type="vanished">Identity document *</translation>
    </message>
    <message>
        <source>Jenis keperluan</source>
        <translation type="vanished">Kind of purpose</translation>
    </message>
    <message>
        <source>Jenis keperluan *</source>
        <translation type="vanished">Kind of purpose *</translation>
    </message>
    <message>
        <source>Kartu Tanda Anggota / Pegawai</source>
        <translation type="vanished">Member / staff card</translation>
    </message>
    <message>
        <source>Kartu Tanda Mahasiswa</source>
        <translation type="vanished">Student card</translation>
    </message>
    <message>
        <source>Kategori pengunjung</source>
        <translation type="vanished">Visitor category</translation>
    </message>
    <message>
        <source>Kategori pengunjung *</source>
        <translation type="vanished">Visitor category *</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation type="vanished">Purpose</translation>
    </message>
    <message>
        <source>Keperluan *</source>
        <translation type="vanished">Purpose *</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="vanished">Other</translation>
    </message>
    <message>
        <source>Masyarakat umum</source>
        <translation type="vanished">General public</translation>
    </message>
    <message>
        <source>Media / jurnalis</source>
        <translation type="vanished">Media / journalist</translation>
    </message>
    <message>
        <source>Meminta salinan dokumen</source>
        <translation type="vanished">Requesting a copy of a document</translation>
    </message>
    <message>
        <source>Mencari informasi / produk hukum</source>
        <translation type="vanished">Looking for information / legal products</translation>
    </message>
    <message>
        <source>NIK (KTP)</source>
        <translation type="vanished">NIK (identity card)</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="vanished">Full name</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation type="vanished">Full name *</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation type="vanished">Identity number</translation>
    </message>
    <message>
        <source>Nomor identitas *</source>
        <translation type="vanished">Identity number *</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation type="vanished">Phone number</translation>
    </message>
    <message>
        <source>Nomor telepon *</source>
        <translation type="vanished">Phone number *</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation type="vanished">Passport</translation>
    </message>
    <message>
        <source>Pelajar / mahasiswa</source>
        <translation type="vanished">Pupil / student</translation>
    </message>
    <message>
        <source>Pemberitaan / liputan</source>
        <translation type="vanished">News reporting / coverage</translation>
    </message>
    <message>
        <source>Pencalonan</source>
        <translation type="vanished">Candidacy</translation>
    </message>
    <message>
        <source>Penelitian / tugas akademik</source>
        <translation type="vanished">Research / academic work</translation>
    </message>
    <message>
        <source>Peserta pemilu / partai politik</source>
        <translation type="vanished">Election participant / political party</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation type="vanished">SIM (driving licence)</translation>
    </message>
    <message>
        <source>Sengketa / perkara pemilu</source>
        <translation type="vanished">Election dispute / case</translation>
    </message>
    <message>
        <source>Tugas kedinasan</source>
        <translation type="vanished">Official duty</translation>
    </message>
    <message>
        <source>nama@contoh.go.id</source>
        <translation>name@example.go.id</translation>
    </message>
    <message>
        <source>Nama sesuai KTP (huruf Latin)</source>
        <translation type="vanished">Name as on the KTP (Latin letters)</translation>
    </message>
    <message>
        <source>Nama sesuai KTP (huruf Latin) *</source>
        <translation type="vanished">Name as on the KTP (Latin letters) *</translation>
    </message>
    <message>
        <source>mis. Lim Mei Hua — kosongkan bila sama dengan nama lengkap</source>
        <translation type="vanished">e.g. Lim Mei Hua — leave empty when it is the full name</translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation type="vanished">Name as on the KTP</translation>
    </message>
    <message>
        <source>Nama sesuai KTP *</source>
        <translation type="vanished">Name as on the KTP *</translation>
    </message>
    <message>
        <source>huruf Latin, mis. Lim Mei Hua</source>
        <translation>Latin letters, e.g. Lim Mei Hua</translation>
    </message>
    <message>
        <source>%1 (tersimpan)</source>
        <translation>%1 (stored)</translation>
    </message>
    <message>
        <source>%1 (tersimpan — ketik untuk mengganti)</source>
        <translation type="vanished">%1 (stored — type to replace)</translation>
    </message>
</context>
<context>
    <name>VisitBookSettings</name>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Ya / tidak</source>
        <translation>Yes / no</translation>
    </message>
</context>
<context>
    <name>VisitBookSettingsDialog</name>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation>Name as on the ID card</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Instansi / lembaga</source>
        <translation>Institution / organisation</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Telephone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kategori pengunjung</source>
        <translation>Visitor category</translation>
    </message>
    <message>
        <source>Jenis keperluan</source>
        <translation>Kind of purpose</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Pengaturan buku kunjungan</source>
        <translation>Visitor book settings</translation>
    </message>
    <message>
        <source>&amp;Isian formulir</source>
        <translation>&amp;Form fields</translation>
    </message>
    <message>
        <source>&amp;Pemberitahuan privasi</source>
        <translation>&amp;Privacy notice</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah buku kunjungan; pengaturan ditampilkan tanpa dapat diubah.</source>
        <translation>Only an administrator can change the visitor book; the settings are shown read-only.</translation>
    </message>
    <message>
        <source>Centang isian yang tampil di buku kunjungan dan yang wajib diisi pengunjung. Nama lengkap selalu tampil dan wajib. Perubahan berlaku untuk buku kunjungan yang diisi sesudahnya; kunjungan lama tetap menyimpan isian dan pemberitahuan privasi yang berlaku saat itu.</source>
        <translation>Tick the fields the visitor book shows and those the visitor must fill in. The full name is always shown and required. Changes apply to visitor books filled in afterwards; earlier visits keep the fields and the privacy notice in force at the time.</translation>
    </message>
    <message>
        <source>Isian buku kunjungan</source>
        <translation>Visitor book fields</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tampil</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pindahkan isian ke atas</source>
        <translation>Move the field up</translation>
    </message>
    <message>
        <source>Tu&amp;run</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Pindahkan isian ke bawah</source>
        <translation>Move the field down</translation>
    </message>
    <message>
        <source>&amp;Tambah isian…</source>
        <translation>&amp;Add field…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ubah nama atau pilihan isian</source>
        <translation>Edit the field&apos;s name or options</translation>
    </message>
    <message>
        <source>Pe&amp;nsiunkan</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Pensiunkan isian tambahan</source>
        <translation>Retire the office&apos;s own field</translation>
    </message>
    <message>
        <source>Aktifkan &amp;lagi</source>
        <translation>Reacti&amp;vate</translation>
    </message>
    <message>
        <source>&amp;Simpan isian</source>
        <translation>&amp;Save fields</translation>
    </message>
    <message>
        <source>Pratinjau buku kunjungan</source>
        <translation>Visitor book preview</translation>
    </message>
    <message>
        <source>Teks pemberitahuan (bahasa Indonesia; baris kosong memisahkan paragraf):</source>
        <translation>Notice text (Indonesian; a blank line separates paragraphs):</translation>
    </message>
    <message>
        <source>Teks pemberitahuan privasi</source>
        <translation>Privacy notice text</translation>
    </message>
    <message>
        <source>Terjemahan bahasa Inggris (opsional, untuk pengunjung yang memilih English):</source>
        <translation>English translation (optional, for visitors who choose English):</translation>
    </message>
    <message>
        <source>Terjemahan bahasa Inggris</source>
        <translation>English translation</translation>
    </message>
    <message>
        <source>Buku kunjungan — %1 isian (* wajib diisi, ● isian kantor), lalu pemberitahuan privasi, persetujuan dan tanda tangan.</source>
        <translation>Visitor book — %1 fields (* required, ● the office&apos;s own), then the privacy notice, consent and signature.</translation>
    </message>
    <message>
        <source>N&amp;aik</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Kosong: pengunjung yang memilih English membaca teks bahasa Indonesia.</source>
        <translation>Empty: visitors who choose English read the Indonesian text.</translation>
    </message>
    <message>
        <source>Ter&amp;bitkan versi baru</source>
        <translation>Pu&amp;blish new version</translation>
    </message>
    <message>
        <source>Versi yang pernah berlaku</source>
        <translation>Versions in force so far</translation>
    </message>
    <message>
        <source>Versi pemberitahuan privasi</source>
        <translation>Privacy notice versions</translation>
    </message>
    <message>
        <source>Teks versi terpilih</source>
        <translation>Text of the selected version</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>dipensiunkan</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>selalu wajib</source>
        <translation>always required</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Berlaku: versi %1 (teks bawaan aplikasi). Ubah teksnya lalu tekan Terbitkan versi baru; versi baru berlaku untuk kunjungan berikutnya.</source>
        <translation>In force: version %1 (the application&apos;s built-in text). Change the text and press Publish new version; the new version applies to the next visits.</translation>
    </message>
    <message>
        <source>Berlaku: versi %1, diterbitkan %2 oleh %3.</source>
        <translation>In force: version %1, published %2 by %3.</translation>
    </message>
    <message>
        <source>%1 — teks bawaan aplikasi</source>
        <translation type="vanished">%1 — the application&apos;s built-in text</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="vanished">%1 — %2, %3</translation>
    </message>
    <message>
        <source>(berlaku)</source>
        <translation>(in force)</translation>
    </message>
    <message>
        <source>teks bawaan aplikasi</source>
        <translation>the application&apos;s built-in text</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>[ Ya ]  [ Tidak ]</source>
        <translation>[ Yes ]  [ No ]</translation>
    </message>
    <message>
        <source>Buku kunjungan — %1 isian (* wajib diisi), lalu pemberitahuan privasi, persetujuan dan tanda tangan.</source>
        <translation type="vanished">Visitor book — %1 fields (* required), then the privacy notice, consent and signature.</translation>
    </message>
    <message>
        <source>Isian buku kunjungan disimpan; berlaku untuk buku kunjungan berikutnya.</source>
        <translation>Visitor book fields saved; they apply to the next visitor books.</translation>
    </message>
    <message>
        <source>Simpan dulu perubahan centang dan urutan isian.</source>
        <translation>Save the changed ticks and field order first.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; ditambahkan di akhir buku kunjungan.</source>
        <translation>Field &quot;%1&quot; added at the end of the visitor book.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; diubah; kunjungan lama tetap menyimpan nama dan jawaban lamanya.</source>
        <translation>Field &quot;%1&quot; changed; earlier visits keep its old name and their answers.</translation>
    </message>
    <message>
        <source>Pensiunkan isian</source>
        <translation>Retire field</translation>
    </message>
    <message>
        <source>Pensiunkan isian &quot;%1&quot;? Isian itu tidak lagi tampil di buku kunjungan; kunjungan yang sudah mengisinya tetap menyimpan jawabannya. Isian dapat diaktifkan lagi.</source>
        <translation>Retire the field &quot;%1&quot;? It is no longer shown in the visitor book; visits that answered it keep their answers. The field can be reactivated.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; dipensiunkan.</source>
        <translation>Field &quot;%1&quot; retired.</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot; aktif lagi.</source>
        <translation>Field &quot;%1&quot; is active again.</translation>
    </message>
    <message>
        <source>Pemberitahuan privasi versi %1 diterbitkan; berlaku untuk buku kunjungan berikutnya.</source>
        <translation>Privacy notice version %1 published; it applies to the next visitor books.</translation>
    </message>
</context>
<context>
    <name>VisitDesk</name>
    <message>
        <source>Kunjungan #%1 sudah tidak berlangsung.</source>
        <translation>Visit #%1 is no longer in progress.</translation>
    </message>
    <message>
        <source>Pengunjung meminta: %1 — %2</source>
        <translation>The visitor asks for: %1 — %2</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Berlangsung</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>VisitSteps</name>
    <message>
        <source>Kedatangan</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Buku kunjungan</source>
        <translation>Visitor book</translation>
    </message>
    <message>
        <source>Pemberian akses</source>
        <translation>Granting access</translation>
    </message>
    <message>
        <source>Penelusuran koleksi</source>
        <translation>Browsing the collection</translation>
    </message>
    <message>
        <source>Peminjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Serah terima</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Kepulangan</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VisitWizard</name>
    <message>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Langkah SOP</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <source>Batalkan kunjungan…</source>
        <translation>Cancel visit…</translation>
    </message>
    <message>
        <source>Batalkan kunjungan</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Tampilkan di layar pengunjung</source>
        <translation>Show on the visitor screen</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batal (tutup jendela, kunjungan tetap tersimpan)</source>
        <translation>Cancel (close the window, the visit stays saved)</translation>
    </message>
    <message>
        <source>Tutup jendela kunjungan ini? Semua yang sudah dicatat tetap tersimpan; kunjungan dapat dilanjutkan dari daftar Kunjungan berlangsung.</source>
        <translation>Close this visit window? Everything recorded so far stays saved; the visit can be resumed from the Visits in progress list.</translation>
    </message>
    <message>
        <source>Ya, tutup</source>
        <translation>Yes, close</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tidak, tetap buka</source>
        <translation>No, keep it open</translation>
    </message>
    <message>
        <source>Alasan pembatalan:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>mis. pengunjung pergi sebelum selesai</source>
        <translation>e.g. the visitor left before finishing</translation>
    </message>
    <message>
        <source>Konfirmasi pembatalan kunjungan</source>
        <translation>Confirm cancelling the visit</translation>
    </message>
    <message>
        <source>Tidak jadi</source>
        <translation>Keep the visit</translation>
    </message>
    <message>
        <source>Kunjungan #%1 · %2</source>
        <translation>Visit #%1 · %2</translation>
    </message>
    <message>
        <source>Kunjungan #%1 — %2</source>
        <translation type="vanished">Visit #%1 — %2</translation>
    </message>
    <message>
        <source>Halaman ini belum lengkap.</source>
        <translation>This page is not complete yet.</translation>
    </message>
    <message>
        <source>Buku kunjungan</source>
        <translation type="vanished">Visitor book</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation type="vanished">Documentation</translation>
    </message>
    <message>
        <source>Kedatangan</source>
        <translation type="vanished">Arrival</translation>
    </message>
    <message>
        <source>Kepulangan</source>
        <translation type="vanished">Departure</translation>
    </message>
    <message>
        <source>Pemberian akses</source>
        <translation type="vanished">Granting access</translation>
    </message>
    <message>
        <source>Peminjaman</source>
        <translation type="vanished">Loan</translation>
    </message>
    <message>
        <source>Penelusuran koleksi</source>
        <translation type="vanished">Browsing the collection</translation>
    </message>
    <message>
        <source>Serah terima</source>
        <translation type="vanished">Handover</translation>
    </message>
    <message>
        <source>Kembali ke langkah sebelumnya (Alt+Kiri)</source>
        <translation>Back to the previous step (Alt+Left)</translation>
    </message>
    <message>
        <source>Lanjut ke langkah berikutnya (Enter)</source>
        <translation>On to the next step (Enter)</translation>
    </message>
    <message>
        <source>Selesaikan kunjungan (Enter, atau Ctrl+Enter dari catatan)</source>
        <translation>Finish the visit (Enter, or Ctrl+Enter from the notes)</translation>
    </message>
    <message>
        <source>Tutup jendela; kunjungan tetap tersimpan (Esc)</source>
        <translation>Close the window; the visit stays saved (Esc)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 Tekan Lanjut untuk mencoba lagi.</source>
        <translation>%1 Press Next to try again.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Membatalkan kunjungan…</source>
        <translation>Cancelling the visit…</translation>
    </message>
</context>
<context>
    <name>VisitorCategories</name>
    <message>
        <source>Masyarakat umum</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Pelajar / mahasiswa</source>
        <translation>Pupil / student</translation>
    </message>
    <message>
        <source>ASN / instansi pemerintah</source>
        <translation>Civil servant / government body</translation>
    </message>
    <message>
        <source>Peserta pemilu / partai politik</source>
        <translation>Election participant / political party</translation>
    </message>
    <message>
        <source>Media / jurnalis</source>
        <translation>Media / journalist</translation>
    </message>
    <message>
        <source>Advokat / praktisi hukum</source>
        <translation>Advocate / legal practitioner</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>VisitorScreen</name>
    <message>
        <source>Layar pengunjung</source>
        <translation>Visitor screen</translation>
    </message>
    <message>
        <source>Layar pengunjung — Perpustakaan JDIH</source>
        <translation type="vanished">Visitor screen — JDIH Library</translation>
    </message>
    <message>
        <source>Perpustakaan JDIH</source>
        <translation>JDIH Library</translation>
    </message>
    <message>
        <source>Selamat datang di Perpustakaan JDIH.
Silakan menunggu arahan petugas.</source>
        <translation>Welcome to the JDIH Library.
Please wait for the officer&apos;s directions.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Logo JDIH</source>
        <translation>JDIH logo</translation>
    </message>
    <message>
        <source>Cari dokumen hukum di katalog:</source>
        <translation>Search the catalogue of legal documents:</translation>
    </message>
    <message>
        <source>Cari dokumen</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>mis. pemilu 2017, PKPU 4 2021, tata kerja</source>
        <translation>e.g. pemilu 2017, PKPU 4 2021, tata kerja</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Minta dokumen ini ke petugas</source>
        <translation>Ask the officer for this document</translation>
    </message>
    <message>
        <source>PIN petugas</source>
        <translation>Officer&apos;s PIN</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Ketik paling sedikit dua huruf.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message>
        <source>Pencarian gagal; minta bantuan petugas.</source>
        <translation>The search failed; ask the officer for help.</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>tidak berlaku</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>%1 dari %2 eksemplar tersedia</source>
        <translation>%1 of %2 copies available</translation>
    </message>
    <message>
        <source>tanpa eksemplar</source>
        <translation>no copies</translation>
    </message>
    <message>
        <source>%1 dokumen ditemukan.</source>
        <translation>%1 documents found.</translation>
    </message>
    <message>
        <source>Tidak ada dokumen yang cocok. Coba kata lain.</source>
        <translation>No matching document. Try other words.</translation>
    </message>
    <message>
        <source>Pilih satu dokumen dari daftar dahulu.</source>
        <translation>Choose a document from the list first.</translation>
    </message>
    <message>
        <source>Permintaan dikirim ke petugas: %1.</source>
        <translation>Request sent to the officer: %1.</translation>
    </message>
    <message>
        <source>Ketik PIN petugas untuk kembali ke meja petugas.</source>
        <translation>Type the officer&apos;s PIN to return to the officer&apos;s desk.</translation>
    </message>
    <message>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>Muat ulang daftar kunjungan</source>
        <translation>Reload the visit list</translation>
    </message>
    <message>
        <source>Kunjungan berlangsung</source>
        <translation>Visits in progress</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Langkah SOP</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <source>Pengunjung</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Sejak tiba</source>
        <translation>Since arrival</translation>
    </message>
    <message>
        <source>Tidak ada kunjungan yang sedang berlangsung.

Tekan Ctrl+N (Kunjungan baru) saat pengunjung datang. Kunjungan yang belum selesai — misalnya pengunjung masih membaca di ruang baca — tampil di sini dan dapat dilanjutkan dengan klik ganda atau Enter.</source>
        <translation>No visits in progress.

Press Ctrl+N (New visit) when a visitor arrives. Visits not finished yet — for example while the visitor is still in the reading room — are listed here and can be resumed with a double-click or Enter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kunjungan berlangsung&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Visits in progress&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Daftar kunjungan tidak dapat dimuat: %1 Mencoba lagi otomatis.</source>
        <translation>The list of visits could not be loaded: %1 Trying again automatically.</translation>
    </message>
    <message>
        <source>Buku kunjungan</source>
        <translation type="vanished">Visitor book</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation type="vanished">Documentation</translation>
    </message>
    <message>
        <source>Kedatangan</source>
        <translation type="vanished">Arrival</translation>
    </message>
    <message>
        <source>Kepulangan</source>
        <translation type="vanished">Departure</translation>
    </message>
    <message>
        <source>Pemberian akses</source>
        <translation type="vanished">Granting access</translation>
    </message>
    <message>
        <source>Peminjaman</source>
        <translation type="vanished">Loan</translation>
    </message>
    <message>
        <source>Penelusuran koleksi</source>
        <translation type="vanished">Browsing the collection</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="vanished">Finish</translation>
    </message>
    <message>
        <source>Serah terima</source>
        <translation type="vanished">Handover</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Bagian ini sedang ditampilkan di layar pengunjung. Pengunjung mengisinya di sana lalu menekan Selesai.</source>
        <translation>This part is now shown on the visitor screen. The visitor fills it in there, then presses Done.</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
</TS>
