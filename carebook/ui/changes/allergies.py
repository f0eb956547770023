"""A patient's allergy statement said on purpose, and an allergy that unsays it: each undoable."""

from __future__ import annotations

from datetime import date

from carebook.core.allergy_statements import clears_statement
from carebook.core.changes import Changes
from carebook.core.records import Allergy
from carebook.core.vocabularies import AllergyStatement
from carebook.ui.commands import Caseload


def set_allergy_statement(
    caseload: Caseload, text: str, patient_id: int, statement: AllergyStatement, on: date | None
) -> Changes:
    """Record that the patient has no known drug allergies (or none), confirmed on `on`."""
    return caseload.change(
        text,
        "patient",
        lambda: caseload.store.patients.set_allergy_statement(patient_id, statement, on),
        touches=[("patient", patient_id)],
    )


def _unsays(caseload: Caseload, allergy: Allergy) -> bool:
    """Whether saving the allergy clears a statement the patient has (so undo must bring the
    patient back as well as the allergy)."""
    patient = caseload.store.patients.patient(allergy.patient_id)
    return (
        patient is not None
        and clears_statement(allergy)
        and patient.allergy_statement is not AllergyStatement.NOT_RECORDED
    )


def add_allergy(caseload: Caseload, text: str, allergy: Allergy) -> Allergy:
    """Add an allergy; when it clears "no known allergies", undo says it again."""
    if not _unsays(caseload, allergy):
        return caseload.add(allergy, text)
    saved: list[Allergy] = []

    def add() -> list[tuple[str, int]]:
        saved.append(caseload.store.patients.add_allergy(allergy))
        return [("allergy", saved[0].id or 0)]

    caseload.change(text, "allergy", add, touches=[("patient", allergy.patient_id)])
    return saved[0]


def save_allergy(caseload: Caseload, text: str, allergy: Allergy) -> Changes:
    """Save an edited allergy; when it clears "no known allergies", undo says it again."""
    if not _unsays(caseload, allergy):
        return caseload.save(allergy, text)
    assert allergy.id is not None
    return caseload.change(
        text,
        "allergy",
        lambda: caseload.store.patients.update_allergy(allergy),
        touches=[("patient", allergy.patient_id), ("allergy", allergy.id)],
    )
