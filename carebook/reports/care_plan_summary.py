"""The care-plan summary sent to the family, the physician or the next agency: one patient.

What it holds, and how that is read from the store, is in care_plan_summary_data; this module
lays it out as a document.
"""

from __future__ import annotations

from datetime import date

from carebook.core.goal_progress import GoalProgress
from carebook.core.records import CarePlanReview, Condition, Goal, Intervention, Note, Problem, Task
from carebook.core.vocabularies import (
    AppointmentKind,
    ContactRole,
    GoalLifecycle,
    ReferralStatus,
    TaskPriority,
    Transport,
    label_of,
)
from carebook.reports import html_page
from carebook.reports.care_plan_summary_data import (
    CarePlanSummary,
    PlanPart,
    SummarySource,
    Upcoming,
    gather,
)
from carebook.reports.document import (
    Block,
    Chart,
    Column,
    Document,
    Heading,
    Line,
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
from carebook.reports.trends import TrendSeries, measure_name
from carebook.reports.wording import next_visit, series, titled
from carebook.store.referrals import ReferralRow

__all__ = [
    "CarePlanSummary",
    "PlanPart",
    "SummarySource",
    "Upcoming",
    "document",
    "gather",
    "render_html",
    "title",
]


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
    blocks.append(allergy_box(summary.allergies, summary.patient))
    blocks += _about(summary)
    blocks += contacts(summary.care_team, "Care team and contacts")
    blocks += _conditions(summary.conditions)
    blocks += medications(
        summary.medications, prescribers=summary.prescribers, warnings=summary.warnings
    )
    if not summary.plans:
        blocks += nothing("Care plan", "No current care plan recorded.")
    for part in summary.plans:
        blocks += _plan(part, summary.contacts_by_id, day, summary.progress)
    blocks += _charts(summary.charts)
    blocks += _appointments(summary.upcoming, day)
    blocks += _referrals(summary.referrals, day)
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


def _plan(
    part: PlanPart, names: dict[int, str], day: date, progress: dict[int, GoalProgress]
) -> list[Block]:
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
        Heading(titled("Care plan", plan.title)),
        Paragraph(line(" · ".join(facts), *review), "plan"),
    ]
    if plan.notes:
        blocks.append(Paragraph(line(plan.notes)))
    blocks += _problems(part.problems)
    blocks += _goals(part.goals, {p.id: p.description for p in part.problems if p.id}, progress)
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


def _goals(
    goals: list[Goal], problems: dict[int, str], progress: dict[int, GoalProgress]
) -> list[Block]:
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
                cell(*_target(goal, progress.get(goal.id or 0))),
                cell(line(short_date(goal.due_date) if goal.due_date else "—")),
                cell(*status),
            )
        )
    return [Heading(heading, 3), Table(_GOAL_COLUMNS, tuple(rows), "grid goals")]


def _target(goal: Goal, progress: GoalProgress | None) -> list[Line]:
    """The goal's target in words, then what it measures and how far it has come."""
    measured = _progress(goal, progress)
    if goal.target or not measured:
        return [line(goal.target) or line(Span("—", NONE)), *measured]
    return measured


def _progress(goal: Goal, progress: GoalProgress | None) -> list[Line]:
    """What a measured goal measures, and how far it has come: "PHQ-9 ≤ 10", "latest 9 on
    30 Nov 2026, improving", "Met"."""
    if progress is None or not goal.measure:
        return []
    side = "≤" if goal.measure_below else "≥"
    target = "" if goal.measure_target is None else f" {side} {_number(goal.measure_target)}"
    lines = [line(Span(f"{measure_name(goal.measure)}{target}", "detail"))]
    said = progress.said.split(", target")[0]
    lines.append(line(Span(said[:1].upper() + said[1:], "detail")))
    if progress.met is not None:
        lines.append(line(Span("Met" if progress.met else "Not met", "b")))
    return lines


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _charts(charts: list[TrendSeries]) -> list[Block]:
    """The charts of what the plan's goals measure, each with its target."""
    if not charts:
        return []
    blocks: list[Block] = [Heading("Measured goals")]
    for chart in charts:
        unit = f" ({chart.unit})" if chart.unit and chart.unit != "points" else ""
        blocks += [Heading(f"{chart.title}{unit}", 3), Chart(chart, 11)]
    return blocks


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


def _appointments(upcoming: list[Upcoming], day: date) -> list[Block]:
    heading = f"Upcoming appointments ({len(upcoming)})"
    if not upcoming:
        return nothing(heading, "No appointments booked.")
    rows = []
    for visit in upcoming:
        when = (
            cell(
                line(series(visit.repeats, visit.start)),
                line(Span(next_visit(visit.start, visit.end, day), "detail")),
                style="series",
            )
            if visit.repeats
            else cell(
                line(short_date(visit.start.date())),
                line(Span(f"{visit.start:%H:%M}–{visit.end:%H:%M}", "detail")),
            )
        )
        what = visit.kind.label + (f": {visit.purpose}" if visit.purpose else "")
        place = visit.location or ("At home" if visit.kind is AppointmentKind.HOME_VISIT else "")
        where = [line(place)] if place else []
        if visit.with_whom:
            where.append(line(f"with {visit.with_whom}"))
        transport = "" if visit.transport is Transport.NOT_NEEDED else visit.transport.label
        rows.append(
            (
                when,
                cell(line(what)),
                cell(*where) if where else cell(line(Span("—", NONE))),
                cell(line(transport) or line(Span("—", NONE))),
            )
        )
    return [Heading(heading), Table(_APPOINTMENT_COLUMNS, tuple(rows), "grid appointments")]


_REFERRAL_COLUMNS = (
    Column("Referred to", 30),
    Column("For", 38),
    Column("Sent", 14),
    Column("Follow-up", 18),
)


def _referrals(referrals: list[ReferralRow], day: date) -> list[Block]:
    """The referrals not yet answered; none, no heading (most patients have none)."""
    if not referrals:
        return []
    rows = []
    for referral in referrals:
        follow_up = short_date(referral.follow_up_on) if referral.follow_up_on else "—"
        if referral.follow_up_on is not None and referral.follow_up_on < day:
            follow_up += " (overdue)"
        rows.append(
            (
                cell(line(referral.to_whom or "—"), line(Span(_standing(referral), "detail"))),
                cell(line(referral.reason)),
                cell(line(short_date(referral.sent_on))),
                cell(line(follow_up)),
            )
        )
    return [
        Heading(f"Referrals ({len(referrals)})"),
        Table(_REFERRAL_COLUMNS, tuple(rows), "grid referrals"),
    ]


def _standing(referral: ReferralRow) -> str:
    return "Accepted" if referral.status is ReferralStatus.ACCEPTED else "Awaiting an answer"


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
                *_visit_of(note),
            ),
            cell(*(line(part) for part in note.text.splitlines() if part.strip())),
        )
        for note in notes
    )
    return [
        Heading(f"Recent notes ({len(notes)})"),
        Table((Column("Date", 16), Column("Note", 84)), rows, "grid notes"),
    ]


def _visit_of(note: Note) -> list[Line]:
    """Which visit a visit's note belongs to ("of the visit on 2 Mar 2026 10:00")."""
    if note.appointment_id is None or note.original_start is None:
        return []
    when = f"{short_date(note.original_start.date())} {note.original_start:%H:%M}"
    return [line(Span(f"of the visit on {when}", "detail"))]
