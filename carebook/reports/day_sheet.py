"""The day sheet: the printed agenda carried on the round, with optional patient sheets.

What it holds, and how that is read from the store, is in day_sheet_data; this module lays it
out as a document.
"""

from __future__ import annotations

from datetime import date

from carebook.core.records import Patient, Task
from carebook.core.schedule import overlapping
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import (
    AllergyStatement,
    AppointmentKind,
    AppointmentStatus,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.reports import html_page
from carebook.reports.day_sheet_data import (
    CHANGES_WINDOW,
    NOT_HAPPENING,
    DaySheet,
    PatientSheet,
    SheetDay,
    SheetSource,
    gather,
)
from carebook.reports.document import (
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Line,
    Paragraph,
    Section,
    Span,
    Table,
    WritingLines,
    line,
)
from carebook.reports.patient_blocks import (
    NONE,
    TICK,
    allergy_box,
    cell,
    contacts,
    count,
    identity,
    labelled,
    long_date,
    masthead,
    medication_changes,
    medications,
    short_date,
)
from carebook.reports.wording import review_of

__all__ = [
    "DaySheet",
    "PatientSheet",
    "SheetDay",
    "SheetSource",
    "document",
    "gather",
    "render_html",
    "title",
]

#: Ruled lines left for handwritten notes on each patient sheet.
NOTE_LINES = 6


def document(sheet: DaySheet) -> Document:
    """The day sheet as a report: a section a day, then a section per patient visited."""
    sections = []
    for sheet_day in sheet.days:
        sections.append(_day_section(sheet, sheet_day))
        sections += [_patient_section(sheet_day.day, patient) for patient in sheet_day.patients]
    return Document(title=title(sheet), sections=sections)


def render_html(sheet: DaySheet, paper: str = "a4", *, page_furniture: bool = False) -> str:
    """The day sheet as one self-contained HTML page (styles inline, nothing fetched).

    `page_furniture` leaves the confidentiality notice to a renderer that prints it on every
    page itself.
    """
    return html_page.render(document(sheet), paper, page_furniture=page_furniture)


def title(sheet: DaySheet) -> str:
    """ "Day sheet, Tuesday 24 November 2026, prepared by Ann Smith"."""
    days = [sheet_day.day for sheet_day in sheet.days]
    if not days:
        when = "no days"
    elif len(days) == 1:
        when = long_date(days[0])
    else:
        when = f"{long_date(days[0])} to {long_date(days[-1])}"
    name = "Day sheet" if len(days) == 1 else "Day sheets"
    who = f", prepared by {sheet.prepared_by}" if sheet.prepared_by else ""
    return f"{name}, {when}{who}"


# -- the day's page ------------------------------------------------------------------------------


def _day_section(sheet: DaySheet, sheet_day: SheetDay) -> Section:
    agenda = sheet_day.agenda
    summary = [count(len(agenda.visits), "visit", "visits")]
    if agenda.overdue:
        summary.append(count(len(agenda.overdue), "overdue task", "overdue tasks"))
    summary.append(count(len(agenda.due), "task due", "tasks due"))
    who: tuple[str | Span, ...] = (
        ("Prepared by ", Span(sheet.prepared_by, "b"), " · ") if sheet.prepared_by else ()
    )
    subtitle = line(*who, f"printed {short_date(sheet.printed_on)} · {', '.join(summary)}")
    running = f"Day sheet · {long_date(sheet_day.day)}" + (
        f" · {sheet.prepared_by}" if sheet.prepared_by else ""
    )
    blocks = masthead("DAY SHEET", long_date(sheet_day.day), subtitle)
    blocks += _visits_table(agenda.visits)
    if agenda.overdue:  # a heading with nothing under it would only take room
        blocks += _tasks_section("Overdue tasks", agenda.overdue, sheet_day.day)
    blocks += _tasks_section("Tasks due today", agenda.due, sheet_day.day)
    blocks += _reviews_section("Reviews due at today's visits", sheet_day.visited_reviews)
    return Section(running, blocks)


_VISIT_COLUMNS = (
    TICK,
    Column("Time", 9, "time"),
    Column("Patient", 18),
    Column("Address", 40),
    Column("Visit", 16),
    Column("Allergies", 14),  # widened by the printer to the longest allergy's name
)


def _visits_table(visits: list[Visit]) -> list[Block]:
    heading = Heading(f"Visits ({len(visits)})")
    if not visits:
        return [heading, Paragraph(line("No visits booked."), NONE)]
    # Short on paper: the times it overlaps (whose visits they are is on their own rows).
    # Each time written once: a crowded day has thousands of visits overlapping each other.
    starts = [f"{visit.start:%H:%M}" for visit in visits]
    marks = [
        "⚠ Overlaps " + ", ".join(sorted({starts[n] for n in others})) if others else ""
        for others in overlapping(visits)
    ]
    rows = tuple(_visit_row(visit, mark) for visit, mark in zip(visits, marks, strict=True))
    return [heading, Table(_VISIT_COLUMNS, rows, "grid visits")]


def _visit_row(visit: Visit, overlap: str = "") -> tuple[Cell, ...]:
    where = visit.location or visit.address
    return (
        cell(line(_tick_for_visit(visit.status))),
        cell(line(f"{visit.start:%H:%M}"), line(Span(f"to {visit.end:%H:%M}", "detail"))),
        cell(line(Span(visit.patient, "name")), line(visit.phone)),
        cell(line(where) or line(Span("No address", NONE)), labelled("Access", visit.access_notes)),
        cell(*_visit_description(visit), *([line(Span(overlap, "status"))] if overlap else [])),
        _allergycell(_split_allergies(visit.allergies), visit.allergy_statement),
    )


def _tick_for_visit(status: AppointmentStatus) -> str:
    if status is AppointmentStatus.DONE:
        return "☑"
    return "–" if status in NOT_HAPPENING else "☐"


def _visit_description(visit: Visit) -> list[Line]:
    lines = []
    if visit.status is not AppointmentStatus.BOOKED:
        lines.append(line(Span(visit.status.label.upper(), "status")))
    lines.append(line(_what(visit)))
    lines.append(labelled("With", visit.with_whom))
    if visit.transport is not Transport.NOT_NEEDED:
        lines.append(
            labelled(
                f"Transport {visit.transport.label.lower()}", visit.transport_details, always=True
            )
        )
    return lines


def _what(visit: Visit) -> str:
    """ "Wellbeing visit", or "Clinic: Diabetes review": a sheet of home visits does not say
    "Home visit" on every row."""
    if visit.kind is AppointmentKind.HOME_VISIT and visit.purpose:
        return visit.purpose
    return visit.kind.label + (f": {visit.purpose}" if visit.purpose else "")


def _split_allergies(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


#: A visit's allergy cell when none is listed: the clinical short forms, or a prompt to ask
#: ("None recorded" read as "none known" to a nurse glancing at the sheet).
_NONE_LISTED = {
    AllergyStatement.NOT_RECORDED: "Not recorded: ask",
    AllergyStatement.NO_KNOWN_DRUG_ALLERGIES: "NKDA",
    AllergyStatement.NO_KNOWN_ALLERGIES: "NKA",
}


def _allergycell(substances: list[str], statement: AllergyStatement) -> Cell:
    if not substances:
        return cell(line(Span(_NONE_LISTED[statement], NONE)))
    lines = [
        line(Span(("⚠ " if n == 0 else "") + substance.upper(), "allergy"))
        for n, substance in enumerate(substances)
    ]
    return cell(*lines, style="allergy-cell")


_TASK_COLUMNS = (
    TICK,
    Column("Task", 43),
    Column("Patient", 21),
    Column("Due", 22),
    Column("Priority", 11),
)


def _tasks_section(heading: str, tasks: list[AgendaTask], day: date) -> list[Block]:
    if not tasks:
        return [Heading(heading), Paragraph(line("None."), NONE)]
    return [
        Heading(f"{heading} ({len(tasks)})"),
        Table(_TASK_COLUMNS, tuple(_task_row(task, day) for task in tasks), "grid tasks"),
    ]


def _task_row(task: AgendaTask, day: date) -> tuple[Cell, ...]:
    tick = {TaskStatus.DONE: "☑", TaskStatus.CANCELLED: "–"}.get(task.status, "☐")
    title = line(task.title)
    if task.status is not TaskStatus.OPEN:
        title += line(" ", Span(f"({task.status.label.upper()})", "status"))
    return (
        cell(line(tick)),
        cell(title),
        cell(line(task.patient) or line(Span("—", NONE))),
        cell(line(_due_text(task, day))),
        cell(_priority(task.priority)),
    )


def _due_text(task: AgendaTask, day: date) -> str:
    if task.due == day:
        return f"Today {task.due_time:%H:%M}" if task.due_time else "Today"
    late = (day - task.due).days
    due = short_date(task.due).removesuffix(f" {day.year}")  # the year only if another one
    return f"{due} ({count(late, 'day', 'days')} late)"


def _priority(priority: TaskPriority) -> Line:
    if priority is TaskPriority.ROUTINE:
        return line(priority.label)
    return line(Span(priority.label.upper(), "priority"))


_REVIEW_COLUMNS = (TICK, Column("Patient", 22), Column("Review", 53), Column("Due", 22))


def _reviews_section(heading: str, reviews: list[ReviewDue]) -> list[Block]:
    if not reviews:
        return []
    rows = []
    for review in reviews:
        due = short_date(review.due) + (" (overdue)" if review.overdue else "")
        rows.append(
            (
                cell(line("☐")),
                cell(line(review.patient)),
                cell(line(_review_text(review))),
                cell(line(due)),
            )
        )
    return [
        Heading(f"{heading} ({len(reviews)})"),
        Table(_REVIEW_COLUMNS, tuple(rows), "grid reviews"),
    ]


# -- a patient's sheet ---------------------------------------------------------------------------


def _patient_section(day: date, sheet: PatientSheet) -> Section:
    patient = sheet.patient
    running = f"Patient sheet · {patient.display_name} · {long_date(day)}"
    blocks = masthead(
        f"PATIENT SHEET · {long_date(day).upper()}",
        patient.display_name,
        line(identity(patient, day)),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    blocks += _visit_and_address(patient, sheet.visits)
    blocks += contacts(sheet.care_team)
    blocks += medications(sheet.medications, warnings=sheet.warnings)
    blocks += _changes_since_last_visit(sheet)
    blocks += _to_do(sheet.open_tasks, sheet.reviews, day)
    blocks += [Heading("Notes"), WritingLines(most=NOTE_LINES, least=2)]
    return Section(running, blocks)


def _visit_and_address(patient: Patient, visits: list[Visit]) -> list[Block]:
    """Today's visits, then where and how to get in: the facts needed at the door."""
    rows = []
    for number, visit in enumerate(visits):
        label = "Today" if len(visits) == 1 else f"Visit {number + 1}"
        first, *more = _visit_description(visit)
        when = line(Span(f"{visit.start:%H:%M}–{visit.end:%H:%M}", "b"), " ") + first
        where = labelled("Where", visit.location) if visit.location else ()
        rows.append((label, cell(when, *more, where)))
    phones = " or ".join(phone for phone in (patient.phone, patient.phone_alt) if phone)
    for label, text, missing in (
        ("Address", patient.address, "None recorded"),
        ("Phone", phones, "None recorded"),
        ("Access", patient.access_notes, "No access notes"),
    ):
        rows.append((label, cell(line(text) or line(Span(missing, NONE)))))
    table = Table(
        (Column("", 13, "label"), Column("", 87)),
        tuple((cell(line(label)), value) for label, value in rows),
        "facts",
    )
    return [Heading("Visit, address and access"), table]


_TO_DO_COLUMNS = (TICK, Column("Task", 61), Column("Due", 24), Column("Priority", 12))


def _to_do(tasks: list[Task], reviews: list[ReviewDue], day: date) -> list[Block]:
    """The patient's open tasks and the reviews falling due: what can be done at the visit."""
    heading = Heading(f"Open tasks and reviews due ({len(tasks) + len(reviews)})")
    if not tasks and not reviews:
        return [heading, Paragraph(line("None."), NONE)]
    rows = []
    for task in tasks:
        due = short_date(task.due_date) if task.due_date else "—"
        if task.due_date is not None and task.due_date < day:
            due += " (overdue)"
        rows.append(
            (
                cell(line("☐")),
                cell(line(task.title)),
                cell(line(due)),
                cell(_priority(task.priority)),
            )
        )
    for review in reviews:
        due = short_date(review.due) + (" (overdue)" if review.overdue else "")
        rows.append(
            (
                cell(line("☐")),
                cell(line(_review_text(review))),
                cell(line(due)),
                cell(line("Review")),
            )
        )
    return [heading, Table(_TO_DO_COLUMNS, tuple(rows), "grid tasks")]


def _review_text(review: ReviewDue) -> str:
    """ "Review medication: Omeprazole"."""
    return review_of(review.kind.replace("_", " "), review.what)


def _changes_since_last_visit(sheet: PatientSheet) -> list[Block]:
    since = (
        f"since the last visit on {short_date(sheet.last_visit)}"
        if sheet.last_visit
        else f"in the last {CHANGES_WINDOW.days} days"
    )
    return medication_changes(sheet.changes, f"Medication changes {since}")
