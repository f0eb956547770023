"""The columns of each list, shared by the window's list tabs and `carebook export` as CSV.

A column names the listing field it shows, its heading, how its value reads (carebook.core.
display), and how the window sizes it; the CSV export takes the same columns, so a list and
its export always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from carebook.core import display


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a list: the field it shows, its heading, and how its value reads."""

    key: str
    title: str
    show: Callable[[Any], str] = _plain
    width: int = 12  # in average characters, where a width is fixed (the CSV's, a record's)
    align_right: bool = False
    sortable: bool = True
    stretch: bool = False  # takes the room the other columns leave
    #: How much of the spare width this column takes, by weight against the other text columns;
    #: 0 is a short column, sized to its content and heading and never cut (allergies among
    #: them: a safety word is never cut short).
    grow: int = 0
    #: Hidden while every row shows the same value ("Home visit", "Not needed"), unless the
    #: user has chosen to show it.
    hide_if_same: bool = False
    badge: bool = False  # a warning sign beside any value: allergies must catch the eye
    #: The values that get no warning sign although the column has badges ("No known drug
    #: allergies" is a value to read, not a warning).
    calm: frozenset[str] = frozenset()

    @property
    def share(self) -> int:
        """Its weight in the spare width: 0 for a short column."""
        return self.grow or (1 if self.stretch else 0)


#: The columns of each list (carebook.storage.listings names the lists), in the order shown.
LIST_COLUMNS: dict[str, tuple[Column, ...]] = {
    "patients": (
        Column("name", "Name", width=26),
        Column("birth_date", "Born (age)", display.birth, width=16),
        Column("phone", "Phone", width=15),
        Column("address", "Address", width=26, grow=1),
        Column("city", "City", width=14),
        Column(
            "allergy_text",
            "Allergies",
            width=20,
            badge=True,
            sortable=False,
            calm=frozenset({"No known drug allergies", "No known allergies"}),
        ),
        Column("payer", "Payer", width=16, grow=1),
        Column("status", "Status", display.code, width=10, hide_if_same=True),
    ),
    "medications": (
        Column("patient", "Patient", width=22),
        Column("name", "Medication", width=24, grow=2),
        Column("allergies", "Allergies", width=14, badge=True),
        Column("warning", "Check", width=24, grow=3, badge=True, sortable=False),
        Column("strength", "Strength", width=12, grow=1),
        Column("dose", "Dose", width=12, grow=1),
        Column("route", "Route", width=10, hide_if_same=True),
        Column("frequency", "Frequency", width=18, grow=1),
        Column("as_needed", "As needed", display.yes, width=9, hide_if_same=True),
        Column("prescriber", "Prescriber", width=18, grow=1),
        Column("next_review", "Review", display.day, width=12),
        Column("status", "Status", display.code, width=8, hide_if_same=True),
    ),
    "appointments": (
        Column("start", "When", display.day_and_time, width=22),
        Column("patient", "Patient", width=22),
        Column("allergies", "Allergies", width=14, badge=True),
        Column("kind", "Kind", display.code, width=11, hide_if_same=True),
        Column("purpose", "Purpose", width=22, grow=2),
        Column("with_whom", "With", width=16, grow=1),
        Column("transport", "Transport", display.code, width=10, hide_if_same=True),
        Column("repeats", "Repeats", display.repeats, width=26, grow=1, hide_if_same=True),
        Column("status", "Status", display.code, width=9, hide_if_same=True),
    ),
    "tasks": (
        Column("due_date", "Due", display.day, width=21),  # "Overdue, 06 Dec 2026"
        Column("due_time", "Time", display.clock, width=6),
        Column("title", "Task", width=32, grow=4),
        Column("patient", "Patient", width=22),
        Column("priority", "Priority", display.code, width=8, hide_if_same=True),
        Column("repeats", "Repeats", display.repeats, width=18, grow=1, hide_if_same=True),
        Column("status", "Status", display.code, width=9, hide_if_same=True),
    ),
    "directory": (
        Column("name", "Name", width=26),
        Column("role", "Role", display.code, width=16),
        # Takes the spare width with the services, and alone while they are hidden.
        Column("organization", "Organisation", width=22, grow=1),
        Column("phone", "Phone", width=15),
        # Empty in a directory of carers and doctors only: hidden then, not a blank column.
        Column("services", "Services", width=30, stretch=True, hide_if_same=True),
        Column("hours", "Hours", width=18, hide_if_same=True),
        Column("serves", "Patients", width=8, align_right=True),
    ),
}
