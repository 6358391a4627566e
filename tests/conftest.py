"""Shared fixtures: a fresh data folder and database per test, built the way app.py builds them."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the task manager refuses a job that holds a QObject (ui/job_guard.py)
os.environ.setdefault("JDIH_JOB_GUARD", "raise")

from jdih_desktop.app import AppContext, open_context
from jdih_desktop.services.container import Services, build_services
from jdih_desktop.services.session import Session

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXED_NOW = dt.datetime(2026, 11, 24, 9, 0, 0)


def make_args(data_dir: Path, **kw: object) -> argparse.Namespace:
    base = {"data_dir": str(data_dir), "db": None, "simulate_devices": True, "demo": False,
            "verbose": False}
    base.update(kw)
    return argparse.Namespace(**base)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.delenv("JDIH_DATA_DIR", raising=False)
    monkeypatch.delenv("JDIH_DB_URL", raising=False)
    return d


@pytest.fixture(autouse=True)
def window_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Window geometry (QSettings, ui/widgets/fit.py) goes to a folder of this test, never to
    the developer's own profile, and no test inherits another's remembered window size."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def ctx(data_dir: Path) -> AppContext:
    """An opened, migrated database in a temporary data folder (simulated devices)."""
    context = open_context(make_args(data_dir))
    yield context
    context.db.close()


@pytest.fixture
def clock() -> MutableClock:
    return MutableClock(FIXED_NOW)


class MutableClock:
    """A clock tests can move: ``clock.now``; ``clock.advance(minutes=5)``."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kw: float) -> dt.datetime:
        self.now += dt.timedelta(**kw)
        return self.now


# argon2 with the smallest cost: the same code path as the app, a few microseconds per hash.
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_USER = "petugas"  # the seeded desk officer, made administrator by the first-start step
ADMIN_PASSWORD = "uji-rahasia-2026"
ADMIN_PIN = "2468"


def sign_in_admin(services: Services) -> Services:
    """The first-start step on a new data folder: the seeded officer becomes the administrator
    with a password, and is signed in (so every service check runs against a real account)."""
    if services.accounts.needs_first_admin():
        services.accounts.create_first_admin("Petugas Pelayanan Hukum", ADMIN_USER,
                                             ADMIN_PASSWORD, ADMIN_PIN)
    else:
        services.accounts.sign_in(ADMIN_USER, ADMIN_PASSWORD)
    return services


@pytest.fixture
def services(ctx: AppContext, clock: MutableClock) -> Services:
    return sign_in_admin(build_services(ctx.config, clock=clock, hasher=TEST_HASHER))


_retired_task_managers: list[object] = []  # kept referenced: never destroyed mid-session
_tests_since_full_collection = [0]


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_between_events():
    """As in the app (``ui/gui_gc.py``): Python's collector never runs in the middle of a Qt
    call into Python (a paint, an event filter), where freeing a cycle that holds a widget
    crashed the process. Here the young generations are collected after each test and the
    whole heap every 25 tests; a task manager's own timer collects while one runs."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _one_task_manager_per_test():
    """Each test is one run of the app: it gets its own task manager (created on first use),
    so a job a previous test left running on the database lane cannot hold this one up."""
    yield
    import sys

    operations = sys.modules.get("jdih_desktop.ui.operations")
    if operations is not None:  # an operation whose device was shut down never answers
        _retired_task_managers.extend(operations._running)
        operations._running.clear()
    taskman = sys.modules.get("jdih_desktop.ui.taskman")
    if taskman is not None and taskman._default is not None:
        manager, taskman._default = taskman._default, None
        manager.shutdown(timeout_ms=2000)
        _retired_task_managers.append(manager)
    _tests_since_full_collection[0] += 1
    if _tests_since_full_collection[0] >= 25:
        _tests_since_full_collection[0] = 0
        gc.collect()
    else:
        gc.collect(1)




def admin_session(ctx: AppContext, clock: MutableClock) -> Session:
    """A session with the administrator signed in, for a service a test builds by hand."""
    return sign_in_admin(build_services(ctx.config, clock=clock, hasher=TEST_HASHER)).session


@pytest.fixture
def cli_admin(ctx: AppContext, clock: MutableClock, monkeypatch: pytest.MonkeyPatch) -> str:
    """An administrator in the test database, and their credentials typed on standard input
    for every command that asks (one user-name line and one password line per command)."""
    import io

    probe = build_services(ctx.config, clock=clock, hasher=TEST_HASHER)
    if probe.accounts.needs_first_admin():
        sign_in_admin(probe)
    answers = f"{ADMIN_USER}\n{ADMIN_PASSWORD}\n" * 50
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    return ADMIN_USER
