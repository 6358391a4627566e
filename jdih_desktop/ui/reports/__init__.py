"""The reports window (SOP step 9: documenting the results of the activity).

``ReportsWindow`` is loaded on first use: it pulls in reportlab and openpyxl, which the home
page (the dashboard imports ``ui.reports.worker``) must not pay for at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdih_desktop.ui.reports.window import ReportsWindow

__all__ = ["ReportsWindow"]


def __getattr__(name: str) -> Any:
    if name == "ReportsWindow":
        from jdih_desktop.ui.reports.window import ReportsWindow

        return ReportsWindow
    raise AttributeError(name)
