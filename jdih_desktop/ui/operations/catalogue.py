"""Catalogue operations: save or delete an entry, import a file, print copy labels.

- ``save_document`` / ``delete_document``: one database-lane call each, ``Change.CATALOGUE``
  announced after it succeeded (the catalogue window and the browse page refresh themselves).
- ``ImportCatalogue``: the import's commit pass on the CPU pool, then the same announcement.
- ``PrintCopyLabels``: the labels (database lane) → one printer job per label →
  ``labelled(barcode)`` or ``label_failed(barcode, failure)`` per label → ``success(count)``
  when all are answered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.operations import Change, DbOp, Operation
from jdih_desktop.ui.operations.printing import PrintOp
from jdih_desktop.ui.taskman import Lane, TaskContext, TaskFailure, TaskManager


class PrintCopyLabels(Operation):
    """Print the barcode label of each copy. ``success(printed_count)``."""

    def __init__(self, parent: QObject | None, catalogue: Any, printer_worker: Any,
                 copy_ids: Sequence[int], *, tasks: TaskManager | None = None) -> None:
        super().__init__(parent, tasks=tasks)
        self.catalogue = catalogue
        self.printer_worker = printer_worker
        self.copy_ids = list(copy_ids)
        self._on_label: Callable[[str], None] | None = None
        self._on_label_failed: Callable[[str, TaskFailure], None] | None = None
        self._waiting = 0
        self._printed = 0

    def labelled(self, fn: Callable[[str], None]) -> PrintCopyLabels:
        self._on_label = fn
        return self

    def label_failed(self, fn: Callable[[str, TaskFailure], None]) -> PrintCopyLabels:
        self._on_label_failed = fn
        return self

    def _start(self) -> None:
        catalogue, copy_ids = self.catalogue, list(self.copy_ids)  # never this operation

        def build() -> list[tuple[str, Any]]:
            from jdih_desktop.services.labels import label_receipt

            return [(label.barcode, label_receipt(label))
                    for label in catalogue.labels_for_copies(copy_ids)]

        self._db(build, self._print_all)

    def _print_all(self, receipts: list[tuple[str, Any]]) -> None:
        self._waiting = len(receipts)
        if not receipts:
            self._succeed(0)
            return
        for barcode, receipt in receipts:
            PrintOp(None, self.printer_worker, receipt=receipt, tasks=self._tasks) \
                .success(lambda _r, b=barcode: self._answered(b, None)) \
                .failure(lambda f, b=barcode: self._answered(b, f)).run()

    def _answered(self, barcode: str, failure: TaskFailure | None) -> None:
        self._waiting -= 1
        if failure is None:
            self._printed += 1
            self._call(self._on_label, barcode)
        else:
            self._call(self._on_label_failed, barcode, failure)
        if self._waiting == 0:
            self._succeed(self._printed)


# ----------------------------------------------------------------------------- documents
def save_document(parent: QObject | None, catalogue: Any, data: Any, *,
                  tasks: TaskManager | None = None) -> DbOp:
    """Check and save one catalogue entry on the database lane; ``success(document_id)``.

    The service's own check (duplicates, issuer, dates) runs there too, so the form never
    queries on the GUI thread; its messages come back as a ``ValidationError`` failure.
    Announces ``Change.CATALOGUE``: every open window showing the catalogue refreshes.
    """
    from jdih_desktop.errors import ValidationError

    def work() -> int:
        errors = catalogue.check(data)
        if errors:
            raise ValidationError(errors)
        if data.id is None:
            return int(catalogue.create_document(data))
        catalogue.update_document(data)
        return int(data.id)

    return DbOp(parent, work, changes=Change.CATALOGUE, tasks=tasks)


def delete_document(parent: QObject | None, catalogue: Any, document_id: int, *,
                    tasks: TaskManager | None = None) -> DbOp:
    """Delete a document (its relations, attachments and copies) on the database lane."""
    return DbOp(parent, lambda: catalogue.delete_document(document_id),
                changes=Change.CATALOGUE, tasks=tasks)


class ImportCatalogue(Operation):
    """The import's commit pass: ``job(report, cancel)`` on the CPU pool (it drives the
    import process, ``transfer.run_pass_in_process``, which writes in one transaction), then
    ``Change.CATALOGUE`` announced, so an open catalogue window or browse page shows the new
    documents. ``progress(done, total, rows)``; ``cancel()`` rolls the transaction back.
    """

    def __init__(self, parent: QObject | None,
                 job: Callable[[Callable[[int, int, int], None], threading.Event], Any], *,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent, tasks=tasks)
        self._job = job
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def _start(self) -> None:
        # (the job holds no QObject: see ui/transfer/worker.py)
        job, cancel_event = self._job, self.cancel_event

        def run(ctx: TaskContext) -> Any:
            ctx.cancel_event = cancel_event
            return job(lambda d, t, r: ctx.progress(int(d), int(t), str(int(r))), cancel_event)

        self.tasks.run(run, lane=Lane.CPU, uses_db=False, freeze_gc=True, log_failure=False,
                       on_done=lambda result: self._succeed(result, Change.CATALOGUE),
                       on_failed=self._fail, on_progress=self._progressed)
