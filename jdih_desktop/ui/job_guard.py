"""The job guard: a job handed to the task manager's lane or pool must hold no QObject.

A worker thread that drops the last reference to a job also drops whatever the job captured.
When that is a widget (a bound method of it, ``self`` in a closure, an argument of a
``functools.partial``), the widget is deleted on the worker thread, off its own thread, and a
later event for it crashes the process. Jobs take plain data and a cancel flag; results go back
through the task manager's callbacks on the GUI thread.

``check_job(fn)`` looks at a job cheaply: the callable itself, a bound method's ``__self__``,
a function's closure cells and default arguments, a partial's function, arguments and keywords,
and the items of a tuple, list, set or dict found there. It follows callables found that way a
few levels (a wrapper's captured function, a lambda inside a partial) but never into an
object's attributes. It costs a few microseconds and is on when ``JDIH_JOB_GUARD`` is set
(``tests/conftest.py`` sets it to ``raise``); ``record`` only logs the offenders, and
``record:PATH`` also appends them to the file ``PATH``.
"""

from __future__ import annotations

import functools
import logging
import os
import types
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

MAX_DEPTH = 4  # callables inside callables: a wrapper's lambda, the partial it holds...
MAX_ITEMS = 64  # a container bigger than this is data, not a captured widget


class JobHoldsQObject(TypeError):
    """A job handed to a worker thread references a QObject (raised at submit time)."""


def job_name(fn: Callable[..., Any]) -> str:
    """A name to find the job by: module and qualified name of the function it runs."""
    target: Any = fn
    while isinstance(target, functools.partial):
        target = target.func
    if isinstance(target, types.MethodType):
        target = target.__func__
    module = getattr(target, "__module__", None) or "?"
    qualname = getattr(target, "__qualname__", None) or type(target).__qualname__
    code = getattr(target, "__code__", None)
    where = f" (line {code.co_firstlineno})" if code is not None else ""
    return f"{module}.{qualname}{where}"


def qobjects_in(fn: Callable[..., Any]) -> list[str]:
    """Where ``fn`` references a QObject, as ``path: ClassName (in function)`` strings, the
    function being the one whose closure, defaults or ``__self__`` holds it (empty: none)."""
    found: list[str] = []
    seen: set[int] = set()
    _look(fn, "job", MAX_DEPTH, found, seen, fn)
    return found


def _look(obj: Any, path: str, depth: int, found: list[str], seen: set[int],
          holder: Any) -> None:
    if obj is None or isinstance(obj, (str, bytes, int, float, bool)):
        return
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, QObject):
        found.append(f"{path}: {type(obj).__name__} (in {job_name(holder)})")
        return
    if depth <= 0:
        return
    if isinstance(obj, types.MethodType):
        _look(obj.__self__, f"{path}.__self__", depth - 1, found, seen, obj)
        _look(obj.__func__, path, depth - 1, found, seen, obj)
    elif isinstance(obj, functools.partial):
        _look(obj.func, f"{path}.func", depth - 1, found, seen, holder)
        for i, arg in enumerate(obj.args):
            _look(arg, f"{path}.args[{i}]", depth - 1, found, seen, holder)
        for key, value in (obj.keywords or {}).items():
            _look(value, f"{path}.keywords[{key!r}]", depth - 1, found, seen, holder)
    elif isinstance(obj, types.FunctionType):
        names = obj.__code__.co_freevars
        for name, cell in zip(names, obj.__closure__ or (), strict=False):
            try:
                value = cell.cell_contents
            except ValueError:  # an empty cell (a name not bound yet)
                continue
            _look(value, f"{path}<{obj.__qualname__}>.{name}", depth - 1, found, seen, obj)
        for i, value in enumerate(obj.__defaults__ or ()):
            _look(value, f"{path}<{obj.__qualname__}> default {i}", depth - 1, found, seen, obj)
        for key, value in (obj.__kwdefaults__ or {}).items():
            _look(value, f"{path}<{obj.__qualname__}> default {key}", depth - 1, found, seen, obj)
    elif isinstance(obj, (tuple, list, set, frozenset)) and len(obj) <= MAX_ITEMS:
        for i, item in enumerate(obj):
            _look(item, f"{path}[{i}]", depth - 1, found, seen, holder)
    elif isinstance(obj, dict) and len(obj) <= MAX_ITEMS:
        for key, value in obj.items():
            _look(value, f"{path}[{key!r}]", depth - 1, found, seen, holder)
    elif isinstance(type(obj).__dict__.get("__call__"), types.FunctionType):
        _look(obj.__call__, f"{path}.__call__", depth - 1, found, seen, holder)


def _mode() -> str:
    return os.environ.get("JDIH_JOB_GUARD", "").strip().lower()


def check_job(fn: Callable[..., Any], name: str | None = None) -> None:
    """Refuse ``fn`` when it references a QObject (only while ``JDIH_JOB_GUARD`` is set).

    Raises ``JobHoldsQObject`` naming the job and what it holds (mode ``raise``, the tests'),
    or logs a warning (mode ``record``/any other value). A no-op when the variable is unset.
    """
    mode = _mode()
    if not mode or mode in {"0", "off", "no", "false"}:
        return
    held = qobjects_in(fn)
    if not held:
        return
    message = (f"job {name or job_name(fn)} references a QObject ({'; '.join(held)}): a "
               "worker thread must not hold a widget or another QObject; pass plain data and "
               "deliver results through the task manager's callbacks")
    if mode == "raise":
        raise JobHoldsQObject(message)
    log.warning("%s", message)
    if mode.startswith("record:"):  # a survey of the offenders over a whole test run
        with open(os.environ["JDIH_JOB_GUARD"].strip()[len("record:"):], "a",
                  encoding="utf-8") as out:
            out.write(message + "\n")
