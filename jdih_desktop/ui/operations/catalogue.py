"""Catalogue operations: print copy labels on the receipt printer.

    the labels (database lane) → one printer job per label → ``labelled(barcode)`` or
    ``label_failed(barcode, failure)`` per label → ``success(count)`` when all are answered
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.printing import PrintOp
from jdih_desktop.ui.taskman import TaskFailure, TaskManager


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
        catalogue = self.catalogue

        def build() -> list[tuple[str, Any]]:
            from jdih_desktop.services.labels import label_receipt

            return [(label.barcode, label_receipt(label))
                    for label in catalogue.labels_for_copies(self.copy_ids)]

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
