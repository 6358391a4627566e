"""ESC/POS receipt printers: USB, serial, network, the Windows spooler, a file or device path.

Every job renders the receipt to bytes first (``escpos_render``, through python-escpos's
``Dummy``) and then opens a NEW connection, writes the bytes, and closes it. Why:
- python-escpos's connection objects never recover after an error (a ``Network`` printer that
  lost its socket stays broken), so a long-lived object would turn one cable wobble into a dead
  printer until the app restarts;
- rendering before connecting keeps the connection open for milliseconds, and puts every
  transport's failure in one place, ``map_error``, which turns the library's
  ``escpos.exceptions.Error``, ``OSError``, ``AssertionError``, pyusb and pyserial errors into our
  ``DeviceError`` family with a message the officer can act on.

The network transport uses a plain socket with a deadline for the whole job: a printer that
stops reading (paper out with a full buffer) gives ``DeviceTimeout`` within ``timeout_s``; a
refused or dropped connection gives ``DeviceOffline``.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdih_desktop.devices.base import (
    DeviceBusy,
    DeviceError,
    DeviceNotFound,
    DeviceOffline,
    DeviceProtocolError,
    DeviceTimeout,
    PrintResult,
    Receipt,
)
from jdih_desktop.devices.escpos_render import RenderOptions, ensure_escpos_cache, render_bytes
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 5.0
SEND_BUFFER_BYTES = 32 * 1024  # a few seconds of printing at most; see NetworkTransport

# ----------------------------------------------------------------------------- error mapping

_MSG_PERMISSION = QT_TRANSLATE_NOOP(
    "Messages", "Tidak punya izin memakai printer — pada Linux tambahkan pengguna ke grup "
    "'lp'/'dialout', pada Windows jalankan ulang aplikasi, lalu Coba lagi.")
_MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Messages", "Printer tidak ditemukan — periksa kabel USB/serial dan daya printer, atau "
    "pilih ulang printer di Pengaturan Perangkat.")
_MSG_HOST = QT_TRANSLATE_NOOP(
    "Messages", "Alamat printer jaringan tidak dikenal — periksa alamat IP di Pengaturan "
    "Perangkat, lalu Coba lagi.")
_MSG_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "Printer jaringan menolak sambungan — pastikan printer menyala dan alamat/port "
    "benar (biasanya 9100), lalu Coba lagi.")
_MSG_DROPPED = QT_TRANSLATE_NOOP(
    "Messages", "Sambungan ke printer terputus saat mencetak — periksa kabel jaringan/daya "
    "printer, lalu Coba lagi (struk mungkin tercetak sebagian).")
_MSG_STALLED = QT_TRANSLATE_NOOP(
    "Messages", "Printer berhenti menerima data — periksa kertas dan penutup printer, lalu "
    "Coba lagi.")


def _oserror_to_device_error(exc: OSError, where: str) -> DeviceError:
    detail = f"{where}: {exc!r}"
    if isinstance(exc, TimeoutError | socket.timeout):
        return DeviceTimeout(_MSG_STALLED, detail=detail)
    if isinstance(exc, socket.gaierror):
        return DeviceNotFound(_MSG_HOST, detail=detail)
    code = exc.errno
    if isinstance(exc, ConnectionRefusedError) or code == errno.ECONNREFUSED:
        return DeviceOffline(_MSG_REFUSED, detail=detail)
    if isinstance(exc, BrokenPipeError | ConnectionResetError | ConnectionAbortedError) \
            or code in (errno.EPIPE, errno.ECONNRESET, errno.ECONNABORTED, errno.ENOTCONN):
        return DeviceOffline(_MSG_DROPPED, detail=detail)
    if code in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTDOWN):
        return DeviceOffline(detail=detail)
    if code in (errno.ETIMEDOUT,):
        return DeviceTimeout(_MSG_STALLED, detail=detail)
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return DeviceNotFound(_MSG_NOT_FOUND, detail=detail)
    if code in (errno.EACCES, errno.EPERM):
        return DeviceError(_MSG_PERMISSION, detail=detail)
    if code == errno.EBUSY:
        return DeviceBusy(detail=detail)
    if code == errno.EIO:
        return DeviceOffline(detail=detail)
    return DeviceOffline(detail=detail)


def map_error(exc: BaseException, where: str = "") -> DeviceError:
    """Any exception a transport raises -> the matching DeviceError (the cause kept in detail)."""
    if isinstance(exc, DeviceError):
        return exc
    detail = f"{where}: {exc!r}" if where else repr(exc)
    # pyusb and pyserial are optional: look them up by name, never import them here.
    mod = type(exc).__module__ or ""
    name = type(exc).__name__
    if mod.startswith("usb.") and name == "USBTimeoutError":
        return DeviceTimeout(_MSG_STALLED, detail=detail)
    if mod.startswith("usb.") and name in ("USBError", "NoBackendError"):
        code = getattr(exc, "errno", None) or getattr(exc, "backend_error_code", None)
        if code in (errno.EACCES, -3):
            return DeviceError(_MSG_PERMISSION, detail=detail)
        if code in (errno.EBUSY, -6):
            return DeviceBusy(detail=detail)
        if code in (errno.ETIMEDOUT, -7):
            return DeviceTimeout(_MSG_STALLED, detail=detail)
        if code in (errno.ENODEV, -4):
            return DeviceOffline(detail=detail)
        return DeviceOffline(detail=detail)
    if mod.startswith("serial") and name == "SerialTimeoutException":
        return DeviceTimeout(_MSG_STALLED, detail=detail)
    if mod.startswith("serial") and name == "SerialException":
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
        if inner is not None:
            return _oserror_to_device_error(inner, where)
        code = getattr(exc, "errno", None)
        if code is not None:
            return _oserror_to_device_error(OSError(code, str(exc)), where)
        return DeviceNotFound(_MSG_NOT_FOUND, detail=detail)
    if mod.startswith("escpos"):
        if name in ("DeviceNotFoundError", "USBNotFoundError"):
            cause = exc.__cause__ or exc.__context__
            if isinstance(cause, OSError):
                return _oserror_to_device_error(cause, where)
            return DeviceNotFound(_MSG_NOT_FOUND, detail=detail)
        if name == "TimeoutError" or "timeout" in str(exc).lower():
            return DeviceTimeout(_MSG_STALLED, detail=detail)
        return DeviceProtocolError(detail=detail)
    if isinstance(exc, OSError):
        return _oserror_to_device_error(exc, where)
    if isinstance(exc, AssertionError):  # python-escpos asserts an open device before writing
        return DeviceOffline(detail=detail)
    if mod.startswith("pywintypes") or (name == "error" and mod.startswith("win32")):
        return DeviceOffline(QT_TRANSLATE_NOOP(
                "Messages", "Printer Windows tidak dapat dipakai — periksa antrean cetak di "
                "Windows (Devices and Printers), lalu Coba lagi."), detail=detail)
    if isinstance(exc, RuntimeError) and "dependenc" in str(exc).lower():
        return DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Pustaka pendukung printer belum terpasang — pasang ulang aplikasi "
                "atau hubungi admin."), detail=detail)
    return DeviceError(detail=detail)


# ----------------------------------------------------------------------------- transports


class Transport:
    """Opens a fresh connection for one job, writes bytes, closes. Raises anything."""

    kind = "transport"

    def describe(self) -> str:  # pragma: no cover - overridden
        return self.kind

    def send(self, data: bytes, title: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass
class NetworkTransport(Transport):
    """Raw TCP (JetDirect, port 9100). The deadline covers connect AND the whole write."""

    host: str
    port: int = 9100
    timeout_s: float = DEFAULT_TIMEOUT_S
    kind = "network"

    def describe(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, data: bytes, title: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        try:
            # A modest send buffer, set before connecting: with Linux's multi-megabyte default
            # a whole job vanishes into the kernel even when the printer has stopped reading,
            # and the deadline would never see the stall.
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except TimeoutError as exc:
            raise DeviceTimeout(
                QT_TRANSLATE_NOOP(
                    "Messages", "Printer jaringan tidak menjawab — periksa daya printer, kabel "
                    "jaringan dan alamat IP, lalu Coba lagi."),
                detail=f"{self.describe()}: {exc!r}") from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
            view = memoryview(data)
            sent = 0
            while sent < len(view):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{sent} of {len(data)} bytes sent before the deadline")
                sock.settimeout(remaining)
                sent += sock.send(view[sent:sent + 16384])
            _wait_until_acknowledged(sock, deadline, len(data))
            _drain(sock)
            # Half-close so the printer sees the job's end; a printer that already dropped us
            # shows up here as a reset.
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError as exc:
                if exc.errno not in (errno.ENOTCONN,):
                    raise
        finally:
            sock.close()


def _wait_until_acknowledged(sock: socket.socket, deadline: float, total: int) -> None:
    """Wait until the printer has acknowledged every byte (Linux: SIOCOUTQ reaches 0).

    Why: ``send`` returning only means the kernel has the bytes. Closing then could lose the
    tail of the job if the printer sent status bytes we never read (the close becomes a
    reset), and a printer that stopped reading would look like a success. Elsewhere the
    kernel's normal close behaviour applies.
    """
    if not sys.platform.startswith("linux"):
        return
    import fcntl
    import struct
    import termios

    while True:
        try:
            pending = struct.unpack("i", fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ,
                                                     b"\0\0\0\0"))[0]
        except OSError:
            return
        if pending <= 0:
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{pending} of {total} bytes not acknowledged by the printer")
        time.sleep(0.002)


def _drain(sock: socket.socket) -> None:
    """Read whatever the printer sent back (status bytes), so closing is a clean FIN."""
    sock.setblocking(False)
    try:
        for _ in range(64):
            if not sock.recv(4096):
                return
    except (BlockingIOError, InterruptedError):
        return
    except OSError as exc:
        if exc.errno in (errno.ECONNRESET, errno.EPIPE):
            raise


@dataclass
class EscposDeviceTransport(Transport):
    """A python-escpos connection class (Usb, Serial, Win32Raw, File), built anew per job."""

    factory: Callable[[], Any]
    label: str
    kind: str = "escpos"
    write_timeout_s: float | None = None

    def describe(self) -> str:
        return self.label

    def send(self, data: bytes, title: str) -> None:
        printer = self.factory()
        try:
            if self.kind == "win32":  # the spooler shows the job under the receipt's title
                printer.open(job_name=title or "JDIH Desktop")
            else:
                printer.open()
            device = getattr(printer, "_device", None)
            if self.write_timeout_s and hasattr(device, "write_timeout"):
                # python-escpos opens serial ports without a write timeout: a printer that
                # holds DSR low (paper out) would block this thread for ever.
                device.write_timeout = self.write_timeout_s
            if getattr(printer, "_device", None) in (None, False):
                raise DeviceNotFound(_MSG_NOT_FOUND, detail=f"{self.label}: open() gave no device")
            printer._raw(data)
        finally:
            try:
                printer.close()
            except Exception:  # closing a broken device must not hide the real error
                log.debug("closing %s failed", self.label, exc_info=True)


def usb_transport(vid: int, pid: int, timeout_s: float, profile: str) -> EscposDeviceTransport:
    def make() -> Any:
        ensure_escpos_cache()
        from escpos.printer import Usb

        return Usb(vid, pid, timeout=int(timeout_s * 1000), profile=profile)

    return EscposDeviceTransport(make, f"USB {vid:04x}:{pid:04x}", "usb")


def serial_transport(port: str, baud: int, timeout_s: float,
                     profile: str) -> EscposDeviceTransport:
    def make() -> Any:
        ensure_escpos_cache()
        from escpos.printer import Serial

        # DSR/DTR flow control (python-escpos's default): the printer holds us back while its
        # buffer is full instead of losing the end of a slip; the write timeout still applies.
        return Serial(devfile=port, baudrate=baud, timeout=timeout_s, profile=profile,
                      dsrdtr=True)

    return EscposDeviceTransport(make, f"{port} @ {baud}", "serial", write_timeout_s=timeout_s)


def win32_transport(name: str, profile: str) -> EscposDeviceTransport:
    def make() -> Any:
        ensure_escpos_cache()
        from escpos.printer import Win32Raw

        return Win32Raw(printer_name=name, profile=profile)

    return EscposDeviceTransport(make, f"Windows: {name}", "win32")


@dataclass
class FileTransport(Transport):
    """A device node (``/dev/usb/lp0``, a serial tty used raw) or a plain file.

    Device nodes are written without blocking, with the same deadline as the network: the
    kernel's usblp driver otherwise blocks a write for ever while the printer is out of paper
    (python-escpos's ``File`` has no timeout). A plain file is rewritten per job, which keeps
    the last slip for inspection.
    """

    path: str
    timeout_s: float = DEFAULT_TIMEOUT_S
    kind = "file"

    @property
    def label(self) -> str:
        return self.path

    def describe(self) -> str:
        return self.path

    def send(self, data: bytes, title: str) -> None:
        target = Path(self.path)
        if target.exists() and stat.S_ISCHR(target.stat().st_mode) and os.name == "posix":
            self._write_device(data)
            return
        if not target.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder does not exist", str(target.parent))
        with open(target, "wb") as fh:  # also Windows device names (LPT1)
            fh.write(data)
            fh.flush()

    def _write_device(self, data: bytes) -> None:
        import select

        deadline = time.monotonic() + self.timeout_s
        fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        try:
            view = memoryview(data)
            sent = 0
            while sent < len(view):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{sent} of {len(data)} bytes written before the deadline")
                _r, writable, _x = select.select([], [fd], [], remaining)
                if not writable:
                    continue
                try:
                    sent += os.write(fd, view[sent:sent + 4096])
                except BlockingIOError:
                    continue
        finally:
            os.close(fd)


def file_transport(path: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> FileTransport:
    return FileTransport(path, timeout_s)


# ----------------------------------------------------------------------------- the printer


class EscposPrinter:
    """A ReceiptPrinter speaking ESC/POS over any transport."""

    def __init__(self, spec: str, transport: Transport, options: RenderOptions | None = None,
                 ) -> None:
        self.spec = spec
        self.transport = transport
        self.options = options or RenderOptions()

    def render(self, receipt: Receipt) -> bytes:
        return render_bytes(receipt, self.options)

    def print_receipt(self, receipt: Receipt) -> PrintResult:
        data = self.render(receipt)
        where = self.transport.describe()
        try:
            self.transport.send(data, receipt.title)
        except Exception as exc:
            err = map_error(exc, where)
            log.warning("printing to %s failed: %s (%s)", where, err.message, err.detail)
            raise err from exc
        log.info("printed %d bytes to %s", len(data), where)
        out = getattr(self.transport, "label", None) if self.transport.kind == "file" else None
        return PrintResult(spec=self.spec, bytes_sent=len(data), output_path=out)

    def close(self) -> None:
        """Nothing stays open between jobs."""
