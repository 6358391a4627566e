"""The SOP wizard: a visit from arrival to documentation, one page per flowchart box.

Names load on first use: the home page needs ``VisitDesk`` (the visits panel), while the
wizard's pages load when the first visit opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdih_desktop.ui.wizard.desk import VisitDesk
    from jdih_desktop.ui.wizard.wizard import FLOW, VisitWizard

__all__ = ["FLOW", "VisitDesk", "VisitWizard"]


def __getattr__(name: str) -> Any:
    if name == "VisitDesk":
        from jdih_desktop.ui.wizard.desk import VisitDesk

        return VisitDesk
    if name in ("FLOW", "VisitWizard"):
        from jdih_desktop.ui.wizard import wizard

        return getattr(wizard, name)
    raise AttributeError(name)
