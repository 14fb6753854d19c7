; Contactos for Windows: an installer for one user, without administrator rights.
;
;   uv run --group build python build/windows_installer.py     (after build/package.py)
;
; build/windows_installer.py passes the values below from the project (build/identity.py:
; the version from pyproject.toml, the AppId, the names) and the paths of what
; build/package.py built; compiling this file by hand needs the same /D options.
;
; - Installs into %LOCALAPPDATA%\Programs\Contactos ({autopf} for a per-user install),
;   with a Start menu entry that carries the AppUserModelID the reminders' toasts are
;   shown under, and, if chosen, a desktop icon.
; - A newer version installs over an older one in place (same AppId, same folder, the
;   program closed first through the Restart Manager); the old program files go first,
;   so that nothing of an older version is left beside the new one.
; - The uninstaller removes the program's folder, its shortcuts and the two registry
;   values the program writes for itself (the start at login and the toasts' name). It
;   never touches the user's data folder (%LOCALAPPDATA%\Contactos: database, backups,
;   logs, settings), which is not the program's folder.

#ifndef AppVersion
  #error "Pass /DAppVersion=... (build/windows_installer.py does)"
#endif
#ifndef AppVersionNumeric
  #error "Pass /DAppVersionNumeric=a.b.c.d"
#endif
#ifndef AppId
  #error "Pass /DAppId={GUID}"
#endif
#ifndef AppPublisher
  #define AppPublisher "The Contactos developers"
#endif
#ifndef AppUserModelId
  #define AppUserModelId "Contactos"
#endif
#ifndef SourceDir
  #error "Pass /DSourceDir=...\dist\Contactos"
#endif
#ifndef SetupIcon
  #error "Pass /DSetupIcon=...\contactos.ico (build/icons.py makes it)"
#endif
#ifndef DefaultDir
  ; ({autopf} is %LOCALAPPDATA%\Programs for a per-user install. Wine 8 does not know
  ; that folder: build/windows_installer.py --wine-check passes
  ; {localappdata}\Programs\Contactos, the same place.)
  #define DefaultDir "{autopf}\Contactos"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "Contactos-" + AppVersion + "-windows-x86_64-setup"
#endif

[Setup]
; The AppId names the program to Windows' list of installed programs: the same in every
; version, so that a new version is an upgrade of the old one. ("{{" is a literal "{".)
AppId={{#AppId}
AppName=Contactos
AppVersion={#AppVersion}
AppVerName=Contactos {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) 2026 {#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=Contactos
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription=Contactos {#AppVersion} setup
; For this user only, no administrator rights asked; {autopf} is then
; %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={#DefaultDir}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
UsePreviousTasks=yes
; PySide6 runs on 64-bit Windows 10 and later (also Windows on ARM, emulated).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running Contactos (the tray keeps it running) is closed before its files are replaced,
; and not restarted behind the person's back.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#SetupIcon}
UninstallDisplayIcon={app}\Contactos.exe
UninstallDisplayName=Contactos
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Spanish first: the language of most users; Setup follows Windows' language.
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.ProgramComment=Contactos y seguimiento de prospectos
en.ProgramComment=Contacts and follow-up of leads

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade: the earlier version's program files go before the new ones are copied
; (a library it had and this version has not would be loaded otherwise). Only the
; program's own folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start menu entry carries the AppUserModelID: Windows shows a program's toasts only
; when a shortcut in the Start menu names it (ui/notify.py sets the same ID).
Name: "{autoprograms}\Contactos"; Filename: "{app}\Contactos.exe"; WorkingDir: "{app}"; Comment: "{cm:ProgramComment}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\Contactos"; Filename: "{app}\Contactos.exe"; WorkingDir: "{app}"; Comment: "{cm:ProgramComment}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Registry]
; Written by the program, not by Setup (ValueType: none creates nothing); removed when
; it is uninstalled: the start at login (Preferences; contactos/autostart.py) and the
; toasts' registration (desktop-notifier).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "Contactos"; Flags: dontcreatekey uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\AppUserModelId\{#AppUserModelId}"; ValueType: none; Flags: dontcreatekey uninsdeletekey

[Run]
Filename: "{app}\Contactos.exe"; Description: "{cm:LaunchProgram,Contactos}"; Flags: nowait postinstall skipifsilent
