"""`carebook import` of a 10,000-patient `export all --format fhir` in the memory of a 1,000.

carebook's own export is imported a patient at a time (fhir.by_patient), so its peak is the
code and one patient's records, whatever the caseload's size. The floor is the same import of
a 1,000-patient export, measured in the same run.

Run on demand: python -m pytest tests/benchmarks --benchmarks -s -k fhir_import_memory
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.own_peak import run_carebook

pytestmark = pytest.mark.benchmark

#: The import's peak is its code and one patient's records (about 75 MiB measured, for
#: 1,000 patients as for 10,000); the whole Bundle held at once took 300 MiB for 1,000.
LIMIT_MIB = 150


def _export_and_import(caseload: Path, folder: Path) -> tuple[float, float, int]:
    """The caseload exported, then imported into an empty one: (seconds, peak MiB, bytes)."""
    exported = folder / "caseload.fhir.json"
    run_carebook("--db", str(caseload), "export", "all", "--format", "fhir", "-o", str(exported))
    target = folder / "imported.sqlite3"
    seconds, peak = run_carebook("--db", str(target), "import", "--kind", "fhir", str(exported))
    return seconds, peak, exported.stat().st_size


def test_a_ten_thousand_patient_export_imports_in_the_memory_of_a_thousand(
    tmp_path: Path,
    big_caseload: Path,
    demo_run: Callable[[Path, int], tuple[float, float]],
) -> None:
    small = tmp_path / "small"
    small.mkdir()
    demo_run(small / "caseload.sqlite3", 1_000)
    floor_seconds, floor_peak, floor_size = _export_and_import(small / "caseload.sqlite3", small)
    big = tmp_path / "big"
    big.mkdir()
    seconds, peak, size = _export_and_import(big_caseload, big)
    print(
        f"\nimport of the FHIR export, 10,000 patients ({size / 2**20:.0f} MiB):"
        f" peak {peak:.0f} MiB, {seconds:.1f} s ({seconds / 10:.2f} s per 1,000 patients)"
        f"\nfloor, 1,000 patients ({floor_size / 2**20:.0f} MiB): peak {floor_peak:.0f} MiB,"
        f" {floor_seconds:.1f} s"
        f"\nratio: memory {peak / floor_peak:.2f}, time per patient"
        f" {(seconds / 10) / floor_seconds:.2f}"
    )
    assert peak <= LIMIT_MIB
    assert peak <= 1.3 * floor_peak  # memory does not grow with the caseload
