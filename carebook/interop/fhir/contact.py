"""A contact as FHIR: a Practitioner, Organization, RelatedPerson or Person, by role.

Physicians, therapists and social workers are Practitioners (their organisation goes in
CareTeam.participant.onBehalfOf); pharmacies and agencies are Organizations (CareTeam, CarePlan
activities and MedicationStatement may all point at one; an Appointment cannot, so there the
agency is named, not referenced); caregivers, powers of attorney, emergency contacts and anyone
else are RelatedPersons, with v3-RoleCode POWATT and v2-0131 "C" codes where they exist and the
role as text otherwise. A contact the directory holds without any patient to be related to is a
Person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.domain import Contact, ContactRole
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

#: The roles that make a contact a Practitioner, and an Organization.
PRACTITIONER_ROLES = frozenset(
    {ContactRole.PHYSICIAN, ContactRole.THERAPIST, ContactRole.SOCIAL_WORKER}
)
ORGANIZATION_ROLES = frozenset({ContactRole.PHARMACY, ContactRole.AGENCY})
_RELATIONSHIPS = {
    ContactRole.POWER_OF_ATTORNEY: (fv.V3_ROLE, "POWATT", "power of attorney"),
    ContactRole.EMERGENCY_CONTACT: fv.EMERGENCY,
}


def contact_type(contact: Contact, roles: Sequence[ContactRole]) -> str:
    """Which FHIR resource a contact becomes: from its roles for this patient, then its own."""
    for role in (*roles, contact.role):
        if role in PRACTITIONER_ROLES:
            return "Practitioner"
        if role in ORGANIZATION_ROLES:
            return "Organization"
        if role != ContactRole.OTHER:
            return "RelatedPerson"
    same = contact.organization.strip().casefold() == contact.name.strip().casefold()
    return "Organization" if same else "RelatedPerson"


def contact_resource(
    contact: Contact,
    roles: Sequence[ContactRole] = (),
    emergency: bool = False,
    subject: Json | None = None,
) -> Json:
    """A contact as a Practitioner, Organization or RelatedPerson of the patient `subject`
    (a Person when there is no patient to be related to), not yet pruned."""
    kind = contact_type(contact, roles)
    if kind == "RelatedPerson" and subject is None:
        kind = "Person"
    resource: Json = {"resourceType": kind, "id": f"contact-{contact.id}", "active": True}
    telecom = fv.telecom(
        contact.phone,
        contact.fax,
        contact.email,
        use="work" if kind not in ("RelatedPerson", "Person") else "",
    )
    address = [{"text": contact.address.strip()}] if contact.address.strip() else []
    if kind == "Organization":
        resource["name"] = contact.name
        if contact.organization.strip() and contact.organization.strip() != contact.name:
            resource["partOf"] = {"display": contact.organization.strip()}
    else:
        resource["name"] = [{"text": contact.name}]
    if kind == "RelatedPerson":
        resource["patient"] = subject
        relationships: list[Json] = []
        for role in dict.fromkeys(roles or (contact.role,)):
            if role in _RELATIONSHIPS:
                system, code, display = _RELATIONSHIPS[role]
                relationships.append(fv.coded(system, code, display, role.label))
            elif role not in PRACTITIONER_ROLES | ORGANIZATION_ROLES:
                relationships.append(fv.text(role.label))
        if emergency and not any(
            r.get("coding", [{}])[0].get("code") == "C" for r in relationships
        ):
            relationships.append(fv.coded(*fv.EMERGENCY, "Emergency contact"))
        resource["relationship"] = relationships
    resource["telecom"] = telecom
    resource["address"] = address
    return resource
