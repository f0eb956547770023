"""Test set-up: Qt offscreen, and every per-user folder (settings, data) inside a temporary one."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from carebook.core import calendar_words, words

# Before anything imports Qt or platformdirs: no display needed, and nothing of the tester's own
# caseload or settings is read or written.
_HOME = Path(tempfile.mkdtemp(prefix="carebook-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
os.environ.pop("CAREBOOK_DB", None)
# The same language and locale on every machine: English words, dates as "24 Nov 2026", weeks
# from Monday. Tests of another language or locale set it themselves.
os.environ["LANG"] = "C.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_PAPER", "LANGUAGE"):
    os.environ.pop(_variable, None)
(_HOME / "runtime").mkdir(mode=0o700)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Whatever language a test spoke, the next one starts in English with plain dates."""
    yield
    words.install(None)
    calendar_words.set_style(calendar_words.Style())


@pytest.fixture(scope="session")
def sample_caseload_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 40-patient sample caseload, made once per run; copy it before changing it."""
    from carebook.sample.demo import fill
    from carebook.store.caseload import Store

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    store = Store.open(path)
    fill(store, patients=40, seed=7)
    store.close()
    return path


@pytest.fixture
def sample_db(sample_caseload_file: Path, tmp_path: Path) -> Path:
    """A private copy of the sample caseload for one test."""
    target = tmp_path / "caseload.sqlite3"
    shutil.copyfile(sample_caseload_file, target)
    return target


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--benchmarks",
        action="store_true",
        help="run the timing benchmarks in tests/benchmarks (slow; not in CI)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Benchmarks run one at a time in this process, whatever the suite's workers: side by
    side they would time each other, and their figures are printed (-s)."""
    if config.getoption("--benchmarks") and hasattr(config.option, "numprocesses"):
        config.option.numprocesses = 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--benchmarks"):
        return
    skip = pytest.mark.skip(reason="benchmarks run on demand: pytest tests/benchmarks --benchmarks")
    for item in items:
        if "benchmark" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Make a real small file system (tmpfs, of a size such as "200k"), which fills up as a
    full disk does; unmounted after the test."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        folder = tmp_path / f"small-{len(mounted)}"
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
