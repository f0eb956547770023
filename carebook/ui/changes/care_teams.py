"""Who is on a patient's care team: a contact joins it (a new one, or from the directory) or
leaves it; each change is undone with the patient's record."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.core.records import CareTeamMember, Contact
from carebook.ui.commands import Caseload, Root


def add_to_care_team(caseload: Caseload, text: str, member: CareTeamMember) -> Changes:
    """Put a contact of the directory on the patient's care team."""
    return caseload.change(
        text,
        "patient",
        lambda: caseload.store.contacts.add_to_care_team(member),
        touches=[("patient", member.patient_id)],
    )


def add_new_contact(caseload: Caseload, text: str, patient_id: int, contact: Contact) -> Changes:
    """Add a new contact to the directory and to the patient's care team, in its own role."""

    def run() -> list[Root]:
        saved = caseload.store.contacts.add_contact(contact)
        assert saved.id is not None
        caseload.store.contacts.add_to_care_team(
            CareTeamMember(patient_id=patient_id, contact_id=saved.id, role=saved.role)
        )
        return [("contact", saved.id)]

    return caseload.change(text, "patient", run, touches=[("patient", patient_id)])


def remove_from_care_team(
    caseload: Caseload, text: str, patient_id: int, contact_id: int, role: str
) -> Changes:
    """Take a contact off the patient's care team (the contact stays in the directory)."""
    return caseload.change(
        text,
        "patient",
        lambda: caseload.store.contacts.remove_from_care_team(patient_id, contact_id, role),
        touches=[("patient", patient_id)],
    )
