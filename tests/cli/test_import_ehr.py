"""`carebook import --kind fhir` of an EHR's bulk download, and of a spreadsheet of as-needed
medications: everything imports without --skip-invalid, and the report lists what is
incomplete."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.core.records import Patient
from carebook.store.caseload import Store
from tests.cli_runner import run

BULK = Path(__file__).resolve().parents[1] / "interop" / "fhir" / "fixtures" / "synthea_bulk"


def test_a_bulk_download_imports_whole_and_lists_the_incomplete_orders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    files = [str(path) for path in sorted(BULK.glob("*.ndjson"))]
    status, out, err = run(capsys, "import", *files, "--kind", "fhir", "--db", str(db))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Read 7 files: 25 resources (AllergyIntolerance 3,")
    assert "Errors" not in out and "Warnings:" not in out
    start = lines.index("Imported as incomplete (carebook's form asks for what is missing):")
    listed = lines[start + 1 : start + 5]
    assert [line.split(": ")[0] for line in listed] == [
        f"  - MedicationRequest.ndjson line {number}" for number in (2, 3, 5, 7)
    ]
    assert all("does not say what it is taken for as needed" in line for line in listed)
    assert (
        "Imported: patients 3 new; contacts 4 new; care-team memberships 1 new; conditions 5 "
        "new; allergies 3 new; medications 7 new." in lines
    )
    assert lines[-1] == f"Imported into {db}."


def test_a_spreadsheet_of_as_needed_medications_imports_and_lists_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    store = Store.open(db)
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    store.close()
    sheet = tmp_path / "meds.csv"
    sheet.write_text(
        "MRN,Medication,Dose,PRN\r\n"
        "A1,Paracetamol 500 mg,1-2 tablets,yes\r\n"
        "A1,Oramorph 10 mg/5 ml,2.5 ml,yes\r\n"
        "A1,Metformin 500 mg,1 tablet,no\r\n"
    )
    status, out, err = run(capsys, "import", str(sheet), "--kind", "medications", "--db", str(db))
    assert (status, err) == (0, "")
    assert (
        "Incomplete: 2 rows imported all the same; complete them in carebook, whose form asks "
        "for what is missing.\n"
        "  row 2: Paracetamol 500 mg does not say what it is taken for as needed; imported as "
        "incomplete (its form in carebook asks for it).\n"
        "  row 3: Oramorph 10 mg/5 ml does not say"
    ) in out
    assert out.splitlines()[-1] == f"Imported into {db}: 3 medications added."
