"""The administrator's audit viewer: filters (officer, action, date, person) and CSV/XLSX."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from jdih_desktop.services.audit import AuditFilter
from jdih_desktop.services.officers import OfficerForm
from jdih_desktop.store.models import AuditLog, Visit
from jdih_desktop.ui.accounts.audit_viewer import AuditViewer
from tests.security.test_data_at_rest import _visit_with_images


def test_filters_and_exports(ctx, services, clock):
    visit_id = _visit_with_images(services)
    person = Visit.get_by_id(visit_id).visitor_id
    services.persons.reveal_nik(person)
    siti = services.officers.add(OfficerForm("Siti Aminah", "", "", "officer"))
    audit = services.audit
    everything = audit.rows(AuditFilter())
    assert len(everything) == AuditLog.select().count() - 0  # nothing hidden
    # by action (exact, and a prefix ending in ".")
    assert {r.action for r in audit.rows(AuditFilter(action="nik.unmask"))} == {"nik.unmask"}
    assert {r.action.split(".")[0] for r in audit.rows(AuditFilter(action="visit."))} == {
        "visit"}
    # by officer, by person, by date
    assert audit.rows(AuditFilter(officer_id=siti.id)) == []
    mine = audit.rows(AuditFilter(person_id=person))
    assert {"nik.unmask", "visit.visit_book"} <= {r.action for r in mine}
    assert audit.rows(AuditFilter(date_to=clock.now.date() - dt.timedelta(days=1))) == []
    # exports: a CSV that opens in a spreadsheet, an XLSX with the same rows; both audited
    csv_bytes = audit.export(AuditFilter(action="nik.unmask"), "csv")
    assert csv_bytes.startswith("\ufeff".encode()) and b"nik.unmask" in csv_bytes
    book = load_workbook(io.BytesIO(audit.export(AuditFilter(), "xlsx")))
    assert book.active.max_row == len(everything) + 1 + 1  # header, rows, the CSV's export row
    assert AuditLog.select().where(AuditLog.action == "audit.export").count() == 2


def test_the_viewer_lists_and_filters_rows(qtbot, ctx, services, clock):
    _visit_with_images(services)
    viewer = AuditViewer(services.audit)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.date_from.setDate(QDate(2026, 11, 1))
    viewer.date_to.setDate(QDate(2026, 11, 30))
    qtbot.waitUntil(lambda: viewer.officer.count() > 1, timeout=15000)
    viewer.refresh()
    qtbot.waitUntil(lambda: "baris" in viewer.status.text(), timeout=15000)
    assert viewer.table.rowCount() > 3
    viewer.action.setCurrentText("visit.open")
    viewer.refresh()
    try:
        qtbot.waitUntil(lambda: viewer.table.rowCount() == 1
                        and viewer.status.text() == "1 baris.", timeout=15000)
    except Exception:
        raise AssertionError((viewer.table.rowCount(), viewer.status.text(),
                              viewer.current_filter())) from None
    assert viewer.table.item(0, 3).text() == "visit.open"


def test_an_import_is_one_audit_row_without_the_file_name(ctx, clock):
    from jdih_desktop.services.transfer import Importer
    from tests.transfer.conftest import FEEDS

    imp = Importer(FEEDS / "feed_canonical.json", clock=clock)
    imp.dry_run()
    report = imp.commit()
    (row,) = AuditLog.select().where(AuditLog.action == "catalogue.import")
    assert f'"added": {report.to_add}' in row.detail and "feed_canonical" not in row.detail
