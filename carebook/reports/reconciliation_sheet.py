"""The one-page "medication changes after discharge" sheet, for the family and the GP: what the
hospital's list changed, what was applied, and what was kept as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from carebook.core.records import Allergy, Patient, Reconciliation, ReconciliationLine
from carebook.core.vocabularies import AllergyStatus, ReconciliationChange
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports import html_page
from carebook.reports.document import (
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
    filled,
)
from carebook.reports.document import line as text_line
from carebook.reports.patient_blocks import (
    NONE,
    allergy_box,
    cell,
    full_date,
    identity,
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
        raise LookupError(
            translate("ReconciliationSheet", "No medicines reconciliation with id {id}.").format(
                id=reconciliation_id
            )
        )
    patient = store.patients.patient(kept.patient_id)
    if patient is None:
        raise LookupError(
            translate("ReconciliationSheet", "No patient with id {id}.").format(id=kept.patient_id)
        )
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
    return translate(
        "ReconciliationSheet", "Medication changes after discharge, {name}, {date}"
    ).format(name=sheet.patient.display_name, date=full_date(sheet.reconciliation.on_date))


def render_html(
    sheet: ReconciliationSheet, paper: str = "a4", *, page_furniture: bool = False
) -> str:
    return html_page.render(document(sheet), paper, page_furniture=page_furniture)


#: The order the sheet says the lines in: what changed first, what stayed last.
_ORDER = (
    (ReconciliationChange.CHANGED, QT_TRANSLATE_NOOP("ReconciliationSheet", "Changed ({count})")),
    (ReconciliationChange.NEW, QT_TRANSLATE_NOOP("ReconciliationSheet", "Started ({count})")),
    (
        ReconciliationChange.STOPPED,
        QT_TRANSLATE_NOOP("ReconciliationSheet", "Stopped in hospital ({count})"),
    ),
    (
        ReconciliationChange.NOT_LISTED,
        QT_TRANSLATE_NOOP("ReconciliationSheet", "Not on the discharge list ({count})"),
    ),
    (
        ReconciliationChange.CONTINUED,
        QT_TRANSLATE_NOOP("ReconciliationSheet", "Carried on as before ({count})"),
    ),
)


def document(sheet: ReconciliationSheet) -> Document:
    """One page: whose, from which list, the allergies, then each line and what was decided."""
    kept = sheet.reconciliation
    patient = sheet.patient
    if kept.discharged_on:
        reconciled = filled(
            translate(
                "ReconciliationSheet",
                "Reconciled on {date} against the discharge list of {discharged} ({source})",
            ),
            date=short_date(kept.on_date),
            discharged=short_date(kept.discharged_on),
            source=Span(kept.source, "detail"),
        )
    else:
        reconciled = filled(
            translate(
                "ReconciliationSheet", "Reconciled on {date} against the discharge list ({source})"
            ),
            date=short_date(kept.on_date),
            source=Span(kept.source, "detail"),
        )
    blocks = masthead(
        translate("ReconciliationSheet", "MEDICATION CHANGES AFTER DISCHARGE"),
        patient.display_name,
        text_line(identity(patient, sheet.prepared_on)),
        reconciled,
        prepared(sheet.prepared_by, sheet.prepared_on),
    )
    blocks.append(allergy_box(sheet.allergies, patient))
    applied = [line for line in sheet.lines if line.accepted]
    if len(applied) == 1:
        made = translate(
            "ReconciliationSheet",
            "1 change made to the medication list; each is dated in the medicine's history "
            "with the reason “hospital discharge”.",
        )
    else:
        made = translate(
            "ReconciliationSheet",
            "{n} changes made to the medication list; each is dated in the medicine's history "
            "with the reason “hospital discharge”.",
        ).format(n=len(applied))
    blocks.append(Paragraph(text_line(made)))
    columns = (
        Column(translate("ReconciliationSheet", "Medicine"), 26),
        Column(translate("ReconciliationSheet", "Before"), 24),
        Column(translate("ReconciliationSheet", "After"), 24),
        Column(translate("ReconciliationSheet", "Decision"), 26),
    )
    for change, heading in _ORDER:
        group = [line for line in sheet.lines if line.change is change]
        if not group:
            continue
        blocks.append(Heading(translate("ReconciliationSheet", heading).format(count=len(group))))
        rows = tuple(
            (
                cell(text_line(Span(line.medication, "b"))),
                cell(text_line(line.before or "—")),
                cell(text_line(line.after or "—")),
                cell(text_line(_decision(line))),
            )
            for line in group
        )
        blocks.append(Table(columns, rows, "grid medications"))
    if not sheet.lines:
        blocks.append(
            Paragraph(
                text_line(translate("ReconciliationSheet", "The discharge list had no medicines.")),
                NONE,
            )
        )
    running = translate(
        "ReconciliationSheet", "Medication changes after discharge · {name}"
    ).format(name=patient.display_name)
    return Document(title=title(sheet), sections=[Section(running, blocks)])


def _decision(line: ReconciliationLine) -> str | Span:
    if line.change is ReconciliationChange.CONTINUED:
        return translate("ReconciliationSheet", "No change")
    if line.accepted:
        if line.change is ReconciliationChange.CHANGED:
            return translate("ReconciliationSheet", "Changed on the list")
        if line.change is ReconciliationChange.NEW:
            return translate("ReconciliationSheet", "Started")
        return translate("ReconciliationSheet", "Stopped")
    return Span(translate("ReconciliationSheet", "Kept as it was: check with the GP"), "b")
