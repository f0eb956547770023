"""What several reports print about one patient: who, allergies, contacts, medications, changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.allergy_statements import no_allergy_text, said_of
from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import (
    Allergy,
    CareTeamMember,
    Contact,
    Medication,
    MedicationEvent,
    Patient,
)
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergyStatement,
    ContactRole,
    MedicationEventKind,
    MedicationStatus,
)
from carebook.reports.document import (
    AlertBox,
    Block,
    Cell,
    Column,
    Heading,
    Line,
    Paragraph,
    Rule,
    Span,
    Table,
    line,
)

#: The class of a line that says something is missing ("None recorded.").
NONE = "none"
TICK = Column("✓", 3, "tick")

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """ "Tuesday 4 November 2026" (no leading zero, English names whatever the C locale)."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """ "4 Nov 2026"."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1][:3]} {day.year}"


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def cell(*lines: Line, style: str = "") -> Cell:
    """A cell of the lines given, leaving out empty ones."""
    return Cell(tuple(part for part in lines if part), style)


def labelled(label: str, text: str, *, always: bool = False) -> Line:
    """A line under a cell's first one: "Access: key safe 1234", its label in bold."""
    if not text and not always:
        return ()
    return line(Span(label, "detail b"), Span(f": {text}" if text else "", "detail"))


def masthead(kicker: str, heading: str, *subtitles: Line) -> list[Block]:
    """The top of a report's first page: what it is, whose, and the facts that identify them
    (a line each)."""
    return [
        Paragraph(line(kicker), "kicker"),
        Heading(heading, 1),
        *(Paragraph(subtitle, "subtitle") for subtitle in subtitles),
        Rule(),
    ]


def prepared(by: str, on: date, more: str = "") -> Line:
    """ "Prepared by Ann Smith on 3 Mar 2026" (the name in bold), or "Printed 3 Mar 2026"."""
    who: tuple[str | Span, ...] = ("Prepared by ", Span(by, "b"), " on ") if by else ("Printed ",)
    return line(*who, short_date(on), more)


def nothing(heading: str, text: str, level: int = 2) -> list[Block]:
    """A heading with a line saying there is nothing under it."""
    return [Heading(heading, level), Paragraph(line(text), NONE)]


def identity(patient: Patient, day: date) -> str:
    """ "Born 7 April 1936 (aged 90) · ID 999 463 2779 · Language: English": who, for sure."""
    facts = []
    if patient.birth_date is not None:
        facts.append(
            f"Born {long_date(patient.birth_date).split(' ', 1)[1]} (aged {patient.age(day)})"
        )
    if patient.external_id:
        facts.append(f"ID {patient.external_id}")
    if patient.language:
        facts.append(f"Language: {patient.language}")
    return " · ".join(facts) or "No date of birth recorded"


def allergy_box(allergies: list[Allergy], patient: Patient) -> AlertBox:
    """The active allergies in a box that cannot be missed; with none active, what was said on
    purpose and when ("No known drug allergies (confirmed 12 Nov 2026)"), or a warning that
    nobody has recorded them yet: never words a nurse could read as "no known allergies"."""
    said = no_allergy_text(patient, allergies)
    if said is not None:
        if said_of(patient, allergies) is AllergyStatement.NOT_RECORDED:
            return AlertBox((line(Span(f"⚠ {said}", "flag"), " — ask, and record them"),))
        return AlertBox((line(Span("ALLERGIES:", "flag"), f" {said}"),))
    return AlertBox(
        (line(Span("⚠ ALLERGIES", "flag")), *(_allergy_line(allergy) for allergy in allergies))
    )


def _allergy_line(allergy: Allergy) -> Line:
    details = [allergy.reaction] if allergy.reaction else []
    if allergy.severity is not None:
        details.append(allergy.severity.label.lower())
    if allergy.criticality is AllergyCriticality.HIGH:
        details.append("high risk")
    tail = f" — {'; '.join(details)}" if details else ""
    return line(Span(allergy.substance.upper(), "allergy"), tail)


_CONTACT_COLUMNS = (Column("Role", 20), Column("Name", 44), Column("Phone", 36))


def contacts(team: list[tuple[CareTeamMember, Contact]], heading: str = "Contacts") -> list[Block]:
    """The care team and family: role, name (organisation, notes), phone."""
    if not team:
        return nothing(heading, "No care team recorded.")
    rows = []
    for member, contact in team:
        emergency = member.is_emergency and member.role is not ContactRole.EMERGENCY_CONTACT
        role = member.role.label + (" (emergency contact)" if emergency else "")
        organization = (
            f", {contact.organization}"
            if contact.organization and contact.organization != contact.name
            else ""
        )
        notes = Span(f" ({member.notes})", "muted") if member.notes else Span("")
        rows.append(
            (
                cell(line(role)),
                cell(line(Span(contact.name, "b"), organization, notes)),
                cell(line(contact.phone) or line(Span("—", NONE))),
            )
        )
    return [Heading(heading), Table(_CONTACT_COLUMNS, tuple(rows), "grid contacts")]


def medications(
    current: list[Medication],
    *,
    prescribers: dict[int, str] | None = None,
    warnings: Sequence[MedicationWarning] = (),
) -> list[Block]:
    """The current medications: name and strength (with the checks' warnings under it), dose,
    route, how often, notes; with the prescriber's name in a column of its own when
    `prescribers` is given."""
    heading = f"Current medications ({len(current)})"
    if not current:
        return nothing(heading, "No current medications recorded.")
    columns: tuple[Column, ...]
    if prescribers is None:
        columns = (
            Column("Medication", 26),
            Column("Dose", 15),
            Column("Route", 11),
            Column("How often", 22),
            Column("Notes", 26),
        )
    else:
        columns = (
            Column("Medication", 22),
            Column("Dose", 13),
            Column("Route", 10),
            Column("How often", 19),
            Column("Prescriber", 15),
            Column("Notes", 21),
        )
    rows = []
    for medication in current:
        cells = [
            medication_name(medication, warnings),
            cell(line(medication.dose)),
            cell(line(medication.route)),
            cell(*how_often(medication)),
        ]
        if prescribers is not None:
            name = prescribers.get(medication.prescriber_id or 0, "")
            cells.append(cell(line(name) or line(Span("—", NONE))))
        cells.append(cell(*medication_notes(medication)))
        rows.append(tuple(cells))
    return [Heading(heading), Table(columns, tuple(rows), "grid medications")]


def medication_name(medication: Medication, warnings: Sequence[MedicationWarning] = ()) -> Cell:
    """ "Amlodipine 10 mg", the name in bold; under it, each medication check's warning on it
    in a few words ("⚠ Allergy: Ibuprofen (wheeze)"), so that no sheet prints a drug under its
    own allergy unmarked."""
    strength = f" {medication.strength}" if medication.strength else ""
    lines = [line(Span(medication.name, "b"), strength)]
    for warning in warnings:
        if warning.concerns(medication.id):
            lines.append(line(Span(f"⚠\u00a0{warning.briefly(medication.id)}", "flag")))
    return cell(*lines)


def how_often(medication: Medication) -> list[Line]:
    """ "AS NEEDED" first for an as-needed medication, then the frequency and times of day."""
    lines: list[Line] = []
    if medication.as_needed:
        lines.append(line(Span("AS NEEDED", "b")))
    times = Span(f" at {medication.times_of_day}", "muted") if medication.times_of_day else Span("")
    if medication.frequency or times.text:
        lines.append(line(medication.frequency, times))
    return lines


def medication_notes(medication: Medication) -> list[Line]:
    """On hold, what an as-needed medication is for and its daily most, how to take it, until."""
    notes = []
    if medication.status is MedicationStatus.ON_HOLD:
        notes.append(line(Span("ON HOLD", "status")))
    if medication.as_needed and medication.as_needed_reason:
        notes.append(line(f"For {medication.as_needed_reason}"))
    if medication.max_per_day:
        notes.append(line(f"Max {medication.max_per_day} a day"))
    if medication.instructions:
        notes.append(line(medication.instructions))
    if medication.end_date is not None:
        notes.append(line(f"Until {short_date(medication.end_date)}"))
    return notes


# -- medication changes ---------------------------------------------------------------------------


class _HistorySourceMedications(Protocol):
    """The medications reads it uses."""

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...


class HistorySource(Protocol):
    """The store's read of a medication's dated events."""

    @property
    def medications(self) -> _HistorySourceMedications: ...


@dataclass(slots=True, kw_only=True)
class MedicationChange:
    """One dated change to a medication, with the medication it belongs to."""

    medication: Medication
    event: MedicationEvent


def changes_between(
    source: HistorySource, taken: Iterable[Medication], since: date, until: date
) -> list[MedicationChange]:
    """Medication events from `since` to `until`, oldest first (a review is not a change)."""
    changes = []
    for medication in taken:
        assert medication.id is not None
        for event in source.medications.medication_history(medication.id):
            if since <= event.on_date <= until and event.kind is not MedicationEventKind.REVIEWED:
                changes.append(MedicationChange(medication=medication, event=event))
    changes.sort(key=lambda change: (change.event.on_date, change.medication.name.casefold()))
    return changes


_CHANGE_COLUMNS = (
    Column("Date", 15),
    Column("Medication", 25),
    Column("Change", 36),
    Column("Reason", 24),
)


def medication_changes(changes: list[MedicationChange], heading: str) -> list[Block]:
    """The changes as a dated table: what changed and why."""
    if not changes:
        return nothing(heading, "No changes recorded.")
    rows = []
    for change in changes:
        event = change.event
        what = event.kind.label + (f": {event.detail}" if event.detail else "")
        rows.append(
            (
                cell(line(short_date(event.on_date))),
                cell(line(Span(change.medication.name, "b"))),
                cell(line(what)),
                cell(line(event.reason)),
            )
        )
    return [Heading(heading), Table(_CHANGE_COLUMNS, tuple(rows), "grid changes")]
