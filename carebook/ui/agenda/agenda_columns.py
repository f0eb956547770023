"""What the Agenda's three tables show: their columns, the fields read, and how rows stand out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from carebook.core import display
from carebook.core.calendar_words import (
    clock_text,
    day_and_clock,
    day_number,
    month_name,
    weekday_name,
)
from carebook.core.calendar_words import style as calendar_style
from carebook.core.list_columns import Column
from carebook.core.today import reviewed_kind
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import (
    AppointmentKind,
    AppointmentStatus,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_model import Row

VISIT_COLUMNS = (
    Column("time", QT_TRANSLATE_NOOP("AgendaTab", "Time"), width=12, context="AgendaTab"),
    Column("patient", QT_TRANSLATE_NOOP("AgendaTab", "Patient"), width=22, context="AgendaTab"),
    Column(
        "address", QT_TRANSLATE_NOOP("AgendaTab", "Address"), width=30, grow=1, context="AgendaTab"
    ),
    Column("phone", QT_TRANSLATE_NOOP("AgendaTab", "Phone"), width=15, context="AgendaTab"),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("AgendaTab", "Visit"),
        display.code_of(AppointmentKind),
        width=11,
        hide_if_same=True,
        context="AgendaTab",
    ),
    Column(
        "purpose", QT_TRANSLATE_NOOP("AgendaTab", "Purpose"), width=24, grow=2, context="AgendaTab"
    ),
    Column(
        "allergies",
        QT_TRANSLATE_NOOP("AgendaTab", "Allergies"),
        width=16,
        badge=True,
        context="AgendaTab",
    ),
    Column(
        "transport",
        QT_TRANSLATE_NOOP("AgendaTab", "Transport"),
        display.code_of(Transport),
        width=10,
        hide_if_same=True,
        context="AgendaTab",
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("AgendaTab", "Status"),
        display.code_of(AppointmentStatus),
        width=9,
        hide_if_same=True,
        context="AgendaTab",
    ),
)


TASK_COLUMNS = (
    Column("when", QT_TRANSLATE_NOOP("AgendaTab", "Due"), width=21, context="AgendaTab"),
    Column("title", QT_TRANSLATE_NOOP("AgendaTab", "Task"), width=36, grow=4, context="AgendaTab"),
    Column("patient", QT_TRANSLATE_NOOP("AgendaTab", "Patient"), width=22, context="AgendaTab"),
    Column(
        "priority",
        QT_TRANSLATE_NOOP("AgendaTab", "Priority"),
        display.code_of(TaskPriority),
        width=9,
        context="AgendaTab",
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("AgendaTab", "Status"),
        display.code_of(TaskStatus),
        width=9,
        context="AgendaTab",
    ),
)


REVIEW_COLUMNS = (
    Column(
        "due", QT_TRANSLATE_NOOP("AgendaTab", "Due"), display.day, width=21, context="AgendaTab"
    ),  # "Overdue, 24 Nov 2026"
    Column(
        "kind",
        QT_TRANSLATE_NOOP("AgendaTab", "Review"),
        lambda kind: reviewed_kind(str(kind)),
        width=12,
        context="AgendaTab",
    ),
    Column("what", QT_TRANSLATE_NOOP("AgendaTab", "What"), width=36, grow=3, context="AgendaTab"),
    Column("patient", QT_TRANSLATE_NOOP("AgendaTab", "Patient"), width=22, context="AgendaTab"),
)


#: How a visit's start reads (VisitLine.of): its time, or its day and time.
TIME_ONLY, WITH_DAY = "%H:%M", "%a %d %b %H:%M"

#: Rows read at a time: each of the Agenda's three tables shows a few dozen at most, and a busy
#: day's page is read afresh on every day switch.
PAGE = 100


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitLine:
    """A visit as the Agenda lists it: what its columns show, and the visit itself."""

    visit: Visit
    time: str  # "09:00–09:45", with the day when the Agenda shows more than one
    patient: str
    address: str  # where the visit happens: its own place, or the patient's home
    phone: str
    kind: AppointmentKind
    purpose: str
    allergies: str
    transport: Transport
    status: AppointmentStatus

    @classmethod
    def of(cls, visit: Visit, clock: str = TIME_ONLY) -> VisitLine:
        """`clock` says how the start reads: TIME_ONLY ("09:00"), or WITH_DAY ("Tue 03 Mar
        09:00"), each in the locale's words and clock."""
        start = (
            day_and_clock(visit.start, year=False) if clock == WITH_DAY else clock_text(visit.start)
        )
        return cls(
            visit=visit,
            time=f"{start}–{clock_text(visit.end)}",
            patient=visit.patient,
            address=visit.location or visit.address,
            phone=visit.phone,
            kind=visit.kind,
            purpose=visit.purpose,
            allergies=visit.allergies,
            transport=visit.transport,
            status=visit.status,
        )

    # What acting on the visit needs (carebook.ui.forms.appointment_editor.ShownVisit).

    @property
    def id(self) -> int:
        return self.visit.appointment_id

    @property
    def appointment_id(self) -> int:
        return self.visit.appointment_id

    @property
    def patient_id(self) -> int:
        return self.visit.patient_id

    @property
    def original_start(self) -> datetime:
        return self.visit.original_start or self.visit.start

    @property
    def start(self) -> datetime:
        return self.visit.start

    @property
    def ends(self) -> datetime:
        return self.visit.end


#: What the Agenda shows: visits with their patients and allergies, tasks, and reviews due.
AGENDA_KINDS = (
    "patient",
    "allergy",
    "appointment",
    "appointment_change",
    "route_stop",
    "travel_time",
    "task",
    "medication",
    "care_plan",
    "goal",
    "document",  # its review date
    "preferences",
)


class AgendaRows:
    """One Agenda table's rows for the days on screen: counted once, read a page at a time.

    A busy day holds thousands of visits and tasks; only the pages the table shows are read.
    """

    def __init__(self, read: Callable[[int, int], list[Row]]) -> None:
        self.read = read
        self.total = 0

    def count(self) -> int:
        return self.total

    def rows(self, offset: int, limit: int) -> list[Row]:
        return self.read(offset, limit)

    def sort(self, key: str, descending: bool) -> None:
        """Kept in the day's own order (route, urgency), whatever the column."""


def count_texts(visits: int, due: int, overdue: int) -> tuple[str, str]:
    """The tasks' label ("3 tasks due, 1 overdue", capitalised) and the status bar's count
    ("2 visits, 3 tasks due, 1 overdue")."""
    tasks = tasks_due(due, overdue)
    counts = translate("AgendaTab", "{visits}, {tasks}").format(
        visits=visits_count(visits), tasks=tasks
    )
    return tasks[0].upper() + tasks[1:], counts


def day_heading(day: date, today: date) -> str:
    """ "Today · Monday 02 March 2026"; the day alone when it is not near today."""
    title = long_day(day)
    offset = (day - today).days
    if offset == 0:
        return translate("AgendaTab", "Today · {day}").format(day=title)
    if offset == 1:
        return translate("AgendaTab", "Tomorrow · {day}").format(day=title)
    if offset == -1:
        return translate("AgendaTab", "Yesterday · {day}").format(day=title)
    return title


def visits_count(number: int) -> str:
    """ "1 visit", "12 visits"."""
    if number == 1:
        return translate("AgendaTab", "1 visit")
    return translate("AgendaTab", "{count} visits").format(count=f"{number:,}")


def tasks_due(due: int, overdue: int) -> str:
    """ "3 tasks due, 1 overdue"."""
    if due == 1:
        return translate("AgendaTab", "1 task due, {overdue} overdue").format(
            overdue=f"{overdue:,}"
        )
    return translate("AgendaTab", "{count} tasks due, {overdue} overdue").format(
        count=f"{due:,}", overdue=f"{overdue:,}"
    )


def long_day(day: date) -> str:
    """ "Monday 02 March 2026" ("Monday, March 02, 2026" where the month comes first)."""
    words = {
        "weekday": weekday_name(day),
        "day": day_number(day),
        "month": month_name(day.month),
        "year": day.year,
    }
    if calendar_style().month_first:
        return translate("AgendaTab", "{weekday}, {month} {day}, {year}").format(**words)
    return translate("AgendaTab", "{weekday} {day} {month} {year}").format(**words)


def month_year(day: date) -> str:
    """ "March 2026"."""
    return translate("AgendaTab", "{month} {year}").format(
        month=month_name(day.month), year=day.year
    )


def review_emphasis(row: ReviewDue) -> Emphasis:
    return Emphasis.ALERT if row.overdue else Emphasis.NONE


def visit_emphasis(row: VisitLine) -> Emphasis:
    return Emphasis.NONE if row.status is AppointmentStatus.BOOKED else Emphasis.MUTED


def task_emphasis(row: AgendaTask) -> Emphasis:
    if row.status is not TaskStatus.OPEN:
        return Emphasis.MUTED
    return Emphasis.ALERT if row.overdue else Emphasis.NONE


def visit_details(visit: Visit, medication_warnings: str = "") -> str:
    """The selected visit's facts for the door step as rich text: allergies, the medication
    warnings' count ("2 medication warnings"), access, transport."""

    def part(label: str, text: str) -> str:
        return f"<b>{escape(label)}:</b> {escape(text)}"

    parts = []
    if visit.allergies:
        parts.append(
            translate("AgendaTab", "<b>⚠ Allergies:</b> <b>{allergies}</b>").format(
                allergies=escape(visit.allergies)
            )
        )
    if medication_warnings:
        parts.append(f"<b>⚠ {escape(medication_warnings)}</b>")
    if visit.access_notes:
        parts.append(part(translate("AgendaTab", "Access"), visit.access_notes))
    if visit.with_whom:
        parts.append(part(translate("AgendaTab", "With"), visit.with_whom))
    if visit.transport is not Transport.NOT_NEEDED:
        transport = visit.transport.label
        if visit.transport_details:
            transport += f" ({visit.transport_details})"
        parts.append(part(translate("AgendaTab", "Transport"), transport))
    return " · ".join(parts) or escape(
        translate("AgendaTab", "No access notes, allergies or transport recorded for this visit.")
    )
