"""The guard for sentences defined below the UI: marked where defined, English in the .ts.

A service or device error's sentence reaches a person through ``ui/errors.describe_error``,
which translates it at display; that works only when the sentence is marked with
``QT_TRANSLATE_NOOP("Messages", …)`` where it is written (a template with %1, %2 and
``params`` when it holds values) and the .ts has its English.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jdih_desktop
from jdih_desktop.errors import JdihError

ROOT = Path(jdih_desktop.__file__).resolve().parent
LAYERS = ("services", "devices", "store")
TS = ROOT / "i18n" / "jdih_en.ts"


def _error_classes() -> set[str]:
    """Names of every JdihError subclass the lower layers define or use."""
    for layer in LAYERS:
        for mod in pkgutil.iter_modules([str(ROOT / layer)]):
            # a driver whose library this machine lacks (WIA on Linux) is skipped
            with contextlib.suppress(ImportError):
                importlib.import_module(f"jdih_desktop.{layer}.{mod.name}")
    names, todo = set(), [JdihError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def _sources() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def _is_text(node: ast.AST) -> bool:
    """A sentence written in place: a literal, an f-string, or text glued with ``+``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def test_every_error_sentence_below_the_ui_is_marked_where_it_is_written():
    errors = _error_classes()
    unmarked = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in errors or not node.args:
                continue
            first = node.args[0]
            texts = ([v for v in first.values if v is not None] if isinstance(first, ast.Dict)
                     else [first])
            texts = [t.elts[0] if isinstance(t, ast.Tuple) and t.elts else t for t in texts]
            unmarked += [f"{path.relative_to(ROOT)}:{t.lineno}" for t in texts if _is_text(t)]
    assert unmarked == [], (
        "error sentences written without QT_TRANSLATE_NOOP('Messages', ...) (an f-string "
        "becomes a %1 template with params=...): " + ", ".join(unmarked))


# Calls that carry a sentence a person reads besides the errors' constructors: the import's
# per-row messages (FieldError, _warn, _error), validate_document's add(), and the lists of
# problems and warnings (a loan quote's, an import row's).
CARRIERS = {"FieldError", "add", "_warn", "_error", "add_error", "add_warning"}
LISTS = {"problems", "errors", "warnings"}


def _sentence(node: ast.AST) -> bool:
    """Words written in place (a literal with a space, an f-string, text glued with ``+``)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value.strip() and any(
            c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_sentence(node.left) or _sentence(node.right))


def _carried(call: ast.Call) -> list[ast.AST]:
    """The arguments of ``call`` that reach a person when it carries a sentence."""
    f = call.func
    receiver = f.value if isinstance(f, ast.Attribute) else None
    target = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(
        receiver, "id", "")
    if _name(call) in CARRIERS or (_name(call) == "append" and target in LISTS):
        out = []
        for arg in call.args:
            out += arg.elts if isinstance(arg, ast.Tuple) else [arg]
        return out
    return []


def test_every_row_problem_and_warning_below_the_ui_is_marked_where_it_is_written():
    # GIVEN the lower layers' import row messages, validation lines, quote problems, warnings
    unmarked = []
    for path in _sources():
        if path.name == "migrations.py":
            continue  # its add() writes DDL, not sentences
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                # WHEN one is written in place instead of as a marked sentence
                unmarked += [f"{path.relative_to(ROOT)}:{a.lineno}" for a in _carried(node)
                             if _sentence(a)]
    # THEN the guard names it (an f-string becomes sentence(QT_TRANSLATE_NOOP(...), values))
    assert unmarked == [], (
        "sentences a person reads, written without QT_TRANSLATE_NOOP('Messages', ...) (use "
        "jdih_desktop.i18n.labels.sentence for one with values): " + ", ".join(unmarked))


def _marked() -> set[str]:
    found = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP" and len(
                    node.args) == 2 and isinstance(node.args[1], ast.Constant) and getattr(
                    node.args[0], "value", None) == "Messages":
                found.add(node.args[1].value)
    return found


def test_every_marked_sentence_has_its_english_in_the_translation_file():
    context = next(c for c in ET.parse(TS).getroot() if c.findtext("name") == "Messages")
    english = {m.findtext("source"): m.find("translation") for m in context.iter("message")}
    marked = _marked()
    assert len(marked) > 150  # the scan finds the lower layers' sentences
    missing = sorted(t for t in marked if t not in english or english[t].get("type")
                     in ("unfinished", "vanished", "obsolete") or not (english[t].text or ""))
    assert missing == [], f"run make translations and translate: {missing}"
