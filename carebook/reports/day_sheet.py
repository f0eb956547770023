"""The day sheet: the printed agenda carried on the round, with optional patient sheets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from carebook.core.agenda import DayAgenda, build_day
from carebook.core.domain import (
    AgendaTask,
    Allergy,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    CareTeamMember,
    Contact,
    ListQuery,
    Medication,
    MedicationEvent,
    MedicationStatus,
    Patient,
    ReviewDue,
    Task,
    TaskPriority,
    TaskStatus,
    Transport,
    Visit,
)
from carebook.reports import html_page
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
    MedicationChange,
    allergy_box,
    cell,
    changes_between,
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

#: How far back medication changes go for a patient with no earlier visit to count from.
CHANGES_WINDOW = timedelta(days=30)
#: Ruled lines left for handwritten notes on each patient sheet.
NOTE_LINES = 6

# The coordinator's own contacts with the patient: changes are shown since she last saw them,
# not since a clinic appointment she only arranged.
_OWN_VISITS = frozenset({AppointmentKind.HOME_VISIT.value, AppointmentKind.TELEHEALTH.value})
_COUNTED = frozenset({AppointmentStatus.DONE.value, AppointmentStatus.BOOKED.value})
_NOT_HAPPENING = frozenset({AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW})
_LOOKBACK_ROWS = 60


class SheetSource(Protocol):
    """The store's reads a day sheet is made of."""

    def today(self) -> date: ...

    def visits_on(self, day: date) -> list[Visit]: ...

    def agenda_tasks(self, day: date) -> list[AgendaTask]: ...

    def reviews_due(self, day: date) -> list[ReviewDue]: ...

    def patient(self, patient_id: int) -> Patient | None: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...

    def medications(self, patient_id: int) -> list[Medication]: ...

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...

    def tasks_for(self, patient_id: int) -> list[Task]: ...

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]: ...


# -- what a day sheet holds ----------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PatientSheet:
    """What the coordinator needs in the house: one patient, on one day."""

    patient: Patient
    visits: list[Visit]
    care_team: list[tuple[CareTeamMember, Contact]]
    allergies: list[Allergy]  # active ones only
    medications: list[Medication]  # current: active or on hold
    changes: list[MedicationChange]
    changes_since: date
    last_visit: date | None  # what `changes_since` counts from; None: the last 30 days
    reviews: list[ReviewDue]
    open_tasks: list[Task]


@dataclass(slots=True, kw_only=True)
class SheetDay:
    """One day of the sheet: its agenda, and a patient sheet per patient visited if asked."""

    agenda: DayAgenda
    patients: list[PatientSheet] = field(default_factory=list)

    @property
    def day(self) -> date:
        return self.agenda.day

    @property
    def visited_reviews(self) -> list[ReviewDue]:
        """Reviews due for patients seen that day: the ones that can be done on the round."""
        visited = {visit.patient_id for visit in _happening(self.agenda.visits)}
        return [review for review in self.agenda.reviews if review.patient_id in visited]


@dataclass(slots=True, kw_only=True)
class DaySheet:
    """Everything a printed day sheet shows, for one or more days."""

    days: list[SheetDay]
    prepared_by: str = ""
    printed_on: date


def gather(
    store: SheetSource, days: list[date], patient_sheets: bool, prepared_by: str
) -> DaySheet:
    """Read everything the day sheet for `days` shows, through the store's public reads."""
    sheet_days = []
    for day in days:
        agenda = build_day(store, day)
        sheets = _patient_sheets(store, agenda) if patient_sheets else []
        sheet_days.append(SheetDay(agenda=agenda, patients=sheets))
    return DaySheet(days=sheet_days, prepared_by=prepared_by.strip(), printed_on=store.today())


def _happening(visits: Iterable[Visit]) -> list[Visit]:
    return [visit for visit in visits if visit.status not in _NOT_HAPPENING]


def _patient_sheets(store: SheetSource, agenda: DayAgenda) -> list[PatientSheet]:
    """One sheet per patient visited that day, in the order of their first visit."""
    by_patient: dict[int, list[Visit]] = {}
    for visit in _happening(agenda.visits):
        by_patient.setdefault(visit.patient_id, []).append(visit)
    sheets = []
    for patient_id, visits in by_patient.items():
        patient = store.patient(patient_id)
        if patient is not None:  # removed since the agenda was read
            sheets.append(_patient_sheet(store, agenda, patient, visits))
    return sheets


def _patient_sheet(
    store: SheetSource, agenda: DayAgenda, patient: Patient, visits: list[Visit]
) -> PatientSheet:
    assert patient.id is not None
    day = agenda.day
    last_visit = _last_visit(store, patient.id, day)
    since = last_visit or day - CHANGES_WINDOW
    medications = store.medications(patient.id)
    return PatientSheet(
        patient=patient,
        visits=visits,
        care_team=store.care_team(patient.id),
        allergies=[a for a in store.allergies(patient.id) if a.status is AllergyStatus.ACTIVE],
        medications=[m for m in medications if m.status is not MedicationStatus.STOPPED],
        changes=changes_between(store, medications, since, day),
        changes_since=since,
        last_visit=last_visit,
        reviews=[review for review in agenda.reviews if review.patient_id == patient.id],
        open_tasks=[t for t in store.tasks_for(patient.id) if t.status is TaskStatus.OPEN],
    )


def _last_visit(store: SheetSource, patient_id: int, day: date) -> date | None:
    """The day of the patient's previous visit (done, or booked and not called off)."""
    query = ListQuery(
        filter="all",
        patient_id=patient_id,
        date_to=day - timedelta(days=1),
        sort="start",
        descending=True,
    )
    for start, status, kind in store.list_rows(
        "appointments", query, ("start", "status", "kind"), 0, _LOOKBACK_ROWS
    ):
        if status in _COUNTED and kind in _OWN_VISITS:
            return datetime.fromisoformat(start).date()
    return None


# -- the printed document ------------------------------------------------------------------------


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
    Column("Time", 11, "time"),
    Column("Patient", 19),
    Column("Address", 29),
    Column("Visit", 18),
    Column("Allergies", 20),
)


def _visits_table(visits: list[Visit]) -> list[Block]:
    heading = Heading(f"Visits ({len(visits)})")
    if not visits:
        return [heading, Paragraph(line("No visits booked."), NONE)]
    return [
        heading,
        Table(_VISIT_COLUMNS, tuple(_visit_row(visit) for visit in visits), "grid visits"),
    ]


def _visit_row(visit: Visit) -> tuple[Cell, ...]:
    where = visit.location or visit.address
    return (
        cell(line(_tick_for_visit(visit.status))),
        cell(line(f"{visit.start:%H:%M}"), line(Span(f"to {visit.end:%H:%M}", "detail"))),
        cell(line(Span(visit.patient, "name")), line(visit.phone)),
        cell(line(where) or line(Span("No address", NONE)), labelled("Access", visit.access_notes)),
        cell(*_visit_description(visit)),
        _allergycell(_split_allergies(visit.allergies)),
    )


def _tick_for_visit(status: AppointmentStatus) -> str:
    if status is AppointmentStatus.DONE:
        return "☑"
    return "–" if status in _NOT_HAPPENING else "☐"


def _visit_description(visit: Visit) -> list[Line]:
    lines = []
    if visit.status is not AppointmentStatus.BOOKED:
        lines.append(line(Span(visit.status.label.upper(), "status")))
    lines.append(line(visit.kind.label + (f": {visit.purpose}" if visit.purpose else "")))
    lines.append(labelled("With", visit.with_whom))
    if visit.transport is not Transport.NOT_NEEDED:
        lines.append(
            labelled(
                f"Transport {visit.transport.label.lower()}", visit.transport_details, always=True
            )
        )
    return lines


def _split_allergies(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _allergycell(substances: list[str]) -> Cell:
    if not substances:
        return cell(line(Span("None recorded", NONE)))
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
    blocks.append(allergy_box(sheet.allergies))
    blocks += _visit_and_address(patient, sheet.visits)
    blocks += contacts(sheet.care_team)
    blocks += medications(sheet.medications)
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
    return f"Review {review.kind.replace('_', ' ')}: {review.what}"


def _changes_since_last_visit(sheet: PatientSheet) -> list[Block]:
    since = (
        f"since the last visit on {short_date(sheet.last_visit)}"
        if sheet.last_visit
        else f"in the last {CHANGES_WINDOW.days} days"
    )
    return medication_changes(sheet.changes, f"Medication changes {since}")
