"""`make installer-check`: the built installer, checked end to end under Wine (64-bit, headless).

1. payload: the installer's archive (7-Zip) holds the required files, and the Python it ships
   still carries valid PSF Authenticode signatures;
2. silent install (`/S`) into a fresh Wine prefix;
3. installed: program files, Start-menu shortcuts, the uninstall registry key, the data folder;
4. `jdih-desktop selftest` through the console launcher (bin\\jdih-desktop.exe): a database
   in a temporary data folder, a receipt rendered to ESC/POS bytes, the Windows spooler asked
   for its printers, the main window built offscreen; exit 0;
5. a CLI command writes into the real data folder (`holidays add`), another reads it back;
6. silent uninstall; the program folder, the Start-menu entry and the uninstall key are gone,
   the data folder and its database are still there.

The log goes to stdout and build/installer-check.log.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402  (installer/build.py: version, Authenticode check)

PREFIX = ROOT / "build" / "wine-prefix"
LOG = ROOT / "build" / "installer-check.log"
INSTALL_DIR_WIN = r"C:\Program Files\KPU Kota Singkawang\JDIH Desktop"
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\JDIH Desktop"
REQUIRED = [
    "Python/python.exe", "Python/pythonw.exe", "Python/python311.dll", "Python/python311._pth",
    "bin/jdih-desktop.exe", "JDIH_Desktop.launch.pyw", "app.ico", "LICENSE",
    "pkgs/jdih_desktop/cli.py", "pkgs/jdih_desktop/i18n/jdih_en.qm",
    "pkgs/jdih_desktop/resources/holidays_id.json", "pkgs/PySide6/Qt6Core.dll",
    "pkgs/PySide6/plugins/platforms/qoffscreen.dll", "pkgs/PySide6/plugins/platforms/qwindows.dll",
    "pkgs/win32/win32print.pyd", "pkgs/comtypes/__init__.py", "pkgs/escpos/__init__.py",
]
FORBIDDEN = ["pkgs/pyinsane2"]

_log_lines: list[str] = []


def say(msg: str) -> None:
    line = f"[{time.strftime('%H:%M:%S')}] {msg}"
    print(line, flush=True)
    _log_lines.append(line)


def fail(msg: str) -> None:
    say("FAILED: " + msg)
    LOG.write_text("\n".join(_log_lines) + "\n", encoding="utf-8")
    raise SystemExit(1)


def wine_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(WINEPREFIX=str(PREFIX), WINEARCH="win64", WINEDEBUG="-all",
               WINEDLLOVERRIDES="mscoree,mshtml=", QT_QPA_PLATFORM="offscreen",
               LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env.pop("JDIH_DATA_DIR", None)
    env.pop("JDIH_DB_URL", None)
    return env


def wine(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    cmd = ["wine", *args]
    return subprocess.run(cmd, env=wine_env(), capture_output=True, text=True,
                          errors="replace", timeout=timeout)


def wait_wineserver() -> None:
    subprocess.run(["wineserver", "-w"], env=wine_env(), timeout=300)


def drive_c() -> Path:
    return PREFIX / "drive_c"


def win_to_unix(path: str) -> Path:
    return drive_c() / path[3:].replace("\\", "/")


SEVEN_ZIP = shutil.which("7zz") or shutil.which("7z") or "7zz"  # Debian's 7zip package: 7zz


def check_payload(exe: Path) -> None:
    """List the installer's archive with 7-Zip; verify the shipped Python's signatures."""
    res = subprocess.run([SEVEN_ZIP, "l", "-ba", "-slt", str(exe)], capture_output=True,
                         text=True)
    if res.returncode:
        fail(f"7z cannot list {exe.name}: {res.stderr[-500:]}")
    names = {m.replace("\\", "/") for m in re.findall(r"^Path = (.+)$", res.stdout, re.M)}
    missing = [r for r in REQUIRED if r not in names]
    if missing:
        fail(f"payload lacks {missing}")
    bad = [f for f in FORBIDDEN if any(n.startswith(f) for n in names)]
    if bad:
        fail(f"payload holds Linux-only packages {bad}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([SEVEN_ZIP, "x", "-y", f"-o{tmp}", str(exe), "Python/*.exe", "Python/*.dll",
                        "Python/*.pyd"], check=True, capture_output=True)
        count = 0
        for pe in sorted(Path(tmp, "Python").iterdir()):
            build.verify_authenticode(pe, microsoft=pe.name.lower() in build.MS_RUNTIME)
            count += 1
    say(f"payload: {len(names)} entries, required files present, no pyinsane2; "
        f"{count} Python PE files signed (PSF/Microsoft)")


def main() -> int:
    t0 = time.monotonic()
    version = build.app_version()
    exe = ROOT / "dist" / f"JDIH_Desktop_{version}_setup.exe"
    if not exe.is_file():
        fail(f"{exe} not built (make installer)")
    for tool in ("wine", "wineserver", SEVEN_ZIP, "osslsigncode"):
        if not shutil.which(tool):
            fail(f"{tool} missing: sh scripts/system-deps.sh installer (as root)")
    say(f"installer {exe.name}, {exe.stat().st_size} bytes")
    check_payload(exe)

    shutil.rmtree(PREFIX, ignore_errors=True)
    PREFIX.parent.mkdir(parents=True, exist_ok=True)
    res = subprocess.run(["wineboot", "--init"], env=wine_env(), capture_output=True,
                         text=True, timeout=300)
    wait_wineserver()
    ver = wine(["cmd", "/c", "ver"]).stdout.strip()
    say(f"wine prefix ready ({ver or 'wineboot rc ' + str(res.returncode)})")

    # ---------------------------------------------------------------- install
    res = wine([str(exe), "/S"], timeout=600)
    wait_wineserver()
    if res.returncode:
        fail(f"silent install exited {res.returncode}: {res.stderr[-800:]}")
    inst = win_to_unix(INSTALL_DIR_WIN)
    for rel in ("Python/python.exe", "bin/jdih-desktop.exe", "uninstall.exe",
                "pkgs/jdih_desktop/cli.py", "JDIH_Desktop.launch.pyw"):
        if not (inst / rel).is_file():
            fail(f"installed program lacks {rel}")
    menu = drive_c() / "ProgramData/Microsoft/Windows/Start Menu/Programs/JDIH Desktop"
    links = sorted(p.name for p in menu.glob("*.lnk"))
    if "JDIH Desktop.lnk" not in links:
        fail(f"Start-menu shortcut missing (found {links})")
    reg = wine(["reg", "query", UNINSTALL_KEY])
    if reg.returncode or "DisplayVersion" not in reg.stdout:
        fail(f"uninstall registry key missing: {reg.stdout} {reg.stderr}")
    data_dir = drive_c() / "ProgramData/KPU Kota Singkawang/JDIH Desktop"
    if not data_dir.is_dir():
        fail("data folder not created")
    compiled = any((inst / "pkgs/jdih_desktop/__pycache__").glob("*.pyc"))
    say(f"installed silently into {INSTALL_DIR_WIN}; Start menu: {', '.join(links)}; "
        f"uninstall key present; data folder created; byte-compiled: {compiled}")

    # ---------------------------------------------------------------- run
    launcher = INSTALL_DIR_WIN + r"\bin\jdih-desktop.exe"
    res = wine([launcher, "--version"])
    if res.returncode or version not in res.stdout:
        fail(f"--version: rc {res.returncode} {res.stdout!r} {res.stderr[-800:]}")
    say(f"cli --version: {res.stdout.strip()}")
    t1 = time.monotonic()
    res = wine([launcher, "selftest"], timeout=300)
    for line in res.stdout.strip().splitlines():
        say("  selftest| " + line)
    if res.returncode:
        fail(f"selftest exited {res.returncode}: {res.stderr[-1500:]}")
    say(f"self-test ok ({time.monotonic() - t1:.0f} s)")
    res = wine([launcher, "holidays", "add", "2027-12-31", "Uji installer-check"])
    if res.returncode:
        fail(f"holidays add: rc {res.returncode} {res.stdout} {res.stderr[-800:]}")
    res = wine([launcher, "holidays", "list", "--year", "2027"])
    if res.returncode or "Uji installer-check" not in res.stdout:
        fail(f"holidays list: rc {res.returncode} {res.stdout[-800:]} {res.stderr[-800:]}")
    db = data_dir / "jdih.sqlite3"
    if not db.is_file():
        fail("the CLI wrote no database into the data folder")
    say(f"cli ok: holidays add/list in the real data folder ({db.stat().st_size} bytes)")

    # ---------------------------------------------------------------- uninstall
    res = wine([INSTALL_DIR_WIN + r"\uninstall.exe", "/S"], timeout=300)
    wait_wineserver()  # the uninstaller re-runs itself from %TEMP%: wait for it
    deadline = time.monotonic() + 120
    while inst.exists() and time.monotonic() < deadline:
        time.sleep(1)
    if inst.exists():
        fail(f"program folder still there after uninstall: {sorted(os.listdir(inst))[:10]}")
    if menu.exists():
        fail("Start-menu folder still there after uninstall")
    reg = wine(["reg", "query", UNINSTALL_KEY])
    if reg.returncode == 0:
        fail("uninstall registry key still there")
    if not db.is_file():
        fail("the data folder's database was removed by the uninstaller")
    kept = sorted(p.name for p in data_dir.iterdir())
    say(f"uninstalled: program folder, Start-menu entry and uninstall key gone; data kept "
        f"({', '.join(kept)})")
    say(f"installer-check passed in {time.monotonic() - t0:.0f} s")
    LOG.write_text("\n".join(_log_lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
