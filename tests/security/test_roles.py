"""Roles are enforced in the services: every protected call refuses a person without the right.

The list of protected calls is read from the service classes themselves (``protected_calls``),
so a new protected method is covered the moment it is decorated; the test also pins the
minimum list, so removing a check fails here.
"""

from __future__ import annotations

import pytest

from jdih_desktop.services.audit import AuditFilter, AuditService
from jdih_desktop.services.borrowers import BorrowerService
from jdih_desktop.services.calendar_admin import CalendarAdminService
from jdih_desktop.services.catalogue import CatalogueService
from jdih_desktop.services.loans import LoanService
from jdih_desktop.services.officers import OfficerForm, OfficerService
from jdih_desktop.services.persons import PersonService
from jdih_desktop.services.reminders import ReminderService
from jdih_desktop.services.renewals import RenewalService
from jdih_desktop.services.reports import Period, ReportService
from jdih_desktop.services.retention import RetentionService
from jdih_desktop.services.returns import ReturnService
from jdih_desktop.services.session import (
    ADMIN,
    HEAD,
    OFFICER,
    TASK,
    Actor,
    NotSignedIn,
    PermissionDenied,
    Session,
    protected_calls,
)
from jdih_desktop.services.skm import SkmService
from jdih_desktop.services.visits import VisitService

SERVICES = {"visits": VisitService, "loans": LoanService, "returns": ReturnService,
            "catalogue": CatalogueService, "calendar_admin": CalendarAdminService,
            "officers": OfficerService, "reports": ReportService,
            "retention": RetentionService, "audit": AuditService, "persons": PersonService,
            "renewals": RenewalService, "reminders": ReminderService,
            "borrowers": BorrowerService, "skm": SkmService}

# The calls that must stay protected (a floor, not the whole list).
REQUIRED = {
    "visits": {"open_visit", "save_visit_book", "add_id_scan", "grant_access", "load",
               "find_visitors", "close_visit", "cancel_visit", "add_attachment"},
    "loans": {"create_loan", "receipt", "load"},
    "returns": {"return_items", "return_all", "find", "overdue", "slip"},
    "catalogue": {"create_document", "update_document", "delete_document", "add_copy",
                  "remove_copy", "add_attachment"},
    "calendar_admin": {"add_holiday", "remove_holiday", "update_loan_rule"},
    "officers": {"add", "update", "set_active", "delete"},
    "reports": {"activity", "collection", "visit_record", "visit_log"},
    "retention": {"preview", "commit"},
    "audit": {"rows", "export"},
    "persons": {"find", "export", "collect", "erase", "reveal_nik"},
    "renewals": {"renew", "quote", "slip"},
    "reminders": {"record", "statuses", "letter_pdf", "whatsapp_url"},
    "borrowers": {"summary"},
    "skm": {"record_departure", "report"},
}

ALL = [(svc, name, rights) for svc, cls in SERVICES.items()
       for name, rights in sorted(protected_calls(cls).items())]


def _actor(role: str) -> Actor:
    return Actor(99, f"uji.{role}", f"Uji {role}", role)


def test_the_protected_list_covers_the_required_calls():
    for svc, names in REQUIRED.items():
        assert names <= set(protected_calls(SERVICES[svc])), svc


@pytest.mark.parametrize(("svc", "name", "rights"), ALL, ids=[f"{s}.{n}" for s, n, _ in ALL])
def test_each_protected_call_refuses_without_the_role(services, svc, name, rights):
    service = getattr(services, svc)
    roles, _what, _scope = rights
    method = getattr(service, name)
    # GIVEN nobody signed in: refused with the Indonesian sentence that says to sign in
    services.session.set_actor(None)
    with pytest.raises(NotSignedIn, match="Masuk"):
        method(*([1] * 4))
    # GIVEN each role without the right (and a scheduled task without the scope): refused
    for role in (ADMIN, OFFICER, HEAD):
        if role in roles:
            continue
        services.session.set_actor(_actor(role))
        with pytest.raises(PermissionDenied, match="tidak boleh"):
            method(*([1] * 4))
    services.session.set_actor(Actor(None, "task", "Tugas", TASK, frozenset({"backup"})))
    with pytest.raises(PermissionDenied, match="Tugas terjadwal tidak boleh"):
        method(*([1] * 4))
    # AND a locked desk refuses even the administrator
    services.session.set_actor(_actor(ADMIN))
    services.session.locked = True
    with pytest.raises(NotSignedIn, match="terkunci"):
        method(*([1] * 4))


def test_a_refusal_changes_nothing_and_the_right_role_passes(services):
    from jdih_desktop.store.models import Officer

    # GIVEN the head (read-only) signed in
    head = services.officers.add(OfficerForm("Kepala Subbagian", "", "", "head"))
    services.accounts.set_password(head.id, "kepala-rahasia-1")
    services.accounts.switch(head.username, "kepala-rahasia-1")
    before = Officer.select().count()
    # WHEN the head tries to add an officer, open a visit or purge personal data
    with pytest.raises(PermissionDenied, match=r"Peran kepala .* tidak boleh menambah petugas"):
        services.officers.add(OfficerForm("Penyusup", "", "", "admin"))
    with pytest.raises(PermissionDenied, match="membuka kunjungan"):
        services.visits.open_visit()
    with pytest.raises(PermissionDenied, match="menghapus data pribadi"):
        services.retention.commit()
    # THEN nothing changed, and reading the reports is allowed to them
    assert Officer.select().count() == before
    assert services.reports.activity(Period.month(2026, 11)).period.label
    # AND the petugas may open a visit but not read the audit log
    services.session.set_actor(Actor(1, "petugas", "Petugas", OFFICER))
    assert services.visits.open_visit().id
    with pytest.raises(PermissionDenied, match="hanya administrator"):
        services.audit.rows(AuditFilter())


def test_a_service_built_outside_the_container_refuses_everything(ctx, clock):
    with pytest.raises(NotSignedIn):
        VisitService(ctx.config, clock).open_visit()
    assert Session().actor is None
