"""`carebook demo --patients 50000` in the memory of a 10,000-patient demo, no slower a patient.

Run on demand: python -m pytest tests/benchmarks --benchmarks -s -k demo_memory
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

#: The demo writes a batch of patients at a time, so its peak is its code and one batch (about
#: 115 MiB measured, for 50,000 patients as for 10,000).
LIMIT_MIB = 200


def test_a_fifty_thousand_patient_demo_takes_the_memory_of_a_ten_thousand(
    tmp_path: Path, demo_run: Callable[[Path, int], tuple[float, float]]
) -> None:
    floor_seconds, floor_peak = demo_run(tmp_path / "ten_thousand.sqlite3", 10_000)
    seconds, peak = demo_run(tmp_path / "fifty_thousand.sqlite3", 50_000)
    print(
        f"\ndemo, 50,000 patients: peak {peak:.0f} MiB, {seconds:.1f} s"
        f" ({seconds / 50:.2f} s per 1,000 patients)"
        f"\nfloor, 10,000 patients: peak {floor_peak:.0f} MiB, {floor_seconds:.1f} s"
        f" ({floor_seconds / 10:.2f} s per 1,000 patients)"
        f"\nratio: memory {peak / floor_peak:.2f}, time per patient"
        f" {(seconds / 50) / (floor_seconds / 10):.2f}"
    )
    assert peak <= LIMIT_MIB
    assert peak <= 1.3 * floor_peak  # memory does not grow with the caseload
