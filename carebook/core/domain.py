"""The caseload's records as plain dataclasses, their vocabularies, and validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Vocabulary(StrEnum):
    """A closed list of codes stored as text; `label` is what a coordinator reads."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class PatientStatus(Vocabulary):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    DISCHARGED = "discharged"
    DECEASED = "deceased"


class Sex(Vocabulary):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactRole(Vocabulary):
    PHYSICIAN = "physician"
    PHARMACY = "pharmacy"
    CAREGIVER = "caregiver"
    POWER_OF_ATTORNEY = "power_of_attorney"
    EMERGENCY_CONTACT = "emergency_contact"
    AGENCY = "agency"
    THERAPIST = "therapist"
    SOCIAL_WORKER = "social_worker"
    OTHER = "other"


class ConditionStatus(Vocabulary):
    ACTIVE = "active"
    INACTIVE = "inactive"
    RESOLVED = "resolved"


class AllergySeverity(Vocabulary):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class AllergyCriticality(Vocabulary):
    LOW = "low"
    HIGH = "high"
    UNABLE_TO_ASSESS = "unable_to_assess"


class AllergyStatus(Vocabulary):
    ACTIVE = "active"
    INACTIVE = "inactive"
    RESOLVED = "resolved"


class MedicationStatus(Vocabulary):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"


class MedicationEventKind(Vocabulary):
    STARTED = "started"
    DOSE_CHANGED = "dose_changed"
    CHANGED = "changed"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"
    RESUMED = "resumed"
    REVIEWED = "reviewed"


class AppointmentKind(Vocabulary):
    HOME_VISIT = "home_visit"
    PHYSICIAN = "physician"
    LAB = "lab"
    THERAPY = "therapy"
    TELEHEALTH = "telehealth"
    OTHER = "other"


class Transport(Vocabulary):
    NOT_NEEDED = "not_needed"
    NEEDED = "needed"
    ARRANGED = "arranged"


class AppointmentStatus(Vocabulary):
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return "No-show" if self is AppointmentStatus.NO_SHOW else super().label


class TaskPriority(Vocabulary):
    ROUTINE = "routine"
    URGENT = "urgent"
    ASAP = "asap"

    @property
    def label(self) -> str:
        return "ASAP" if self is TaskPriority.ASAP else super().label


class TaskStatus(Vocabulary):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class CarePlanStatus(Vocabulary):
    DRAFT = "draft"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    REVOKED = "revoked"


class GoalLifecycle(Vocabulary):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class GoalAchievement(Vocabulary):
    IN_PROGRESS = "in_progress"
    IMPROVING = "improving"
    WORSENING = "worsening"
    NO_CHANGE = "no_change"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"


class InterventionStatus(Vocabulary):
    NOT_STARTED = "not_started"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class NoteKind(Vocabulary):
    VISIT = "visit"
    PROGRESS = "progress"


def label_of(code: str | None) -> str:
    """A stored code as words ("on_hold" -> "On hold"), for any vocabulary."""
    if not code:
        return ""
    for vocabulary in (AppointmentStatus, TaskPriority):
        if code in vocabulary._value2member_map_:
            return vocabulary(code).label
    return code.replace("_", " ").capitalize()


@dataclass(slots=True, kw_only=True)
class Patient:
    id: int | None = None
    given: str = ""
    family: str = ""
    preferred_name: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    address_line: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None
    language: str = ""
    access_notes: str = ""
    payer: str = ""
    member_id: str = ""
    external_id: str = ""
    status: PatientStatus = PatientStatus.ACTIVE
    notes: str = ""

    @property
    def display_name(self) -> str:
        """The name a coordinator says aloud: given (preferred) family."""
        return spoken_name(self.given, self.family, self.preferred_name)

    @property
    def address(self) -> str:
        return format_address(self.address_line, self.city, self.region, self.postal_code)

    def age(self, on: date) -> int | None:
        return age_on(self.birth_date, on)


@dataclass(slots=True, kw_only=True)
class Contact:
    id: int | None = None
    name: str
    role: ContactRole = ContactRole.OTHER
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class CareTeamMember:
    """A contact linked to one patient, in a role for that patient."""

    patient_id: int
    contact_id: int
    role: ContactRole
    is_emergency: bool = False
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class Condition:
    id: int | None = None
    patient_id: int
    description: str
    code: str = ""
    onset_date: date | None = None
    abatement_date: date | None = None
    status: ConditionStatus = ConditionStatus.ACTIVE
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class Allergy:
    id: int | None = None
    patient_id: int
    substance: str
    reaction: str = ""
    severity: AllergySeverity | None = None
    criticality: AllergyCriticality | None = None
    status: AllergyStatus = AllergyStatus.ACTIVE
    noted_date: date | None = None


@dataclass(slots=True, kw_only=True)
class Medication:
    id: int | None = None
    patient_id: int
    name: str
    strength: str = ""
    dose: str = ""
    route: str = ""
    frequency: str = ""
    times_of_day: str = ""
    as_needed: bool = False
    as_needed_reason: str = ""
    max_per_day: str = ""
    indication: str = ""
    prescriber_id: int | None = None
    pharmacy_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: MedicationStatus = MedicationStatus.ACTIVE
    stop_reason: str = ""
    instructions: str = ""
    last_review: date | None = None
    next_review: date | None = None


@dataclass(slots=True, kw_only=True)
class MedicationEvent:
    id: int | None = None
    medication_id: int
    on_date: date
    kind: MedicationEventKind
    detail: str = ""
    reason: str = ""


@dataclass(slots=True, kw_only=True)
class Appointment:
    """One appointment, or a recurring series of them when `rrule` is set."""

    id: int | None = None
    patient_id: int
    kind: AppointmentKind = AppointmentKind.HOME_VISIT
    purpose: str = ""
    start: datetime
    duration_min: int = 60
    tz: str = "UTC"
    location: str = ""
    with_whom: str = ""
    contact_id: int | None = None
    transport: Transport = Transport.NOT_NEEDED
    transport_details: str = ""
    status: AppointmentStatus = AppointmentStatus.BOOKED
    rrule: str = ""
    notes: str = ""

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)


@dataclass(slots=True, kw_only=True)
class OccurrenceChange:
    """One occurrence of a series changed on its own: skipped, moved, or given a status."""

    appointment_id: int
    original_start: datetime
    skipped: bool = False
    start: datetime | None = None
    duration_min: int | None = None
    status: AppointmentStatus | None = None


@dataclass(slots=True, kw_only=True)
class Task:
    id: int | None = None
    patient_id: int | None = None
    title: str
    details: str = ""
    due_date: date | None = None
    due_time: time | None = None
    priority: TaskPriority = TaskPriority.ROUTINE
    status: TaskStatus = TaskStatus.OPEN
    rrule: str = ""
    completed_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class CarePlan:
    id: int | None = None
    patient_id: int
    title: str
    status: CarePlanStatus = CarePlanStatus.ACTIVE
    period_start: date | None = None
    period_end: date | None = None
    next_review: date | None = None
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class Problem:
    id: int | None = None
    care_plan_id: int
    description: str
    condition_id: int | None = None


@dataclass(slots=True, kw_only=True)
class Goal:
    id: int | None = None
    care_plan_id: int
    problem_id: int | None = None
    description: str
    target: str = ""
    due_date: date | None = None
    lifecycle: GoalLifecycle = GoalLifecycle.ACTIVE
    achievement: GoalAchievement | None = GoalAchievement.IN_PROGRESS


@dataclass(slots=True, kw_only=True)
class Intervention:
    id: int | None = None
    care_plan_id: int
    goal_id: int | None = None
    description: str
    contact_id: int | None = None
    performer: str = ""
    frequency: str = ""
    status: InterventionStatus = InterventionStatus.IN_PROGRESS


@dataclass(slots=True, kw_only=True)
class CarePlanReview:
    id: int | None = None
    care_plan_id: int
    on_date: date
    outcome: str = ""


@dataclass(slots=True, kw_only=True)
class Note:
    id: int | None = None
    patient_id: int
    written_at: datetime
    kind: NoteKind = NoteKind.PROGRESS
    text: str
    appointment_id: int | None = None


@dataclass(slots=True, kw_only=True)
class RouteStop:
    """A visit's place in the coordinator's route for a day (the Agenda's order)."""

    day: date
    appointment_id: int
    original_start: datetime
    position: int


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
    transport: Transport = Transport.NOT_NEEDED
    transport_details: str = ""
    with_whom: str = ""


@dataclass(slots=True, kw_only=True)
class ReviewDue:
    """A medication, goal or care plan whose review falls due on or before the day."""

    kind: str  # "medication", "goal" or "care_plan"
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


class SaveError(Exception):
    """The caseload file refused a change (disk full, read-only, locked); nothing was saved."""


class ValidationError(ValueError):
    """Input a coordinator must fix; the message says what and how, `field` says where."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def spoken_name(given: str, family: str, preferred: str = "") -> str:
    """ "Margaret (Peggy) O'Neill": given name, the preferred one if different, family name."""
    if preferred and preferred != given:
        given = f"{given} ({preferred})" if given else preferred
    return f"{given} {family}" if given and family else given or family


def format_address(line: str, city: str, region: str, postal_code: str) -> str:
    tail = " ".join(part for part in (region, postal_code) if part)
    return ", ".join(part for part in (line, city, tail) if part)


def age_on(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: The one range of dates carebook accepts anywhere: typed in a form, imported, or asked for on
#: the command line. Back far enough for the oldest birth dates and histories, ahead far enough
#: for any plan, and far from the ends of Python's calendar (9999) so that a date moved to
#: another time zone, or a year of visits laid out after it, can never overflow.
EARLIEST_DATE = date(1880, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def out_of_range(day: date) -> bool:
    """True for a date outside carebook's range (EARLIEST_DATE to LATEST_DATE)."""
    return not EARLIEST_DATE <= day <= LATEST_DATE


def range_message(what: str, day: date) -> str:
    """Why `day` is refused, naming the range carebook keeps dates in."""
    return (
        f"{what} {day.isoformat()} is outside the dates carebook keeps "
        f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}); check the year"
    )


def parse_date(text: str, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD) from user input, or a ValidationError naming the field."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        raise ValidationError(f"{what} must be written YYYY-MM-DD, e.g. 2026-03-31 (got {text!r})")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{what} {text!r} is not a real calendar date") from None
    if out_of_range(day):
        raise ValidationError(range_message(what, day))
    return day


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


class Paper(Vocabulary):
    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return "A4" if self is Paper.A4 else "US Letter"


@dataclass(slots=True, kw_only=True)
class Preferences:
    """The coordinator's own settings, kept with the caseload so the window and the command line
    print alike: the name on printed sheets, the paper (None follows the computer's locale), and
    how long the window may stay unused before it locks.
    """

    coordinator_name: str = ""
    paper: Paper | None = None
    lock_minutes: int = 10  # the window hides every patient detail after this long unused


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
