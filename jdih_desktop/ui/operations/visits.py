"""Visit operations: every SOP box the wizard completes, run on the database lane.

Each class here is one thing a person does during a visit (open it, complete the arrival, save
the visit book, grant access, decide to borrow, complete the loan box, acknowledge the
handover, record the departure, close or cancel the visit, add an attachment, put a copy on the
"to borrow" list). Its service call runs on the task manager's database lane; ``success`` is
called on the GUI thread with the plain result (``VisitData`` for a box), ``failure`` with a
``TaskFailure`` whose ``message`` is the sentence a person reads. After a success the operation
announces ``Change.VISITS`` (and ``Change.LOANS`` where loans changed), so the visits-in-progress
list and the dashboard refresh themselves.

The values are gathered by the page on the GUI thread (widget reads only) and handed in as
plain data; nothing here touches a widget. ``LoadStep`` is the read side: the visit and the data
the page of its step shows, read in one database-lane job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from jdih_desktop.services.container import Services
from jdih_desktop.services.loans import CopyInfo
from jdih_desktop.services.skm import SkmSheet
from jdih_desktop.services.visits import OfficerData, VisitData
from jdih_desktop.ui.operations import Change, ChangeHub, DbOp
from jdih_desktop.ui.taskman import TaskManager

__all__ = [
    "AcknowledgeHandover", "AddAttachment", "AddToCart", "CancelVisit", "CloseVisit",
    "CompleteArrival", "CompleteLoan", "DecideBorrow", "GrantAccess", "LoadStep", "OpenVisit",
    "OpenedVisit", "RecordDeparture", "RemoveFromCart", "SaveVisitBook", "VisitOp",
    "stored_cart",
]

PageFetch = Callable[[Services, VisitData], Any]  # a page's ``fetch``: DB lane, plain data out


def _on_duty(services: Services) -> OfficerData | None:
    """Who the wizard names in what it records (database lane). The rule has one home,
    ``services.officers.officer_on_duty``: the signed-in officer, else the one chosen at this
    desk, else the first active desk officer."""
    return services.officers.on_duty()


class VisitOp(DbOp):
    """One visit service call on the database lane; ``Change.VISITS`` announced after it."""

    changes = Change.VISITS

    def __init__(self, parent: QObject | None, fn: Callable[[], Any], *,
                 tasks: TaskManager | None = None,
                 changes_hub: ChangeHub | None = None) -> None:
        super().__init__(parent, fn, changes=self.changes, tasks=tasks,
                         changes_hub=changes_hub)


@dataclass(frozen=True)
class OpenedVisit:
    """What the desk needs to open a wizard: the visit, who is on duty, the first page's
    data (read in the same database-lane job)."""

    visit: VisitData
    officer: OfficerData | None
    page_data: Any = None


class OpenVisit(VisitOp):
    """The visitor reports to the desk (box 1): a new visit, recorded with the officer on
    duty. ``success(OpenedVisit)``."""

    def __init__(self, parent: QObject | None, services: Services,
                 fetch: PageFetch | None = None, **kw: Any) -> None:
        def job() -> OpenedVisit:
            officer = _on_duty(services)
            visit = services.visits.open_visit(officer.id if officer else None)
            return OpenedVisit(visit, officer, fetch(services, visit) if fetch else None)

        super().__init__(parent, job, **kw)


class LoadStep(DbOp):
    """Read a visit (fresh, or the one given) and the data its page shows; changes nothing.

    ``fetch_for(step)`` gives the page's fetch function for the visit's step (or for ``step``).
    ``with_officer`` also reads the officer on duty (a wizard being opened needs it).
    ``success((visit, page_data))`` or ``success(OpenedVisit)`` with ``with_officer``.
    """

    def __init__(self, parent: QObject | None, services: Services, visit_id: int, *,
                 fetch_for: Callable[[Any], PageFetch | None], step: Any = None,
                 visit: VisitData | None = None, with_officer: bool = False,
                 **kw: Any) -> None:
        def job() -> Any:
            current = visit if visit is not None else services.visits.load(visit_id)
            fetch = fetch_for(step if step is not None else current.step)
            data = fetch(services, current) if fetch is not None and \
                current.status == "open" else None
            if with_officer:
                return OpenedVisit(current, _on_duty(services), data)
            return current, data

        super().__init__(parent, job, **kw)


class CompleteArrival(VisitOp):
    """Box 2: a returning visitor attached (the visit book is pre-filled), or a new one."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 visitor_id: int | None, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.complete_arrival(visit_id, visitor_id), **kw)


class SaveVisitBook(VisitOp):
    """Box 3: the visit book, the consent and the signature (and an optional ID scan)."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 values: Mapping[str, object], *, consent: bool, signature_png: bytes | None,
                 id_scan_png: bytes | None, id_scan_dpi: int | None, keep_signature: bool,
                 **kw: Any) -> None:
        visits = services.visits
        values = dict(values)
        super().__init__(parent, lambda: visits.save_visit_book(
            visit_id, values, consent=consent, signature_png=signature_png,
            id_scan_png=id_scan_png, id_scan_dpi=id_scan_dpi, keep_signature=keep_signature),
            **kw)


class GrantAccess(VisitOp):
    """Box 4: the officer grants access to the collection (who and when recorded)."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 officer_id: int | None, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.grant_access(visit_id, officer_id), **kw)


class DecideBorrow(VisitOp):
    """Box 5's decision: borrow (on to 6) or not (on to 8)."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 wants_to_borrow: bool, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.decide_borrow(visit_id, wants_to_borrow),
                         **kw)


class CompleteLoan(VisitOp):
    """Box 6 done: the visit's loan is saved (printed, or waiting for a reprint)."""

    changes = Change.VISITS | Change.LOANS

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.complete_loan(visit_id), **kw)


class AcknowledgeHandover(VisitOp):
    """Box 7: the visitor acknowledges the documents (a tap or a signature)."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 signature_png: bytes | None, tapped: bool, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.acknowledge_handover(
            visit_id, signature_png, tapped=tapped), **kw)


class RecordDeparture(VisitOp):
    """Box 8: time out, and the SKM survey sheet when the visitor filled it."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 sheet: SkmSheet | None, **kw: Any) -> None:
        skm = services.skm
        super().__init__(parent, lambda: skm.record_departure(visit_id, sheet), **kw)


class CloseVisit(VisitOp):
    """Box 9: the officer's documentation saved, the visit closed."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 notes: str, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.close_visit(visit_id, notes), **kw)


class CancelVisit(VisitOp):
    """"Batalkan kunjungan": the visit is marked cancelled with a reason; nothing is lost."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 reason: str, **kw: Any) -> None:
        visits = services.visits
        super().__init__(parent, lambda: visits.cancel_visit(visit_id, reason), **kw)


class AddAttachment(VisitOp):
    """A photo or scan documenting the visit; ``success((attachment, visit))``."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int,
                 filename: str, content: bytes, mime: str, kind: str, **kw: Any) -> None:
        visits = services.visits

        def job() -> tuple[Any, VisitData]:
            att = visits.add_attachment(visit_id, filename, content, mime, kind)
            return att, visits.load(visit_id)

        super().__init__(parent, job, **kw)


class AddToCart(VisitOp):
    """A copy onto the visit's stored "to borrow" list, by its barcode; the document counts
    as consulted. ``success(CopyInfo)``; a barcode that cannot go out fails with the reason."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int | None,
                 barcode: str, *, consulted: bool = True, **kw: Any) -> None:
        loans, visits = services.loans, services.visits

        def job() -> CopyInfo:
            info = loans.copy_by_barcode(barcode)
            if visit_id is not None:
                visits.add_to_selection(visit_id, info.id)
                if consulted:
                    visits.record_consultation(visit_id, info.document_id)
            return info

        super().__init__(parent, job, **kw)


class RemoveFromCart(VisitOp):
    """A copy off the visit's "to borrow" list; ``success(copy_id)``."""

    def __init__(self, parent: QObject | None, services: Services, visit_id: int | None,
                 copy_id: int, **kw: Any) -> None:
        visits = services.visits

        def job() -> int:
            if visit_id is not None:
                visits.remove_from_selection(visit_id, copy_id)
            return copy_id

        super().__init__(parent, job, **kw)


def stored_cart(services: Services, visit_id: int) -> list[CopyInfo]:
    """The visit's stored "to borrow" list as copies (database lane)."""
    ids: Sequence[int] = services.visits.selection(visit_id)
    return services.loans.copies(ids) if ids else []
