"""Fixtures of the reports tests: a generated database and the report service over it."""

from __future__ import annotations

import datetime as dt

import pytest

from jdih_desktop.services.reports import Period, ReportService
from tests.reports.report_data import populate

OCTOBER = Period.month(2026, 10)


@pytest.fixture
def filled(ctx) -> dict[str, object]:
    """The test database filled with generated visits, loans and documents."""
    return populate()


@pytest.fixture
def report_service(ctx, clock) -> ReportService:
    from tests.conftest import admin_session

    service = ReportService(ctx.config, clock)
    service.session = admin_session(ctx, clock)
    return service


@pytest.fixture
def october() -> Period:
    return OCTOBER


@pytest.fixture
def oct5() -> Period:
    return Period.day(dt.date(2026, 10, 5))
