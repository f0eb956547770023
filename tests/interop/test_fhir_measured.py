"""The measured record through FHIR: assessments (each version, with its answers), readings in
their stored unit, the coordinator's own measures, documents byte for byte, and a goal's measure,
exported as valid R4 and imported into an empty caseload exactly as they were."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.observationdefinition import ObservationDefinition
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import (
    AssessmentResult,
    MeasureKind,
    Measurement,
    PatientDocument,
)
from carebook.core.records import CarePlan, Goal, Patient
from carebook.core.recurrence import local_zone_name
from carebook.core.vocabularies import DocumentCategory
from carebook.interop.fhir.bundle import check_bundle
from carebook.interop.fhir.caseload import export_caseload
from carebook.interop.fhir.imports import import_files
from carebook.store.caseload import Store

GENERATED = datetime(2026, 12, 7, 9, 30).astimezone()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + bytes(range(256))
Json = dict[str, Any]
MODELS = {
    "Observation": Observation,
    "ObservationDefinition": ObservationDefinition,
    "QuestionnaireResponse": QuestionnaireResponse,
    "DocumentReference": DocumentReference,
}


def _clock() -> datetime:
    return datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def measured(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    patient = store.patients.add_patient(Patient(given="Ada", family="Lovell"))
    assert patient.id is not None
    pid = patient.id
    girth = store.measurements.add_measure_kind(
        MeasureKind(name="Calf girth, left", unit="cm", normal_low=30.5, normal_high=38.25)
    )
    readings = (
        Measurement(
            patient_id=pid,
            kind="bp",
            taken_at=datetime(2026, 11, 2, 9, 15),
            value=142.0,
            second=91.0,
            tz="Europe/London",
        ),
        Measurement(
            patient_id=pid,
            kind="weight",
            taken_at=datetime(2026, 11, 2, 9, 20),
            value=0.1 + 72.2,
            entered_unit="lb",
            tz="America/New_York",
        ),
        Measurement(
            patient_id=pid,
            kind="temperature",
            taken_at=datetime(2026, 11, 3, 7, 0),
            value=37.15,
            note="After a walk",
            tz="Europe/London",
        ),
        Measurement(
            patient_id=pid,
            kind="pulse",
            taken_at=datetime(2026, 11, 3, 7, 0),
            value=240.0,
            override_reason="Re-checked: fast AF",
            tz="Europe/London",
        ),
        Measurement(
            patient_id=pid,
            kind=f"custom:{girth.id}",
            value=36.7,
            taken_at=datetime(2026, 11, 4, 12, 0),
            tz="Europe/London",
        ),
    )
    for reading in readings:
        store.measurements.add_measurement(reading)
    answers = {"q1": 2, "q2": 2, "q3": 1, "q4": 3, "q5": 0, "q6": 1, "q7": 2, "q8": 0, "q9": 1}
    first = store.assessments.record(
        AssessmentResult(
            patient_id=pid,
            instrument="phq-9",
            on_date=date(2026, 10, 1),
            total=0,
            scored_by="R. Nurse",
            comment="Low since the move",
        ),
        answers,
    ).result
    store.assessments.correct(
        first,
        AssessmentResult(
            patient_id=pid,
            instrument="phq-9",
            on_date=date(2026, 10, 1),
            total=0,
            scored_by="R. Nurse",
            comment="Item 4 was misread",
        ),
        {**answers, "q4": 1},
    )
    store.assessments.record(
        AssessmentResult(patient_id=pid, instrument="moca", on_date=date(2026, 9, 9), total=0),
        None,
        24,
    )
    store.documents.add_document(
        PatientDocument(
            patient_id=pid,
            category=DocumentCategory.POLST,
            title="POLST 2025",
            signed_on=date(2025, 3, 1),
            review_on=date(2027, 3, 1),
            notes="On the fridge",
            file_name="",
            media_type="",
            size=0,
            attachment_id=0,
        ),
        Attachment(name="polst.pdf", media_type="application/pdf", content=PDF),
    )
    plan = store.care_plans.add_care_plan(CarePlan(patient_id=pid, title="Mood"))
    assert plan.id is not None
    store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            description="Feel better",
            measure="phq-9",
            measure_target=9.5,
            measure_below=True,
        )
    )
    store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            description="Keep weight",
            measure="weight",
            measure_target=70.25,
            measure_below=False,
        )
    )
    yield store
    store.close()


def _plain(record: Any, *leave_out: str) -> tuple[Any, ...]:
    return tuple(
        (f.name, getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in ("id", "patient_id", "care_plan_id", *leave_out)
    )


def measured_record(store: Store) -> dict[str, Any]:
    """The measured record of every patient, each link as what it names, without ids."""
    kinds = {k.id: _plain(k) for k in store.measurements.measure_kinds()}
    found: dict[str, Any] = {"measures": sorted(map(repr, kinds.values())), "patients": []}
    for pid in store.fhir_links.fhir_patient_ids():
        results = {r.id: r for r in store.assessments.results(pid, with_superseded=True)}
        documents = store.documents.documents(pid)
        found["patients"].append(
            {
                "assessments": sorted(
                    repr(
                        (
                            _plain(r, "replaces_id"),
                            _plain(results[r.replaces_id]) if r.replaces_id else None,
                        )
                    )
                    for r in results.values()
                ),
                "readings": sorted(
                    repr(
                        (
                            _plain(m, "kind"),
                            kinds.get(int(m.kind[7:])) if m.kind.startswith("custom:") else m.kind,
                        )
                    )
                    for m in store.measurements.readings(pid)
                ),
                "documents": sorted(
                    repr((_plain(d, "attachment_id"), store.documents.content(d)))
                    for d in documents
                ),
                "goals": sorted(
                    repr(_plain(g, "problem_id"))
                    for plan in store.care_plans.care_plans(pid)
                    for g in store.care_plans.goals(plan.id or 0)
                ),
            }
        )
    return found


def _export(store: Store, path: Path, **options: Any) -> Json:
    text = export_caseload(store, generated=GENERATED, **options)
    path.write_text(text, encoding="utf-8")
    bundle: Json = json.loads(text)
    return bundle


def test_the_measured_record_round_trips_exactly(measured: Store, tmp_path: Path) -> None:
    bundle = _export(measured, tmp_path / "out.json")
    check_bundle(bundle)
    resources = [e["resource"] for e in bundle["entry"]]
    for resource in resources:
        model = MODELS.get(resource["resourceType"])
        if model is not None:
            model.model_validate(resource)
    codes = {
        c["code"]
        for r in resources
        if r["resourceType"] == "Observation"
        for c in r["code"].get("coding", [])
    }
    assert {"85354-9", "44261-6", "29463-7", "8310-5", "8867-4"} <= codes
    panel = next(r for r in resources if "component" in r)
    assert [c["code"]["coding"][0]["code"] for c in panel["component"]] == ["8480-6", "8462-4"]
    phq = [r for r in resources if r["id"].startswith("assessment-")]
    assert any("derivedFrom" in r for r in phq)

    target = Store.open(tmp_path / "empty.sqlite3", clock=_clock)
    try:
        report = import_files(target, [tmp_path / "out.json"], zone=local_zone_name())
        assert report.errors == [] and report.skipped == [], report.text()
        assert measured_record(target) == measured_record(measured)
        again = import_files(target, [tmp_path / "out.json"], zone=local_zone_name())
        assert again.applied is not None and not again.applied.changed_anything
        assert measured_record(target) == measured_record(measured)
        bundle_again = _export(target, tmp_path / "again.json")
        assert len(bundle_again["entry"]) == len(bundle["entry"])
    finally:
        target.close()


def test_documents_left_out_are_named_and_skipped_on_import(
    measured: Store, tmp_path: Path
) -> None:
    bundle = _export(measured, tmp_path / "out.json", documents=False)
    document = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["id"].startswith("document-")
    )
    assert "data" not in document["content"][0]["attachment"]
    assert document["content"][0]["attachment"]["title"] == "polst.pdf"
    target = Store.open(tmp_path / "empty.sqlite3", clock=_clock)
    try:
        report = import_files(target, [tmp_path / "out.json"], zone=local_zone_name())
        assert report.errors == []
        assert any("does not hold" in finding.what for finding in report.skipped)
        patient_id = target.fhir_links.fhir_patient_ids()[0]
        assert target.documents.documents(patient_id) == []
        assert len(target.measurements.readings(patient_id)) == 5
    finally:
        target.close()


def test_an_ehrs_observations_are_counted_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "Observation.ndjson"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "resourceType": "Observation",
                    "id": f"o{n}",
                    "status": "final",
                    "code": {"text": "HbA1c"},
                }
            )
            for n in range(3)
        ),
        encoding="utf-8",
    )
    target = Store.open(tmp_path / "empty.sqlite3", clock=_clock)
    try:
        report = import_files(target, [path], zone=local_zone_name())
        assert dict(report.not_kept) == {"Observation": 3}
    finally:
        target.close()
