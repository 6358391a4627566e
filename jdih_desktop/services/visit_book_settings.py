"""Pengaturan → Buku kunjungan: the visit book is set in the app, not in a file.

SOP No. 9/2022 is reviewed twice a year, and each review may change what the visit book asks.
An administrator chooses which built-in fields are shown and which are required (the name is
always both), adds the office's own fields (text, a choice among options, or yes/no; required
or not) and retires them rather than deleting them, and edits the privacy notice: every
published text is a new version kept with its date and who published it.

A visit stores the notice version its visitor consented to and the own fields as filled, with
their labels (``Visit.privacy_notice``, ``Visit.custom_fields``), so an old visit keeps the form
and the notice it was made with whatever the settings say later.

Until an administrator saves the fields, ``config.ini``'s ``[visit_book] required`` is the
starting point (every built-in field shown); until a notice is published, the built-in text of
``config.PRIVACY_NOTICE_VERSION`` applies (rendered by the visit-book form).

Writes need the administrator; every change is audited (``services/audit.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.config import AppConfig
from jdih_desktop.errors import JdihError
from jdih_desktop.services import audit
from jdih_desktop.services.session import ADMIN_ONLY, READ, Session, requires
from jdih_desktop.store.models import Officer, PrivacyNotice, VisitBookField, database_proxy

Clock = Callable[[], dt.datetime]

# Kept in step with services.visits.FORM_FIELDS / FIELD_LABELS (imported lazily there: visits
# imports this module's loader, and this module must not import visits at load time).
BUILTIN_FIELDS: tuple[str, ...] = ("full_name", "ktp_name", "id_type", "id_number",
                                   "institution", "address", "phone", "email", "category",
                                   "purpose_category", "purpose")
ALWAYS_REQUIRED = "full_name"  # the visit book is a book of names: never hidden, never optional
KINDS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("VisitBookSettings", "Teks"),
    "choice": QT_TRANSLATE_NOOP("VisitBookSettings", "Pilihan"),
    "yesno": QT_TRANSLATE_NOOP("VisitBookSettings", "Ya / tidak"),
}
YES, NO = "ya", "tidak"
LABEL_MAX = 80
OPTION_MAX = 80
OPTIONS_MAX = 20
TEXT_VALUE_MAX = 200
NOTICE_MIN = 40
NOTICE_MAX = 20000


class VisitBookSettingsError(JdihError):
    """A setting cannot be saved as given; the message says what to change. Nothing is saved."""


@dataclass(frozen=True)
class FieldSetting:
    """One field of the visit book: built-in (label from ``FIELD_LABELS``) or the office's own."""

    key: str
    kind: str  # "builtin", "text", "choice", "yesno"
    label: str
    shown: bool = True
    required: bool = False
    options: tuple[str, ...] = ()
    position: int = 0
    retired: bool = False
    label_en: str = ""  # the office's own field in English ("" : the label is shown)

    @property
    def builtin(self) -> bool:
        return self.kind == "builtin"


@dataclass(frozen=True)
class NoticeVersion:
    """One version of the privacy notice. ``builtin``: the program's own text (no row)."""

    id: int | None
    version: str
    text: str = ""
    text_en: str = ""
    published_at: dt.datetime | None = None
    published_by: str = ""

    @property
    def builtin(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class VisitBookSetup:
    """The visit book as set now: every field in order (retired own fields last) and the
    notice in force. Plain data: a page holds it without touching the database."""

    fields: tuple[FieldSetting, ...]
    notice: NoticeVersion
    saved: bool = False  # False: config.ini's defaults (nothing saved in the app yet)

    def get(self, key: str) -> FieldSetting | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def shown(self) -> tuple[FieldSetting, ...]:
        """The fields the form shows, in order."""
        return tuple(f for f in self.fields if f.shown and not f.retired)

    @property
    def shown_keys(self) -> frozenset[str]:
        return frozenset(f.key for f in self.shown)

    @property
    def required_keys(self) -> frozenset[str]:
        return frozenset(f.key for f in self.shown if f.required)

    @property
    def custom(self) -> tuple[FieldSetting, ...]:
        """The office's own fields the form shows."""
        return tuple(f for f in self.shown if not f.builtin)


@dataclass(frozen=True)
class FieldChange:
    """The dialog's answer for one field: shown, required, its place in the form."""

    key: str
    shown: bool
    required: bool
    position: int


@dataclass
class CustomValues:
    """The own fields as filled: stored values (with labels) and per-field problems, each a
    marked template and its values."""

    values: list[dict[str, str]] = field(default_factory=list)
    errors: dict[str, tuple] = field(default_factory=dict)


def builtin_label(key: str) -> str:
    from jdih_desktop.services.visits import FIELD_LABELS

    return FIELD_LABELS[key]


def builtin_notice(config: AppConfig) -> NoticeVersion:
    return NoticeVersion(None, config.visit_book.privacy_notice_version)


def default_setup(config: AppConfig) -> VisitBookSetup:
    """The visit book from ``config.ini`` alone (nothing saved in the app yet)."""
    required = set(config.visit_book.required) | {ALWAYS_REQUIRED}
    fields = tuple(FieldSetting(k, "builtin", builtin_label(k), True, k in required,
                                position=i) for i, k in enumerate(BUILTIN_FIELDS))
    return VisitBookSetup(fields, builtin_notice(config))


def _notice(row: PrivacyNotice) -> NoticeVersion:
    who = ""
    if row.published_by_id:
        officer = Officer.get_or_none(Officer.id == row.published_by_id)
        who = officer.full_name if officer else ""
    return NoticeVersion(row.id, row.version, row.text, row.text_en or "", row.published_at,
                         who)


def load_notice(config: AppConfig, notice_id: int | None, version: str | None = None
                ) -> NoticeVersion:
    """The notice a visit was made with: its stored row, else the built-in text of its
    version (visits made before notices were set in the app)."""
    if notice_id is not None:
        row = PrivacyNotice.get_or_none(PrivacyNotice.id == notice_id)
        if row is not None:
            return _notice(row)
    return NoticeVersion(None, version or config.visit_book.privacy_notice_version)


def load_setup(config: AppConfig) -> VisitBookSetup:
    """The visit book as set in the database (``default_setup`` for what is not saved)."""
    rows = {r.key: r for r in VisitBookField.select()}
    base = default_setup(config)
    fields: list[FieldSetting] = []
    for f in base.fields:
        r = rows.get(f.key)
        if r is None:
            fields.append(f)
        else:
            keep = f.key == ALWAYS_REQUIRED
            fields.append(FieldSetting(f.key, "builtin", f.label, r.shown or keep,
                                       (r.required or keep) and (r.shown or keep),
                                       position=r.position))
    for r in rows.values():
        if r.kind == "builtin":
            continue
        fields.append(FieldSetting(r.key, r.kind, r.label or r.key, bool(r.shown),
                                   bool(r.required) and bool(r.shown),
                                   tuple(json.loads(r.options or "[]")), r.position,
                                   r.retired_at is not None, r.label_en or ""))
    fields.sort(key=lambda f: (f.retired, f.position))
    latest = PrivacyNotice.select().order_by(PrivacyNotice.published_at.desc(),
                                             PrivacyNotice.id.desc()).first()
    notice = _notice(latest) if latest is not None else builtin_notice(config)
    return VisitBookSetup(tuple(fields), notice, saved=bool(rows) or latest is not None)


def check_custom(raw: Mapping[str, object], setup: VisitBookSetup) -> CustomValues:
    """Clean and check the own fields the form shows; each problem names its field."""
    out = CustomValues()
    for f in setup.custom:
        value = raw.get(f.key, "")
        text = " ".join(("" if value is None else str(value)).split())
        if not text:
            if f.required:
                out.errors[f.key] = (
                    QT_TRANSLATE_NOOP("Messages", "%1 wajib dijawab — pilih Ya atau Tidak.")
                    if f.kind == "yesno"
                    else QT_TRANSLATE_NOOP("Messages", "%1 wajib dipilih salah satu.")
                    if f.kind == "choice"
                    else QT_TRANSLATE_NOOP("Messages", "%1 wajib diisi."), f.label)
            continue
        if f.kind == "text" and _forbidden(text):
            out.errors[f.key] = (QT_TRANSLATE_NOOP(
                "Messages", "%1 berisi karakter kendali atau pengarah teks yang tidak diizinkan "
                "— hapus isinya lalu ketik ulang."), f.label)
            continue
        if f.kind == "text" and len(text) > TEXT_VALUE_MAX:
            out.errors[f.key] = (QT_TRANSLATE_NOOP(
                "Messages", "%1 terlalu panjang: %2 karakter, paling banyak %3."),
                f.label, len(text), TEXT_VALUE_MAX)
            continue
        if f.kind == "choice" and text not in f.options:
            out.errors[f.key] = (QT_TRANSLATE_NOOP(
                "Messages", "%1: pilihan tidak dikenal — pilih dari daftar."), f.label)
            continue
        if f.kind == "yesno" and text not in (YES, NO):
            out.errors[f.key] = (QT_TRANSLATE_NOOP("Messages", "%1: jawab Ya atau Tidak."),
                                 f.label)
            continue
        out.values.append({"key": f.key, "label": f.label, "kind": f.kind, "value": text})
    return out


def _forbidden(text: str) -> bool:
    from jdih_desktop.services.visits import _has_forbidden_chars

    return _has_forbidden_chars(text, False)


def next_version(day: dt.date, taken: Iterable[str]) -> str:
    """The version of a notice published on ``day``: ``2027-06-30``, then ``2027-06-30.2``…"""
    used = set(taken)
    base = day.isoformat()
    if base not in used:
        return base
    n = 2
    while f"{base}.{n}" in used:
        n += 1
    return f"{base}.{n}"


def _clean_label(label: str) -> str:
    return " ".join((label or "").split())


class VisitBookSettingsService:
    """Reading and changing the visit book's settings. ``on_change(setup)`` tells the visit
    service (same process) so new forms and validation use the new settings at once."""

    def __init__(self, config: AppConfig, clock: Clock, session: Session | None = None,
                 on_change: Callable[[VisitBookSetup], None] | None = None) -> None:
        self.config = config
        self.clock = clock
        self.session = session or Session()
        self.on_change = on_change

    # -- reading
    @requires(READ, "membaca pengaturan buku kunjungan")
    def setup(self) -> VisitBookSetup:
        return load_setup(self.config)

    @requires(READ, "membaca pemberitahuan privasi")
    def notices(self) -> list[NoticeVersion]:
        """Every version, newest first; the built-in text last (it applied before the first)."""
        rows = PrivacyNotice.select().order_by(PrivacyNotice.published_at.desc(),
                                               PrivacyNotice.id.desc())
        return [_notice(r) for r in rows] + [builtin_notice(self.config)]

    # -- fields
    @requires(ADMIN_ONLY, "mengubah isian buku kunjungan")
    def save_fields(self, changes: Sequence[FieldChange]) -> VisitBookSetup:
        """Shown/required/order of the fields; the name stays shown and required."""
        current = load_setup(self.config)
        known = {f.key: f for f in current.fields}
        for c in changes:
            f = known.get(c.key)
            if f is None:
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages",
                    "Isian '%1' tidak dikenal — muat ulang pengaturan."), params=(c.key,))
            if c.key == ALWAYS_REQUIRED and not (c.shown and c.required):
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 selalu tampil dan wajib diisi: buku kunjungan adalah daftar nama "
                    "pengunjung."), params=(f.label,))
            if c.required and not c.shown:
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 disembunyikan tetapi ditandai wajib — tampilkan isian itu atau hapus "
                    "tanda wajibnya."), params=(f.label,))
        now = self.clock()
        diff: dict[str, object] = {}
        with database_proxy.atomic():
            for c in changes:
                f = known[c.key]
                row = VisitBookField.get_or_none(VisitBookField.key == c.key)
                if row is None:
                    row = VisitBookField(key=c.key, kind="builtin", created_at=now)
                if row.id is None or (row.shown, row.required, row.position) != (
                        c.shown, c.required, c.position):
                    if (f.shown, f.required) != (c.shown, c.required):
                        diff[c.key] = {"shown": c.shown, "required": c.required}
                    row.shown, row.required, row.position = c.shown, c.required, c.position
                    row.save()
            # Built-in fields the dialog did not send keep their current state, stored, so
            # config.ini no longer decides them.
            for f in current.fields:
                if f.builtin and not VisitBookField.select().where(
                        VisitBookField.key == f.key).exists():
                    VisitBookField.create(key=f.key, kind="builtin", shown=f.shown,
                                          required=f.required, position=f.position,
                                          created_at=now)
            self._audit("visit_book.fields", None, {"changed": diff})
        return self._changed()

    @requires(ADMIN_ONLY, "menambah isian buku kunjungan")
    def add_field(self, label: str, kind: str, options: Sequence[str] = (),
                  required: bool = False, label_en: str = "") -> VisitBookSetup:
        """A new own field at the end of the form (shown); ``label_en`` for a visitor who
        chose English on their screen (optional)."""
        label, label_en = _clean_label(label), _clean_label(label_en)
        opts = self._check_field(label, kind, options)
        self._check_english(label_en)
        current = load_setup(self.config)
        position = max((f.position for f in current.fields), default=0) + 1
        with database_proxy.atomic():
            row = VisitBookField.create(key=f"tmp-{self.clock().timestamp()}", kind=kind,
                                        label=label, label_en=label_en or None,
                                        options=json.dumps(opts, ensure_ascii=False),
                                        shown=True, required=bool(required), position=position,
                                        created_at=self.clock())
            row.key = f"extra_{row.id}"
            row.save()
            self._audit("visit_book.field_add", row.id, {
                "key": row.key, "label": label, "label_en": label_en, "kind": kind,
                "options": opts, "required": bool(required)})
        return self._changed()

    @requires(ADMIN_ONLY, "mengubah isian buku kunjungan")
    def edit_field(self, key: str, label: str, options: Sequence[str] = (),
                   label_en: str = "") -> VisitBookSetup:
        """A corrected label or list of choices; visits already made keep what they showed."""
        row = self._own_row(key)
        label, label_en = _clean_label(label), _clean_label(label_en)
        opts = self._check_field(label, row.kind, options, except_key=key)
        self._check_english(label_en)
        with database_proxy.atomic():
            before = {"label": row.label, "label_en": row.label_en or "",
                      "options": json.loads(row.options or "[]")}
            row.label = label
            row.label_en = label_en or None
            row.options = json.dumps(opts, ensure_ascii=False)
            row.save()
            self._audit("visit_book.field_edit", row.id, {
                "key": key, "before": before, "label": label, "label_en": label_en,
                "options": opts})
        return self._changed()

    @requires(ADMIN_ONLY, "memensiunkan isian buku kunjungan")
    def retire_field(self, key: str) -> VisitBookSetup:
        """The own field leaves the form; visits that have it keep its label and value."""
        row = self._own_row(key)
        if row.retired_at is not None:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages", "Isian %1 sudah dipensiunkan."), params=(row.label,))
        with database_proxy.atomic():
            row.retired_at = self.clock()
            row.save()
            self._audit("visit_book.field_retire", row.id, {"key": key, "label": row.label})
        return self._changed()

    @requires(ADMIN_ONLY, "mengaktifkan lagi isian buku kunjungan")
    def restore_field(self, key: str) -> VisitBookSetup:
        row = self._own_row(key)
        if row.retired_at is None:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP("Messages", "Isian %1 masih aktif."),
                                         params=(row.label,))
        self._check_field(row.label or "", row.kind, json.loads(row.options or "[]"),
                          except_key=key)
        with database_proxy.atomic():
            row.retired_at = None
            row.save()
            self._audit("visit_book.field_restore", row.id, {"key": key, "label": row.label})
        return self._changed()

    # -- the privacy notice
    @requires(ADMIN_ONLY, "menerbitkan pemberitahuan privasi")
    def publish_notice(self, text: str, text_en: str = "") -> VisitBookSetup:
        """A new version of the notice; it applies to visits whose book is filled from now on."""
        text = (text or "").strip().replace("\r\n", "\n")
        text_en = (text_en or "").strip().replace("\r\n", "\n")
        if len(text) < NOTICE_MIN:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Teks pemberitahuan privasi terlalu pendek (%1 karakter, paling sedikit %2): "
                "sebutkan tujuan, lama penyimpanan dan hak pengunjung."),
                params=(len(text), NOTICE_MIN))
        if len(text) > NOTICE_MAX or len(text_en) > NOTICE_MAX:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Teks pemberitahuan privasi terlalu panjang (paling banyak %1 karakter)."),
                params=(NOTICE_MAX,))
        current = load_setup(self.config).notice
        if not current.builtin and current.text == text and current.text_en == text_en:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Teksnya sama dengan versi %1 yang berlaku — ubah teksnya dahulu; versi baru "
                "hanya dibuat bila teks berubah."), params=(current.version,))
        now = self.clock()
        with database_proxy.atomic():
            taken = [v for (v,) in PrivacyNotice.select(PrivacyNotice.version).tuples()]
            taken.append(self.config.visit_book.privacy_notice_version)
            version = next_version(now.date(), taken)
            row = PrivacyNotice.create(version=version, text=text, text_en=text_en or None,
                                       published_at=now, published_by=self.session.officer_id)
            self._audit("privacy_notice.publish", row.id, {
                "version": version, "previous": current.version,
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "english": bool(text_en)})
        return self._changed()

    # -- internals
    def _own_row(self, key: str) -> VisitBookField:
        row = VisitBookField.get_or_none(VisitBookField.key == key)
        if row is None or row.kind == "builtin":
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Hanya isian tambahan kantor yang dapat diubah atau dipensiunkan; isian "
                "bawaan cukup disembunyikan."))
        return row

    @staticmethod
    def _check_english(label_en: str) -> None:
        if len(label_en) > LABEL_MAX:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages", "Nama isian dalam bahasa Inggris terlalu panjang: %1 karakter, "
                "paling banyak %2."), params=(len(label_en), LABEL_MAX))

    def _check_field(self, label: str, kind: str, options: Sequence[str],
                     except_key: str | None = None) -> list[str]:
        if kind not in KINDS:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Jenis isian '%1' tidak dikenal — pilih Teks, Pilihan atau Ya / tidak."),
                params=(kind,))
        if len(label) < 2 or not any(c.isalpha() for c in label):
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages",
                "Nama isian harus berisi huruf (paling sedikit 2 karakter), mis. \"Asal "
                "informasi layanan\"."))
        if len(label) > LABEL_MAX:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages", "Nama isian terlalu panjang: %1 karakter, paling banyak %2."),
                params=(len(label), LABEL_MAX))
        taken = {builtin_label(k).casefold() for k in BUILTIN_FIELDS}
        taken |= {(r.label or "").casefold() for r in VisitBookField.select().where(
            (VisitBookField.kind != "builtin") & VisitBookField.retired_at.is_null()
            & (VisitBookField.key != (except_key or "")))}
        if label.casefold() in taken:
            raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                "Messages", "Isian bernama \"%1\" sudah ada di buku kunjungan — pakai nama lain."),
                params=(label,))
        opts: list[str] = []
        if kind == "choice":
            for o in options:
                o = _clean_label(o)
                if o and o.casefold() not in {x.casefold() for x in opts}:
                    opts.append(o)
            if len(opts) < 2:
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages",
                    "Isian pilihan perlu paling sedikit 2 pilihan yang berbeda — tulis satu "
                    "pilihan per baris."))
            if len(opts) > OPTIONS_MAX:
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages",
                    "Paling banyak %1 pilihan (%2 ditulis)."),
                    params=(OPTIONS_MAX, len(opts)))
            long = next((o for o in opts if len(o) > OPTION_MAX), None)
            if long:
                raise VisitBookSettingsError(QT_TRANSLATE_NOOP(
                    "Messages", "Pilihan \"%1…\" terlalu panjang: paling banyak %2 karakter."),
                    params=(long[:30], OPTION_MAX))
        return opts

    def _changed(self) -> VisitBookSetup:
        setup = load_setup(self.config)
        if self.on_change is not None:
            self.on_change(setup)
        return setup

    def _audit(self, action: str, entity_id: int | None, detail: Mapping[str, object]) -> None:
        audit.record(action, "visit_book", entity_id, detail, officer=self.session.officer_id,
                     at=self.clock())
