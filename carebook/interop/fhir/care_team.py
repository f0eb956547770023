"""A patient's care team as FHIR: the CareTeam, each membership one of its participants.

Each participant names its contact (see fhir.contact), the membership's role as words (with
v2-0131 "C" when the member is an emergency contact) and, for a practitioner, the organisation
they work for; what is said of a member goes in the team's notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.domain import CareTeamMember, Contact, ContactRole, Patient
from carebook.interop.fhir import values as fv

Json = dict[str, Any]


def team_roles(
    members: Sequence[tuple[CareTeamMember, Contact]],
) -> tuple[dict[int, list[ContactRole]], dict[int, bool]]:
    """Each member contact's roles on the team, and whether any says "emergency contact"."""
    roles: dict[int, list[ContactRole]] = {}
    emergency: dict[int, bool] = {}
    for member, _contact in members:
        roles.setdefault(member.contact_id, []).append(member.role)
        emergency[member.contact_id] = emergency.get(member.contact_id, False) or (
            member.is_emergency
        )
    return roles, emergency


def care_team_resource(
    patient: Patient, members: Sequence[tuple[CareTeamMember, Contact, Json]], subject: Json
) -> Json:
    """The patient's CareTeam: each (membership, contact, the contact's resource) a
    participant, not yet pruned."""
    participants: list[Json] = []
    notes: list[Json] = []
    for member, contact, resource in members:
        role = [fv.text(member.role.label)]
        if member.is_emergency and member.role != ContactRole.EMERGENCY_CONTACT:
            role.append(fv.coded(*fv.EMERGENCY, "Emergency contact"))
        participant: Json = {"role": role, "member": fv.ref(resource, contact.name)}
        if resource["resourceType"] == "Practitioner" and contact.organization.strip():
            participant["onBehalfOf"] = {"display": contact.organization.strip()}
        participants.append(participant)
        said = fv.distinct(member.notes, contact.notes)
        if said:
            notes.append({"text": f"{contact.name} ({member.role.label}): " + "; ".join(said)})
    return {
        "resourceType": "CareTeam",
        "id": f"care-team-patient-{patient.id}",
        "status": "active",
        "name": f"Care team of {patient.display_name}",
        "subject": subject,
        "participant": participants,
        "note": notes,
    }
