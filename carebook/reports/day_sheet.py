"""The day sheet: the printed agenda carried on the round, with optional patient sheets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from typing import Any, Protocol

from carebook.agenda import DayAgenda, build_day
from carebook.domain import (
    AgendaTask,
    Allergy,
    AllergyCriticality,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    CareTeamMember,
    Contact,
    ContactRole,
    ListQuery,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    MedicationStatus,
    Patient,
    ReviewDue,
    Task,
    TaskPriority,
    TaskStatus,
    Transport,
    Visit,
)
from carebook.reports import CONFIDENTIALITY_NOTICE, PAPERS, RUNNING_HEAD, stylesheet

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

    def list_rows(self, listing_name: str, query: ListQuery, fields: Sequence[str],
                  offset: int, limit: int) -> list[tuple[Any, ...]]: ...


# -- what a day sheet holds ----------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class MedicationChange:
    """One dated change to a medication, with the medication it belongs to."""

    medication: Medication
    event: MedicationEvent


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


def gather(store: SheetSource, days: list[date], patient_sheets: bool,
           prepared_by: str) -> DaySheet:
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


def _patient_sheet(store: SheetSource, agenda: DayAgenda, patient: Patient,
                   visits: list[Visit]) -> PatientSheet:
    assert patient.id is not None
    day = agenda.day
    last_visit = _last_visit(store, patient.id, day)
    since = last_visit or day - CHANGES_WINDOW
    medications = store.medications(patient.id)
    return PatientSheet(
        patient=patient, visits=visits, care_team=store.care_team(patient.id),
        allergies=[a for a in store.allergies(patient.id) if a.status is AllergyStatus.ACTIVE],
        medications=[m for m in medications if m.status is not MedicationStatus.STOPPED],
        changes=_changes(store, medications, since, day), changes_since=since,
        last_visit=last_visit,
        reviews=[review for review in agenda.reviews if review.patient_id == patient.id],
        open_tasks=[t for t in store.tasks_for(patient.id) if t.status is TaskStatus.OPEN])


def _last_visit(store: SheetSource, patient_id: int, day: date) -> date | None:
    """The day of the patient's previous visit (done, or booked and not called off)."""
    query = ListQuery(filter="all", patient_id=patient_id, date_to=day - timedelta(days=1),
                      sort="start", descending=True)
    for start, status, kind in store.list_rows("appointments", query,
                                               ("start", "status", "kind"), 0, _LOOKBACK_ROWS):
        if status in _COUNTED and kind in _OWN_VISITS:
            return datetime.fromisoformat(start).date()
    return None


def _changes(store: SheetSource, medications: Iterable[Medication], since: date,
             day: date) -> list[MedicationChange]:
    """Medication events from `since` to `day`, oldest first (a review is not a change)."""
    changes = []
    for medication in medications:
        assert medication.id is not None
        for event in store.medication_history(medication.id):
            if since <= event.on_date <= day and event.kind is not MedicationEventKind.REVIEWED:
                changes.append(MedicationChange(medication=medication, event=event))
    changes.sort(key=lambda change: (change.event.on_date, change.medication.name.casefold()))
    return changes


# -- HTML ----------------------------------------------------------------------------------------


def render_html(sheet: DaySheet, paper: str = "a4", *, page_furniture: bool = False) -> str:
    """The day sheet as one self-contained HTML page (styles inline, nothing fetched).

    `page_furniture` is for a renderer that paints the confidentiality footer on every page
    itself (the PDF writer): the footer is then left out of the body so it is not printed twice.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    parts: list[str] = []
    for number, sheet_day in enumerate(sheet.days):
        parts += _day_page(sheet, sheet_day, first=number == 0, footer=not page_furniture)
        for patient_sheet in sheet_day.patients:
            parts += _patient_page(sheet_day.day, patient_sheet, footer=not page_furniture)
    size = "A4" if paper == "a4" else "letter"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title(sheet))}</title>\n"
        f"<style>\n{stylesheet()}\n@page {{ size: {size} portrait; }}\n</style>\n"
        "</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")


def title(sheet: DaySheet) -> str:
    """"Day sheet, Tuesday 24 November 2026, prepared by Ann Smith"."""
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


def long_date(day: date) -> str:
    """"Tuesday 4 November 2026" (no leading zero, English names whatever the C locale)."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """"4 Nov 2026"."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1][:3]} {day.year}"


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def _e(text: str) -> str:
    return escape(text, quote=True)


def _masthead(kicker: str, heading: str, subtitle: str, running_head: str,
              first: bool) -> list[str]:
    # The running head is an empty named anchor: the PDF writer finds it and prints its text
    # at the top of every page that follows, so a loose page still says whose and which day.
    page = "" if first else " new-page"
    return [
        f"<p class=\"kicker{page}\"><a name=\"{_e(RUNNING_HEAD + running_head)}\"></a>"
        f"{_e(kicker)}</p>",
        f"<h1>{_e(heading)}</h1>",
        f"<p class=\"subtitle\">{subtitle}</p>",
        "<hr>",
    ]


def _footer(footer: bool) -> list[str]:
    return [f"<p class=\"confidential\">{_e(CONFIDENTIALITY_NOTICE)}</p>"] if footer else []


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


# -- the day's page ------------------------------------------------------------------------------


def _day_page(sheet: DaySheet, sheet_day: SheetDay, *, first: bool, footer: bool) -> list[str]:
    agenda = sheet_day.agenda
    summary = [_count(len(agenda.visits), "visit", "visits")]
    if agenda.overdue:
        summary.append(_count(len(agenda.overdue), "overdue task", "overdue tasks"))
    summary.append(_count(len(agenda.due), "task due", "tasks due"))
    who = f"Prepared by <b>{_e(sheet.prepared_by)}</b> · " if sheet.prepared_by else ""
    subtitle = f"{who}printed {_e(short_date(sheet.printed_on))} · {_e(', '.join(summary))}"
    running = f"Day sheet · {long_date(sheet_day.day)}" + (
        f" · {sheet.prepared_by}" if sheet.prepared_by else "")
    parts = _masthead("DAY SHEET", long_date(sheet_day.day), subtitle, running, first)
    parts += _visits_table(agenda.visits)
    if agenda.overdue:  # a heading with nothing under it would only take room
        parts += _tasks_section("Overdue tasks", agenda.overdue, sheet_day.day)
    parts += _tasks_section("Tasks due today", agenda.due, sheet_day.day)
    parts += _reviews_section("Reviews due at today's visits", sheet_day.visited_reviews)
    return parts + _footer(footer)


def _visits_table(visits: list[Visit]) -> list[str]:
    parts = [f"<h2>Visits ({len(visits)})</h2>"]
    if not visits:
        return [*parts, "<p class=\"none\">No visits booked.</p>"]
    parts.append(
        "<table class=\"grid visits\" width=\"100%\"><thead><tr>"
        "<th width=\"4%\" class=\"tick\">✓</th><th width=\"9%\">Time</th>"
        "<th width=\"19%\">Patient</th><th width=\"28%\">Address</th>"
        "<th width=\"22%\">Visit</th><th width=\"18%\">Allergies</th>"
        "</tr></thead><tbody>")
    parts += [_visit_row(visit) for visit in visits]
    parts.append("</tbody></table>")
    return parts


def _visit_row(visit: Visit) -> str:
    return (
        "<tr>"
        f"<td class=\"tick\">{_tick_for_visit(visit.status)}</td>"
        f"<td class=\"time\">{visit.start:%H:%M}<br>"
        f"<span class=\"detail\">to {visit.end:%H:%M}</span></td>"
        f"<td><span class=\"name\">{_e(visit.patient)}</span>"
        f"{_line(visit.phone)}</td>"
        f"<td>{_e(visit.location or visit.address) or _none('No address')}"
        f"{_labelled_line('Access', visit.access_notes)}</td>"
        f"<td>{_visit_description(visit)}</td>"
        f"{_allergy_cell(_split_allergies(visit.allergies))}"
        "</tr>")


def _tick_for_visit(status: AppointmentStatus) -> str:
    if status is AppointmentStatus.DONE:
        return "☑"
    return "–" if status in _NOT_HAPPENING else "☐"


def _visit_description(visit: Visit) -> str:
    status = ("" if visit.status is AppointmentStatus.BOOKED
              else f"<span class=\"status\">{_e(visit.status.label.upper())}</span><br>")
    what = visit.kind.label + (f": {visit.purpose}" if visit.purpose else "")
    text = status + _e(what)
    if visit.with_whom:
        text += _labelled_line("With", visit.with_whom)
    if visit.transport is not Transport.NOT_NEEDED:
        text += _labelled_line(f"Transport {visit.transport.label.lower()}",
                               visit.transport_details, always=True)
    return text


def _split_allergies(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _allergy_cell(substances: list[str]) -> str:
    if not substances:
        return f"<td>{_none('None recorded')}</td>"
    listed = "<br>".join(_e(substance.upper()) for substance in substances)
    return f"<td class=\"allergy-cell\"><span class=\"allergy\">⚠ {listed}</span></td>"


def _line(text: str) -> str:
    return f"<br>{_e(text)}" if text else ""


def _labelled_line(label: str, text: str, *, always: bool = False) -> str:
    """A line of its own under a cell's first line: "<b>Access</b>: key safe 1234"."""
    if not text and not always:
        return ""
    body = f": {_e(text)}" if text else ""
    return f"<br><span class=\"detail\"><b>{_e(label)}</b>{body}</span>"


def _none(text: str) -> str:
    return f"<span class=\"none\">{_e(text)}</span>"


def _tasks_section(heading: str, tasks: list[AgendaTask], day: date) -> list[str]:
    if not tasks:
        return [f"<h2>{_e(heading)}</h2>", "<p class=\"none\">None.</p>"]
    parts = [
        f"<h2>{_e(heading)} ({len(tasks)})</h2>",
        "<table class=\"grid tasks\" width=\"100%\"><thead><tr>"
        "<th width=\"4%\" class=\"tick\">✓</th><th width=\"42%\">Task</th>"
        "<th width=\"21%\">Patient</th><th width=\"22%\">Due</th>"
        "<th width=\"11%\">Priority</th></tr></thead><tbody>"]
    parts += [_task_row(task, day) for task in tasks]
    parts.append("</tbody></table>")
    return parts


def _task_row(task: AgendaTask, day: date) -> str:
    tick = {TaskStatus.DONE: "☑", TaskStatus.CANCELLED: "–"}.get(task.status, "☐")
    title = _e(task.title)
    if task.status is not TaskStatus.OPEN:
        title += f" <span class=\"status\">({_e(task.status.label.upper())})</span>"
    return (
        "<tr>"
        f"<td class=\"tick\">{tick}</td><td>{title}</td>"
        f"<td>{_e(task.patient) or _none('—')}</td>"
        f"<td>{_e(_due_text(task, day))}</td>"
        f"<td>{_priority(task.priority)}</td>"
        "</tr>")


def _due_text(task: AgendaTask, day: date) -> str:
    if task.due == day:
        return f"Today {task.due_time:%H:%M}" if task.due_time else "Today"
    late = (day - task.due).days
    due = short_date(task.due).removesuffix(f" {day.year}")  # the year only if another one
    return f"{due} ({_count(late, 'day', 'days')} late)"


def _priority(priority: TaskPriority) -> str:
    if priority is TaskPriority.ROUTINE:
        return _e(priority.label)
    return f"<span class=\"priority\">{_e(priority.label.upper())}</span>"


def _reviews_section(heading: str, reviews: list[ReviewDue]) -> list[str]:
    if not reviews:
        return []
    parts = [
        f"<h2>{_e(heading)} ({len(reviews)})</h2>",
        "<table class=\"grid reviews\" width=\"100%\"><thead><tr>"
        "<th width=\"4%\" class=\"tick\">✓</th><th width=\"22%\">Patient</th>"
        "<th width=\"52%\">Review</th><th width=\"22%\">Due</th></tr></thead><tbody>"]
    for review in reviews:
        due = short_date(review.due) + (" (overdue)" if review.overdue else "")
        parts.append(f"<tr><td class=\"tick\">☐</td><td>{_e(review.patient)}</td>"
                     f"<td>{_e(_review_text(review))}</td><td>{_e(due)}</td></tr>")
    parts.append("</tbody></table>")
    return parts


# -- a patient's sheet ---------------------------------------------------------------------------


def _patient_page(day: date, sheet: PatientSheet, *, footer: bool) -> list[str]:
    patient = sheet.patient
    running = f"Patient sheet · {patient.display_name} · {long_date(day)}"
    parts = _masthead(f"PATIENT SHEET · {long_date(day).upper()}", patient.display_name,
                      _e(_identity(patient, day)), running, first=False)
    parts += _allergy_box(sheet.allergies)
    parts += _visit_and_address(patient, sheet.visits)
    parts += _contacts(sheet.care_team)
    parts += _medications(sheet.medications)
    parts += _medication_changes(sheet)
    parts += _to_do(sheet.open_tasks, sheet.reviews, day)
    parts += _notes_space()
    return parts + _footer(footer)


def _identity(patient: Patient, day: date) -> str:
    """"Born 7 April 1936 (aged 90) · ID 999 463 2779 · Language: English": who, for sure."""
    facts = []
    if patient.birth_date is not None:
        facts.append(f"Born {long_date(patient.birth_date).split(' ', 1)[1]} "
                     f"(aged {patient.age(day)})")
    if patient.external_id:
        facts.append(f"ID {patient.external_id}")
    if patient.language:
        facts.append(f"Language: {patient.language}")
    return " · ".join(facts) or "No date of birth recorded"


def _allergy_box(allergies: list[Allergy]) -> list[str]:
    if not allergies:
        body = "<span class=\"flag\">ALLERGIES:</span> none recorded"
    else:
        body = "<span class=\"flag\">⚠ ALLERGIES</span><br>" + "<br>".join(
            _allergy_line(allergy) for allergy in allergies)
    return [f"<table class=\"allergy-box\" width=\"100%\"><tr><td>{body}</td></tr></table>"]


def _allergy_line(allergy: Allergy) -> str:
    details = [allergy.reaction] if allergy.reaction else []
    if allergy.severity is not None:
        details.append(allergy.severity.label.lower())
    if allergy.criticality is AllergyCriticality.HIGH:
        details.append("high risk")
    tail = f" — {_e('; '.join(details))}" if details else ""
    return f"<span class=\"allergy\">{_e(allergy.substance.upper())}</span>{tail}"


def _visit_and_address(patient: Patient, visits: list[Visit]) -> list[str]:
    """Today's visits, then where and how to get in: the facts needed at the door."""
    rows = []
    for number, visit in enumerate(visits):
        label = ("Today" if len(visits) == 1 else f"Visit {number + 1}")
        where = _labelled_line("Where", visit.location) if visit.location else ""
        rows.append((label, f"<b>{visit.start:%H:%M}–{visit.end:%H:%M}</b> "
                            f"{_visit_description(visit)}{where}"))
    phones = " or ".join(phone for phone in (patient.phone, patient.phone_alt) if phone)
    rows += [("Address", _e(patient.address) or _none("None recorded")),
             ("Phone", _e(phones) or _none("None recorded")),
             ("Access", _e(patient.access_notes) or _none("No access notes"))]
    body = "".join(f"<tr><td class=\"label\" width=\"13%\">{_e(label)}</td><td>{value}</td></tr>"
                   for label, value in rows)
    return ["<h2>Visit, address and access</h2>",
            f"<table class=\"facts\" width=\"100%\">{body}</table>"]


def _contacts(team: list[tuple[CareTeamMember, Contact]]) -> list[str]:
    parts = ["<h2>Contacts</h2>"]
    if not team:
        return [*parts, "<p class=\"none\">No care team recorded.</p>"]
    parts.append("<table class=\"grid contacts\" width=\"100%\"><thead><tr>"
                 "<th width=\"20%\">Role</th><th width=\"44%\">Name</th>"
                 "<th width=\"36%\">Phone</th></tr></thead><tbody>")
    for member, contact in team:
        emergency = member.is_emergency and member.role is not ContactRole.EMERGENCY_CONTACT
        role = member.role.label + (" (emergency contact)" if emergency else "")
        name = f"<b>{_e(contact.name)}</b>"
        if contact.organization and contact.organization != contact.name:
            name += f", {_e(contact.organization)}"
        if member.notes:
            name += f" <span class=\"muted\">({_e(member.notes)})</span>"
        parts.append(f"<tr><td>{_e(role)}</td><td>{name}</td>"
                     f"<td>{_e(contact.phone) or _none('—')}</td></tr>")
    parts.append("</tbody></table>")
    return parts


def _medications(medications: list[Medication]) -> list[str]:
    parts = [f"<h2>Current medications ({len(medications)})</h2>"]
    if not medications:
        return [*parts, "<p class=\"none\">No current medications recorded.</p>"]
    parts.append("<table class=\"grid medications\" width=\"100%\"><thead><tr>"
                 "<th width=\"26%\">Medication</th><th width=\"15%\">Dose</th>"
                 "<th width=\"11%\">Route</th><th width=\"22%\">How often</th>"
                 "<th width=\"26%\">Notes</th></tr></thead><tbody>")
    parts += [_medication_row(medication) for medication in medications]
    parts.append("</tbody></table>")
    return parts


def _medication_row(medication: Medication) -> str:
    name = f"<b>{_e(medication.name)}</b>" + (
        f" {_e(medication.strength)}" if medication.strength else "")
    how_often = _e(medication.frequency)
    if medication.as_needed:
        how_often = "<b>AS NEEDED</b>" + (f"<br>{how_often}" if how_often else "")
    if medication.times_of_day:
        how_often += f" <span class=\"muted\">at {_e(medication.times_of_day)}</span>"
    return (f"<tr><td>{name}</td><td>{_e(medication.dose)}</td><td>{_e(medication.route)}</td>"
            f"<td>{how_often}</td><td>{_medication_notes(medication)}</td></tr>")


def _medication_notes(medication: Medication) -> str:
    notes = []
    if medication.status is MedicationStatus.ON_HOLD:
        notes.append("<span class=\"status\">ON HOLD</span>")
    if medication.as_needed and medication.as_needed_reason:
        notes.append(f"For {_e(medication.as_needed_reason)}")
    if medication.max_per_day:
        notes.append(f"Max {_e(medication.max_per_day)} a day")
    if medication.instructions:
        notes.append(_e(medication.instructions))
    if medication.end_date is not None:
        notes.append(f"Until {_e(short_date(medication.end_date))}")
    return "<br>".join(notes)


def _medication_changes(sheet: PatientSheet) -> list[str]:
    since = (f"since the last visit on {short_date(sheet.last_visit)}" if sheet.last_visit
             else f"in the last {CHANGES_WINDOW.days} days")
    parts = [f"<h2>Medication changes {_e(since)}</h2>"]
    if not sheet.changes:
        return [*parts, "<p class=\"none\">No changes recorded.</p>"]
    parts.append("<table class=\"grid changes\" width=\"100%\"><thead><tr>"
                 "<th width=\"15%\">Date</th><th width=\"25%\">Medication</th>"
                 "<th width=\"36%\">Change</th><th width=\"24%\">Reason</th>"
                 "</tr></thead><tbody>")
    for change in sheet.changes:
        event = change.event
        what = event.kind.label + (f": {event.detail}" if event.detail else "")
        parts.append(f"<tr><td>{_e(short_date(event.on_date))}</td>"
                     f"<td><b>{_e(change.medication.name)}</b></td>"
                     f"<td>{_e(what)}</td><td>{_e(event.reason)}</td></tr>")
    parts.append("</tbody></table>")
    return parts


def _to_do(tasks: list[Task], reviews: list[ReviewDue], day: date) -> list[str]:
    """The patient's open tasks and the reviews falling due: what can be done at the visit."""
    parts = [f"<h2>Open tasks and reviews due ({len(tasks) + len(reviews)})</h2>"]
    if not tasks and not reviews:
        return [*parts, "<p class=\"none\">None.</p>"]
    parts.append("<table class=\"grid tasks\" width=\"100%\"><thead><tr>"
                 "<th width=\"4%\" class=\"tick\">✓</th><th width=\"60%\">Task</th>"
                 "<th width=\"24%\">Due</th><th width=\"12%\">Priority</th>"
                 "</tr></thead><tbody>")
    for task in tasks:
        due = short_date(task.due_date) if task.due_date else "—"
        if task.due_date is not None and task.due_date < day:
            due += " (overdue)"
        parts.append(f"<tr><td class=\"tick\">☐</td><td>{_e(task.title)}</td>"
                     f"<td>{_e(due)}</td><td>{_priority(task.priority)}</td></tr>")
    for review in reviews:
        due = short_date(review.due) + (" (overdue)" if review.overdue else "")
        parts.append(f"<tr><td class=\"tick\">☐</td><td>{_e(_review_text(review))}</td>"
                     f"<td>{_e(due)}</td><td>Review</td></tr>")
    parts.append("</tbody></table>")
    return parts


def _review_text(review: ReviewDue) -> str:
    """"Review medication: Omeprazole"."""
    return f"Review {review.kind.replace('_', ' ')}: {review.what}"


def _notes_space() -> list[str]:
    rows = "".join("<tr><td>&nbsp;</td></tr>" for _ in range(NOTE_LINES))
    return ["<h2>Notes</h2>", f"<table class=\"ruled\" width=\"100%\">{rows}</table>"]
