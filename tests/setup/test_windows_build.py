"""The Windows build's fast checks: imports that exist only on Windows are guarded, the pinned
Windows requirement set matches pyproject.toml, and ``jdih-desktop selftest`` works here too."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from jdih_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_ONLY = {"win32print", "win32api", "win32con", "win32ui", "pywintypes", "pythoncom",
                "win32com", "comtypes", "winreg", "msvcrt", "winsound", "_winapi", "wmi"}


def _guarded(node: ast.If) -> bool:
    """``if sys.platform == "win32":`` (or ``!= "win32"`` with the import in ``else``)."""
    src = ast.unparse(node.test)
    return "sys.platform" in src and "win32" in src


def _unguarded_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, guarded: bool) -> None:
        if isinstance(node, ast.If) and _guarded(node):
            neg = isinstance(node.test, ast.Compare) and isinstance(node.test.ops[0], ast.NotEq)
            for child in node.body:
                visit(child, guarded or not neg)
            for child in node.orelse:
                visit(child, guarded or neg)
            return
        if isinstance(node, ast.Import | ast.ImportFrom) and not guarded:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                else [node.module or ""]
            for name in names:
                if name.split(".")[0] in WINDOWS_ONLY:
                    found.append((node.lineno, name))
        for child in ast.iter_child_nodes(node):
            visit(child, guarded)

    visit(tree, False)
    return found


WINDOWS_MODULES = {"jdih_desktop/devices/wia_scanner.py"}  # built only by a win32 branch


def test_windows_only_imports_are_guarded():
    # GIVEN every module of the app (the WIA driver, which only a win32 branch imports, aside)
    problems = []
    for path in sorted((ROOT / "jdih_desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in WINDOWS_MODULES:
            continue
        # THEN no Windows-only module is imported outside a sys.platform == "win32" branch
        for line, name in _unguarded_imports(ast.parse(path.read_text(encoding="utf-8"))):
            problems.append(f"{rel}:{line}: import {name}")
    assert not problems, "\n".join(problems)


def test_the_scan_finds_an_unguarded_import():
    tree = ast.parse("import sys\nimport win32print\nif sys.platform == 'win32':\n"
                     "    import comtypes\nelse:\n    import winreg\n")
    assert _unguarded_imports(tree) == [(2, "win32print"), (6, "winreg")]


def _pins() -> dict[str, str]:
    text = (ROOT / "installer" / "requirements-windows.txt").read_text(encoding="utf-8")
    return {re.sub(r"[-_.]+", "-", m.group(1)).lower(): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^ \\\n]+)", text, re.M)}


def test_windows_requirements_match_pyproject():
    pins = _pins()
    text = (ROOT / "installer" / "requirements-windows.txt").read_text(encoding="utf-8")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
               "python_version": "3.11", "python_full_version": "3.11.9",
               "implementation_name": "cpython", "platform_machine": "AMD64"}
    for dep in deps:
        req = Requirement(dep)
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if req.marker is not None and not req.marker.evaluate(windows):
            assert name not in pins, f"{name} is not for Windows but is pinned"
            continue
        assert name in pins, f"{dep} missing from requirements-windows.txt"
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"{name}=={pins[name]} does not satisfy {dep}"
    # Windows-only transitive packages and hashes on every pin
    assert {"comtypes", "pywin32", "colorama"} <= set(pins)
    assert "pyinsane2" not in pins
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[-1])
    assert all("--hash=sha256:" in b for b in blocks if "==" in b)
    # the Windows build stays below PySide6 6.10 (Wine 8 has no icu.dll; installer/README.md)
    major, minor = (int(x) for x in pins["pyside6-essentials"].split(".")[:2])
    assert (major, minor) < (6, 10)


def test_selftest_command_passes_here(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    for step in ("database", "receipt", "spooler", "qt", "window"):
        assert re.search(rf"^ok   {step}: ", out, re.M), out
    assert "selftest: all steps passed" in out
    assert list(tmp_path.iterdir()) == []  # the temporary data folder is gone
