"""What the Agenda's three tables show: their columns, the fields read, and how rows stand out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.ui.widgets.table_model import Emphasis, Row

VISIT_COLUMNS = (
    Column("time", "Time", width=12),
    Column("patient", "Patient", width=22),
    Column("address", "Address", width=30, stretch=True),
    Column("phone", "Phone", width=15),
    Column("kind", "Visit", display.code, width=11),
    Column("purpose", "Purpose", width=24),
    Column("allergies", "Allergies", width=16, badge=True),
    Column("transport", "Transport", display.code, width=10),
    Column("status", "Status", display.code, width=9),
)


def _due(value: Any) -> str:
    """A task's due cell: an ISO date (only overdue tasks carry one), a time, or neither."""
    text = "" if value is None else str(value)
    if len(text) == 10:
        return f"Overdue, {display.day(text)}"
    return text or "Any time"


TASK_COLUMNS = (
    Column("due", "Due", _due, width=21),
    Column("title", "Task", width=36, stretch=True),
    Column("patient", "Patient", width=22),
    Column("priority", "Priority", display.code, width=9),
    Column("status", "Status", display.code, width=9),
)


REVIEW_COLUMNS = (
    Column("due", "Due", display.day, width=12),
    Column("kind", "Review", display.code, width=12),
    Column("what", "What", width=36, stretch=True),
    Column("patient", "Patient", width=22),
)


#: Rows read at a time: each of the Agenda's three tables shows a few dozen at most, and a busy
#: day's page is read afresh on every day switch.
PAGE = 100


#: Each table's stored values: its columns' and what acting on a row needs.
VISIT_FIELDS = (
    "id",
    *(c.key for c in VISIT_COLUMNS),
    "patient_id",
    "original_start",
    "start",
    "ends",
    "access_notes",
    "with_whom",
    "transport_details",
)


TASK_FIELDS = ("id", *(c.key for c in TASK_COLUMNS), "overdue", "patient_id")


REVIEW_FIELDS = ("id", *(c.key for c in REVIEW_COLUMNS), "overdue", "patient_id")


#: What the Agenda shows: visits with their patients and allergies, tasks, and reviews due.
AGENDA_KINDS = (
    "patient",
    "allergy",
    "appointment",
    "appointment_change",
    "route_stop",
    "task",
    "medication",
    "care_plan",
    "goal",
    "preferences",
)


class AgendaRows:
    """One Agenda table's rows for the days on screen: counted once, read a page at a time.

    A busy day holds thousands of visits and tasks; only the pages the table shows are read.
    """

    def __init__(self, fields: Sequence[str], read: Callable[[int, int], list[Row]]) -> None:
        self.fields = list(fields)
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


def review_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.ALERT if row["overdue"] else Emphasis.NONE


def visit_emphasis(row: dict[str, Any]) -> Emphasis:
    return Emphasis.MUTED if row["status"] in ("cancelled", "no_show", "done") else Emphasis.NONE


def task_emphasis(row: dict[str, Any]) -> Emphasis:
    if row["status"] in ("done", "cancelled"):
        return Emphasis.MUTED
    return Emphasis.ALERT if row["overdue"] else Emphasis.NONE


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTab", text)


def visit_details(row: dict[str, Any]) -> str:
    """The selected visit's facts for the door step as rich text: allergies, access, transport."""

    def part(label: str, text: str) -> str:
        return f"<b>{escape(label)}:</b> {escape(text)}"

    parts = []
    if row["allergies"]:
        parts.append(f"<b>⚠ {escape(_tr('Allergies'))}:</b> <b>{escape(str(row['allergies']))}</b>")
    if row["access_notes"]:
        parts.append(part(_tr("Access"), str(row["access_notes"])))
    if row["with_whom"]:
        parts.append(part(_tr("With"), str(row["with_whom"])))
    if row["transport"] and row["transport"] != "not_needed":
        transport = display.code(row["transport"])
        if row["transport_details"]:
            transport += f" ({row['transport_details']})"
        parts.append(part(_tr("Transport"), transport))
    return " · ".join(parts) or escape(
        _tr("No access notes, allergies or transport recorded for this visit.")
    )
