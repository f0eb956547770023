"""A medication changed with a reason, stopped, put on hold or resumed: each in its history."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.core.records import Medication
from carebook.ui.commands import Caseload


def save_medication(caseload: Caseload, text: str, edited: Medication, reason: str) -> Changes:
    """Save an edited medication; a changed dose is dated in its history with `reason`."""
    assert edited.id is not None
    return caseload.change(
        text,
        "medication",
        lambda: caseload.store.medications.update_medication(edited, reason),
        touches=[("medication", edited.id)],
    )


def stop_medication(caseload: Caseload, text: str, medication_id: int, reason: str) -> Changes:
    """Stop a medication today, for `reason`."""
    return caseload.change(
        text,
        "medication",
        lambda: caseload.store.medications.stop_medication(medication_id, reason),
        touches=[("medication", medication_id)],
    )


def hold_medication(caseload: Caseload, text: str, medication_id: int, reason: str) -> Changes:
    """Put a medication on hold today, for `reason`."""
    return caseload.change(
        text,
        "medication",
        lambda: caseload.store.medications.hold_medication(medication_id, reason),
        touches=[("medication", medication_id)],
    )


def resume_medication(caseload: Caseload, text: str, medication_id: int, reason: str) -> Changes:
    """Take a held or stopped medication again from today."""
    return caseload.change(
        text,
        "medication",
        lambda: caseload.store.medications.resume_medication(medication_id, reason),
        touches=[("medication", medication_id)],
    )
