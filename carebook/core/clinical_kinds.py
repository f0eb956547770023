"""The kinds of a patient's measured record, declared for the kind registry (kinds.py)."""

from __future__ import annotations

from carebook.core import clinical_rules as rules
from carebook.core.clinical_records import (
    AssessmentResult,
    MeasureKind,
    Measurement,
    PatientDocument,
)
from carebook.core.kind import Absent, Kind, no_today
from carebook.core.words import QT_TRANSLATE_NOOP

_FHIR = "carebook.interop.fhir."
_RECORD = Absent("shown in the patient's record window, not in a list of its own")

CLINICAL_KINDS: tuple[Kind, ...] = (
    Kind(
        name="assessment",
        record=AssessmentResult,
        table="assessment_result",
        label_text=QT_TRANSLATE_NOOP("Kinds", "assessment"),
        plural_text=QT_TRANSLATE_NOOP("Kinds", "assessments"),
        owner="patient",
        owner_field="patient_id",
        check=rules.check_assessment,
        duplicate_key=Absent("each scoring is its own, kept with its versions"),
        listing=_RECORD,
        undo_root="assessment",
        fhir=_FHIR + "observation",
        part="assessments",
    ),
    Kind(
        name="measurement",
        record=Measurement,
        table="measurement",
        label_text=QT_TRANSLATE_NOOP("Kinds", "measurement"),
        plural_text=QT_TRANSLATE_NOOP("Kinds", "measurements"),
        owner="patient",
        owner_field="patient_id",
        check=lambda record, today: (
            rules.check_measurement(record, today)
            if not record.kind.startswith("custom:")
            else None
        ),
        duplicate_key=Absent("each reading is its own, taken at its moment"),
        listing=_RECORD,
        undo_root="measurement",
        fhir=_FHIR + "observation",
        part="measurements",
    ),
    Kind(
        name="measure_kind",
        record=MeasureKind,
        table="measure_kind",
        label_text=QT_TRANSLATE_NOOP("Kinds", "measure"),
        plural_text=QT_TRANSLATE_NOOP("Kinds", "measures"),
        owner=Absent("the coordinator's own measures, for every patient"),
        owner_field=Absent("the coordinator's own measures, for every patient"),
        check=no_today(rules.check_measure_kind),
        duplicate_key=Absent("a measure's name is its own"),
        listing=Absent("defined in the record's measures, not in a list of its own"),
        undo_root="measure_kind",
        fhir=_FHIR + "observation",
        part="measurements",
    ),
    Kind(
        name="document",
        record=PatientDocument,
        table="patient_document",
        label_text=QT_TRANSLATE_NOOP("Kinds", "document"),
        plural_text=QT_TRANSLATE_NOOP("Kinds", "documents"),
        owner="patient",
        owner_field="patient_id",
        check=rules.check_document,
        duplicate_key=Absent("each document is its own file"),
        listing=_RECORD,
        undo_root="document",
        fhir=_FHIR + "document_reference",
        part="documents",
        clinical=("*",),
    ),
)
