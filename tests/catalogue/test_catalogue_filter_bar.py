"""CatalogueFilterBar on its own, as the wizard's BROWSE page will use it."""

from __future__ import annotations

import threading

from jdih_desktop.store.search import SearchFilters
from jdih_desktop.ui.catalogue import CatalogueFilterBar


def test_typing_is_debounced_into_one_emission(qtbot) -> None:
    # GIVEN a filter bar with a subject source
    bar = CatalogueFilterBar(lambda prefix: ["PEMILU - KAMPANYE"] if prefix else [],
                             max_year=2026)
    qtbot.addWidget(bar)
    seen: list[SearchFilters] = []
    bar.filtersChanged.connect(seen.append)
    # WHEN a person types a whole citation
    qtbot.keyClicks(bar.search, "UU 7/2017")
    assert seen == []  # nothing while typing
    # THEN one emission follows the pause, with the whole text
    with qtbot.waitSignal(bar.filtersChanged):
        pass
    assert [f.text for f in seen] == ["UU 7/2017"]


def test_filters_read_and_reset(qtbot) -> None:
    bar = CatalogueFilterBar(max_year=2026)
    qtbot.addWidget(bar)
    bar.set_filters(SearchFilters(text="kampanye", doc_type="putusan", year_from=2019,
                                  year_to=2024, status="berlaku", subject="PEMILU"))
    f = bar.filters()
    assert (f.text, f.doc_type, f.year_from, f.year_to, f.status, f.subject) == (
        "kampanye", "putusan", 2019, 2024, "berlaku", "PEMILU")
    # "—" in a year box means no bound; Reset emits at once, without waiting
    with qtbot.waitSignal(bar.filtersChanged, timeout=100) as blocker:
        bar.reset_button.click()
    assert blocker.args[0] == SearchFilters()
    assert bar.year_from.text() == "—"


def test_subject_completion_asks_the_source_off_the_gui_thread(qtbot) -> None:
    asked: list[tuple[str, bool]] = []

    def source(prefix: str) -> list[str]:
        asked.append((prefix, threading.current_thread() is threading.main_thread()))
        return [f"PEMILU - KAMPANYE ({prefix})"]

    bar = CatalogueFilterBar(source, max_year=2026)
    qtbot.addWidget(bar)
    qtbot.keyClicks(bar.subject, "ka")
    # THEN each edit is asked on the database lane, and the newest answer is the list
    qtbot.waitUntil(lambda: bar.subject.completer().model().stringList()
                    == ["PEMILU - KAMPANYE (ka)"])
    assert asked == [("k", False), ("ka", False)]
