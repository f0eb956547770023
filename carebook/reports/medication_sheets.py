"""Medication sheets of one patient: the current list in large print, and the changes since."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import Allergy, Medication, MedicationEvent, Patient
from carebook.core.vocabularies import AllergyStatus, MedicationEventKind, MedicationStatus
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports import html_page
from carebook.reports.document import Column, Document, Heading, Section, Span, Table, line
from carebook.reports.patient_blocks import (
    NONE,
    MedicationChange,
    allergy_box,
    cell,
    changes_between,
    full_date,
    how_often,
    identity,
    masthead,
    medication_changes,
    medication_name,
    nothing,
    prepared,
    short_date,
)


class _MedicationSourcePatients(Protocol):
    """The patients reads it uses."""

    def patient(self, patient_id: int) -> Patient | None: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...


class _MedicationSourceMedications(Protocol):
    """The medications reads it uses."""

    def medications(self, patient_id: int) -> list[Medication]: ...

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...

    def warnings_for(self, patient_id: int) -> list[MedicationWarning]: ...


class MedicationSource(Protocol):
    """The store's reads a medication sheet is made of."""

    def today(self) -> date: ...

    @property
    def patients(self) -> _MedicationSourcePatients: ...

    @property
    def medications(self) -> _MedicationSourceMedications: ...


@dataclass(slots=True, kw_only=True)
class MedicationSheet:
    """One patient's medications as a sheet shows them: the current list, or the changes."""

    patient: Patient
    allergies: list[Allergy]
    current: list[Medication]  # active only: what is taken now
    changes: list[MedicationChange]
    since: date | None  # None: the current list; a date: the changes from then to today
    warnings: list[MedicationWarning]  # what the medication checks say of the current list
    prepared_by: str
    prepared_on: date


def gather(
    store: MedicationSource, patient_id: int, *, since: date | None = None, prepared_by: str = ""
) -> MedicationSheet:
    """The current list (`since` None) or the changes from `since` to today."""
    patient = store.patients.patient(patient_id)
    if patient is None:
        raise LookupError(
            translate("MedicationSheets", "No patient with id {id}.").format(id=patient_id)
        )
    today = store.today()
    if since is not None and since > today:
        raise ValueError(
            translate(
                "MedicationSheets",
                "The changes since {date} have not happened yet: choose a day up to today.",
            ).format(date=since.isoformat())
        )
    taken = store.medications.medications(patient_id)
    return MedicationSheet(
        patient=patient,
        allergies=[
            a for a in store.patients.allergies(patient_id) if a.status is AllergyStatus.ACTIVE
        ],
        current=[m for m in taken if m.status is MedicationStatus.ACTIVE],
        changes=changes_between(store, taken, since, today) if since is not None else [],
        since=since,
        warnings=store.medications.warnings_for(patient_id),
        prepared_by=prepared_by.strip(),
        prepared_on=today,
    )


def title(sheet: MedicationSheet) -> str:
    if sheet.since is None:
        said = translate("MedicationSheets", "Medication list, {name}, {date}")
    else:
        said = translate("MedicationSheets", "Medication changes, {name}, {date}")
    return said.format(name=sheet.patient.display_name, date=full_date(sheet.prepared_on))


def document(sheet: MedicationSheet) -> Document:
    """The current list (large print, one table) or the change sheet."""
    return _current_list(sheet) if sheet.since is None else _change_sheet(sheet)


def render_html(sheet: MedicationSheet, paper: str = "a4", *, page_furniture: bool = False) -> str:
    return html_page.render(document(sheet), paper, page_furniture=page_furniture)


def _current_list(sheet: MedicationSheet) -> Document:
    patient = sheet.patient
    blocks = masthead(
        translate("MedicationSheets", "MEDICATION LIST"),
        patient.display_name,
        line(identity(patient, sheet.prepared_on)),
        prepared(sheet.prepared_by, sheet.prepared_on),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    heading = translate("MedicationSheets", "Medicines taken now ({count})").format(
        count=len(sheet.current)
    )
    if not sheet.current:
        blocks += nothing(
            heading, translate("MedicationSheets", "No medicines are being taken now.")
        )
    else:
        blocks.append(Heading(heading))
        rows = tuple(
            (
                medication_name(m, sheet.warnings),
                cell(line(m.dose), line(Span(m.route, "detail")) if m.route else ()),
                cell(*how_often(m)),
                cell(*_what_for(m)),
            )
            for m in sheet.current
        )
        columns = (
            Column(translate("MedicationSheets", "Medicine"), 27),
            Column(translate("MedicationSheets", "How much"), 17),
            Column(translate("MedicationSheets", "When"), 24),
            Column(translate("MedicationSheets", "What it is for"), 32),
        )
        blocks.append(Table(columns, rows, "grid medications"))
    running = translate("MedicationSheets", "Medication list · {name} · {date}").format(
        name=patient.display_name, date=short_date(sheet.prepared_on)
    )
    return Document(title=title(sheet), sections=[Section(running, blocks)], style="large")


def _what_for(medication: Medication) -> list[tuple[Span, ...]]:
    """What it is for, then how to take it: 'For pain', 'Max 4 a day', 'Take with food'."""
    lines = []
    reason = medication.as_needed_reason if medication.as_needed else ""
    if medication.indication or reason:
        lines.append(
            line(
                medication.indication
                or translate("MedicationSheets", "For {reason}").format(reason=reason)
            )
        )
    if medication.as_needed and medication.indication and reason:
        lines.append(
            line(translate("MedicationSheets", "When needed for {reason}").format(reason=reason))
        )
    if medication.max_per_day:
        most = translate("MedicationSheets", "No more than {most} a day").format(
            most=medication.max_per_day
        )
        lines.append(line(Span(most, "b")))
    if medication.instructions:
        lines.append(line(Span(medication.instructions, "detail")))
    return lines or [line(Span("—", NONE))]


#: How the change sheet counts each kind of change ("2 started, 1 dose changed").
_CHANGE_WORDS = (
    (MedicationEventKind.STARTED, QT_TRANSLATE_NOOP("MedicationSheets", "{n} started")),
    (MedicationEventKind.DOSE_CHANGED, QT_TRANSLATE_NOOP("MedicationSheets", "{n} dose changed")),
    (
        MedicationEventKind.CHANGED,
        QT_TRANSLATE_NOOP("MedicationSheets", "{n} changed otherwise"),
    ),
    (MedicationEventKind.ON_HOLD, QT_TRANSLATE_NOOP("MedicationSheets", "{n} put on hold")),
    (MedicationEventKind.RESUMED, QT_TRANSLATE_NOOP("MedicationSheets", "{n} resumed")),
    (MedicationEventKind.STOPPED, QT_TRANSLATE_NOOP("MedicationSheets", "{n} stopped")),
)


def _change_sheet(sheet: MedicationSheet) -> Document:
    assert sheet.since is not None
    patient = sheet.patient
    kinds = Counter(change.event.kind for change in sheet.changes)
    summary = ", ".join(
        translate("MedicationSheets", words).format(n=kinds[kind])
        for kind, words in _CHANGE_WORDS
        if kinds[kind]
    ) or translate("MedicationSheets", "no changes")
    since = short_date(sheet.since)
    blocks = masthead(
        translate("MedicationSheets", "MEDICATION CHANGES"),
        patient.display_name,
        line(identity(patient, sheet.prepared_on)),
        prepared(
            sheet.prepared_by,
            sheet.prepared_on,
            translate("MedicationSheets", " · since {date}: {summary}").format(
                date=since, summary=summary
            ),
        ),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    blocks += medication_changes(
        sheet.changes,
        translate("MedicationSheets", "Changes from {first} to {last}").format(
            first=since, last=short_date(sheet.prepared_on)
        ),
    )
    running = translate("MedicationSheets", "Medication changes · {name} · since {date}").format(
        name=patient.display_name, date=since
    )
    return Document(title=title(sheet), sections=[Section(running, blocks)])
