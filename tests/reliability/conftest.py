"""Fixtures of the reliability tests: a small desk's data and mounts that fail like devices."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdih_desktop.services.demo import generate_demo_data


@pytest.fixture
def desk_data(ctx):
    """A small collection with visits and loans (the demo generator, 40 documents)."""
    generate_demo_data(documents=40, visits=80)
    return ctx


def _mount(target: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs: a full USB stick."""
    target = tmp_path / "usb-full"
    if not _mount(target, "size=256k"):
        pytest.skip("tmpfs mount needs root (the CI runs as root)")
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A read-only mount (chmod does not stop root, a read-only mount does)."""
    target = tmp_path / "usb-ro"
    if not _mount(target, "ro,size=64m"):
        pytest.skip("tmpfs mount needs root (the CI runs as root)")
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True)
