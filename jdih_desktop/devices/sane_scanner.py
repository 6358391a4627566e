"""SANE scanners through pyinsane2 (Linux, macOS).

Facts that shape this module (measured on Debian 12, see DESIGN.md §3):
- pyinsane2's default mode runs SANE in a helper process and fails on any image over 64 KiB,
  so ``PYINSANE_SINGLE_THREAD=1`` is set before the first import: SANE runs in our process.
- SANE keeps one open handle and is not thread-safe: every call happens on the scanner
  worker's thread (``ScannerWorker``); the driver logs a warning if it is called elsewhere.
- Options of type Fixed (resolution, geometry on many backends) take value x 65536.
- After any failure the scan is cancelled (``sane_cancel``), or the next ``sane_start`` fails.
- ``sane_get_devices`` probes every USB/network backend and takes seconds: the list is cached.
"""

from __future__ import annotations

import io
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jdih_desktop.devices.base import (
    CoverOpen,
    DeviceBusy,
    DeviceCancelled,
    DeviceError,
    DeviceNotFound,
    DeviceOffline,
    DeviceProtocolError,
    FeederEmpty,
    PaperJam,
    ProgressFn,
    ScannedPage,
    ScannerCapabilities,
    ScannerInfo,
    ScanSettings,
)

log = logging.getLogger(__name__)

SANE_FIXED_SCALE = 65536
STANDARD_DPI = (75, 100, 150, 200, 300, 400, 600, 1200)
PAGE_MM = {"a4": (210.0, 297.0), "id_card": (85.6, 54.0)}
_CACHE_TTL_S = 300.0

_lock = threading.Lock()
_module: Any = None
_devices_cache: tuple[float, list[ScannerInfo]] | None = None


def import_pyinsane() -> Any:
    """Import pyinsane2 in-process (never its daemon) and initialise SANE once."""
    global _module
    with _lock:
        if _module is not None:
            return _module
        os.environ["PYINSANE_SINGLE_THREAD"] = "1"
        try:
            import pyinsane2
        except Exception as exc:  # libsane missing, or not a SANE platform
            raise DeviceNotFound(QT_TRANSLATE_NOOP(
                    "Messages", "Pustaka pemindai SANE tidak tersedia — pasang paket libsane1 "
                    "(Linux), lalu Coba lagi."), detail=repr(exc)) from exc
        if not getattr(pyinsane2, "SINGLE_THREAD", True):
            log.warning("pyinsane2 was imported before PYINSANE_SINGLE_THREAD=1 was set; "
                        "scans over 64 KiB will fail")
        pyinsane2.init()
        _module = pyinsane2
        return _module


def sane_status_error(exc: BaseException) -> DeviceError:
    """A pyinsane2/SANE exception -> our DeviceError (SANE status names, not numbers)."""
    if isinstance(exc, DeviceError):
        return exc
    status = getattr(exc, "status", None)
    key = getattr(status, "value", status)
    text = str(status or exc)
    detail = repr(exc)
    table: dict[Any, Callable[[], DeviceError]] = {
        6: lambda: PaperJam(QT_TRANSLATE_NOOP(
                "Messages", "Kertas macet di pemindai — buka penutup pengumpan, keluarkan kertas, "
                "lalu Coba lagi."), detail=detail),
        7: lambda: FeederEmpty(detail=detail),
        8: lambda: CoverOpen(detail=detail),
        3: lambda: DeviceBusy(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai sedang dipakai — tunggu sebentar, lalu Coba lagi."),
                              detail=detail),
        9: lambda: DeviceOffline(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai tidak menjawab — periksa kabel USB dan daya pemindai, lalu "
                "Coba lagi."), detail=detail),
        11: lambda: DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Tidak punya izin memakai pemindai — pada Linux tambahkan pengguna ke "
                "grup 'scanner', lalu Coba lagi."), detail=detail),
        2: lambda: DeviceCancelled(detail=detail),
        12: lambda: DeviceBusy(QT_TRANSLATE_NOOP(
                "Messages", "Lampu pemindai sedang memanas — tunggu sebentar, lalu Coba "
                "lagi."), detail=detail),
        13: lambda: DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Mekanisme pemindai terkunci untuk pengiriman — buka kunci transport "
                "di pemindai, lalu Coba lagi."), detail=detail),
    }
    if isinstance(key, int) and key in table:
        return table[key]()
    for word, code in (("jam", 6), ("out of documents", 7), ("cover", 8), ("busy", 3),
                       ("i/o", 9), ("denied", 11), ("cancel", 2)):
        if word in text.lower():
            return table[code]()
    if isinstance(exc, KeyError | ValueError):
        return DeviceProtocolError(detail=detail)
    return DeviceError(QT_TRANSLATE_NOOP(
            "Messages", "Pemindai mengalami gangguan — matikan dan nyalakan ulang pemindai, lalu "
            "Coba lagi."), detail=detail)


def list_sane_devices(refresh: bool = False) -> list[ScannerInfo]:
    """SANE devices (cached for a few minutes; ``refresh`` probes again)."""
    global _devices_cache
    now = time.monotonic()
    if not refresh and _devices_cache and now - _devices_cache[0] < _CACHE_TTL_S:
        return list(_devices_cache[1])
    pyinsane2 = import_pyinsane()
    try:
        found = pyinsane2.get_devices()
    except Exception as exc:
        raise sane_status_error(exc) from exc
    finally:
        try:  # get_devices() runs sane_exit(); bring SANE back for the next call
            pyinsane2.init()
        except Exception:
            log.debug("sane re-init failed", exc_info=True)
    infos = [ScannerInfo(spec=f"sane:{d.name}", name=f"{d.vendor} {d.model}".strip() or d.name,
                         vendor=d.vendor, model=d.model) for d in found]
    _devices_cache = (now, infos)
    return list(infos)


def _raw_number(option: Any, value: float) -> int:
    """Our number -> what SANE expects for this option (Fixed options: x 65536)."""
    kind = str(getattr(option, "val_type", ""))
    if "Fixed" in kind:
        return round(value * SANE_FIXED_SCALE)
    return round(value)


def _from_raw(option: Any, raw: float) -> float:
    kind = str(getattr(option, "val_type", ""))
    return raw / SANE_FIXED_SCALE if "Fixed" in kind else float(raw)


def _mode_name(value: str) -> str | None:
    v = value.lower()
    if "color" in v or "colour" in v or v == "rgb":
        return "color"
    if "gray" in v or "grey" in v:
        return "gray"
    if "lineart" in v or "binary" in v or "halftone" in v or v == "bw":
        return "lineart"
    return None


def _source_kind(value: str) -> str | None:
    v = value.lower()
    if "adf" in v or "feeder" in v or "duplex" in v:
        return "feeder"
    if "flatbed" in v or "normal" in v or "platen" in v:
        return "flatbed"
    return None


class SaneScanner:
    """One SANE device (``sane:DEVICE``), e.g. ``sane:test:0`` or ``sane:epson2:libusb:001:004``."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.spec = f"sane:{device}"
        self._scanner: Any = None
        self._thread: int | None = None
        self._caps: ScannerCapabilities | None = None

    # -- plumbing
    def _check_thread(self) -> None:
        me = threading.get_ident()
        if self._thread is None:
            self._thread = me
        elif self._thread != me:
            log.warning("SANE called from a second thread; keep every call on the worker")

    def _dev(self) -> Any:
        self._check_thread()
        if self._scanner is None:
            pyinsane2 = import_pyinsane()
            try:
                scanner = pyinsane2.Scanner(name=self.device)
                scanner.options  # noqa: B018 - opens the device and reads its options
            except Exception as exc:
                err = sane_status_error(exc)
                if type(err) is DeviceError:
                    err = DeviceNotFound(QT_TRANSLATE_NOOP(
                            "Messages", "Pemindai '%1' tidak ditemukan — periksa kabel dan daya, "
                            "lalu pilih ulang di Pengaturan Perangkat."), detail=repr(exc),
                            params=(self.device,))
                raise err from exc
            self._scanner = scanner
        return self._scanner

    def _option(self, name: str) -> Any | None:
        opts = self._dev().options
        opt = opts.get(name)
        if opt is None:
            return None
        try:
            return opt if opt.capabilities.is_active() else None
        except Exception:
            return opt

    def set_option(self, name: str, value: Any) -> None:
        """Set a raw SANE option (strings as listed by the backend; numbers in user units)."""
        opt = self._option(name)
        if opt is None:
            raise DeviceProtocolError(detail=f"option {name!r} not available on {self.device}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = _raw_number(opt, value)
        try:
            opt.value = value
        except Exception as exc:
            raise sane_status_error(exc) from exc

    # -- Scanner protocol
    def capabilities(self) -> ScannerCapabilities:
        if self._caps is not None:
            return self._caps
        res: tuple[int, ...] = STANDARD_DPI
        opt = self._option("resolution")
        if opt is not None:
            c = opt.constraint
            if isinstance(c, tuple) and len(c) >= 2:
                lo, hi = _from_raw(opt, c[0]), _from_raw(opt, c[1])
                res = tuple(d for d in STANDARD_DPI if lo <= d <= hi) or (int(lo),)
            elif isinstance(c, list) and c:
                res = tuple(sorted({int(_from_raw(opt, v)) for v in c}))
        modes: list[str] = []
        opt = self._option("mode")
        for v in (opt.constraint if opt is not None and isinstance(opt.constraint, list) else []):
            m = _mode_name(str(v))
            if m and m not in modes:
                modes.append(m)
        sources: list[str] = []
        opt = self._option("source")
        for v in (opt.constraint if opt is not None and isinstance(opt.constraint, list) else []):
            s = _source_kind(str(v))
            if s and s not in sources:
                sources.append(s)
        self._caps = ScannerCapabilities(resolutions=res, modes=tuple(modes) or ("color",),
                                         sources=tuple(sources) or ("flatbed",))
        return self._caps

    def _configure(self, settings: ScanSettings) -> None:
        dev = self._dev()
        pyinsane2 = import_pyinsane()
        caps = self.capabilities()
        if "source" in dev.options and len(caps.sources) > 1:
            wanted = ["ADF", "Feeder", "Automatic Document Feeder"] \
                if settings.source == "feeder" else ["Flatbed", "Normal"]
            pyinsane2.set_scanner_opt(dev, "source", wanted)
        elif settings.source == "feeder" and "feeder" not in caps.sources:
            raise FeederEmpty(QT_TRANSLATE_NOOP(
                    "Messages", "Pemindai ini tidak punya pengumpan dokumen (ADF) — pilih sumber "
                    "'flatbed', lalu Coba lagi."))
        if "mode" in dev.options:
            names = {"color": ["Color", "Colour", "RGB"], "gray": ["Gray", "Grey"],
                     "lineart": ["Lineart", "Binary", "Halftone", "Gray"]}[settings.mode]
            pyinsane2.set_scanner_opt(dev, "mode", names)
        dpi = min(caps.resolutions, key=lambda d: abs(d - settings.dpi))
        opt = self._option("resolution")
        if opt is not None:
            opt.value = _raw_number(opt, dpi)
        self._dpi = dpi
        self._set_area(settings.area)

    def _set_area(self, area: str) -> None:
        geo = {n: self._option(n) for n in ("tl-x", "tl-y", "br-x", "br-y")}
        if any(o is None for o in geo.values()):
            return
        want = PAGE_MM.get(area)
        for name in ("tl-x", "tl-y"):
            o = geo[name]
            lo = o.constraint[0] if isinstance(o.constraint, tuple) else 0
            o.value = lo
        for name, idx in (("br-x", 0), ("br-y", 1)):
            o = geo[name]
            c = o.constraint
            hi = c[1] if isinstance(c, tuple) else max(c) if isinstance(c, list) else None
            if want is None:
                if hi is not None:
                    o.value = hi
                continue
            raw = _raw_number(o, want[idx])
            o.value = min(raw, hi) if hi is not None else raw

    def _cancel(self, session: Any | None) -> None:
        """After any failure: cancel the scan so the next sane_start works."""
        try:
            if session is not None:
                session.scan.cancel()
        except Exception:
            log.debug("sane cancel failed", exc_info=True)
        try:
            from pyinsane2.sane import rawapi
            from pyinsane2.sane.abstract import sane_dev_handle

            if sane_dev_handle[1] is not None:
                rawapi.sane_cancel(sane_dev_handle[1])
        except Exception:
            log.debug("raw sane_cancel failed", exc_info=True)

    def scan(self, settings: ScanSettings, progress: ProgressFn | None = None,
             cancel: threading.Event | None = None) -> list[ScannedPage]:
        feeder = settings.source == "feeder"
        session = None
        pages: list[ScannedPage] = []
        try:
            self._configure(settings)
            if cancel is not None and cancel.is_set():
                raise DeviceCancelled()
            try:
                session = self._dev().scan(multiple=feeder)
            except StopIteration as exc:  # sane_start said NO_DOCS
                raise FeederEmpty() from exc
            expected = (settings.max_pages or 0) if feeder else 1
            reads = 0
            while True:
                try:
                    session.scan.read()
                    reads += 1
                    if cancel is not None and reads % 16 == 0 and cancel.is_set():
                        raise DeviceCancelled()
                except EOFError:
                    img = session.images[-1]
                    pages.append(self._page(img, settings))
                    if progress is not None:
                        progress(len(pages), expected)
                    if not feeder:
                        break
                    if settings.max_pages is not None and len(pages) >= settings.max_pages:
                        self._cancel(session)
                        break
                    if cancel is not None and cancel.is_set():
                        raise DeviceCancelled() from None
                except StopIteration:
                    break
            if not pages:
                raise FeederEmpty() if feeder else FeederEmpty(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Tidak ada dokumen di pemindai — letakkan dokumen di kaca "
                        "pemindai, lalu Coba lagi."))
            return pages
        except DeviceError as exc:
            self._cancel(session)
            if not isinstance(exc, (DeviceCancelled, FeederEmpty)):
                self._reopen_next_time()
            raise
        except Exception as exc:
            self._cancel(session)
            err = sane_status_error(exc)
            if isinstance(err, FeederEmpty) and pages:
                return pages
            log.warning("SANE scan on %s failed: %s", self.device, exc)
            if not isinstance(err, FeederEmpty):
                self._reopen_next_time()
            raise err from exc

    def _reopen_next_time(self) -> None:
        """After a jam, an open cover or an I/O error, close the handle: the next scan opens
        the device afresh. A cancel alone left the test backend's reader blocked in
        ``sane_read`` once under load; a fresh handle ends that reader too."""
        self.close()
        self._caps = None

    def _page(self, img: Any, settings: ScanSettings) -> ScannedPage:
        if settings.mode == "gray" and img.mode not in ("L", "1"):
            img = img.convert("L")
        elif settings.mode == "lineart" and img.mode != "1":
            img = img.convert("L").point(lambda v: 0 if v < 128 else 255).convert("1")
        buf = io.BytesIO()
        img.save(buf, "PNG", compress_level=1)
        return ScannedPage(png=buf.getvalue(), width=img.width, height=img.height,
                           dpi=getattr(self, "_dpi", settings.dpi), mode=settings.mode)

    def close(self) -> None:
        """Release the SANE handle (on the worker thread, at shutdown)."""
        if self._scanner is None:
            return
        try:
            self._scanner._force_close()
        except Exception:
            log.debug("closing SANE device failed", exc_info=True)
        self._scanner = None
