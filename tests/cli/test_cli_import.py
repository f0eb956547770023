"""`carebook import`: its report, its exit status, and what it leaves in the caseload."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from carebook.cli.refusal import EXIT_USAGE
from carebook.core.errors import SaveError
from carebook.core.records import Patient
from carebook.storage.caseload_lock import acquire
from carebook.store.caseload import Store
from carebook.store.imports import Imports
from tests.cli_runner import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SYNTHEA = FIXTURES / "synthea"
IMPORT = FIXTURES / "import"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run(capsys, "import", *argv)


def _counts(path: Path) -> tuple[int, int, int]:
    store = Store.open(path)
    try:
        counts = store.counts()
        log = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        return counts.patients, counts.medications, int(log)
    finally:
        store.close()


def test_synthea_into_a_new_caseload_and_its_medications(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new" / "caseload.sqlite3"
    db.parent.mkdir()
    status, out, err = _run(
        capsys, str(SYNTHEA / "patients.csv"), "--kind", "patients", "--db", str(db)
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "patients.csv (UTF-8, comma-separated): 40 rows read."
    assert lines[1].startswith("Columns: Id -> MRN (external id); BIRTHDATE -> Date of birth;")
    assert lines[2].startswith("Not imported: SSN, DRIVERS, PASSPORT,")
    assert lines[-1] == f"Imported into {db}: 40 patients added."
    assert _counts(db) == (40, 0, 1)
    status, out, _ = _run(
        capsys, str(SYNTHEA / "medications.csv"), "--kind", "medications", "--db", str(db)
    )
    # Synthea lists one inhaler twice, started the same day: a likely duplicate, skipped.
    assert status == 0 and out.splitlines()[-1] == (
        f"Imported into {db}: 29 medications added, 1 duplicate skipped."
    )
    assert "Likely duplicates: 1 (skipped; --duplicates add imports them anyway)." in out
    assert "  row 30: repeats row 29 of this file (same medication and start date)" in out
    assert _counts(db) == (40, 29, 2)
    # Again: every medication is already there, and nothing is imported twice.
    status, out, _ = _run(
        capsys, str(SYNTHEA / "medications.csv"), "--kind", "medications", "--db", str(db)
    )
    assert status == 0 and out.splitlines()[-1] == (
        "Nothing to import: add 0 medications, skip 30 duplicates."
    )
    assert "  row 2: same medication and start date as one already in the caseload" in out
    assert _counts(db) == (40, 29, 2)
    status, out, _ = _run(
        capsys,
        str(SYNTHEA / "medications.csv"),
        "--kind",
        "medications",
        "--duplicates",
        "add",
        "--db",
        str(db),
    )
    assert status == 0 and out.splitlines()[-1] == f"Imported into {db}: 30 medications added."
    assert _counts(db) == (40, 59, 3)
    status, _out, err = _run(
        capsys,
        str(SYNTHEA / "medications.csv"),
        "--kind",
        "medications",
        "--duplicates",
        "merge",
        "--db",
        str(db),
    )
    assert status == EXIT_USAGE and "--duplicates merge is for patients" in err
    # Patients again: every one is a likely duplicate, skipped unless told to merge.
    status, out, _ = _run(
        capsys, str(SYNTHEA / "patients.csv"), "--kind", "patients", "--db", str(db)
    )
    assert status == 0
    assert "Likely duplicates: 40 (skipped; --duplicates merge fills their empty fields" in out
    assert "  row 2: same MRN as patient 1, VonRueden376, Marcell728 (born 2006-09-06)" in out
    assert out.splitlines()[-1] == "Nothing to import: add 0 patients, skip 40 duplicates."


def test_synthea_allergies_and_conditions_after_their_patients(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    assert (
        _run(capsys, str(SYNTHEA / "patients.csv"), "--kind", "patients", "--db", str(db))[0] == 0
    )
    status, out, err = _run(
        capsys, str(SYNTHEA / "allergies.csv"), "--kind", "allergies", "--db", str(db)
    )
    assert (status, err) == (0, "")
    assert "DESCRIPTION -> Substance; DESCRIPTION1 -> Reaction; SEVERITY1 -> Severity" in out
    assert "REACTION1" in out.splitlines()[2]  # the code column is listed as not imported
    assert out.splitlines()[-1] == f"Imported into {db}: 41 allergies added."
    status, out, _ = _run(
        capsys, str(SYNTHEA / "conditions.csv"), "--kind", "conditions", "--db", str(db)
    )
    assert status == 0 and out.splitlines()[-1] == f"Imported into {db}: 148 conditions added."
    one = tmp_path / "one.csv"
    one.write_text(
        "Patient,Allergen\nnobody,Latex\n6310efc1-0a81-76ce-bcdc-8f2995ff9fee,Latex\n",
        encoding="utf-8",
    )
    status, out, _ = _run(
        capsys, str(one), "--kind", "allergies", "--db", str(db), "--skip-invalid"
    )
    assert status == 0
    assert "  row 2, column 'Patient': No patient in the caseload has the MRN 'nobody'" in out
    assert out.splitlines()[-1] == (
        f"Imported into {db}: 1 allergy added, 1 row that cannot be imported left out."
    )


def test_invalid_rows_import_nothing_and_say_where(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, out, err = _run(
        capsys, str(IMPORT / "patients_bad_rows.csv"), "--kind", "patients", "--db", str(db)
    )
    assert (status, err) == (1, "")
    assert "Invalid rows: 6 (nothing imported)." in out
    assert (
        "  row 3, column 'Date of Birth': '31/02/1950' is not a real calendar date."
        in out.splitlines()
    )
    assert "  row 5: This row has 4 cells but the header has 5: a cell is missing" in out
    assert out.splitlines()[-1] == (
        "Nothing was imported: 6 rows cannot be imported. Correct "
        "them, or import the other rows with --skip-invalid."
    )
    assert not db.exists()  # nothing to write: no caseload made either
    status, out, _ = _run(
        capsys,
        str(IMPORT / "patients_bad_rows.csv"),
        "--kind",
        "patients",
        "--db",
        str(db),
        "--skip-invalid",
    )
    assert status == 0
    assert "Invalid rows: 6 (left out)." in out
    assert out.splitlines()[-1] == (
        f"Imported into {db}: 2 patients added, 6 rows that cannot be imported left out."
    )
    assert _counts(db)[0] == 2


def test_dates_that_could_be_read_either_way_need_the_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    path = str(IMPORT / "patients_ambiguous_dates.csv")
    status, out, _ = _run(capsys, path, "--kind", "patients", "--db", str(db))
    assert status == 1 and not db.exists()
    assert "rows not read yet" in out.splitlines()[0]
    assert (
        "could be day/month/year or month/day/year" in out
        and "Run again with --date-order dmy or --date-order mdy." in out
    )
    status, out, _ = _run(
        capsys, path, "--kind", "patients", "--db", str(db), "--date-order", "mdy"
    )
    assert status == 0 and "dates read as month/day/year, as asked" in out
    store = Store.open(db)
    try:
        assert sorted(
            p.birth_date for p in (store.patients.patient(i) for i in (1, 2, 3)) if p is not None
        ) == [date(1936, 11, 12), date(1941, 3, 4), date(1945, 1, 2)]
    finally:
        store.close()


def test_a_dry_run_writes_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_db: Path
) -> None:
    missing = tmp_path / "nothing-here.sqlite3"
    status, out, _ = _run(
        capsys,
        str(SYNTHEA / "patients.csv"),
        "--kind",
        "patients",
        "--db",
        str(missing),
        "--dry-run",
    )
    assert status == 0
    assert out.splitlines()[-1] == "Dry run, nothing was written: importing would add 40 patients."
    assert list(tmp_path.iterdir()) == [sample_db]
    before = sample_db.read_bytes()
    counts = _counts(sample_db)
    with acquire(sample_db):  # the window has it open: a dry run only reads
        status, out, _ = _run(
            capsys,
            str(SYNTHEA / "patients.csv"),
            "--kind",
            "patients",
            "--db",
            str(sample_db),
            "--dry-run",
        )
    assert status == 0 and "importing would add 40 patients" in out
    assert _counts(sample_db) == counts
    assert len(sample_db.read_bytes()) == len(before)


def test_the_window_holding_the_caseload_stops_an_import(
    capsys: pytest.CaptureFixture[str], sample_db: Path
) -> None:
    counts = _counts(sample_db)
    with acquire(sample_db):
        status, _, err = _run(
            capsys, str(SYNTHEA / "patients.csv"), "--kind", "patients", "--db", str(sample_db)
        )
    assert status == EXIT_USAGE and "try again" in err
    assert _counts(sample_db) == counts


def test_map_and_merge(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    store = Store.open(db)
    store.patients.add_patient(Patient(given="Lena", family="Ortiz", birth_date=date(1944, 6, 1)))
    store.close()
    path = str(IMPORT / "patients_zeros.csv")
    status, out, _ = _run(
        capsys,
        path,
        "--kind",
        "patients",
        "--db",
        str(db),
        "--map",
        "Telephone=phone_alt",
        "--map",
        "Gender=",
        "--duplicates",
        "merge",
    )
    assert status == 0
    assert "Telephone -> Other phone" in out and "Not imported: Gender." in out
    assert out.splitlines()[-1] == f"Imported into {db}: 1 patient added, 1 duplicate merged."
    store = Store.open(db)
    try:
        lena = store.patients.patient(1)
        assert lena is not None
        assert (lena.phone_alt, lena.postal_code, lena.external_id, lena.sex) == (
            "0117 496 0372",
            "02134",
            "000123",
            None,
        )
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--map", "Shoe size=notes"], "There is no column 'Shoe size'"),
        (["--map", "Given=shoe_size"], "not something patients can be imported as"),
        (["--map", "Given"], "write it as COLUMN=FIELD"),
        (["--map", "Given=", "--map", "Family="], "Choose the column with the patients' names"),
    ],
)
def test_map_mistakes_are_usage_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], says: str
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, _, err = _run(
        capsys, str(IMPORT / "patients_zeros.csv"), "--kind", "patients", "--db", str(db), *argv
    )
    assert status == EXIT_USAGE and says in err
    assert not db.exists()


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("binary.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(300), "NUL bytes"),
        ("header_only.csv", (IMPORT / "header_only.csv").read_bytes(), "no rows below it"),
    ],
)
def test_files_that_cannot_be_imported(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_db: Path,
    name: str,
    content: bytes,
    says: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    counts = _counts(sample_db)
    status, out, err = _run(capsys, str(path), "--kind", "patients", "--db", str(sample_db))
    assert status == 1 and says in out + err
    assert _counts(sample_db) == counts


def test_linked_rows_whose_patient_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    shutil.copyfile(IMPORT / "medications_by_name.csv", tmp_path / "meds.csv")
    status, out, _ = _run(
        capsys,
        str(tmp_path / "meds.csv"),
        "--kind",
        "medications",
        "--db",
        str(db),
        "--skip-invalid",
    )
    assert status == 0 and not db.exists()
    assert "Invalid rows: 4 (left out)." in out
    assert out.splitlines()[-1] == (
        "Nothing to import: add 0 medications, leave out 4 rows that cannot be imported."
    )


def test_a_refused_write_into_a_new_caseload_leaves_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Imports, batch: object) -> None:
        raise SaveError("The disk is full; nothing was saved.")

    monkeypatch.setattr(Imports, "apply_import", refuse)
    db = tmp_path / "new.sqlite3"
    status, out, _ = _run(
        capsys, str(SYNTHEA / "patients.csv"), "--kind", "patients", "--db", str(db)
    )
    assert status == 1 and "Nothing was imported: The disk is full" in out
    assert list(tmp_path.iterdir()) == []


# -- times with a UTC offset, and dates far off ---------------------------------------------------


def _caseload_with_ruth(db: Path) -> None:
    store = Store.open(db)
    store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", external_id="A1", birth_date=date(1941, 3, 4))
    )
    store.close()


def _appointments(db: Path) -> list[tuple[str, str, str]]:
    store = Store.open(db)
    try:
        return [
            (str(row[0]), str(row[1]), str(row[2]))
            for row in store.conn.execute("SELECT purpose, start, tz FROM appointment ORDER BY id")
        ]
    finally:
        store.close()


def test_appointment_times_with_an_offset_land_on_the_new_york_clock(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    db = tmp_path / "caseload.sqlite3"
    _caseload_with_ruth(db)
    path = tmp_path / "visits.csv"
    path.write_text(
        "MRN,Start,Purpose\nA1,2026-12-07T09:00:00Z,UTC\n"
        "A1,2026-12-08T09:00:00+14:00,Kiribati\nA1,2026-12-09T09:00:00-05:00,NY\n",
        encoding="utf-8",
    )
    status, out, err = _run(capsys, str(path), "--kind", "appointments", "--db", str(db))
    assert (status, err) == (0, ""), out
    assert _appointments(db) == [
        ("UTC", "2026-12-07T04:00", "America/New_York"),
        ("Kiribati", "2026-12-07T14:00", "America/New_York"),
        ("NY", "2026-12-09T09:00", "America/New_York"),
    ]


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
@pytest.mark.parametrize(
    "start", ["9999-12-31T23:59:00Z", "9999-12-31T23:00:00Z", "0001-01-01T00:00:00+14:00"]
)
def test_far_appointment_times_are_refused_by_row_and_column(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start: str,
    dry_run: list[str],
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    db = tmp_path / "caseload.sqlite3"
    _caseload_with_ruth(db)
    before = db.read_bytes()
    path = tmp_path / "visits.csv"
    path.write_text(
        f"MRN,Start,Purpose\nA1,2026-12-07T09:00:00Z,fine\nA1,{start},far\n", encoding="utf-8"
    )
    status, out, err = _run(capsys, str(path), "--kind", "appointments", "--db", str(db), *dry_run)
    assert (status, err) == (1, "")
    assert (
        f"  row 3, column 'Start': The date {start[:10]} is outside the dates carebook "
        "keeps (1880-01-01 to 2199-12-31); check the year."
    ) in out.splitlines()
    assert db.read_bytes() == before


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
@pytest.mark.parametrize(
    "start", ["9999-12-31T23:00:00Z", "9999-12-31T23:59:00Z", "0001-01-01T00:00:00+14:00"]
)
def test_a_far_fhir_appointment_is_refused_in_words(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start: str,
    dry_run: list[str],
) -> None:
    """It stopped the FHIR import with an overflow; now the appointment is an error of its
    entry, saying why, and nothing is imported."""
    monkeypatch.setenv("TZ", "America/New_York")
    db = tmp_path / "caseload.sqlite3"
    _caseload_with_ruth(db)
    before = db.read_bytes()
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": "urn:uuid:p1",
                "resource": {
                    "resourceType": "Patient",
                    "id": "p1",
                    "birthDate": "1940-01-01",
                    "name": [{"family": "Doe", "given": ["Ann"]}],
                },
            },
            {
                "fullUrl": "urn:uuid:a1",
                "resource": {
                    "resourceType": "Appointment",
                    "id": "a1",
                    "status": "booked",
                    "start": start,
                    "participant": [{"actor": {"reference": "urn:uuid:p1"}, "status": "accepted"}],
                },
            },
        ],
    }
    path = tmp_path / "download.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    status, out, err = _run(capsys, str(path), "--kind", "fhir", "--db", str(db), *dry_run)
    assert (status, err) == (1, "")
    assert (
        f"download.json entry 2: Appointment/a1: carebook cannot keep it: The date "
        f"{start[:10]} is outside the dates carebook keeps (1880-01-01 to 2199-12-31)" in out
    )
    assert db.read_bytes() == before


# -- what a spreadsheet import reads --------------------------------------------------------------


def test_a_pipe_on_standard_input_is_refused_in_words(tmp_path: Path) -> None:
    """`carebook import /dev/stdin` with the rows piped in: refused with what to do instead,
    not an 'unsupportedOperation'; no caseload made."""
    db = tmp_path / "caseload.sqlite3"
    env = {**os.environ, "CAREBOOK_DB": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "carebook", "import", "/dev/stdin", "--kind", "patients"],
        input=b"First Name,Last Name\nAda,Lovelace\n",
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "carebook: nothing was imported: /dev/stdin is not a regular file (a pipe or a "
        "device): save the data to a file and import that.\n"
    )
    assert not db.exists()


def test_a_fifo_or_a_device_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_db: Path
) -> None:
    fifo = tmp_path / "patients.csv"
    os.mkfifo(fifo)  # nothing writes to it: opening it to read would wait for ever
    before = sample_db.read_bytes()
    for path in (str(fifo), os.devnull):
        status, out, err = _run(capsys, path, "--kind", "patients", "--db", str(sample_db))
        assert (status, out) == (1, "")
        assert err == (
            f"carebook: nothing was imported: {path} is not a regular file (a pipe "
            "or a device): save the data to a file and import that.\n"
        )
    assert sample_db.read_bytes() == before


def test_an_old_mac_file_imports(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    path = tmp_path / "old-mac.csv"
    path.write_bytes(
        b"First Name,Last Name,DOB\rAda,Lovelace,1941-04-03\rMary,Seacole,1942-05-06\r"
    )
    status, out, err = _run(capsys, str(path), "--kind", "patients", "--db", str(db))
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == f"Imported into {db}: 2 patients added."


def test_mixed_encodings_are_refused_naming_the_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    path = tmp_path / "pasted.csv"
    path.write_bytes(
        "First Name,Last Name\nAda,Lovelace\nZoë,Adams\n".encode() + "Zoë,Brown\n".encode("cp1252")
    )
    status, out, _ = _run(capsys, str(path), "--kind", "patients", "--db", str(db))
    assert status == 1 and not db.exists()
    assert out.splitlines()[-1] == (
        "Nothing was imported: pasted.csv: row 4 is in a different encoding (Windows-1252) "
        "from the rows before it (UTF-8); save the file as UTF-8 and import it again."
    )
