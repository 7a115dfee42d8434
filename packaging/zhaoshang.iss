; Inno Setup 6 (6.3 or newer) script: a Windows installer for the bundle that `make dist` (or
; `pyinstaller packaging\zhaoshang.spec`) leaves in dist\zhaoshang. Compile on Windows with
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\zhaoshang.iss
; which writes dist\zhaoshang-desk-VERSION-setup.exe. The version is read from setup.cfg
; [metadata] version (the program's one version); /DAppVersion=1.2.3 overrides it.
;
; User data is never touched: the database, its backups and the daily copies live in the user's
; data folder %LOCALAPPDATA%\zhaoshang-desk (or wherever --db / 设置 → 数据库 points), and window
; state in the registry under HKCU\Software\zhaoshang-desk. This script installs files only into
; {app} and has no [UninstallDelete] or [UninstallRun] entry, so uninstalling removes the program
; files and shortcuts it installed and nothing else; reinstalling finds the data as it was.
; Saved as UTF-8 with a byte-order mark, so Inno Setup reads the Chinese text correctly.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 scripts)
#endif

#define Root AddBackslash(SourcePath) + "..\"
#ifndef AppVersion
  #define AppVersion ReadIni(Root + "setup.cfg", "metadata", "version", "")
#endif
#if AppVersion == ""
  #error Cannot read the version from setup.cfg [metadata] version
#endif
#define Bundle Root + "dist\zhaoshang"
#ifnexist Bundle + "\zhaoshang-desk.exe"
  #error No bundle in dist\zhaoshang: run `make dist` (or pyinstaller packaging\zhaoshang.spec) first
#endif
#define AppName "招商引资工作台"
#define AppExe "zhaoshang-desk.exe"

[Setup]
; The AppId stays the same for every version, so a new version installs over the old one.
AppId={{15E75378-98D1-4D75-A545-381F189A31A7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Zhaoshang Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Zhaoshang Desk
; Program Files for everyone (administrator); a user without administrator rights may choose to
; install for themselves only (then {autopf} is the user's own Programs folder).
DefaultDirName={autopf}\ZhaoshangDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}resources\icons\zhaoshang.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#Root}dist
OutputBaseFilename=zhaoshang-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Simplified Chinese first, so a Chinese Windows gets it. Inno Setup releases before it became an
; official translation do not ship ChineseSimplified.isl: put the community translation
; (Inno Setup's "Translations" page) into the compiler's Languages folder or beside this script.
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "{#AddBackslash(SourcePath)}ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the installer will speak English only"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (inside {app} only): a library left over from an older
; bundle must not be loaded by the new one. User data is not in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: zhaoshang-desk.exe (the window), zhaoshang.exe (command line) and
; _internal\ (Python, Qt, fonts, migrations, default rules, icon).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "招商引资工作台 Zhaoshang Desk"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [UninstallRun]: %LOCALAPPDATA%\zhaoshang-desk (the database and its
; backups) and the registry settings stay on the computer after uninstalling.
