"""The 10,000- and 50,000-patient benchmark caseloads, made with `carebook demo` and kept on disk.

Making them takes about 35 s and a few minutes, so each is made once and kept in the user's cache
folder (readable by its owner only), named by what decides its contents: its size, the demo's seed,
the schema version (the number of known migrations), the day it was made around (the sample's
visits and tasks are dated from that day) and a digest of the sample's code. A benchmark run gets
a copy, so nothing a benchmark writes reaches the kept caseload.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import platformdirs
import pytest

import carebook.sample
from carebook.storage.migrations import KNOWN
from carebook.store.caseload import Store
from tests.benchmarks.own_peak import run_carebook

PATIENTS = 10_000
SEED = 1  # the demo's default


def _user_cache() -> Path:
    """The user's own cache folder for carebook: the tests point XDG_CACHE_HOME at a folder of
    their own, removed after each run (tests/conftest.py), where nothing would be kept."""
    theirs = os.environ.pop("XDG_CACHE_HOME", None)
    try:
        return Path(platformdirs.user_cache_dir("carebook"))
    finally:
        if theirs is not None:
            os.environ["XDG_CACHE_HOME"] = theirs


KEPT = _user_cache() / "benchmarks"


@pytest.fixture(scope="session")
def big_caseload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 10,000-patient sample caseload (made in under 60 s), a copy for this run."""
    path = _kept_demo(PATIENTS, limit=60)
    return _copy(path, tmp_path_factory.mktemp("scale"))


@pytest.fixture(scope="session")
def caseload_50k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 50,000-patient sample caseload, a copy for this run."""
    path = _kept_demo(50_000, limit=None)
    return _copy(path, tmp_path_factory.mktemp("scale_50k"))


@pytest.fixture(scope="session")
def demo_run() -> Callable[[Path, int], tuple[float, float]]:
    """`carebook demo` run into a file: (its seconds, its peak resident memory in MiB)."""
    return run_demo


def _kept_demo(patients: int, limit: float | None) -> Path:
    """The kept caseload of this many patients, made first when there is none for today."""
    KEPT.mkdir(parents=True, exist_ok=True)
    KEPT.chmod(0o700)  # patients are invented, but a caseload file is kept as one would be
    name = f"demo-{patients}-seed{SEED}-schema{len(KNOWN)}-{date.today()}-{_sample_digest()}"
    path = KEPT / f"{name}.sqlite3"
    facts = KEPT / f"{name}.json"
    if path.exists() and facts.exists():
        made = json.loads(facts.read_text())
        origin = "kept from an earlier run"
    else:
        made = _make(patients, path)
        facts.write_text(json.dumps(made))
        facts.chmod(0o600)
        origin = "made now"
        _forget_older(patients, keep=name)
    print(
        f"\nsample caseload: {made['patients']:,} patients, {made['occurrences']:,} visit "
        f"occurrences, {path.stat().st_size / 2**20:.0f} MiB, generated in {made['seconds']:.1f} s"
        + (f" (limit {limit:.0f} s)" if limit else "")
        + f", peak {made['peak_mib']:.0f} MiB; {origin}"
    )
    assert made["patients"] == patients
    # About 50 visits laid out per patient (weekly series months ahead, and one-off visits).
    assert 45 * patients <= made["occurrences"] <= 56 * patients
    if limit is not None:
        assert made["seconds"] < limit
    return path


def _make(patients: int, path: Path) -> dict[str, float]:
    """Make the caseload beside `path` and move it there whole, so a broken-off run keeps none."""
    with tempfile.TemporaryDirectory(dir=KEPT) as folder:
        made = Path(folder) / "caseload.sqlite3"
        seconds, peak_mib = run_demo(made, patients)
        store = Store.open(made)
        counts = store.counts()
        store.close()
        assert not Path(f"{made}-wal").exists()  # all of it is in the one file moved
        made.chmod(0o600)
        os.replace(made, path)
    return {
        "patients": counts.patients,
        "occurrences": counts.occurrences,
        "seconds": seconds,
        "peak_mib": peak_mib,
    }


def run_demo(path: Path, patients: int) -> tuple[float, float]:
    """Run `carebook demo` into `path`: (seconds it took, its peak resident memory in MiB)."""
    return run_carebook("--db", str(path), "demo", "--patients", str(patients))


def _forget_older(patients: int, keep: str) -> None:
    """Remove this size's caseloads kept for another day, seed, schema or sample."""
    for old in KEPT.glob(f"demo-{patients}-*"):
        if old.stem != keep:
            old.unlink()


def _sample_digest() -> str:
    """A short digest of the sample's code: a changed sample makes its caseloads afresh."""
    digest = hashlib.sha256()
    root = Path(carebook.sample.__file__).parent
    for source in sorted(root.rglob("*.py")):
        digest.update(source.relative_to(root).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def _copy(path: Path, folder: Path) -> Path:
    target = folder / "caseload.sqlite3"
    shutil.copyfile(path, target)
    return target
