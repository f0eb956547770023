"""A spreadsheet row carebook's form would ask more of (an as-needed medication that does not
say what for) is imported and listed as incomplete, never refused; a broken row still is."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from carebook.core.records import Patient
from carebook.interop.spreadsheet.columns import ImportKind, propose_mapping
from carebook.interop.spreadsheet.plan import ImportPlan, plan_import
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.store.caseload import Store

SYNTHEA_UK = Path(__file__).resolve().parent / "fixtures" / "synthea_uk"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 9))
    yield opened
    opened.close()


def _csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
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


def test_an_as_needed_row_without_a_reason_is_imported_and_said_incomplete(
    store: Store, tmp_path: Path
) -> None:
    ruth = store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    assert ruth.id is not None
    path = _csv(
        tmp_path / "meds.csv",
        [
            ["MRN", "Medication", "Dose", "PRN", "PRN reason", "Start date"],
            ["A1", "Paracetamol 500 mg", "1-2 tablets", "yes", "", "2026-01-05"],
            ["A1", "Salbutamol inhaler", "2 puffs", "yes", "wheeze", "2026-01-05"],
            ["A1", "Metformin 500 mg", "1 tablet", "no", "", "2026-01-05"],
            ["A1", "Ibuprofen 200 mg", "lots", "yes", "", "2026-01-05"],  # broken: the dose
        ],
    )
    plan = _plan(store, path, ImportKind.MEDICATIONS)
    assert [problem.row for problem in plan.problems] == [5]
    assert plan.problems[0].field == "dose"
    assert [row.row for row in plan.accepted] == [2, 3, 4]
    [note] = plan.incomplete
    assert (note.row, note.column, note.field) == (2, "PRN reason", "as_needed_reason")
    assert str(note) == (
        "row 2, column 'PRN reason': Paracetamol 500 mg does not say what it is taken for as "
        "needed; imported as incomplete (its form in carebook asks for it)."
    )
    added = store.imports.apply_import(plan.batch(skip_invalid=True)).added_ids
    kept = [store.medications.medication(record_id) for record_id in added]
    assert [(m.name, m.as_needed, m.as_needed_reason) for m in kept if m is not None] == [
        ("Paracetamol 500 mg", True, ""),
        ("Salbutamol inhaler", True, "wheeze"),
        ("Metformin 500 mg", False, ""),
    ]


def test_without_a_reason_column_the_row_names_no_column(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _csv(
        tmp_path / "meds.csv",
        [["MRN", "Medication", "As needed"], ["A1", "Oramorph 10 mg/5 ml", "true"]],
    )
    plan = _plan(store, path, ImportKind.MEDICATIONS)
    assert plan.problems == []
    assert [(note.row, note.column) for note in plan.incomplete] == [(2, "")]
    assert str(plan.incomplete[0]).startswith("row 2: Oramorph 10 mg/5 ml does not say")


def test_the_uk_synthetic_sample_has_nothing_refused_for_being_incomplete(store: Store) -> None:
    """Patients, then their medications, allergies and conditions, as the UK configuration of
    the synthetic generator writes them: no row is incomplete, and the only rows refused are
    the two medications the generator stopped two days before it started them."""
    patients = _plan(store, SYNTHEA_UK / "patients.csv", ImportKind.PATIENTS)
    assert patients.problems == [] and patients.incomplete == []
    store.imports.apply_import(patients.batch())
    added = {}
    for name, kind in (
        ("medications.csv", ImportKind.MEDICATIONS),
        ("allergies.csv", ImportKind.ALLERGIES),
        ("conditions.csv", ImportKind.CONDITIONS),
    ):
        plan = _plan(store, SYNTHEA_UK / name, kind)
        assert plan.incomplete == [], name
        assert not any("taken for" in problem.message for problem in plan.problems), name
        added[name] = store.imports.apply_import(plan.batch(skip_invalid=True)).added
        if kind is ImportKind.MEDICATIONS:
            assert [(p.row, p.field) for p in plan.problems] == [
                (37, "end_date"),
                (38, "end_date"),
            ]
            assert len(plan.duplicates) == 0
        else:
            assert plan.problems == [], (name, [str(problem) for problem in plan.problems])
    assert added == {"medications.csv": 36, "allergies.csv": 8, "conditions.csv": 24}
