"""The task manager refuses a job that references a QObject (ui/job_guard.py), at submit time
and with a sentence naming the job; and what a job holds is released on the GUI thread."""

from __future__ import annotations

import functools
import gc
import threading

import pytest
from PySide6.QtWidgets import QLabel

from jdih_desktop.errors import JdihError
from jdih_desktop.ui.job_guard import JobHoldsQObject, check_job, qobjects_in
from jdih_desktop.ui.operations import DbOp
from jdih_desktop.ui.taskman import Lane, TaskManager
from jdih_desktop.ui.tasks import start_task


class _Window(QLabel):
    def read(self) -> str:
        return "read"


def _plain(value: int) -> int:
    return value + 1


def test_the_suite_runs_with_the_guard_raising(monkeypatch) -> None:
    import os

    assert os.environ["JDIH_JOB_GUARD"] == "raise"  # set by tests/conftest.py


def test_a_job_holding_a_widget_in_any_usual_way_is_refused_by_name(qtbot) -> None:
    widget = _Window()
    qtbot.addWidget(widget)
    services = {"catalogue": object()}

    def closure(_ctx):  # captures the widget, as a method's lambda over ``self`` does
        return widget.text()

    def default(_ctx, w=widget):
        return w

    def nested(_ctx):  # a wrapper around a function that captures the widget
        return closure(_ctx)

    jobs = {
        "closure": closure,
        "bound method": widget.read,
        "partial argument": functools.partial(_plain, widget),
        "partial keyword": functools.partial(_plain, value=widget),
        "default argument": default,
        "captured function": nested,
        "captured list": (lambda items: lambda _ctx: items)([1, widget]),
    }
    for how, job in jobs.items():
        held = qobjects_in(job)
        assert held and "_Window" in held[0], how
        with pytest.raises(JobHoldsQObject) as refused:
            check_job(job)
        assert "_Window" in str(refused.value), how
    # the message names the function that holds the widget, so it can be found
    with pytest.raises(JobHoldsQObject, match=r"test_job_guard\.test_a_job_holding_a_widget"
                                              r".*closure"):
        check_job(closure)
    # AND plain functions and plain data pass
    for job in (_plain, functools.partial(_plain, 1), lambda _ctx: services["catalogue"],
                (lambda text: lambda _ctx: text.upper())("pemilu"), print):
        assert qobjects_in(job) == []
        check_job(job)


def test_the_task_manager_and_operations_refuse_it_before_anything_runs(qtbot) -> None:
    widget = _Window()
    qtbot.addWidget(widget)
    tasks = TaskManager()
    ran: list[str] = []
    with pytest.raises(JobHoldsQObject):
        tasks.run(lambda _ctx: ran.append(widget.text()), lane=Lane.CPU, uses_db=False)
    with pytest.raises(JobHoldsQObject):
        DbOp(widget, lambda: ran.append(widget.text()), tasks=tasks).run()
    with pytest.raises(JobHoldsQObject):
        start_task(lambda _p: ran.append(widget.text()))
    assert tasks.pending() == 0 and ran == []
    # AND the same work passing plain data runs, its result delivered to the widget
    text = widget.text()
    done: list[str] = []
    tasks.run(lambda _ctx: text + "!", lane=Lane.CPU, uses_db=False, on_done=done.append,
              owner=widget)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert done == ["!"]


def test_the_guard_is_off_without_the_variable(monkeypatch, qtbot) -> None:
    widget = _Window()
    qtbot.addWidget(widget)
    monkeypatch.delenv("JDIH_JOB_GUARD")
    check_job(widget.read)  # the app outside the tests pays nothing
    monkeypatch.setenv("JDIH_JOB_GUARD", "record")
    check_job(widget.read)  # logs only


class _Tracked:
    """Notes the thread that drops the last reference to it."""

    def __init__(self, dropped: list[str]) -> None:
        self.dropped = dropped

    def __del__(self) -> None:
        self.dropped.append(threading.current_thread().name)


def test_what_a_job_holds_is_released_on_the_gui_thread(qtbot) -> None:
    tasks = TaskManager()
    dropped: list[str] = []
    results: list[object] = []
    for _ in range(20):  # the race went the worker's way nearly every time before
        held = _Tracked(dropped)
        tasks.run(lambda _ctx, held=held: held.dropped is not None, lane=Lane.CPU,
                  uses_db=False, on_done=results.append)
        del held
        failing = _Tracked(dropped)

        def fail(_ctx, failing=failing):
            raise JdihError(str(failing))  # its traceback holds the job's frame

        tasks.run(fail, lane=Lane.CPU, uses_db=False, on_failed=results.append,
                  log_failure=False)
        del failing, fail
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    results.clear()
    gc.collect()
    qtbot.waitUntil(lambda: len(dropped) == 40, timeout=5000)
    assert set(dropped) == {threading.main_thread().name}
