"""Real desk work in separate processes on one database, for the two-writer tests and benches.

Every function here runs in a child process started with ``multiprocessing`` (spawn): it opens
the database the way the app does (``store.db.open_database``), builds the real services and
does whole desk operations. Nothing is patched. The parent prepares the data (``seed``) and
compares what each child reports.

Outcomes of one operation: ``ok`` (saved), ``domain`` (a JdihError: the desk's own sentence,
e.g. "baru saja dipinjam"), ``locked`` (an unhandled ``database is locked``), ``other:<repr>``.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Callable
from pathlib import Path

SCENARIOS = ("same_copy", "different_copies", "return_vs_loan", "visit_book")

BOOK = {"full_name": "Ahmad Fauzi", "id_type": "nik", "id_number": "6172010101900005",
        "institution": "", "address": "", "phone": "0813 5000 1234", "email": "",
        "category": "umum", "purpose": "Membaca putusan"}


def ink_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (120, 60), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(5, 50), (60, 5), (115, 55)], fill=(0, 0, 80, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def classify(exc: BaseException | None) -> str:
    if exc is None:
        return "ok"
    from jdih_desktop.errors import JdihError

    if isinstance(exc, JdihError):
        return "domain"
    if "locked" in str(exc).lower() or "busy" in str(exc).lower():
        return "locked"
    return f"other:{exc!r}"[:200]


def seed(url: str, rounds: int) -> dict[str, list[int]]:
    """Documents, copies, a visitor, open visits and open loans enough for ``rounds`` rounds."""
    from jdih_desktop.store.db import open_database
    from jdih_desktop.store.migrations import migrate
    from jdih_desktop.store.models import Copy, Document, LoanRule, Visit, Visitor, database_proxy

    db = open_database(url)
    migrate(db, None)
    services = _services()
    with database_proxy.atomic():
        # one borrower per loan: per-borrower loan limits never get in the way
        visitors = [Visitor.create(full_name=f"Pengunjung {i}", id_type="nik",
                                   id_number=f"61720157089{i:05d}", category="umum",
                                   name_search=f"pengunjung {i}").id
                    for i in range(1, 4 * rounds + 2)]
        copies = []
        for i in range(4 * rounds + 4):
            d = Document.create(doc_type="peraturan", jenis="Peraturan KPU",
                                singkatan_jenis="PKPU", nomor=str(i + 1), tahun=2024,
                                judul=f"Peraturan nomor {i + 1}", subjek="PEMILU")
            copies.append(Copy.create(document=d, barcode=f"JDIH{i + 1:07d}").id)
    rule = LoanRule.select().where(LoanRule.read_on_site == False).first()  # noqa: E712
    # return_vs_loan: one open loan per round on copies[2r], lent copy is copies[2r+1]
    loans = []
    for r in range(rounds):
        loans.append(services.loans.create_loan(None, rule.id, [copies[2 * r]],
                                                visitor_id=visitors[r]).id)
    visits = []
    for _ in range(2 * rounds):
        v = services.visits.open_visit()
        services.visits.complete_arrival(v.id)
        visits.append(v.id)
    assert Visit.select().count() >= 2 * rounds
    db.close()
    return {"copies": copies, "loans": loans, "visits": visits, "visitors": visitors,
            "rule": [rule.id]}


def _services():
    from jdih_desktop.config import AppConfig
    from jdih_desktop.services.container import build_services
    from jdih_desktop.services.session import OFFICER, Actor, Session
    from jdih_desktop.store import crypto
    from jdih_desktop.store.models import database_proxy

    # The at-rest key beside the database, as the app keeps it in its data folder.
    db = database_proxy.obj
    if db.__class__.__name__.lower().startswith(("sqlite",)):
        folder = Path(db.database).parent
    else:  # PostgreSQL: a key folder per test database, outside the repository
        import tempfile

        folder = Path(tempfile.gettempdir()) / f"jdih-desk-key-{db.database}"
    try:
        crypto.install_key(crypto.load_or_create_key(folder))
    except FileExistsError:  # the other desk process created it a moment ago
        crypto.install_key(crypto.load_or_create_key(folder))
    # A desk process acts as a petugas (the services still check the role on every call).
    return build_services(AppConfig(path=Path("config-unused.ini")),
                          session=Session(Actor(None, "petugas.uji", "Petugas uji", OFFICER)))


def operation(scenario: str, role: int, r: int, plan: dict[str, list[int]],
              rounds: int) -> Callable[[object], object]:
    """The one operation desk ``role`` (0 or 1) does in round ``r`` of ``scenario``."""
    copies, rule, people = plan["copies"], plan["rule"][0], plan["visitors"]
    visitor = people[rounds + 2 * r + role]  # nobody in the seeded loans
    if scenario == "same_copy":
        cid = copies[2 * rounds + r]
        return lambda s: s.loans.create_loan(None, rule, [cid], visitor_id=visitor)
    if scenario == "different_copies":
        cid = copies[2 * rounds + 2 * r + role]
        return lambda s: s.loans.create_loan(None, rule, [cid], visitor_id=visitor)
    if scenario == "return_vs_loan":
        if role == 0:
            loan = plan["loans"][r]
            return lambda s: s.returns.return_all(loan)
        cid = copies[2 * r + 1]
        return lambda s: s.loans.create_loan(None, rule, [cid], visitor_id=visitor)
    if scenario == "visit_book":
        visit = plan["visits"][2 * r + role]
        sig = ink_png()
        book = dict(BOOK, id_number=f"61720101019{role:01d}{r + 1:04d}")
        return lambda s: s.visits.save_visit_book(visit, book, consent=True, signature_png=sig)
    raise ValueError(scenario)


def desk(url: str, scenario: str, role: int, rounds: int, plan: dict[str, list[int]],
         barrier, results) -> None:
    """Child process: ``rounds`` operations, each started together with the other desk."""
    from jdih_desktop.store.db import open_database

    open_database(url)
    services = _services()
    out = []
    for r in range(rounds):
        op = operation(scenario, role, r, plan, rounds)
        barrier.wait()
        exc = None
        try:
            op(services)
        except Exception as e:
            exc = e
        out.append(classify(exc))
    results.put((role, out))


def two_desks(url: str, scenario: str, rounds: int, plan: dict[str, list[int]],
              timeout: float = 600) -> tuple[list[str], list[str]]:
    """Run ``scenario`` on two desk processes; returns each desk's outcomes, round by round."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=desk, args=(url, scenario, role, rounds, plan, barrier,
                                            results)) for role in (0, 1)]
    for p in procs:
        p.start()
    got: dict[int, list[str]] = {}
    deadline = time.monotonic() + timeout
    while len(got) < 2 and time.monotonic() < deadline:
        role, out = results.get(timeout=max(1.0, deadline - time.monotonic()))
        got[role] = out
    for p in procs:
        p.join(10)
    return got[0], got[1]


def now() -> dt.datetime:
    return dt.datetime.now()
