"""Two caseloads of one team, joined once per test module and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook.store.caseload import Store

from .exchange import join_pair


@pytest.fixture(scope="module")
def pair(sample_caseload_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample and an empty caseload in one team, each holding it all (made once a module)."""
    return join_pair(sample_caseload_file, tmp_path_factory.mktemp("pair"))


@pytest.fixture
def stores(pair: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """This test's own copies of the pair, open."""
    opened = []
    for source in pair:
        target = tmp_path / source.name
        shutil.copyfile(source, target)
        opened.append(Store.open(target))
    yield opened[0], opened[1]
    for store in opened:
        store.close()
