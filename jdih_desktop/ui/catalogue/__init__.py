"""The catalogue window and its parts (lazy table, filter bar, forms, digitisation)."""

from jdih_desktop.ui.catalogue.filter_bar import CatalogueFilterBar
from jdih_desktop.ui.catalogue.window import CatalogueWindow

__all__ = ["CatalogueFilterBar", "CatalogueWindow"]
