# Builds the Windows installer of JDIH Desktop:
#   1. a clean build virtual environment (.venv-build) with the project and PyInstaller,
#   2. a PyInstaller one-folder build in dist\jdih-desktop (installer\jdih-desktop.spec),
#   3. a smoke test of the frozen program (--version, --help),
#   4. the installer dist\jdih-desktop-<version>-setup.exe with Inno Setup 6 (ISCC.exe).
# Run from any folder:  powershell -ExecutionPolicy Bypass -File installer\build.ps1
# Needs: Python 3.11 (the "py" launcher) and Inno Setup 6. Not runnable on Linux.
param(
    [string]$PythonVersion = "3.11",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

Write-Host "== build environment"
if (-not (Test-Path ".venv-build\Scripts\python.exe")) {
    py "-$PythonVersion" -m venv .venv-build
    if ($LASTEXITCODE -ne 0) { throw "Python $PythonVersion not found (py launcher)." }
}
$py = Join-Path $root ".venv-build\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install ".[postgres]" "pyinstaller>=6.0"
if ($LASTEXITCODE -ne 0) { throw "pip install failed." }
$version = (& $py -c "import jdih_desktop; print(jdih_desktop.__version__)").Trim()
Write-Host "== JDIH Desktop $version"

Write-Host "== PyInstaller (one folder)"
& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    installer\jdih-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed." }

Write-Host "== smoke test"
$cli = Join-Path $root "dist\jdih-desktop\jdih-desktop-cli.exe"
& $cli --version
if ($LASTEXITCODE -ne 0) { throw "The frozen program does not start (--version)." }
& $cli --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "The frozen program does not start (--help)." }
$smoke = Join-Path $env:TEMP "jdih-smoke-$PID"
& $cli demo-data --documents 20 --visits 20 --data-dir $smoke
if ($LASTEXITCODE -ne 0) { throw "demo-data failed in the frozen program." }
Remove-Item -Recurse -Force $smoke

if ($SkipInstaller) { Write-Host "dist\jdih-desktop is ready (installer skipped)."; exit 0 }

Write-Host "== Inno Setup"
if (-not $Iscc) {
    $candidates = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found; pass -Iscc PATH." }
& $Iscc "/DAppVersion=$version" installer\jdih-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed." }
Write-Host "Installer: dist\jdih-desktop-$version-setup.exe"
