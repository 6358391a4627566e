"""A person's rights (UU 27/2022): find, export everything (JSON and PDF), erase on request."""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader

from jdih_desktop.services.persons import PersonError
from jdih_desktop.services.session import OFFICER, Actor, PermissionDenied
from jdih_desktop.store.models import AuditLog, IdScan, Loan, Visit, Visitor
from tests.security.test_data_at_rest import BOOK, NAME, NIK, _jpeg, _visit_with_images
from tests.wizard.conftest import catalogue  # noqa: F401


def test_find_export_and_erase_a_person(ctx, services):
    # GIVEN a visitor with a signed visit book and two ID scans, and another visitor
    visit_id = _visit_with_images(services)
    services.visits.cancel_visit(visit_id, "selesai")
    persons = services.persons
    # WHEN the administrator finds them by NIK, by phone and by name
    for typed in (NIK, "0813 5000", "ahmad fau"):
        assert [m.full_name for m in persons.find(typed)] == [NAME]
    vid = persons.find(NIK)[0].visitor_id
    assert persons.find(NIK)[0].masked_id == "6172••••••••0005"
    # THEN the NIK in full is shown only on purpose, and audited
    assert persons.reveal_nik(vid) == NIK
    assert AuditLog.select().where(AuditLog.action == "nik.unmask",
                                   AuditLog.entity_id == vid).count() == 1
    # WHEN everything is exported as JSON
    data = json.loads(persons.export(vid, "json", "REQ-2026/12/001"))
    assert data["visitor"]["id_number"] == NIK and data["visitor"]["full_name"] == NAME
    (visit,) = data["visits"]
    assert base64.b64decode(visit["signature_png"]["base64"]).startswith(b"\x89PNG")
    assert len(visit["id_scans"]) == 2 and visit["consent_version"]
    # AND as a PDF to hand over: their data, readable
    pdf = persons.export(vid, "pdf", "REQ-2026/12/001")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert NAME in text and NIK in text and "REQ-2026/12/001" in text
    # (the signature and the PNG scan are the same picture here: reportlab stores it once)
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages) >= 2
    # WHEN erasure is asked without a reference, it is refused and nothing changes
    with pytest.raises(PersonError, match="rujukan"):
        persons.erase(vid, "  ")
    assert Visitor.get_by_id(vid).id_number == NIK
    # WHEN it is asked with the request's reference
    counts = persons.erase(vid, "REQ-2026/12/002")
    # THEN their identity is gone, images deleted, the visit row kept for statistics
    v = Visitor.get_by_id(vid)
    assert v.id_number is None and v.phone is None and NAME not in v.full_name
    assert IdScan.select().count() == 0 and Visit.get_by_id(visit_id).signature_png is None
    assert counts == {"id_scans": 2, "signatures": 1, "attachments": 0}
    row = AuditLog.get(AuditLog.action == "person.erase")
    assert json.loads(row.detail)["reference"] == "REQ-2026/12/002" and NAME not in row.detail
    raw = (ctx.data_dir / "jdih.sqlite3").read_bytes()
    assert NIK.encode() not in raw and NAME.encode() not in raw


def test_erase_is_refused_while_a_loan_is_open_and_for_a_petugas(ctx, services, catalogue):  # noqa: F811
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id)
    from tests.wizard.conftest import ink_png

    services.visits.save_visit_book(visit.id, BOOK, consent=True, signature_png=ink_png(),
                                    id_scan_png=_jpeg())
    vid = Visit.get_by_id(visit.id).visitor_id
    rule = services.loans.rules()[1]
    services.loans.create_loan(visit.id, rule.id, [catalogue["JDIH0000001"]])
    assert Loan.select().count() == 1
    with pytest.raises(PersonError, match="masih meminjam"):
        services.persons.erase(vid, "REQ-1")
    services.session.set_actor(Actor(1, "petugas", "Petugas", OFFICER))
    with pytest.raises(PermissionDenied, match="hanya administrator"):
        services.persons.export(vid, "json")
