"""Completion lists read off the GUI thread.

A completer whose list comes from the database (subject headings as the person types) asks
its source on the task manager's database lane; the answer for the newest text wins, and the
popup opens when it arrives if the person is still in the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from jdih_desktop.ui.taskman import Lane, taskman


class SuggestionCompleter(QCompleter):
    """``edit``'s completer; ``source(text)`` runs on the database lane per edit."""

    def __init__(self, edit: QLineEdit, source: Callable[[str], Sequence[str]]) -> None:
        self.list_model = QStringListModel()
        super().__init__(self.list_model, edit)
        self.list_model.setParent(self)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(self)
        self._edit = edit
        self._source = source
        self._asked = 0
        edit.textEdited.connect(self.ask)

    def ask(self, text: str) -> None:
        """Read the suggestions for ``text`` in the background; an older answer is dropped."""
        self._asked += 1
        number, source = self._asked, self._source
        taskman().run(lambda _ctx: list(source(text)), lane=Lane.DB, owner=self,
                      on_done=lambda rows: self._show(number, text, rows))

    def _show(self, number: int, text: str, rows: list[str]) -> None:
        if number != self._asked:
            return  # the person typed on; a newer answer is coming
        self.list_model.setStringList(rows)
        if rows and self._edit.hasFocus() and self._edit.text() == text:
            self.setCompletionPrefix(text)
            self.complete()
