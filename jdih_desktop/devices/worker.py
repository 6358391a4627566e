"""One background thread per device; results come back to the GUI thread by queued signals.

The GUI calls ``submit`` (or ``print_receipt`` / ``scan``), which returns a job id at once.
The job runs on the device's own thread; ``succeeded``/``failed`` (and the past-tense aliases
``printed``/``scanned``...) are emitted from that thread and delivered to slots on the GUI
thread through Qt's queued connections. A jammed printer never blocks scanning: each device has
its own thread. Only QtCore is used here.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal, Slot

from jdih_desktop.devices.base import (
    DeviceCancelled,
    DeviceError,
    Receipt,
    ReceiptPrinter,
    Scanner,
    ScanSettings,
)

log = logging.getLogger(__name__)
_ids = itertools.count(1)


def _guard_pyside_bool_leak() -> bool:
    """Work around PySide6 6.12.0 dropping a reference to ``True`` on every ``emit()``.

    Measured here (PySide6 6.12.0, CPython 3.11): each ``SignalInstance.emit`` returns ``True``
    without taking a reference, so ``True``'s reference count falls by one per emit. After some
    thousand emits (a feeder batch, a morning at the desk) CPython frees ``True`` and aborts
    with "bool_dealloc: deallocating True or False". CPython 3.12+ makes True/False immortal,
    which hides the bug. Where the leak is detected on an older CPython, we give True, False
    and None a very large reference count once, which is what 3.12 does (immortal objects).
    Returns True when applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.pinged.emit()
    if sys.getrefcount(True) >= before:
        return False
    import ctypes

    # None too: with the same PySide6, runs that deliver many queued signals with Python
    # arguments across threads sometimes end in "none_dealloc" at interpreter exit.
    for obj in (True, False, None):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    log.warning("PySide6 %s leaks a reference to True per signal emit; True/False/None "
                "pinned", PySide6.__version__)
    return True


BOOL_LEAK_GUARDED = _guard_pyside_bool_leak()


@dataclass
class JobContext:
    """Handed to every job: its id, a cancel flag, and a progress reporter."""

    job_id: int
    cancel_event: threading.Event = field(default_factory=threading.Event)
    report: Callable[[int, int], None] = lambda done, total: None

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise DeviceCancelled()


class _Runner(QObject):
    """Lives on the device thread and runs jobs one after another."""

    done = Signal(int, object)
    error = Signal(int, object)
    progressed = Signal(int, int, int)
    started = Signal(int)

    def __init__(self, owner: DeviceWorker) -> None:
        super().__init__()
        self._owner = owner

    @Slot(object)
    def run(self, job: tuple[JobContext, Callable[..., Any]]) -> None:
        ctx, fn = job
        if ctx.cancelled:
            self.error.emit(ctx.job_id, DeviceCancelled())
            return
        self.started.emit(ctx.job_id)
        ctx.report = lambda d, t: self.progressed.emit(ctx.job_id, int(d), int(t))
        try:
            result = fn(self._owner.device, ctx)
        except DeviceError as exc:
            log.warning("%s job %s failed: %s (%s)", self._owner.name, ctx.job_id, exc.message,
                        exc.detail or "")
            self.error.emit(ctx.job_id, exc)
        except Exception as exc:  # a driver bug must not kill the thread or lose the job
            log.exception("%s job %s crashed", self._owner.name, ctx.job_id)
            self.error.emit(ctx.job_id, DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Terjadi kesalahan pada perangkat — lihat log, lalu Coba lagi."),
                detail=repr(exc)))
        else:
            self.done.emit(ctx.job_id, result)
        finally:
            self._owner._forget(ctx.job_id)


class DeviceWorker(QObject):
    """A device and the thread that talks to it."""

    succeeded = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, DeviceError
    progress = Signal(int, int, int)  # job id, done, total (0: unknown)
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, device: Any, name: str = "device", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.name = name
        self._pending: dict[int, JobContext] = {}
        self._lock = threading.Lock()
        self._thread = QThread()
        self._thread.setObjectName(f"{name}-worker")
        self._runner = _Runner(self)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.done.connect(self._on_done)
        self._runner.error.connect(self._on_error)
        self._runner.progressed.connect(self.progress)
        self._thread.start()

    # -- API for the GUI thread
    def submit(self, fn: Callable[[Any, JobContext], Any]) -> int:
        ctx = JobContext(job_id=next(_ids))
        with self._lock:
            self._pending[ctx.job_id] = ctx
            first = len(self._pending) == 1
        if first:
            self.busy_changed.emit(True)
        self._submit.emit((ctx, fn))
        return ctx.job_id

    def cancel(self, job_id: int | None = None) -> None:
        """Ask a job (or every job) to stop; it reports ``failed`` with DeviceCancelled."""
        with self._lock:
            targets = list(self._pending.values()) if job_id is None else \
                [c for c in self._pending.values() if c.job_id == job_id]
        for ctx in targets:
            ctx.cancel_event.set()

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def set_device(self, device: Any) -> None:
        """Swap the device (settings changed); jobs already queued use the new one."""
        self.device = device

    def shutdown(self, wait_ms: int = 3000) -> None:
        self.cancel()
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            # A driver call that never returns (a SANE discovery, a stalled spooler): the
            # thread is stopped by force, because Qt aborts the whole process when a running
            # QThread is destroyed - at exit that would turn a slow device into a crash.
            log.warning("%s worker did not stop within %d ms; stopped by force", self.name,
                        wait_ms)
            self._thread.terminate()
            self._thread.wait(1000)
        close = getattr(self.device, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                log.debug("closing %s failed", self.name, exc_info=True)

    # -- internals
    def _forget(self, job_id: int) -> None:
        with self._lock:
            self._pending.pop(job_id, None)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        self.succeeded.emit(job_id, result)
        if not self.busy:
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _on_error(self, job_id: int, error: object) -> None:
        self.failed.emit(job_id, error)
        if not self.busy:
            self.busy_changed.emit(False)


class PrinterWorker(DeviceWorker):
    """The receipt printer's thread. ``printed(job, PrintResult)`` / ``print_failed(job, err)``."""

    printed = Signal(int, object)
    print_failed = Signal(int, object)

    def __init__(self, printer: ReceiptPrinter | None, parent: QObject | None = None) -> None:
        super().__init__(printer, "printer", parent)
        self.succeeded.connect(self.printed)
        self.failed.connect(self.print_failed)

    def print_receipt(self, receipt: Receipt) -> int:
        def job(printer: ReceiptPrinter | None, ctx: JobContext) -> object:
            if printer is None:
                from jdih_desktop.devices.base import DeviceNotFound

                raise DeviceNotFound(QT_TRANSLATE_NOOP(
                    "Messages", "Belum ada printer yang dipilih — atur di Pengaturan "
                    "Perangkat, lalu Coba lagi."))
            ctx.check_cancelled()
            return printer.print_receipt(receipt)

        return self.submit(job)


class ScannerWorker(DeviceWorker):
    """The scanner's thread. ``scanned(job, [ScannedPage])`` / ``scan_failed(job, err)``.

    SANE through pyinsane2 must see every call on one thread: this is that thread.
    """

    scanned = Signal(int, object)
    scan_failed = Signal(int, object)

    def __init__(self, scanner: Scanner | None, parent: QObject | None = None) -> None:
        super().__init__(scanner, "scanner", parent)
        self.succeeded.connect(self.scanned)
        self.failed.connect(self.scan_failed)

    def scan(self, settings: ScanSettings) -> int:
        def job(scanner: Scanner | None, ctx: JobContext) -> object:
            if scanner is None:
                from jdih_desktop.devices.base import DeviceNotFound

                raise DeviceNotFound(QT_TRANSLATE_NOOP(
                    "Messages", "Belum ada pemindai yang dipilih — atur di Pengaturan "
                    "Perangkat, lalu Coba lagi."))
            return scanner.scan(settings, progress=ctx.report, cancel=ctx.cancel_event)

        return self.submit(job)
