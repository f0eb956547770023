"""What several reports print about one patient: who, allergies, contacts, medications, changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.allergy_statements import no_allergy_text, said_of
from carebook.core.calendar_words import month_name, month_short, style, weekday_name
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
from carebook.core.words import translate
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
    filled,
    line,
)

#: The class of a line that says something is missing ("None recorded.").
NONE = "none"
TICK = Column("✓", 3, "tick")


def _day_month_year(day: date, month: str) -> str:
    if style().month_first:
        return translate("PatientBlocks", "{month} {day}, {year}", "a date, month first").format(
            month=month, day=day.day, year=day.year
        )
    return translate("PatientBlocks", "{day} {month} {year}", "a date").format(
        day=day.day, month=month, year=day.year
    )


def full_date(day: date) -> str:
    """ "4 November 2026" (no leading zero), in the chosen language and the locale's order."""
    month = month_name(day.month)
    if style().month_first:
        text = translate("PatientBlocks", "{month} {day}, {year}", "a date, month in full first")
    else:
        # Its own text: a month written in full takes words a short one does not ("4 de
        # noviembre de 2026" against "4 nov 2026").
        text = translate("PatientBlocks", "{day} {month} {year}", "a date, month in full")
    return text.format(month=month, day=day.day, year=day.year)


def long_date(day: date) -> str:
    """ "Tuesday 4 November 2026" (no leading zero), in the chosen language."""
    return translate("PatientBlocks", "{weekday} {date}", "a weekday and a date").format(
        weekday=weekday_name(day), date=full_date(day)
    )


def short_date(day: date) -> str:
    """ "4 Nov 2026"."""
    return _day_month_year(day, month_short(day.month))


def short_day_month(day: date) -> str:
    """ "4 Nov" (a date in the year it is read in)."""
    if style().month_first:
        return translate("PatientBlocks", "{month} {day}", "a day, month first").format(
            month=month_short(day.month), day=day.day
        )
    return translate("PatientBlocks", "{day} {month}", "a day").format(
        day=day.day, month=month_short(day.month)
    )


def count(number: int, one: str, many: str) -> str:
    """`one` ("1 visit") for one, else `many` ("{n} visits") with the number put in; both
    already translated."""
    return (one if number == 1 else many).format(n=number)


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
    if by:
        said = filled(
            translate("PatientBlocks", "Prepared by {name} on {date}"),
            name=Span(by, "b"),
            date=short_date(on),
        )
    else:
        said = line(translate("PatientBlocks", "Printed {date}").format(date=short_date(on)))
    return said + line(more)


def nothing(heading: str, text: str, level: int = 2) -> list[Block]:
    """A heading with a line saying there is nothing under it."""
    return [Heading(heading, level), Paragraph(line(text), NONE)]


def identity(patient: Patient, day: date) -> str:
    """ "Born 7 April 1936 (aged 90) · ID 999 463 2779 · Language: English": who, for sure."""
    facts = []
    if patient.birth_date is not None:
        facts.append(
            translate("PatientBlocks", "Born {date} (aged {age})").format(
                date=full_date(patient.birth_date), age=patient.age(day)
            )
        )
    if patient.external_id:
        facts.append(translate("PatientBlocks", "ID {id}").format(id=patient.external_id))
    if patient.language:
        facts.append(
            translate("PatientBlocks", "Language: {language}").format(language=patient.language)
        )
    return " · ".join(facts) or translate("PatientBlocks", "No date of birth recorded")


def allergy_box(allergies: list[Allergy], patient: Patient) -> AlertBox:
    """The active allergies in a box that cannot be missed; with none active, what was said on
    purpose and when ("No known drug allergies (confirmed 12 Nov 2026)"), or a warning that
    nobody has recorded them yet: never words a nurse could read as "no known allergies"."""
    said = no_allergy_text(patient, allergies)
    if said is not None:
        if said_of(patient, allergies) is AllergyStatement.NOT_RECORDED:
            return AlertBox(
                (
                    filled(
                        translate("PatientBlocks", "{statement} — ask, and record them"),
                        statement=Span(f"⚠ {said}", "flag"),
                    ),
                )
            )
        return AlertBox(
            (
                filled(
                    translate("PatientBlocks", "{allergies} {statement}"),
                    allergies=Span(translate("PatientBlocks", "ALLERGIES:"), "flag"),
                    statement=said,
                ),
            )
        )
    heading = Span("⚠ " + translate("PatientBlocks", "ALLERGIES"), "flag")
    return AlertBox((line(heading), *(_allergy_line(allergy) for allergy in allergies)))


def _allergy_line(allergy: Allergy) -> Line:
    details = [allergy.reaction] if allergy.reaction else []
    if allergy.severity is not None:
        details.append(allergy.severity.label.lower())
    if allergy.criticality is AllergyCriticality.HIGH:
        details.append(translate("PatientBlocks", "high risk"))
    tail = f" — {'; '.join(details)}" if details else ""
    return line(Span(allergy.substance.upper(), "allergy"), tail)


def contacts(team: list[tuple[CareTeamMember, Contact]], heading: str = "") -> list[Block]:
    """The care team and family: role, name (organisation, notes), phone; under `heading`
    (already translated), or "Contacts"."""
    heading = heading or translate("PatientBlocks", "Contacts")
    if not team:
        return nothing(heading, translate("PatientBlocks", "No care team recorded."))
    rows = []
    for member, contact in team:
        emergency = member.is_emergency and member.role is not ContactRole.EMERGENCY_CONTACT
        role = (
            translate("PatientBlocks", "{role} (emergency contact)").format(role=member.role.label)
            if emergency
            else member.role.label
        )
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
    columns = (
        Column(translate("PatientBlocks", "Role"), 20),
        Column(translate("PatientBlocks", "Name"), 44),
        Column(translate("PatientBlocks", "Phone"), 36),
    )
    return [Heading(heading), Table(columns, tuple(rows), "grid contacts")]


def medications(
    current: list[Medication],
    *,
    prescribers: dict[int, str] | None = None,
    warnings: Sequence[MedicationWarning] = (),
) -> list[Block]:
    """The current medications: name and strength (with the checks' warnings under it), dose,
    route, how often, notes; with the prescriber's name in a column of its own when
    `prescribers` is given."""
    heading = translate("PatientBlocks", "Current medications ({count})").format(count=len(current))
    if not current:
        return nothing(heading, translate("PatientBlocks", "No current medications recorded."))
    named, dose = translate("PatientBlocks", "Medication"), translate("PatientBlocks", "Dose")
    route, often = translate("PatientBlocks", "Route"), translate("PatientBlocks", "How often")
    notes = translate("PatientBlocks", "Notes")
    columns: tuple[Column, ...]
    if prescribers is None:
        columns = (
            Column(named, 26),
            Column(dose, 15),
            Column(route, 11),
            Column(often, 22),
            Column(notes, 26),
        )
    else:
        columns = (
            Column(named, 22),
            Column(dose, 13),
            Column(route, 10),
            Column(often, 19),
            Column(translate("PatientBlocks", "Prescriber"), 15),
            Column(notes, 21),
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
        lines.append(line(Span(translate("PatientBlocks", "AS NEEDED"), "b")))
    # "Twice a day" then " at 08:00 and 20:00", greyed: an addition to the frequency.
    times = Span(" " + _at_times(medication), "muted") if medication.times_of_day else Span("")
    if medication.frequency or times.text:
        lines.append(line(medication.frequency, times))
    return lines


def _at_times(medication: Medication) -> str:
    return translate("PatientBlocks", "at {times}").format(times=medication.times_of_day)


def medication_notes(medication: Medication) -> list[Line]:
    """On hold, what an as-needed medication is for and its daily most, how to take it, until."""
    notes = []
    if medication.status is MedicationStatus.ON_HOLD:
        notes.append(line(Span(translate("PatientBlocks", "ON HOLD"), "status")))
    if medication.as_needed and medication.as_needed_reason:
        notes.append(
            line(
                translate("PatientBlocks", "For {reason}").format(
                    reason=medication.as_needed_reason
                )
            )
        )
    if medication.max_per_day:
        notes.append(
            line(translate("PatientBlocks", "Max {most} a day").format(most=medication.max_per_day))
        )
    if medication.instructions:
        notes.append(line(medication.instructions))
    if medication.end_date is not None:
        notes.append(
            line(
                translate("PatientBlocks", "Until {date}").format(
                    date=short_date(medication.end_date)
                )
            )
        )
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


def medication_changes(changes: list[MedicationChange], heading: str) -> list[Block]:
    """The changes as a dated table under `heading` (already translated): what changed and
    why."""
    if not changes:
        return nothing(heading, translate("PatientBlocks", "No changes recorded."))
    rows = []
    for change in changes:
        event = change.event
        what = (
            translate("PatientBlocks", "{change}: {detail}").format(
                change=event.kind.label, detail=event.detail
            )
            if event.detail
            else event.kind.label
        )
        rows.append(
            (
                cell(line(short_date(event.on_date))),
                cell(line(Span(change.medication.name, "b"))),
                cell(line(what)),
                cell(line(event.reason)),
            )
        )
    columns = (
        Column(translate("PatientBlocks", "Date"), 15),
        Column(translate("PatientBlocks", "Medication"), 25),
        Column(translate("PatientBlocks", "Change"), 36),
        Column(translate("PatientBlocks", "Reason"), 24),
    )
    return [Heading(heading), Table(columns, tuple(rows), "grid changes")]
