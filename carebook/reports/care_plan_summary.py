"""The care-plan summary sent to the family, the physician or the next agency: one patient."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from carebook.core.domain import (
    Allergy,
    AllergyStatus,
    AppointmentKind,
    CarePlan,
    CarePlanReview,
    CarePlanStatus,
    CareTeamMember,
    Condition,
    ConditionStatus,
    Contact,
    ContactRole,
    Goal,
    GoalLifecycle,
    Intervention,
    ListQuery,
    Medication,
    MedicationStatus,
    Note,
    Patient,
    Problem,
    Task,
    TaskPriority,
    TaskStatus,
    Transport,
    label_of,
)
from carebook.reports import html_page
from carebook.reports.document import (
    Block,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
    line,
)
from carebook.reports.patient_blocks import (
    NONE,
    allergy_box,
    cell,
    contacts,
    identity,
    long_date,
    masthead,
    medications,
    nothing,
    prepared,
    short_date,
)

#: Appointments listed ahead, and notes back (when asked for).
UPCOMING = 12
RECENT_NOTES = 5
REVIEWS_SHOWN = 3
_CURRENT_PLANS = frozenset({CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD})


class SummarySource(Protocol):
    """The store's reads a care-plan summary is made of."""

    def today(self) -> date: ...

    def patient(self, patient_id: int) -> Patient | None: ...

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...

    def conditions(self, patient_id: int) -> list[Condition]: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...

    def medications(self, patient_id: int) -> list[Medication]: ...

    def contact(self, contact_id: int) -> Contact | None: ...

    def care_plans(self, patient_id: int) -> list[CarePlan]: ...

    def problems(self, plan_id: int) -> list[Problem]: ...

    def goals(self, plan_id: int) -> list[Goal]: ...

    def interventions(self, plan_id: int) -> list[Intervention]: ...

    def care_plan_reviews(self, plan_id: int) -> list[CarePlanReview]: ...

    def tasks_for(self, patient_id: int) -> list[Task]: ...

    def notes_for(self, patient_id: int) -> list[Note]: ...

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]: ...


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
    """One upcoming appointment."""

    start: datetime
    end: datetime
    kind: AppointmentKind
    purpose: str
    with_whom: str
    location: str
    transport: Transport


@dataclass(slots=True, kw_only=True)
class CarePlanSummary:
    """Everything the summary of one patient's care shows."""

    patient: Patient
    care_team: list[tuple[CareTeamMember, Contact]]
    conditions: list[Condition]
    allergies: list[Allergy]  # active ones
    medications: list[Medication]  # current: active or on hold
    prescribers: dict[int, str]
    plans: list[PlanPart]  # the current plans (draft, active, on hold)
    contacts_by_id: dict[int, str]
    upcoming: list[Upcoming]
    open_tasks: list[Task]
    notes: list[Note]  # empty unless asked for
    prepared_by: str
    prepared_on: date


def gather(
    store: SummarySource, patient_id: int, *, prepared_by: str = "", with_notes: bool = False
) -> CarePlanSummary:
    """Read the summary of one patient through the store's public reads."""
    patient = store.patient(patient_id)
    if patient is None:
        raise LookupError(f"No patient with id {patient_id}.")
    today = store.today()
    team = store.care_team(patient_id)
    current = [m for m in store.medications(patient_id) if m.status is not MedicationStatus.STOPPED]
    names = {contact.id: contact.name for _, contact in team if contact.id is not None}
    prescribers = {}
    for medication in current:
        if medication.prescriber_id is not None:
            known = names.get(medication.prescriber_id) or _name_of(store, medication.prescriber_id)
            prescribers[medication.prescriber_id] = known
    plans = []
    for plan in store.care_plans(patient_id):
        if plan.status not in _CURRENT_PLANS:
            continue
        assert plan.id is not None
        interventions = store.interventions(plan.id)
        for intervention in interventions:
            if intervention.contact_id is not None and intervention.contact_id not in names:
                names[intervention.contact_id] = _name_of(store, intervention.contact_id)
        plans.append(
            PlanPart(
                plan=plan,
                problems=store.problems(plan.id),
                goals=store.goals(plan.id),
                interventions=interventions,
                reviews=store.care_plan_reviews(plan.id)[:REVIEWS_SHOWN],
            )
        )
    return CarePlanSummary(
        patient=patient,
        care_team=team,
        conditions=sorted(
            store.conditions(patient_id),
            key=lambda c: (c.status is not ConditionStatus.ACTIVE, c.description.casefold()),
        ),
        allergies=[a for a in store.allergies(patient_id) if a.status is AllergyStatus.ACTIVE],
        medications=current,
        prescribers=prescribers,
        plans=plans,
        contacts_by_id={key: value for key, value in names.items() if key is not None},
        upcoming=_upcoming(store, patient_id, today),
        open_tasks=[t for t in store.tasks_for(patient_id) if t.status is TaskStatus.OPEN],
        notes=store.notes_for(patient_id)[:RECENT_NOTES] if with_notes else [],
        prepared_by=prepared_by.strip(),
        prepared_on=today,
    )


def _name_of(store: SummarySource, contact_id: int) -> str:
    contact = store.contact(contact_id)
    return contact.name if contact is not None else ""


def _upcoming(store: SummarySource, patient_id: int, today: date) -> list[Upcoming]:
    """The next booked appointments (cancelled ones are read past, not shown)."""
    query = ListQuery(filter="upcoming", patient_id=patient_id, date_from=today, sort="start")
    fields = ("start", "ends", "kind", "purpose", "with_whom", "location", "transport", "status")
    rows = store.list_rows("appointments", query, fields, 0, UPCOMING * 3)
    return [
        Upcoming(
            start=datetime.fromisoformat(start),
            end=datetime.fromisoformat(ends),
            kind=AppointmentKind(kind),
            purpose=purpose,
            with_whom=with_whom,
            location=location,
            transport=Transport(transport),
        )
        for start, ends, kind, purpose, with_whom, location, transport, status in rows
        if status == "booked"
    ][:UPCOMING]


# -- the printed document ------------------------------------------------------------------------


def title(summary: CarePlanSummary) -> str:
    """ "Care plan summary, Edna Marsh, 3 March 2026"."""
    return (
        f"Care plan summary, {summary.patient.display_name}, "
        f"{long_date(summary.prepared_on).split(' ', 1)[1]}"
    )


def document(summary: CarePlanSummary) -> Document:
    """The summary as a report: the patient, their care and their plan, in one section."""
    patient, day = summary.patient, summary.prepared_on
    blocks = masthead(
        "CARE PLAN SUMMARY",
        patient.display_name,
        line(identity(patient, day)),
        prepared(summary.prepared_by, day),
    )
    blocks.append(allergy_box(summary.allergies))
    blocks += _about(summary)
    blocks += contacts(summary.care_team, "Care team and contacts")
    blocks += _conditions(summary.conditions)
    blocks += medications(summary.medications, prescribers=summary.prescribers)
    if not summary.plans:
        blocks += nothing("Care plan", "No current care plan recorded.")
    for part in summary.plans:
        blocks += _plan(part, summary.contacts_by_id, day)
    blocks += _appointments(summary.upcoming)
    blocks += _tasks(summary.open_tasks, day)
    if summary.notes:
        blocks += _notes(summary.notes)
    running = f"Care plan summary · {patient.display_name} · {short_date(day)}"
    return Document(title=title(summary), sections=[Section(running, blocks)])


def render_html(
    summary: CarePlanSummary, paper: str = "a4", *, page_furniture: bool = False
) -> str:
    """The summary as one self-contained HTML page."""
    return html_page.render(document(summary), paper, page_furniture=page_furniture)


def _about(summary: CarePlanSummary) -> list[Block]:
    """Where they live, how to reach them, who pays, and whom to call in an emergency."""
    patient = summary.patient
    phones = " or ".join(phone for phone in (patient.phone, patient.phone_alt) if phone)
    payer = " · ".join(
        part
        for part in (patient.payer, patient.member_id and f"member ID {patient.member_id}")
        if part
    )
    emergency = [
        (member, contact)
        for member, contact in summary.care_team
        if member.is_emergency or member.role is ContactRole.EMERGENCY_CONTACT
    ]
    rows = [
        ("Address", patient.address, "None recorded"),
        ("Phone", phones, "None recorded"),
        ("Payer", payer, "None recorded"),
    ]
    if patient.access_notes:
        rows.append(("Access", patient.access_notes, ""))
    for member, contact in emergency[:2]:
        rows.append(
            (
                "Emergency",
                ", ".join(
                    part
                    for part in (contact.name, member.role.label.lower(), contact.phone)
                    if part
                ),
                "",
            )
        )
    if not emergency:
        rows.append(("Emergency", "", "No emergency contact recorded"))
    table = Table(
        (Column("", 16, "label"), Column("", 84)),
        tuple(
            (cell(line(label)), cell(line(text) or line(Span(missing, NONE))))
            for label, text, missing in rows
        ),
        "facts",
    )
    return [Heading("About"), table]


_CONDITION_COLUMNS = (Column("Condition", 52), Column("Since", 24), Column("Status", 24))


def _conditions(conditions: list[Condition]) -> list[Block]:
    heading = f"Conditions ({len(conditions)})"
    if not conditions:
        return nothing(heading, "No conditions recorded.")
    rows = tuple(
        (
            cell(line(Span(c.description, "b"), f" ({c.code})" if c.code else "")),
            cell(line(short_date(c.onset_date) if c.onset_date else "—")),
            cell(line(c.status.label)),
        )
        for c in conditions
    )
    return [Heading(heading), Table(_CONDITION_COLUMNS, rows, "grid conditions")]


def _plan(part: PlanPart, names: dict[int, str], day: date) -> list[Block]:
    plan = part.plan
    facts = [plan.status.label]
    if plan.period_start or plan.period_end:
        start = short_date(plan.period_start) if plan.period_start else "…"
        end = short_date(plan.period_end) if plan.period_end else "ongoing"
        facts.append(f"{start} to {end}")
    review: tuple[str | Span, ...] = ()
    if plan.next_review is not None:
        overdue = plan.next_review < day
        review = (
            " · ",
            Span(
                f"Next review {short_date(plan.next_review)}" + (" (overdue)" if overdue else ""),
                "b" if overdue else "",
            ),
        )
    blocks: list[Block] = [
        Heading(f"Care plan: {plan.title}"),
        Paragraph(line(" · ".join(facts), *review), "plan"),
    ]
    if plan.notes:
        blocks.append(Paragraph(line(plan.notes)))
    blocks += _problems(part.problems)
    blocks += _goals(part.goals, {p.id: p.description for p in part.problems if p.id})
    blocks += _interventions(
        part.interventions, names, {g.id: g.description for g in part.goals if g.id}
    )
    blocks += _reviews(part.reviews)
    return blocks


def _problems(problems: list[Problem]) -> list[Block]:
    if not problems:
        return []
    rows = tuple((cell(line(problem.description)),) for problem in problems)
    return [
        Heading(f"Problems and needs ({len(problems)})", 3),
        Table((Column("Problem or need", 100),), rows, "grid problems"),
    ]


_GOAL_COLUMNS = (Column("Goal", 34), Column("Target", 28), Column("Due", 14), Column("Status", 24))


def _goals(goals: list[Goal], problems: dict[int, str]) -> list[Block]:
    heading = f"Goals ({len(goals)})"
    if not goals:
        return nothing(heading, "No goals recorded.", 3)
    rows = []
    for goal in goals:
        about = problems.get(goal.problem_id or 0, "")
        status = [line(Span(goal.lifecycle.label, "b"))]
        if goal.achievement is not None and goal.lifecycle is not GoalLifecycle.CANCELLED:
            status.append(line(goal.achievement.label))
        rows.append(
            (
                cell(
                    line(goal.description), line(Span(f"For: {about}", "detail")) if about else ()
                ),
                cell(line(goal.target) or line(Span("—", NONE))),
                cell(line(short_date(goal.due_date) if goal.due_date else "—")),
                cell(*status),
            )
        )
    return [Heading(heading, 3), Table(_GOAL_COLUMNS, tuple(rows), "grid goals")]


_INTERVENTION_COLUMNS = (
    Column("What", 38),
    Column("Who", 24),
    Column("How often", 20),
    Column("Status", 18),
)


def _interventions(
    interventions: list[Intervention], names: dict[int, str], goals: dict[int, str]
) -> list[Block]:
    heading = f"Interventions ({len(interventions)})"
    if not interventions:
        return nothing(heading, "No interventions recorded.", 3)
    rows = []
    for step in interventions:
        who = names.get(step.contact_id or 0, "") or step.performer
        goal = goals.get(step.goal_id or 0, "")
        rows.append(
            (
                cell(
                    line(step.description), line(Span(f"Towards: {goal}", "detail")) if goal else ()
                ),
                cell(line(who) or line(Span("—", NONE))),
                cell(line(step.frequency) or line(Span("—", NONE))),
                cell(line(step.status.label)),
            )
        )
    return [Heading(heading, 3), Table(_INTERVENTION_COLUMNS, tuple(rows), "grid interventions")]


def _reviews(reviews: list[CarePlanReview]) -> list[Block]:
    if not reviews:
        return []
    rows = tuple(
        (cell(line(short_date(review.on_date))), cell(line(review.outcome))) for review in reviews
    )
    return [
        Heading("Latest reviews", 3),
        Table((Column("Date", 16), Column("Outcome", 84)), rows, "grid reviews"),
    ]


_APPOINTMENT_COLUMNS = (
    Column("When", 24, "when"),
    Column("What", 38),
    Column("Where, with", 24),
    Column("Transport", 14),
)


def _appointments(upcoming: list[Upcoming]) -> list[Block]:
    heading = f"Upcoming appointments ({len(upcoming)})"
    if not upcoming:
        return nothing(heading, "No appointments booked.")
    rows = []
    for visit in upcoming:
        what = visit.kind.label + (f": {visit.purpose}" if visit.purpose else "")
        place = visit.location or ("At home" if visit.kind is AppointmentKind.HOME_VISIT else "")
        where = [line(place)] if place else []
        if visit.with_whom:
            where.append(line(f"with {visit.with_whom}"))
        transport = "" if visit.transport is Transport.NOT_NEEDED else visit.transport.label
        rows.append(
            (
                cell(
                    line(short_date(visit.start.date())),
                    line(Span(f"{visit.start:%H:%M}–{visit.end:%H:%M}", "detail")),
                ),
                cell(line(what)),
                cell(*where) if where else cell(line(Span("—", NONE))),
                cell(line(transport) or line(Span("—", NONE))),
            )
        )
    return [Heading(heading), Table(_APPOINTMENT_COLUMNS, tuple(rows), "grid appointments")]


_TASK_COLUMNS = (Column("Task", 62), Column("Due", 22), Column("Priority", 16))


def _tasks(tasks: list[Task], day: date) -> list[Block]:
    heading = f"Open tasks ({len(tasks)})"
    if not tasks:
        return nothing(heading, "None.")
    rows = []
    for task in tasks:
        due = short_date(task.due_date) if task.due_date else "—"
        if task.due_date is not None and task.due_date < day:
            due += " (overdue)"
        priority = (
            line(task.priority.label)
            if task.priority is TaskPriority.ROUTINE
            else line(Span(task.priority.label.upper(), "priority"))
        )
        rows.append((cell(line(task.title)), cell(line(due)), cell(priority)))
    return [Heading(heading), Table(_TASK_COLUMNS, tuple(rows), "grid tasks")]


def _notes(notes: list[Note]) -> list[Block]:
    rows = tuple(
        (
            cell(
                line(short_date(note.written_at.date())),
                line(Span(label_of(note.kind.value), "detail")),
            ),
            cell(*(line(part) for part in note.text.splitlines() if part.strip())),
        )
        for note in notes
    )
    return [
        Heading(f"Recent notes ({len(notes)})"),
        Table((Column("Date", 16), Column("Note", 84)), rows, "grid notes"),
    ]
