"""What the Agenda and the lists read, a list's query, and a bundle of records to load."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from carebook.core.calendar_words import clock_text, day_text
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    OccurrenceChange,
    Patient,
    Problem,
    Task,
)
from carebook.core.vocabularies import (
    AllergyStatement,
    AppointmentKind,
    AppointmentStatus,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.core.words import translate


@dataclass(slots=True, kw_only=True)
class Visit:
    """One occurrence of an appointment on the agenda, with what the coordinator needs there."""

    appointment_id: int
    start: datetime
    end: datetime
    patient_id: int
    patient: str
    address: str
    phone: str
    purpose: str
    kind: AppointmentKind
    status: AppointmentStatus
    location: str = ""
    recurring: bool = False
    original_start: datetime | None = None  # which visit of its series this is
    access_notes: str = ""
    allergies: str = ""  # the patient's active allergies, "Penicillin, Latex"
    #: What was said when none is listed: not recorded yet, or none known (on purpose).
    allergy_statement: AllergyStatement = AllergyStatement.NOT_RECORDED
    transport: Transport = Transport.NOT_NEEDED
    transport_details: str = ""
    with_whom: str = ""


@dataclass(slots=True, kw_only=True)
class ReviewDue:
    """A medication, goal or care plan whose review falls due on or before the day."""

    kind: str  # "medication", "goal", "care_plan" or "document"
    record_id: int
    patient_id: int
    patient: str
    what: str
    due: date
    overdue: bool


@dataclass(slots=True, kw_only=True)
class AgendaTask:
    """A task on the agenda: due that day, or overdue."""

    id: int
    title: str
    patient_id: int | None
    patient: str
    due: date
    due_time: time | None
    priority: TaskPriority
    status: TaskStatus
    overdue: bool

    @property
    def when(self) -> str:
        """When it is due, as the Agenda's Due column says it: "Overdue, 24 Nov 2026", the
        time of day it is due ("09:30"), or "Any time"."""
        if self.overdue:
            return translate("Views", "Overdue, {day}").format(day=day_text(self.due))
        return clock_text(self.due_time) if self.due_time else translate("Views", "Any time")


@dataclass(slots=True, kw_only=True)
class CaseloadCounts:
    """How many of each record a caseload holds."""

    patients: int = 0
    contacts: int = 0
    medications: int = 0
    appointments: int = 0
    occurrences: int = 0
    tasks: int = 0
    care_plans: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.patients or self.contacts or self.appointments or self.tasks)


@dataclass(slots=True, kw_only=True)
class ListQuery:
    """What a list view asks for: a filter, a search, one patient, and an order."""

    search: str = ""
    filter: str = ""
    patient_id: int | None = None
    sort: str = ""
    descending: bool = False
    date_from: date | None = None  # both ends included, on the list's own date
    date_to: date | None = None


@dataclass(slots=True, kw_only=True)
class CaseloadBundle:
    """Records to load in one go (the sample caseload); ids are set by whoever built it."""

    patients: list[Patient] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    care_team: list[CareTeamMember] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    medication_events: list[MedicationEvent] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    occurrence_changes: list[OccurrenceChange] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    care_plans: list[CarePlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    care_plan_reviews: list[CarePlanReview] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
