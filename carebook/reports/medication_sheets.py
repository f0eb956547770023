"""Medication sheets of one patient: the current list in large print, and the changes since."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import Allergy, Medication, MedicationEvent, Patient
from carebook.core.vocabularies import AllergyStatus, MedicationEventKind, MedicationStatus
from carebook.reports import html_page
from carebook.reports.document import Column, Document, Heading, Section, Span, Table, line
from carebook.reports.patient_blocks import (
    NONE,
    MedicationChange,
    allergy_box,
    cell,
    changes_between,
    how_often,
    identity,
    long_date,
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
        raise LookupError(f"No patient with id {patient_id}.")
    today = store.today()
    if since is not None and since > today:
        raise ValueError(
            f"The changes since {since.isoformat()} have not happened yet: "
            "choose a day up to today."
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
    what = "Medication list" if sheet.since is None else "Medication changes"
    return f"{what}, {sheet.patient.display_name}, {long_date(sheet.prepared_on).split(' ', 1)[1]}"


def document(sheet: MedicationSheet) -> Document:
    """The current list (large print, one table) or the change sheet."""
    return _current_list(sheet) if sheet.since is None else _change_sheet(sheet)


def render_html(sheet: MedicationSheet, paper: str = "a4", *, page_furniture: bool = False) -> str:
    return html_page.render(document(sheet), paper, page_furniture=page_furniture)


_LIST_COLUMNS = (
    Column("Medicine", 27),
    Column("How much", 17),
    Column("When", 24),
    Column("What it is for", 32),
)


def _current_list(sheet: MedicationSheet) -> Document:
    patient = sheet.patient
    blocks = masthead(
        "MEDICATION LIST",
        patient.display_name,
        line(identity(patient, sheet.prepared_on)),
        prepared(sheet.prepared_by, sheet.prepared_on),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    heading = f"Medicines taken now ({len(sheet.current)})"
    if not sheet.current:
        blocks += nothing(heading, "No medicines are being taken now.")
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
        blocks.append(Table(_LIST_COLUMNS, rows, "grid medications"))
    running = f"Medication list · {patient.display_name} · {short_date(sheet.prepared_on)}"
    return Document(title=title(sheet), sections=[Section(running, blocks)], style="large")


def _what_for(medication: Medication) -> list[tuple[Span, ...]]:
    """What it is for, then how to take it: 'For pain', 'Max 4 a day', 'Take with food'."""
    lines = []
    reason = medication.as_needed_reason if medication.as_needed else ""
    if medication.indication or reason:
        lines.append(line(medication.indication or f"For {reason}"))
    if medication.as_needed and medication.indication and reason:
        lines.append(line(f"When needed for {reason}"))
    if medication.max_per_day:
        lines.append(line(Span(f"No more than {medication.max_per_day} a day", "b")))
    if medication.instructions:
        lines.append(line(Span(medication.instructions, "detail")))
    return lines or [line(Span("—", NONE))]


#: How the change sheet counts each kind of change ("2 started, 1 dose changed").
_CHANGE_WORDS = (
    (MedicationEventKind.STARTED, "started"),
    (MedicationEventKind.DOSE_CHANGED, "dose changed"),
    (MedicationEventKind.CHANGED, "changed otherwise"),
    (MedicationEventKind.ON_HOLD, "put on hold"),
    (MedicationEventKind.RESUMED, "resumed"),
    (MedicationEventKind.STOPPED, "stopped"),
)


def _change_sheet(sheet: MedicationSheet) -> Document:
    assert sheet.since is not None
    patient = sheet.patient
    kinds = Counter(change.event.kind for change in sheet.changes)
    summary = (
        ", ".join(f"{kinds[kind]} {words}" for kind, words in _CHANGE_WORDS if kinds[kind])
        or "no changes"
    )
    blocks = masthead(
        "MEDICATION CHANGES",
        patient.display_name,
        line(identity(patient, sheet.prepared_on)),
        prepared(
            sheet.prepared_by, sheet.prepared_on, f" · since {short_date(sheet.since)}: {summary}"
        ),
    )
    blocks.append(allergy_box(sheet.allergies, sheet.patient))
    blocks += medication_changes(
        sheet.changes, f"Changes from {short_date(sheet.since)} to {short_date(sheet.prepared_on)}"
    )
    running = f"Medication changes · {patient.display_name} · since {short_date(sheet.since)}"
    return Document(title=title(sheet), sections=[Section(running, blocks)])
