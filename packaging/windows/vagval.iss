; Inno Setup 6 script: a per-machine installer for Vägval's one-folder bundle.
;
; Built by packaging\windows\build.ps1 (ISCC /DAppVersion=... /DSourceDir=dist\vagval).
; Silent install, for IT (needs administrator rights, installs for every user):
;   vagval-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/DIR="C:\Program Files\Vagval"] [/ORGSETTINGS="\\server\it\vagval\organisation.toml"]
;       [/LOG="C:\Windows\Temp\vagval-install.log"]
; /ORGSETTINGS copies that file to %ProgramData%\Vagval\organisation.toml (see docs/install.md).
; Silent uninstall: "C:\Program Files\Vagval\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The uninstaller leaves %ProgramData%\Vagval and every user's %APPDATA%\Vagval alone.
;
; NOT RUN YET: written without a Windows machine; .github/workflows/windows.yml compiles it
; and installs and uninstalls silently on a Windows runner.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\vagval"
#endif

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6C1E1B52-7F0A-4C55-9E0B-5A2D0C7E9A17}
AppName=Vägval
AppVersion={#AppVersion}
AppVerName=Vägval {#AppVersion}
AppPublisher=Vägval
DefaultDirName={autopf}\Vagval
DefaultGroupName=Vägval
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=vagval-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\assets\icons\vagval.ico
UninstallDisplayIcon={app}\vagval.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
; Swedish is among Inno Setup's unofficial translations, not always installed with it; the
; wizard is in Swedish where the file is there and in English otherwise (silent installs show
; no wizard either way).
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The folder IT puts organisation.toml in; readable by all users, writable by administrators.
Name: "{commonappdata}\Vagval"

[Icons]
Name: "{autoprograms}\Vägval"; Filename: "{app}\vagval.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Vägval"; Filename: "{app}\vagval.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\vagval.exe"; Description: "{cm:LaunchProgram,Vägval}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the bundle whole, so no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
var
  Source, Target: String;
begin
  if CurStep = ssPostInstall then
  begin
    Source := ExpandConstant('{param:ORGSETTINGS|}');
    if Source <> '' then
    begin
      Target := ExpandConstant('{commonappdata}\Vagval\organisation.toml');
      if not FileCopy(Source, Target, False) then
        Log('ORGSETTINGS: could not copy ' + Source + ' to ' + Target)
      else
        Log('ORGSETTINGS: copied ' + Source + ' to ' + Target);
    end;
  end;
end;
