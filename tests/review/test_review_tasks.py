"""The shared background runner (ui/tasks.py) and the two policies built on it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from jdih_desktop.errors import JdihError
from jdih_desktop.ui.catalogue.tasks import run_in_background
from jdih_desktop.ui.reports.worker import JobRunner
from jdih_desktop.ui.tasks import pending_tasks, start_task


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[object, object, bool]] = []
    results: list[tuple[object, bool]] = []

    def work(progress):
        progress(1, 2)
        progress(2, 2)
        return threading.get_ident()

    # WHEN a function runs in the background
    start_task(work, on_progress=lambda a, b: seen.append((a, b, threading.get_ident() == gui)),
               on_done=lambda r: results.append((r, threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    # THEN it ran on another thread and every callback ran on the GUI thread, in order
    assert seen == [(1, 2, True), (2, 2, True)]
    assert len(results) == 1 and results[0][0] != gui and results[0][1]


def test_result_for_a_deleted_owner_is_dropped(qtbot) -> None:
    # GIVEN a widget that is deleted while its task runs
    owner = QWidget()
    gate = threading.Event()
    got: list[object] = []
    run_in_background(lambda _p: gate.wait(5), on_done=got.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    # WHEN the task ends
    gate.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    # THEN its result never reached the deleted widget
    assert got == []


def test_job_runner_turns_errors_into_sentences(qtbot) -> None:
    runner = JobRunner()
    messages: list[str] = []

    def raising(exc: Exception):
        def job(_progress):
            raise exc
        return job

    # WHEN jobs fail with our error, a file error and a bug
    for exc in (JdihError("Periode laporan salah."), PermissionError(13, "Permission denied"),
                KeyError("x")):
        runner.start(raising(exc), on_fail=messages.append, uses_db=False)
    qtbot.waitUntil(lambda: len(messages) == 3 and not runner.busy)
    # THEN each reads as an Indonesian sentence saying what to do (jobs without the database
    # run on the CPU pool, in any order)
    assert "Periode laporan salah." in messages
    assert any(m.startswith("Berkas tidak dapat dibaca atau ditulis: Permission denied.")
               for m in messages)
    assert any(m.startswith("Terjadi kesalahan tak terduga (KeyError). Coba lagi")
               for m in messages)


def test_job_runner_is_free_when_its_handler_starts_the_next(qtbot) -> None:
    runner = JobRunner()
    busy_in_handler: list[bool] = []
    progress: list[tuple[int, str]] = []

    def job(report):
        report(50, "setengah")
        return 1

    # WHEN a job reports progress and ends
    runner.start(job, on_done=lambda _r: busy_in_handler.append(runner.busy),
                 on_progress=lambda p, m: progress.append((p, m)), uses_db=False)
    qtbot.waitUntil(lambda: bool(busy_in_handler))
    # THEN the progress arrived as (percent, message) and the runner was idle in the handler
    assert progress == [(50, "setengah")]
    assert busy_in_handler == [False]
