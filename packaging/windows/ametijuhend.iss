; Inno Setup script: installs the PyInstaller build (dist\ametijuhend) for the current
; user only, without administrator rights, with a Start menu entry and the .ajx file type
; opening in the editor. The uninstaller removes only what was installed; the user's job
; descriptions, settings and recovery files are kept.
; Build: pyinstaller packaging\ametijuhend.spec, then iscc packaging\windows\ametijuhend.iss
; (.github/workflows/windows.yml does both; /DAppVersion=... overrides the version).
#ifndef AppVersion
#define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B7F2C1E-4A55-4E0B-9C57-0A1B2C3D4E5F}
AppName=Ametijuhend
AppVersion={#AppVersion}
AppPublisher=Ametijuhend
DefaultDirName={localappdata}\Programs\Ametijuhend
DefaultGroupName=Ametijuhend
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
UninstallDisplayIcon={app}\ametijuhend.exe
WizardStyle=modern
OutputBaseFilename=ametijuhend-{#AppVersion}-setup
SourceDir=..\..\dist\ametijuhend
OutputDir=..\..\dist

[Languages]
; Inno Setup ships no Estonian wizard texts (only an unofficial translation exists); put
; that Estonian.isl next to this script and the wizard offers Estonian first.
#if FileExists(AddBackslash(SourcePath) + "Estonian.isl")
Name: "et"; MessagesFile: "Estonian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Ametijuhend"; Filename: "{app}\ametijuhend.exe"
Name: "{group}\{cm:UninstallProgram,Ametijuhend}"; Filename: "{uninstallexe}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.ajx"; ValueType: string; ValueData: "Ametijuhend.Document"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Ametijuhend.Document"; ValueType: string; ValueData: "Ametijuhend"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Ametijuhend.Document\DefaultIcon"; ValueType: string; ValueData: "{app}\ametijuhend.exe,0"
Root: HKCU; Subkey: "Software\Classes\Ametijuhend.Document\shell\open\command"; ValueType: string; ValueData: """{app}\ametijuhend.exe"" ""%1"""

[Run]
Filename: "{app}\ametijuhend.exe"; Description: "{cm:LaunchProgram,Ametijuhend}"; Flags: nowait postinstall skipifsilent
