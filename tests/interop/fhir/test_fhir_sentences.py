"""carebook's own FHIR read back whatever its sentences say: the values FHIR has no element for
("Next review due …", "Transport: …", a medication's history) travel as typed fields of
carebook's extension, and an older export that has only the sentences still reads the same.

The two fixtures are carebook's exports from before the typed fields, made from the caseload
`sentence_caseload` builds (the sample of 20 patients, seed 3, as on 3 March 2026 in UTC,
trimmed to one patient who has every kind of sentence, and the contacts they use) by the code
`carebook export all --format fhir` (carebook-export-sentences.json) and `carebook careplan 16
--format fhir` (carebook-careplan-sentences.json) run, stamped 3 March 2026 09:30. They are
kept as they were written: they stand for the files coordinators already have.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest

from carebook.core.records import Allergy
from carebook.core.vocabularies import AllergySeverity, ConditionStatus
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.bundle import bundle_json
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.document import patient_bundle
from carebook.interop.fhir.imports import import_files
from carebook.sample import demo
from carebook.store.caseload import Store
from tests.interop.fhir.test_fhir_caseload import canonical, differences

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fhir"
OLD_EXPORT = FIXTURES / "carebook-export-sentences.json"
OLD_DOCUMENT = FIXTURES / "carebook-careplan-sentences.json"
NOW = datetime(2026, 3, 3, 9, 0)
GENERATED = datetime(2026, 3, 3, 9, 30)
#: The sample patient kept: their record has every kind of sentence but one (added below).
KEPT = 16

Json = dict[str, Any]


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in UTC, as the fixtures were made: times without a zone read alike."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def sentence_caseload(path: Path) -> Store:
    """The caseload the fixtures were exported from."""
    store = Store.open(path, clock=lambda: NOW)
    # The fixtures were made before the sample kept one coordinator's diary: its visits timed
    # patient by patient, as a team's caseload still is.
    with patch.object(demo, "ONE_COORDINATOR", 0):
        demo.fill(store, patients=20, seed=3)
    for patient_id in store.fhir_links.fhir_patient_ids():
        if patient_id != KEPT:
            store.patients.delete_patient(patient_id)
    used = {member.contact_id for member, _contact in store.contacts.care_team(KEPT)}
    used |= {
        contact_id
        for medication in store.medications.medications(KEPT)
        for contact_id in (medication.prescriber_id, medication.pharmacy_id)
    }
    used |= {appointment.contact_id for appointment in store.appointments.appointments_for(KEPT)}
    used |= {
        intervention.contact_id
        for plan in store.care_plans.care_plans(KEPT)
        for intervention in store.care_plans.interventions(plan.id or 0)
    }
    for contact in store.fhir_links.fhir_contacts():
        if contact.id not in used:
            store.contacts.delete_contact(contact.id or 0)
    # The sample has no condition that came back after it abated ("Abated …, active again").
    [stroke] = [c for c in store.patients.conditions(KEPT) if c.description == "Stroke (previous)"]
    store.patients.update_condition(
        dataclasses.replace(stroke, abatement_date=date(2021, 5, 1), status=ConditionStatus.ACTIVE)
    )
    patient = store.patients.patient(KEPT)
    assert patient is not None
    store.patients.update_patient(dataclasses.replace(patient, notes="Prefers morning visits"))
    return store


def _imported(tmp_path: Path, name: str, text: str) -> Store:
    """A new caseload holding what `text` (a FHIR file) imports as."""
    path = tmp_path / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / f"{name}.sqlite3", clock=lambda: NOW)
    report = import_files(store, [path], zone="UTC")
    assert report.errors == [] and report.warnings == [], report.text()
    return store


@pytest.fixture
def caseload(utc: None, tmp_path: Path) -> Iterator[Store]:
    store = sentence_caseload(tmp_path / "caseload.sqlite3")
    yield store
    store.close()


def test_an_older_caseload_export_reads_as_a_new_one(caseload: Store, tmp_path: Path) -> None:
    old = _imported(tmp_path, "old", OLD_EXPORT.read_text(encoding="utf-8"))
    new = _imported(tmp_path, "new", export_caseload(caseload, generated=GENERATED.astimezone()))
    try:
        assert differences(canonical(old), canonical(new)) == []
        assert differences(canonical(caseload), canonical(new)) == []
    finally:
        old.close()
        new.close()


def test_an_older_care_plan_document_reads_as_a_new_one(caseload: Store, tmp_path: Path) -> None:
    document = bundle_json(patient_bundle(caseload, KEPT, generated=GENERATED))
    old = _imported(tmp_path, "old", OLD_DOCUMENT.read_text(encoding="utf-8"))
    new = _imported(tmp_path, "new", document)
    try:
        assert differences(canonical(old), canonical(new)) == []
    finally:
        old.close()
        new.close()


# -- the words are for people ----------------------------------------------------------------------


def _reworded(data: Any) -> Counter[str]:
    """Put every sentence carebook writes for a value into other words, in place: what each
    reworded sentence held (its typed values), counted."""
    said: Counter[str] = Counter()
    if isinstance(data, list):
        for item in data:
            said += _reworded(item)
    elif isinstance(data, dict):
        held = ext.decode(data) if "resourceType" not in data else ext.Fields()
        if held and isinstance(data.get("text"), str):  # a note, or a concept's words
            data["text"] = "In other words: " + data["text"][::-1]
        elif held and isinstance(data.get("text"), dict):  # the document's notes section
            data["text"]["div"] = data["text"]["div"].replace("<p>", "<p>Put another way, ")
        said.update([*held.values, *held.empty, *held.children])
        if ext.decode(data.get("_comment")):
            data["comment"] = "\n".join(f"~ {line}" for line in data["comment"].split("\n"))
            said.update(["comment"])
        for value in data.values():
            said += _reworded(value)
    return said


def _untyped(data: Any) -> Any:
    """`data` without the typed values beside carebook's sentences, as an older carebook
    wrote it (the extension of a whole resource is kept)."""
    if isinstance(data, list):
        return [_untyped(item) for item in data]
    if isinstance(data, dict):
        kept = data if "resourceType" in data else ext.strip(data)
        return {key: _untyped(value) for key, value in kept.items() if key != "_comment"}
    return data


@pytest.fixture
def awkward(caseload: Store) -> Store:
    """The caseload with what its sample patient lacks: an allergy of no known reaction."""
    caseload.patients.add_allergy(
        Allergy(patient_id=KEPT, substance="Latex", severity=AllergySeverity.SEVERE)
    )
    caseload.patients.add_allergy(Allergy(patient_id=KEPT, substance="Penicillin", reaction="Rash"))
    return caseload


def _reading_of(tmp_path: Path, name: str, data: Json) -> dict[str, Any]:
    store = _imported(tmp_path, name, json.dumps(data, ensure_ascii=False))
    try:
        return canonical(store)
    finally:
        store.close()


#: What the sentences of the trimmed sample (and an allergy) hold, typed: each kind of sentence.
SENTENCES = {
    "abatement_date",  # a condition that came back after it abated
    "prescriber_id",  # a medication's prescriber …
    "pharmacy_id",  # … its pharmacy …
    "next_review",  # … its next review (and a care plan's) …
    "medication_event",  # … and its history
    "care_plan_review",  # a care plan's reviews
    "rrule",  # a task's repeat rule
    "comment",  # an appointment's notes, place, transport and repeat rule
    "contact_id",  # what the care team's notes say of a member
    "reaction",  # an allergy with no reaction recorded
}


def test_rewording_a_caseload_export_changes_nothing_imported(
    awkward: Store, tmp_path: Path
) -> None:
    data = json.loads(export_caseload(awkward, generated=GENERATED.astimezone()))
    as_written = _reading_of(tmp_path, "as-written", data)
    assert set(_reworded(data)) >= SENTENCES
    assert differences(as_written, _reading_of(tmp_path, "reworded", data)) == []
    assert differences(canonical(awkward), as_written) == []


def test_rewording_a_care_plan_document_changes_nothing_imported(
    awkward: Store, tmp_path: Path
) -> None:
    data = json.loads(bundle_json(patient_bundle(awkward, KEPT, generated=GENERATED)))
    as_written = _reading_of(tmp_path, "as-written", data)
    assert set(_reworded(data)) >= SENTENCES | {"access_notes", "notes"}
    assert differences(as_written, _reading_of(tmp_path, "reworded", data)) == []


def test_without_the_typed_values_reworded_sentences_read_otherwise(
    awkward: Store, tmp_path: Path
) -> None:
    """What the typed values guard against (so the tests above test something): reworded,
    a document with only the sentences reads back otherwise."""
    data = json.loads(bundle_json(patient_bundle(awkward, KEPT, generated=GENERATED)))
    as_written = _reading_of(tmp_path, "as-written", data)
    _reworded(data)
    older = _untyped(data)
    assert ext.URL not in json.dumps(older)
    assert differences(as_written, _reading_of(tmp_path, "reworded", older)) != []
