"""A patient's visits with the note written on each, and the way into documenting one, for
the record window's Appointments section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from PySide6.QtWidgets import QWidget

from carebook.core.list_rows import VisitRow
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.visit_documentation import open_visit_documentation


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitWithNote(VisitRow):
    """A visit as the Appointments list shows it, with the first line of its note."""

    note: str = ""


def with_visit_notes(store: Store, patient_id: int, rows: Sequence[object]) -> list[object]:
    """Each visit row with its note's first line ("" when it has none)."""
    notes = store.visit_records.visit_notes_for(patient_id)
    shown: list[object] = []
    for row in rows:
        if not isinstance(row, VisitRow):
            shown.append(row)
            continue
        note = notes.get((row.appointment_id, row.original_start or row.start))
        if note is None and not row.repeats:
            note = notes.get((row.appointment_id, None))
        values = {field.name: getattr(row, field.name) for field in fields(row)}
        first = note.text.strip().split("\n", 1)[0][:200] if note is not None else ""
        shown.append(VisitWithNote(**values, note=first))
    return shown


def document_visit_of(parent: QWidget, caseload: Caseload, row: object) -> None:
    """The section's "Document visit…": the dialog for the visit the row shows."""
    if isinstance(row, VisitRow):
        open_visit_documentation(parent, caseload, row)
