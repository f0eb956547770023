"""A visit documented where it happened (check-in, check-out, outcome, note, miles) as one
undoable change, and the visit note templates kept as a setting."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.core.visit_record_rules import VisitDocumentation
from carebook.ui.commands import Caseload, Root


def document_visit(caseload: Caseload, text: str, documented: VisitDocumentation) -> Changes:
    """Save the visit's record, its outcome (the visit's status) and its note at once; one
    undo puts all three back."""
    record = documented.record
    touches: list[Root] = [("appointment", record.appointment_id)]
    if documented.note_id is not None:
        touches.append(("note", documented.note_id))

    def run() -> list[Root]:
        added = caseload.store.visit_records.document_visit(documented)
        return [("note", note_id) for note_id in added]

    return caseload.change(text, "visit_record", run, touches=touches)


def set_note_templates(caseload: Caseload, templates: dict[str, str]) -> Changes:
    """Keep the coordinator's per-purpose note templates (a setting: not undoable, like her
    preferences)."""
    caseload.store.visit_records.set_note_templates(templates)
    return caseload.announce(Changes.of(["preferences"]))
