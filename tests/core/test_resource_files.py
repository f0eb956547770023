"""carebook finds its shipped files in a checkout, once installed and in a built app."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook.core import resource_files
from carebook.core.resource_files import resource, resource_root

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh() -> Iterator[None]:
    resource_files.resource_root.cache_clear()
    yield
    resource_files.resource_root.cache_clear()


def test_a_checkout_reads_the_top_level_resources(fresh: None) -> None:
    assert resource_root() == ROOT / "resources"
    assert resource("guide", "index.html").is_file()
    assert resource("medicines.json").is_file()


def test_a_built_app_reads_its_own_copy_first(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources"
    bundled.mkdir()
    shutil.copy(ROOT / "resources" / "carebook.svg", bundled)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == bundled


def test_a_folder_without_carebooks_files_is_not_taken_for_them(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()  # a folder of that name, but not carebook's
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == ROOT / "resources"


def test_missing_resources_say_so_plainly(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site" / "carebook" / "core"
    package.mkdir(parents=True)
    monkeypatch.setattr(resource_files, "__file__", str(package / "resource_files.py"))
    with pytest.raises(FileNotFoundError, match="reinstall carebook"):
        resource_root()
