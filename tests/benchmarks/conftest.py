"""The 10,000-patient benchmark caseload, made once per run with `carebook demo` and timed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from carebook.store.caseload import Store

PATIENTS = 10_000


@pytest.fixture(scope="session")
def big_caseload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 10,000-patient sample caseload, made once with `carebook demo` and timed."""
    path = tmp_path_factory.mktemp("scale") / "caseload.sqlite3"
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "carebook", "demo", "--db", str(path), "--patients", str(PATIENTS)],
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - began
    store = Store.open(path)
    counts = store.counts()
    store.close()
    size = path.stat().st_size / 2**20
    print(
        f"\nsample caseload: {counts.patients:,} patients, {counts.occurrences:,} visit "
        f"occurrences, {size:.0f} MiB, generated in {elapsed:.1f} s (limit 60 s)"
    )
    assert counts.patients == PATIENTS
    assert 450_000 <= counts.occurrences <= 560_000
    assert elapsed < 60
    return path
