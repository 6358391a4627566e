"""Contract: the simulated scanner and the real SANE driver (SANE's `test` backend, set up by
tests/devices/sane/ through SANE_CONFIG_DIR in conftest.py) behave the same way."""

from __future__ import annotations

import ctypes.util
import io
import threading
from collections.abc import Callable, Iterator

import pytest
from PIL import Image

from jdih_desktop.devices.base import (
    CoverOpen,
    DeviceCancelled,
    DeviceError,
    FeederEmpty,
    PaperJam,
    Scanner,
    ScanSettings,
)
from jdih_desktop.devices.registry import build_scanner

HAVE_SANE = ctypes.util.find_library("sane") is not None
SANE_REASON = "libsane1 is not installed (make test installs it via scripts/system-deps.sh)"

# (name, SANE status the test backend returns, our error)
FAILURES = [("jam", "SANE_STATUS_JAMMED", PaperJam),
            ("cover", "SANE_STATUS_COVER_OPEN", CoverOpen),
            ("no_docs", "SANE_STATUS_NO_DOCS", FeederEmpty)]

Inject = Callable[[str], None]


@pytest.fixture(scope="module")
def sane_scanner() -> Iterator[Scanner]:
    if not HAVE_SANE:
        pytest.skip(SANE_REASON)
    scanner = build_scanner("sane:test:0")
    yield scanner
    scanner.close()


@pytest.fixture(params=["simulated", pytest.param("sane", marks=pytest.mark.sane)])
def device(request: pytest.FixtureRequest) -> Iterator[tuple[Scanner, Inject]]:
    if request.param == "simulated":
        sim = build_scanner("simulated")
        sim.load_feeder(3)  # type: ignore[attr-defined]
        errors = {name: err for name, _s, err in FAILURES}
        yield sim, lambda name: sim.fail_next(errors[name]())  # type: ignore[attr-defined]
        return
    scanner = request.getfixturevalue("sane_scanner")
    statuses = {name: status for name, status, _e in FAILURES}
    yield scanner, lambda name: scanner.set_option("read-return-value", statuses[name])
    scanner.set_option("read-return-value", "Default")


def _size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as img:
        return img.size


def test_capabilities(device: tuple[Scanner, Inject]) -> None:
    scanner, _ = device
    caps = scanner.capabilities()
    assert {"flatbed", "feeder"} <= set(caps.sources)
    assert 150 in caps.resolutions and 300 in caps.resolutions
    assert "color" in caps.modes and "gray" in caps.modes


@pytest.mark.parametrize("dpi", [75, 150])
def test_flatbed_a4_page_size(device: tuple[Scanner, Inject], dpi: int) -> None:
    scanner, _ = device
    # WHEN one A4 page is scanned from the flatbed
    pages = scanner.scan(ScanSettings(dpi=dpi, area="a4"))
    # THEN it is one PNG of A4 at that resolution (210 x 297 mm, within a pixel or two)
    assert len(pages) == 1
    w, h = _size(pages[0].png)
    assert (w, h) == (pages[0].width, pages[0].height)
    assert abs(w - 210 / 25.4 * dpi) <= 2 and abs(h - 297 / 25.4 * dpi) <= 2
    assert pages[0].dpi == dpi


def test_gray_mode(device: tuple[Scanner, Inject]) -> None:
    scanner, _ = device
    page = scanner.scan(ScanSettings(dpi=75, mode="gray", area="id_card"))[0]
    with Image.open(io.BytesIO(page.png)) as img:
        assert img.mode == "L"
    assert abs(page.width - 85.6 / 25.4 * 75) <= 2


def test_feeder_batch_reports_progress(device: tuple[Scanner, Inject]) -> None:
    scanner, _ = device
    seen: list[int] = []
    pages = scanner.scan(ScanSettings(dpi=50, source="feeder", area="a4"),
                         progress=lambda done, total: seen.append(done))
    assert len(pages) >= 3
    assert seen == list(range(1, len(pages) + 1))


def test_feeder_cancel_between_pages(device: tuple[Scanner, Inject]) -> None:
    scanner, _ = device
    cancel = threading.Event()
    with pytest.raises(DeviceCancelled):
        scanner.scan(ScanSettings(dpi=50, source="feeder"),
                     progress=lambda done, total: cancel.set() if done == 1 else None,
                     cancel=cancel)
    # AND the scanner still works afterwards
    assert len(scanner.scan(ScanSettings(dpi=50))) == 1


@pytest.mark.parametrize(("name", "error"), [(n, e) for n, _s, e in FAILURES])
def test_injected_failure_then_scanner_still_works(device: tuple[Scanner, Inject], name: str,
                                                   error: type[DeviceError]) -> None:
    scanner, inject = device
    # GIVEN the scanner will report a jam / open cover / no document
    inject(name)
    # WHEN scanning, THEN the matching DeviceError with an Indonesian instruction
    with pytest.raises(error) as err:
        scanner.scan(ScanSettings(dpi=50))
    assert "lalu Coba lagi" in err.value.message
    # AND once the problem is gone, the next scan works (the session was cancelled)
    if hasattr(scanner, "set_option"):
        scanner.set_option("read-return-value", "Default")
    assert len(scanner.scan(ScanSettings(dpi=50))) == 1


@pytest.mark.sane
def test_sane_device_list_is_cached() -> None:
    if not HAVE_SANE:
        pytest.skip(SANE_REASON)
    from jdih_desktop.devices.sane_scanner import list_sane_devices

    first = list_sane_devices(refresh=True)
    assert [d.spec for d in first] == ["sane:test:0"]
    assert list_sane_devices() == first


@pytest.mark.sane
def test_sane_fixed_point_conversion() -> None:
    from jdih_desktop.devices.sane_scanner import SANE_FIXED_SCALE, _from_raw, _raw_number

    class Opt:
        val_type = "SaneValueType : Fixed (2)"

    assert _raw_number(Opt(), 210.0) == 210 * SANE_FIXED_SCALE
    assert _from_raw(Opt(), 150 * SANE_FIXED_SCALE) == 150.0
