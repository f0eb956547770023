; Inno Setup 6 script for carebook's Windows installer (UNTESTED here: written for a Windows
; machine, never run on one). build.ps1 runs it after PyInstaller, as
;   ISCC /DAppVersion=<version> /DSourceDir=<repo>\dist\carebook /O<repo>\dist carebook.iss
; It installs the one-folder build for the current user (no administrator needed; an
; administrator may choose all users), adds Start menu (and optionally desktop) shortcuts to
; carebook-window.exe, and can put the folder on the user's PATH so `carebook agenda` works in
; a terminal. The caseload in %LOCALAPPDATA%\carebook is never touched, not even on uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\carebook"
#endif

[Setup]
; The AppId identifies carebook to Windows across versions: never change it.
AppId={{6C1D9B7E-4E2A-4F37-9B61-0C2E8A5D3F14}
AppName=carebook
AppVersion={#AppVersion}
AppVerName=carebook {#AppVersion}
AppPublisher=carebook
AppComments=Offline caseload organizer for care coordinators
DefaultDirName={autopf}\carebook
DefaultGroupName=carebook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=carebook-{#AppVersion}-windows-x64-setup
UninstallDisplayIcon={app}\carebook-window.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Let a terminal run carebook (add its folder to your PATH)"; Flags: unchecked

[Files]
; The whole PyInstaller folder: both programs and _internal\ (Python, Qt, resources).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the folder's libraries whole: left-over files of an older build could be
; loaded in place of the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\carebook"; Filename: "{app}\carebook-window.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\carebook"; Filename: "{app}\carebook-window.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The user's PATH, only when asked for and only once.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\carebook-window.exe"; Description: "{cm:LaunchProgram,carebook}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
