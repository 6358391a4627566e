"""From the visit book to the monthly report: the jenis keperluan and the visitor's category
as given in each visit's book are what the report counts."""

from __future__ import annotations

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.reports import Period
from jdih_desktop.store.models import Visit, Visitor
from tests.wizard.conftest import ink_png

SITI = {"full_name": "Siti Aminah", "id_type": "nik", "id_number": "6172015708900001",
        "institution": "Universitas Tanjungpura", "address": "", "phone": "0812 3456 7890",
        "email": "", "category": "pelajar", "purpose_category": "penelitian",
        "purpose": "Bahan skripsi tentang partisipasi pemilih"}
BUDI = {"full_name": "Budi Santoso", "id_type": "nik", "id_number": "6172010101900005",
        "institution": "Bawaslu Kota Singkawang", "address": "", "phone": "0813 5000 1234",
        "email": "", "category": "asn", "purpose_category": "salinan",
        "purpose": "Salinan Keputusan KPU tentang DPT"}


def _book(services, clock, values: dict[str, str], visitor_id: int | None = None) -> int:
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id, visitor_id)
    vs.save_visit_book(visit.id, values, consent=True, signature_png=ink_png())
    clock.advance(minutes=30)
    return visit.id


def test_report_counts_purposes_and_categories_from_the_visit_book(services, clock):
    # GIVEN three visit books filled in this month: Siti as a student doing research, Budi
    # asking for a copy, and Siti again - now a civil servant - with only a free-text purpose
    _book(services, clock, SITI)
    _book(services, clock, BUDI)
    siti = Visitor.get(Visitor.full_name == "Siti Aminah").id
    third = _book(services, clock, {**SITI, "category": "asn", "purpose_category": "",
                                    "purpose": "  Mencari PKPU Tahapan  "}, siti)
    # WHEN the month's report figures are read
    month = Period.month(clock().year, clock().month)
    by_purpose = {r.key: (r.label, r.count) for r in services.reports.by_purpose(month)}
    by_category = {r.key: r.count for r in services.reports.by_category(month)}
    # THEN purposes are the chosen jenis keperluan (labelled), else the typed text
    assert by_purpose == {"penelitian": ("Penelitian / tugas akademik", 1),
                          "salinan": ("Meminta salinan dokumen", 1),
                          "mencari pkpu tahapan": ("Mencari pkpu tahapan", 1)}
    # AND categories are those of each visit's book, although Siti's record now says ASN
    assert Visitor.get_by_id(siti).category == "asn"
    assert by_category == {"pelajar": 1, "asn": 2}
    # AND the visit remembers what was chosen when the book is opened again
    form = services.visits.load(third).form
    assert (form.category, form.purpose_category) == ("asn", "")
    assert Visit.get_by_id(third).visitor_category == "asn"


def test_an_unknown_purpose_category_is_refused(services, clock):
    vs = services.visits
    visit = vs.open_visit()
    vs.complete_arrival(visit.id)
    with pytest.raises(ValidationError) as err:
        vs.save_visit_book(visit.id, {**SITI, "purpose_category": "piknik"}, consent=True,
                           signature_png=ink_png())
    assert err.value.errors["purpose_category"] == \
        "Jenis keperluan tidak dikenal — pilih dari daftar."
    assert Visit.get_by_id(visit.id).purpose_category is None
