"""The one task manager: database work in order, failures of one type, GUI-thread delivery."""

from __future__ import annotations

import threading
import time

from jdih_desktop.errors import JdihError
from jdih_desktop.ui.taskman import Lane, TaskFailure, TaskManager


def test_database_lane_runs_jobs_one_at_a_time_in_the_order_started(qtbot) -> None:
    tasks = TaskManager()
    running = []  # jobs running at the same moment
    order: list[int] = []
    delivered: list[tuple[int, bool]] = []
    gui = threading.get_ident()

    def job(i: int):
        def run(_ctx):
            running.append(i)
            assert len(running) == 1, "two database jobs ran at once"
            time.sleep(0.01 * (5 - i))  # the first job is the slowest
            order.append(i)
            running.remove(i)
            return i
        return run

    # WHEN five jobs are started on the database lane, the first the slowest
    for i in range(5):
        tasks.run(job(i), lane=Lane.DB, uses_db=False,
                  on_done=lambda r: delivered.append((r, threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    # THEN they ran one after another in the order started, and were delivered in that order
    # on the GUI thread
    assert order == [0, 1, 2, 3, 4]
    assert delivered == [(i, True) for i in range(5)]


def test_failure_arrives_as_one_type_with_a_sentence_and_the_lane_goes_on(qtbot) -> None:
    tasks = TaskManager()
    failures: list[TaskFailure] = []
    results: list[object] = []

    def failing(exc):
        def run(_ctx):
            raise exc
        return run

    # WHEN a job fails with our error, another with a bug, and a third job follows
    tasks.run(failing(JdihError("Periode laporan salah.")), on_failed=failures.append,
              uses_db=False)
    tasks.run(failing(KeyError("x")), on_failed=failures.append, uses_db=False)
    tasks.run(lambda _ctx: "ok", on_done=results.append, uses_db=False)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    # THEN both failures are TaskFailure with the exception and a person's sentence
    assert [type(f.error) for f in failures] == [JdihError, KeyError]
    assert failures[0].message == "Periode laporan salah."
    assert failures[1].message.startswith("Terjadi kesalahan tak terduga (KeyError).")
    # AND the lane kept working
    assert results == ["ok"]


def test_progress_has_one_signature_and_is_throttled(qtbot) -> None:
    tasks = TaskManager()
    seen: list[tuple[int, int, str]] = []

    def job(ctx):
        for i in range(1, 1001):
            ctx.progress(i, 1000, "baris")
        return None

    tasks.run(job, lane=Lane.CPU, on_progress=lambda d, t, m: seen.append((d, t, m)))
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    # THEN far fewer than 1000 events reached the GUI thread, the first and the last among them
    assert seen[0] == (1, 1000, "baris") and seen[-1] == (1000, 1000, "baris")
    assert len(seen) < 100


def test_shutdown_interrupts_within_100_ms_and_drops_queued_work(qtbot) -> None:
    tasks = TaskManager()
    started = threading.Event()
    ran_after: list[int] = []
    delivered: list[object] = []

    def long_job(ctx):
        started.set()
        while not ctx.cancelled:  # a cooperative job: checks its flag
            time.sleep(0.005)
        ctx.check_cancelled()

    tasks.run(long_job, on_done=delivered.append, on_failed=delivered.append, uses_db=False)
    tasks.run(lambda _ctx: ran_after.append(1), uses_db=False)
    assert started.wait(5)
    # WHEN the app exits
    stopped = tasks.shutdown(timeout_ms=100)
    # THEN the running job stopped, the queued one never ran, and nothing is delivered
    assert stopped  # how long it takes is bench/startup.py's figure
    qtbot.wait(50)
    assert ran_after == [] and delivered == []
