"""Accounts: no default password, the first administrator, the growing delay, lock/unlock."""

from __future__ import annotations

import logging

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.accounts import SignInDelayed, SignInError, failure_delay
from jdih_desktop.services.container import build_services
from jdih_desktop.services.officers import OfficerForm
from jdih_desktop.services.session import NotSignedIn
from jdih_desktop.store.models import AuditLog, Officer
from tests.conftest import ADMIN_PASSWORD, ADMIN_PIN, ADMIN_USER, TEST_HASHER


def test_a_new_data_folder_has_no_account_that_can_sign_in(ctx, clock):
    # GIVEN a freshly created database (the seeded desk officer has no password)
    services = build_services(ctx.config, clock=clock, hasher=TEST_HASHER)
    assert services.accounts.needs_first_admin()
    assert Officer.get(Officer.username == "petugas").password_hash is None
    # THEN no password at all opens it
    for guess in ("", "petugas", "admin", "password", "12345678"):
        with pytest.raises(SignInError):
            services.accounts.sign_in("petugas", guess)
    # WHEN the first-start step is given a weak password, it says why and creates nothing
    with pytest.raises(ValidationError) as err:
        services.accounts.create_first_admin("Admin", "admin", "1234", "11")
    assert "paling sedikit 8" in err.value.errors["password"] and "pin" in err.value.errors
    assert services.accounts.needs_first_admin()
    # WHEN it is done properly, the administrator is signed in, hashed with argon2id
    actor = services.accounts.create_first_admin("Admin Hukum", "admin.hukum",
                                                 "kuat-sekali-2026", "1357")
    assert actor.role == "admin" and services.session.actor == actor
    row = Officer.get(Officer.username == "admin.hukum")
    assert row.password_hash.startswith("$argon2id$") and "kuat" not in row.password_hash
    # AND the step cannot be run a second time to make another administrator
    with pytest.raises(SignInError, match="sudah ada"):
        services.accounts.create_first_admin("Penyusup", "x", "kuat-sekali-2027")


def test_failed_sign_ins_grow_a_delay_that_is_logged_and_audited(services, clock, caplog):
    accounts = services.accounts
    caplog.set_level(logging.WARNING, logger="jdih_desktop.services.accounts")
    # GIVEN three wrong passwords: no delay yet
    for _ in range(3):
        with pytest.raises(SignInError, match="salah"):
            accounts.sign_in(ADMIN_USER, "salah-salah")
    # WHEN the fourth attempt comes at once, even the right password is refused for now
    with pytest.raises(SignInDelayed) as delayed:
        accounts.sign_in(ADMIN_USER, ADMIN_PASSWORD)
    assert delayed.value.seconds == failure_delay(3) == 2
    # WHEN time passes and another wrong one is tried, the delay doubles
    clock.advance(seconds=3)
    with pytest.raises(SignInError):
        accounts.sign_in(ADMIN_USER, "salah-lagi")
    clock.advance(seconds=3)
    with pytest.raises(SignInDelayed) as delayed:
        accounts.sign_in(ADMIN_USER, ADMIN_PASSWORD)
    assert failure_delay(4) == 4 and 0 < delayed.value.seconds <= 4
    # THEN after the delay the right password works and the count starts again
    clock.advance(seconds=5)
    assert accounts.sign_in(ADMIN_USER, ADMIN_PASSWORD).username == ADMIN_USER
    assert failure_delay(40) == 300
    # AND each failure is logged (ids, no user name typed) and audited
    fails = [r for r in caplog.records if "sign-in failed" in r.getMessage()]
    assert len(fails) == 4 and all("salah" not in r.getMessage() for r in caplog.records)
    assert AuditLog.select().where(AuditLog.action == "auth.fail").count() == 4
    assert "refused during delay" in caplog.text


def test_lock_refuses_every_call_until_the_pin_or_password(services, clock):
    accounts = services.accounts
    accounts.lock()
    with pytest.raises(NotSignedIn, match="terkunci"):
        services.visits.open_visit()
    with pytest.raises(SignInError):
        accounts.unlock("9999")
    assert services.session.locked
    accounts.unlock(ADMIN_PIN)
    assert services.visits.open_visit().id
    accounts.lock()
    accounts.unlock(ADMIN_PASSWORD)
    assert not services.session.locked
    actions = [a for (a,) in AuditLog.select(AuditLog.action).where(
        AuditLog.action.startswith("auth.")).order_by(AuditLog.id).tuples()]
    assert actions[-5:] == ["auth.lock", "auth.unlock_fail", "auth.unlock", "auth.lock",
                            "auth.unlock"]


def test_an_officer_changes_only_their_own_password(services):
    siti = services.officers.add(OfficerForm("Siti Aminah", "", "", "officer"))
    rudi = services.officers.add(OfficerForm("Rudi Hartono", "", "", "officer"))
    services.accounts.set_password(siti.id, "siti-rahasia-1")
    services.accounts.switch(siti.username, "siti-rahasia-1")
    services.accounts.set_password(siti.id, "siti-rahasia-2")
    services.accounts.set_pin("4321")
    from jdih_desktop.services.session import PermissionDenied

    with pytest.raises(PermissionDenied, match="petugas lain"):
        services.accounts.set_password(rudi.id, "rudi-rahasia-1")
    services.accounts.lock()
    services.accounts.unlock("4321")
