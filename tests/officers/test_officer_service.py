"""OfficerService: officers as plain data, never deleted once named, and who is on duty."""

from __future__ import annotations

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.officers import OfficerError, OfficerForm
from jdih_desktop.store.models import AuditLog, Officer, Visit

NIP = "198703122010121002"


def test_add_validates_and_makes_a_unique_username(services):
    # GIVEN the seeded default officer only
    officers = services.officers
    assert [o.username for o in officers.list()] == ["petugas"]
    # WHEN an officer is added with a bad NIP and no name
    with pytest.raises(ValidationError) as err:
        officers.add(OfficerForm("  ", "1987 0312", "", "officer"))
    # THEN each field gets its own precise message and nothing is saved
    assert "wajib diisi" in err.value.errors["full_name"]
    assert "18 angka" in err.value.errors["nip"]
    assert Officer.select().count() == 1
    # WHEN two officers of the same name are added correctly
    a = officers.add(OfficerForm("Siti  Aminah", NIP, "Pengelola Pelayanan Hukum", "officer"))
    b = officers.add(OfficerForm("Siti Aminah", "", "", "head"))
    # THEN names are tidied, usernames are unique, the rest is stored as typed
    assert (a.full_name, a.username, a.nip, a.role_label) == ("Siti Aminah", "siti.aminah", NIP,
                                                              "Petugas")
    assert (b.username, b.nip, b.role) == ("siti.aminah2", "", "head")
    assert AuditLog.select().where(AuditLog.action == "officer.add").count() == 2


def test_an_officer_named_by_a_record_is_deactivated_never_deleted(services):
    # GIVEN an officer who opened a visit, and one added by mistake
    officers = services.officers
    used = officers.add(OfficerForm("Rudi Hartono", "", "", "officer"))
    services.visits.open_visit(used.id)
    typo = officers.add(OfficerForm("Rudi Hartonoo", "", "", "officer"))
    # WHEN deleting the one on record
    with pytest.raises(OfficerError, match="Nonaktifkan"):
        officers.delete(used.id)
    # THEN it stays; deactivating keeps the row and the record, off the active list
    rec = officers.set_active(used.id, False)
    assert not rec.active and rec.records >= 1
    assert Visit.get().officer_id == used.id
    assert used.id not in [o.id for o in officers.list(include_inactive=False)]
    # AND the one never used can be deleted
    officers.delete(typo.id)
    assert Officer.get_or_none(Officer.id == typo.id) is None


def test_the_last_active_officer_cannot_be_deactivated(services):
    default = services.officers.list()[0]
    with pytest.raises(OfficerError, match="satu-satunya"):
        services.officers.set_active(default.id, False)


def test_the_officer_on_duty_is_the_one_signed_in_and_shift_change_switches(services, clock):
    # GIVEN the administrator signed in, and a second officer with a password
    officers = services.officers
    default = officers.on_duty()
    assert default is not None and default.full_name == "Petugas Pelayanan Hukum"
    siti = officers.add(OfficerForm("Siti Aminah", NIP, "", "officer"))
    services.accounts.set_password(siti.id, "siti-kata-sandi-9")
    # WHEN Siti takes over the desk at shift change (one sign-in over the current one)
    services.accounts.switch(siti.username, "siti-kata-sandi-9")
    # THEN she is on duty, and the catalogue and returns services record her
    assert officers.on_duty().id == siti.id
    assert services.catalogue.officer_source() == siti.id
    assert services.returns.officer_source() == siti.id
    assert AuditLog.select().where(AuditLog.action == "auth.switch",
                                   AuditLog.officer == siti.id).count() == 1
    assert services.session.actor.officer_id == siti.id and services.session.actor.role == "officer"
