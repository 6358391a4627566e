"""Demo data: the counts asked for, the rules of real data, and the same result for a seed."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest

from jdih_desktop.app import ensure_demo_data, open_context
from jdih_desktop.errors import StoreError
from jdih_desktop.services.demo import generate_demo_data, has_data, holidays_for_years, isbn13
from jdih_desktop.store.enums import RELATION_INVERSE
from jdih_desktop.store.models import (
    Copy,
    Counter,
    Document,
    DocumentRelation,
    Holiday,
    Loan,
    LoanItem,
    Return,
    Visit,
    VisitConsultation,
    Visitor,
)
from jdih_desktop.store.search import SearchFilters, search_documents
from tests.conftest import make_args

STEPS = ("arrived_at", "visit_book_at", "access_at", "browse_at", "loan_at", "handover_at",
         "departed_at", "documented_at")


@pytest.fixture
def demo(ctx, clock):
    stats = generate_demo_data(documents=150, visits=400, seed=11, clock=clock)
    return stats


def test_counts_match_the_request_and_the_tables(demo):
    # GIVEN a generator asked for 150 documents and 400 visits (fixture)
    # THEN exactly that many exist, and every other count it reports is true
    assert demo["documents"] == Document.select().count() == 150
    assert demo["visits"] == Visit.select().count() == 400
    assert demo["copies"] == Copy.select().count()
    assert demo["visitors"] == Visitor.select().count() > 0
    assert demo["loans"] == Loan.select().count() > 20
    assert demo["returns"] == Return.select().count() > 10
    assert demo["loan_items"] == LoanItem.select().count()
    assert demo["relations"] == DocumentRelation.select().count() > 0
    assert demo["consultations"] == VisitConsultation.select().count() > 0
    assert {d.doc_type for d in Document.select(Document.doc_type)} == {
        "peraturan", "monografi", "artikel", "putusan"}
    assert has_data()


def test_refuses_a_database_that_already_has_data(demo, clock):
    # GIVEN a database with data  WHEN the generator runs again  THEN it refuses, adding nothing
    with pytest.raises(StoreError, match="sudah berisi"):
        generate_demo_data(documents=5, visits=5, clock=clock)
    assert Document.select().count() == 150


def test_documents_follow_the_catalogue_rules(demo):
    # GIVEN the demo catalogue
    docs = list(Document.select())
    # THEN legal numbers have KPU shapes, dates are in order, subjects are JDIHN headings
    by_number = {(d.jenis, d.nomor, d.tahun): d for d in docs}
    assert ("Undang-Undang", "7", 2017) in by_number
    assert ("Peraturan Komisi Pemilihan Umum", "4", 2021) in by_number
    kota = [d for d in docs if d.jenis == "Keputusan Komisi Pemilihan Umum Kota Singkawang"]
    assert kota and all(re.fullmatch(
        r"\d+/(HK\.03\.1-Kpt/6172/KPU-Kot/[IVX]+/\d{4}|Kpts/KPU-Kota-019\.435789/\d{4})",
        d.nomor) for d in kota)
    for d in docs:
        assert d.subjek == d.subjek.upper() and d.subjek.strip()
        if d.tanggal_penetapan and d.tanggal_pengundangan:
            assert d.tanggal_penetapan <= d.tanggal_pengundangan
        if d.doc_type == "monografi":
            assert d.penerbit and d.deskripsi_fisik and d.nomor is None
            if d.isbn:
                digits = [int(c) for c in d.isbn if c.isdigit()]
                assert len(digits) == 13 and sum(
                    x * (1 if i % 2 == 0 else 3) for i, x in enumerate(digits)) % 10 == 0
        if d.doc_type == "artikel":
            assert d.sumber and "Vol." in d.sumber
    mk = [d for d in docs if d.jenis == "Putusan Mahkamah Konstitusi"]
    assert any(d.nomor == "90/PUU-XXI/2023" for d in mk)


def test_relations_are_written_in_both_directions(demo):
    # GIVEN the demo relations
    rows = {(r.source_id, r.target_id, r.kind) for r in DocumentRelation.select()}
    # THEN each has its inverse, revoked documents are no longer in force
    assert rows
    for s, t, kind in rows:
        assert (t, s, RELATION_INVERSE[kind]) in rows
    revoked = {t for s, t, k in rows if k == "mencabut"}
    assert revoked
    assert all(Document.get_by_id(i).status == "tidak_berlaku" for i in revoked)
    uu7 = Document.get(Document.nomor == "7", Document.tahun == 2017)
    kinds = {(r.kind, r.target.nomor, r.target.tahun) for r in uu7.relations}
    assert ("mencabut", "42", 2008) in kinds and ("diubah", "7", 2023) in kinds


def test_copies_have_unique_sequential_barcodes(demo):
    # GIVEN the copies  THEN each document has 1-3, barcodes are JDIH + 7 digits, unique and
    # sequential, and the barcode counter stands at the highest number used
    per_doc = defaultdict(int)
    numbers = []
    for c in Copy.select():
        per_doc[c.document_id] += 1
        assert re.fullmatch(r"JDIH\d{7}", c.barcode)
        numbers.append(int(c.barcode[4:]))
        assert c.shelf
    assert set(per_doc.values()) <= {1, 2, 3} and len(per_doc) == 150
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert Counter.get(Counter.name == "copy_barcode").value == max(numbers)


def test_visits_walk_the_sop_in_order(demo, clock):
    # GIVEN the visits of the past 12 months ending today
    now = clock()
    visits = list(Visit.select())
    by_status = defaultdict(list)
    for v in visits:
        by_status[v.status].append(v)
    # THEN closed visits have every box stamped in order, loans only for borrowers
    assert by_status["closed"] and by_status["cancelled"] and by_status["open"]
    for v in by_status["closed"]:
        assert v.step == "CLOSED" and v.consent_given and v.consent_version
        stamps = [getattr(v, s) for s in STEPS]
        if not v.wants_to_borrow:
            assert v.loan_at is None and v.handover_at is None
            stamps = [s for s in stamps if s is not None]
        assert None not in stamps and stamps == sorted(stamps) and len(set(stamps)) == len(
            stamps)
        assert now - dt.timedelta(days=366) <= v.arrived_at <= now
        assert v.rating is None or 1 <= v.rating <= 4
        assert bool(v.loans.count()) == bool(v.wants_to_borrow)
    for v in by_status["cancelled"]:
        assert v.cancel_reason and v.cancelled_at and v.documented_at is None
    # AND a few visits are still open today, at different steps, stamped up to their step
    open_steps = {v.step for v in by_status["open"]}
    assert len(open_steps) >= 5
    for v in by_status["open"]:
        assert v.arrived_at.date() >= (now - dt.timedelta(hours=4)).date()
        assert v.documented_at is None
        done = [getattr(v, s) for s in STEPS if getattr(v, s) is not None]
        assert done == sorted(done) and all(t <= now for t in done)
        if v.step in ("HANDOVER",):
            assert v.loans.count() == 1 and v.handover_at is None
        if v.step == "LOAN":
            assert v.wants_to_borrow and v.loans.count() == 0
    assert sum(v.wants_to_borrow is True for v in by_status["closed"]) > 10
    assert sum(v.wants_to_borrow is False for v in by_status["closed"]) > 10


def test_visitors_look_like_singkawang_residents(demo):
    # GIVEN the visitors  THEN NIKs are 16 digits of Singkawang, phones +628..., no duplicates
    seen = set()
    for p in Visitor.select():
        if p.id_type == "nik":
            assert re.fullmatch(r"6172\d{12}", p.id_number)
        assert re.fullmatch(r"\+628\d{8,11}", p.phone)
        assert (p.id_type, p.id_number) not in seen
        seen.add((p.id_type, p.id_number))
        assert p.name_search == p.full_name.lower()


def test_loans_receipts_and_returns_are_consistent(demo, clock):
    # GIVEN the loans  THEN receipt and slip numbers are sequential per year in time order,
    # counters stand at the last number, item states agree with loan states, and no copy is
    # on two open loans
    for model, prefix, stamp, number, counter in (
            (Loan, "PJ", "loaned_at", "receipt_number", "loan"),
            (Return, "KB", "returned_at", "slip_number", "return")):
        rows = sorted(model.select(), key=lambda r: (getattr(r, stamp), r.id))
        per_year = defaultdict(list)
        for r in rows:
            m = re.fullmatch(rf"{prefix}-(\d{{4}})-(\d{{6}})", getattr(r, number))
            assert m and int(m.group(1)) == getattr(r, stamp).year
            per_year[int(m.group(1))].append(int(m.group(2)))
        for year, seq in per_year.items():
            assert seq == list(range(1, len(seq) + 1))
            assert Counter.get(Counter.name == f"{counter}:{year}").value == len(seq)
    statuses = set()
    for loan in Loan.select():
        items = list(loan.items)
        back = sum(i.returned_id is not None for i in items)
        expected = "returned" if back == len(items) else "partial" if back else "open"
        assert loan.status == expected and 1 <= len(items) <= 3
        statuses.add(loan.status)
        assert loan.read_on_site == (loan.due_date is None)
        for i in items:
            if i.returned_id:
                assert loan.loaned_at < i.returned_at <= clock()
                assert i.returned.loan_id == loan.id
    assert {"open", "returned"} <= statuses
    open_copies = [i.copy_id for i in LoanItem.select().where(LoanItem.returned_at.is_null())]
    assert len(open_copies) == len(set(open_copies))
    overdue = Loan.select().where(Loan.status != "returned",
                                  Loan.due_date < clock().date()).count()
    assert overdue == demo["overdue_loans"] > 0


def test_holidays_and_consultations(demo, clock):
    # GIVEN the demo  THEN the year's public holidays are there, and consultations are unique
    # per visit and happen while the visitor browses
    days = {h.date for h in Holiday.select()}
    year = clock().year
    assert {dt.date(year, 8, 17), dt.date(year, 12, 25), dt.date(year + 1, 1, 1)} <= days
    pairs = set()
    for c in VisitConsultation.select(VisitConsultation, Visit).join(Visit):
        assert (c.visit_id, c.document_id) not in pairs
        pairs.add((c.visit_id, c.document_id))
        assert c.visit.access_at <= c.at <= c.visit.browse_at


def test_same_seed_same_data_other_seed_other_data(tmp_path, clock):
    # GIVEN three fresh databases  WHEN filled with seeds 5, 5 and 6 on the same day
    def dump(name: str, seed: int) -> list:
        ctx = open_context(make_args(tmp_path / name))
        try:
            generate_demo_data(documents=60, visits=120, seed=seed, clock=clock)
            return [
                [(d.jenis, d.nomor, d.tahun, d.judul, d.status) for d in
                 Document.select().order_by(Document.id)],
                [(v.visitor.full_name, v.arrived_at, v.step, v.rating) for v in
                 Visit.select().order_by(Visit.id)],
                [(x.receipt_number, x.loaned_at, x.status) for x in Loan.select()],
                [c.barcode for c in Copy.select().order_by(Copy.id)],
            ]
        finally:
            ctx.db.close()

    a, b, c = dump("a", 5), dump("b", 5), dump("c", 6)
    # THEN the same seed gives identical rows, another seed different ones
    assert a == b
    assert a != c


def test_ensure_demo_data_fills_once(ctx, monkeypatch):
    # GIVEN a demo start on an empty database (the size is the default one)
    ensure_demo_data(ctx)
    first = Document.select().count()
    assert first == 300 and Visit.select().count() == 600
    # WHEN the app starts again THEN nothing is added
    ensure_demo_data(ctx)
    assert Document.select().count() == first


def test_demo_catalogue_is_searchable(demo):
    # GIVEN the demo catalogue  THEN the search finds the core laws and local decisions
    hits = search_documents(SearchFilters(text="UU 7/2017"))
    assert Document.get_by_id(hits.ids[0]).judul == "Pemilihan Umum"
    assert search_documents(SearchFilters(text="keputusan kpu kota singkawang")).total > 0


def test_isbn_and_holiday_helpers_are_well_formed():
    import random

    # GIVEN the helpers  THEN an ISBN has 13 digits with a valid check digit
    isbn = isbn13(random.Random(1))
    assert isbn.startswith("978-6") and len(isbn.replace("-", "")) == 13
    # AND a year without a movable-holiday table still gets the fixed national holidays
    days = dict(holidays_for_years([2040]))
    assert days[dt.date(2040, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    assert len(days) == 5
