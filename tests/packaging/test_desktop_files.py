"""The files that tell desktops about the program agree with it and with each other:
the .ajx type (Linux), the installer script (Windows), every package folder importable."""

from __future__ import annotations

import configparser
import re

from lxml import etree

from ametijuhend_desktop import __version__
from ametijuhend_desktop.ajx.names import NS

from .smoke import ROOT

LINUX = ROOT / "packaging" / "linux"
ISS = ROOT / "packaging" / "windows" / "ametijuhend.iss"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_every_package_folder_is_a_package() -> None:
    package = ROOT / "ametijuhend_desktop"
    folders = {p.parent for p in package.rglob("*.py")
               if "__pycache__" not in p.parts and p.relative_to(package).parts[0] != "resources"}
    assert [f for f in folders if not (f / "__init__.py").is_file()] == []
    # packaging/ holds scripts; as a package it would hide the PyPI library "packaging".
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_the_mime_type_is_ours() -> None:
    tree = etree.parse(str(LINUX / "ametijuhend-mime.xml"))
    kind = tree.find(f"{MIME_NS}mime-type")
    assert kind is not None
    assert kind.get("type") == "application/x-ametijuhend+xml"
    assert [g.get("pattern") for g in kind.iter(f"{MIME_NS}glob")] == ["*.ajx"]
    root_xml = kind.find(f"{MIME_NS}root-XML")
    assert root_xml is not None and root_xml.get("namespaceURI") == NS
    example = etree.parse(str(ROOT / "resources" / "examples" / "projektijuht-jatkutugi.ajx"))
    assert example.getroot().tag == f"{{{NS}}}{root_xml.get('localName')}"
    icon = kind.find(f"{MIME_NS}icon")
    assert icon is not None and icon.get("name") == "application-x-ametijuhend+xml"
    assert (LINUX / "ametijuhend-document.svg").is_file()


def test_the_desktop_entry_opens_ajx_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "ametijuhend.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["MimeType"] == "application/x-ametijuhend+xml;"
    assert section["Exec"].split()[-1] == "%f"
    assert section["Icon"] == "ametijuhend"


def _iss() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_windows_installer_is_per_user_and_opens_ajx() -> None:
    iss = _iss()
    text = ISS.read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert f'#define AppVersion "{__version__}"' in text
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{localappdata}")
    assert setup["ChangesAssociations"] == "yes"
    assert any(line.startswith('Name: "{group}\\Ametijuhend"') for line in iss["Icons"])
    registry = iss["Registry"]
    assert all(line.startswith("Root: HKCU;") for line in registry), "per user only"
    assert any("Software\\Classes\\.ajx" in line for line in registry)
    assert any('\\shell\\open\\command' in line and '{app}\\ametijuhend.exe' in line
               and '""%1""' in line for line in registry)


def test_the_windows_uninstaller_leaves_documents_alone() -> None:
    iss = _iss()
    removed = " ".join(iss.get("UninstallDelete", []) + iss.get("InstallDelete", []))
    for users_place in ("{userdocs}", "{userdesktop}", "{localappdata}\\Ametijuhend",
                        "*.ajx", "*.docx"):
        assert users_place not in removed
    assert all("{app}" in line for line in iss.get("UninstallDelete", []))
