# Build Vägval's one-folder bundle on Windows, and the installer if Inno Setup is present.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#     -> dist\vagval\ (vagval.exe, vagval-cli.exe, _internal\)
#     -> dist\vagval-<version>-windows-x64-setup.exe   (when ISCC.exe is found)
#
# The same spec as on Linux (packaging/vagval.spec). NOT RUN YET: written without a Windows
# machine; the CI workflow .github/workflows/windows.yml runs it on a Windows runner.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$PyInstallerVersion = if ($env:PYINSTALLER_VERSION) { $env:PYINSTALLER_VERSION } else { "6.22.3" }
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3.11 -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "could not make the venv (is Python 3.11 installed?)" }
    .venv\Scripts\python.exe -m pip install -q -e .
}
.venv\Scripts\python.exe -m pip install -q "pyinstaller==$PyInstallerVersion"
if ($LASTEXITCODE -ne 0) { throw "pip install pyinstaller failed" }

Remove-Item -Recurse -Force build\vagval, dist\vagval -ErrorAction SilentlyContinue
.venv\Scripts\python.exe -m PyInstaller --noconfirm --clean --log-level ERROR `
    --distpath dist --workpath build packaging\vagval.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Copy-Item packaging\THIRD-PARTY.md dist\vagval\

$version = ((& dist\vagval\vagval-cli.exe --version) | Select-Object -First 1).Split(" ")[1]
$size = [math]::Round(((Get-ChildItem -Recurse dist\vagval | Measure-Object -Sum Length).Sum) / 1MB)
Write-Host "build: dist\vagval is $size MB unpacked (version $version)"

$iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
if (-not $iscc) {
    $default = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
    if (Test-Path $default) { $iscc = Get-Item $default }
}
if ($iscc) {
    & $iscc.Source "/DAppVersion=$version" "/DSourceDir=$(Resolve-Path dist\vagval)" `
        "/O$(Resolve-Path dist)" packaging\windows\vagval.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "Inno Setup 6 not found: no installer made (the bundle in dist\vagval is complete)."
}
