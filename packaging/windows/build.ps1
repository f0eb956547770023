# Build carebook for Windows (UNTESTED here: written for a Windows machine, never run on one):
# the one-folder app dist\carebook\ (carebook.exe, the console program, and carebook-window.exe,
# the window with no console) from packaging\carebook.spec, then, when Inno Setup 6 is
# installed, the installer dist\carebook-<version>-windows-x64-setup.exe from carebook.iss.
#
# Run from the repository's top in PowerShell, with the virtualenv made as README's test install:
#   py -3.11 -m venv .venv; .venv\Scripts\pip install -e '.[test]'
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    throw "No virtualenv at .venv: py -3.11 -m venv .venv; .venv\Scripts\pip install -e '.[test]'"
}

# PyInstaller and its hooks, pinned (see there why); Pillow turns the PNG icon into the .ico
# Windows wants in the executables.
& $Python -m pip install --quiet --disable-pip-version-check `
    -r packaging\build-requirements.txt "pillow"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$Version = (& $Python -c "import carebook; print(carebook.__version__)").Trim()
$Icon = Join-Path $Root "resources\icons\hicolor\256x256\apps\carebook.png"
if (-not (Test-Path $Icon)) { $Icon = Join-Path $Root "resources\icons\hicolor\512x512\apps\carebook.png" }
if (Test-Path $Icon) { $env:CAREBOOK_ICON = $Icon } else { Remove-Item Env:CAREBOOK_ICON -ErrorAction Ignore }

$Timer = [Diagnostics.Stopwatch]::StartNew()
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\carebook.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$Size = (Get-ChildItem dist\carebook -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
"build: dist\carebook built in {0:N0} s, {1:N0} MB" -f $Timer.Elapsed.TotalSeconds, $Size

# The built console program must answer before anything is packed.
& dist\carebook\carebook.exe --version
if ($LASTEXITCODE -ne 0) { throw "dist\carebook\carebook.exe --version failed" }

$Iscc = @(
    (Get-Command iscc.exe -ErrorAction Ignore).Source,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) {
    "build: Inno Setup 6 not found (https://jrsoftware.org/isinfo.php); the folder is built, no installer"
    exit 0
}
& $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\carebook" "/O$Root\dist" `
    packaging\windows\carebook.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
"build: dist\carebook-$Version-windows-x64-setup.exe"
