"""The undo journal of a catalogue import committed in chunks (SQLite).

An import of a whole feed is all or nothing: after it the catalogue holds every row of the
file, or none. On SQLite one transaction for 100 000 rows would hold the file's only write lock
for tens of seconds and make every desk save fail, so the import commits in short chunks
(``store.chunked``) and each chunk commits, together with its rows, what is needed to take
them back out:

- ``insert``: the ids of the documents it added (a range: one chunk's rows get consecutive ids),
- ``update``: each updated document's stored columns before the change, and the
  ``updated_at`` the import wrote,
- ``relation_new`` / ``relation_note``: relations it added, a relation note it replaced.

When the import fails, is cancelled, or its process is killed, the journal is applied backwards
(also in chunks) and the catalogue is as before. A document that a desk changed (its
``updated_at`` is no longer the import's) or started to use (a copy, a consultation, an
attachment, a relation of its own) after the import wrote it is left as the desk has it, and
named in the result, never silently clobbered.

Who undoes a killed import: each run holds an OS file lock (``<database>.import-<token>.lock``)
for as long as its process lives; the kernel releases it when the process dies, SIGKILL
included. ``recover_interrupted_imports`` (at every open of the database and before the next
import) undoes each ``running`` run whose lock it can take, and leaves a live one alone.

During the run, the rows already committed are visible to the desks (a search may show them);
that is the price of not making the desks wait. What stays true is the end state.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from peewee import SqliteDatabase

from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, joined, sentence
from jdih_desktop.store.chunked import ChunkedWriter
from jdih_desktop.store.models import ImportRun, ImportUndo, database_proxy

log = logging.getLogger(__name__)

_PEEK = 60  # journal entries read per undo step
_SHOWN = 20  # document ids named in a sentence


def chunked_commit_applies(db: Any = None) -> bool:
    """True for a SQLite file: imports commit in chunks with an undo journal.

    PostgreSQL locks rows, not the database: a desk save never waits for an import there, so
    the import stays ONE transaction (the server rolls it back by itself after any failure or a
    killed process). An in-memory SQLite database has no second writer either.
    """
    db = db or database_proxy.obj
    return (isinstance(db, SqliteDatabase) and bool(db.database)
            and db.database != ":memory:" and "mode=memory" not in str(db.database))


class RunLock:
    """An exclusive OS lock on a small file, held while a run's process lives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process (or handle) holds it."""
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:  # pragma: no cover - closing releases it anyway
            pass
        fh.close()
        # another process may have it open meanwhile (Windows): harmless, it is only a name
        with contextlib.suppress(OSError):
            self.path.unlink()


def lock_path(db: Any, token: str) -> Path:
    base = Path(str(db.database))
    return base.with_name(f"{base.name}.import-{token}.lock")


@dataclass
class UndoResult:
    """What an undo did; ``kept`` lists documents left as a desk changed or uses them."""

    run_id: int
    removed: int = 0  # documents the import had added, removed again
    restored: int = 0  # documents the import had changed, put back as they were
    relations: int = 0  # relations (and notes) taken back
    kept_changed: list[int] = field(default_factory=list)
    kept_used: list[int] = field(default_factory=list)

    @property
    def kept(self) -> list[int]:
        return sorted(set(self.kept_changed) | set(self.kept_used))

    def sentence(self) -> str:
        """Indonesian: empty when everything was undone, else which documents stayed and why
        (a marked ``Sentence``: the UI shows it in the display language)."""
        kept = self.kept
        if not kept:
            return ""
        ids = ", ".join(f"#{i}" for i in kept[:_SHOWN])
        if len(kept) > _SHOWN:
            return sentence(QT_TRANSLATE_NOOP(
                "Messages", "%1 dokumen diubah atau dipakai di meja selama impor berjalan dan "
                "dibiarkan seperti adanya (%2 dan %3 lainnya); periksa dokumen itu."),
                len(kept), ids, len(kept) - _SHOWN)
        return sentence(QT_TRANSLATE_NOOP(
            "Messages", "%1 dokumen diubah atau dipakai di meja selama impor berjalan dan "
            "dibiarkan seperti adanya (%2); periksa dokumen itu."), len(kept), ids)

    def to_note(self) -> str:
        return json.dumps({"removed": self.removed, "restored": self.restored,
                           "relations": self.relations, "kept_changed": self.kept_changed,
                           "kept_used": self.kept_used}, sort_keys=True)

    @classmethod
    def from_note(cls, run_id: int, note: str | None) -> UndoResult:
        out = cls(run_id)
        if note:
            try:
                data = json.loads(note)
                out.removed = int(data.get("removed", 0))
                out.restored = int(data.get("restored", 0))
                out.relations = int(data.get("relations", 0))
                out.kept_changed = [int(i) for i in data.get("kept_changed", [])]
                out.kept_used = [int(i) for i in data.get("kept_used", [])]
            except (ValueError, TypeError, AttributeError):
                log.warning("import run %s: unreadable undo note", run_id)
        return out


def _raw_rows(db: Any, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Stored columns of documents, exactly as stored (strings for dates), by id."""
    if not ids:
        return {}
    marks = ", ".join([db.param] * len(ids))
    cursor = db.execute_sql(f"SELECT * FROM document WHERE id IN ({marks})", ids)
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


class ImportJournal:
    """One chunked import run: its lock, its chunks and their undo entries."""

    def __init__(self, db: Any, run: ImportRun, lock: RunLock, writer: ChunkedWriter) -> None:
        self.db = db
        self.run = run
        self.lock = lock
        self.writer = writer
        self._pending: list[tuple[str, int, int | None, str | None, str | None]] = []
        self.finished = False

    @classmethod
    def start(cls, *, fmt: str, fingerprint: str, stamp: str,
              writer: ChunkedWriter | None = None) -> ImportJournal:
        db = database_proxy.obj
        token = uuid.uuid4().hex
        lock = RunLock(lock_path(db, token))
        if not lock.acquire():  # pragma: no cover - a fresh random name
            raise OSError(f"lock {lock.path} is taken")
        try:
            run = ImportRun.create(token=token, state="running",
                                   started_at=dt.datetime.now().replace(microsecond=0),
                                   stamp=stamp, format=fmt, fingerprint=fingerprint[:64])
        except BaseException:
            lock.release()
            raise
        return cls(db, run, lock, writer or ChunkedWriter(db))

    # -- entries (written in the chunk that makes the change)
    def record(self, kind: str, row_id: int, row_to: int | None = None,
               before: dict[str, Any] | None = None, after: str | None = None) -> None:
        """Queue one undo entry; ``flush_entries`` writes them in the open chunk."""
        self._pending.append((kind, row_id, row_to,
                              json.dumps(before, default=str) if before is not None else None,
                              after))

    def flush_entries(self) -> None:
        if not self._pending:
            return
        p = self.db.param
        cursor = self.db.cursor()
        try:
            cursor.executemany(
                "INSERT INTO import_undo (run_id, kind, row_id, row_to, before, after) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
                [(self.run.id, *entry) for entry in self._pending])
        finally:
            cursor.close()
        self._pending = []

    def pre_images(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        return _raw_rows(self.db, ids)

    def stamps(self, ids: list[int]) -> dict[int, Any]:
        """``updated_at`` as stored now, by document id."""
        if not ids:
            return {}
        marks = ", ".join([self.db.param] * len(ids))
        return dict(self.db.execute_sql(
            f"SELECT id, updated_at FROM document WHERE id IN ({marks})", ids).fetchall())

    # -- the end
    def finish(self, last_writes: Any, added: int, updated: int) -> None:
        """The last chunk: ``last_writes()`` (the audit row) and the run marked done together;
        then the journal is dropped (in short steps) and the lock released."""
        w = self.writer
        w.begin()
        last_writes()
        ImportRun.update(state="done", finished_at=dt.datetime.now().replace(microsecond=0),
                         added=added, updated=updated).where(
            ImportRun.id == self.run.id).execute()
        w.commit()
        self.finished = True  # from here on the import is kept, whatever happens next
        try:
            _drop_journal(self.db, self.run.id, w)
        except Exception:  # the next recovery drops what is left of a done run's journal
            log.warning("import run %s: journal not dropped yet", self.run.id, exc_info=True)
        finally:
            self.lock.release()

    def abort(self) -> UndoResult:
        """Roll back the open chunk and undo the committed ones; the lock is released after.

        When the undo itself fails (the disk, the database), the run stays ``running`` with its
        journal: the next open of the database finishes it.
        """
        self._pending = []
        self.writer.rollback()
        try:
            return undo_run(self.db, self.run.id, self.writer)
        finally:
            self.lock.release()


def _drop_journal(db: Any, run_id: int, w: ChunkedWriter) -> None:
    while True:
        w.begin()
        n = ImportUndo.delete().where(ImportUndo.id.in_(
            ImportUndo.select(ImportUndo.id).where(ImportUndo.run == run_id).limit(2000))
        ).execute()
        w.commit()
        if not n:
            return


def undo_run(db: Any, run_id: int, writer: ChunkedWriter | None = None) -> UndoResult:
    """Apply a run's journal backwards in chunks; each entry goes with the chunk that undoes it,
    so an undo cut short by a crash goes on where it stopped."""
    w = writer or ChunkedWriter(db)
    run = ImportRun.get_by_id(run_id)
    result = UndoResult.from_note(run_id, run.note if run.state == "undoing" else None)
    ImportRun.update(state="undoing").where(ImportRun.id == run_id).execute()
    while True:
        w.begin()
        entries = list(ImportUndo.select().where(ImportUndo.run == run_id)
                       .order_by(ImportUndo.id.desc()).limit(_PEEK))
        if not entries:
            break
        for entry in entries:
            _undo_entry(db, run, entry, result)
            ImportUndo.delete().where(ImportUndo.id == entry.id).execute()
            if w.due():
                break
        ImportRun.update(note=result.to_note()).where(ImportRun.id == run_id).execute()
        w.commit()
    from jdih_desktop.services import audit

    ImportRun.update(state="undone", finished_at=dt.datetime.now().replace(microsecond=0),
                     note=result.to_note()).where(ImportRun.id == run_id).execute()
    # The import wrote no audit row of its own (that comes with its last chunk); relation rows
    # it recorded on the way stay in the append-only log, and this row says they were undone.
    audit.record("catalogue.import.undo", "import", run_id, {
        "removed": result.removed, "restored": result.restored,
        "relations": result.relations, "kept": result.kept[:200]})
    w.commit()
    if result.kept:
        log.warning("import run %s undone; documents kept as the desks left them: %s", run_id,
                    result.kept[:50])
    else:
        log.info("import run %s undone: %d removed, %d restored", run_id, result.removed,
                 result.restored)
    return result


def _undo_entry(db: Any, run: ImportRun, entry: ImportUndo, result: UndoResult) -> None:
    p = db.param
    if entry.kind == "relation_new":
        n = db.execute_sql(f"DELETE FROM document_relation WHERE id = {p}", (entry.row_id,))
        result.relations += max(n.rowcount, 0)
    elif entry.kind == "relation_note":
        before = json.loads(entry.before or "{}")
        db.execute_sql(f"UPDATE document_relation SET note = {p} WHERE id = {p}",
                       (before.get("note"), entry.row_id))
        result.relations += 1
    elif entry.kind == "update":
        row = db.execute_sql(f"SELECT updated_at FROM document WHERE id = {p}",
                             (entry.row_id,)).fetchone()
        if row is None or str(row[0]) != str(entry.after):
            result.kept_changed.append(entry.row_id)  # changed (or removed) at a desk since
            return
        before = json.loads(entry.before or "{}")
        before.pop("id", None)
        if not before:
            return
        cols = list(before)
        db.execute_sql(
            f"UPDATE document SET {', '.join(f'{_q(c)} = {p}' for c in cols)} WHERE id = {p}",
            [before[c] for c in cols] + [entry.row_id])
        result.restored += 1
    elif entry.kind == "insert":
        lo, hi = entry.row_id, entry.row_to if entry.row_to is not None else entry.row_id
        rows = db.execute_sql(f"SELECT id, updated_at FROM document WHERE id BETWEEN {p} AND {p}",
                              (lo, hi)).fetchall()
        used: set[int] = set()
        for sql in ("SELECT document_id FROM copy WHERE document_id BETWEEN {p} AND {p}",
                    "SELECT document_id FROM visit_consultation "
                    "WHERE document_id BETWEEN {p} AND {p}",
                    "SELECT document_id FROM attachment WHERE document_id BETWEEN {p} AND {p}",
                    "SELECT source_id FROM document_relation WHERE source_id BETWEEN {p} AND {p}",
                    "SELECT target_id FROM document_relation "
                    "WHERE target_id BETWEEN {p} AND {p}"):
            used.update(r[0] for r in db.execute_sql(sql.format(p=p), (lo, hi)).fetchall())
        gone = []
        for doc_id, updated_at in rows:
            if str(updated_at) != str(entry.after):
                result.kept_changed.append(doc_id)
            elif doc_id in used:
                result.kept_used.append(doc_id)
            else:
                gone.append(doc_id)
        if gone:
            marks = ", ".join([p] * len(gone))
            db.execute_sql(f"DELETE FROM document WHERE id IN ({marks})", gone)
            result.removed += len(gone)
    else:  # pragma: no cover - a journal written by a newer version
        log.warning("import run %s: unknown undo entry %r left alone", run.id, entry.kind)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def recover_interrupted_imports(db: Any = None) -> list[UndoResult]:
    """Undo every import whose process is gone (killed, crashed, power cut) before it finished.

    A run still running in another process holds its lock and is left alone. Cheap when there
    is nothing to do (one indexed query). Called when the database is opened and before an
    import starts.
    """
    db = db or database_proxy.obj
    if not chunked_commit_applies(db) or "import_run" not in db.get_tables():
        return []
    out: list[UndoResult] = []
    for run in ImportRun.select().where(ImportRun.state.in_(("running", "undoing"))):
        lock = RunLock(lock_path(db, run.token))
        if not lock.acquire():
            continue  # its process is alive and writing
        try:
            run = ImportRun.get_by_id(run.id)  # it may have finished meanwhile
            if run.state not in ("running", "undoing"):
                continue
            log.warning("import run %s (started %s) did not finish: undoing it", run.id,
                        run.started_at)
            out.append(undo_run(db, run.id))
        finally:
            lock.release()
    leftover = (ImportUndo.select(ImportUndo.run).join(ImportRun)
                .where(ImportRun.state.in_(("done", "undone"))).distinct())
    for (run_id,) in leftover.tuples():  # a process stopped between "done" and the cleanup
        _drop_journal(db, run_id, ChunkedWriter(db))
    return out


def recovery_sentence(results: list[UndoResult]) -> str:
    """One Indonesian line about imports undone at start; empty when there were none."""
    if not results:
        return ""
    removed = sum(r.removed for r in results)
    restored = sum(r.restored for r in results)
    text = sentence(QT_TRANSLATE_NOOP(
        "Messages", "Impor katalog yang terputus (aplikasi tertutup atau komputer mati di "
        "tengah impor) dibatalkan: %1 dokumen baru dihapus lagi, %2 dokumen dikembalikan "
        "seperti semula."), removed, restored)
    return joined([text, *(r.sentence() for r in results)])
