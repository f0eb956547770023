"""The checks of assessment results, measurements, the coordinator's own measures and documents."""

from __future__ import annotations

from datetime import date, timedelta

from carebook.core.clinical_records import (
    AssessmentResult,
    MeasureKind,
    Measurement,
    PatientDocument,
)
from carebook.core.errors import ValidationError
from carebook.core.measures import BY_ID, plausibility
from carebook.core.validation import check_fields
from carebook.core.words import translate

#: The largest document kept unless the Preferences allow more, in megabytes.
DOCUMENT_LIMIT_MB = 25


def check_assessment(result: AssessmentResult, today: date) -> None:
    """A result has an instrument, a day not to come, and a total of 0 or more."""
    check_fields(result)
    if not result.instrument.strip():
        raise ValidationError(
            translate("ClinicalRules", "Choose the instrument (PHQ-9, Katz ADL …)."), "instrument"
        )
    if result.on_date > today:
        raise ValidationError(
            translate("ClinicalRules", "An assessment cannot be dated in the future."), "on_date"
        )
    if result.total < 0:
        raise ValidationError(translate("ClinicalRules", "A total is 0 or more."), "total")


def check_measure_kind(kind: MeasureKind) -> None:
    check_fields(kind)
    if not kind.name.strip():
        raise ValidationError(
            translate("ClinicalRules", "Name the measure (e.g. 'Calf girth, left')."), "name"
        )
    if not kind.unit.strip():
        raise ValidationError(
            translate("ClinicalRules", "Give the measure's unit (e.g. 'cm')."), "unit"
        )
    for low, high, field in (
        (kind.normal_low, kind.normal_high, "normal_high"),
        (kind.plausible_low, kind.plausible_high, "plausible_high"),
    ):
        if low is not None and high is not None and high < low:
            raise ValidationError(
                translate("ClinicalRules", "A range's top is at or above its bottom."), field
            )


def check_measurement(
    measurement: Measurement, today: date, custom: MeasureKind | None = None
) -> None:
    """A reading of a known measure, taken no later than today, and plausible, or kept with
    the reason it was kept although it looks like a typo."""
    check_fields(measurement)
    if measurement.taken_at.date() > today:
        raise ValidationError(
            translate("ClinicalRules", "A reading cannot be taken in the future."), "taken_at"
        )
    doubts = measurement_doubts(measurement, custom)
    if doubts and not measurement.override_reason.strip():
        raise ValidationError(
            " ".join(doubts) + " Correct it, or give a reason to keep it as it is.", "value"
        )


def measurement_doubts(measurement: Measurement, custom: MeasureKind | None = None) -> list[str]:
    """What makes a reading look like a typo (empty when none)."""
    if measurement.kind.startswith("custom:"):
        if custom is None:
            raise ValidationError(
                translate("ClinicalRules", "That measure is no longer defined."), "kind"
            )
        low, high = custom.plausible_low, custom.plausible_high
        if (low is not None and measurement.value < low) or (
            high is not None and measurement.value > high
        ):
            return [
                translate(
                    "ClinicalRules", "{measure} of {value:g} {unit} is outside {low}–{high}."
                ).format(
                    measure=custom.name,
                    value=measurement.value,
                    unit=custom.unit,
                    low=low if low is not None else "…",
                    high=high if high is not None else "…",
                )
            ]
        return []
    vital = BY_ID.get(measurement.kind)
    if vital is None:
        raise ValidationError(
            translate("ClinicalRules", "No measure '{kind}'.").format(kind=measurement.kind), "kind"
        )
    return plausibility(vital, measurement.value, measurement.second)


def check_document(document: PatientDocument, today: date) -> None:
    """A document has a title, a file, and was not signed on a day still to come."""
    check_fields(document)
    if not document.title.strip():
        raise ValidationError(
            translate(
                "ClinicalRules", "Give the document a title (e.g. 'Advance directive, 2024')."
            ),
            "title",
        )
    if document.signed_on is not None and document.signed_on > today + timedelta(days=0):
        raise ValidationError(
            translate("ClinicalRules", "A document cannot be signed on a day still to come."),
            "signed_on",
        )
    if document.size <= 0:
        raise ValidationError(translate("ClinicalRules", "The file is empty."), "file_name")
