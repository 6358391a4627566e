"""Names as written and as on the KTP (issue 15): 林美华 is found by one character, and by
"Lim Mei Hua" typed on a plain keyboard."""

from __future__ import annotations

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.store.models import Visitor
from tests.wizard.conftest import ink_png, settle


def _book(services, **form):
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, None)
    base = {**vs.load(visit.id).form.as_dict(), "id_type": "nik",
            "id_number": "6172014101900003", "purpose": "Membaca", "category": "umum",
            "phone": "0812-5678-1234"}
    return vs.save_visit_book(visit.id, {**base, **form}, consent=True, signature_png=ink_png())


def test_a_chinese_name_is_found_by_one_character_and_by_its_ktp_spelling(services):
    _book(services, full_name="林美华", ktp_name="Lim  Mei Hua")
    v = Visitor.get()
    assert (v.full_name, v.ktp_name, v.ktp_search) == ("林美华", "Lim Mei Hua", "lim mei hua")
    find = services.visits.find_visitors
    assert [m.full_name for m in find("林")] == ["林美华"]       # the surname, one character
    assert [m.full_name for m in find("美")] == ["林美华"]       # a given name's character
    hits = find("lim mei")
    assert [(m.full_name, m.matched_on, m.ktp_name) for m in hits] == [
        ("林美华", "ktp", "Lim Mei Hua")]
    assert find("l") == []  # one Latin letter is still too little


def test_the_ktp_name_must_be_in_latin_letters(services):
    with pytest.raises(ValidationError) as exc:
        _book(services, full_name="林美华", ktp_name="林美华")
    assert "huruf Latin" in exc.value.errors["ktp_name"]
    assert Visitor.select().count() == 0


def test_arrival_lists_her_with_both_spellings(qtbot, services, devices):
    from jdih_desktop.services.sop import Step
    from jdih_desktop.ui.wizard.base import WizardContext
    from jdih_desktop.ui.wizard.wizard import VisitWizard

    _book(services, full_name="林美华", ktp_name="Lim Mei Hua")
    visit = services.visits.open_visit()
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    w = VisitWizard(ctx, services.visits.load(visit.id))
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    page = w.pages[Step.ARRIVAL]
    page.search.insert("林")  # what an input method commits (QTest cannot type it)
    settle(qtbot)  # searched on the database lane
    assert page.results.count() == 2
    assert page.results.item(1).text().startswith("林美华 (Lim Mei Hua)")


def test_the_demo_data_includes_visitors_with_chinese_names(ctx, clock):
    from jdih_desktop.services.demo import generate_demo_data

    generate_demo_data(documents=20, visits=60, seed=3, clock=clock)
    cjk = list(Visitor.select().where(Visitor.ktp_name.is_null(False)))
    assert cjk and all(v.ktp_search == v.ktp_name.lower() for v in cjk)
    assert any(v.full_name == "林美华" and v.ktp_name == "Lim Mei Hua" for v in cjk)
