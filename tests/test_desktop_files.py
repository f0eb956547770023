"""The desktop integration files: desktop entry, AppStream metainfo, icons and screenshots."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from carebook import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "carebook.desktop"
METAINFO = RESOURCES / "io.github.carebook.carebook.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOT_URL = "https://raw.githubusercontent.com/carebook/carebook/main/resources/screenshots/"


def _tool(name: str, package: str) -> str:
    """The tool's path; the test is skipped, naming the Debian package, when it is missing."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_file_is_valid() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are advice (MedicalSoftware "can be extended"); warnings and errors are not allowed.
    assert "warning:" not in result.stdout and "error:" not in result.stdout, result.stdout


def test_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos are allowed (older appstream does not know <developer>); warnings are not.
    assert not any(line.startswith(("W:", "E:")) for line in result.stdout.splitlines()), (
        result.stdout
    )


def test_metainfo_names_the_desktop_file_and_its_own_file() -> None:
    root = _metainfo()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name


def test_metainfo_release_is_carebooks_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "no release in the metainfo"
    assert releases[0].get("version") == __version__


def test_screenshots_referenced_exist() -> None:
    images = [image.text or "" for image in _metainfo().findall("screenshots/screenshot/image")]
    assert len(images) >= 4
    for url in images:
        assert url.startswith(SCREENSHOT_URL), url
        shot = RESOURCES / "screenshots" / url.removeprefix(SCREENSHOT_URL)
        assert shot.is_file(), f"{url} names no file in resources/screenshots"
        assert shot.stat().st_size < 300_000, f"{shot.name} is over 300 KB: run optipng"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    icon = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{_entry()['Icon']}.png"
    image = QImage(str(icon))
    assert not image.isNull(), f"{icon} is missing or unreadable"
    assert (image.width(), image.height()) == (size, size)


def test_desktop_exec_is_a_gui_script() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    program = _entry()["Exec"].split()[0]
    assert program in project["gui-scripts"], f"{program} is not among pyproject's gui-scripts"
    assert _entry()["TryExec"] == program


def test_metainfo_provides_every_program() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    programs = set(project["scripts"]) | set(project["gui-scripts"])
    assert {binary.text for binary in _metainfo().findall("provides/binary")} == programs
