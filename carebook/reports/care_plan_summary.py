"""The care-plan summary sent to the family, the physician or the next agency: one patient.

What it holds, and how that is read from the store, is in care_plan_summary_data; this module
lays it out as a document.
"""

from __future__ import annotations

from datetime import date

from carebook.core.calendar_words import clock_text
from carebook.core.records import Condition, Note, Task
from carebook.core.vocabularies import (
    AppointmentKind,
    ContactRole,
    ReferralStatus,
    TaskPriority,
    Transport,
    label_of,
)
from carebook.core.words import translate
from carebook.reports import html_page
from carebook.reports.care_plan_parts import chart_blocks, plan_blocks
from carebook.reports.care_plan_summary_data import (
    CarePlanSummary,
    PlanPart,
    SummarySource,
    Upcoming,
    gather,
)
from carebook.reports.document import (
    Block,
    Column,
    Document,
    Heading,
    Line,
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
    full_date,
    identity,
    masthead,
    medications,
    nothing,
    prepared,
    short_date,
)
from carebook.reports.wording import next_visit, series
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
    return translate("CarePlanSummary", "Care plan summary, {name}, {date}").format(
        name=summary.patient.display_name, date=full_date(summary.prepared_on)
    )


def document(summary: CarePlanSummary) -> Document:
    """The summary as a report: the patient, their care and their plan, in one section."""
    patient, day = summary.patient, summary.prepared_on
    blocks = masthead(
        translate("CarePlanSummary", "CARE PLAN SUMMARY"),
        patient.display_name,
        line(identity(patient, day)),
        prepared(summary.prepared_by, day),
    )
    blocks.append(allergy_box(summary.allergies, summary.patient))
    blocks += _about(summary)
    blocks += contacts(summary.care_team, translate("CarePlanSummary", "Care team and contacts"))
    blocks += _conditions(summary.conditions)
    blocks += medications(
        summary.medications, prescribers=summary.prescribers, warnings=summary.warnings
    )
    if not summary.plans:
        blocks += nothing(
            translate("CarePlanSummary", "Care plan"),
            translate("CarePlanSummary", "No current care plan recorded."),
        )
    for part in summary.plans:
        blocks += plan_blocks(part, summary.contacts_by_id, day, summary.progress)
    blocks += chart_blocks(summary.charts)
    blocks += _appointments(summary.upcoming, day)
    blocks += _referrals(summary.referrals, day)
    blocks += _tasks(summary.open_tasks, day)
    if summary.notes:
        blocks += _notes(summary.notes)
    running = translate("CarePlanSummary", "Care plan summary · {name} · {date}").format(
        name=patient.display_name, date=short_date(day)
    )
    return Document(title=title(summary), sections=[Section(running, blocks)])


def render_html(
    summary: CarePlanSummary, paper: str = "a4", *, page_furniture: bool = False
) -> str:
    """The summary as one self-contained HTML page."""
    return html_page.render(document(summary), paper, page_furniture=page_furniture)


def _about(summary: CarePlanSummary) -> list[Block]:
    """Where they live, how to reach them, who pays, and whom to call in an emergency."""
    patient = summary.patient
    phones = patient.phone or patient.phone_alt
    if patient.phone and patient.phone_alt:
        phones = translate("CarePlanSummary", "{phone} or {other}").format(
            phone=patient.phone, other=patient.phone_alt
        )
    member = patient.member_id and translate("CarePlanSummary", "member ID {id}").format(
        id=patient.member_id
    )
    payer = " · ".join(part for part in (patient.payer, member) if part)
    emergency = [
        (member, contact)
        for member, contact in summary.care_team
        if member.is_emergency or member.role is ContactRole.EMERGENCY_CONTACT
    ]
    none_recorded = translate("CarePlanSummary", "None recorded")
    rows = [
        (translate("CarePlanSummary", "Address"), patient.address, none_recorded),
        (translate("CarePlanSummary", "Phone"), phones, none_recorded),
        (translate("CarePlanSummary", "Payer"), payer, none_recorded),
    ]
    if patient.access_notes:
        rows.append((translate("CarePlanSummary", "Access"), patient.access_notes, ""))
    for person, contact in emergency[:2]:
        rows.append(
            (
                translate("CarePlanSummary", "Emergency"),
                ", ".join(
                    part
                    for part in (contact.name, person.role.label.lower(), contact.phone)
                    if part
                ),
                "",
            )
        )
    if not emergency:
        rows.append(
            (
                translate("CarePlanSummary", "Emergency"),
                "",
                translate("CarePlanSummary", "No emergency contact recorded"),
            )
        )
    table = Table(
        (Column("", 16, "label"), Column("", 84)),
        tuple(
            (cell(line(label)), cell(line(text) or line(Span(missing, NONE))))
            for label, text, missing in rows
        ),
        "facts",
    )
    return [Heading(translate("CarePlanSummary", "About")), table]


def _conditions(conditions: list[Condition]) -> list[Block]:
    heading = translate("CarePlanSummary", "Conditions ({count})").format(count=len(conditions))
    if not conditions:
        return nothing(heading, translate("CarePlanSummary", "No conditions recorded."))
    rows = tuple(
        (
            cell(line(Span(c.description, "b"), f" ({c.code})" if c.code else "")),
            cell(line(short_date(c.onset_date) if c.onset_date else "—")),
            cell(line(c.status.label)),
        )
        for c in conditions
    )
    columns = (
        Column(translate("CarePlanSummary", "Condition"), 52),
        Column(translate("CarePlanSummary", "Since"), 24),
        Column(translate("CarePlanSummary", "Status"), 24),
    )
    return [Heading(heading), Table(columns, rows, "grid conditions")]


def _appointments(upcoming: list[Upcoming], day: date) -> list[Block]:
    heading = translate("CarePlanSummary", "Upcoming appointments ({count})").format(
        count=len(upcoming)
    )
    if not upcoming:
        return nothing(heading, translate("CarePlanSummary", "No appointments booked."))
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
                line(Span(_times(visit), "detail")),
            )
        )
        what = visit.kind.label
        if visit.purpose:
            what = translate("CarePlanSummary", "{kind}: {purpose}").format(
                kind=visit.kind.label, purpose=visit.purpose
            )
        at_home = visit.kind is AppointmentKind.HOME_VISIT
        place = visit.location or (translate("CarePlanSummary", "At home") if at_home else "")
        where = [line(place)] if place else []
        if visit.with_whom:
            where.append(
                line(translate("CarePlanSummary", "with {whom}").format(whom=visit.with_whom))
            )
        transport = "" if visit.transport is Transport.NOT_NEEDED else visit.transport.label
        rows.append(
            (
                when,
                cell(line(what)),
                cell(*where) if where else cell(line(Span("—", NONE))),
                cell(line(transport) or line(Span("—", NONE))),
            )
        )
    columns = (
        Column(translate("CarePlanSummary", "When"), 24, "when"),
        Column(translate("CarePlanSummary", "What"), 38),
        Column(translate("CarePlanSummary", "Where, with"), 24),
        Column(translate("CarePlanSummary", "Transport"), 14),
    )
    return [Heading(heading), Table(columns, tuple(rows), "grid appointments")]


def _times(visit: Upcoming) -> str:
    """ "10:00–11:00"."""
    return translate("CarePlanSummary", "{start}–{end}").format(
        start=clock_text(visit.start), end=clock_text(visit.end)
    )


def _referrals(referrals: list[ReferralRow], day: date) -> list[Block]:
    """The referrals not yet answered; none, no heading (most patients have none)."""
    if not referrals:
        return []
    rows = []
    for referral in referrals:
        follow_up = short_date(referral.follow_up_on) if referral.follow_up_on else "—"
        if referral.follow_up_on is not None and referral.follow_up_on < day:
            follow_up = _overdue(follow_up)
        rows.append(
            (
                cell(line(referral.to_whom or "—"), line(Span(_standing(referral), "detail"))),
                cell(line(referral.reason)),
                cell(line(short_date(referral.sent_on))),
                cell(line(follow_up)),
            )
        )
    columns = (
        Column(translate("CarePlanSummary", "Referred to"), 30),
        Column(translate("CarePlanSummary", "For"), 38),
        Column(translate("CarePlanSummary", "Sent"), 14),
        Column(translate("CarePlanSummary", "Follow-up"), 18),
    )
    return [
        Heading(translate("CarePlanSummary", "Referrals ({count})").format(count=len(referrals))),
        Table(columns, tuple(rows), "grid referrals"),
    ]


def _standing(referral: ReferralRow) -> str:
    if referral.status is ReferralStatus.ACCEPTED:
        return translate("CarePlanSummary", "Accepted")
    return translate("CarePlanSummary", "Awaiting an answer")


def _overdue(due: str) -> str:
    return translate("CarePlanSummary", "{date} (overdue)").format(date=due)


def _tasks(tasks: list[Task], day: date) -> list[Block]:
    heading = translate("CarePlanSummary", "Open tasks ({count})").format(count=len(tasks))
    if not tasks:
        return nothing(heading, translate("CarePlanSummary", "None."))
    rows = []
    for task in tasks:
        due = short_date(task.due_date) if task.due_date else "—"
        if task.due_date is not None and task.due_date < day:
            due = _overdue(due)
        priority = (
            line(task.priority.label)
            if task.priority is TaskPriority.ROUTINE
            else line(Span(task.priority.label.upper(), "priority"))
        )
        rows.append((cell(line(task.title)), cell(line(due)), cell(priority)))
    columns = (
        Column(translate("CarePlanSummary", "Task"), 62),
        Column(translate("CarePlanSummary", "Due"), 22),
        Column(translate("CarePlanSummary", "Priority"), 16),
    )
    return [Heading(heading), Table(columns, tuple(rows), "grid tasks")]


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
        Heading(translate("CarePlanSummary", "Recent notes ({count})").format(count=len(notes))),
        Table(
            (
                Column(translate("CarePlanSummary", "Date"), 16),
                Column(translate("CarePlanSummary", "Note"), 84),
            ),
            rows,
            "grid notes",
        ),
    ]


def _visit_of(note: Note) -> list[Line]:
    """Which visit a visit's note belongs to ("of the visit on 2 Mar 2026 10:00")."""
    if note.appointment_id is None or note.original_start is None:
        return []
    said = translate("CarePlanSummary", "of the visit on {date} {time}").format(
        date=short_date(note.original_start.date()), time=clock_text(note.original_start)
    )
    return [line(Span(said, "detail"))]
