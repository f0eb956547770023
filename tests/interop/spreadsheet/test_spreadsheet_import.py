"""Spreadsheet import, the engine: reading files, proposing columns, checking rows, duplicates,
linking to patients, and writing all or nothing. Real caseload files in tmp_path."""

from __future__ import annotations

import codecs
import csv
import io
import re
import sqlite3
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from carebook.core.errors import SaveError
from carebook.core.name_keys import patient_search_key, patient_sort_key
from carebook.core.records import Allergy, Appointment, Condition, Medication, Patient, Task
from carebook.core.vocabularies import (
    AllergySeverity,
    AllergyStatus,
    AppointmentKind,
    ConditionStatus,
    MedicationStatus,
    PatientStatus,
    Sex,
    TaskPriority,
    TaskStatus,
)
from carebook.interop.spreadsheet import plan as import_plan
from carebook.interop.spreadsheet import reading as spreadsheet
from carebook.interop.spreadsheet import sheet as sheets
from carebook.interop.spreadsheet.cells import (
    CellProblem,
    DateOrder,
    Moment,
    Shape,
    date_shape,
    parse_moment,
    parse_time,
    text_of,
)
from carebook.interop.spreadsheet.clinical_terms import plain_term
from carebook.interop.spreadsheet.columns import (
    FIELDS,
    ImportKind,
    MappingError,
    check_mapping,
    header_key,
    mapping_from_names,
    propose_mapping,
)
from carebook.interop.spreadsheet.plan import (
    DuplicateChoice,
    ImportCancelled,
    ImportPlan,
    ImportRefused,
    find_date_order,
    plan_import,
)
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.interop.spreadsheet.sheet import SpreadsheetError
from carebook.storage.records import columns, to_values
from carebook.store import imports as store_import
from carebook.store.caseload import Store
from carebook.store.imports import ImportBatch, Imports, _name_keys, _stored_values, fill_empty

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SYNTHEA = FIXTURES / "synthea"
IMPORT = FIXTURES / "import"
TODAY = date(2026, 3, 2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 9))
    yield opened
    opened.close()


def _plan(
    store: Store, path: Path, kind: ImportKind = ImportKind.PATIENTS, **options: object
) -> ImportPlan:
    source = open_spreadsheet(path)
    mapping = propose_mapping(source.header, kind)
    return plan_import(
        source, kind, mapping, store.imports.patient_keys(), today=store.today(), **options
    )  # type: ignore[arg-type]


def _import(
    store: Store,
    path: Path,
    kind: ImportKind = ImportKind.PATIENTS,
    choices: DuplicateChoice = DuplicateChoice.SKIP,
    **options: object,
) -> ImportPlan:
    plan = _plan(store, path, kind, **options)
    store.imports.apply_import(plan.batch(choices))
    return plan


def _state(store: Store) -> tuple[object, ...]:
    """Everything an import could change: each table's rows, and the activity log."""
    tables = (
        "patient",
        "medication",
        "medication_event",
        "appointment",
        "occurrence",
        "task",
        "audit_log",
    )
    return tuple(
        store.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables
    )


def _write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# -- Synthea ------------------------------------------------------------------------------------


def test_synthea_patients_import_with_the_proposed_mapping(store: Store) -> None:
    source = open_spreadsheet(SYNTHEA / "patients.csv")
    mapping = propose_mapping(source.header, ImportKind.PATIENTS)
    assert {source.header[column]: name for column, name in mapping.items()} == {
        "Id": "external_id",
        "BIRTHDATE": "birth_date",
        "DEATHDATE": "date_of_death",
        "FIRST": "given",
        "LAST": "family",
        "GENDER": "sex",
        "ADDRESS": "address_line",
        "CITY": "city",
        "STATE": "region",
        "ZIP": "postal_code",
        "LAT": "lat",
        "LON": "lon",
    }
    plan = plan_import(source, ImportKind.PATIENTS, mapping, [], today=TODAY)
    assert (plan.rows_read, len(plan.accepted), plan.problems, plan.duplicates) == (40, 40, [], [])
    result = store.imports.apply_import(plan.batch())
    assert result.added == 40 and store.counts().patients == 40
    first = store.patients.patient(result.added_ids[0])
    assert first is not None
    # Synthea's digits stay on the names: they are the data as it came.
    assert (
        first.given,
        first.family,
        first.birth_date,
        first.sex,
        first.postal_code,
        first.external_id,
    ) == (
        "Marcell728",
        "VonRueden376",
        date(2006, 9, 6),
        Sex.FEMALE,
        "LA4",
        "6310efc1-0a81-76ce-bcdc-8f2995ff9fee",
    )
    assert first.lat == pytest.approx(54.10419389926588)
    second = store.patients.patient(result.added_ids[1])
    assert second is not None and second.status is PatientStatus.DECEASED  # DEATHDATE given
    assert store.patients.find_patients("Marcell728")[0][0] == first.id  # name keys were written
    log = store.conn.execute("SELECT action, record_kind, summary FROM audit_log").fetchall()
    assert log == [("import", "patient", "40 patients added from a spreadsheet")]


def test_synthea_medications_find_their_patients_by_mrn(store: Store) -> None:
    _import(store, SYNTHEA / "patients.csv")
    plan = _plan(store, SYNTHEA / "medications.csv", ImportKind.MEDICATIONS)
    source = plan.source
    assert {source.header[c]: n for c, n in plan.mapping.items()} == {
        "START": "start_date",
        "STOP": "end_date",
        "PATIENT": "patient_external_id",
        "DESCRIPTION": "name",
        "REASONDESCRIPTION": "indication",
    }
    assert plan.problems == [] and len(plan.accepted) == 30
    assert plan.accepted[0].patient == "VonRueden376, Marcell728 (born 2006-09-06)"
    result = store.imports.apply_import(plan.batch())
    medication = store.medications.medication(result.added_ids[0])
    assert medication is not None
    assert medication.name.startswith("Acetaminophen 21.7 MG/ML")
    assert (medication.start_date, medication.end_date, medication.status) == (
        date(2012, 7, 7),
        date(2012, 7, 25),
        MedicationStatus.STOPPED,
    )  # ended in the past
    history = store.medications.medication_history(result.added_ids[0])
    assert [(e.kind.value, e.on_date) for e in history] == [
        ("started", date(2012, 7, 7)),
        ("stopped", date(2012, 7, 25)),
    ]


def test_synthea_allergies_land_with_their_patients_and_reactions(store: Store) -> None:
    _import(store, SYNTHEA / "patients.csv")
    plan = _plan(store, SYNTHEA / "allergies.csv", ImportKind.ALLERGIES)
    source = plan.source
    # DESCRIPTION is the substance here; REACTION1 (a SNOMED code) and CODE are left out.
    assert {source.header[c]: n for c, n in plan.mapping.items()} == {
        "START": "noted_date",
        "STOP": "end_date",
        "PATIENT": "patient_external_id",
        "DESCRIPTION": "substance",
        "DESCRIPTION1": "reaction",
        "SEVERITY1": "severity",
    }
    assert plan.problems == [] and len(plan.accepted) == 41
    assert plan.accepted[0].patient == "Schinner682, Damien170 (born 1941-05-13)"
    result = store.imports.apply_import(plan.batch())
    assert result.added == 41
    aspirin, *_ = store.patients.allergies(2)
    assert (
        aspirin.substance,
        aspirin.reaction,
        aspirin.severity,
        aspirin.noted_date,
        aspirin.status,
    ) == ("Aspirin", "Wheal", AllergySeverity.MODERATE, date(1942, 8, 3), AllergyStatus.ACTIVE)
    latex = [a for a in store.patients.allergies(6) if a.substance.startswith("Latex")]
    assert latex and latex[0].severity is AllergySeverity.MILD
    unrated = store.conn.execute("SELECT count(*) FROM allergy WHERE severity IS NULL")
    assert unrated.fetchone()[0] == 21  # an empty SEVERITY1 stays unknown, not mild
    log = store.conn.execute("SELECT record_kind, summary FROM audit_log WHERE id > 1")
    assert log.fetchall() == [("allergy", "41 allergies added from a spreadsheet")]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Peanut (substance)", "Peanut"),
        ("Wheal (finding)", "Wheal"),
        ("Diabetes mellitus type 2 (disorder)", "Diabetes mellitus type 2"),
        ("House dust mite (organism)  ", "House dust mite"),
        ("Vitamin D (colecalciferol)", "Vitamin D (colecalciferol)"),  # not a semantic tag
        ("Allergy to mould (Aspergillus)", "Allergy to mould (Aspergillus)"),
        ("(finding)", "(finding)"),  # nothing but the tag: kept rather than emptied
        ("Penicillin", "Penicillin"),
    ],
)
def test_snomed_semantic_tags_are_taken_off_imported_terms(written: str, read: str) -> None:
    assert plain_term(written) == read
    assert plain_term(plain_term(written)) == plain_term(written)


def test_an_allergy_with_an_end_date_is_inactive_unless_a_status_says(
    store: Store, tmp_path: Path
) -> None:
    store.patients.add_patient(Patient(given="Ada", family="Lo", external_id="M1"))
    path = _write_csv(
        tmp_path / "allergies.csv",
        [
            ["PATIENT", "DESCRIPTION", "START", "STOP", "SEVERITY1", "Status"],
            ["M1", "Penicillin", "2001-02-03", "2010-01-01", "severe", ""],
            ["M1", "Latex", "2001-02-03", "2010-01-01", "Mild", "active"],
            ["M1", "Peanut", "2001-02-03", "2030-01-01", "", ""],  # ends later: still active
            ["M1", "Shellfish", "", "", "life-threatening", "outgrown"],
        ],
    )
    plan = _plan(store, path, ImportKind.ALLERGIES)
    assert plan.problems == []
    got = [
        (a.substance, a.status, a.severity)
        for a in (row.record for row in plan.accepted)
        if isinstance(a, Allergy)
    ]
    assert got == [
        ("Penicillin", AllergyStatus.INACTIVE, AllergySeverity.SEVERE),
        ("Latex", AllergyStatus.ACTIVE, AllergySeverity.MILD),
        ("Peanut", AllergyStatus.ACTIVE, None),
        ("Shellfish", AllergyStatus.RESOLVED, AllergySeverity.SEVERE),
    ]


def test_an_unknown_patient_and_a_bad_severity_are_listed(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Ada", family="Lo", external_id="M1"))
    path = _write_csv(
        tmp_path / "allergies.csv",
        [
            ["Patient MRN", "Allergen", "Reaction", "Severity"],
            ["M1", "Penicillin", "Rash", "awful"],
            ["M9", "Latex", "Hives", "mild"],
            ["M1", "", "Hives", "mild"],
            ["M1", "Codeine", "Nausea", "Moderate"],
        ],
    )
    plan = _plan(store, path, ImportKind.ALLERGIES)
    assert [(p.row, p.column, p.field) for p in plan.problems] == [
        (2, "Severity", "severity"),
        (3, "Patient MRN", "patient"),
        (4, "Allergen", "substance"),
    ]
    assert str(plan.problems[0]) == (
        "row 2, column 'Severity': 'awful' is not one of: Mild, Moderate, Severe."
    )
    assert "No patient in the caseload has the MRN 'M9'" in plan.problems[1].message
    result = store.imports.apply_import(plan.batch(skip_invalid=True))
    assert [a.substance for a in store.patients.allergies(1)] == ["Codeine"] and result.added == 1


def test_synthea_conditions_land_resolved_when_stopped(store: Store) -> None:
    _import(store, SYNTHEA / "patients.csv")
    plan = _plan(store, SYNTHEA / "conditions.csv", ImportKind.CONDITIONS)
    source = plan.source
    assert {source.header[c]: n for c, n in plan.mapping.items()} == {
        "START": "onset_date",
        "STOP": "abatement_date",
        "PATIENT": "patient_external_id",
        "CODE": "code",
        "DESCRIPTION": "description",
    }
    assert plan.problems == [] and len(plan.accepted) == 148
    result = store.imports.apply_import(plan.batch())
    assert result.added == 148
    by_code = {c.code: c for c in store.patients.conditions(2)}
    stress, schooling = by_code["73595000"], by_code["224295006"]
    assert (stress.description, stress.onset_date, stress.abatement_date, stress.status) == (
        "Stress",
        date(1959, 7, 7),
        date(1960, 7, 12),
        ConditionStatus.RESOLVED,
    )
    assert (schooling.abatement_date, schooling.status) == (None, ConditionStatus.ACTIVE)
    statuses = dict(
        store.conn.execute("SELECT status, count(*) FROM condition GROUP BY status").fetchall()
    )
    assert statuses == {"resolved": 86, "active": 62}


def test_a_condition_status_column_wins_over_its_end_date(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Ada", family="Lo", birth_date=date(1950, 1, 2)))
    path = _write_csv(
        tmp_path / "problems.csv",
        [
            [
                "First name",
                "Last name",
                "DOB",
                "Diagnosis",
                "ICD-10",
                "Onset",
                "Resolved",
                "Status",
            ],
            ["Ada", "Lo", "02/01/1950", "Asthma", "J45", "03/04/1990", "05/06/2000", "remission"],
            ["Ada", "Lo", "02/01/1950", "Gout", "M10", "13/04/1990", "05/06/2000", ""],
            ["Ada", "Lo", "02/01/1950", "Flu", "J11", "13/04/2000", "05/06/1990", ""],
        ],
    )
    plan = _plan(store, path, ImportKind.CONDITIONS)
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (4, "Resolved") and "before" in problem.message
    asthma, gout = (row.record for row in plan.accepted)
    assert isinstance(asthma, Condition) and isinstance(gout, Condition)
    assert (asthma.code, asthma.onset_date, asthma.status) == (
        "J45",
        date(1990, 4, 3),
        ConditionStatus.INACTIVE,
    )
    assert gout.status is ConditionStatus.RESOLVED


def test_medications_found_by_name_and_birth_date(store: Store) -> None:
    ruth = store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", birth_date=date(1941, 3, 4))
    )
    harold = store.patients.add_patient(
        Patient(given="Harold", family="BIXBY", birth_date=date(1936, 11, 12))
    )
    plan = _plan(store, IMPORT / "medications_by_name.csv", ImportKind.MEDICATIONS)
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Patient first name"), (5, "Dose")]
    assert "No patient in the caseload has the name 'Nobody Known'" in plan.problems[0].message
    assert "positive amount" in plan.problems[1].message
    with pytest.raises(ImportRefused, match="2 rows cannot be imported"):
        plan.batch()
    result = store.imports.apply_import(plan.batch(skip_invalid=True))
    assert result.added == 2
    assert [m.name for m in store.medications.medications(ruth.id or 0)] == ["Metformin"]
    assert [m.name for m in store.medications.medications(harold.id or 0)] == ["Amlodipine"]


def test_a_name_two_patients_share_is_a_row_problem(store: Store, tmp_path: Path) -> None:
    for mrn in ("A1", "A2"):
        store.patients.add_patient(
            Patient(given="Ruth", family="Abernathy", external_id=mrn, birth_date=date(1941, 3, 4))
        )
    path = _write_csv(
        tmp_path / "tasks.csv",
        [
            ["Task", "First name", "Surname", "DOB", "MRN"],
            ["Call", "Ruth", "Abernathy", "1941-03-04", ""],
            ["Visit", "Ruth", "Abernathy", "1941-03-04", "a2"],
            ["Order pads", "", "", "", ""],
        ],
    )
    plan = _plan(store, path, ImportKind.TASKS)
    (problem,) = plan.problems
    assert problem.row == 2 and "2 patients have" in problem.message
    assert [(row.row, row.record.patient_id) for row in plan.accepted] == [(3, 2), (4, None)]


# -- reading files ------------------------------------------------------------------------------


def test_windows_1252_and_semicolons_with_a_bom(store: Store) -> None:
    plan = _import(store, IMPORT / "patients_cp1252.csv")
    assert plan.source.encoding == "cp1252"
    names = sorted(
        (p.record.given, p.record.family, p.record.city)  # type: ignore[union-attr]
        for p in plan.accepted
    )
    assert names == [("Renée", "López", "Málaga"), ("Zoë", "François", "Café “Corner”")]
    plan = _plan(store, IMPORT / "patients_dmy_semicolon.csv")
    assert (plan.source.encoding, plan.source.delimiter) == ("utf-8-sig", ";")
    assert plan.source.header[0] == "Surname"  # no BOM left on the first header
    assert plan.date_order is DateOrder.DMY
    assert "'25/04/1941' on row 2" in plan.date_order_note
    assert [p.record.birth_date for p in plan.accepted] == [  # type: ignore[union-attr]
        date(1941, 4, 25),
        date(1950, 4, 3),
        date(1938, 11, 12),
    ]
    assert plan.accepted[0].record.external_id == "0001234567"  # type: ignore[union-attr]


def test_leading_zeros_stay(store: Store) -> None:
    plan = _plan(store, IMPORT / "patients_zeros.csv")
    lena = plan.accepted[0].record
    assert isinstance(lena, Patient)
    assert (lena.postal_code, lena.external_id, lena.phone) == ("02134", "000123", "0117 496 0372")


def test_workbook_cells_come_back_as_typed(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.title = "Clients"
    sheet.append([])  # the header may sit lower down; row numbers stay the sheet's own
    sheet.append(["MRN", "Surname", "Given", "DOB", "ZIP", "Mobile", "Weight"])
    sheet.append([123, "Okafor", "Adaeze", datetime(1941, 4, 25), 2134.0, 7700900123, 61.5])
    sheet.append([4560, "Brennan", "Siobhán", "31/02/1950", "02134", "07700 900124", None])
    sheet["A3"].number_format = "000000"
    sheet["E3"].number_format = "00000"
    path = tmp_path / "clients.xlsx"
    book.save(path)
    source = open_spreadsheet(path)
    assert (source.format, source.sheet, source.header_row) == ("xlsx", "Clients", 2)
    plan = plan_import(
        source,
        ImportKind.PATIENTS,
        propose_mapping(source.header, ImportKind.PATIENTS),
        [],
        today=TODAY,
    )
    (row,) = plan.accepted
    record = row.record
    assert isinstance(record, Patient) and row.row == 3
    assert (record.external_id, record.postal_code, record.phone, record.birth_date) == (
        "000123",
        "02134",
        "7700900123",
        date(1941, 4, 25),
    )
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (4, "DOB")
    assert "not a real calendar date" in problem.message
    # A workbook renamed .csv is still read as one.
    renamed = tmp_path / "clients.csv"
    renamed.write_bytes(path.read_bytes())
    assert open_spreadsheet(renamed).format == "xlsx"


def _understated_workbook(path: Path, rows: list[list[object]], dimension: str) -> Path:
    """A workbook whose sheet records its size as `dimension` (e.g. "A1:C2") whatever it
    holds, as some programs write it."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    written = path.with_suffix(".tmp.xlsx")
    book.save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, count = re.subn(
                    rb'<dimension ref="[^"]*"\s*/>',
                    b'<dimension ref="%s"/>' % dimension.encode(),
                    data,
                )
                assert count == 1
            target.writestr(item, data)
    written.unlink()
    return path


def test_a_workbook_that_understates_its_size_is_read_to_its_last_row(
    store: Store, tmp_path: Path
) -> None:
    """The sheet says A1:C2 but holds five patients and a fourth column: all are imported,
    none silently left out."""
    rows: list[list[object]] = [["First name", "Last name", "DOB", "MRN"]] + [
        [f"Given{n}", f"Family{n}", datetime(1940 + n, 1, 2), f"M{n}"] for n in range(5)
    ]
    rows[3][3] = None  # a row ending in an empty cell is as wide as the others
    path = _understated_workbook(tmp_path / "clients.xlsx", rows, "A1:C2")
    source = open_spreadsheet(path)
    assert source.header == ["First name", "Last name", "DOB", "MRN"]
    plan = plan_import(
        source,
        ImportKind.PATIENTS,
        propose_mapping(source.header, ImportKind.PATIENTS),
        [],
        today=TODAY,
    )
    assert (plan.rows_read, plan.problems) == (5, [])
    store.imports.apply_import(plan.batch())
    found = store.conn.execute(
        "SELECT given, birth_date, external_id FROM patient ORDER BY id"
    ).fetchall()
    assert [tuple(row) for row in found] == [
        ("Given0", "1940-01-02", "M0"),
        ("Given1", "1941-01-02", "M1"),
        ("Given2", "1942-01-02", ""),
        ("Given3", "1943-01-02", "M3"),
        ("Given4", "1944-01-02", "M4"),
    ]
    seen: list[tuple[int, int]] = []
    monkey = pytest.MonkeyPatch()
    with monkey.context() as patch:
        patch.setattr(import_plan, "CHECK_EVERY", 2)
        plan = plan_import(
            source,
            ImportKind.PATIENTS,
            plan.mapping,
            [],
            today=TODAY,
            progress=lambda done, total: seen.append((done, total)),
        )
    assert seen[-1] == (5, 5) and all(done <= total for done, total in seen)


def test_a_workbook_recording_only_its_first_cell_is_read_whole(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Given", "Family"], ["Ada", "Lovelace"], ["Mary", "Seacole"]]
    path = _understated_workbook(tmp_path / "clients.xlsx", rows, "A1")
    source = open_spreadsheet(path)
    assert source.header == ["Given", "Family"]
    assert [row.cells for row in source.rows()] == [["Ada", "Lovelace"], ["Mary", "Seacole"]]


def test_workbook_dates_past_any_calendar_are_row_problems(tmp_path: Path) -> None:
    """A date cell whose number is past year 9999, or a date far outside carebook's range, is
    listed by row and column; nothing is said on the terminal in the reader's own words."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Given", "Family", "DOB"])
    sheet.append(["Ada", "Lovelace", 1e9])
    sheet.append(["Mary", "Seacole", datetime(9999, 12, 31, 23, 59)])
    sheet.append(["Zoë", "Adams", datetime(1941, 4, 3)])
    for cell in ("C2", "C3", "C4"):
        sheet[cell].number_format = "yyyy-mm-dd"
    path = tmp_path / "far.xlsx"
    book.save(path)
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        source = open_spreadsheet(path)
        plan = plan_import(
            source,
            ImportKind.PATIENTS,
            propose_mapping(source.header, ImportKind.PATIENTS),
            [],
            today=TODAY,
        )
    assert said == []
    assert [(p.row, p.column) for p in plan.problems] == [(2, "DOB"), (3, "DOB")]
    assert "outside the dates carebook keeps" in plan.problems[1].message
    assert [row.row for row in plan.accepted] == [4]


@pytest.mark.parametrize("ending", [b"\r", b"\r\n", b"\n"])
def test_lines_ending_in_cr_alone_are_read(store: Store, tmp_path: Path, ending: bytes) -> None:
    """An old Mac file's lines end in CR alone; it was refused in Python's words."""
    lines = [
        b"First Name,Last Name,DOB,Notes",
        b"Ada,Lovelace,1941-04-03,",
        b'Mary,Seacole,1942-05-06,"Key safe' + ending + b'code 1234"',
        "Zoë,Renée,1943-07-08,".encode("cp1252"),
    ]
    path = tmp_path / "old-mac.csv"
    path.write_bytes(ending.join(lines) + ending)
    source = open_spreadsheet(path)
    assert source.estimated_rows >= 3
    plan = _plan(store, path)
    assert (plan.file_problem, plan.problems) == ("", [])
    store.imports.apply_import(plan.batch())
    found = store.conn.execute(
        "SELECT given, family, birth_date, notes FROM patient ORDER BY id"
    ).fetchall()
    assert [tuple(row) for row in found] == [
        ("Ada", "Lovelace", "1941-04-03", ""),
        ("Mary", "Seacole", "1942-05-06", "Key safe" + ending.decode() + "code 1234"),
        ("Zoë", "Renée", "1943-07-08", ""),
    ]


def test_a_pipe_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    """A pipe (or /dev/stdin, a device) cannot be read twice: refused in words, at once, even
    when nothing writes to it (opening it used to wait for ever)."""
    import os

    fifo = tmp_path / "patients.csv"
    os.mkfifo(fifo)
    with pytest.raises(SpreadsheetError) as refused:
        open_spreadsheet(fifo)
    assert str(refused.value) == (
        f"{fifo} is not a regular file (a pipe or a device): save "
        "the data to a file and import that."
    )
    with pytest.raises(SpreadsheetError, match="is not a regular file"):
        open_spreadsheet("/dev/null")
    with pytest.raises(SpreadsheetError, match="is a folder, not a file"):
        open_spreadsheet(tmp_path)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "NUL bytes"),
        (b"Name,DOB\n" + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50, "not a text file in UTF-8"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, r"old Excel \(\.xls\)"),
        (b"", "is empty"),
        (b"\n\n", "nothing in its first row"),
        (b"Name\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 40, "control characters"),
    ],
)
def test_files_that_are_not_tables_are_refused(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "patients.csv"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=says):
        open_spreadsheet(path)


def test_a_stray_control_character_is_a_row_problem(store: Store, tmp_path: Path) -> None:
    """One ^K (FileMaker's line break in a cell) in a small file made it "full of control
    characters", refused whole; now the row is named, and the others import."""
    path = tmp_path / "filemaker.csv"
    path.write_bytes(
        b"First Name,Last Name,Notes\nAda,Lovelace,Key safe\x0bcode 1234\nMary,Seacole,\n"
    )
    plan = _plan(store, path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Notes")]
    assert [row.row for row in plan.accepted] == [3]


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("9" * 5000, "A number of 5,000 digits is not a number of minutes."),
        ("1" + "0" * 400, "A number of 401 digits is not a number of minutes."),
        ("0" * 300 + "45", ""),
        ("60 min", ""),
    ],
)
def test_huge_numbers_are_row_problems(store: Store, tmp_path: Path, cell: str, says: str) -> None:
    """A number too long for Python to read stopped the import with a traceback."""
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _write_csv(
        tmp_path / "visits.csv", [["MRN", "Start", "Duration"], ["A1", "2026-12-07 09:00", cell]]
    )
    plan = _plan(store, path, ImportKind.APPOINTMENTS)
    assert [p.message for p in plan.problems] == ([says] if says else [])


def test_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "patients.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SpreadsheetError, match="cannot be read as an Excel workbook"):
        open_spreadsheet(path)
    path.write_text("First name,Last name\nAda,Lovelace\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="named like an Excel workbook"):
        open_spreadsheet(path)


def test_another_encoding_far_down_the_file_is_read_or_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the part read whole, a Windows-1252 row after plain ASCII ones is read as such; one
    after UTF-8 rows is refused, naming its row, and nothing is written."""
    monkeypatch.setattr(spreadsheet, "SCAN_BYTES", 1024)  # the file is read whole past this
    path = tmp_path / "patients.csv"
    rows = b"".join(b"Given%d,Family,1950-01-01\n" % n for n in range(200))
    last = "Zoë,Renée,1950-01-01\n".encode("cp1252")
    path.write_bytes(b"First name,Last name,DOB\n" + rows + last)
    plan = _plan(store, path)
    assert plan.file_problem == "" and plan.problems == []
    patient = plan.accepted[-1].record
    assert isinstance(patient, Patient) and (patient.given, patient.family) == ("Zoë", "Renée")
    path.write_bytes("First name,Last name,DOB\nChloé,Brontë,1950-01-01\n".encode() + rows + last)
    before = _state(store)
    plan = _plan(store, path)
    assert plan.file_problem == (
        "patients.csv: row 203 is in a different encoding (Windows-1252) from the rows before "
        "it (UTF-8); save the file as UTF-8 and import it again."
    )
    with pytest.raises(ImportRefused, match="row 203"):
        plan.batch()
    assert _state(store) == before


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (
            "First Name,Last Name\nZoë,Adams\nAda,Lovelace\n".encode()
            + "Zoë,Brown\n".encode("cp1252"),
            "row 4 is in a different encoding (Windows-1252) from the rows before it (UTF-8)",
        ),
        (
            "First Name,Last Name\nRenée,Adams\n".encode("cp1252") + "Zoë,Brown\n".encode(),
            "row 3 is in a different encoding (UTF-8) from the rows before it (Windows-1252)",
        ),
        (
            'First Name,Last Name,Notes\nChloé,Adams,"one\ntwo"\n'.encode()
            + "Zoë,Brown,\n".encode("cp1252"),
            "row 3 is in a different encoding (Windows-1252) from the rows before it (UTF-8)",
        ),
        (
            "First Name,Last Name\nZoë,".encode() + "Renée\n".encode("cp1252"),
            "row 2 holds text in two encodings (UTF-8 and Windows-1252)",
        ),
        (
            codecs.BOM_UTF8
            + b"First Name,Last Name\nAda,Lovelace\n"
            + "Zoë,Brown\n".encode("cp1252"),
            "row 3 is in a different encoding (Windows-1252) from the rows before it (UTF-8)",
        ),
    ],
)
def test_rows_in_two_encodings_are_refused_naming_the_row(
    store: Store, tmp_path: Path, content: bytes, says: str
) -> None:
    """One row saved as UTF-8 and another as Windows-1252 read whole as either garbles one of
    them ("ZoÃ«"): the file is refused at the row where the encoding changes."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(content)
    before = _state(store)
    plan = _plan(store, path)
    assert says in plan.file_problem
    assert plan.file_problem.endswith("save the file as UTF-8 and import it again.")
    with pytest.raises(ImportRefused):
        plan.batch(skip_invalid=True)
    assert _state(store) == before


def test_a_header_only_file_imports_nothing(store: Store) -> None:
    plan = _plan(store, IMPORT / "header_only.csv")
    assert plan.rows_read == 0 and "no rows below it" in plan.file_problem
    with pytest.raises(ImportRefused, match="no rows below it"):
        plan.batch(skip_invalid=True)


def test_a_huge_file_is_streamed_and_stopped_at_the_limit(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file far longer than any caseload is refused after MAX_ROWS rows, read as a stream:
    what lies beyond (here bytes no encoding reads) is never reached."""
    monkeypatch.setattr(sheets, "MAX_ROWS", 1_000)
    monkeypatch.setattr(spreadsheet, "SCAN_BYTES", 4096)
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"First name,Last name,DOB\n")
        for n in range(5_000):
            handle.write(b"Given%d,Family%d,1950-01-01\n" % (n, n))
        handle.write(bytes([0x81, 0x8D]) * 100)
    seen: list[tuple[int, int]] = []
    before = _state(store)
    plan = _plan(store, path, progress=lambda done, total: seen.append((done, total)))
    assert "more than 1,000 rows" in plan.file_problem
    assert seen and max(done for done, _ in seen) <= 1_000
    assert seen[0][1] >= 5_000  # the estimated total, from the lines in the file
    assert _state(store) == before


def test_progress_and_cancel(store: Store, tmp_path: Path) -> None:
    rows = [["First name", "Last name"]] + [[f"G{n}", f"F{n}"] for n in range(1_200)]
    path = _write_csv(tmp_path / "many.csv", rows)
    seen: list[tuple[int, int]] = []
    plan = _plan(store, path, progress=lambda done, total: seen.append((done, total)))
    assert len(plan.accepted) == 1_200
    assert seen == [(500, 1_200), (1_000, 1_200), (1_200, 1_200)]
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(ImportCancelled):
        _plan(store, path, cancelled=cancelled)
    assert store.counts().patients == 0


# -- dates --------------------------------------------------------------------------------------


def test_ambiguous_dates_ask_for_the_order(store: Store) -> None:
    path = IMPORT / "patients_ambiguous_dates.csv"
    plan = _plan(store, path)
    assert plan.question is not None and not plan.ready and plan.accepted == []
    assert (plan.question.row, plan.question.column, plan.question.example) == (
        2,
        "Date of Birth",
        "03/04/1941",
    )
    assert "could be day/month/year or month/day/year" in plan.question.message
    with pytest.raises(ImportRefused, match="could be day/month/year"):
        plan.batch()
    plan = _plan(store, path, date_order=DateOrder.MDY)
    assert [p.record.birth_date for p in plan.accepted] == [  # type: ignore[union-attr]
        date(1941, 3, 4),
        date(1936, 11, 12),
        date(1945, 1, 2),
    ]
    plan = _plan(store, path, date_order=DateOrder.YMD)
    assert len(plan.problems) == 3 and "not written year first" in plan.problems[0].message


def test_dates_written_both_ways_ask_too(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "mixed.csv",
        [["Given", "Family", "DOB"], ["A", "B", "25/04/1941"], ["C", "D", "04/25/1941"]],
    )
    source = open_spreadsheet(path)
    finding = find_date_order(
        source, ImportKind.PATIENTS, propose_mapping(source.header, ImportKind.PATIENTS)
    )
    assert finding.order is None and finding.question is not None
    assert "25/04/1941 on row 2, 04/25/1941 on row 3" in finding.question.message


@given(
    st.dates(date(1880, 1, 1), date(2199, 12, 31)),
    st.sampled_from("/-."),
    st.sampled_from(list(DateOrder)),
    st.booleans(),
)
def test_dates_parse_back_in_each_order(
    day: date, separator: str, order: DateOrder, padded: bool
) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    text = {
        DateOrder.DMY: f"{d}{separator}{m}{separator}{day.year}",
        DateOrder.MDY: f"{m}{separator}{d}{separator}{day.year}",
        DateOrder.YMD: f"{day.year}{separator}{m}{separator}{d}",
    }[order]
    assert parse_moment(text, order) == Moment(day)
    ambiguous = order is not DateOrder.YMD and day.day <= 12 and day.day != day.month
    assert date_shape(text) is (
        Shape.EITHER
        if ambiguous
        else Shape.FIXED
        if order is DateOrder.YMD or day.day == day.month
        else Shape(order.value)
    )
    if ambiguous:
        with pytest.raises(CellProblem, match="could be day/month/year"):
            parse_moment(text, None)
    else:
        assert parse_moment(text, None) == Moment(day)
    assert parse_moment(f"{day.isoformat()}T10:41:29Z", order) == Moment(day, time(10, 41, 29), UTC)
    assert parse_moment(f"{day.day} {day:%B} {day.year}", None) == Moment(day)


@given(st.integers(1, 31), st.integers(1, 12), st.integers(0, 99))
def test_two_digit_years_are_refused(day: int, month: int, year: int) -> None:
    with pytest.raises(CellProblem, match=r"two-digit year|not a real calendar date"):
        parse_moment(f"{day:02d}/{month:02d}/{year:02d}", DateOrder.DMY)


def test_odd_dates_and_times() -> None:
    with pytest.raises(CellProblem, match="not a real calendar date"):
        parse_moment("31/02/1950", DateOrder.DMY)
    with pytest.raises(CellProblem, match="no year"):
        parse_moment("03/04", DateOrder.DMY)
    with pytest.raises(CellProblem, match="is a number, not a date"):
        parse_moment(25123.0, DateOrder.DMY)
    assert parse_moment("April 3, 1941", None) == Moment(date(1941, 4, 3))
    assert parse_moment("03-Apr-1941 2:30 pm", None) == Moment(date(1941, 4, 3), time(14, 30))
    assert parse_moment("19410403", None) == Moment(date(1941, 4, 3))
    assert [parse_time(t) for t in ("14:30", "2:30 pm", "9am", "14.30", "12am", 0.5)] == [
        time(14, 30),
        time(14, 30),
        time(9),
        time(14, 30),
        time(0),
        time(12),
    ]
    with pytest.raises(CellProblem, match="not a time of day"):
        parse_time("25:00")


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (123.0, "123"),
        (7700900123, "7700900123"),
        (0.1 + 0.2, "0.3"),
        (" 02134 ", "02134"),
        ('="00123"', "00123"),
        ("'=HYPERLINK(1)", "=HYPERLINK(1)"),
        ("'Ohana", "'Ohana"),
        (datetime(1941, 4, 3), "1941-04-03"),
        (None, ""),
        (True, "yes"),
    ],
)
def test_cells_as_text(cell: object, text: str) -> None:
    assert text_of(cell) == text  # type: ignore[arg-type]


# -- delimiters and encodings -------------------------------------------------------------------

_CELL = st.text(
    st.characters(codec="cp1252", exclude_characters=",;\t|\r\x00", exclude_categories=("Cc", "Cs"))
    | st.sampled_from('\n"é€'),
    max_size=12,
)


def _utf8_in(content: bytes) -> bool:
    """Whether some accented character of the bytes reads as UTF-8."""
    decoded = content.decode("utf-8", "surrogateescape")
    return any(ord(c) > 127 and not 0xDC80 <= ord(c) <= 0xDCFF for c in decoded)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(spreadsheet.DELIMITERS),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    st.integers(2, 6),
    st.data(),
)
def test_csv_round_trip_in_every_delimiter_and_encoding(
    tmp_path: Path, delimiter: str, encoding: str, width: int, data: st.DataObject
) -> None:
    header = data.draw(
        st.lists(
            st.from_regex(r"[A-Za-z][A-Za-z ]{0,8}[A-Za-z]", fullmatch=True),
            min_size=width,
            max_size=width,
        )
    )
    rows = data.draw(
        st.lists(
            st.lists(_CELL, min_size=width, max_size=width).filter(
                lambda row: any(cell.strip() for cell in row)
            ),
            min_size=1,
            max_size=8,
        )
    )
    path = _write_csv(tmp_path / f"round-{encoding}.csv", [header, *rows], delimiter, encoding)
    # Windows-1252 text whose accents happen to make UTF-8 ("Â" and a non-breaking space are
    # the UTF-8 of a non-breaking space) cannot be told from it.
    assume(encoding != "cp1252" or not _utf8_in(path.read_bytes()))
    source = open_spreadsheet(path)
    assert source.delimiter == delimiter
    assert source.header == [" ".join(name.split()) for name in header]
    read = [row.cells for row in source.rows()]
    assert read == rows
    expected = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}.get(encoding)
    if expected:
        assert source.encoding == expected
    elif any(ord(c) > 127 for row in rows for cell in row for c in cell):
        assert source.encoding == encoding


def test_delimiters_on_awkward_files() -> None:
    detect = spreadsheet.detect_delimiter
    assert detect("Name;DOB;Lat\nSmith, J;03/04/1941;54,1\nDoe;05/06/1950;53,2\n") == ";"
    assert detect('Name,Address\nAda,"1 High St; Leeds"\nBo,"2 Low St; York"\n') == ","
    assert detect("Name\tNotes\nAda\ta, b, c\nBo\td, e\n") == "\t"
    assert detect("Name|Phone\nAda Lo|0117 496\nBo|0117, 497\n") == "|"
    assert detect("Name\nAda\nBo\n") == ","  # one column: nothing to split
    assert detect("A,B,C\n1,2,3\n4,5,6\n7,8") == ","  # the sample cut part way through a row


# -- the column mapping ---------------------------------------------------------------------------

_SPELLINGS = [
    (kind, spec.name, spelling)
    for kind, specs in FIELDS.items()
    for spec in specs
    for spelling in spec.headers
]


@given(
    st.sampled_from(_SPELLINGS),
    st.sampled_from(["upper", "lower", "title", "snake", "dotted", "spaced"]),
)
def test_every_spelling_is_proposed_however_it_is_written(
    entry: tuple[ImportKind, str, str], style: str
) -> None:
    kind, _, spelling = entry
    written = {
        "upper": spelling.upper(),
        "lower": spelling.lower(),
        "title": spelling.title(),
        "snake": spelling.replace(" ", "_"),
        "dotted": ".".join(spelling.split()),
        "spaced": f"  {spelling}  ",
    }[style]
    mapping = propose_mapping(["Unrelated column", written], kind)
    chosen = mapping.get(1)
    # The first field (in the kind's order) that lists the spelling takes it.
    first = next(
        spec.name for spec in FIELDS[kind] if header_key(spelling) in map(header_key, spec.headers)
    )
    assert chosen == first
    assert 0 not in mapping


def test_common_headers_are_proposed() -> None:
    header = [
        "Surname",
        "Given",
        "D.O.B.",
        "Zip code",
        "Telephone",
        "Mobile",
        "NHS number",
        "E-mail",
        "Birth date",
    ]
    mapping = propose_mapping(header, ImportKind.PATIENTS)
    assert [mapping.get(i) for i in range(len(header))] == [
        "family",
        "given",
        "birth_date",
        "postal_code",
        "phone",
        "phone_alt",
        "external_id",
        "email",
        None,
    ]  # one column per field: the better spelling wins
    assert propose_mapping(
        ["Family name", "First Name", "Date of Birth", "Postcode", "Phone", "MRN"],
        ImportKind.PATIENTS,
    ) == {0: "family", 1: "given", 2: "birth_date", 3: "postal_code", 4: "phone", 5: "external_id"}


def test_mapping_choices_and_refusals() -> None:
    header = ["Name", "Born", "Ref"]
    kind = ImportKind.PATIENTS
    with pytest.raises(MappingError, match="names"):
        check_mapping(header, kind, propose_mapping(header, kind))
    mapping = mapping_from_names(
        header, kind, {"name": "family", "Ref": "MRN (external id)"}, propose_mapping(header, kind)
    )
    assert mapping == {0: "family", 1: "birth_date", 2: "external_id"}
    assert mapping_from_names(header, kind, {"Born": ""}, mapping) == {
        0: "family",
        2: "external_id",
    }
    with pytest.raises(MappingError, match="no column 'Age'"):
        mapping_from_names(header, kind, {"Age": "notes"})
    with pytest.raises(MappingError, match="not something patients can be imported as"):
        mapping_from_names(header, kind, {"Ref": "shoe_size"})
    with pytest.raises(MappingError, match="Two columns"):
        check_mapping(header, kind, {0: "family", 2: "family"})
    with pytest.raises(MappingError, match="whose record"):
        check_mapping(["Drug"], ImportKind.MEDICATIONS, {0: "name"})
    with pytest.raises(MappingError, match="date of birth too"):
        check_mapping(["Drug", "Who"], ImportKind.MEDICATIONS, {0: "name", 1: "patient_name"})


# -- duplicates ---------------------------------------------------------------------------------


def _duplicates_file(tmp_path: Path) -> Path:
    return _write_csv(
        tmp_path / "dupes.csv",
        [
            ["First name", "Last name", "DOB", "Phone", "Email", "MRN"],
            ["ÉLISE", "dupont", "1940-02-03", "0117 000", "elise@example.org", ""],
            ["Marc", "Roux", "1950-05-06", "", "", "M1"],
            ["Marcus", "Roux", "1950-05-06", "0117 111", "", "m1"],
            ["Ana", "Silva", "1960-07-08", "", "", ""],
            ["Ana", "Silva", "1960-07-08", "0117 222", "ana@example.org", ""],
        ],
    )


def test_duplicates_are_found_and_skipped(store: Store, tmp_path: Path) -> None:
    elise = store.patients.add_patient(
        Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3), phone="0117 999")
    )
    plan = _plan(store, _duplicates_file(tmp_path))
    assert [str(d) for d in plan.duplicates] == [
        f"row 2: same name and date of birth as patient {elise.id}, Dupont, Élise "
        "(born 1940-02-03)",
        "row 4: repeats row 3 of this file (same MRN)",
        "row 6: repeats row 5 of this file (same name and date of birth)",
    ]
    store.imports.apply_import(plan.batch(DuplicateChoice.SKIP))
    assert store.counts().patients == 3
    assert store.patients.patient(elise.id or 0) == elise


def test_merge_fills_empty_fields_and_never_overwrites(store: Store, tmp_path: Path) -> None:
    elise = store.patients.add_patient(
        Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3), phone="0117 999")
    )
    uid = "SELECT uid FROM patient WHERE id = ?"
    global_id = store.conn.execute(uid, [elise.id]).fetchone()
    plan = _plan(store, _duplicates_file(tmp_path))
    result = store.imports.apply_import(plan.batch(DuplicateChoice.MERGE))
    assert result.added == 2 and result.merged_ids == [elise.id] and result.fields_filled == 1
    assert store.conn.execute(uid, [elise.id]).fetchone() == global_id  # merged, not remade
    merged = store.patients.patient(elise.id or 0)
    assert merged is not None
    assert (merged.given, merged.phone, merged.email) == (
        "Élise",
        "0117 999",
        "elise@example.org",
    )  # phone kept, email filled
    by_name = {
        (p.given, p.family): p
        for p in (store.patients.patient(i) for i in result.added_ids)
        if p is not None
    }
    assert by_name[("Marc", "Roux")].phone == "0117 111"  # filled from its duplicate row
    assert by_name[("Ana", "Silva")].email == "ana@example.org"
    assert store.patients.find_patients("elise@example") == []  # email is not searched, phone is
    assert store.patients.find_patients("0117 999")[0][0] == elise.id


def test_choices_per_duplicate(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3)))
    plan = _plan(store, _duplicates_file(tmp_path))
    batch = plan.batch({2: DuplicateChoice.ADD, 6: DuplicateChoice.MERGE})
    assert [p.given for p in batch.patients] == ["ÉLISE", "Marc", "Ana"]
    assert batch.patients[2].phone == "0117 222" and batch.merges == []


def test_fill_empty_leaves_status_and_what_is_there() -> None:
    have = Patient(id=4, given="A", status=PatientStatus.ON_HOLD, lat=None)
    offered = Patient(given="B", family="C", status=PatientStatus.ACTIVE, lat=51.5)
    merged, filled = fill_empty(have, offered)
    assert (merged.id, merged.given, merged.family, merged.status, merged.lat) == (
        4,
        "A",
        "C",
        PatientStatus.ON_HOLD,
        51.5,
    )
    assert filled == ["family", "lat"]


# -- appointments and tasks -----------------------------------------------------------------------


def test_appointments_are_laid_out_with_their_repeats(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _write_csv(
        tmp_path / "visits.csv",
        [
            ["MRN", "Date", "Time", "End time", "Type", "Purpose", "RRULE"],
            [
                "A1",
                "2026-03-03",
                "10:00",
                "10:45",
                "Home visit",
                "Wound care",
                "FREQ=WEEKLY;COUNT=4",
            ],
            ["A1", "2026-03-05 14:30", "", "", "telehealth", "Review", ""],
            ["A1", "2026-03-06", "", "", "", "No time", ""],
            ["A1", "2026-03-06", "11:00", "10:00", "", "Backwards", ""],
            ["A1", "2026-03-06", "11:00", "", "", "Bad rule", "FREQ=SOMETIMES"],
        ],
    )
    plan = _plan(store, path, ImportKind.APPOINTMENTS)
    assert [(p.row, p.column) for p in plan.problems] == [
        (4, "Time"),
        (5, "End time"),
        (6, "RRULE"),
    ]
    result = store.imports.apply_import(plan.batch(skip_invalid=True))
    first = store.appointments.appointment(result.added_ids[0])
    assert first is not None and first.duration_min == 45
    assert first.kind is AppointmentKind.HOME_VISIT and first.rrule == "FREQ=WEEKLY;COUNT=4"
    assert [v.purpose for v in store.visits.visits_on(date(2026, 3, 10))] == ["Wound care"]
    assert [v.purpose for v in store.visits.visits_on(date(2026, 3, 5))] == ["Review"]
    assert store.counts().occurrences == 5


def test_tasks_with_and_without_a_patient(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", birth_date=date(1941, 3, 4))
    )
    path = _write_csv(
        tmp_path / "tasks.csv",
        [
            ["Task", "Due", "Priority", "Patient name", "Patient DOB"],
            ["Order pads", "2026-03-09", "high", "", ""],
            ["Call GP", "09/03/2026", "", "Ruth Abernathy", "04/03/1941"],
            ["Call again", "", "", "Abernathy, Ruth", "04/03/1941"],
        ],
    )
    plan = _plan(store, path, ImportKind.TASKS, date_order=DateOrder.DMY)
    assert plan.problems == []
    records = [row.record for row in plan.accepted]
    assert [(t.title, t.patient_id, t.due_date) for t in records] == [  # type: ignore[union-attr]
        ("Order pads", None, date(2026, 3, 9)),
        ("Call GP", 1, date(2026, 3, 9)),
        ("Call again", 1, None),
    ]
    assert records[0].priority is TaskPriority.URGENT  # type: ignore[union-attr]
    store.imports.apply_import(plan.batch())
    assert store.counts().tasks == 3


NEW_YORK = "America/New_York"


def test_times_with_a_utc_offset_are_kept_as_new_york_clock_times(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """09:00 UTC is 04:00 in New York: the offset an export writes is not dropped."""
    monkeypatch.setenv("TZ", NEW_YORK)
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _write_csv(
        tmp_path / "visits.csv",
        [
            ["MRN", "Start", "End", "Purpose"],
            ["A1", "2026-12-07T09:00:00Z", "2026-12-07T09:45:00Z", "Z"],
            ["A1", "2026-12-08T09:00:00+14:00", "", "Kiribati"],
            ["A1", "2026-12-09T09:00:00-05:00", "", "New York"],
            ["A1", "2026-07-10 09:00Z", "2026-07-10 10:30+00:00", "summer"],
            ["A1", "11/12/2026 14:30 -0800", "", "Los Angeles"],
        ],
    )
    plan = _plan(store, path, ImportKind.APPOINTMENTS, date_order=DateOrder.DMY)
    assert plan.problems == []
    result = store.imports.apply_import(plan.batch())
    stored = [store.appointments.appointment(i) for i in result.added_ids]
    assert [(a.purpose, a.start, a.tz, a.duration_min) for a in stored if a is not None] == [
        ("Z", datetime(2026, 12, 7, 4, 0), NEW_YORK, 45),
        ("Kiribati", datetime(2026, 12, 7, 14, 0), NEW_YORK, 60),
        ("New York", datetime(2026, 12, 9, 9, 0), NEW_YORK, 60),
        ("summer", datetime(2026, 7, 10, 5, 0), NEW_YORK, 90),
        ("Los Angeles", datetime(2026, 12, 11, 17, 30), NEW_YORK, 60),
    ]


def test_time_columns_with_a_utc_offset_are_new_york_clock_times(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", NEW_YORK)
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _write_csv(
        tmp_path / "visits.csv",
        [
            ["MRN", "Date", "Time", "End time", "Purpose"],
            ["A1", "2026-12-07", "09:00Z", "10:30 Z", "both"],
            ["A1", "2026-12-07", "02:00+00:00", "", "day before"],
            ["A1", "2026-12-07", "9:00 am -0500", "10:00", "New York"],
            ["A1", "2026-12-07", "09:00", "10:00Z", "ends first"],
        ],
    )
    plan = _plan(store, path, ImportKind.APPOINTMENTS)
    assert [(p.row, p.column) for p in plan.problems] == [(5, "End time")]
    assert [
        (r.record.purpose, r.record.start, r.record.duration_min)  # type: ignore[union-attr]
        for r in plan.accepted
    ] == [
        ("both", datetime(2026, 12, 7, 4, 0), 90),
        ("day before", datetime(2026, 12, 6, 21, 0), 60),
        ("New York", datetime(2026, 12, 7, 9, 0), 60),
    ]
    tasks = _write_csv(
        tmp_path / "tasks.csv",
        [["Task", "Due", "Due time"], ["Call GP", "2026-12-07", "02:00Z"], ["Ring", "", "02:00Z"]],
    )
    plan = _plan(store, tasks, ImportKind.TASKS)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Due")]  # a time needs a day
    (call,) = [row.record for row in plan.accepted]
    assert isinstance(call, Task) and (call.due_date, call.due_time) == (
        date(2026, 12, 6),
        time(21, 0),
    )


def test_a_tasks_due_time_in_its_date_cell_is_kept(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time in a due-date cell was dropped; with a UTC offset it is New York's time, the
    day included, and a due-time column still says the time itself."""
    monkeypatch.setenv("TZ", NEW_YORK)
    path = _write_csv(
        tmp_path / "tasks.csv",
        [
            ["Task", "Due", "Due time"],
            ["Call GP", "2026-12-07T09:00:00Z", ""],
            ["Chase referral", "2026-12-07T02:00:00Z", ""],
            ["Order pads", "2026-12-07 14:30", ""],
            ["Ring pharmacy", "2026-12-07T09:00:00Z", "11:15"],
            ["Review", "2026-12-07", ""],
        ],
    )
    plan = _plan(store, path, ImportKind.TASKS)
    assert plan.problems == []
    result = store.imports.apply_import(plan.batch())
    stored = [store.tasks.task(i) for i in result.added_ids]
    assert [(t.title, t.due_date, t.due_time) for t in stored if t is not None] == [
        ("Call GP", date(2026, 12, 7), time(4, 0)),
        ("Chase referral", date(2026, 12, 6), time(21, 0)),
        ("Order pads", date(2026, 12, 7), time(14, 30)),
        ("Ring pharmacy", date(2026, 12, 7), time(11, 15)),
        ("Review", date(2026, 12, 7), None),
    ]


def test_dates_outside_carebooks_range_are_row_problems(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Far years, as written or once moved to the zone, are listed by row and column and
    nothing is written: no overflow, no row lost."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A1"))
    path = _write_csv(
        tmp_path / "visits.csv",
        [
            ["MRN", "Start", "End", "Purpose"],
            ["A1", "9999-12-31T23:59:00Z", "", "a"],
            ["A1", "9999-12-31T23:00:00Z", "", "b"],
            ["A1", "0001-01-01T00:00:00+14:00", "", "c"],
            ["A1", "2199-12-31T23:00:00Z", "", "d"],
            ["A1", "2026-12-07T09:00:00Z", "9999-12-31T10:00:00Z", "e"],
            ["A1", "1879-12-31 10:00", "", "f"],
            ["A1", "2026-12-07T09:00:00+99:00", "", "g"],
        ],
    )
    before = _state(store)
    plan = _plan(store, path, ImportKind.APPOINTMENTS)
    assert [(p.row, p.column) for p in plan.problems] == [
        (2, "Start"),
        (3, "Start"),
        (4, "Start"),
        (5, "Start"),
        (6, "End"),
        (7, "Start"),
        (8, "Start"),
    ]
    messages = [p.message for p in plan.problems]
    assert messages[0] == (
        "The date 9999-12-31 is outside the dates carebook keeps "
        "(1880-01-01 to 2199-12-31); check the year."
    )
    assert "The date 0001-01-01 is outside" in messages[2]
    assert "The start 2200-01-01 is outside" in messages[3]  # 08:00 on New Year's Day in Tokyo
    assert "The date 9999-12-31 is outside" in messages[4]
    assert "The date 1879-12-31 is outside" in messages[5]
    assert "no real UTC offset (+99:00)" in messages[6]
    with pytest.raises(ImportRefused):
        plan.batch()
    assert _state(store) == before


@pytest.mark.parametrize(
    ("header", "kind", "cell"),
    [
        ("DOB", ImportKind.PATIENTS, "9999-12-31"),
        ("DOB", ImportKind.PATIENTS, "1066-10-14"),
        ("Due", ImportKind.TASKS, "9999-12-31"),
        ("Due", ImportKind.TASKS, "31/12/9999 23:00"),
        ("Due", ImportKind.TASKS, "2199-12-31T23:30:00-10:00"),
    ],
)
def test_far_dates_in_other_columns_are_row_problems(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    header: str,
    kind: ImportKind,
    cell: str,
) -> None:
    monkeypatch.setenv("TZ", NEW_YORK)
    path = _write_csv(
        tmp_path / "far.csv", [["Task", "First name", header], ["Call", "Ruth", cell]]
    )
    mapping = (
        {0: "title", 2: "due_date"} if kind is ImportKind.TASKS else {1: "given", 2: "birth_date"}
    )
    source = open_spreadsheet(path)
    plan = plan_import(source, kind, mapping, [], today=TODAY)
    assert [(p.row, p.column) for p in plan.problems] == [(2, header)]
    assert "outside the dates carebook keeps (1880-01-01 to 2199-12-31)" in plan.problems[0].message


# -- all or nothing -----------------------------------------------------------------------------


def test_a_failure_part_way_through_leaves_no_record(store: Store, tmp_path: Path) -> None:
    store.patients.add_patient(Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3)))
    before = _state(store)
    plan = _plan(store, SYNTHEA / "patients.csv")
    # The 30th new patient is refused by the file, as a full disk would refuse it.
    store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON patient"
        " WHEN (SELECT count(*) FROM patient) >= 30 BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(SaveError, match="nothing was saved"):
        store.imports.apply_import(plan.batch())
    store.conn.execute("DROP TRIGGER refuse")
    assert _state(store) == before


def _indexes(store: Store) -> list[tuple[str, str]]:
    return store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
        " AND tbl_name = 'patient' ORDER BY name"
    ).fetchall()


def test_a_bulk_import_makes_the_indexes_again_or_keeps_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_import, "BULK_ROWS", 10)  # as 10,000 rows would
    indexes = _indexes(store)
    cache = store.conn.execute("PRAGMA cache_size").fetchone()
    assert len(indexes) >= 5
    plan = _plan(store, SYNTHEA / "patients.csv")
    store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON patient"
        " WHEN NEW.given = 'Avery919' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(SaveError):
        store.imports.apply_import(plan.batch())
    store.conn.execute("DROP TRIGGER refuse")
    assert _indexes(store) == indexes and store.counts().patients == 0
    assert store.conn.execute("PRAGMA cache_size").fetchone() == cache
    store.imports.apply_import(plan.batch())
    assert _indexes(store) == indexes and store.counts().patients == 40
    assert store.conn.execute("PRAGMA cache_size").fetchone() == cache
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert store.patients.find_patients("Avery919")


def test_a_failing_merge_after_the_inserts_undoes_them(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.patients.add_patient(Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3)))
    before = _state(store)
    plan = _plan(store, _duplicates_file(tmp_path))

    def broken(self: Imports, merge: object, today: date) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Imports, "_merge", broken)
    with pytest.raises(SaveError, match="disk is full"):
        store.imports.apply_import(plan.batch(DuplicateChoice.MERGE))
    assert _state(store) == before


def test_an_unchecked_batch_is_checked_by_the_store(store: Store) -> None:
    from carebook.core.errors import ValidationError

    batch = ImportBatch(kind="patients", patients=[Patient(given="A"), Patient(family="")])
    with pytest.raises(ValidationError, match="needs a name"):
        store.imports.apply_import(batch)
    assert store.counts().patients == 0


def test_a_merge_into_a_deleted_patient_writes_nothing(store: Store, tmp_path: Path) -> None:
    elise = store.patients.add_patient(
        Patient(given="Élise", family="Dupont", birth_date=date(1940, 2, 3))
    )
    plan = _plan(store, _duplicates_file(tmp_path))
    store.patients.delete_patient(elise.id or 0)
    before = _state(store)
    with pytest.raises(LookupError):
        store.imports.apply_import(plan.batch(DuplicateChoice.MERGE))
    assert _state(store) == before


# -- the store's quicker name keys ----------------------------------------------------------------


@given(st.lists(st.text(max_size=12), min_size=7, max_size=7))
def test_quick_name_keys_agree_with_name_keys(parts: list[str]) -> None:
    given_, family, preferred, phone, alt, mrn, postal = parts
    patient = Patient(
        given=given_,
        family=family,
        preferred_name=preferred,
        phone=phone,
        phone_alt=alt,
        external_id=mrn,
        postal_code=postal,
    )
    assert _name_keys(patient) == (
        patient_sort_key(family, given_, preferred),
        patient_search_key(given_, family, preferred, phone, alt, mrn, postal),
    )


@given(
    st.one_of(
        st.builds(
            Patient,
            birth_date=st.none() | st.dates(),
            sex=st.none() | st.sampled_from(Sex),
            lat=st.none() | st.floats(-90, 90) | st.integers(-90, 90),
            status=st.sampled_from(PatientStatus),
        ),
        st.builds(
            Medication,
            patient_id=st.integers(1, 9),
            start_date=st.none() | st.dates(),
            status=st.sampled_from(MedicationStatus),
            as_needed=st.booleans(),
        ),
        st.builds(
            Appointment,
            patient_id=st.integers(1, 9),
            start=st.datetimes(),
            kind=st.sampled_from(AppointmentKind),
            duration_min=st.integers(5, 600),
        ),
        st.builds(Task, due_date=st.none() | st.dates(), status=st.sampled_from(TaskStatus)),
        st.builds(
            Allergy,
            patient_id=st.integers(1, 9),
            severity=st.none() | st.sampled_from(AllergySeverity),
            noted_date=st.none() | st.dates(),
        ),
        st.builds(
            Condition,
            patient_id=st.integers(1, 9),
            onset_date=st.none() | st.dates(),
            status=st.sampled_from(ConditionStatus),
        ),
    )
)
def test_quick_stored_values_agree_with_to_values(record: Any) -> None:
    names = columns(type(record))
    assert _stored_values(type(record), names)(record, ("more",)) == (
        *to_values(record, names),
        "more",
    )


def test_linked_records_already_there_or_earlier_in_the_file_are_likely_duplicates(
    store: Store, tmp_path: Path
) -> None:
    ann = store.patients.add_patient(Patient(given="Ann", family="Lee", external_id="M1"))
    bo = store.patients.add_patient(Patient(given="Bo", family="Kent", external_id="M2"))
    assert ann.id is not None and bo.id is not None
    store.medications.add_medication(
        Medication(patient_id=ann.id, name="Metformin 500 mg", start_date=date(2024, 1, 5))
    )
    path = _write_csv(
        tmp_path / "meds.csv",
        [
            ["MRN", "Medication", "Start date"],
            ["M1", "metformin  500 MG", "2024-01-05"],  # already there, written otherwise
            ["M1", "Metformin 500 mg", "2024-03-01"],  # started again later: new
            ["M2", "Metformin 500 mg", "2024-01-05"],  # another patient's: new
            ["M2", "Metformin 500 mg", "2024-01-05"],
        ],
    )  # the row before, again
    source = open_spreadsheet(path)
    plan = plan_import(
        source,
        ImportKind.MEDICATIONS,
        propose_mapping(source.header, ImportKind.MEDICATIONS),
        store.imports.patient_keys(),
        today=store.today(),
        existing=store.imports.record_keys("medications"),
    )
    assert [str(d) for d in plan.duplicates] == [
        "row 2: same medication and start date as one already in the caseload",
        "row 5: repeats row 4 of this file (same medication and start date)",
    ]
    assert len(plan.batch().medications) == 2
    assert len(plan.batch(DuplicateChoice.MERGE).medications) == 2  # no merge but a patient's
    assert len(plan.batch({5: DuplicateChoice.ADD}).medications) == 3
    assert len(plan.batch(DuplicateChoice.ADD).medications) == 4


@pytest.mark.parametrize(
    ("kind", "header", "row", "add"),
    [
        (
            "allergies",
            ["MRN", "Allergen"],
            ["M1", "PENICILLIN"],
            lambda pid: Allergy(patient_id=pid, substance="Penicillin"),
        ),
        (
            "conditions",
            ["MRN", "Condition", "Onset"],
            ["M1", "Gout", "2020-02-02"],
            lambda pid: Condition(patient_id=pid, description="gout", onset_date=date(2020, 2, 2)),
        ),
        (
            "tasks",
            ["MRN", "Task", "Due"],
            ["M1", "Call GP", "2026-03-09"],
            lambda pid: Task(patient_id=pid, title="Call GP", due_date=date(2026, 3, 9)),
        ),
        (
            "appointments",
            ["MRN", "Date", "Time"],
            ["M1", "2026-03-09", "10:30"],
            lambda pid: Appointment(patient_id=pid, start=datetime(2026, 3, 9, 10, 30)),
        ),
    ],
)
def test_each_linked_kind_finds_what_is_already_there(
    store: Store, tmp_path: Path, kind: str, header: list[str], row: list[str], add: Any
) -> None:
    patient = store.patients.add_patient(Patient(given="Ann", family="Lee", external_id="M1"))
    assert patient.id is not None
    record = add(patient.id)
    {
        "allergies": store.patients.add_allergy,
        "conditions": store.patients.add_condition,
        "tasks": store.tasks.add_task,
        "appointments": store.appointments.add_appointment,
    }[kind](record)
    plan = _plan(
        store,
        _write_csv(tmp_path / "rows.csv", [header, row]),
        ImportKind(kind),
        existing=store.imports.record_keys(kind),
    )
    assert plan.problems == [] and len(plan.duplicates) == 1
    assert str(plan.duplicates[0]).endswith("as one already in the caseload")


def test_the_module_docstring_describes_the_api() -> None:
    doc = import_plan.__doc__ or ""
    for name in (
        "open_spreadsheet",
        "propose_mapping",
        "check_mapping",
        "find_date_order",
        "patient_keys",
        "record_keys",
        "plan_import",
        "batch",
        "apply_import",
        "ImportCancelled",
    ):
        assert name in doc
    assert codecs.lookup("cp1252")  # the encodings named in spreadsheet exist here
