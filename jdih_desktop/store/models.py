"""The peewee models of the whole mission.

Values that the SOP or JDIHN define as closed lists are stored as short lower-case strings;
the lists live in ``jdih_desktop.store.enums`` so services, UI and imports share one spelling.
Impossible states are rejected by the database itself (unique and check constraints, a partial
unique index for open loans), not only by the services.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from jdih_desktop.store.crypto import EncryptedBlobField

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Officer(BaseModel):
    """A person working the desk (Pengelola Pelayanan Hukum) or reading reports."""

    id = AutoField()
    username = CharField(max_length=64, unique=True)
    full_name = CharField(max_length=200)
    nip = CharField(max_length=32, null=True)
    position = CharField(max_length=200, null=True)  # jabatan, printed on reports
    role = CharField(max_length=16, default="officer",
                     constraints=[Check("role IN ('officer','head','admin')")])
    password_hash = CharField(max_length=255, null=True)  # argon2id (services/accounts.py)
    pin_hash = CharField(max_length=255, null=True)  # argon2id of the personal unlock PIN
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)


class Visitor(BaseModel):
    """A Pengguna Informasi. One row per person; visits point at it so a return visit pre-fills."""

    id = AutoField()
    full_name = CharField(max_length=200)
    id_type = CharField(max_length=16, default="nik")  # enums.ID_TYPES
    id_number = CharField(max_length=64, null=True)
    institution = CharField(max_length=200, null=True)
    address = TextField(null=True)
    phone = CharField(max_length=32, null=True)  # normalised to +62...
    email = CharField(max_length=200, null=True)
    category = CharField(max_length=32, default="umum")  # enums.VISITOR_CATEGORIES
    name_search = CharField(max_length=200, index=True)  # lower-cased, folded name for look-up
    # The name as on the KTP in Latin letters, beside the name as written (林美华 / Lim Mei Hua),
    # so an officer on a plain keyboard finds her again; ``ktp_search`` is its folded form.
    ktp_name = CharField(max_length=200, null=True)
    ktp_search = CharField(max_length=200, null=True, index=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Set when services.retention removed the personal data (the row stays for statistics).
    anonymised_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("id_type", "id_number"), True), (("phone",), False))


class PrivacyNotice(BaseModel):
    """One version of the visit book's privacy notice, kept with its text and date.

    Pengaturan → Buku kunjungan publishes a new row whenever the text changes; a visit stores
    the id of the version its visitor consented to (``Visit.privacy_notice``), so an old visit
    still shows the words it was made with. No row: the built-in text of
    ``ui/wizard/visit_book.privacy_notice_html`` (``config.PRIVACY_NOTICE_VERSION``) applies.
    """

    id = AutoField()
    version = CharField(max_length=32, unique=True)
    text = TextField()  # Indonesian, plain text (paragraphs separated by blank lines)
    text_en = TextField(null=True)  # for a visitor who chose English; None: Indonesian shown
    published_at = DateTimeField(default=_now)
    published_by = ForeignKeyField(Officer, null=True, on_delete="SET NULL",
                                   backref="privacy_notices")


class VisitBookField(BaseModel):
    """One field of the visit book as the office set it (Pengaturan → Buku kunjungan).

    Built-in fields (``kind == "builtin"``, ``key`` a name of ``services.visits.FORM_FIELDS``)
    carry only shown/required/position; the office's own fields (``kind`` text, choice or
    yesno, ``key`` ``extra_<n>``) also their label and options. An own field is retired, never
    deleted: visits keep its label and value in ``Visit.custom_fields``.
    """

    id = AutoField()
    key = CharField(max_length=40, unique=True)
    kind = CharField(max_length=8, default="builtin",
                     constraints=[Check("kind IN ('builtin','text','choice','yesno')")])
    label = CharField(max_length=80, null=True)
    label_en = CharField(max_length=80, null=True)  # for a visitor who chose English
    options = TextField(null=True)  # JSON list of the choices (kind "choice")
    shown = BooleanField(default=True)
    required = BooleanField(default=False)
    position = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    retired_at = DateTimeField(null=True)


class Visit(BaseModel):
    """A visit is a record that walks through the SOP; ``step`` is where it stands now."""

    id = AutoField()
    visitor = ForeignKeyField(Visitor, backref="visits", null=True, on_delete="RESTRICT")
    officer = ForeignKeyField(Officer, backref="visits", null=True, on_delete="SET NULL")
    step = CharField(max_length=16, default="ARRIVAL", index=True)  # services.sop.Step name
    status = CharField(max_length=16, default="open", index=True,
                       constraints=[Check("status IN ('open','closed','cancelled')")])
    purpose = TextField(null=True)  # keperluan
    purpose_category = CharField(max_length=32, null=True)  # enums.PURPOSE_CATEGORIES
    # The visitor's category as given in this visit's book (Visitor.category is the latest).
    visitor_category = CharField(max_length=32, null=True)
    consent_given = BooleanField(default=False)
    consent_version = CharField(max_length=32, null=True)
    consent_at = DateTimeField(null=True)
    # The notice version consented to (None: the built-in text of ``consent_version``) and the
    # office's own fields as filled: JSON [{"key", "label", "kind", "value"}], labels kept.
    privacy_notice = ForeignKeyField(PrivacyNotice, null=True, on_delete="RESTRICT",
                                     backref="visits")
    custom_fields = TextField(null=True)
    # Fernet tokens at rest (store/crypto.py); reads give the PNG back.
    signature_png = EncryptedBlobField(null=True)
    handover_signature_png = EncryptedBlobField(null=True)
    access_officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL",
                                     backref="granted_visits")
    wants_to_borrow = BooleanField(null=True)  # decision at step 5; NULL until taken
    # One timestamp per SOP box, filled when the box is completed.
    arrived_at = DateTimeField(default=_now, index=True)
    visit_book_at = DateTimeField(null=True)
    access_at = DateTimeField(null=True)
    browse_at = DateTimeField(null=True)
    loan_at = DateTimeField(null=True)
    handover_at = DateTimeField(null=True)
    departed_at = DateTimeField(null=True)
    documented_at = DateTimeField(null=True)
    cancelled_at = DateTimeField(null=True)
    cancel_reason = TextField(null=True)
    rating = IntegerField(null=True,
                          constraints=[Check("rating IS NULL OR rating BETWEEN 1 AND 4")])
    rating_comment = TextField(null=True)
    officer_notes = TextField(null=True)
    updated_at = DateTimeField(default=_now)


class IdScan(BaseModel):
    """An optional scan of the visitor's identity card, kept with the visit."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="id_scans", on_delete="CASCADE")
    image = EncryptedBlobField()  # a Fernet token at rest (store/crypto.py)
    mime = CharField(max_length=32, default="image/png")
    dpi = IntegerField(null=True)
    scanned_at = DateTimeField(default=_now)


class Document(BaseModel):
    """A catalogue entry with JDIHN metadata for the four document types."""

    id = AutoField()
    doc_type = CharField(max_length=16, index=True, constraints=[
        Check("doc_type IN ('peraturan','monografi','artikel','putusan')")])
    jenis = CharField(max_length=200)  # jenis/bentuk: "Peraturan Komisi Pemilihan Umum"
    singkatan_jenis = CharField(max_length=32, null=True)  # "PKPU"
    nomor = CharField(max_length=100, null=True)
    tahun = IntegerField(null=True, index=True)
    judul = TextField()
    teu_badan = CharField(max_length=300, null=True)  # T.E.U. badan / orang (pengarang)
    tempat_penetapan = CharField(max_length=100, null=True)
    tanggal_penetapan = DateField(null=True)
    tanggal_pengundangan = DateField(null=True)
    sumber = CharField(max_length=300, null=True)
    subjek = CharField(max_length=300, null=True)
    status = CharField(max_length=16, default="berlaku", index=True,
                       constraints=[Check("status IN ('berlaku','tidak_berlaku')")])
    bahasa = CharField(max_length=50, default="Indonesia")
    lokasi = CharField(max_length=200, null=True)
    bidang_hukum = CharField(max_length=200, null=True)
    penerbit = CharField(max_length=200, null=True)
    tempat_terbit = CharField(max_length=100, null=True)
    isbn = CharField(max_length=32, null=True)
    deskripsi_fisik = CharField(max_length=200, null=True)
    abstrak = TextField(null=True)
    catatan = TextField(null=True)
    call_number = CharField(max_length=100, null=True)  # noPanggil
    nomor_induk = CharField(max_length=100, null=True)  # nomorIndukBuku
    jdihn_id = CharField(max_length=64, null=True)  # idData, unique within its source
    # Where the document came from: a JDIH site's feed (the name given at import) or "local"
    # for documents catalogued here. A feed only ever updates documents of its own source.
    source = CharField(max_length=100, default="local", constraints=[SQL("DEFAULT 'local'")])
    # Who issued it, as a comparable key (store.instruments.issuer_key); "" when unknown.
    issuer = CharField(max_length=200, default="", constraints=[SQL("DEFAULT ''")])
    url_abstrak = CharField(max_length=500, null=True)
    url_download = CharField(max_length=500, null=True)
    file_download = CharField(max_length=300, null=True)
    url_detail = CharField(max_length=500, null=True)
    last_updated = DateTimeField(null=True)
    created_at = DateTimeField(default=_now, index=True)
    updated_at = DateTimeField(default=_now)

    class Meta:
        # The same jenis, number and year from the same issuer cannot be catalogued twice
        # (NULL numbers are exempt, so monographs without a number coexist): Perda Kota
        # Kendari 1/2021 and Perda Kabupaten Toba 1/2021 are two laws. An idData is unique
        # within its source only: two JDIH sites number their feeds independently.
        indexes = ((("jenis", "nomor", "tahun", "issuer"), True),
                   (("source", "jdihn_id"), True))

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Keep the issuer key in step with the fields it is read from."""
        from jdih_desktop.store.instruments import issuer_key

        self.issuer = issuer_key(self.teu_badan, self.judul, self.jenis)
        return super().save(*args, **kwargs)


class VisitConsultation(BaseModel):
    """A document a visitor looked at during a visit (feeds "most consulted" in reports)."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="consultations", on_delete="CASCADE")
    document = ForeignKeyField(Document, backref="consultations", on_delete="CASCADE")
    at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("visit", "document"), True),)


class DocumentRelation(BaseModel):
    """A directed relation; the service keeps the inverse row (mencabut <-> dicabut)."""

    id = AutoField()
    source = ForeignKeyField(Document, backref="relations", on_delete="CASCADE")
    target = ForeignKeyField(Document, backref="incoming_relations", on_delete="CASCADE")
    kind = CharField(max_length=24)  # enums.RELATION_KINDS
    note = CharField(max_length=300, null=True)

    class Meta:
        indexes = ((("source", "target", "kind"), True),)
        constraints = [Check("source_id <> target_id")]


class Attachment(BaseModel):
    """A file kept in the database (so it is backed up and shared with the rest)."""

    id = AutoField()
    document = ForeignKeyField(Document, backref="attachments", null=True, on_delete="CASCADE")
    visit = ForeignKeyField(Visit, backref="attachments", null=True, on_delete="CASCADE")
    kind = CharField(max_length=24)  # enums.ATTACHMENT_KINDS
    filename = CharField(max_length=255)
    mime = CharField(max_length=100, default="application/pdf")
    content = BlobField()
    size = IntegerField()
    sha256 = CharField(max_length=64)
    pages = IntegerField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        constraints = [Check("document_id IS NOT NULL OR visit_id IS NOT NULL")]


class Copy(BaseModel):
    """An eksemplar: one physical copy with its own barcode."""

    id = AutoField()
    document = ForeignKeyField(Document, backref="copies", on_delete="RESTRICT")
    barcode = CharField(max_length=32, unique=True)
    shelf = CharField(max_length=100, null=True)
    condition = CharField(max_length=16, default="baik",
                          constraints=[Check("condition IN ('baik','rusak','hilang')")])
    read_on_site = BooleanField(default=False)
    withdrawn = BooleanField(default=False)
    notes = TextField(null=True)
    created_at = DateTimeField(default=_now)


class LoanRule(BaseModel):
    """How long a kind of document may leave the room, and how many at once."""

    id = AutoField()
    name = CharField(max_length=100, unique=True)
    doc_type = CharField(max_length=16, null=True)  # NULL: any type
    read_on_site = BooleanField(default=False)
    period_days = IntegerField(default=7, constraints=[Check("period_days >= 0")])
    max_items = IntegerField(default=3, constraints=[Check("max_items >= 1")])
    skip_sundays = BooleanField(default=True)
    skip_saturdays = BooleanField(default=True)
    active = BooleanField(default=True)
    # Issue 15: what a borrower with overdue loans may do under this rule ('warn' or 'block';
    # a block can be overridden by the officer with a reason), how often a loan may be renewed
    # and how late a loan may be and still be renewed.
    # (SQL defaults too, so raw inserts such as the demo generator's need not name them.)
    overdue_action = CharField(max_length=8, default="warn", constraints=[
        SQL("DEFAULT 'warn'"), Check("overdue_action IN ('warn','block')")])
    max_renewals = IntegerField(default=1, constraints=[SQL("DEFAULT 1"),
                                                        Check("max_renewals >= 0")])
    renew_max_days_late = IntegerField(default=0, constraints=[
        SQL("DEFAULT 0"), Check("renew_max_days_late >= 0")])


class Holiday(BaseModel):
    id = AutoField()
    date = DateField(unique=True)
    name = CharField(max_length=200)


class Counter(BaseModel):
    """Sequential numbers (receipts, return slips), incremented inside the using transaction."""

    id = AutoField()
    name = CharField(max_length=64, unique=True)  # e.g. "loan:2026"
    value = IntegerField(default=0)


class Loan(BaseModel):
    """A loan made at SOP step 6; its receipt number is stored, never recomputed."""

    id = AutoField()
    receipt_number = CharField(max_length=64, unique=True)
    visit = ForeignKeyField(Visit, backref="loans", null=True, on_delete="RESTRICT")
    visitor = ForeignKeyField(Visitor, backref="loans", on_delete="RESTRICT")
    officer = ForeignKeyField(Officer, backref="loans", null=True, on_delete="SET NULL")
    rule = ForeignKeyField(LoanRule, null=True, on_delete="SET NULL")
    loaned_at = DateTimeField(default=_now, index=True)
    due_date = DateField(null=True, index=True)  # NULL: read on site (baca di tempat)
    read_on_site = BooleanField(default=False)
    status = CharField(max_length=16, default="open", index=True,
                       constraints=[Check("status IN ('open','partial','returned')")])
    printed_at = DateTimeField(null=True)
    print_count = IntegerField(default=0)
    # Times renewed (perpanjangan); due_date is then the latest renewal's.
    renewals = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class Return(BaseModel):
    """One visit to the returns desk: some or all items of a loan come back."""

    id = AutoField()
    loan = ForeignKeyField(Loan, backref="returns", on_delete="RESTRICT")
    slip_number = CharField(max_length=64, unique=True)
    officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
    returned_at = DateTimeField(default=_now, index=True)
    note = TextField(null=True)


class LoanItem(BaseModel):
    """A copy on a loan. A copy can be on at most one open item (partial unique index)."""

    id = AutoField()
    loan = ForeignKeyField(Loan, backref="items", on_delete="CASCADE")
    copy = ForeignKeyField(Copy, backref="loan_items", on_delete="RESTRICT")
    returned = ForeignKeyField(Return, backref="items", null=True, on_delete="RESTRICT")
    returned_at = DateTimeField(null=True)
    return_condition = CharField(max_length=16, null=True, constraints=[
        Check("return_condition IS NULL OR return_condition IN ('baik','rusak','hilang')")])
    return_note = TextField(null=True)

    class Meta:
        indexes = ((("loan", "copy"), True),)
        constraints = [Check("(returned_id IS NULL) = (returned_at IS NULL)")]


LoanItem.add_index(
    LoanItem.index(LoanItem.copy, unique=True, name="loanitem_one_open_loan_per_copy")
    .where(SQL("returned_at IS NULL"))
)


class LoanRenewal(BaseModel):
    """One renewal (perpanjangan) of a loan at the returns desk, with its own slip number."""

    id = AutoField()
    loan = ForeignKeyField(Loan, backref="renewal_rows", on_delete="CASCADE")
    slip_number = CharField(max_length=64, unique=True)
    officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
    renewed_at = DateTimeField(default=_now, index=True)
    old_due = DateField()
    new_due = DateField()


class LoanOverride(BaseModel):
    """An officer let a loan go out although the rule blocks it (overdue borrower)."""

    id = AutoField()
    loan = ForeignKeyField(Loan, backref="overrides", on_delete="CASCADE")
    officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
    at = DateTimeField(default=_now)
    kind = CharField(max_length=16)  # 'overdue'
    reason = TextField()


class Reminder(BaseModel):
    """A reminder given to a borrower about a late loan: which level, how, by whom, when."""

    id = AutoField()
    loan = ForeignKeyField(Loan, backref="reminders", on_delete="CASCADE")
    level = IntegerField(constraints=[Check("level BETWEEN 1 AND 3")])
    channel = CharField(max_length=16, constraints=[
        Check("channel IN ('letter','whatsapp','phone')")])
    officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
    at = DateTimeField(default=_now, index=True)
    days_late = IntegerField(default=0)
    note = TextField(null=True)


class SkmResponse(BaseModel):
    """One answer sheet of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017).

    ``u1`` .. ``u9`` are the nine elements on the four-point scale (NULL: not answered); the
    profile is optional. Reports never show who answered: the visit link only keeps one sheet
    per visit (a visitor going back and answering again replaces it).
    """

    id = AutoField()
    visit = ForeignKeyField(Visit, null=True, unique=True, on_delete="SET NULL",
                            backref="skm")
    at = DateTimeField(default=_now, index=True)
    u1 = IntegerField(null=True, constraints=[Check("u1 IS NULL OR u1 BETWEEN 1 AND 4")])
    u2 = IntegerField(null=True, constraints=[Check("u2 IS NULL OR u2 BETWEEN 1 AND 4")])
    u3 = IntegerField(null=True, constraints=[Check("u3 IS NULL OR u3 BETWEEN 1 AND 4")])
    u4 = IntegerField(null=True, constraints=[Check("u4 IS NULL OR u4 BETWEEN 1 AND 4")])
    u5 = IntegerField(null=True, constraints=[Check("u5 IS NULL OR u5 BETWEEN 1 AND 4")])
    u6 = IntegerField(null=True, constraints=[Check("u6 IS NULL OR u6 BETWEEN 1 AND 4")])
    u7 = IntegerField(null=True, constraints=[Check("u7 IS NULL OR u7 BETWEEN 1 AND 4")])
    u8 = IntegerField(null=True, constraints=[Check("u8 IS NULL OR u8 BETWEEN 1 AND 4")])
    u9 = IntegerField(null=True, constraints=[Check("u9 IS NULL OR u9 BETWEEN 1 AND 4")])
    age_group = CharField(max_length=16, null=True)
    sex = CharField(max_length=16, null=True)
    education = CharField(max_length=16, null=True)
    occupation = CharField(max_length=32, null=True)
    suggestion = TextField(null=True)


class VisitSelection(BaseModel):
    """A copy on a visit's "to borrow" list (SOP box 5), kept so a resumed visit finds it again.

    Rows live only while the visit is open: the loan takes them, and closing or cancelling the
    visit clears them.
    """

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="selections", on_delete="CASCADE")
    copy = ForeignKeyField(Copy, on_delete="CASCADE")
    added_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("visit", "copy"), True),)


class AuditLog(BaseModel):
    """Who did what and when: every change, every reading of personal data, every sign-in.

    Append-only: the database refuses UPDATE and DELETE (triggers, migration 9), and each row
    carries ``row_hash`` = SHA-256 over the previous row's hash and its own fields, so an edited
    or removed row breaks the chain (``services.audit.verify_audit_chain``). Rows are written
    through ``services.audit``; ``save`` chains any row written here directly too.
    """

    id = AutoField()
    at = DateTimeField(default=_now, index=True)
    officer = ForeignKeyField(Officer, null=True, on_delete="RESTRICT")
    action = CharField(max_length=64)
    entity = CharField(max_length=32)
    entity_id = IntegerField(null=True)
    detail = TextField(null=True)  # JSON; ids only, never names, NIKs or file names
    prev_hash = CharField(max_length=64, null=True)
    row_hash = CharField(max_length=64, null=True)

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.id is None and self.row_hash is None:
            from jdih_desktop.store.audit_chain import chain_fields

            chain_fields(self)
        return super().save(*args, **kwargs)


class Setting(BaseModel):
    """Settings shared by every desk using the same database (config.ini holds per-machine ones)."""

    key = CharField(max_length=100, primary_key=True)
    value = TextField()


class ImportRun(BaseModel):
    """One catalogue import committed in short transactions on SQLite (issue 12).

    ``state``: ``running`` while it writes, ``done`` when every row is in, ``undone`` after a
    failure, a cancel or a crash was rolled back from its undo journal. ``token`` names the lock
    file its process holds while it runs: a run whose lock is free has no process any more.
    ``stamp`` is the ``updated_at`` the run writes, so a later desk edit is told apart.
    """

    id = AutoField()
    token = CharField(max_length=64, unique=True)
    state = CharField(max_length=10, default="running", index=True)
    started_at = DateTimeField()
    finished_at = DateTimeField(null=True)
    stamp = CharField(max_length=32)
    format = CharField(max_length=8, default="")
    fingerprint = CharField(max_length=64, default="")
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    note = TextField(null=True)  # JSON: what the undo kept and why (document ids only)

    class Meta:
        table_name = "import_run"


class ImportUndo(BaseModel):
    """The undo journal of a running import, committed with each of its chunks.

    ``kind``: ``insert`` (documents ``row_id``..``row_to`` added), ``update`` (``before`` holds
    the row's stored columns as JSON, ``after`` the ``updated_at`` the run wrote),
    ``relation_new`` (relation ``row_id`` added), ``relation_note`` (its note before).
    """

    id = AutoField()
    run = ForeignKeyField(ImportRun, backref="journal", on_delete="CASCADE", index=True)
    kind = CharField(max_length=16)
    row_id = IntegerField()
    row_to = IntegerField(null=True)
    before = TextField(null=True)
    after = CharField(max_length=32, null=True)

    class Meta:
        table_name = "import_undo"


MODELS: list[type[BaseModel]] = [
    Officer, Visitor, Visit, Document, VisitConsultation, IdScan, DocumentRelation, Attachment,
    Copy, LoanRule, Holiday, Counter, Loan, Return, LoanItem, AuditLog, Setting,
    VisitSelection, LoanRenewal, LoanOverride, Reminder, SkmResponse, ImportRun, ImportUndo,
    PrivacyNotice, VisitBookField,
]
