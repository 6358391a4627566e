"""SIGKILL at random moments during whole desk operations: nothing corrupt, no half loan, no
lost commit, receipt and slip numbers without a gap (``tests/support/crash_desk.py``).

~50 kills here (``make test``); ``bench/crash_kills.py`` runs 200 and prints the table.
"""

from __future__ import annotations

import pytest

from tests.support.crash_desk import run_kills

pytestmark = pytest.mark.slow


def test_fifty_sigkills_leave_a_sound_database(tmp_path):
    stats = run_kills(tmp_path, kills=50, seed_value=12)
    assert stats.kills == 50
    assert stats.problems == []
    assert (stats.corruptions, stats.half_loans, stats.lost_commits, stats.number_gaps,
            stats.invariant_failures) == (0, 0, 0, 0, 0)
    # the harness did real work: loans and returns were committed between the kills
    assert stats.loans >= 25 and stats.returns >= 10
