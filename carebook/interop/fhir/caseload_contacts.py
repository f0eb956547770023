"""The contacts of the whole-caseload export: each written once, and what the importer will
make of each wherever a patient's record refers to it.

A chunk of the export (fhir.read_back) is read back as the importer reads the whole Bundle only
with what it would find elsewhere in it: the contacts its resources refer to, as first written
(or, for one written later, as it will be), and each contact's first care-team listing, which
the importer takes a practitioner's or organisation's role from when the resource says neither.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carebook.core.domain import CareTeamMember, Contact, ContactRole
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.contact import contact_resource, contact_type

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]

#: The order the importer files contacts in (by resource type), which its look-up of a
#: pharmacy by name follows.
CONTACT_TYPES = ("Practitioner", "Organization", "RelatedPerson", "Person")


@dataclass(frozen=True, slots=True)
class Listing:
    """Where a contact is first on a care team (in the Bundle's order): what the importer
    takes its role (and a practitioner's organisation) from when the resource says neither."""

    role: ContactRole
    organization: str


@dataclass(frozen=True, slots=True)
class Made:
    """Where a contact is first written: its place among the contacts, and how."""

    place: int
    roles: tuple[ContactRole, ...] = ()
    emergency: bool = False
    patient_id: int | None = None


class CaseloadContacts:
    """Every contact of the export: as written (`contacts`, which the patients' records share,
    so that each is made once), as first written before its extension (`plain`), and where
    each is first listed on a team (`listings`) and first written (`made`)."""

    def __init__(self) -> None:
        #: every contact written, by id (the records share it: each contact made once)
        self.contacts: dict[int, Json] = {}
        #: each contact as first written, before its extension: what later chunks read
        self.plain: dict[int, Json] = {}
        self.directory: dict[int, Contact] = {}
        self.listings: dict[int, Listing] = {}
        self.made: dict[int, Made] = {}
        #: contacts by a name more than one of them has
        self.shared: dict[str, list[int]] = {}
        self.found_by_name: dict[str, int] = {}

    def survey(self, store: Store) -> None:
        """What a chunk's reading needs from the rest of the Bundle: each contact's first
        care-team listing and, where contacts share a name, where each is first written."""
        self.directory = {contact.id or 0: contact for contact in store.fhir_contacts()}
        names = Counter(contact.name for contact in self.directory.values())
        for contact_id, contact in self.directory.items():
            if names[contact.name] > 1:
                self.shared.setdefault(contact.name, []).append(contact_id)
        for patient_id in store.fhir_patient_ids():
            team = store.care_team(patient_id)
            for member, contact in team:
                if member.contact_id not in self.listings:
                    self.listings[member.contact_id] = Listing(
                        member.role, contact.organization.strip()
                    )
            if self.shared:
                self._survey_made(store, patient_id, team)

    def _survey_made(
        self, store: Store, patient_id: int, team: list[tuple[CareTeamMember, Contact]]
    ) -> None:
        """Where each contact is first written, in the order a patient's record makes them
        (the care team, prescribers and pharmacies, care-plan activities, appointments)."""
        roles: dict[int, list[ContactRole]] = {}
        emergency: dict[int, bool] = {}
        for member, _contact in team:
            roles.setdefault(member.contact_id, []).append(member.role)
            emergency[member.contact_id] = emergency.get(member.contact_id, False) or (
                member.is_emergency
            )
        ids: list[int | None] = [member.contact_id for member, _contact in team]
        for medication in store.medications(patient_id):
            ids += [medication.prescriber_id, medication.pharmacy_id]
        for plan in store.care_plans(patient_id):
            ids += [intervention.contact_id for intervention in store.interventions(plan.id or 0)]
        ids += [appointment.contact_id for appointment in store.appointments_for(patient_id)]
        for contact_id in ids:
            if (
                contact_id is not None
                and contact_id in self.directory
                and (contact_id not in self.made)
            ):
                self.made[contact_id] = Made(
                    len(self.made),
                    tuple(roles.get(contact_id, ())),
                    emergency.get(contact_id, False),
                    patient_id,
                )

    def found(self, name: str) -> int:
        """The contact the importer's look-up of a pharmacy by `name` finds in the whole
        Bundle: the first read as a pharmacy, else the first of that name, in its order."""
        if name not in self.found_by_name:

            def order(contact_id: int) -> tuple[int, int]:
                kind = self.kind(contact_id)
                made = self.made.get(contact_id)
                place = made.place if made is not None else len(self.made) + contact_id
                return CONTACT_TYPES.index(kind), place

            candidates = sorted(self.shared[name], key=order)
            pharmacies = [
                contact_id
                for contact_id in candidates
                if self.kind(contact_id) in CONTACT_TYPES[:2]
                and contact_id in self.listings
                and self.listings[contact_id].role is ContactRole.PHARMACY
            ]
            self.found_by_name[name] = (pharmacies or candidates)[0]
        return self.found_by_name[name]

    def kind(self, contact_id: int) -> str:
        """The resource type a contact is written as."""
        made = self.made.get(contact_id)
        contact = self.directory[contact_id]
        kind = contact_type(contact, made.roles if made is not None else ())
        return "Person" if kind == "RelatedPerson" and made is None else kind

    def plain_contact(self, contact_id: int) -> Json:
        """The contact as first written (or as it will be), without its extension."""
        if contact_id in self.plain:
            return self.plain[contact_id]
        made = self.made.get(contact_id)
        subject = (
            {"reference": f"Patient/patient-{made.patient_id}"}
            if made is not None and made.patient_id is not None
            else None
        )
        return fv.prune(
            contact_resource(
                self.directory[contact_id],
                made.roles if made is not None else (),
                made.emergency if made is not None else False,
                subject,
            )
        )
