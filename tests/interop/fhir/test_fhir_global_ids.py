"""A record's global id survives FHIR: exported as an identifier, kept by an import into any
caseload, and the record found by it when a teammate's caseload already holds it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.recurrence import local_zone_name
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.document import patient_bundle
from carebook.interop.fhir.global_ids import SYSTEM, global_id, record_of
from carebook.interop.fhir.imports import import_files
from carebook.storage import sync_state
from carebook.store.caseload import Store

GENERATED = datetime(2026, 3, 3, 9, 30).astimezone()
Json = dict[str, Any]

#: The tables whose records are resources of their own, so their global ids travel.
CARRIED = (
    "patient",
    "contact",
    "condition",
    "allergy",
    "medication",
    "appointment",
    "task",
    "note",
    "care_plan",
    "goal",
    "referral",
    "visit_record",
    "measurement",
    "measure_kind",
    "assessment_result",
    "patient_document",
)


@pytest.fixture
def sample(sample_db: Path) -> Iterator[Store]:
    store = Store.open(sample_db)
    yield store
    store.close()


def _uids(store: Store, table: str) -> set[str]:
    return {uid for (uid,) in store.conn.execute(f"SELECT uid FROM {table}")}


def _export(store: Store, path: Path) -> list[Json]:
    path.write_text(export_caseload(store, generated=GENERATED), encoding="utf-8")
    return [entry["resource"] for entry in json.loads(path.read_text())["entry"]]


def _import(store: Store, path: Path) -> Any:
    report = import_files(store, [path], zone=local_zone_name())
    assert report.errors == [] and report.skipped == [], report.text()
    assert report.applied is not None
    return report.applied


def test_each_exported_record_carries_its_global_id(sample: Store, tmp_path: Path) -> None:
    resources = _export(sample, tmp_path / "caseload.json")
    seen: set[str] = set()
    for resource in resources:
        made_from = record_of(resource)
        if made_from is None or made_from[0] not in CARRIED:
            continue
        table, row_id = made_from
        uid = sample.conn.execute(f"SELECT uid FROM {table} WHERE id = ?", [row_id]).fetchone()
        assert global_id(resource, table) == uid[0], resource["id"]
        seen.add(table)
    # every kind of record the sample has that is a resource of its own
    assert seen == {t for t in CARRIED if _uids(sample, t)}


def test_an_import_into_another_caseload_keeps_every_global_id(
    sample: Store, tmp_path: Path
) -> None:
    path = tmp_path / "caseload.json"
    _export(sample, path)
    with closing(Store.open(tmp_path / "other.sqlite3")) as other:
        _import(other, path)
        for table in CARRIED:
            assert _uids(other, table) == _uids(sample, table), table
        # a problem that is no condition of the patient's is a Condition of its own
        problems = "SELECT uid FROM problem WHERE condition_id IS NULL"
        assert set(other.conn.execute(problems)) == set(sample.conn.execute(problems))


def test_a_teammates_export_finds_the_records_by_their_global_ids(
    sample: Store, tmp_path: Path
) -> None:
    """A teammate's caseload holds the same records under the same ids but knows nothing of
    where the export came from: importing it makes nothing twice."""
    path = tmp_path / "caseload.json"
    _export(sample, path)
    with closing(Store.open(tmp_path / "teammate.sqlite3")) as teammate:
        _import(teammate, path)
        teammate.conn.execute("DELETE FROM fhir_link")  # a synced caseload has no links
        teammate.conn.commit()
        counts = {table: len(_uids(teammate, table)) for table in CARRIED}
        again = _import(teammate, path)
        assert sum(again.created.values()) == 0, again.created
        assert {table: len(_uids(teammate, table)) for table in CARRIED} == counts


def test_a_team_caseload_sends_the_imported_records_under_their_global_ids(
    sample: Store, tmp_path: Path
) -> None:
    path = tmp_path / "caseload.json"
    _export(sample, path)
    with closing(Store.open(tmp_path / "team.sqlite3")) as team:
        sync_state.join(team.conn, "team", "Team", "postgresql://hub/team", "fingerprint")
        _import(team, path)
        sent = {
            uid
            for (uid,) in team.conn.execute(
                "SELECT uid FROM sync_outbox WHERE kind = 'patient' AND op = 'put'"
            )
        }
        assert sent == _uids(sample, "patient")


def test_a_global_id_another_record_holds_is_not_taken(sample: Store, tmp_path: Path) -> None:
    """A file that gives a new patient the id of a different patient (a copy edited by hand)
    makes a new patient under an id of its own."""
    resources = _export(sample, tmp_path / "caseload.json")
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    taken = global_id(patient, "patient")
    edited = dict(patient, id="someone-else", birthDate="1901-01-01")
    edited.pop("meta", None)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": edited}]}
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    before = _uids(sample, "patient")
    applied = _import(sample, path)
    assert applied.created["patient"] == 1
    made = _uids(sample, "patient") - before
    assert len(made) == 1 and taken not in made


def test_the_patient_document_carries_the_global_ids(sample: Store) -> None:
    patient_id = sample.fhir_links.fhir_patient_ids()[0]
    bundle = patient_bundle(
        sample, patient_id, generated=GENERATED, global_ids=sample.fhir_links.fhir_global_ids
    )
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["id"].startswith("p"))
    uid = sample.conn.execute("SELECT uid FROM patient WHERE id = ?", [patient_id]).fetchone()[0]
    assert patient["resourceType"] == "Patient" and global_id(patient, "patient") == uid
    medications = [e["resource"] for e in bundle["entry"] if e["resource"]["id"].startswith("med")]
    assert medications and all(global_id(r, "medication") for r in medications)


@given(st.text(max_size=60))
def test_only_a_uuid_under_the_tables_own_system_is_a_global_id(value: str) -> None:
    resource = {"identifier": [{"system": SYSTEM + "patient", "value": value}]}
    found = global_id(resource, "patient")
    assert found in ("", value.strip().lower())
    if found:
        assert len(found) == 36 and found.count("-") == 4
    other = {"identifier": [{"system": SYSTEM + "contact", "value": value}]}
    assert global_id(other, "patient") == ""
