"""carebook's own whole-caseload export imported a patient at a time: the same caseload and the
same report as the whole Bundle read at once, all or nothing, and any other file read whole."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from carebook.core.records import CareTeamMember, Contact, Medication, Patient
from carebook.core.recurrence import local_zone_name
from carebook.core.vocabularies import ContactRole
from carebook.interop.fhir import imports
from carebook.interop.fhir.by_patient import own_layout
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.imports import Plan, import_files, import_reading
from carebook.interop.fhir.read import Reading, read_files
from carebook.interop.fhir.report import ImportReport
from carebook.sample.demo import fill
from carebook.store.caseload import Store
from tests.interop.fhir.test_fhir_caseload import GENERATED, canonical, differences

ZONE = "Europe/London"


#: A small sample: what is proved is the same for 12 patients as for 40, at a third the time.
PATIENTS = 12


@pytest.fixture(scope="module")
def small_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sample caseload of a dozen patients, made once for the module; read, never changed."""
    path = tmp_path_factory.mktemp("sample") / "caseload.sqlite3"
    store = Store.open(path)
    try:
        fill(store, patients=PATIENTS, seed=7)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def made_export(small_sample: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample's export, as `export all --format fhir` writes it, made once for the
    module (tests change their own copies)."""
    folder = tmp_path_factory.mktemp("export")
    copy = folder / "caseload.sqlite3"
    shutil.copyfile(small_sample, copy)
    store = Store.open(copy)
    try:
        path = folder / "caseload.fhir.json"
        path.write_text(export_caseload(store, generated=GENERATED), encoding="utf-8")
    finally:
        store.close()
    return path


@pytest.fixture
def export(made_export: Path, tmp_path: Path) -> Path:
    """A copy of the sample's export for one test to read or change."""
    path = tmp_path / "caseload.fhir.json"
    shutil.copyfile(made_export, path)
    return path


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[Reading]:
    """What each planning of an import was given."""
    given: list[Reading] = []

    def planned(reading: Reading, **options: Any) -> Plan:
        given.append(reading)
        return plan(reading, **options)

    plan = imports.plan_import
    monkeypatch.setattr(imports, "plan_import", planned)
    return given


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[list[Store]]:
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


def _empty(stores: list[Store], path: Path) -> Store:
    store = Store.open(path)
    stores.append(store)
    return store


def _whole(store: Store, path: Path, **options: Any) -> ImportReport:
    """The file imported as any Bundle is: read whole, planned at once."""
    options.setdefault("zone", ZONE)
    return import_reading(store, read_files([path], keep=imports._HELD.__contains__), **options)


def _patients(reading: Reading) -> int:
    return sum(found.resource["resourceType"] == "Patient" for found in reading.found)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_the_export_is_imported_a_patient_at_a_time_as_the_whole_bundle_would_be(
    export: Path, tmp_path: Path, stores: list[Store], readings: list[Reading]
) -> None:
    assert own_layout(export)
    by_parts = _empty(stores, tmp_path / "by_parts.sqlite3")
    report = import_files(by_parts, [export], zone=ZONE)
    patients = [_patients(reading) for reading in readings]
    assert max(patients) == 1 and sum(patients) == PATIENTS  # never more than one patient planned
    readings.clear()
    whole = _empty(stores, tmp_path / "whole.sqlite3")
    expected = _whole(whole, export)
    assert [_patients(reading) for reading in readings] == [PATIENTS]
    assert report.text() == expected.text()
    assert report.applied is not None and report.applied.changed_anything
    assert differences(canonical(whole), canonical(by_parts)) == []
    # One undo step and one line of the activity log for the whole file.
    logged = by_parts.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'")
    assert logged.fetchone()[0] == 1

    again = import_files(by_parts, [export], zone=ZONE)
    assert again.applied is not None and not again.applied.changed_anything


def test_a_dry_run_counts_what_the_import_writes_and_writes_nothing(
    export: Path, tmp_path: Path, stores: list[Store]
) -> None:
    store = _empty(stores, tmp_path / "empty.sqlite3")
    tried = import_files(store, [export], zone=ZONE, dry_run=True)
    assert store.counts().patients == 0
    done = import_files(store, [export], zone=ZONE)
    assert tried.applied is not None and done.applied is not None
    assert tried.applied.created == done.applied.created
    assert store.counts().patients == PATIENTS


def test_an_error_in_a_later_patient_writes_nothing_and_is_listed_with_the_rest(
    export: Path, tmp_path: Path, stores: list[Store]
) -> None:
    lines = _lines(export)
    last = max(n for n, line in enumerate(lines) if '"resourceType":"Condition"' in line)
    entry = json.loads(lines[last].rstrip(","))
    entry["resource"]["subject"] = {"reference": "Patient/nobody"}
    lines[last] = json.dumps(entry, separators=(",", ":")) + ("," if lines[last][-1] == "," else "")
    export.write_text("\n".join(lines), encoding="utf-8")
    assert own_layout(export)

    store = _empty(stores, tmp_path / "empty.sqlite3")
    report = import_files(store, [export], zone=ZONE)
    assert report.refused
    [error] = report.errors
    assert error.where == f"{export.name} entry {last}" and "Patient/nobody" in error.what
    assert store.counts().patients == 0  # the patients before it were written, then undone
    assert report.text() == _whole(_empty(stores, tmp_path / "whole.sqlite3"), export).text()

    skipped = import_files(store, [export], zone=ZONE, skip_invalid=True)
    assert skipped.applied is not None and [e.where for e in skipped.errors] == [error.where]
    assert store.counts().patients == PATIENTS


@pytest.mark.parametrize("change", ["indented", "edited", "cut short"])
def test_a_file_out_of_the_layout_is_read_whole(
    change: str,
    small_sample: Path,
    export: Path,
    tmp_path: Path,
    stores: list[Store],
    readings: list[Reading],
) -> None:
    """Only carebook's export as it writes it is read in parts; any other Bundle whole."""
    if change == "indented":
        copy = tmp_path / "sample.sqlite3"
        shutil.copyfile(small_sample, copy)
        store = Store.open(copy)
        try:
            export.write_text(
                export_caseload(store, generated=GENERATED, indent=True), encoding="utf-8"
            )
        finally:
            store.close()
        assert not own_layout(export)
    elif change == "edited":  # one entry over two lines: still the same JSON
        lines = _lines(export)
        lines[5] = lines[5].replace(',"resource":', ',\n"resource":', 1)
        export.write_text("\n".join(lines), encoding="utf-8")
    else:
        export.write_text("\n".join(_lines(export)[:-3]), encoding="utf-8")
    store = _empty(stores, tmp_path / "empty.sqlite3")
    report = import_files(store, [export], zone=local_zone_name())
    assert [_patients(reading) for reading in readings][-1:] == [
        0 if change == "cut short" else PATIENTS
    ]
    if change == "cut short":
        assert report.refused and "is not valid JSON" in report.errors[0].what
        assert store.counts().patients == 0
    else:
        assert report.errors == [] and store.counts().patients == PATIENTS


def test_a_contact_written_with_one_patient_takes_its_role_from_a_later_patients_team(
    tmp_path: Path, stores: list[Store]
) -> None:
    """Where the contact's resource does not say its role (carebook's extension left out, as
    another writer would), the whole Bundle's import takes it, and the organisation, from the
    first care team listing the contact; read in parts, that team comes with a later patient."""
    source = _empty(stores, tmp_path / "source.sqlite3")
    therapist = source.contacts.add_contact(
        Contact(name="Sam Okafor", role=ContactRole.THERAPIST, organization="Riverside Clinic")
    )
    first = source.patients.add_patient(Patient(given="Ann", family="Ash"))
    second = source.patients.add_patient(Patient(given="Ben", family="Birch"))
    assert first.id is not None and second.id is not None and therapist.id is not None
    source.medications.add_medication(
        Medication(patient_id=first.id, name="Baclofen", prescriber_id=therapist.id)
    )
    source.contacts.add_to_care_team(
        CareTeamMember(patient_id=second.id, contact_id=therapist.id, role=ContactRole.THERAPIST)
    )
    path = tmp_path / "export.json"
    lines = export_caseload(source, generated=GENERATED).split("\n")
    [at] = [n for n, line in enumerate(lines) if '"resourceType":"Practitioner"' in line]
    assert at < min(n for n, line in enumerate(lines) if '"resourceType":"CareTeam"' in line)
    entry = json.loads(lines[at].rstrip(","))
    del entry["resource"]["extension"]
    lines[at] = json.dumps(entry, separators=(",", ":")) + ","
    path.write_text("\n".join(lines), encoding="utf-8")
    assert own_layout(path)
    for name, imported in (("by_parts", import_files), ("whole", _whole)):
        store = _empty(stores, tmp_path / f"{name}.sqlite3")
        report = imported(store, [path] if name == "by_parts" else path, zone=ZONE)
        assert report.errors == [], report.text()
        [contact] = store.fhir_links.fhir_contacts()
        assert (contact.role, contact.organization) == (
            ContactRole.THERAPIST,
            "Riverside Clinic",
        ), name


def test_a_later_patients_team_reads_its_words_about_a_contact_written_before(
    tmp_path: Path, stores: list[Store]
) -> None:
    """A care team's notes name its members in words (fhir.sentences) where no extension says
    whose they are, as another writer's would: read in parts, a member written with an earlier
    patient is read again beside the team, so its notes read as in the whole Bundle."""
    source = _empty(stores, tmp_path / "source.sqlite3")
    nurse = source.contacts.add_contact(
        Contact(name="Jo Reid", role=ContactRole.NURSE_PRACTITIONER)
    )
    assert nurse.id is not None
    for given, notes in (("Ann", "Mondays only"), ("Ben", "Rings before each visit")):
        patient = source.patients.add_patient(Patient(given=given, family="Ash"))
        assert patient.id is not None
        source.contacts.add_to_care_team(
            CareTeamMember(
                patient_id=patient.id,
                contact_id=nurse.id,
                role=ContactRole.NURSE_PRACTITIONER,
                notes=notes,
            )
        )
    path = tmp_path / "export.json"
    lines = export_caseload(source, generated=GENERATED).split("\n")
    [at] = [n for n, line in enumerate(lines) if "care-team-patient-2" in line[:80]]
    entry = json.loads(lines[at].rstrip(","))
    [note] = entry["resource"]["note"]
    assert "Rings before each visit" in note.pop("extension")[0]["extension"][2]["valueString"]
    lines[at] = json.dumps(entry, separators=(",", ":")) + ("," if lines[at][-1] == "," else "")
    path.write_text("\n".join(lines), encoding="utf-8")
    assert own_layout(path)
    store = _empty(stores, tmp_path / "empty.sqlite3")
    report = import_files(store, [path], zone=ZONE)
    assert report.errors == [] and report.warnings == [], report.text()
    assert differences(canonical(source), canonical(store)) == []


def test_the_export_gzipped_is_imported_a_patient_at_a_time_too(
    export: Path, tmp_path: Path, stores: list[Store], readings: list[Reading]
) -> None:
    packed = tmp_path / "caseload.fhir.json.gz"
    packed.write_bytes(gzip.compress(export.read_bytes()))
    assert own_layout(packed)
    by_parts = _empty(stores, tmp_path / "by_parts.sqlite3")
    report = import_files(by_parts, [packed], zone=ZONE)
    assert max(_patients(reading) for reading in readings) == 1
    whole = _empty(stores, tmp_path / "whole.sqlite3")
    assert report.text() == _whole(whole, packed).text()
    assert differences(canonical(whole), canonical(by_parts)) == []
