"""The SOP wizard: a visit from arrival to documentation, one page per flowchart box."""

from jdih_desktop.ui.wizard.desk import VisitDesk
from jdih_desktop.ui.wizard.wizard import FLOW, VisitWizard

__all__ = ["FLOW", "VisitDesk", "VisitWizard"]
