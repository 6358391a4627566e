"""Named sequential counters (``Counter`` rows) incremented atomically."""

from __future__ import annotations

from jdih_desktop.store.models import Counter


def next_value(name: str) -> int:
    """Increment the counter ``name`` (created at 1) and return its new value.

    Call it inside the transaction that uses the number: the upsert takes the row's write lock,
    so concurrent desks are serialised and a rollback gives the number back.
    """
    (Counter.insert(name=name, value=1)
     .on_conflict(conflict_target=[Counter.name], update={Counter.value: Counter.value + 1})
     .execute())
    return int(Counter.select(Counter.value).where(Counter.name == name).scalar())
