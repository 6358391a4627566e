"""Generated visits, loans and documents with the edge cases reports must get right.

Everything is written straight through the models (the other flows are not needed), with a
seeded random generator so a failing number can be reproduced. October 2026 is the month under
test: it has two holidays (one on a weekday, one on a Saturday), a visit that runs past
midnight into November, cancelled visits, visits without a visitor, partial returns, returns
after the month ended, read-on-site loans and late returns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from jdih_desktop.store import enums
from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    Holiday,
    Loan,
    LoanItem,
    LoanRenewal,
    Officer,
    Return,
    Visit,
    VisitConsultation,
    Visitor,
    database_proxy,
)

OCTOBER_HOLIDAYS = {dt.date(2026, 10, 20): "Cuti bersama (uji)",
                    dt.date(2026, 10, 24): "Hari libur di hari Sabtu (uji)"}
NIKS_PREFIX = "6172"
PURPOSES = ["Mencari PKPU tahapan pemilu", "mencari pkpu tahapan pemilu ", "Penelitian skripsi",
            "Salinan keputusan", "Konsultasi hukum", ""]
PURPOSE_CATEGORIES = [None, None, "penelitian", "salinan"]


def _nik(i: int) -> str:
    return f"{NIKS_PREFIX}{i:012d}"


def populate(seed: int = 7, visits: int = 260) -> dict[str, object]:
    """Fill the bound database; returns handles to the notable rows."""
    rnd = random.Random(seed)
    db = database_proxy.obj
    officer = Officer.get(Officer.username == "petugas")
    with db.atomic():
        for day, name in OCTOBER_HOLIDAYS.items():
            Holiday.create(date=day, name=name)
        docs = []
        base = dt.datetime(2026, 8, 1, 8)
        for i in range(60):
            t = list(enums.DOC_TYPES)[i % 4]
            created = base + dt.timedelta(days=rnd.randrange(0, 110), hours=rnd.randrange(9))
            docs.append(Document.create(
                doc_type=t, jenis={"peraturan": "Peraturan Komisi Pemilihan Umum",
                                   "monografi": "Buku", "artikel": "Artikel",
                                   "putusan": "Putusan"}[t],
                singkatan_jenis="PKPU" if t == "peraturan" else None,
                nomor=str(i + 1), tahun=2015 + i % 11, judul=f"Dokumen uji {i + 1:02d}",
                status="tidak_berlaku" if i % 7 == 0 else "berlaku", created_at=created))
        copies = []
        for i, d in enumerate(docs):
            for k in range(1 + i % 3):
                copies.append(Copy.create(
                    document=d, barcode=f"B{i:03d}{k}", created_at=d.created_at,
                    condition="rusak" if (i + k) % 11 == 0 else "baik",
                    withdrawn=(i + k) % 17 == 0))
        for i, d in enumerate(docs):
            if i % 3 == 0:
                at = d.created_at + dt.timedelta(days=rnd.randrange(0, 60))
                for kind in ("digitised", "full_text") if i % 6 == 0 else ("digitised",):
                    content = f"{d.id}-{kind}".encode()
                    Attachment.create(document=d, kind=kind, filename=f"{d.id}.pdf",
                                      content=content, size=len(content), pages=3 + i % 5,
                                      sha256=hashlib.sha256(content).hexdigest(),
                                      created_at=at)
            elif i % 5 == 0:  # a non-digital attachment must not count
                Attachment.create(document=d, kind="abstrak", filename="a.txt", content=b"a",
                                  size=1, sha256="0" * 64, created_at=d.created_at)
        people = []
        for i in range(70):
            first = dt.datetime(2026, 1, 1) + dt.timedelta(days=rnd.randrange(0, 330))
            people.append(Visitor.create(
                full_name=f"Pengunjung {i:02d}", id_type="nik", id_number=_nik(i),
                category=rnd.choice(list(enums.VISITOR_CATEGORIES)), name_search=f"p{i}",
                institution="Universitas Uji" if i % 4 == 0 else None, created_at=first))
        out = {"docs": docs, "people": people}
        all_visits = []
        start = dt.datetime(2026, 9, 1)
        for n in range(visits):
            arrived = start + dt.timedelta(days=rnd.randrange(0, 84),
                                           minutes=rnd.randrange(7 * 60, 17 * 60))
            person = rnd.choice(people) if n % 23 else None
            status = rnd.choices(["closed", "cancelled", "open"], [8, 1, 1])[0]
            v = Visit.create(
                visitor=person, officer=officer, arrived_at=arrived, status=status,
                purpose=rnd.choice(PURPOSES), purpose_category=rnd.choice(PURPOSE_CATEGORIES),
                # the category given in this visit's book; None: recorded before v5
                visitor_category=rnd.choice(
                    [None, None, None, *enums.VISITOR_CATEGORIES]) if person else None,
                rating=rnd.choice([None, 1, 2, 3, 4, 4]) if status == "closed" else None,
                departed_at=arrived + dt.timedelta(minutes=rnd.randrange(10, 90))
                if status == "closed" else None,
                officer_notes=rnd.choice([None, "", "  ", f"Catatan {n}"]),
                cancelled_at=arrived if status == "cancelled" else None)
            all_visits.append(v)
            for d in rnd.sample(docs, rnd.randrange(0, 4)):
                VisitConsultation.create(visit=v, document=d, at=arrived)
        # Midnight crossing: starts 31 October, ends 1 November.
        late = Visit.create(visitor=people[0], officer=officer, status="closed",
                            arrived_at=dt.datetime(2026, 10, 31, 23, 30),
                            departed_at=dt.datetime(2026, 11, 1, 0, 40), rating=4,
                            purpose="Lembur membaca", officer_notes="Kunjungan lewat tengah malam")
        VisitConsultation.create(visit=late, document=docs[1],
                                 at=dt.datetime(2026, 11, 1, 0, 5))
        early = Visit.create(visitor=people[1], officer=officer, status="closed",
                             arrived_at=dt.datetime(2026, 9, 30, 23, 50),
                             departed_at=dt.datetime(2026, 10, 1, 0, 30), rating=1)
        out["midnight_visit"], out["september_midnight"] = late, early
        # A person whose only earlier visit was cancelled is still new in October.
        fresh = Visitor.create(full_name="Pengunjung Baru", id_type="nik",
                               id_number="6172999988887777", category="media",
                               name_search="baru")
        Visit.create(visitor=fresh, status="cancelled", arrived_at=dt.datetime(2026, 9, 10, 10))
        Visit.create(visitor=fresh, status="closed", arrived_at=dt.datetime(2026, 10, 5, 10),
                     rating=3)
        out["fresh"] = fresh
        all_visits += [late, early]
        # Loans: take copies round-robin so no copy is on two open loans at once.
        free = list(copies)
        rnd.shuffle(free)
        counter = 0
        loanable = [v for v in all_visits if v.status != "cancelled" and v.visitor_id]
        for v in rnd.sample(loanable, min(70, len(loanable))):
            take = [free.pop() for _ in range(rnd.randrange(1, 4)) if free]
            if not take:
                break
            counter += 1
            on_site = counter % 6 == 0
            loaned = v.arrived_at + dt.timedelta(minutes=20)
            due = None if on_site else (loaned + dt.timedelta(days=7)).date()
            loan = Loan.create(receipt_number=f"PJM/2026/{counter:05d}", visit=v,
                               visitor=v.visitor_id, officer=officer, loaned_at=loaned,
                               due_date=due, read_on_site=on_site)
            items = [LoanItem.create(loan=loan, copy=c) for c in take]
            if due is not None and counter % 4 == 1:  # a renewal six days later
                LoanRenewal.create(loan=loan, slip_number=f"PP-2026-{counter:06d}",
                                   officer=officer, renewed_at=loaned + dt.timedelta(days=6),
                                   old_due=due, new_due=due + dt.timedelta(days=7))
            mode = counter % 5  # 0 none back, 1 all back, 2 partial, 3 all back late, 4 later
            back_at = {0: None, 1: 3, 2: 3, 3: 12, 4: 40}[mode]
            if on_site:
                back_at = 0
            if back_at is None:
                continue
            returned = loaned + dt.timedelta(days=back_at, hours=1)
            slip = Return.create(loan=loan, slip_number=f"KBL/{counter:05d}", officer=officer,
                                 returned_at=returned)
            chosen = items[:1] if mode == 2 and len(items) > 1 else items
            for j, it in enumerate(chosen):
                it.returned = slip
                it.returned_at = returned
                it.return_condition = ["baik", "rusak", "hilang"][(counter + j) % 3]
                it.save()
                free.insert(0, it.copy)
            loan.status = "partial" if len(chosen) < len(items) else "returned"
            loan.save()
    return out
