"""The day sheet: the printed agenda carried on the round, with optional patient sheets.

What it holds, and how that is read from the store, is in day_sheet_data; this module lays it
out as a document.
"""

from __future__ import annotations

from datetime import date

from carebook.core.calendar_words import clock_text
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
from carebook.core.words import QT_TRANSLATE_NOOP, translate
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
    filled,
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
    short_day_month,
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
        when = translate("DaySheet", "Day sheets, no days")
    elif len(days) == 1:
        when = translate("DaySheet", "Day sheet, {day}").format(day=long_date(days[0]))
    else:
        when = translate("DaySheet", "Day sheets, {first} to {last}").format(
            first=long_date(days[0]), last=long_date(days[-1])
        )
    if not sheet.prepared_by:
        return when
    return translate("DaySheet", "{title}, prepared by {name}").format(
        title=when, name=sheet.prepared_by
    )


# -- the day's page ------------------------------------------------------------------------------


def _day_section(sheet: DaySheet, sheet_day: SheetDay) -> Section:
    agenda = sheet_day.agenda
    summary = [
        count(
            len(agenda.visits),
            translate("DaySheet", "1 visit"),
            translate("DaySheet", "{n} visits"),
        )
    ]
    if agenda.overdue:
        summary.append(
            count(
                len(agenda.overdue),
                translate("DaySheet", "1 overdue task"),
                translate("DaySheet", "{n} overdue tasks"),
            )
        )
    summary.append(
        count(
            len(agenda.due),
            translate("DaySheet", "1 task due"),
            translate("DaySheet", "{n} tasks due"),
        )
    )
    printed = translate("DaySheet", "printed {date} · {summary}").format(
        date=short_date(sheet.printed_on), summary=", ".join(summary)
    )
    if sheet.prepared_by:
        subtitle = filled(
            translate("DaySheet", "Prepared by {name} · {printed}"),
            name=Span(sheet.prepared_by, "b"),
            printed=printed,
        )
        running = translate("DaySheet", "Day sheet · {day} · {name}").format(
            day=long_date(sheet_day.day), name=sheet.prepared_by
        )
    else:
        subtitle = line(printed)
        running = translate("DaySheet", "Day sheet · {day}").format(day=long_date(sheet_day.day))
    blocks = masthead(translate("DaySheet", "DAY SHEET"), long_date(sheet_day.day), subtitle)
    blocks += _visits_table(agenda.visits)
    if agenda.overdue:  # a heading with nothing under it would only take room
        blocks += _tasks_section(
            translate("DaySheet", "Overdue tasks"),
            translate("DaySheet", "Overdue tasks ({count})"),
            agenda.overdue,
            sheet_day.day,
        )
    blocks += _tasks_section(
        translate("DaySheet", "Tasks due today"),
        translate("DaySheet", "Tasks due today ({count})"),
        agenda.due,
        sheet_day.day,
    )
    blocks += _reviews_section(sheet_day.visited_reviews)
    return Section(running, blocks)


def _visit_columns() -> tuple[Column, ...]:
    return (
        TICK,
        Column(translate("DaySheet", "Time"), 9, "time"),
        Column(translate("DaySheet", "Patient"), 18),
        Column(translate("DaySheet", "Address"), 40),
        Column(translate("DaySheet", "Visit"), 16),
        # widened by the printer to the longest allergy's name
        Column(translate("DaySheet", "Allergies"), 14),
    )


def _visits_table(visits: list[Visit]) -> list[Block]:
    heading = Heading(translate("DaySheet", "Visits ({count})").format(count=len(visits)))
    if not visits:
        return [heading, Paragraph(line(translate("DaySheet", "No visits booked.")), NONE)]
    # Short on paper: the times it overlaps (whose visits they are is on their own rows).
    # Each time written once: a crowded day has thousands of visits overlapping each other.
    starts = [clock_text(visit.start) for visit in visits]
    overlaps = translate("DaySheet", "⚠ Overlaps {times}")
    marks = [
        overlaps.format(times=", ".join(sorted({starts[n] for n in others}))) if others else ""
        for others in overlapping(visits)
    ]
    rows = tuple(_visit_row(visit, mark) for visit, mark in zip(visits, marks, strict=True))
    return [heading, Table(_visit_columns(), rows, "grid visits")]


def _visit_row(visit: Visit, overlap: str = "") -> tuple[Cell, ...]:
    where = visit.location or visit.address
    return (
        cell(line(_tick_for_visit(visit.status))),
        cell(
            line(clock_text(visit.start)),
            line(
                Span(
                    translate("DaySheet", "to {time}").format(time=clock_text(visit.end)), "detail"
                )
            ),
        ),
        cell(line(Span(visit.patient, "name")), line(visit.phone)),
        cell(
            line(where) or line(Span(translate("DaySheet", "No address"), NONE)),
            labelled(translate("DaySheet", "Access"), visit.access_notes),
        ),
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
    lines.append(labelled(translate("DaySheet", "With"), visit.with_whom))
    if visit.transport is not Transport.NOT_NEEDED:
        transport = translate("DaySheet", "Transport {transport}").format(
            transport=visit.transport.label.lower()
        )
        lines.append(labelled(transport, visit.transport_details, always=True))
    return lines


def _what(visit: Visit) -> str:
    """ "Wellbeing visit", or "Clinic: Diabetes review": a sheet of home visits does not say
    "Home visit" on every row."""
    if visit.kind is AppointmentKind.HOME_VISIT and visit.purpose:
        return visit.purpose
    if not visit.purpose:
        return visit.kind.label
    return translate("DaySheet", "{kind}: {purpose}").format(
        kind=visit.kind.label, purpose=visit.purpose
    )


def _split_allergies(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


#: A visit's allergy cell when none is listed: the clinical short forms, or a prompt to ask
#: ("None recorded" read as "none known" to a nurse glancing at the sheet).
_NONE_LISTED = {
    AllergyStatement.NOT_RECORDED: QT_TRANSLATE_NOOP("DaySheet", "Not recorded: ask"),
    AllergyStatement.NO_KNOWN_DRUG_ALLERGIES: QT_TRANSLATE_NOOP("DaySheet", "NKDA"),
    AllergyStatement.NO_KNOWN_ALLERGIES: QT_TRANSLATE_NOOP("DaySheet", "NKA"),
}


def _allergycell(substances: list[str], statement: AllergyStatement) -> Cell:
    if not substances:
        return cell(line(Span(translate("DaySheet", _NONE_LISTED[statement]), NONE)))
    lines = [
        line(Span(("⚠ " if n == 0 else "") + substance.upper(), "allergy"))
        for n, substance in enumerate(substances)
    ]
    return cell(*lines, style="allergy-cell")


def _tasks_section(heading: str, counted: str, tasks: list[AgendaTask], day: date) -> list[Block]:
    """The tasks under `heading`, or `counted` ("… ({count})") with their number: both
    translated."""
    if not tasks:
        return [Heading(heading), Paragraph(line(translate("DaySheet", "None.")), NONE)]
    columns = (
        TICK,
        Column(translate("DaySheet", "Task"), 43),
        Column(translate("DaySheet", "Patient"), 21),
        Column(translate("DaySheet", "Due"), 22),
        Column(translate("DaySheet", "Priority"), 11),
    )
    return [
        Heading(counted.format(count=len(tasks))),
        Table(columns, tuple(_task_row(task, day) for task in tasks), "grid tasks"),
    ]


def _task_row(task: AgendaTask, day: date) -> tuple[Cell, ...]:
    tick = {TaskStatus.DONE: "☑", TaskStatus.CANCELLED: "–"}.get(task.status, "☐")
    title = line(task.title)
    if task.status is not TaskStatus.OPEN:
        status = translate("DaySheet", "({status})").format(status=task.status.label.upper())
        title += line(" ", Span(status, "status"))
    return (
        cell(line(tick)),
        cell(title),
        cell(line(task.patient) or line(Span("—", NONE))),
        cell(line(_due_text(task, day))),
        cell(_priority(task.priority)),
    )


def _due_text(task: AgendaTask, day: date) -> str:
    if task.due == day:
        if task.due_time:
            return translate("DaySheet", "Today {time}").format(time=clock_text(task.due_time))
        return translate("DaySheet", "Today")
    late = (day - task.due).days
    # the year only if another one
    due = short_day_month(task.due) if task.due.year == day.year else short_date(task.due)
    if late == 1:
        return translate("DaySheet", "{date} (1 day late)").format(date=due)
    return translate("DaySheet", "{date} ({n} days late)").format(date=due, n=late)


def _priority(priority: TaskPriority) -> Line:
    if priority is TaskPriority.ROUTINE:
        return line(priority.label)
    return line(Span(priority.label.upper(), "priority"))


def _overdue(due: str) -> str:
    """ "4 Nov 2026 (overdue)"."""
    return translate("DaySheet", "{date} (overdue)").format(date=due)


def _reviews_section(reviews: list[ReviewDue]) -> list[Block]:
    if not reviews:
        return []
    rows = []
    for review in reviews:
        due = _overdue(short_date(review.due)) if review.overdue else short_date(review.due)
        rows.append(
            (
                cell(line("☐")),
                cell(line(review.patient)),
                cell(line(_review_text(review))),
                cell(line(due)),
            )
        )
    columns = (
        TICK,
        Column(translate("DaySheet", "Patient"), 22),
        Column(translate("DaySheet", "Review"), 53),
        Column(translate("DaySheet", "Due"), 22),
    )
    heading = translate("DaySheet", "Reviews due at today's visits ({count})")
    return [
        Heading(heading.format(count=len(reviews))),
        Table(columns, tuple(rows), "grid reviews"),
    ]


# -- a patient's sheet ---------------------------------------------------------------------------


def _patient_section(day: date, sheet: PatientSheet) -> Section:
    patient = sheet.patient
    running = translate("DaySheet", "Patient sheet · {name} · {day}").format(
        name=patient.display_name, day=long_date(day)
    )
    blocks = masthead(
        translate("DaySheet", "PATIENT SHEET · {day}").format(day=long_date(day).upper()),
        patient.display_name,
        line(identity(patient, day)),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    blocks += _visit_and_address(patient, sheet.visits)
    blocks += contacts(sheet.care_team)
    blocks += medications(sheet.medications, warnings=sheet.warnings)
    blocks += _changes_since_last_visit(sheet)
    blocks += _to_do(sheet.open_tasks, sheet.reviews, day)
    blocks += [Heading(translate("DaySheet", "Notes")), WritingLines(most=NOTE_LINES, least=2)]
    return Section(running, blocks)


def _visit_and_address(patient: Patient, visits: list[Visit]) -> list[Block]:
    """Today's visits, then where and how to get in: the facts needed at the door."""
    rows = []
    for number, visit in enumerate(visits):
        label = (
            translate("DaySheet", "Today")
            if len(visits) == 1
            else translate("DaySheet", "Visit {number}").format(number=number + 1)
        )
        first, *more = _visit_description(visit)
        times = translate("DaySheet", "{start}–{end}").format(
            start=clock_text(visit.start), end=clock_text(visit.end)
        )
        when = line(Span(times, "b"), " ") + first
        where = labelled(translate("DaySheet", "Where"), visit.location) if visit.location else ()
        rows.append((label, cell(when, *more, where)))
    phones = translate("DaySheet", "{phone} or {other}").format(
        phone=patient.phone, other=patient.phone_alt
    )
    phones = phones if patient.phone and patient.phone_alt else patient.phone or patient.phone_alt
    none_recorded = translate("DaySheet", "None recorded")
    for label, text, missing in (
        (translate("DaySheet", "Address"), patient.address, none_recorded),
        (translate("DaySheet", "Phone"), phones, none_recorded),
        (
            translate("DaySheet", "Access"),
            patient.access_notes,
            translate("DaySheet", "No access notes"),
        ),
    ):
        rows.append((label, cell(line(text) or line(Span(missing, NONE)))))
    table = Table(
        (Column("", 13, "label"), Column("", 87)),
        tuple((cell(line(label)), value) for label, value in rows),
        "facts",
    )
    return [Heading(translate("DaySheet", "Visit, address and access")), table]


def _to_do(tasks: list[Task], reviews: list[ReviewDue], day: date) -> list[Block]:
    """The patient's open tasks and the reviews falling due: what can be done at the visit."""
    heading = Heading(
        translate("DaySheet", "Open tasks and reviews due ({count})").format(
            count=len(tasks) + len(reviews)
        )
    )
    if not tasks and not reviews:
        return [heading, Paragraph(line(translate("DaySheet", "None.")), NONE)]
    rows = []
    for task in tasks:
        due = short_date(task.due_date) if task.due_date else "—"
        if task.due_date is not None and task.due_date < day:
            due = _overdue(due)
        rows.append(
            (
                cell(line("☐")),
                cell(line(task.title)),
                cell(line(due)),
                cell(_priority(task.priority)),
            )
        )
    for review in reviews:
        due = _overdue(short_date(review.due)) if review.overdue else short_date(review.due)
        rows.append(
            (
                cell(line("☐")),
                cell(line(_review_text(review))),
                cell(line(due)),
                cell(line(translate("DaySheet", "Review"))),
            )
        )
    columns = (
        TICK,
        Column(translate("DaySheet", "Task"), 61),
        Column(translate("DaySheet", "Due"), 24),
        Column(translate("DaySheet", "Priority"), 12),
    )
    return [heading, Table(columns, tuple(rows), "grid tasks")]


def _review_text(review: ReviewDue) -> str:
    """ "Review medication: Omeprazole"."""
    kind = _REVIEWED.get(review.kind, review.kind.replace("_", " "))
    return review_of(translate("DaySheet", kind), review.what)


#: What a review is of, as its line names it.
_REVIEWED = {
    "medication": QT_TRANSLATE_NOOP("DaySheet", "medication"),
    "goal": QT_TRANSLATE_NOOP("DaySheet", "goal"),
    "care_plan": QT_TRANSLATE_NOOP("DaySheet", "care plan"),
    "document": QT_TRANSLATE_NOOP("DaySheet", "document"),
}


def _changes_since_last_visit(sheet: PatientSheet) -> list[Block]:
    if sheet.last_visit:
        heading = translate("DaySheet", "Medication changes since the last visit on {date}").format(
            date=short_date(sheet.last_visit)
        )
    else:
        heading = translate("DaySheet", "Medication changes in the last {n} days").format(
            n=CHANGES_WINDOW.days
        )
    return medication_changes(sheet.changes, heading)
