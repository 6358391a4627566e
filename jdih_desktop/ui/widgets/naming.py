"""One way to name a widget a person acts on (DESIGN.md §5).

Tests find a widget by its ``objectName``; screen readers read its accessible name. Every
window calls ``named`` instead of repeating the two setters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str) -> W:
    """Give ``widget`` its object name and accessible name; returns it for chaining."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def action_button(object_name: str, text: str, accessible: str,
                  slot: Callable[[], object]) -> QPushButton:
    """A named push button that does ``slot`` when clicked and never takes Enter for itself
    (Enter belongs to the field or the dialog's default action)."""
    button = named(QPushButton(text), object_name, accessible)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
