"""The measured record of a patient: assessment results, vital signs and measures, documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from carebook.core.vocabularies import DocumentCategory


@dataclass(slots=True, kw_only=True)
class AssessmentResult:
    """One scoring of a standard instrument (PHQ-9, Katz ADL …): who scored it and when, the
    answers (item id -> points, as JSON; empty for a total scored on paper), the total, its
    band and flags. Editing keeps the old version: the new one names it in `replaces_id`."""

    id: int | None = None
    patient_id: int
    instrument: str
    instrument_version: str = ""
    on_date: date
    scored_by: str = ""
    #: {"q1": 2, "q2": 0, …} as JSON text; "" when only the total was entered.
    answers: str = ""
    total: int
    band: str = ""
    #: The flags raised, joined by "; " ("self-harm item").
    flags: str = ""
    comment: str = ""
    #: The result this one corrected (that one is kept, superseded).
    replaces_id: int | None = None
    superseded: bool = False


@dataclass(slots=True, kw_only=True)
class MeasureKind:
    """A measure the coordinator defines beyond the vital signs (a calf's girth, a wound's
    length): its name, unit and normal range."""

    id: int | None = None
    name: str
    unit: str
    normal_low: float | None = None
    normal_high: float | None = None
    #: Values outside these are refused as typos unless a reason is given.
    plausible_low: float | None = None
    plausible_high: float | None = None


@dataclass(slots=True, kw_only=True)
class Measurement:
    """One reading: blood pressure (value systolic, second diastolic), pulse, weight … in the
    measure's stored unit (kg, °C, mg/dL), with the unit it was typed in for showing it again."""

    id: int | None = None
    patient_id: int
    #: A vital sign's id ("bp", "weight" …) or "custom:<MeasureKind id>".
    kind: str
    taken_at: datetime
    tz: str = "UTC"
    value: float
    second: float | None = None
    entered_unit: str = ""
    #: Why a reading outside the plausible range was kept anyway.
    override_reason: str = ""
    note: str = ""


@dataclass(slots=True, kw_only=True)
class PatientDocument:
    """A paper kept with the patient (an advance directive, a POLST, an insurance card): its
    file is inside the caseload (an attachment), never a loose file."""

    id: int | None = None
    patient_id: int
    category: DocumentCategory = DocumentCategory.OTHER
    title: str
    signed_on: date | None = None
    #: When it expires or should be looked at again (Today and the agenda's reviews show it).
    review_on: date | None = None
    notes: str = ""
    file_name: str
    media_type: str
    size: int
    attachment_id: int
