"""Guards for the English translation: every UI string translated, the shipped .qm up to date.

Bahasa Indonesia is the source language; jdih_desktop/i18n/jdih_en.ts holds the English texts
and jdih_en.qm is what the app loads. Both are produced by scripts/update-translations.sh. These
tests fail as soon as someone adds or changes a tr() string without translating it, or edits the
.ts without compiling it, and say exactly which strings and what to run.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jdih_desktop"
TS = PACKAGE / "i18n" / "jdih_en.ts"
QM = PACKAGE / "i18n" / "jdih_en.qm"
HOW_TO_FIX = ("run scripts/update-translations.sh, translate the unfinished entries of "
              "jdih_desktop/i18n/jdih_en.ts (pyside6-linguist or a text editor), run the script "
              "again and commit both jdih_en.ts and jdih_en.qm")

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str | None
    numerus: bool
    status: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # one text, or the plural forms
    where: str  # file:line when the .ts records locations

    @property
    def finished(self) -> bool:
        return self.status == "" and all(self.forms)


def read_ts(path: Path) -> list[Message]:
    """The messages of a Qt Linguist .ts file (plain XML, parsed without Qt)."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus \
                else (tr.text or "",)
            loc = m.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else "?"
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment"),
                               numerus, tr.get("type", ""), forms, where))
    return out


def qt_tool(name: str) -> str:
    """A PySide6 tool from the running venv (the same Qt as the app), else from PATH."""
    here = [Path(sys.executable).with_name(n) for n in (name, name + ".exe")]  # venv, Windows
    found = next((str(p) for p in here if p.exists()), None) or shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found: install the dev extras (pip install -e '.[dev]')")
    return found


def test_every_source_string_has_a_finished_english_translation(tmp_path):
    # GIVEN a copy of the committed .ts and every Python module of the package, including
    # modules not yet added to git (labels shown from data are marked where they are defined)
    ts = tmp_path / "jdih_en.ts"
    shutil.copyfile(TS, ts)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")

    # WHEN lupdate merges the strings of today's code into it (with locations, for the report)
    run = subprocess.run([qt_tool("pyside6-lupdate"), "-locations", "absolute", "-no-obsolete",
                          f"@{listing}", "-ts", str(ts)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr

    # THEN no string in the code lacks a finished English text
    messages = [m for m in read_ts(ts) if m.status not in ("vanished", "obsolete")]
    assert len(messages) > 100, "lupdate found suspiciously few strings"
    missing = [m for m in messages if not m.finished]
    report = "\n".join(f"  {_from_root(ts, m.where)}  [{m.context}] {m.source!r}"
                       for m in missing)
    assert not missing, (f"{len(missing)} UI string(s) without an English translation:\n"
                         f"{report}\nTo fix: {HOW_TO_FIX}.")


def _from_root(ts: Path, where: str) -> str:
    """lupdate writes file names relative to the .ts; show them relative to the project."""
    name, _, line = where.rpartition(":")
    try:
        return f"{(ts.parent / name).resolve().relative_to(ROOT)}:{line}"
    except ValueError:
        return where


def test_committed_ts_has_no_unfinished_entries():
    # GIVEN the committed .ts
    messages = read_ts(TS)
    # WHEN its entries are sorted by state
    unfinished = [m for m in messages if m.status == "unfinished" or not all(m.forms)]
    # THEN none is waiting for a translation (a vanished entry is allowed: Linguist reuses it)
    assert not unfinished, "unfinished in jdih_en.ts:\n" + "\n".join(
        f"  [{m.context}] {m.source!r}" for m in unfinished)


def test_translations_keep_placeholders_markup_and_accelerators():
    # GIVEN every finished translation of the committed .ts
    problems = []
    for m in read_ts(TS):
        if not m.finished:
            continue
        for text in m.forms:
            # WHEN it is compared with its Indonesian source
            checks = {
                "placeholders %1/%n": sorted(PLACEHOLDER.findall(m.source))
                != sorted(PLACEHOLDER.findall(text)),
                "HTML tags": TAG.findall(m.source) != TAG.findall(text),
                "line breaks": m.source.count("\n") != text.count("\n"),
                "& accelerator": _accelerators(m.source) != _accelerators(text),
                "literal &&": m.source.count("&&") != text.count("&&"),
            }
            problems += [f"  [{m.context}] {m.source!r} -> {text!r}: {what} differ"
                         for what, bad in checks.items() if bad]
    # THEN %1/%n, tags, line breaks and the number of accelerators are kept
    assert not problems, "translations that would break the UI:\n" + "\n".join(problems)


def _accelerators(text: str) -> int:
    """How many '&x' mnemonics a label has (not '&&', not HTML entities like '&nbsp;')."""
    return len(re.findall(r"&(?![a-z]+;)(?=\S)", text.replace("&&", "")))


def test_committed_qm_matches_the_ts():
    # GIVEN the committed .qm loaded the way the app loads it
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} cannot be loaded"
    # WHEN every finished .ts message is looked up in it (plurals with one and with several)
    stale = []
    for m in read_ts(TS):
        if not m.finished:
            continue
        if m.numerus:
            got = (translator.translate(m.context, m.source, m.disambiguation, 1),
                   translator.translate(m.context, m.source, m.disambiguation, 5))
            want = (m.forms[0], m.forms[-1])
        else:
            got = translator.translate(m.context, m.source, m.disambiguation)
            want = m.forms[0]
        if got != want:
            stale.append(f"  [{m.context}] {m.source!r}: qm has {got!r}, ts has {want!r}")
    # THEN the .qm gives exactly the .ts text: it was compiled from this .ts
    assert not stale, (f"jdih_en.qm is out of date with jdih_en.ts ({len(stale)} entries):\n"
                       + "\n".join(stale[:40]) + f"\nTo fix: {HOW_TO_FIX}.")


def test_lrelease_of_the_ts_reproduces_the_committed_qm(tmp_path):
    # GIVEN the committed .ts
    out = tmp_path / "jdih_en.qm"
    # WHEN this Qt's lrelease compiles it
    run = subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    # THEN the bytes are those committed (same tool version: the .qm was not hand-edited or
    # left behind after a .ts change)
    assert out.read_bytes() == QM.read_bytes(), f"jdih_en.qm is stale. To fix: {HOW_TO_FIX}."


def _dynamic_tr_calls() -> list[str]:
    """file:line (class) argument of every tr() whose argument is not a string literal."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and node.args
                    and not (isinstance(node.args[0], ast.Constant)
                             and isinstance(node.args[0].value, str))):
                found.append(f"{rel}:{node.lineno} tr({ast.unparse(node.args[0])})")
    return found


def test_no_tr_of_a_variable_labels_go_through_the_marked_label_path():
    # GIVEN the package's tr() calls
    # WHEN one's argument is a variable (a label from a table, a field name)
    dynamic = _dynamic_tr_calls()
    # THEN there is none: lupdate sees only literals, so such a label would never reach the
    # .ts and would stay Indonesian in English mode. A label shown from data is marked where
    # it is defined, QT_TRANSLATE_NOOP("<Family>", "...") (jdih_desktop/i18n/labels.py below
    # the UI), and shown with jdih_desktop.i18n.marker.translate_text(label).
    assert not dynamic, (
        "tr() of a variable that lupdate cannot see; mark the label where it is defined with "
        "QT_TRANSLATE_NOOP(\"<Family>\", ...) and show it with translate_text(...):\n"
        + "\n".join(f"  {d}" for d in dynamic))


def _is_marker(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP")


def _words(node: ast.AST) -> bool:
    """A string literal a person would read ("Tidak berlaku"), not a key ("ascii") or "%1"."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value.strip()
    return any(c.isalpha() for c in text) and (" " in text or text[:1].isupper())


def test_label_tables_are_marked_whole():
    # GIVEN every dictionary, list and tuple literal of the package that holds a marked label
    half = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                items = list(node.values)
            elif isinstance(node, (ast.List, ast.Tuple)):
                items = list(node.elts)
                if not all(_is_marker(e) or isinstance(e, ast.Constant) for e in items):
                    continue  # a record such as (key, label, sort order): its key stays
            else:
                continue
            if not any(_is_marker(v) for v in items):
                continue
            # WHEN its other entries are looked at
            half += [f"{path.relative_to(ROOT)}:{v.lineno} {v.value!r}" for v in items
                     if not _is_marker(v) and _words(v)]
    # THEN a label added to a marked table is marked too (else it stays Indonesian)
    assert not half, "unmarked labels in a marked table:\n" + "\n".join(half)


def test_lupdate_extracts_the_pure_python_marker_and_the_ui_translates_it(tmp_path, qapp):
    # GIVEN a module marking a label with jdih_desktop.i18n.labels' own QT_TRANSLATE_NOOP (no
    # Qt import: store/ uses it), imported under that name
    from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP, Label
    from jdih_desktop.i18n.marker import translate_text
    from jdih_desktop.store.enums import DOC_TYPES

    module = tmp_path / "tables.py"
    module.write_text("from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP\n"
                      "KINDS = {'a': QT_TRANSLATE_NOOP('Kinds', 'Peraturan daerah'),\n"
                      "         'b': QT_TRANSLATE_NOOP(\n    'Kinds', 'Naskah '\n"
                      "    'akademik')}\n", encoding="utf-8")
    ts = tmp_path / "out.ts"
    # WHEN lupdate reads it
    run = subprocess.run([qt_tool("pyside6-lupdate"), str(module), "-ts", str(ts)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    found = {(m.context, m.source) for m in read_ts(ts)}
    # THEN both labels are extracted in their context, the split one joined
    assert found == {("Kinds", "Peraturan daerah"), ("Kinds", "Naskah akademik")}
    # AND the marker returns the Indonesian text itself, knowing its context
    label = QT_TRANSLATE_NOOP("Kinds", "Peraturan daerah")
    assert label == "Peraturan daerah" and isinstance(label, Label) and label.context == "Kinds"
    # AND a real table's label reads English through the compiled translation, by its context
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        assert translate_text(DOC_TYPES["peraturan"]) == "Regulation"
        assert translate_text("Peraturan") == "Peraturan"  # unmarked text: left as it is
    finally:
        qapp.removeTranslator(translator)
