"""The second path: report figures recomputed in plain Python from every row.

Deliberately naive (load everything, loop, count) and written without looking at the
service's SQL, so a wrong GROUP BY, join or boundary in ``services.reports`` shows up as a
difference. Only usable on the small generated test databases.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter, defaultdict

import pypdf
from openpyxl import load_workbook

from jdih_desktop.store.models import (
    Attachment,
    Copy,
    Document,
    Holiday,
    Loan,
    LoanItem,
    LoanRenewal,
    Return,
    Visit,
    VisitConsultation,
    Visitor,
)

DIGITAL = {"digitised", "full_text"}


def activity_truth(start: dt.date, end: dt.date, now: dt.datetime) -> dict:
    """Every figure of the activity report for days [start, end)."""
    s = dt.datetime.combine(start, dt.time())
    e = dt.datetime.combine(end, dt.time())
    visits = list(Visit.select())
    people = {p.id: p for p in Visitor.select()}

    def inside(t: dt.datetime | None) -> bool:
        return t is not None and s <= t < e

    period = [v for v in visits if inside(v.arrived_at)]
    counted = [v for v in period if v.status != "cancelled"]
    t: dict = {}
    t["visits"] = len(counted)
    t["cancelled"] = len(period) - len(counted)
    per_day = defaultdict(lambda: [0, 0])
    for v in period:
        per_day[v.arrived_at.date()][1 if v.status == "cancelled" else 0] += 1
    t["per_day"] = {start + dt.timedelta(days=i): tuple(per_day[start + dt.timedelta(days=i)])
                    for i in range((end - start).days)}
    persons = {v.visitor_id for v in counted if v.visitor_id is not None}
    first_seen = {}
    for v in visits:
        if v.status != "cancelled" and v.visitor_id is not None:
            cur = first_seen.get(v.visitor_id)
            first_seen[v.visitor_id] = v.arrived_at if cur is None else min(cur, v.arrived_at)
    t["visitors"] = len(persons)
    t["new"] = sum(1 for p in persons if first_seen[p] >= s)
    t["returning"] = len(persons) - t["new"]
    t["no_visitor"] = sum(1 for v in counted if v.visitor_id is None)
    t["in_progress"] = sum(1 for v in period if v.status == "open")
    holidays = {h.date for h in Holiday.select()}
    t["open_days"] = sum(1 for d in t["per_day"] if d.weekday() < 5 and d not in holidays)
    t["by_category"] = Counter(v.visitor_category or people[v.visitor_id].category
                               if v.visitor_id else "" for v in counted)

    def purpose_key(v: Visit) -> str:
        if v.purpose_category:
            return v.purpose_category
        return (v.purpose or "").strip().lower()

    t["by_purpose"] = Counter(purpose_key(v) for v in counted)
    loans = [ln for ln in Loan.select() if inside(ln.loaned_at)]
    loan_ids = {ln.id for ln in loans}
    t["loans"] = len(loans)
    t["on_site"] = sum(1 for ln in loans if ln.read_on_site)
    items = list(LoanItem.select())
    copy_type = {c.id: c.document.doc_type for c in Copy.select(Copy, Document).join(Document)}
    by_type_items: Counter = Counter()
    by_type_loans: dict[str, set] = defaultdict(set)
    for it in items:
        if it.loan_id in loan_ids:
            by_type_items[copy_type[it.copy_id]] += 1
            by_type_loans[copy_type[it.copy_id]].add(it.loan_id)
    t["loan_items"] = sum(by_type_items.values())
    t["loans_by_type"] = {k: (len(by_type_loans[k]), by_type_items[k])
                          for k in ("peraturan", "monografi", "artikel", "putusan")}
    counted_ids = {v.id for v in counted}
    t["consulted"] = Counter(c.document_id for c in VisitConsultation.select()
                             if c.visit_id in counted_ids)
    t["slips"] = sum(1 for r in Return.select() if inside(r.returned_at))
    t["renewals"] = sum(1 for r in LoanRenewal.select() if inside(r.renewed_at))
    back = [it for it in items if inside(it.returned_at)]
    t["items_returned"] = len(back)
    t["by_condition"] = Counter(it.return_condition for it in back)
    all_loans = {ln.id: ln for ln in Loan.select()}
    t["late_returns"] = sum(1 for it in back if all_loans[it.loan_id].due_date is not None
                            and it.returned_at.date() > all_loans[it.loan_id].due_date)
    as_of = max(s, min(e, now))
    out = [it for it in items if all_loans[it.loan_id].loaned_at < as_of
           and (it.returned_at is None or it.returned_at >= as_of)]
    t["items_out"] = len(out)
    overdue = [it for it in out if all_loans[it.loan_id].due_date is not None
               and all_loans[it.loan_id].due_date < as_of.date()]
    t["overdue_items"] = len(overdue)
    t["overdue_keys"] = {(all_loans[it.loan_id].receipt_number, it.copy.barcode)
                         for it in overdue}
    per_loan: dict[int, list[bool]] = defaultdict(list)
    for it in items:
        if all_loans[it.loan_id].loaned_at < as_of:
            per_loan[it.loan_id].append(it.returned_at is not None and it.returned_at < as_of)
    t["partial"] = sum(1 for flags in per_loan.values() if any(flags) and not all(flags))
    ratings = [v.rating for v in counted if v.rating is not None]
    t["ratings"] = {r: ratings.count(r) for r in range(1, 5)}
    t["rated"] = len(ratings)
    t["average"] = sum(ratings) / len(ratings) if ratings else None
    docs = [d for d in Document.select() if d.created_at < e]
    atts = list(Attachment.select(Attachment.id, Attachment.document, Attachment.kind,
                                  Attachment.created_at, Attachment.pages))
    digital_docs = {a.document_id for a in atts if a.kind in DIGITAL and a.created_at < e}
    t["docs_total"] = len(docs)
    t["docs_digitised"] = sum(1 for d in docs if d.id in digital_docs)
    new_files = [a for a in atts if a.kind in DIGITAL and a.document_id and inside(a.created_at)]
    t["files_in_period"] = len(new_files)
    t["docs_in_period"] = len({a.document_id for a in new_files})
    t["pages_in_period"] = sum(a.pages or 0 for a in new_files)
    t["notes"] = sum(1 for v in period if (v.officer_notes or "").strip())
    return t


def collection_truth(start: dt.date, end: dt.date) -> dict:
    s = dt.datetime.combine(start, dt.time())
    e = dt.datetime.combine(end, dt.time())
    docs = [d for d in Document.select() if d.created_at < e]
    digital = {a.document_id for a in Attachment.select(Attachment.document, Attachment.kind,
                                                        Attachment.created_at)
               if a.kind in DIGITAL and a.created_at < e}
    copies = [c for c in Copy.select(Copy, Document).join(Document) if c.created_at < e]
    t: dict = {"by_type": {}, "by_year": Counter()}
    for k in ("peraturan", "monografi", "artikel", "putusan"):
        mine = [d for d in docs if d.doc_type == k]
        cps = [c for c in copies if c.document.doc_type == k]
        t["by_type"][k] = {
            "documents": len(mine),
            "berlaku": sum(1 for d in mine if d.status == "berlaku"),
            "tidak_berlaku": sum(1 for d in mine if d.status == "tidak_berlaku"),
            "copies": len(cps),
            "digitised": sum(1 for d in mine if d.id in digital),
            "added": sum(1 for d in mine if d.created_at >= s),
            "copies_added": sum(1 for c in cps if c.created_at >= s),
        }
    for d in docs:
        t["by_year"][(d.doc_type, d.tahun)] += 1
    t["documents"] = len(docs)
    t["copies"] = len(copies)
    t["digitised"] = sum(1 for d in docs if d.id in digital)
    t["withdrawn"] = sum(1 for c in copies if c.withdrawn)
    t["condition"] = Counter(c.condition for c in copies if not c.withdrawn)
    t["added"] = sum(1 for d in docs if d.created_at >= s)
    return t


# --------------------------------------------------------------------------- reading back
def pdf_text(data: bytes) -> str:
    """All text of a PDF, one space between cells and lines (tables read row by row)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def xlsx_book(data: bytes):
    return load_workbook(io.BytesIO(data))


def summary_values(book) -> dict[str, object]:
    ws = book["Ringkasan"]
    return {r[0]: r[1] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}


def sheet_rows(book, name: str) -> list[tuple]:
    return list(book[name].iter_rows(min_row=2, values_only=True))
