"""Visit book validation: precise Indonesian messages, "Lanjut" disabled, nothing saved; and
random, long, right-to-left and emoji input never crashes or corrupts a record."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from jdih_desktop.errors import ValidationError
from jdih_desktop.services.sop import Step
from jdih_desktop.services.visits import (
    FORM_FIELDS,
    check_nik,
    mask_id,
    normalise_phone,
    validate_visit_book,
)
from jdih_desktop.store.models import AuditLog, IdScan, Visit, Visitor
from jdih_desktop.ui.wizard.base import WizardContext
from jdih_desktop.ui.wizard.wizard import VisitWizard
from tests.wizard.conftest import ink_png, settle, sign

REQUIRED = ["full_name", "id_type", "id_number", "phone", "category", "purpose"]
GOOD = {"full_name": "Budi Santoso", "id_type": "nik", "id_number": "6172011203850002",
        "institution": "", "address": "", "phone": "0812-3456-7890", "email": "",
        "category": "umum", "purpose": "Mencari PKPU"}


@pytest.fixture
def book_wizard(qtbot, services, devices):
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id, None)
    ctx = WizardContext(services, devices.printer_worker, devices.scanner_worker,
                        services.visits.default_officer(), services.clock)
    w = VisitWizard(ctx, services.visits.load(visit.id))
    qtbot.addWidget(w)
    settle(qtbot)  # the page data is read on the database lane
    w.show()
    return w


def test_invalid_nik_phone_missing_consent_and_signature_block_the_visit_book(
        qtbot, book_wizard):
    # GIVEN the visit book page
    w = book_wizard
    assert w.current is Step.VISIT_BOOK
    panel = w.pages[Step.VISIT_BOOK].panel
    # WHEN the visitor types a short NIK, an impossible birth date, and a bad phone
    qtbot.keyClicks(panel.fields["full_name"], "Budi Santoso")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["id_number"], "617201120385")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["phone"], "12345")
    settle(qtbot)
    qtbot.keyClicks(panel.fields["purpose"], "Mencari PKPU")
    settle(qtbot)
    # THEN each field shows its own precise message and Lanjut stays disabled
    assert panel.errors["id_number"].text() == "NIK harus 16 angka; yang diisi 12 angka."
    assert panel.errors["phone"].text().startswith("Nomor telepon tidak dikenali")
    assert "0812-3456-7890" in panel.errors["phone"].text()
    summary = panel.summary.text()
    assert "belum menyetujui pemberitahuan privasi" in summary
    assert "Tanda tangan pengunjung masih kosong" in summary
    assert not w.btn_next.isEnabled()
    # WHEN the NIK is 16 digits but its date of birth is 32-13
    panel.fields["id_number"].clear()
    qtbot.keyClicks(panel.fields["id_number"], "6172013213850002")
    settle(qtbot)
    assert "Tanggal lahir pada NIK" in panel.errors["id_number"].text()
    assert "32-13-85" in panel.errors["id_number"].text()
    # AND Enter is pressed anyway
    qtbot.keyClick(w, Qt.Key.Key_Return)
    settle(qtbot)
    # THEN nothing is saved and the page stays
    assert w.current is Step.VISIT_BOOK
    assert Visitor.select().count() == 0
    visit = Visit.get()
    assert visit.visit_book_at is None and not visit.consent_given
    assert visit.step == "VISIT_BOOK"
    assert "Lengkapi buku kunjungan" in w.banner.text()
    # WHEN everything is corrected but the signature is still missing
    panel.fields["id_number"].clear()
    qtbot.keyClicks(panel.fields["id_number"], "6172011203850002")
    settle(qtbot)
    panel.fields["phone"].clear()
    qtbot.keyClicks(panel.fields["phone"], "+62 812 3456 7890")
    settle(qtbot)
    qtbot.keyClick(panel.consent, Qt.Key.Key_Space)
    settle(qtbot)
    assert panel.errors["id_number"].isHidden() and panel.errors["phone"].isHidden()
    assert not w.btn_next.isEnabled()
    assert list(panel.problems()) == ["signature"]
    # THEN signing enables Lanjut; clearing the pad disables it again
    sign(panel.signature)
    assert w.btn_next.isEnabled()
    qtbot.mouseClick(panel.clear_signature, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not w.btn_next.isEnabled()
    sign(panel.signature)
    qtbot.mouseClick(w.btn_next, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert w.current is Step.ACCESS
    assert Visitor.get().phone == "+6281234567890"


def test_the_service_refuses_an_empty_signature_and_saves_nothing(services):
    # GIVEN a visit at the visit book
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id)
    # WHEN saved without consent and with a blank (transparent) signature PNG
    blank = _blank_png()
    with pytest.raises(ValidationError) as err:
        services.visits.save_visit_book(visit.id, GOOD, consent=False, signature_png=blank,
                                        id_scan_png=b"\x89PNG fake")
    # THEN both problems are reported and no row was written
    assert set(err.value.errors) == {"consent", "signature"}
    assert Visitor.select().count() == 0 and IdScan.select().count() == 0
    assert AuditLog.select().where(AuditLog.action == "visit.visit_book").count() == 0


def test_required_fields_come_from_the_configuration(services):
    # GIVEN a desk whose SOP review made e-mail required and purpose optional
    services.config.visit_book.required = ["full_name", "email"]
    # WHEN the visit book lacks e-mail and purpose
    result = services.visits.validate({**GOOD, "purpose": "", "email": ""})
    # THEN only e-mail is reported
    assert result.errors == {"email": "E-mail wajib diisi."}


@pytest.mark.parametrize(("nik", "message"), [
    ("6172011203850002", None),
    ("6172015708900001", None),  # a woman: day 17 + 40
    ("6172017101000003", None),  # 31 + 40 = 71, in January
    ("617201120385000", "NIK harus 16 angka; yang diisi 15 angka."),
    ("61720112038500a2", "NIK hanya boleh berisi angka"),
    ("9972011203850002", "Kode provinsi pada NIK (99)"),
    ("6100011203850002", "kabupaten/kota"),
    ("6172001203850002", "kecamatan"),
    ("6172013002850002", "Tanggal lahir pada NIK"),  # 30 February
    ("6172017202850002", "Tanggal lahir pada NIK"),  # 72 - 40 = 32
    ("6172011203850000", "Nomor urut"),
    ("６１７２０１１２０３８５０００２", "NIK hanya boleh berisi angka"),  # full-width digits
])
def test_nik_structure(nik, message):
    problem = check_nik(nik)
    if message is None:
        assert problem is None
    else:
        assert problem is not None and message in problem


@pytest.mark.parametrize(("raw", "normalised"), [
    ("0812-3456-7890", "+6281234567890"),
    ("+62 812 3456 7890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("(0562) 631234", "+62562631234"),
    ("0562-631234", "+62562631234"),
    ("021 5551234", "+62215551234"),
    ("12345", None),
    ("0812", None),
    ("+1 202 555 0100", None),
    ("0812345678901234", None),
    ("08l2-3456-7890", None),
])
def test_phone_formats(raw, normalised):
    assert normalise_phone(raw) == normalised


def test_masking_hides_the_birth_date_of_a_nik():
    assert mask_id("6172015708900001") == "6172••••••••0001"
    assert mask_id("6172015708900001", mask="*") == "6172********0001"
    assert mask_id("B1234567", "paspor") == "••••••67"
    assert mask_id("") == ""


NASTY = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), max_size=60),
    st.text(alphabet=st.sampled_from("😀👩‍⚖️🇮🇩\u200f\u202eabc \n\t\x00\x1b"), max_size=60),
    st.just("A" * 5000),
)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({f: NASTY for f in FORM_FIELDS}), use_good=st.booleans())
def test_random_text_never_crashes_or_corrupts_the_record(services, values, use_good):
    # GIVEN random, long, RTL and emoji text in some or all fields
    raw = {**GOOD, **{k: v for k, v in values.items() if not use_good or k in (
        "full_name", "institution", "address", "email", "purpose")}}
    visit = services.visits.open_visit()
    services.visits.complete_arrival(visit.id)
    before = Visitor.select().count()
    # WHEN the visit book is validated and saved
    result = validate_visit_book(raw, REQUIRED)
    try:
        saved = services.visits.save_visit_book(visit.id, raw, consent=True,
                                                signature_png=ink_png())
    except ValidationError as exc:
        # THEN an invalid book saves nothing and every message is a non-empty sentence
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        assert set(exc.errors) == set(result.errors)
        assert Visitor.select().count() == before
        assert Visit.get_by_id(visit.id).visit_book_at is None
        return
    # THEN a valid book is stored exactly as cleaned (no truncation, no mangling)
    assert result.ok
    v = Visitor.get_by_id(saved.visitor_id)
    assert v.full_name == result.values["full_name"]
    assert (v.institution or "") == result.values["institution"]
    assert (v.address or "") == result.values["address"]
    assert (v.email or "") == result.values["email"]
    assert Visit.get_by_id(visit.id).purpose == (result.values["purpose"] or None)
    for text in (v.full_name, v.address or "", v.institution or ""):
        assert "\x00" not in text and "\u202e" not in text


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NASTY)
def test_the_form_widget_survives_any_text(qtbot, book_wizard, text):
    # GIVEN the visit book form WHEN any text lands in every text field
    panel = book_wizard.pages[Step.VISIT_BOOK].panel
    panel.set_values({f: text for f in FORM_FIELDS if f not in ("id_type", "category")})
    panel.show_all()
    # THEN the page still answers and never enables Lanjut without consent and signature
    assert not book_wizard.btn_next.isEnabled()
    assert "consent" in panel.problems()


def _blank_png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGBA", (120, 60), (0, 0, 0, 0)).save(buf, "PNG")
    return buf.getvalue()
