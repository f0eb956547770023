"""A contact as FHIR: a Practitioner, Organization, RelatedPerson or Person, by role.

Physicians, nurse practitioners, therapists and social workers are Practitioners (their
organisation goes in CareTeam.participant.onBehalfOf); pharmacies, agencies and community
resources are Organizations (CareTeam, CarePlan activities and MedicationStatement may all
point at one; an Appointment cannot, so there the agency is named, not referenced);
caregivers, powers of attorney, emergency contacts and anyone else are RelatedPersons, with
v3-RoleCode POWATT and v2-0131 "C" codes where they exist and the role as text otherwise. A
contact the directory holds without any patient to be related to is a Person. What a contact
offers, its hours and who may use it are carebook's typed fields.

Read back, each of those (and a PractitionerRole, for its practitioner's role and organisation)
is a contact of the directory; what the resource does not say of its role, the first care team
listing it may (see fhir.care_team).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, label_map
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]

#: The roles that make a contact a Practitioner, and an Organization.
PRACTITIONER_ROLES = frozenset(
    {
        ContactRole.PHYSICIAN,
        ContactRole.NURSE_PRACTITIONER,
        ContactRole.THERAPIST,
        ContactRole.SOCIAL_WORKER,
    }
)
ORGANIZATION_ROLES = frozenset(
    {ContactRole.PHARMACY, ContactRole.AGENCY, ContactRole.COMMUNITY_RESOURCE}
)
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
                relationships.append(fv.coded(system, code, display, role.english))
            elif role not in PRACTITIONER_ROLES | ORGANIZATION_ROLES:
                relationships.append(fv.text(role.english))
        if emergency and not any(
            r.get("coding", [{}])[0].get("code") == "C" for r in relationships
        ):
            relationships.append(fv.coded(*fv.EMERGENCY, "Emergency contact"))
        resource["relationship"] = relationships
    resource["telecom"] = telecom
    resource["address"] = address
    return resource


_ROLES = label_map(ContactRole)
_ROLE_WORDS = (
    ("nurse practi", ContactRole.NURSE_PRACTITIONER),
    ("community", ContactRole.COMMUNITY_RESOURCE),
    ("pharm", ContactRole.PHARMACY),
    ("chemist", ContactRole.PHARMACY),
    ("attorney", ContactRole.POWER_OF_ATTORNEY),
    ("powatt", ContactRole.POWER_OF_ATTORNEY),
    ("emergency", ContactRole.EMERGENCY_CONTACT),
    ("social", ContactRole.SOCIAL_WORKER),
    ("therap", ContactRole.THERAPIST),
    ("physio", ContactRole.THERAPIST),
    ("occupational", ContactRole.THERAPIST),
    ("physician", ContactRole.PHYSICIAN),
    ("doctor", ContactRole.PHYSICIAN),
    ("general practi", ContactRole.PHYSICIAN),
    ("gp", ContactRole.PHYSICIAN),
    ("consultant", ContactRole.PHYSICIAN),
    ("carer", ContactRole.CAREGIVER),
    ("caregiver", ContactRole.CAREGIVER),
    ("agency", ContactRole.AGENCY),
    ("home care", ContactRole.AGENCY),
)


def role_of(text: str) -> ContactRole | None:
    """The contact role words name: a carebook label ("Social worker"), else a keyword."""
    said = " ".join(text.casefold().split())
    if not said:
        return None
    if said in _ROLES:
        return ContactRole(_ROLES[said])
    words = f" {said} "
    for word, role in _ROLE_WORDS:
        if (f" {word} " in words) if len(word) <= 3 else word in said:
            return role
    return None


def relationship_role(concept: Any) -> ContactRole | None:
    """The contact role a RelatedPerson's relationship names (POWATT, "C", or its words)."""
    codes = {code for _system, code in fe.codes(concept)}
    if "POWATT" in codes or "POWATY" in codes:
        return ContactRole.POWER_OF_ATTORNEY
    if "C" in codes or "EP" in codes:
        return ContactRole.EMERGENCY_CONTACT
    text = fe.concept_text(concept)
    role = _ROLES.get(text.casefold())
    return ContactRole(role) if role is not None else (ContactRole.CAREGIVER if text else None)


def read_practitioner_role(planning: Planning, entry: Entry) -> None:
    """What a PractitionerRole says of its practitioner: their role and organisation."""
    practitioner = planning.resolve(entry.resource.get("practitioner"), entry)
    if practitioner.entry is None:
        return
    role = next(
        (
            r
            for r in (role_of(fe.concept_text(c)) for c in fe.as_list(entry.resource.get("code")))
            if r is not None
        ),
        None,
    )
    if role is not None:
        planning.contact_roles.setdefault(id(practitioner.entry), role)
    organization = planning.resolve(entry.resource.get("organization"), entry)
    name = organization.display or (
        fe.name_text(organization.entry.resource) if organization.entry is not None else ""
    )
    if name:
        planning.contact_orgs.setdefault(id(practitioner.entry), name)


def read_contact(planning: Planning, entry: Entry) -> None:
    """A Practitioner, Organization, RelatedPerson or Person into a contact of the directory."""
    r = entry.resource
    name = fe.name_text(r)
    if not name:
        raise NotImported(translate("FhirImport", "has no name carebook can show"))
    phones, fax, email = fe.contact_points(r.get("telecom"))
    contact = Contact(
        name=name,
        phone=phones[0] if phones else "",
        fax=fax,
        email=email,
        address=fe.address_text(r.get("address")),
    )
    if entry.type == "Organization":
        contact.role = next(
            (
                role
                for role in (role_of(fe.concept_text(t)) for t in fe.as_list(r.get("type")))
                if role is not None
            ),
            ContactRole.AGENCY,
        )
        part_of = planning.resolve(r.get("partOf"), entry)
        contact.organization = (
            part_of.display
            or (fe.name_text(part_of.entry.resource) if part_of.entry is not None else "")
            or name
        )
    elif entry.type == "RelatedPerson":
        roles = [relationship_role(concept) for concept in fe.as_list(r.get("relationship"))]
        contact.role = next((role for role in roles if role is not None), ContactRole.CAREGIVER)
    elif entry.type == "Practitioner":
        contact.role = planning.contact_roles.get(id(entry), ContactRole.PHYSICIAN)
        contact.organization = planning.contact_orgs.get(id(entry), "")
    else:
        contact.role = ContactRole.OTHER
    item = planning.emit(entry, "contact", contact, keys=planning.keys(entry))
    said = (
        id(entry) in planning.contact_roles
        if entry.type == "Practitioner"
        else bool(fe.as_list(r.get("type")))
        if entry.type == "Organization"
        else True
    )
    if not said and "role" not in ext.decode(r).values:
        planning.default_roles.add(id(item))  # a care team may say more
