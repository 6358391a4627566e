"""The returns desk window (F8) and its overdue tab."""

from jdih_desktop.ui.returns.window import ReturnsWindow

__all__ = ["ReturnsWindow"]
