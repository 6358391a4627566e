"""The WIA driver over a fake of the WIA Automation COM objects (WIA itself needs Windows)."""

from __future__ import annotations

import io
import threading

import pytest
from PIL import Image

from jdih_desktop.devices.base import (
    DeviceBusy,
    DeviceCancelled,
    DeviceNotFound,
    FeederEmpty,
    PaperJam,
    ScanSettings,
)
from jdih_desktop.devices.wia_scanner import (
    WIA_ERROR_BUSY,
    WIA_ERROR_PAPER_EMPTY,
    WIA_ERROR_PAPER_JAM,
    WIA_FORMAT_PNG,
    WiaScanner,
    list_wia_devices,
)


class COMError(Exception):
    """Shaped like comtypes.COMError: (hresult, text, details) and ``.hresult``."""

    def __init__(self, hresult: int) -> None:
        signed = hresult - (1 << 32) if hresult & 0x80000000 else hresult
        super().__init__(signed, "WIA error", None)
        self.hresult = signed


class Prop:
    def __init__(self, value: object) -> None:
        self.Value = value


class Props:
    def __init__(self, values: dict[str, object]) -> None:
        self.items = {k: Prop(v) for k, v in values.items()}

    def __call__(self, key: str) -> Prop:
        if key not in self.items:
            raise COMError(0x80070490)
        return self.items[key]


class Collection:
    def __init__(self, items: list[object]) -> None:
        self._items = items

    @property
    def Count(self) -> int:
        return len(self._items)

    def Item(self, i: int) -> object:  # 1-based, as WIA
        return self._items[i - 1]


class FakeImageFile:
    def __init__(self, png: bytes) -> None:
        self.FileData = type("Vec", (), {"BinaryData": png})()


class FakeItem:
    def __init__(self, device: FakeDevice) -> None:
        self.device = device
        self.Properties = Props({"6146": 1, "6147": 150, "6148": 150, "6151": 0, "6152": 0})

    def Transfer(self, fmt: str) -> FakeImageFile:
        dev = self.device
        if fmt != WIA_FORMAT_PNG or not dev.png_supported:
            if fmt == WIA_FORMAT_PNG:
                raise COMError(0x80070057)  # E_INVALIDARG: this driver has no PNG
            buf = io.BytesIO()
            Image.new("RGB", (40, 60), "white").save(buf, "BMP")
            return FakeImageFile(buf.getvalue())
        dev.transfers.append(threading.get_ident())
        if dev.fail_next is not None:
            hr, dev.fail_next = dev.fail_next, None
            raise COMError(hr)
        feeder = dev.Properties("3088").Value == 1
        if feeder:
            if dev.feeder_pages == 0:
                raise COMError(WIA_ERROR_PAPER_EMPTY)
            dev.feeder_pages -= 1
        dpi = self.Properties("6147").Value
        img = Image.new("RGB", (int(8.27 * dpi / 10), int(11.69 * dpi / 10)), "white")
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return FakeImageFile(buf.getvalue())


class FakeDevice:
    def __init__(self) -> None:
        self.Properties = Props({"3086": 0x003, "3087": 1, "3088": 2, "3096": 1})
        self.feeder_pages = 3
        self.png_supported = True
        self.fail_next: int | None = None
        self.transfers: list[int] = []
        self.Items = Collection([FakeItem(self)])


class FakeDeviceInfo:
    def __init__(self, device_id: str, name: str, device: FakeDevice, type_: int = 1) -> None:
        self.DeviceID = device_id
        self.Type = type_
        self.Properties = Props({"Name": name})
        self._device = device

    def Connect(self) -> FakeDevice:
        return self._device


class FakeBackend:
    """Stands in for comtypes: records which threads initialised COM."""

    def __init__(self) -> None:
        self.device = FakeDevice()
        self.initialised: list[int] = []
        camera = FakeDeviceInfo("{cam}\\0001", "Kamera", FakeDevice(), type_=2)
        self.manager = type("DM", (), {"DeviceInfos": Collection([
            FakeDeviceInfo("{6BDD1FC6}\\0000", "Canon DR-C225", self.device), camera])})()

    def co_initialize(self) -> None:
        self.initialised.append(threading.get_ident())

    def device_manager(self) -> object:
        return self.manager


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


def test_lists_only_scanners(backend: FakeBackend) -> None:
    infos = list_wia_devices(backend)
    assert [(i.spec, i.name) for i in infos] == [("wia:{6BDD1FC6}\\0000", "Canon DR-C225")]


def test_flatbed_scan_sets_resolution_and_returns_png(backend: FakeBackend) -> None:
    scanner = WiaScanner("{6BDD1FC6}\\0000", backend)
    pages = scanner.scan(ScanSettings(dpi=300, mode="gray", area="a4"))
    item = backend.device.Items.Item(1)
    assert len(pages) == 1 and pages[0].png.startswith(b"\x89PNG")
    assert item.Properties("6147").Value == 300 and item.Properties("6146").Value == 2
    assert item.Properties("6151").Value == round(210 / 25.4 * 300)
    assert backend.device.Properties("3088").Value == 2  # flatbed selected
    assert scanner.capabilities().sources == ("flatbed", "feeder")


def test_feeder_batch_until_empty(backend: FakeBackend) -> None:
    scanner = WiaScanner("{6BDD1FC6}\\0000", backend)
    seen: list[int] = []
    pages = scanner.scan(ScanSettings(dpi=100, source="feeder"),
                         progress=lambda d, t: seen.append(d))
    assert len(pages) == 3 and seen == [1, 2, 3]
    with pytest.raises(FeederEmpty):
        scanner.scan(ScanSettings(dpi=100, source="feeder"))


@pytest.mark.parametrize(("hresult", "error"), [(WIA_ERROR_PAPER_JAM, PaperJam),
                                                (WIA_ERROR_BUSY, DeviceBusy)])
def test_hresults_map_to_device_errors(backend: FakeBackend, hresult: int,
                                       error: type) -> None:
    scanner = WiaScanner("{6BDD1FC6}\\0000", backend)
    backend.device.fail_next = hresult
    with pytest.raises(error):
        scanner.scan(ScanSettings(dpi=100))
    assert len(scanner.scan(ScanSettings(dpi=100))) == 1


def test_unknown_device_is_not_found(backend: FakeBackend) -> None:
    with pytest.raises(DeviceNotFound):
        WiaScanner("{nope}", backend).scan(ScanSettings())


def test_cancel_between_feeder_pages(backend: FakeBackend) -> None:
    cancel = threading.Event()
    with pytest.raises(DeviceCancelled):
        WiaScanner("{6BDD1FC6}\\0000", backend).scan(
            ScanSettings(dpi=100, source="feeder"),
            progress=lambda d, t: cancel.set(), cancel=cancel)
    assert backend.device.feeder_pages == 2


def test_com_is_initialised_on_the_worker_thread(backend: FakeBackend) -> None:
    # GIVEN the scanner is used from a worker thread (as ScannerWorker does)
    scanner = WiaScanner("{6BDD1FC6}\\0000", backend)
    worker_ids: list[int] = []

    def work() -> None:
        worker_ids.append(threading.get_ident())
        scanner.scan(ScanSettings(dpi=100))
        scanner.scan(ScanSettings(dpi=100))

    t = threading.Thread(target=work)
    t.start()
    t.join()
    # THEN COM was initialised once, on that thread, and the transfers happened there
    assert backend.initialised == worker_ids
    assert set(backend.device.transfers) == set(worker_ids)


def test_bmp_only_driver_gives_png_pages(backend: FakeBackend) -> None:
    # GIVEN a driver that cannot hand out PNG
    backend.device.png_supported = False
    page = WiaScanner("{6BDD1FC6}\\0000", backend).scan(ScanSettings(dpi=100))[0]
    # THEN the BMP it gives is converted, and the page is PNG like from every other scanner
    assert page.png.startswith(b"\x89PNG") and (page.width, page.height) == (40, 60)
