"""`carebook export all --format fhir` on the 10,000-patient caseload, against its floor.

The floor is the same mapping with nothing else: every patient's resources made by the
per-patient mapping (with the referrals, documented visits, notes and readings), the team's
tasks and the directory's other contacts, written as compact JSON to a file, in one loop, with
no check, no reading back and no extension. The command does that and more (the checks of codes
and references, carebook's extension where FHIR's elements do not carry a field, the file
written aside and renamed), so the ratio says what those cost. Run on demand:
pytest tests/benchmarks --benchmarks -s -k fhir_speed
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from carebook.interop.fhir import values as fv
from carebook.interop.fhir.contact import contact_resource
from carebook.interop.fhir.encounter import encounter_resource
from carebook.interop.fhir.measured import measure_kinds, measured_resources
from carebook.interop.fhir.note import note_resource
from carebook.interop.fhir.patient_record import PatientRecord
from carebook.interop.fhir.task import task_resource
from carebook.store.caseload import Store
from tests.benchmarks.own_peak import run_carebook

pytestmark = pytest.mark.benchmark

#: The issue's bound: the export within twice its floor.
LIMIT = 2.0


def _floor(path: Path, output: Path) -> None:
    """The mapping alone, compact JSON to `output` (see the module's docstring)."""
    store = Store.open(path)
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    contacts: dict[int, dict[str, object]] = {}
    try:
        with output.open("w", encoding="utf-8") as stream:
            stream.write('{"resourceType":"Bundle","type":"collection","entry":[')
            kinds, definitions = measure_kinds(store)
            for patient_id in store.fhir_links.fhir_patient_ids():
                patient = store.patients.patient(patient_id)
                assert patient is not None
                record = PatientRecord(store, patient, contacts)
                record.make()
                record.add_referrals(store.referrals.referrals(patient_id))
                made = [*definitions, *record.resources]
                definitions = []
                series = {a.id: a for a in store.appointments.appointments_for(patient_id)}
                for visit in store.fhir_links.fhir_visit_records(patient_id):
                    outcome = store.visit_records.visit_status(
                        visit.appointment_id, visit.original_start
                    )
                    made.append(
                        encounter_resource(
                            visit, series[visit.appointment_id], outcome, record.subject
                        )
                    )
                made.extend(
                    note_resource(note, record.subject, None)
                    for note in store.patients.notes_for(patient_id)
                )
                made.extend(measured_resources(store, patient_id, record.subject, kinds))
                for made_one in made:
                    stream.write(encoder.encode(made_one) + ",\n")
            for task in store.fhir_links.fhir_team_tasks():
                stream.write(encoder.encode(fv.prune(task_resource(task, None))) + ",\n")
            for contact in store.fhir_links.fhir_contacts():
                if contact.id not in contacts:
                    stream.write(encoder.encode(fv.prune(contact_resource(contact))) + ",\n")
            stream.write("{}]}\n")
    finally:
        store.close()


def _command(path: Path, output: Path) -> tuple[float, float]:
    """The command's seconds and its own peak memory (MiB), run as a user runs it."""
    return run_carebook("--db", str(path), "export", "all", "--format", "fhir", "-o", str(output))


def test_the_whole_caseload_exports_within_twice_its_floor(
    big_caseload: Path, tmp_path: Path
) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(big_caseload, path)
    path.read_bytes()  # the file in the page cache for both
    floor_file, export_file = tmp_path / "floor.json", tmp_path / "export.json"
    started = time.perf_counter()
    _floor(path, floor_file)
    floor = time.perf_counter() - started
    figure, peak = _command(path, export_file)
    ratio = figure / floor
    with export_file.open(encoding="utf-8") as lines:  # an entry a line, not read whole
        entries = sum(line.startswith('{"fullUrl":') for line in lines)
    print(
        f"\nexport all --format fhir, {entries:,} resources: {figure:.2f} s, "
        f"{export_file.stat().st_size / 1e6:.0f} MB, peak {peak:.0f} MiB; floor (the mapping, "
        f"compact JSON) {floor:.2f} s, {floor_file.stat().st_size / 1e6:.0f} MB; "
        f"ratio {ratio:.2f} (limit {LIMIT})"
    )
    assert entries > 10 * 10_000  # every patient's records, not an empty Bundle
    assert ratio <= LIMIT
