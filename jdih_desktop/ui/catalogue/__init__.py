"""The catalogue window and its parts (lazy table, filter bar, forms, digitisation).

Both names load on first use: the wizard's BROWSE page needs only the filter bar, and the
window pulls in the label and digitisation services (reportlab), which start-up must not pay for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
    from jdih_desktop.ui.catalogue.window import CatalogueWindow

__all__ = ["CatalogueFilterBar", "CatalogueWindow"]


def __getattr__(name: str) -> Any:
    if name == "CatalogueFilterBar":
        from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar

        return CatalogueFilterBar
    if name == "CatalogueWindow":
        from jdih_desktop.ui.catalogue.window import CatalogueWindow

        return CatalogueWindow
    raise AttributeError(name)
