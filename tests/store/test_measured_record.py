"""A patient's measured record in the caseload: results scored and corrected as versions, an
urgent flag made a task, readings kept in their stored unit, documents kept whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.agenda import AgendaSpan
from carebook.core.clinical_records import AssessmentResult, Measurement, PatientDocument
from carebook.core.errors import ValidationError
from carebook.core.measures import stored, vital
from carebook.core.records import Patient
from carebook.core.today import review_line
from carebook.core.vocabularies import DocumentCategory, TaskPriority
from carebook.store.caseload import Store

NOW = datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: NOW)
    yield opened
    opened.close()


def _patient(store: Store) -> int:
    patient = store.patients.add_patient(Patient(given="Ann", family="Smith"))
    assert patient.id is not None
    return patient.id


def _phq9(answers: list[int]) -> dict[str, int]:
    return {f"q{n}": points for n, points in enumerate(answers, start=1)}


def test_a_phq9_is_scored_banded_and_its_self_harm_item_makes_an_urgent_task(
    store: Store,
) -> None:
    patient = _patient(store)
    result = AssessmentResult(patient_id=patient, instrument="phq-9", on_date=NOW.date(), total=0)
    kept = store.assessments.record(result, _phq9([1, 2, 1, 1, 0, 1, 2, 1, 1]))
    assert (kept.result.total, kept.result.band) == (10, "Moderate")
    assert kept.result.flags == "self-harm item"
    assert kept.task is not None and kept.task.priority is TaskPriority.URGENT
    assert store.tasks.tasks_for(patient)[0].title.startswith("PHQ-9: self-harm item")
    assert store.assessments.answers_of(kept.result)["q2"] == 2


def test_a_missing_item_is_refused_naming_it_and_nothing_is_kept(store: Store) -> None:
    patient = _patient(store)
    result = AssessmentResult(patient_id=patient, instrument="phq-9", on_date=NOW.date(), total=0)
    answers = _phq9([1, 2, 1, 1, 0, 1, 2, 1, 1])
    del answers["q4"]
    with pytest.raises(ValidationError, match="Item 4") as refused:
        store.assessments.record(result, answers)
    assert refused.value.field == "q4"
    assert store.assessments.results(patient) == []


def test_a_correction_is_a_new_version_and_the_old_is_kept(store: Store) -> None:
    patient = _patient(store)
    first = store.assessments.record(
        AssessmentResult(patient_id=patient, instrument="moca", on_date=date(2026, 11, 2), total=0),
        total=21,
    ).result
    corrected = store.assessments.correct(
        first,
        AssessmentResult(patient_id=patient, instrument="moca", on_date=date(2026, 11, 2), total=0),
        total=23,
    ).result
    assert [r.total for r in store.assessments.results(patient)] == [23]
    every = store.assessments.results(patient, with_superseded=True)
    assert [(r.total, r.superseded) for r in every] == [(21, True), (23, False)]
    assert corrected.replaces_id == first.id
    with pytest.raises(ValidationError, match="total only"):
        store.assessments.record(
            AssessmentResult(patient_id=patient, instrument="moca", on_date=NOW.date(), total=0),
            {"q1": 1},
        )


def test_a_reading_is_kept_in_its_stored_unit_and_a_typo_needs_a_reason(store: Store) -> None:
    patient = _patient(store)
    weight = Measurement(
        patient_id=patient,
        kind="weight",
        taken_at=NOW,
        value=stored(vital("weight"), 154, "lb"),
        entered_unit="lb",
    )
    store.measurements.add_measurement(weight)
    height = Measurement(patient_id=patient, kind="height", taken_at=NOW, value=165)
    store.measurements.add_measurement(height)
    assert store.measurements.bmi_of(patient) == 25.7
    typo = Measurement(patient_id=patient, kind="bp", taken_at=NOW, value=300, second=20)
    with pytest.raises(ValidationError, match="give a reason"):
        store.measurements.add_measurement(typo)
    typo.override_reason = "Read twice; the cuff was checked"
    store.measurements.add_measurement(typo)
    assert sorted(store.measurements.latest(patient)) == ["bp", "height", "weight"]


def test_a_document_is_kept_whole_with_its_file(store: Store, tmp_path: Path) -> None:
    patient = _patient(store)
    path = tmp_path / "directive.pdf"
    content = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    path.write_bytes(content)
    document = store.documents.add_document(
        PatientDocument(
            patient_id=patient,
            category=DocumentCategory.ADVANCE_DIRECTIVE,
            title="Advance directive",
            signed_on=date(2025, 3, 1),
            file_name="",
            media_type="",
            size=0,
            attachment_id=0,
        ),
        store.documents.read_file(path),
    )
    assert store.documents.content(document) == content
    assert store.documents.on_file(patient)[DocumentCategory.ADVANCE_DIRECTIVE].id == document.id
    lying = tmp_path / "card.png"
    lying.write_bytes(content)
    with pytest.raises(ValidationError, match="says it is a PNG but holds a PDF"):
        store.documents.read_file(lying)


def test_a_documents_review_date_is_a_review_due_on_today_and_the_agenda(
    store: Store, tmp_path: Path
) -> None:
    patient = _patient(store)
    path = tmp_path / "polst.pdf"
    path.write_bytes(b"%PDF-1.7\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    store.documents.add_document(
        PatientDocument(
            patient_id=patient,
            category=DocumentCategory.POLST,
            title="POLST",
            review_on=date(2026, 12, 1),
            file_name="",
            media_type="",
            size=0,
            attachment_id=0,
        ),
        store.documents.read_file(path),
    )
    (review,) = store.lists.reviews_due(NOW.date())
    assert (review.kind, review.what, review.overdue) == ("document", "POLST", True)
    assert review_line(review) == "Document review: POLST (Ann Smith) · overdue since 1 Dec"
    # The Agenda reads its reviews a page at a time, naming each from its own table.
    (paged,) = store.lists.reviews_in(AgendaSpan.day(NOW.date()), 0, 10)
    assert (paged.kind, paged.what) == ("document", "POLST")
