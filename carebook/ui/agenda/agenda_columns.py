"""What the Agenda's three tables show: their columns, the fields read, and how rows stand out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.core.views import AgendaTask, ReviewDue, Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, TaskStatus, Transport
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_model import Row

VISIT_COLUMNS = (
    Column("time", "Time", width=12),
    Column("patient", "Patient", width=22),
    Column("address", "Address", width=30, grow=1),
    Column("phone", "Phone", width=15),
    Column("kind", "Visit", display.code, width=11, hide_if_same=True),
    Column("purpose", "Purpose", width=24, grow=2),
    Column("allergies", "Allergies", width=16, badge=True),
    Column("transport", "Transport", display.code, width=10, hide_if_same=True),
    Column("status", "Status", display.code, width=9, hide_if_same=True),
)


TASK_COLUMNS = (
    Column("when", "Due", width=21),
    Column("title", "Task", width=36, grow=4),
    Column("patient", "Patient", width=22),
    Column("priority", "Priority", display.code, width=9),
    Column("status", "Status", display.code, width=9),
)


REVIEW_COLUMNS = (
    Column("due", "Due", display.day, width=21),  # "Overdue, 24 Nov 2026"
    Column("kind", "Review", display.code, width=12),
    Column("what", "What", width=36, grow=3),
    Column("patient", "Patient", width=22),
)


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
    def of(cls, visit: Visit, clock: str) -> VisitLine:
        """`clock` is the strftime format of the start ("%H:%M", or with the day)."""
        return cls(
            visit=visit,
            time=f"{visit.start.strftime(clock)}–{visit.end:%H:%M}",
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


def counted(number: int, singular: str, plural: str) -> str:
    return f"{number:,} {singular if number == 1 else plural}"


def review_emphasis(row: ReviewDue) -> Emphasis:
    return Emphasis.ALERT if row.overdue else Emphasis.NONE


def visit_emphasis(row: VisitLine) -> Emphasis:
    return Emphasis.NONE if row.status is AppointmentStatus.BOOKED else Emphasis.MUTED


def task_emphasis(row: AgendaTask) -> Emphasis:
    if row.status is not TaskStatus.OPEN:
        return Emphasis.MUTED
    return Emphasis.ALERT if row.overdue else Emphasis.NONE


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTab", text)


def visit_details(visit: Visit, medication_warnings: str = "") -> str:
    """The selected visit's facts for the door step as rich text: allergies, the medication
    warnings' count ("2 medication warnings"), access, transport."""

    def part(label: str, text: str) -> str:
        return f"<b>{escape(label)}:</b> {escape(text)}"

    parts = []
    if visit.allergies:
        parts.append(f"<b>⚠ {escape(_tr('Allergies'))}:</b> <b>{escape(visit.allergies)}</b>")
    if medication_warnings:
        parts.append(f"<b>⚠ {escape(medication_warnings)}</b>")
    if visit.access_notes:
        parts.append(part(_tr("Access"), visit.access_notes))
    if visit.with_whom:
        parts.append(part(_tr("With"), visit.with_whom))
    if visit.transport is not Transport.NOT_NEEDED:
        transport = visit.transport.label
        if visit.transport_details:
            transport += f" ({visit.transport_details})"
        parts.append(part(_tr("Transport"), transport))
    return " · ".join(parts) or escape(
        _tr("No access notes, allergies or transport recorded for this visit.")
    )
