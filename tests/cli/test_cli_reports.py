"""`carebook careplan` and `carebook medlist`: finding the patient, the formats, bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run
from report_caseload import clock, edna

from carebook.store.caseload import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=clock)
    edna(store)
    store.close()
    return path


def test_the_patient_is_found_by_id_or_by_a_name_that_fits_one(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    for patient in ("1", "edna marsh", "Edna", "999 111 2222"):
        status, out, err = run(capsys, "careplan", patient, "--db", str(db), "--format", "html")
        assert status == 0, (patient, err)
        assert "<h1>Edna Marsh</h1>" in out


def test_an_ambiguous_name_lists_the_matches_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = run(capsys, "careplan", "Marsh", "--db", str(db), "--format", "html")
    assert status == 2 and out == ""
    assert "matches more than one patient" in err
    assert "Marsh, Edna (born 1938-05-01)" in err and "Marsh, Ruth (born 1941-02-02)" in err
    assert "1" in err.split("Marsh, Edna")[0]  # each with the id to give instead


@pytest.mark.parametrize(
    ("patient", "says"),
    [("Nobody", "no patient matches 'Nobody'"), ("77", "no patient has the id 77")],
)
def test_no_match_says_so(
    capsys: pytest.CaptureFixture[str], db: Path, patient: str, says: str
) -> None:
    status, out, err = run(capsys, "medlist", patient, "--db", str(db), "--format", "html")
    assert status == 2 and out == "" and says in err and err.count("\n") == 1


def test_html_goes_to_a_file_and_is_recorded_as_an_export(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "summary.html"
    status, out, _ = run(
        capsys,
        "careplan",
        "1",
        "--db",
        str(db),
        "--format",
        "html",
        "--notes",
        "-o",
        str(target),
        "--prepared-by",
        "Ann Smith",
    )
    page = target.read_text(encoding="utf-8")
    assert status == 0 and out == "" and "Walked to the gate" in page and "Ann Smith" in page
    store = Store.open(db)
    exports = store.conn.execute(
        "SELECT record_kind FROM audit_log WHERE action = 'export'"
    ).fetchall()
    store.close()
    assert exports == [("careplan",)]


def test_the_change_sheet_needs_a_real_date_up_to_today(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, _, err = run(
        capsys, "medlist", "1", "--db", str(db), "--changes-since", "2026-02-30", "--format", "html"
    )
    assert status == 2 and "not a real calendar date" in err
    status, _, err = run(
        capsys, "medlist", "1", "--db", str(db), "--changes-since", "2150-01-01", "--format", "html"
    )
    assert status == 2 and "up to today" in err
    status, _, err = run(
        capsys, "medlist", "1", "--db", str(db), "--changes-since", "9999-12-31", "--format", "html"
    )
    assert status == 2 and "outside the dates carebook keeps (1880-01-01 to 2199-12-31)" in err


def test_a_pdf_needs_a_file(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, _, err = run(capsys, "medlist", "1", "--db", str(db))
    assert status == 2 and "needs -o FILE" in err


def test_html_reports_run_without_loading_qt(db: Path) -> None:
    script = (
        "import sys\n"
        "from carebook.cli.main import main\n"
        f"assert main(['careplan', '1', '--db', {str(db)!r}, '--format', 'html']) == 0\n"
        f"assert main(['medlist', '1', '--db', {str(db)!r}, '--format', 'html']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT' if loaded else 'NO-QT', file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip().endswith("NO-QT")


def test_fhir_goes_out_as_a_validated_document_bundle(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    import json

    from carebook.interop.fhir.bundle import validate

    target = tmp_path / "edna.json"
    status, out, _ = run(
        capsys, "careplan", "Edna", "--db", str(db), "--format", "fhir", "-o", str(target)
    )
    assert status == 0 and out == ""
    bundle = json.loads(target.read_text(encoding="utf-8"))
    validate(bundle)
    kinds = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    assert {
        "Composition",
        "Patient",
        "CarePlan",
        "Goal",
        "MedicationStatement",
        "AllergyIntolerance",
        "Condition",
        "CareTeam",
        "Appointment",
        "Task",
    } <= kinds
