"""Catalogue import (JDIHN/CSV/XLSX, dry-run first) and export dialogs."""

from jdih_desktop.ui.transfer.export_dialog import ExportDialog
from jdih_desktop.ui.transfer.import_dialog import ImportDialog

__all__ = ["ExportDialog", "ImportDialog"]
