"""The columns of each list, shared by the window's list tabs and `carebook export` as CSV.

A column names the listing field it shows, its heading, how its value reads (carebook.core.
display), and how the window sizes it; the CSV export takes the same columns, so a list and
its export always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from carebook.core import display, words
from carebook.core.vocabularies import (
    AllergyStatement,
    AppointmentKind,
    AppointmentStatus,
    ContactRole,
    MedicationStatus,
    PatientStatus,
    TaskPriority,
    TaskStatus,
    Transport,
    Vocabulary,
)
from carebook.core.words import QT_TRANSLATE_NOOP, translate


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a list: the field it shows, its heading, and how its value reads."""

    key: str
    #: Its heading as written; with `context`, marked for translation there and translated
    #: when read as `title`.
    heading: str
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
    #: allergies" is a value to read, not a warning), as the words shown for them.
    calm_values: tuple[Vocabulary, ...] = ()
    #: The translation context `heading` is marked in; "" for a heading already in its words.
    context: str = ""

    @property
    def title(self) -> str:
        """The heading in the chosen language."""
        return translate(self.context, self.heading) if self.context else self.heading

    @property
    def calm(self) -> frozenset[str]:
        """`calm_values` as shown: read for every badge cell painted, so made once a language."""
        return _labels(self.calm_values, words.language())

    @property
    def share(self) -> int:
        """Its weight in the spare width: 0 for a short column."""
        return self.grow or (1 if self.stretch else 0)


@cache
def _labels(values: tuple[Vocabulary, ...], language: str) -> frozenset[str]:
    return frozenset(value.label for value in values)


def _listed(key: str, heading: str, *args: Any, **kwargs: Any) -> Column:
    """A column of LIST_COLUMNS, its heading translated in context "ListColumns"."""
    return replace(Column(key, heading, *args, **kwargs), context="ListColumns")


#: The columns of each list (carebook.storage.listings names the lists), in the order shown.
LIST_COLUMNS: dict[str, tuple[Column, ...]] = {
    "patients": (
        _listed("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), width=26),
        _listed(
            "birth_date", QT_TRANSLATE_NOOP("ListColumns", "Born (age)"), display.birth, width=16
        ),
        _listed("phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), width=15),
        _listed("address", QT_TRANSLATE_NOOP("ListColumns", "Address"), width=26, grow=1),
        _listed("city", QT_TRANSLATE_NOOP("ListColumns", "City"), width=14),
        _listed(
            "allergy_text",
            QT_TRANSLATE_NOOP("ListColumns", "Allergies"),
            width=20,
            badge=True,
            sortable=False,
            calm_values=(
                AllergyStatement.NO_KNOWN_DRUG_ALLERGIES,
                AllergyStatement.NO_KNOWN_ALLERGIES,
            ),
        ),
        _listed("payer", QT_TRANSLATE_NOOP("ListColumns", "Payer"), width=16, grow=1),
        _listed(
            "status",
            QT_TRANSLATE_NOOP("ListColumns", "Status"),
            display.code_of(PatientStatus),
            width=10,
            hide_if_same=True,
        ),
    ),
    "medications": (
        _listed("patient", QT_TRANSLATE_NOOP("ListColumns", "Patient"), width=22),
        _listed("name", QT_TRANSLATE_NOOP("ListColumns", "Medication"), width=24, grow=2),
        _listed("allergies", QT_TRANSLATE_NOOP("ListColumns", "Allergies"), width=14, badge=True),
        _listed(
            "warning",
            QT_TRANSLATE_NOOP("ListColumns", "Check"),
            width=24,
            grow=3,
            badge=True,
            sortable=False,
        ),
        _listed("strength", QT_TRANSLATE_NOOP("ListColumns", "Strength"), width=12, grow=1),
        _listed("dose", QT_TRANSLATE_NOOP("ListColumns", "Dose"), width=12, grow=1),
        _listed("route", QT_TRANSLATE_NOOP("ListColumns", "Route"), width=10, hide_if_same=True),
        _listed("frequency", QT_TRANSLATE_NOOP("ListColumns", "Frequency"), width=18, grow=1),
        _listed(
            "as_needed",
            QT_TRANSLATE_NOOP("ListColumns", "As needed"),
            display.yes,
            width=9,
            hide_if_same=True,
        ),
        _listed("prescriber", QT_TRANSLATE_NOOP("ListColumns", "Prescriber"), width=18, grow=1),
        _listed("next_review", QT_TRANSLATE_NOOP("ListColumns", "Review"), display.day, width=12),
        _listed(
            "status",
            QT_TRANSLATE_NOOP("ListColumns", "Status"),
            display.code_of(MedicationStatus),
            width=8,
            hide_if_same=True,
        ),
    ),
    "appointments": (
        _listed("start", QT_TRANSLATE_NOOP("ListColumns", "When"), display.day_and_time, width=22),
        _listed("patient", QT_TRANSLATE_NOOP("ListColumns", "Patient"), width=22),
        _listed("allergies", QT_TRANSLATE_NOOP("ListColumns", "Allergies"), width=14, badge=True),
        _listed(
            "kind",
            QT_TRANSLATE_NOOP("ListColumns", "Kind"),
            display.code_of(AppointmentKind),
            width=11,
            hide_if_same=True,
        ),
        _listed("purpose", QT_TRANSLATE_NOOP("ListColumns", "Purpose"), width=22, grow=2),
        _listed("with_whom", QT_TRANSLATE_NOOP("ListColumns", "With"), width=16, grow=1),
        _listed(
            "transport",
            QT_TRANSLATE_NOOP("ListColumns", "Transport"),
            display.code_of(Transport),
            width=10,
            hide_if_same=True,
        ),
        _listed(
            "repeats",
            QT_TRANSLATE_NOOP("ListColumns", "Repeats"),
            display.repeats,
            width=26,
            grow=1,
            hide_if_same=True,
        ),
        _listed(
            "status",
            QT_TRANSLATE_NOOP("ListColumns", "Status"),
            display.code_of(AppointmentStatus),
            width=9,
            hide_if_same=True,
        ),
    ),
    "tasks": (
        _listed(
            "due_date", QT_TRANSLATE_NOOP("ListColumns", "Due"), display.day, width=21
        ),  # "Overdue, 06 Dec 2026"
        _listed("due_time", QT_TRANSLATE_NOOP("ListColumns", "Time"), display.clock, width=6),
        _listed("title", QT_TRANSLATE_NOOP("ListColumns", "Task"), width=32, grow=4),
        _listed("patient", QT_TRANSLATE_NOOP("ListColumns", "Patient"), width=22),
        _listed(
            "priority",
            QT_TRANSLATE_NOOP("ListColumns", "Priority"),
            display.code_of(TaskPriority),
            width=8,
            hide_if_same=True,
        ),
        _listed(
            "repeats",
            QT_TRANSLATE_NOOP("ListColumns", "Repeats"),
            display.repeats,
            width=18,
            grow=1,
            hide_if_same=True,
        ),
        _listed(
            "status",
            QT_TRANSLATE_NOOP("ListColumns", "Status"),
            display.code_of(TaskStatus),
            width=9,
            hide_if_same=True,
        ),
    ),
    "directory": (
        _listed("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), width=26),
        _listed(
            "role", QT_TRANSLATE_NOOP("ListColumns", "Role"), display.code_of(ContactRole), width=16
        ),
        # Takes the spare width with the services, and alone while they are hidden.
        _listed("organization", QT_TRANSLATE_NOOP("ListColumns", "Organisation"), width=22, grow=1),
        _listed("phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), width=15),
        # Empty in a directory of carers and doctors only: hidden then, not a blank column.
        _listed(
            "services",
            QT_TRANSLATE_NOOP("ListColumns", "Services"),
            width=30,
            stretch=True,
            hide_if_same=True,
        ),
        _listed("hours", QT_TRANSLATE_NOOP("ListColumns", "Hours"), width=18, hide_if_same=True),
        _listed("serves", QT_TRANSLATE_NOOP("ListColumns", "Patients"), width=8, align_right=True),
    ),
}
