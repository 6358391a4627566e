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

from jdih_desktop.i18n import runtime_labels

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
    # modules not yet added to git, and the labels the UI translates from data
    ts = tmp_path / "jdih_en.ts"
    shutil.copyfile(TS, ts)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    # plus the labels translated from data at run time (self.tr(label)), as lupdate markers
    markers = tmp_path / "runtime_labels_markers.py"
    markers.write_text(runtime_labels.marker_module(), encoding="utf-8")
    sources.append(str(markers))
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


def _dynamic_tr_calls() -> set[tuple[str, str, str]]:
    """(file, class, argument) of every tr() whose argument is not a string literal."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()

        def visit(node: ast.AST, cls: str, rel: str = rel) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                        and child.func.attr == "tr" and child.args
                        and not (isinstance(child.args[0], ast.Constant)
                                 and isinstance(child.args[0].value, str))):
                    found.add((rel, cls, ast.unparse(child.args[0])))
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_tr_of_a_variable_is_registered_with_its_labels():
    # GIVEN the tr() calls of the package whose argument is a variable, not a literal
    in_code = _dynamic_tr_calls()
    registered = {(s.path, s.context, s.expr) for s in runtime_labels.SITES}
    # WHEN they are compared with jdih_desktop/i18n/runtime_labels.py's SITES
    unknown = sorted(in_code - registered)
    gone = sorted(registered - in_code)
    # THEN each one is listed there with the labels it can receive (else lupdate never sees
    # those labels and they stay Indonesian in English mode), and no entry is left over
    assert not unknown, (
        "tr() of a variable that lupdate cannot see; add a Site(path, class, argument, "
        "labels) for it to jdih_desktop/i18n/runtime_labels.py, or wrap the literals in "
        "tr() where they are written:\n" + "\n".join(f"  {u}" for u in unknown))
    assert not gone, ("runtime_labels.SITES lists calls no longer in the code; remove or "
                      "update them:\n" + "\n".join(f"  {g}" for g in gone))


def test_runtime_labels_are_read_from_the_live_tables():
    # GIVEN the registry of labels translated from data
    # WHEN each site's labels are collected
    empty = [s for s in runtime_labels.SITES if not [t for t in s.labels() if t]]
    messages = runtime_labels.messages()
    # THEN every site yields labels, e.g. the document types for the catalogue filter and the
    # SOP step names for the visits panel
    assert not empty, f"sites without labels: {empty}"
    assert "Peraturan" in messages["CatalogueFilterBar"]
    assert "Buku kunjungan" in messages["VisitsPanel"]
