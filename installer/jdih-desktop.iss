; Inno Setup 6 script: installs the PyInstaller one-folder build of JDIH Desktop for every user
; of the PC, with Start menu shortcuts, and leaves the data folder in place on uninstall.
; Built by installer\build.ps1, which passes /DAppVersion=<version of jdih_desktop>.

#define AppName "JDIH Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "KPU Kota Singkawang"
#define AppExe "jdih-desktop.exe"
#define CliExe "jdih-desktop-cli.exe"
#define BuildDir "..\dist\jdih-desktop"
; The per-machine data folder the app uses on Windows (platformdirs site_data_dir):
; C:\ProgramData\KPU Kota Singkawang\JDIH Desktop
#define DataDir "{commonappdata}\KPU Kota Singkawang\JDIH Desktop"

[Setup]
AppId={{5B0F3C8E-6172-4A1D-9C2E-4A5D1B7E2022}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppPublisher}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: Program Files, all users' Start menu, ProgramData.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=jdih-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An open app keeps its files locked: ask to close it before upgrading or uninstalling.
CloseApplications=yes
#if FileExists(AddBackslash(SourcePath) + "jdih-desktop.ico")
SetupIconFile=jdih-desktop.ico
#endif

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; Created writable for every user of the PC (the desk's officers log in with their own
; accounts) and never removed: the database, config.ini and logs outlive the program.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} (data demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\Folder data {#AppName}"; Filename: "{#DataDir}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave next to its files; the data folder is not listed.
Type: filesandordirs; Name: "{app}\__pycache__"
