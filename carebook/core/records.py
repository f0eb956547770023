"""The records a caseload keeps, as plain dataclasses: patients and everything of theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from carebook.core.dates import age_on
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatement,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    CarePlanStatus,
    ConditionStatus,
    ContactRole,
    GoalAchievement,
    GoalLifecycle,
    InterventionStatus,
    MedicationEventKind,
    MedicationStatus,
    NoteKind,
    Paper,
    PatientStatus,
    ReconciliationChange,
    ReferralStatus,
    Sex,
    TaskPriority,
    TaskStatus,
    Transport,
)


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
    #: Said on purpose while no allergy is listed (adding an allergy clears it).
    allergy_statement: AllergyStatement = AllergyStatement.NOT_RECORDED
    allergies_confirmed_on: date | None = None

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
    #: What a community resource (or any contact) offers, when it is open, and who may use it.
    services: str = ""
    hours: str = ""
    eligibility: str = ""


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
    #: Why it was saved although a medication check warned against it (an allergy, a
    #: duplicate); "" when none did, or none was overridden.
    warning_reason: str = ""


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
    #: What measures it: a vital sign ("weight") or an instrument ("phq-9"), or "" for none.
    measure: str = ""
    #: The value to reach, and whether it is met below it (PHQ-9 below 10) or above it.
    measure_target: float | None = None
    measure_below: bool = True


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
    #: Which visit of the appointment's series it belongs to (None: the appointment as a whole).
    original_start: datetime | None = None


@dataclass(slots=True, kw_only=True)
class RouteStop:
    """A visit's place in the coordinator's route for a day (the Agenda's order)."""

    day: date
    appointment_id: int
    original_start: datetime
    position: int


def spoken_name(given: str, family: str, preferred: str = "") -> str:
    """ "Margaret (Peggy) O'Neill": given name, the preferred one if different, family name."""
    if preferred and preferred != given:
        given = f"{given} ({preferred})" if given else preferred
    return f"{given} {family}" if given and family else given or family


def format_address(line: str, city: str, region: str, postal_code: str) -> str:
    tail = " ".join(part for part in (region, postal_code) if part)
    return ", ".join(part for part in (line, city, tail) if part)


@dataclass(slots=True, kw_only=True)
class Preferences:
    """The coordinator's own settings, kept with the caseload so the window and the command line
    print alike: the name on printed sheets, the paper (None follows the computer's locale), how
    long the window may stay unused before it locks, the usual travel between visits, and the
    reminders' notices.
    """

    coordinator_name: str = ""
    paper: Paper | None = None
    lock_minutes: int = 10  # the window hides every patient detail after this long unused
    #: Travel between two visits when the coordinator has not said how long that trip takes.
    travel_minutes: int = 15
    #: A desktop notice this long before a timed visit or task; 0 gives none.
    reminder_minutes: int = 15
    #: Whether a notice may name the patient; otherwise it shows the initials and time only.
    notice_names: bool = False
    #: The largest document file kept with a patient, in megabytes.
    document_limit_mb: int = 25
    #: How often a caseload in a team syncs while the window is open, besides at start, at
    #: closing and on F9; 0 syncs only then. A setting of this computer's copy, kept with its
    #: team membership (sync_team), so each teammate chooses her own.
    sync_minutes: int = 10


@dataclass(slots=True, kw_only=True)
class Reconciliation:
    """A discharge medication list reconciled against the patient's list: when, from which
    file, by whom; its lines are the coordinator's decisions."""

    id: int | None = None
    patient_id: int
    on_date: date
    source: str
    reconciled_by: str = ""
    #: The day the discharge list was written, as the file says it.
    discharged_on: date | None = None


@dataclass(slots=True, kw_only=True)
class ReconciliationLine:
    """One line of a reconciliation: the medicine, before and after, and whether it was
    accepted (an accepted line changed the medication list)."""

    id: int | None = None
    reconciliation_id: int
    line_no: int
    change: ReconciliationChange
    medication: str
    before: str = ""
    after: str = ""
    accepted: bool = False
    #: The medication it changed or left alone (None once that medication is deleted).
    medication_id: int | None = None


@dataclass(slots=True, kw_only=True)
class VisitRecord:
    """What was documented of one visit (a series' visit by its original start): when the
    coordinator checked in and out (in `tz`), why it was cancelled, and the trip's miles in
    tenths of a mile (kept exactly for the mileage log). Its outcome is the visit's status."""

    id: int | None = None
    appointment_id: int
    original_start: datetime
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    tz: str = "UTC"
    cancel_reason: str = ""
    miles_tenths: int | None = None


@dataclass(slots=True, kw_only=True)
class Referral:
    """A patient referred to a contact of the directory for something: when it was sent, how
    it stands, and when to follow it up (its follow-up task is made with it)."""

    id: int | None = None
    patient_id: int
    #: Whom the patient is referred to (None once that contact is deleted from the directory).
    contact_id: int | None = None
    #: What for ("Meals at home five days a week").
    reason: str
    sent_on: date
    status: ReferralStatus = ReferralStatus.SENT
    follow_up_on: date | None = None
    #: The task that follows it up, made when the referral is added.
    task_id: int | None = None
    notes: str = ""
