"""A patient's measured record as FHIR resources: assessment results (with their answers),
readings, and documents (their files held, or left out on purpose); and the coordinator's own
measures' definitions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carebook.core.clinical_records import MeasureKind
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.document_reference import document_resource
from carebook.interop.fhir.observation import (
    assessment_resource,
    measure_kind_resource,
    measurement_resource,
)
from carebook.interop.fhir.questionnaire_response import answers_resource

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]


def measure_kinds(store: Store) -> tuple[dict[int, MeasureKind], list[Json]]:
    """The coordinator's own measures by id, and each as an ObservationDefinition."""
    kinds = {kind.id or 0: kind for kind in store.measurements.measure_kinds()}
    return kinds, [fv.prune(measure_kind_resource(kind)) for kind in kinds.values()]


def measured_resources(
    store: Store,
    patient_id: int,
    subject: Json,
    kinds: dict[int, MeasureKind],
    *,
    documents: bool = True,
) -> list[Json]:
    """The patient's assessments (each version, oldest first, its answers before it), readings
    and documents (`documents` False: each file named, not held)."""
    made: list[Json] = []
    results = store.assessments.results(patient_id, with_superseded=True)
    for result in sorted(results, key=lambda r: r.id or 0):
        answers = answers_resource(result, subject)
        if answers is not None:
            made.append(fv.prune(answers))
        reference = fv.ref(answers) if answers is not None else None
        made.append(fv.prune(assessment_resource(result, subject, reference)))
    for measurement in sorted(store.measurements.readings(patient_id), key=lambda m: m.id or 0):
        made.append(fv.prune(measurement_resource(measurement, subject, kinds)))
    for document in sorted(store.documents.documents(patient_id), key=lambda d: d.id or 0):
        content = store.documents.content(document) if documents else None
        made.append(fv.prune(document_resource(document, subject, content)))
    return made
