"""The reports window (SOP step 9: documenting the results of the activity)."""

from jdih_desktop.ui.reports.window import ReportsWindow

__all__ = ["ReportsWindow"]
