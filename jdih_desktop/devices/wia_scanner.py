"""Windows scanners through WIA Automation (``WIA.DeviceManager``) with comtypes.

pyinsane2 cannot be installed on Windows, so this is the Windows driver. It was verified ONLY
against a fake of the COM objects (tests/devices/test_wia_scanner.py); nothing here ran on
Windows in our CI. comtypes is imported lazily, only on Windows, inside ``ComtypesBackend``.

- COM is initialised on the thread that calls the scanner (the scanner worker's thread), once
  per thread, and every WIA object is created and used there.
- Pages are transferred as PNG (falling back to BMP, converted to PNG with Pillow).
- WIA HRESULTs map onto our DeviceError family: feeder empty, jam, busy, offline, cover open.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from typing import Any, Protocol

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

WIA_FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
WIA_FORMAT_BMP = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"
SCANNER_DEVICE_TYPE = 1
# Property ids (wiadef.h)
PROP_NAME = "Name"
PROP_DOCUMENT_HANDLING_CAPABILITIES = "3086"
PROP_DOCUMENT_HANDLING_STATUS = "3087"
PROP_DOCUMENT_HANDLING_SELECT = "3088"
PROP_PAGES = "3096"
PROP_CURRENT_INTENT = "6146"
PROP_HORIZONTAL_RES = "6147"
PROP_VERTICAL_RES = "6148"
PROP_HORIZONTAL_EXTENT = "6151"
PROP_VERTICAL_EXTENT = "6152"
FEEDER, FLATBED = 0x001, 0x002
INTENT = {"color": 1, "gray": 2, "lineart": 4}

# HRESULTs (wiadef.h)
WIA_ERROR_GENERAL_ERROR = 0x80210001
WIA_ERROR_PAPER_JAM = 0x80210002
WIA_ERROR_PAPER_EMPTY = 0x80210003
WIA_ERROR_PAPER_PROBLEM = 0x80210004
WIA_ERROR_OFFLINE = 0x80210005
WIA_ERROR_BUSY = 0x80210006
WIA_ERROR_WARMING_UP = 0x80210007
WIA_ERROR_USER_INTERVENTION = 0x80210008
WIA_ERROR_DEVICE_COMMUNICATION = 0x8021000A
WIA_ERROR_DEVICE_LOCKED = 0x8021000D
WIA_S_NO_DEVICE_AVAILABLE = 0x80210015
WIA_ERROR_COVER_OPEN = 0x80210016
WIA_ERROR_LAMP_OFF = 0x80210017


def hresult_of(exc: BaseException) -> int | None:
    """The HRESULT of a COMError (comtypes puts it in ``.hresult`` and ``args[0]``)."""
    hr = getattr(exc, "hresult", None)
    if hr is None and exc.args and isinstance(exc.args[0], int):
        hr = exc.args[0]
    return None if hr is None else int(hr) & 0xFFFFFFFF


def map_wia_error(exc: BaseException) -> DeviceError:
    if isinstance(exc, DeviceError):
        return exc
    hr = hresult_of(exc)
    detail = f"HRESULT 0x{hr:08X}: {exc!r}" if hr is not None else repr(exc)
    if hr == WIA_ERROR_PAPER_EMPTY:
        return FeederEmpty(detail=detail)
    if hr in (WIA_ERROR_PAPER_JAM, WIA_ERROR_PAPER_PROBLEM):
        return PaperJam(QT_TRANSLATE_NOOP(
                "Messages", "Kertas macet di pemindai — buka penutup pengumpan, keluarkan kertas, "
                "lalu Coba lagi."), detail=detail)
    if hr in (WIA_ERROR_BUSY, WIA_ERROR_WARMING_UP, WIA_ERROR_LAMP_OFF):
        return DeviceBusy(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai sedang sibuk atau memanas — tunggu sebentar, lalu Coba "
                "lagi."),
                          detail=detail)
    if hr == WIA_ERROR_COVER_OPEN:
        return CoverOpen(detail=detail)
    if hr in (WIA_ERROR_OFFLINE, WIA_ERROR_DEVICE_COMMUNICATION):
        return DeviceOffline(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai tidak terhubung — periksa kabel USB dan daya pemindai, lalu "
                "Coba lagi."), detail=detail)
    if hr == WIA_S_NO_DEVICE_AVAILABLE:
        return DeviceNotFound(detail=detail)
    if hr in (WIA_ERROR_USER_INTERVENTION, WIA_ERROR_DEVICE_LOCKED):
        return DeviceError(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai butuh tindakan — periksa layar/lampu pemindai (kunci "
                "transport, penutup), lalu Coba lagi."), detail=detail)
    if hr is not None and (hr >> 16) == 0x8021:
        return DeviceProtocolError(detail=detail)
    return DeviceError(QT_TRANSLATE_NOOP(
            "Messages", "Pemindai mengalami gangguan — matikan dan nyalakan ulang pemindai, lalu "
            "Coba lagi."), detail=detail)


class ComBackend(Protocol):
    """What the driver needs from COM; the real one wraps comtypes, tests pass a fake."""

    def co_initialize(self) -> None: ...

    def device_manager(self) -> Any: ...


class ComtypesBackend:
    """The real COM: comtypes, imported here only (Windows)."""

    def co_initialize(self) -> None:
        import comtypes

        comtypes.CoInitializeEx(comtypes.COINIT_APARTMENTTHREADED)

    def device_manager(self) -> Any:
        import comtypes.client

        return comtypes.client.CreateObject("WIA.DeviceManager")


_initialised = threading.local()


def _ensure_com(backend: ComBackend) -> None:
    """CoInitialize once on each thread that talks to WIA (the worker thread)."""
    done: set[int] = getattr(_initialised, "backends", set())
    if id(backend) not in done:
        backend.co_initialize()
        done.add(id(backend))
        _initialised.backends = done


def _prop(props: Any, key: str) -> Any | None:
    """Properties("6147") — a missing property raises on WIA; None here."""
    try:
        return props(key)
    except Exception:
        try:
            return props.Item(key)
        except Exception:
            return None


def _iter_collection(coll: Any) -> list[Any]:
    """WIA collections are 1-based with .Count and .Item(i)."""
    try:
        count = int(coll.Count)
    except Exception:
        return list(coll)
    return [coll.Item(i) for i in range(1, count + 1)]


def list_wia_devices(backend: ComBackend | None = None) -> list[ScannerInfo]:
    backend = backend or ComtypesBackend()
    try:
        _ensure_com(backend)
        infos = _iter_collection(backend.device_manager().DeviceInfos)
    except Exception as exc:
        raise map_wia_error(exc) from exc
    out: list[ScannerInfo] = []
    for info in infos:
        if int(getattr(info, "Type", SCANNER_DEVICE_TYPE)) != SCANNER_DEVICE_TYPE:
            continue
        name_prop = _prop(info.Properties, PROP_NAME)
        name = str(name_prop.Value) if name_prop is not None else str(info.DeviceID)
        out.append(ScannerInfo(spec=f"wia:{info.DeviceID}", name=name))
    return out


class WiaScanner:
    """A WIA scanner by its DeviceID (``wia:{6BDD1FC6-...}\\0000``)."""

    def __init__(self, device_id: str, backend: ComBackend | None = None) -> None:
        self.device_id = device_id
        self.spec = f"wia:{device_id}"
        self.backend = backend or ComtypesBackend()

    def _connect(self) -> Any:
        _ensure_com(self.backend)
        try:
            for info in _iter_collection(self.backend.device_manager().DeviceInfos):
                if str(info.DeviceID) == self.device_id:
                    return info.Connect()
        except Exception as exc:
            raise map_wia_error(exc) from exc
        raise DeviceNotFound(QT_TRANSLATE_NOOP(
                "Messages", "Pemindai WIA '%1' tidak ditemukan — periksa kabel dan daya, lalu "
                "pilih ulang di Pengaturan Perangkat."),
                params=(self.device_id,))

    def capabilities(self) -> ScannerCapabilities:
        device = self._connect()
        sources: list[str] = []
        caps = _prop(device.Properties, PROP_DOCUMENT_HANDLING_CAPABILITIES)
        value = int(caps.Value) if caps is not None else FLATBED
        if value & FLATBED or caps is None:
            sources.append("flatbed")
        if value & FEEDER:
            sources.append("feeder")
        res: tuple[int, ...] = (75, 100, 150, 200, 300, 600)
        item = _iter_collection(device.Items)[0]
        hres = _prop(item.Properties, PROP_HORIZONTAL_RES)
        sub = getattr(hres, "SubTypeValues", None) if hres is not None else None
        if sub is not None:
            with contextlib.suppress(Exception):
                res = tuple(sorted(int(v) for v in _iter_collection(sub)))
        return ScannerCapabilities(resolutions=res, modes=("color", "gray", "lineart"),
                                   sources=tuple(sources) or ("flatbed",))

    def _set(self, props: Any, key: str, value: Any) -> None:
        p = _prop(props, key)
        if p is not None:
            try:
                p.Value = value
            except Exception as exc:  # a driver refusing one value is not fatal
                log.info("WIA property %s=%r refused: %s", key, value, exc)

    def _transfer(self, item: Any) -> bytes:
        try:
            img = item.Transfer(WIA_FORMAT_PNG)
        except Exception as exc:
            if hresult_of(exc) is not None and (hresult_of(exc) >> 16) == 0x8021:
                raise
            img = item.Transfer(WIA_FORMAT_BMP)  # some drivers only give BMP
        data = bytes(img.FileData.BinaryData)
        if not data.startswith(b"\x89PNG"):
            from PIL import Image

            buf = io.BytesIO()
            Image.open(io.BytesIO(data)).save(buf, "PNG", compress_level=1)
            data = buf.getvalue()
        return data

    def _page(self, png: bytes, settings: ScanSettings) -> ScannedPage:
        from PIL import Image

        with Image.open(io.BytesIO(png)) as img:
            w, h = img.size
        return ScannedPage(png=png, width=w, height=h, dpi=settings.dpi, mode=settings.mode)

    def scan(self, settings: ScanSettings, progress: ProgressFn | None = None,
             cancel: threading.Event | None = None) -> list[ScannedPage]:
        device = self._connect()
        feeder = settings.source == "feeder"
        self._set(device.Properties, PROP_DOCUMENT_HANDLING_SELECT, FEEDER if feeder else FLATBED)
        if feeder:
            self._set(device.Properties, PROP_PAGES, 1)
        item = _iter_collection(device.Items)[0]
        self._set(item.Properties, PROP_CURRENT_INTENT, INTENT[settings.mode])
        self._set(item.Properties, PROP_HORIZONTAL_RES, settings.dpi)
        self._set(item.Properties, PROP_VERTICAL_RES, settings.dpi)
        if settings.area in ("a4", "id_card"):
            w_mm, h_mm = (210.0, 297.0) if settings.area == "a4" else (85.6, 54.0)
            self._set(item.Properties, PROP_HORIZONTAL_EXTENT, round(w_mm / 25.4 * settings.dpi))
            self._set(item.Properties, PROP_VERTICAL_EXTENT, round(h_mm / 25.4 * settings.dpi))
        pages: list[ScannedPage] = []
        limit = settings.max_pages if feeder else 1
        while limit is None or len(pages) < limit:
            if cancel is not None and cancel.is_set():
                raise DeviceCancelled()
            try:
                png = self._transfer(item)
            except Exception as exc:
                err = map_wia_error(exc)
                if feeder and isinstance(err, FeederEmpty) and pages:
                    break  # the feeder ran out after some pages: the batch is done
                raise err from exc
            pages.append(self._page(png, settings))
            if progress is not None:
                progress(len(pages), limit or 0)
        return pages

    def close(self) -> None:
        """WIA objects are released with the references; nothing to close."""
