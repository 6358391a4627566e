"""One way to name a widget a person acts on (DESIGN.md §5).

Tests find a widget by its ``objectName``; screen readers read its accessible name. Every
window calls ``named`` instead of repeating the two setters.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str) -> W:
    """Give ``widget`` its object name and accessible name; returns it for chaining."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget
