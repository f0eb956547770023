"""The one-page "medication changes after discharge" sheet, for the family and the GP: what the
hospital's list changed, what was applied, and what was kept as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.records import Allergy, Patient, Reconciliation, ReconciliationLine
from carebook.core.vocabularies import AllergyStatus, ReconciliationChange
from carebook.reports import html_page
from carebook.reports.document import Column, Document, Heading, Paragraph, Section, Span, Table
from carebook.reports.document import line as text_line
from carebook.reports.patient_blocks import (
    NONE,
    allergy_box,
    cell,
    identity,
    long_date,
    masthead,
    prepared,
    short_date,
)


class _SheetSourcePatients(Protocol):
    def patient(self, patient_id: int) -> Patient | None: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...


class _SheetSourceReconciliations(Protocol):
    def reconciliation(self, reconciliation_id: int) -> Reconciliation | None: ...

    def reconciliation_lines(self, reconciliation_id: int) -> list[ReconciliationLine]: ...


class ReconciliationSource(Protocol):
    """The store's reads the sheet is made of."""

    def today(self) -> date: ...

    @property
    def patients(self) -> _SheetSourcePatients: ...

    @property
    def reconciliations(self) -> _SheetSourceReconciliations: ...


@dataclass(slots=True, kw_only=True)
class ReconciliationSheet:
    """A reconciliation as its sheet shows it."""

    patient: Patient
    allergies: list[Allergy]
    reconciliation: Reconciliation
    lines: list[ReconciliationLine]
    prepared_by: str
    prepared_on: date


def gather(
    store: ReconciliationSource, reconciliation_id: int, *, prepared_by: str = ""
) -> ReconciliationSheet:
    """The sheet of one reconciliation (LookupError when it is gone)."""
    kept = store.reconciliations.reconciliation(reconciliation_id)
    if kept is None:
        raise LookupError(f"No medicines reconciliation with id {reconciliation_id}.")
    patient = store.patients.patient(kept.patient_id)
    if patient is None:
        raise LookupError(f"No patient with id {kept.patient_id}.")
    return ReconciliationSheet(
        patient=patient,
        allergies=[
            a for a in store.patients.allergies(kept.patient_id) if a.status is AllergyStatus.ACTIVE
        ],
        reconciliation=kept,
        lines=store.reconciliations.reconciliation_lines(reconciliation_id),
        prepared_by=prepared_by.strip() or kept.reconciled_by,
        prepared_on=store.today(),
    )


def title(sheet: ReconciliationSheet) -> str:
    day = long_date(sheet.reconciliation.on_date).split(" ", 1)[1]
    return f"Medication changes after discharge, {sheet.patient.display_name}, {day}"


def render_html(
    sheet: ReconciliationSheet, paper: str = "a4", *, page_furniture: bool = False
) -> str:
    return html_page.render(document(sheet), paper, page_furniture=page_furniture)


_COLUMNS = (
    Column("Medicine", 26),
    Column("Before", 24),
    Column("After", 24),
    Column("Decision", 26),
)

#: The order the sheet says the lines in: what changed first, what stayed last.
_ORDER = (
    (ReconciliationChange.CHANGED, "Changed"),
    (ReconciliationChange.NEW, "Started"),
    (ReconciliationChange.STOPPED, "Stopped in hospital"),
    (ReconciliationChange.NOT_LISTED, "Not on the discharge list"),
    (ReconciliationChange.CONTINUED, "Carried on as before"),
)


def document(sheet: ReconciliationSheet) -> Document:
    """One page: whose, from which list, the allergies, then each line and what was decided."""
    kept = sheet.reconciliation
    patient = sheet.patient
    listed = (
        f"the discharge list of {short_date(kept.discharged_on)}"
        if kept.discharged_on
        else ("the discharge list")
    )
    blocks = masthead(
        "MEDICATION CHANGES AFTER DISCHARGE",
        patient.display_name,
        text_line(identity(patient, sheet.prepared_on)),
        text_line(
            f"Reconciled on {short_date(kept.on_date)} against {listed} (",
            Span(kept.source, "detail"),
            ")",
        ),
        prepared(sheet.prepared_by, sheet.prepared_on),
    )
    blocks.append(allergy_box(sheet.allergies, patient))
    applied = [line for line in sheet.lines if line.accepted]
    blocks.append(
        Paragraph(
            text_line(
                f"{len(applied)} change{'' if len(applied) == 1 else 's'} made to the "
                "medication list; each is dated in the medicine's history with the reason "
                "“hospital discharge”."
            )
        )
    )
    for change, heading in _ORDER:
        group = [line for line in sheet.lines if line.change is change]
        if not group:
            continue
        blocks.append(Heading(f"{heading} ({len(group)})"))
        rows = tuple(
            (
                cell(text_line(Span(line.medication, "b"))),
                cell(text_line(line.before or "—")),
                cell(text_line(line.after or "—")),
                cell(text_line(_decision(line))),
            )
            for line in group
        )
        blocks.append(Table(_COLUMNS, rows, "grid medications"))
    if not sheet.lines:
        blocks.append(Paragraph(text_line("The discharge list had no medicines."), NONE))
    running = f"Medication changes after discharge · {patient.display_name}"
    return Document(title=title(sheet), sections=[Section(running, blocks)])


def _decision(line: ReconciliationLine) -> str | Span:
    if line.change is ReconciliationChange.CONTINUED:
        return "No change"
    if line.accepted:
        return {
            ReconciliationChange.CHANGED: "Changed on the list",
            ReconciliationChange.NEW: "Started",
            ReconciliationChange.STOPPED: "Stopped",
            ReconciliationChange.NOT_LISTED: "Stopped",
        }[line.change]
    return Span("Kept as it was: check with the GP", "b")
