"""A patient's care team as FHIR: the CareTeam, each membership one of its participants.

Each participant names its contact (see fhir.contact), the membership's role as words (with
v2-0131 "C" when the member is an emergency contact) and, for a practitioner, the organisation
they work for; what is said of a member goes in the team's notes, each naming its member and
role typed beside its words (see fhir.extension).

Read back, each participant that is a contact is a membership of the patient's care team; so is
a RelatedPerson of the patient that no CareTeam lists, and a Patient's generalPractitioner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.records import CareTeamMember, Contact, Patient
from carebook.core.vocabularies import ContactRole
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.contact import role_of
from carebook.interop.fhir.planning import CONTACT_TYPES, Planning, Target, key_of, point
from carebook.interop.fhir.report import WARNING
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

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
        role = [fv.text(member.role.english)]
        if member.is_emergency and member.role != ContactRole.EMERGENCY_CONTACT:
            role.append(fv.coded(*fv.EMERGENCY, "Emergency contact"))
        participant: Json = {"role": role, "member": fv.ref(resource, contact.name)}
        if resource["resourceType"] == "Practitioner" and contact.organization.strip():
            participant["onBehalfOf"] = {"display": contact.organization.strip()}
        participants.append(participant)
        said = "; ".join(fv.distinct(member.notes, contact.notes))
        if said:
            note = {"text": f"{contact.name} ({member.role.english}): {said}"}
            typed = {"contact_id": ext.Reference(participant["member"]["reference"])}
            notes.append(ext.typed(note, {**typed, "role": member.role, "notes": said}))
    return {
        "resourceType": "CareTeam",
        "id": f"care-team-patient-{patient.id}",
        "status": "active",
        "name": f"Care team of {patient.display_name}",
        "subject": subject,
        "participant": participants,
        "note": notes,
    }


def read_general_practitioner(planning: Planning, entry: Entry) -> None:
    """A Patient's generalPractitioner, on the patient's care team."""
    patient = entry.item
    if patient is None:
        return
    for value in fe.as_list(entry.resource.get("generalPractitioner")):
        target, _display = planning.optional(
            entry, value, "contact", ("Practitioner", "PractitionerRole"), "generalPractitioner"
        )
        pair = (key_of(patient), key_of(target))
        if isinstance(target, FhirItem) and pair not in planning.members:
            planning.members.add(pair)
            planning.emit(
                entry,
                "member",
                CareTeamMember(patient_id=0, contact_id=0, role=ContactRole.PHYSICIAN),
                {"patient_id": patient, "contact_id": target},
                element={},
            )


def read_care_team(planning: Planning, entry: Entry) -> None:
    """A CareTeam's participants into the memberships of its patient's care team."""
    r = entry.resource
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    listed = planning.children(entry, "care_team_member")
    notes: list[str] = []
    #: what carebook's typed notes say of each member, by (its reference, its role's code)
    typed_notes: dict[tuple[str, str], str] = {}
    for note in fe.notes_of(r):
        typed = ext.decode(note)
        member = typed.values.get("contact_id")
        if isinstance(member, ext.Reference):
            role_code = fe.text_of(typed.values.get("role"))
            typed_notes[(member.reference, role_code)] = fe.text_of(typed.values.get("notes"))
        else:
            notes.append(fe.text_of(note.get("text")))
    for number, participant in enumerate(fe.dicts(r.get("participant"))):
        ref = planning.resolve(participant.get("member"), entry)
        if ref.entry is not None and ref.entry.type in ("Patient", "CareTeam"):
            continue
        target = planning.target(ref, "contact", CONTACT_TYPES)
        if target is None:
            if ref.reference and not ref.found:
                planning.say(
                    WARNING,
                    entry,
                    translate(
                        "FhirImport", "participant {number}, {name}, is not in the files; left out"
                    ).format(number=number + 1, name=ref.display or ref.reference),
                )
            continue
        contact = target.record if isinstance(target, FhirItem) else None
        roles = fe.as_list(participant.get("role"))
        role = (role_of(fe.concept_text(roles[0])) if roles else None) or (
            contact.role if contact is not None else ContactRole.OTHER
        )
        emergency = role is ContactRole.EMERGENCY_CONTACT or any(
            code == "C" for _system, code in fe.codes(roles)
        )
        on_behalf = participant.get("onBehalfOf")
        if (
            contact is not None
            and isinstance(on_behalf, dict)
            and not contact.organization
            and isinstance(target, FhirItem)
            and "organization" not in target.cleared
        ):
            contact.organization = fe.text_of(on_behalf.get("display"))
        reference = fe.text_of(fe.as_dict(participant.get("member")).get("reference"))
        said = typed_notes.get((reference, role.value))
        if said is None:
            said = sentences.member_notes(notes, contact.name, role.english) if contact else ""
        if isinstance(target, FhirItem) and id(target) in planning.default_roles:
            target.record.role = role  # the team says what nothing else did
            planning.default_roles.discard(id(target))
        if listed is not None:
            continue  # carebook's own list of the members follows
        planning.members.add((key_of(patient), key_of(target)))
        planning.emit(
            entry,
            "member",
            CareTeamMember(
                patient_id=0, contact_id=0, role=role, is_emergency=emergency, notes=said
            ),
            {"patient_id": patient, "contact_id": target},
            element=participant,
        )

    for fields in listed or []:
        _listed_member(planning, entry, patient, fields)


def _listed_member(planning: Planning, entry: Entry, patient: Target, fields: ext.Fields) -> None:
    """One membership of carebook's own full list of the team's members."""
    member = CareTeamMember(patient_id=0, contact_id=0, role=ContactRole.OTHER)
    item = FhirItem(record=member, where=entry.where, name=entry.name)
    point(item, "patient_id", patient)
    planning.apply_fields(item, fields, entry)
    if "contact_id" not in item.refs and not member.contact_id:
        planning.say(
            WARNING,
            entry,
            translate("FhirImport", "a listed care-team member names no contact; left out"),
        )
        return
    target = item.refs.get("contact_id")
    if target is not None:
        planning.members.add((key_of(patient), key_of(target)))
    planning.file(entry, "member", item)


def read_related_member(planning: Planning, entry: Entry) -> None:
    """A RelatedPerson no CareTeam lists is still on its patient's team."""
    contact = entry.item
    if contact is None or planning.children(entry, "care_team_member") is not None:
        return  # carebook's own export says which teams it is on, in the CareTeams
    ref = planning.resolve(entry.resource.get("patient"), entry)
    patient = planning.target(ref, "patient", ("Patient",))
    if patient is None:
        if ref.reference and not ref.found:
            planning.say(
                WARNING,
                entry,
                translate(
                    "FhirImport",
                    "patient {reference} is not in the files; kept in the directory only",
                ).format(reference=ref.reference),
            )
        return
    if isinstance(patient, FhirItem) and (key_of(patient), key_of(contact)) in planning.members:
        return
    if isinstance(patient, FhirItem):
        planning.members.add((key_of(patient), key_of(contact)))
    codes = {code for _system, code in fe.codes(entry.resource.get("relationship"))}
    planning.emit(
        entry,
        "member",
        CareTeamMember(
            patient_id=0, contact_id=0, role=contact.record.role, is_emergency="C" in codes
        ),
        {"patient_id": patient, "contact_id": contact},
        element={},
    )


def take_listing(planning: Planning, item: FhirItem, role_words: str, on_behalf: str) -> None:
    """What a care team elsewhere in the file says of the contact `item` (its first listing's
    role words, and the organisation a listing is on behalf of), taken as read_care_team
    takes them: a role nothing else said, an organisation the contact has none of."""
    contact = item.record
    if not isinstance(contact, Contact):
        return
    if id(item) in planning.default_roles:
        contact.role = role_of(role_words) or contact.role
        planning.default_roles.discard(id(item))
    if on_behalf and not contact.organization and "organization" not in item.cleared:
        contact.organization = on_behalf
