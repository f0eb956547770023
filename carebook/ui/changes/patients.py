"""A patient discharged, put on hold or made active, and an edit that may end their care."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus
from carebook.ui.commands import Caseload


def set_patient_status(
    caseload: Caseload, text: str, patient_id: int, status: PatientStatus, *, end: bool
) -> Changes:
    """Change a patient's status; `end` cancels their visits still to come and open tasks."""
    return caseload.change(
        text,
        # Ending visits and tasks changes the agenda and those lists too.
        "all" if end else "patient",
        lambda: caseload.store.patients.set_patient_status(
            patient_id, status, end_what_is_open=end
        ),
        touches=[("patient", patient_id)],
    )


def save_patient(caseload: Caseload, text: str, edited: Patient, *, end: bool) -> Changes:
    """Save an edited patient; `end` (the edit discharged them) cancels what is still to come."""
    assert edited.id is not None
    return caseload.change(
        text,
        "all" if end else "patient",
        lambda: caseload.store.patients.update_patient(edited, end_what_is_open=end),
        touches=[("patient", edited.id)],
    )
