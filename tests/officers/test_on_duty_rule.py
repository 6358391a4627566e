"""One rule for "the officer on duty" (``services.officers.officer_on_duty``): the signed-in
officer, else the one chosen at this desk, else the first active desk officer. The visit
service and the officer service answer with it, and the wizard's operations ask it."""

from __future__ import annotations

from jdih_desktop.services.officers import OfficerService, officer_on_duty
from jdih_desktop.services.session import Actor, Session
from jdih_desktop.services.visits import VisitService
from jdih_desktop.store.models import Officer


def _officers() -> tuple[Officer, Officer, Officer]:
    head = Officer.create(username="kepala", full_name="Kepala Subbagian", role="head")
    ani = Officer.create(username="ani", full_name="Ani Wijaya", role="officer")
    budi = Officer.create(username="budi", full_name="Budi Santoso", role="officer")
    return head, ani, budi


def _session(officer: Officer | None) -> Session:
    session = Session()
    if officer is not None:
        session.set_actor(Actor(officer.id, officer.username, officer.full_name, officer.role))
    return session


def test_the_signed_in_officer_wins_over_the_desk_choice(ctx, clock):
    _head, ani, budi = _officers()
    assert officer_on_duty(_session(budi), chosen_id=ani.id).id == budi.id
    # AND the services agree with the rule
    officers = OfficerService(clock, desk="meja-1")
    officers.session = _session(budi)
    officers.set_on_duty(ani.id)
    assert officers.on_duty().id == budi.id
    assert VisitService(ctx.config, clock, _session(budi)).default_officer().id == budi.id


def test_without_a_sign_in_the_desk_choice_then_the_first_active_desk_officer(ctx, clock):
    head, _ani, budi = _officers()
    first_desk_officer = (Officer.select().where(Officer.role == "officer", Officer.active)
                          .order_by(Officer.id).first())
    assert officer_on_duty(Session(), chosen_id=budi.id).id == budi.id
    assert officer_on_duty(Session()).id == first_desk_officer.id != head.id
    officers = OfficerService(clock, desk="meja-2")
    officers.session = Session()
    officers.set_on_duty(budi.id)
    assert officers.on_duty().id == budi.id
    # the visit service has no desk choice: it falls back exactly as the rule does
    visits = VisitService(ctx.config, clock, Session())
    assert visits.default_officer() == officer_on_duty(Session())


def test_an_inactive_officer_is_never_on_duty(ctx, clock):
    _head, _ani, budi = _officers()
    Officer.update(active=False).where(Officer.id == budi.id).execute()
    found = officer_on_duty(_session(budi), chosen_id=budi.id)
    assert found is not None and found.id != budi.id
    assert found == officer_on_duty(Session())
