"""What the import window says it will do and did, rows imported as incomplete among it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from carebook.core.records import Patient
from carebook.interop.spreadsheet.columns import ImportKind, propose_mapping
from carebook.interop.spreadsheet.plan import DuplicateChoice, ImportPlan, plan_import
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.store.caseload import Store
from carebook.ui.import_wizard.import_outcome import Outcome


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 9))
    yield opened
    opened.close()


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\r\n".join(",".join(row) for row in rows) + "\r\n", encoding="utf-8")
    return path


def _plan(store: Store, path: Path, kind: ImportKind) -> ImportPlan:
    source = open_spreadsheet(path)
    return plan_import(
        source,
        kind,
        propose_mapping(source.header, kind),
        store.imports.patient_keys(),
        today=store.today(),
        existing=store.imports.record_keys(kind.value),
    )


def test_the_import_window_says_how_many_rows_come_in_incomplete(
    store: Store, tmp_path: Path
) -> None:
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _csv(
        tmp_path / "meds.csv",
        [
            ["MRN", "Medication", "Dose", "PRN", "PRN reason"],
            ["A1", "Paracetamol 500 mg", "1-2 tablets", "yes", ""],
            ["A1", "Oramorph 10 mg/5 ml", "2.5 ml", "yes", ""],
            ["A1", "Salbutamol inhaler", "2 puffs", "yes", "wheeze"],
        ],
    )
    outcome = Outcome.of(_plan(store, path, ImportKind.MEDICATIONS), {}, skip_invalid=False)
    assert outcome.incomplete == 2
    assert "2 rows will be imported as incomplete" in outcome.would()


def test_a_row_repeating_an_earlier_row_is_counted_as_a_repeat_not_as_already_there(
    store: Store, tmp_path: Path
) -> None:
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _csv(
        tmp_path / "patients.csv",
        [
            ["MRN", "First name", "Last name", "Phone"],
            ["A1", "Ruth", "Abernathy", "555-0101"],  # in the caseload already
            ["B2", "Harold", "Bixby", "555-0102"],
            ["B2", "Harold", "Bixby", "555-0199"],  # repeats row 3 of the file
            ["B2", "Harold", "Bixby", "555-0198"],  # and again
            ["C3", "Ivy", "Cole", ""],
        ],
    )
    plan = _plan(store, path, ImportKind.PATIENTS)
    said = [str(duplicate) for duplicate in plan.duplicates]
    assert said[1:] == [
        "row 4: repeats row 3 of this file (same MRN)",
        "row 5: repeats row 3 of this file (same MRN)",
    ]
    assert "as one already in the caseload" not in " ".join(said[1:])
    skipped = {DuplicateChoice.SKIP: 3}
    outcome = Outcome.of(plan, skipped, skip_invalid=False, skipped_repeats=2)
    assert outcome.would() == (
        "Import will add 2 patients, skip 1 row like a patient already in the caseload"
        " and skip 2 rows that repeat earlier rows."
    )
    result = store.imports.apply_import(plan.batch(DuplicateChoice.SKIP))
    assert outcome.done("patients.csv", result) == (
        "Imported from patients.csv: 2 patients added, 1 row like a patient already in the"
        " caseload skipped, 2 rows that repeat earlier rows skipped."
    )
    assert store.counts().patients == 3
