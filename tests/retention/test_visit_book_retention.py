"""Retention (issue 15's second pass): the name as on the KTP and the office's own visit-book
answers are personal data too, and go with the rest when a visitor is anonymised."""

from __future__ import annotations

import json

from jdih_desktop.store.models import Visit, Visitor


def test_anonymising_clears_the_ktp_name_and_the_own_field_answers(services, people):
    # GIVEN an old visitor with a KTP name and an own-field answer, and a kept visitor likewise
    answers = json.dumps([{"key": "extra_1", "label": "Nomor anggota", "kind": "text",
                           "value": "A-17"}])
    for vid in (people.old, people.boundary):
        Visitor.update(ktp_name="Lim Mei Hua", ktp_search="lim mei hua").where(
            Visitor.id == vid).execute()
        Visit.update(custom_fields=answers).where(Visit.visitor == vid).execute()
    # WHEN the retention run is committed
    services.retention.commit()
    # THEN the old visitor's KTP name and every answer of theirs are gone
    old = Visitor.get_by_id(people.old)
    assert (old.ktp_name, old.ktp_search) == (None, None)
    assert [v.custom_fields for v in Visit.select().where(Visit.visitor == people.old)] \
        == [None, None]
    # AND the visitor inside the period keeps both
    kept = Visitor.get_by_id(people.boundary)
    assert kept.ktp_name == "Lim Mei Hua"
    assert all(v.custom_fields == answers
               for v in Visit.select().where(Visit.visitor == people.boundary))
