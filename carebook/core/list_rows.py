"""One row of each list, as the window shows it: a small named view per list, its values
typed (dates as dates, statuses as their vocabularies), read from carebook.storage.listings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from carebook.core.vocabularies import (
    AllergyStatement,
    AppointmentKind,
    AppointmentStatus,
    ContactRole,
    MedicationStatus,
    PatientStatus,
    Sex,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: The Allergies cell of a patient with none listed and nothing said (translated when shown).
NOT_RECORDED = QT_TRANSLATE_NOOP("ListRows", "Not recorded yet")


@dataclass(frozen=True, slots=True, kw_only=True)
class PatientRow:
    """A patient in the Patients list."""

    id: int
    name: str
    preferred_name: str
    birth_date: date | None
    sex: Sex | None
    phone: str
    address: str
    city: str
    postal_code: str
    status: PatientStatus
    payer: str
    external_id: str
    allergies: str | None  # the active allergies, "Penicillin, Latex"; None when none
    #: What the coordinator has said while none is listed (not recorded yet, or none known).
    allergy_statement: AllergyStatement

    @property
    def allergy_text(self) -> str:
        """The Allergies cell: the active allergies, or what was said when there are none
        ("No known drug allergies"), or "Not recorded yet": never a blank that reads as none."""
        if self.allergies:
            return self.allergies
        if self.allergy_statement is AllergyStatement.NOT_RECORDED:
            return translate("ListRows", NOT_RECORDED)
        return self.allergy_statement.label

    @property
    def in_care(self) -> bool:
        return self.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD)


@dataclass(frozen=True, slots=True, kw_only=True)
class MedicationRow:
    """A medication in the Medications list, with its patient."""

    id: int
    patient_id: int
    patient: str
    name: str
    strength: str
    dose: str
    route: str
    frequency: str
    as_needed: bool
    indication: str
    prescriber: str
    allergies: str | None
    start_date: date | None
    next_review: date | None
    status: MedicationStatus
    #: What the medication checks say of it ("Allergy: …", "Duplicate therapy: …"), or "";
    #: worked out as the list is read, not stored.
    warning: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitRow:
    """One visit of an appointment in the Appointments list (a series shows each visit)."""

    id: int
    appointment_id: int
    patient_id: int
    start: datetime
    original_start: datetime | None  # which visit of its series this is
    ends: datetime | None
    patient: str
    kind: AppointmentKind
    purpose: str
    with_whom: str
    location: str
    transport: Transport
    repeats: str  # the series' rule, "" for a single appointment
    status: AppointmentStatus
    allergies: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskRow:
    """A task in the Tasks list."""

    id: int
    patient_id: int | None
    title: str
    patient: str
    due_date: date | None
    due_time: time | None
    priority: TaskPriority
    status: TaskStatus
    overdue: bool
    repeats: str
    completed_at: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityRow:
    """A line of the activity log: what was done to which record, never what it says."""

    id: int
    at: datetime
    action: str
    record_kind: str
    record_id: int | None
    summary: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectoryRow:
    """A contact in the Directory list: who, what they offer, and how many patients have them
    on their care team."""

    id: int
    name: str
    role: ContactRole
    organization: str
    phone: str
    email: str
    services: str
    hours: str
    eligibility: str
    serves: int
