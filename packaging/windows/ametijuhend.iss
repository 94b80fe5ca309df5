; Inno Setup script: installs the PyInstaller build (dist\ametijuhend) for the current
; user, with a Start menu entry and the .ajx file type. Build with ISCC ametijuhend.iss
; after `pyinstaller packaging\ametijuhend.spec`.
#define AppVersion "0.1.0"

[Setup]
AppId={{6B7F2C1E-4A55-4E0B-9C57-0A1B2C3D4E5F}
AppName=Ametijuhend
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Ametijuhend
DefaultGroupName=Ametijuhend
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputBaseFilename=ametijuhend-{#AppVersion}-setup
SourceDir=..\..\dist\ametijuhend
OutputDir=..\..\dist

[Languages]
Name: "et"; MessagesFile: "compiler:Languages\Estonian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Ametijuhend"; Filename: "{app}\ametijuhend.exe"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.ajx"; ValueType: string; ValueData: "Ametijuhend.Document"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Ametijuhend.Document"; ValueType: string; ValueData: "Ametijuhend"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Ametijuhend.Document\shell\open\command"; ValueType: string; ValueData: """{app}\ametijuhend.exe"" ""%1"""
