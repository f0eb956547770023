"""What a care-plan summary holds, read through the store's public reads.

One patient's care team, conditions, allergies, medications, current care plans, appointments
ahead, open referrals, open tasks and (when asked for) recent notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from carebook.core.errors import ValidationError
from carebook.core.goal_progress import GoalProgress
from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import (
    Allergy,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    Note,
    Patient,
    Problem,
    Task,
)
from carebook.core.views import ListQuery
from carebook.core.vocabularies import (
    AllergyStatus,
    AppointmentKind,
    CarePlanStatus,
    ConditionStatus,
    MedicationStatus,
    TaskStatus,
    Transport,
)
from carebook.core.words import translate
from carebook.reports.trends import TrendSeries, progress_for, series_for
from carebook.store.assessments import Assessments
from carebook.store.measurements import Measurements
from carebook.store.referrals import ReferralRow

#: Appointments listed ahead (a repeating series counts once), and notes back (when asked for).
UPCOMING = 12
#: Visits read ahead to find them: a year of a daily series.
OCCURRENCES_READ = 400
RECENT_NOTES = 5
REVIEWS_SHOWN = 3
_CURRENT_PLANS = frozenset({CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD})


class _SummarySourcePatients(Protocol):
    """The patients reads it uses."""

    def patient(self, patient_id: int) -> Patient | None: ...

    def conditions(self, patient_id: int) -> list[Condition]: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...

    def notes_for(self, patient_id: int) -> list[Note]: ...


class _SummarySourceContacts(Protocol):
    """The contacts reads it uses."""

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...

    def contact(self, contact_id: int) -> Contact | None: ...


class _SummarySourceMedications(Protocol):
    """The medications reads it uses."""

    def medications(self, patient_id: int) -> list[Medication]: ...

    def warnings_for(self, patient_id: int) -> list[MedicationWarning]: ...


class _SummarySourceCarePlans(Protocol):
    """The care plans reads it uses."""

    def care_plans(self, patient_id: int) -> list[CarePlan]: ...

    def problems(self, plan_id: int) -> list[Problem]: ...

    def goals(self, plan_id: int) -> list[Goal]: ...

    def interventions(self, plan_id: int) -> list[Intervention]: ...

    def care_plan_reviews(self, plan_id: int) -> list[CarePlanReview]: ...


class _SummarySourceTasks(Protocol):
    """The tasks reads it uses."""

    def tasks_for(self, patient_id: int) -> list[Task]: ...


class _SummarySourceReferrals(Protocol):
    """The referrals reads it uses."""

    def referral_rows(self, patient_id: int, *, answered: bool = True) -> list[ReferralRow]: ...


class _SummarySourceLists(Protocol):
    """The lists reads it uses."""

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]: ...


class SummarySource(Protocol):
    """The store's reads a care-plan summary is made of."""

    def today(self) -> date: ...

    @property
    def patients(self) -> _SummarySourcePatients: ...

    @property
    def contacts(self) -> _SummarySourceContacts: ...

    @property
    def medications(self) -> _SummarySourceMedications: ...

    @property
    def care_plans(self) -> _SummarySourceCarePlans: ...

    @property
    def tasks(self) -> _SummarySourceTasks: ...

    @property
    def lists(self) -> _SummarySourceLists: ...

    @property
    def referrals(self) -> _SummarySourceReferrals: ...

    @property
    def measurements(self) -> Measurements: ...

    @property
    def assessments(self) -> Assessments: ...


@dataclass(slots=True, kw_only=True)
class PlanPart:
    """One care plan with its parts, as the summary prints it."""

    plan: CarePlan
    problems: list[Problem]
    goals: list[Goal]
    interventions: list[Intervention]
    reviews: list[CarePlanReview]


@dataclass(slots=True, kw_only=True)
class Upcoming:
    """One upcoming appointment, or a repeating series of them printed once: its next visit
    (`start`, `end`) and its rule (`repeats`, "" for a single appointment)."""

    start: datetime
    end: datetime
    kind: AppointmentKind
    purpose: str
    with_whom: str
    location: str
    transport: Transport
    repeats: str = ""


@dataclass(slots=True, kw_only=True)
class CarePlanSummary:
    """Everything the summary of one patient's care shows."""

    patient: Patient
    care_team: list[tuple[CareTeamMember, Contact]]
    conditions: list[Condition]
    allergies: list[Allergy]  # active ones
    medications: list[Medication]  # current: active or on hold
    warnings: list[MedicationWarning]  # what the medication checks say of them
    prescribers: dict[int, str]
    plans: list[PlanPart]  # the current plans (draft, active, on hold)
    contacts_by_id: dict[int, str]
    upcoming: list[Upcoming]
    open_tasks: list[Task]
    notes: list[Note]  # empty unless asked for
    #: Referrals not yet answered (sent or accepted), the latest sent first.
    referrals: list[ReferralRow] = field(default_factory=list)
    #: Each measured goal's progress, by the goal's id.
    progress: dict[int, GoalProgress] = field(default_factory=dict)
    #: The charts of the measures and instruments the current goals name, with readings.
    charts: list[TrendSeries] = field(default_factory=list)
    prepared_by: str
    prepared_on: date


def gather(
    store: SummarySource, patient_id: int, *, prepared_by: str = "", with_notes: bool = False
) -> CarePlanSummary:
    """Read the summary of one patient through the store's public reads."""
    patient = store.patients.patient(patient_id)
    if patient is None:
        raise LookupError(
            translate("CarePlanSummary", "No patient with id {id}.").format(id=patient_id)
        )
    today = store.today()
    team = store.contacts.care_team(patient_id)
    current = [
        m
        for m in store.medications.medications(patient_id)
        if m.status is not MedicationStatus.STOPPED
    ]
    names = {contact.id: contact.name for _, contact in team if contact.id is not None}
    prescribers = {}
    for medication in current:
        if medication.prescriber_id is not None:
            known = names.get(medication.prescriber_id) or _name_of(store, medication.prescriber_id)
            prescribers[medication.prescriber_id] = known
    plans = []
    for plan in store.care_plans.care_plans(patient_id):
        if plan.status not in _CURRENT_PLANS:
            continue
        assert plan.id is not None
        interventions = store.care_plans.interventions(plan.id)
        for intervention in interventions:
            if intervention.contact_id is not None and intervention.contact_id not in names:
                names[intervention.contact_id] = _name_of(store, intervention.contact_id)
        plans.append(
            PlanPart(
                plan=plan,
                problems=store.care_plans.problems(plan.id),
                goals=store.care_plans.goals(plan.id),
                interventions=interventions,
                reviews=store.care_plans.care_plan_reviews(plan.id)[:REVIEWS_SHOWN],
            )
        )
    progress, charts = _measured(store, patient_id, plans)
    return CarePlanSummary(
        patient=patient,
        care_team=team,
        conditions=sorted(
            store.patients.conditions(patient_id),
            key=lambda c: (c.status is not ConditionStatus.ACTIVE, c.description.casefold()),
        ),
        allergies=[
            a for a in store.patients.allergies(patient_id) if a.status is AllergyStatus.ACTIVE
        ],
        medications=current,
        warnings=store.medications.warnings_for(patient_id),
        prescribers=prescribers,
        plans=plans,
        contacts_by_id={key: value for key, value in names.items() if key is not None},
        upcoming=_upcoming(store, patient_id, today),
        open_tasks=[t for t in store.tasks.tasks_for(patient_id) if t.status is TaskStatus.OPEN],
        notes=store.patients.notes_for(patient_id)[:RECENT_NOTES] if with_notes else [],
        referrals=store.referrals.referral_rows(patient_id, answered=False),
        progress=progress,
        charts=charts,
        prepared_by=prepared_by.strip(),
        prepared_on=today,
    )


def _measured(
    store: SummarySource, patient_id: int, plans: list[PlanPart]
) -> tuple[dict[int, GoalProgress], list[TrendSeries]]:
    """Each measured goal's progress, and the charts of what the goals measure (once each, in
    the order the goals name them, those with readings)."""
    progress: dict[int, GoalProgress] = {}
    keys: list[str] = []
    for part in plans:
        for goal in part.goals:
            if not goal.measure or goal.id is None:
                continue
            progress[goal.id] = progress_for(store, patient_id, goal)
            if goal.measure not in keys:
                keys.append(goal.measure)
    charts = []
    for key in keys:
        try:
            charts.append(series_for(store, patient_id, key))
        except ValidationError:  # an instrument this carebook no longer has: no chart
            continue
    return progress, [series for series in charts if series.points]


def _name_of(store: SummarySource, contact_id: int) -> str:
    contact = store.contacts.contact(contact_id)
    return contact.name if contact is not None else ""


def _upcoming(store: SummarySource, patient_id: int, today: date) -> list[Upcoming]:
    """The next booked appointments, a repeating series once at its next visit (cancelled
    visits are read past, not shown)."""
    query = ListQuery(filter="upcoming", patient_id=patient_id, date_from=today, sort="start")
    fields = (
        "start",
        "ends",
        "kind",
        "purpose",
        "with_whom",
        "location",
        "transport",
        "status",
        "appointment_id",
        "repeats",
    )
    rows = store.lists.list_rows("appointments", query, fields, 0, OCCURRENCES_READ)
    found: list[Upcoming] = []
    series_seen: set[int] = set()
    for start, ends, kind, purpose, with_whom, location, transport, status, series, rule in rows:
        if status != "booked" or (rule and series in series_seen):
            continue
        if rule:
            series_seen.add(series)
        found.append(
            Upcoming(
                start=datetime.fromisoformat(start),
                end=datetime.fromisoformat(ends),
                kind=AppointmentKind(kind),
                purpose=purpose,
                with_whom=with_whom,
                location=location,
                transport=Transport(transport),
                repeats=rule or "",
            )
        )
        if len(found) == UPCOMING:
            break
    return found
