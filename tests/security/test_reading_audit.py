"""Every reading of personal data leaves an audit row (ids only): reports holding personal data,
a visit record, a receipt reprint, a NIK shown in full, a person's export."""

from __future__ import annotations

import json

from jdih_desktop.services.reports import Period
from jdih_desktop.store.models import AuditLog, Visit
from tests.security.test_data_at_rest import NAME, NIK, _visit_with_images
from tests.wizard.conftest import catalogue  # noqa: F401


def _rows(action: str) -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id))


def test_each_reading_is_audited(ctx, services, catalogue):  # noqa: F811
    visit_id = _visit_with_images(services)
    person = Visit.get_by_id(visit_id).visitor_id
    # a report with personal data (the activity report and the visit log), a visit record
    services.reports.activity(Period.month(2026, 11))
    list(services.reports.visit_log(Period.month(2026, 11)))
    services.reports.visit_record(visit_id)
    kinds = [json.loads(r.detail)["kind"] for r in _rows("report.personal")]
    assert kinds == ["activity", "visit_log", "visit_record"]
    assert _rows("report.personal")[-1].entity_id == visit_id
    # a receipt printed once, then reprinted: only the reprint is a reading
    rule = services.loans.rules()[1]
    loan = services.loans.create_loan(None, rule.id, [catalogue["JDIH0000001"]],
                                      visitor_id=person)
    services.loans.receipt(loan.id)
    assert _rows("receipt.reprint") == []
    services.loans.mark_printed(loan.id)
    services.loans.receipt(loan.id)
    assert [r.entity_id for r in _rows("receipt.reprint")] == [loan.id]
    # the NIK in full and a person's export
    services.persons.reveal_nik(person)
    services.persons.export(person, "json", "REQ-9")
    assert [r.entity_id for r in _rows("nik.unmask")] == [person]
    assert [r.entity_id for r in _rows("person.export")] == [person]
    # every one names the officer who read, and none holds the data read
    for action in ("report.personal", "receipt.reprint", "nik.unmask", "person.export"):
        for r in _rows(action):
            assert r.officer_id == services.session.officer_id
            assert NAME not in (r.detail or "") and NIK not in (r.detail or "")
