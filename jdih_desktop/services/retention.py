"""The retention period of the visit book (UU 27/2022): personal data is not kept for ever.

The privacy notice promises each visitor that their personal data is kept
``visit_book.retention_years`` years after their last visit and then removed. This service keeps
that promise when an officer runs it (Pengaturan → Hapus data pribadi lama…, or
``jdih-desktop retention``):

* **Who.** A visitor whose most recent visit (any status: closed, cancelled or open) arrived
  *more than* ``retention_years`` calendar years before the clock's now. A visitor with no visit
  at all counts from the day the row was created. The boundary is strict: a last visit exactly
  ``retention_years`` years ago is kept until the next run.
* **Who not.** A visitor with a loan not fully returned (status ``open`` or ``partial``) is
  skipped: the receipt still names a person who owes the library a document. A visitor with a
  visit still in progress is skipped too (the wizard would resume it with an erased form). Both
  are listed with the reason and are taken at a later run once the loan or visit is done.
* **What is removed.** On the ``Visitor`` row: full name (replaced by
  ``Pengunjung dianonimkan #<id>``), identity number, institution, address, phone, e-mail and the
  search key of the name. On every visit of that visitor: the visit-book signature and the
  handover signature (step 7). Deleted outright: the identity-card scans (``IdScan``) and the
  photos and scans attached to the visit's documentation (box 9; attachments tied to a
  catalogue document are catalogue data and stay).
* **What stays.** The rows themselves, so every figure of a past report is unchanged: visits
  with their times, steps, status, purpose, rating, officer's notes and consultations; the
  visitor's category and identity *type*; loans, items, receipt and slip numbers, returns.
  Reports count visits and distinct visitor rows, never names.

The commit works in short transactions (``store.chunked``: each holds the write lock about
0.15 s, so a desk save during a run over years of visits waits well under a second). The plan
is computed first without the lock (a preview may be stale); each chunk then checks its
visitors again inside its own transaction (a visit or a loan may have started meanwhile),
erases them, stamps ``Visitor.anonymised_at`` and writes one ``AuditLog`` row
(``visitor.anonymise``) naming exactly the visitor ids of that chunk. So what is committed is
always complete and logged, a run cut short (a crash, a power cut) leaves no half-erased
visitor, and the next run - like a second run - takes only what is left. A row anonymised
earlier whose data was filled in again afterwards (``updated_at`` later than the stamp) is a
candidate again. On SQLite the commit runs with ``PRAGMA secure_delete`` so the freed pages
holding the removed images and text are overwritten, not only unlinked, and ends with a WAL
checkpoint with truncate. Backups taken before the run still hold the old data until they are
deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from peewee import SQL, Case, Field, Select, SqliteDatabase, fn

from jdih_desktop.config import AppConfig
from jdih_desktop.errors import JdihError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, sentence
from jdih_desktop.services import audit
from jdih_desktop.services.session import ADMIN_ONLY, requires
from jdih_desktop.services.visits import mask_id
from jdih_desktop.store.chunked import BUDGET_S, GAP_S, ChunkedWriter
from jdih_desktop.store.models import (
    Attachment,
    IdScan,
    Loan,
    Visit,
    Visitor,
    database_proxy,
)

log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]
ANONYMOUS_NAME = "Pengunjung dianonimkan #{id}"
AUDIT_ACTION = "visitor.anonymise"
_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits
_STEP = 100  # visitors checked and erased per step of a chunk (~60 ms; a chunk is time-bounded)
_CHECKPOINT_TRIES = 8  # the final WAL truncate, tried again while a desk is saving
_SCAN_STEP = 200  # expired identity-card scans deleted per step


class RetentionError(JdihError):
    """The retention run cannot be done (bad configuration, database refused)."""


@dataclass(frozen=True)
class AnonymiseCandidate:
    """A visitor whose personal data is (or was) removed, with what goes with it."""

    visitor_id: int
    full_name: str
    masked_id: str
    last_visit: dt.datetime | None
    visits: int
    id_scans: int
    signatures: int
    attachments: int


@dataclass(frozen=True)
class SkippedVisitor:
    """A visitor past the retention period who is kept for now, and why (Indonesian)."""

    visitor_id: int
    full_name: str
    last_visit: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class RetentionPlan:
    """What a run would do (``committed`` False) or did (True)."""

    now: dt.datetime
    cutoff: dt.datetime
    retention_years: int
    candidates: tuple[AnonymiseCandidate, ...] = ()
    skipped: tuple[SkippedVisitor, ...] = ()
    committed: bool = False
    audit_id: int | None = None
    already_anonymised: int = 0
    # Identity-card scans older than ``id_scan_retention_days`` (erased whatever the visitor).
    expired_id_scans: int = 0
    scan_cutoff: dt.datetime | None = None
    # SQLite: the WAL was checkpointed and truncated after the run (erased bytes left no copy).
    wal_truncated: bool | None = None

    @property
    def visitors(self) -> int:
        return len(self.candidates)

    @property
    def id_scans(self) -> int:
        return sum(c.id_scans for c in self.candidates)

    @property
    def signatures(self) -> int:
        return sum(c.signatures for c in self.candidates)

    @property
    def attachments(self) -> int:
        return sum(c.attachments for c in self.candidates)


def years_before(moment: dt.datetime, years: int) -> dt.datetime:
    """The same calendar moment ``years`` earlier (29 February falls back to the 28th)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


class RetentionService:
    """Find visitors past the retention period and remove their personal data."""

    def __init__(self, config: AppConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        # Who is on duty, when the caller names no officer (set by the Services container).
        self.officer_source: Callable[[], int | None] | None = None
        # How long one chunk may hold the write lock, and the pause after it (store.chunked).
        # Twice the import's budget: a run has no file to read between chunks, so the gap is
        # idle time; a desk save still waits at most ~0.3 s + one 0.1 s busy-handler sleep.
        self.chunk_budget = 2 * BUDGET_S
        self.chunk_gap = GAP_S
        self.chunk_step = _STEP

    @property
    def retention_years(self) -> int:
        years = int(self.config.visit_book.retention_years)
        if years < 1:
            raise RetentionError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Lama penyimpanan di config.ini ([visit_book] retention_years = "
                    "%1) harus paling sedikit 1 tahun; tidak ada data yang diubah."),
                    params=(years,))
        return years

    # ------------------------------------------------------------------ public
    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "melihat data pribadi yang akan dihapus"))
    def preview(self) -> RetentionPlan:
        """Dry run: who would be anonymised and who is kept, with counts. Writes nothing."""
        return self._plan(self.clock())

    @property
    def id_scan_days(self) -> int:
        days = int(getattr(self.config.visit_book, "id_scan_retention_days", 30))
        if days < 1:
            raise RetentionError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Lama penyimpanan pindaian identitas di config.ini ([visit_book] "
                    "id_scan_retention_days = %1) harus paling sedikit 1 hari; tidak "
                    "ada data yang diubah."),
                    params=(days,))
        return days

    @requires(ADMIN_ONLY, QT_TRANSLATE_NOOP("Messages", "menghapus data pribadi pengunjung"),
              scope="retention")
    def commit(self, officer_id: int | None = None) -> RetentionPlan:
        """Anonymise everyone due and erase expired ID scans, in one transaction, log it, and
        (SQLite) checkpoint the WAL with truncate, so the erased bytes are gone from the file
        and its WAL when this returns, even while the app stays open."""
        plan = self._commit(officer_id)
        db = database_proxy.obj
        if isinstance(db, SqliteDatabase):
            # A desk saving at that moment can keep the checkpoint from finishing (it needs a
            # moment with no reader in the WAL): a few tries, a short pause between them.
            for attempt in range(_CHECKPOINT_TRIES):
                if attempt:
                    time.sleep(0.25)
                row = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                truncated = bool(row) and int(row[0]) == 0
                if truncated:
                    break
            if not truncated:
                log.warning("retention: WAL checkpoint blocked by a reader (%s); the next run "
                            "truncates it", row)
            plan = replace(plan, wal_truncated=truncated)
        return plan

    def _commit(self, officer_id: int | None) -> RetentionPlan:
        now = self.clock()
        db = database_proxy.obj
        secure = isinstance(db, SqliteDatabase)
        if officer_id is None and self.officer_source is not None:
            officer_id = self.officer_source()
        if secure:  # this connection overwrites what it frees while the run lasts
            db.execute_sql("PRAGMA secure_delete = ON")
        writer = ChunkedWriter(db, budget=self.chunk_budget, gap=self.chunk_gap)
        try:
            plan = self._plan(now)  # read only: each chunk checks its visitors again
            scan_cutoff = now - dt.timedelta(days=self.id_scan_days)
            expired = self._expire_scans(writer, scan_cutoff, officer_id, now)
            plan = replace(plan, expired_id_scans=expired, scan_cutoff=scan_cutoff)
            done, skipped, audit_id = self._anonymise(
                writer, [c.visitor_id for c in plan.candidates], plan, officer_id, now)
        except BaseException:
            writer.rollback()  # the open chunk only: committed chunks are whole and logged
            raise
        finally:
            if secure:
                db.execute_sql("PRAGMA secure_delete = OFF")
        # The result names nobody: it may end up in a log or on a screen.
        named_off = tuple(replace(c, full_name=ANONYMOUS_NAME.format(id=c.visitor_id),
                                  masked_id="") for c in done)
        return replace(plan, candidates=named_off, skipped=plan.skipped + skipped,
                       committed=True, audit_id=audit_id)

    def _expire_scans(self, writer: ChunkedWriter, cutoff: dt.datetime,
                      officer_id: int | None, now: dt.datetime) -> int:
        """Delete identity-card scans of visits before ``cutoff``; one audit row per chunk."""
        old = Visit.select(Visit.id).where(Visit.arrived_at < cutoff)
        ids = [i for (i,) in IdScan.select(IdScan.id).where(IdScan.visit.in_(old)).tuples()]
        total = 0
        while ids:
            writer.begin()
            gone = 0
            while ids:  # at least one step per chunk, more while the budget lasts
                step, ids = ids[:_SCAN_STEP], ids[_SCAN_STEP:]
                gone += int(IdScan.delete().where(IdScan.id.in_(step)).execute() or 0)
                if writer.due():
                    break
            if gone:
                audit.record("idscan.expire", "id_scan", None,
                             {"id_scans": gone, "days": self.id_scan_days},
                             officer=officer_id, at=now)
            writer.commit()
            total += gone
        return total

    def _anonymise(self, writer: ChunkedWriter, ids: list[int], plan: RetentionPlan,
                   officer_id: int | None, now: dt.datetime
                   ) -> tuple[list[AnonymiseCandidate], tuple[SkippedVisitor, ...], int | None]:
        """Erase the planned visitors chunk by chunk; each chunk re-checks its visitors in its
        own transaction and logs exactly whom it erased."""
        planned = {c.visitor_id: c for c in plan.candidates}
        done: list[AnonymiseCandidate] = []
        late_skips: list[SkippedVisitor] = []
        first_audit: int | None = None
        while ids:
            writer.begin()
            erased: list[AnonymiseCandidate] = []
            while ids:  # at least one step per chunk, more while the budget lasts
                step, ids = ids[:self.chunk_step], ids[self.chunk_step:]
                still = self._still_due(now, step)  # a visit or a loan may have started
                gone = [i for i in step if i not in still]
                if gone:  # rare: why each one is kept now
                    late_skips.extend(self._plan(now, only=gone).skipped)
                if still:
                    ready = [i for i in step if i in still]
                    self._erase(ready, now)
                    # the counts as planned, before the expired scans went (as a preview says)
                    erased.extend(planned[i] for i in ready)
                if writer.due():
                    break
            if erased:
                entry = audit.record(
                    at=now, officer=officer_id, action=AUDIT_ACTION, entity="visitor",
                    entity_id=erased[0].visitor_id if len(erased) == 1 else None,
                    detail=json.dumps({
                        "retention_years": plan.retention_years,
                        "cutoff": plan.cutoff.isoformat(sep=" "),
                        "visitors": [c.visitor_id for c in erased],
                        "id_scans": sum(c.id_scans for c in erased),
                        "signatures": sum(c.signatures for c in erased),
                        "attachments": sum(c.attachments for c in erased),
                        # who is kept and why: said once, in the run's first entry
                        "skipped": ([[s.visitor_id, s.reason] for s in plan.skipped]
                                    if first_audit is None else []),
                    }, ensure_ascii=False, sort_keys=True))
                if first_audit is None:
                    first_audit = int(entry.id)
                done.extend(erased)
            writer.commit()
        return done, tuple(late_skips), first_audit

    # ------------------------------------------------------------------ internals
    def _plan(self, now: dt.datetime, only: list[int] | None = None) -> RetentionPlan:
        """Who is due at ``now``; ``only``: just these visitors (a chunk's re-check)."""
        years = self.retention_years
        cutoff = years_before(now, years)
        pending = Visitor.anonymised_at.is_null() | (Visitor.updated_at > Visitor.anonymised_at)
        recent = Visit.select(SQL("1")).where(
            (Visit.visitor == Visitor.id) & (Visit.arrived_at >= cutoff))
        any_visit = Visit.select(SQL("1")).where(Visit.visitor == Visitor.id)
        where = (pending & ~fn.EXISTS(recent)
                 & (fn.EXISTS(any_visit) | (Visitor.created_at < cutoff)))
        if only is not None:
            where = where & Visitor.id.in_(only)
        due = (Visitor.select(Visitor.id, Visitor.full_name, Visitor.id_type,
                              Visitor.id_number)
               .where(where).order_by(Visitor.id).tuples())
        rows = list(due)
        already = 0 if only is not None else Visitor.select().where(~pending).count()
        ids = [r[0] for r in rows]
        last = self._grouped(ids, Visit.select(Visit.visitor, fn.MAX(Visit.arrived_at)),
                             Visit.visitor)
        visits = self._grouped(ids, Visit.select(Visit.visitor, fn.COUNT(Visit.id)),
                               Visit.visitor)
        open_loans = self._open_loans(ids)
        open_visits = self._grouped(
            ids, Visit.select(Visit.visitor, fn.MIN(Visit.id)).where(Visit.status == "open"),
            Visit.visitor)
        keep_ids = [i for i in ids if i not in open_loans and i not in open_visits]
        scans = self._grouped(
            keep_ids, IdScan.select(Visit.visitor, fn.COUNT(IdScan.id))
            .join(Visit, on=(IdScan.visit == Visit.id)), Visit.visitor)
        signed = self._grouped(
            keep_ids, Visit.select(Visit.visitor, fn.SUM(
                Case(None, [(Visit.signature_png.is_null(False), 1)], 0)
                + Case(None, [(Visit.handover_signature_png.is_null(False), 1)], 0))),
            Visit.visitor)
        attached = self._grouped(
            keep_ids, Attachment.select(Visit.visitor, fn.COUNT(Attachment.id))
            .join(Visit, on=(Attachment.visit == Visit.id))
            .where(Attachment.document.is_null()), Visit.visitor)
        candidates, skipped = [], []
        for vid, name, id_type, id_number in rows:
            last_visit = _as_datetime(last.get(vid))
            if vid in open_loans:
                skipped.append(SkippedVisitor(
                    vid, name, last_visit,
                    sentence(QT_TRANSLATE_NOOP(
                        "Messages", "masih ada pinjaman yang belum dikembalikan (bukti %1)"),
                        ", ".join(open_loans[vid]))))
            elif vid in open_visits:
                skipped.append(SkippedVisitor(
                    vid, name, last_visit,
                    sentence(QT_TRANSLATE_NOOP(
                        "Messages", "kunjungan nomor %1 masih berlangsung"), open_visits[vid])))
            else:
                candidates.append(AnonymiseCandidate(
                    vid, name, mask_id(id_number, id_type or "nik"), last_visit,
                    int(visits.get(vid, 0)), int(scans.get(vid, 0)),
                    int(signed.get(vid) or 0), int(attached.get(vid, 0))))
        return RetentionPlan(now=now, cutoff=cutoff, retention_years=years,
                             candidates=tuple(candidates), skipped=tuple(skipped),
                             already_anonymised=already)

    def _still_due(self, now: dt.datetime, ids: list[int]) -> set[int]:
        """Of ``ids``, those still due and free (no open loan, no visit in progress): the
        chunk's check, one query, inside the chunk's transaction."""
        cutoff = years_before(now, self.retention_years)
        pending = Visitor.anonymised_at.is_null() | (Visitor.updated_at > Visitor.anonymised_at)
        recent = Visit.select(SQL("1")).where(
            (Visit.visitor == Visitor.id) & (Visit.arrived_at >= cutoff))
        any_visit = Visit.select(SQL("1")).where(Visit.visitor == Visitor.id)
        open_visit = Visit.select(SQL("1")).where(
            (Visit.visitor == Visitor.id) & (Visit.status == "open"))
        open_loan = Loan.select(SQL("1")).where(
            (Loan.visitor == Visitor.id) & (Loan.status != "returned"))
        q = Visitor.select(Visitor.id).where(
            Visitor.id.in_(ids) & pending & ~fn.EXISTS(recent)
            & (fn.EXISTS(any_visit) | (Visitor.created_at < cutoff))
            & ~fn.EXISTS(open_visit) & ~fn.EXISTS(open_loan))
        return {int(i) for (i,) in q.tuples()}

    @staticmethod
    def _grouped(ids: list[int], query: Select, key: Field) -> dict[int, object]:
        """``{visitor id: value}`` of a two-column query grouped by visitor, over chunks."""
        out: dict[int, object] = {}
        for chunk in _chunks(ids):
            for vid, value in query.where(key.in_(chunk)).group_by(key).tuples():
                out[int(vid)] = value
        return out

    @staticmethod
    def _open_loans(ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for chunk in _chunks(ids):
            q = (Loan.select(Loan.visitor, Loan.receipt_number)
                 .where(Loan.visitor.in_(chunk) & (Loan.status != "returned"))
                 .order_by(Loan.id).tuples())
            for vid, receipt in q:
                out.setdefault(int(vid), []).append(receipt)
        return out

    @staticmethod
    def _erase(ids: list[int], now: dt.datetime) -> None:
        their_visits = Visit.select(Visit.id).where(Visit.visitor.in_(ids))
        IdScan.delete().where(IdScan.visit.in_(their_visits)).execute()
        Attachment.delete().where(Attachment.visit.in_(their_visits)
                                  & Attachment.document.is_null()).execute()
        Visit.update(signature_png=None, handover_signature_png=None).where(
            Visit.visitor.in_(ids)
            & (Visit.signature_png.is_null(False)
               | Visit.handover_signature_png.is_null(False))).execute()
        # The office's own visit-book answers (issue 15) may hold personal data: they go too.
        Visit.update(custom_fields=None).where(
            Visit.visitor.in_(ids) & Visit.custom_fields.is_null(False)).execute()
        for vid in ids:
            Visitor.update(full_name=ANONYMOUS_NAME.format(id=vid), id_number=None,
                           institution=None, address=None, phone=None, email=None,
                           name_search="", ktp_name=None, ktp_search=None, updated_at=now,
                           anonymised_at=now).where(Visitor.id == vid).execute()


def _as_datetime(value: object) -> dt.datetime | None:
    """MAX() over a datetime column: peewee converts it on most paths; strings are parsed."""
    if value is None or isinstance(value, dt.datetime):
        return value  # type: ignore[return-value]
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def summary_lines(plan: RetentionPlan) -> Iterable[str]:
    """The plan or result as plain Indonesian lines (CLI output; the dialog builds its own)."""
    head = "Dianonimkan" if plan.committed else "Akan dianonimkan"
    yield (f"Lama penyimpanan {plan.retention_years} tahun: kunjungan terakhir sebelum "
           f"{plan.cutoff:%d-%m-%Y %H.%M}.")
    if plan.committed and plan.scan_cutoff is not None:
        yield (f"Pindaian identitas dari kunjungan sebelum {plan.scan_cutoff:%d-%m-%Y}: "
               f"{plan.expired_id_scans} dihapus.")
    yield (f"{head}: {plan.visitors} pengunjung; {plan.id_scans} pindaian identitas, "
           f"{plan.signatures} tanda tangan, {plan.attachments} lampiran kunjungan dihapus."
           if plan.committed else
           f"{head}: {plan.visitors} pengunjung; {plan.id_scans} pindaian identitas, "
           f"{plan.signatures} tanda tangan, {plan.attachments} lampiran kunjungan akan "
           "dihapus.")
    for c in plan.candidates:
        last = f"{c.last_visit:%d-%m-%Y}" if c.last_visit else "-"
        ident = f" ({c.masked_id})" if c.masked_id else ""
        yield f"  #{c.visitor_id} {c.full_name}{ident}, kunjungan terakhir {last}, " \
              f"{c.visits} kunjungan"
    if plan.skipped:
        yield f"Tidak dianonimkan: {len(plan.skipped)} pengunjung."
        for s in plan.skipped:
            yield f"  #{s.visitor_id} {s.full_name}: {s.reason}"
    if plan.already_anonymised:
        yield f"Sudah dianonimkan sebelumnya: {plan.already_anonymised} pengunjung."
