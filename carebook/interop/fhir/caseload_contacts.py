"""The contacts of the whole-caseload export: each written once, and what the importer will
make of each wherever a patient's record refers to it.

A chunk of the export (fhir.read_back) is read back as the importer reads the whole Bundle only
with what it would find elsewhere in it: the contacts its resources refer to, as first written
(a record writes each contact it refers to, unless an earlier one has), and each contact's first
care-team listing, which the importer takes a practitioner's or organisation's role from when
the resource says neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Listing:
    """Where a contact is first on a care team (in the Bundle's order): what the importer
    takes its role (and a practitioner's organisation) from when the resource says neither."""

    role: ContactRole
    organization: str


class CaseloadContacts:
    """Every contact of the export: as written (`contacts`, which the patients' records share,
    so that each is made once), as first written before its extension (`plain`), and where
    each is first listed on a team (`listings`)."""

    def __init__(self) -> None:
        #: every contact written, by id (the records share it: each contact made once)
        self.contacts: dict[int, Json] = {}
        #: each contact as first written, before its extension: what later chunks read
        self.plain: dict[int, Json] = {}
        self.directory: dict[int, Contact] = {}
        self.listings: dict[int, Listing] = {}

    def survey(self, store: Store) -> None:
        """What a chunk's reading needs from the rest of the Bundle: the directory, and each
        contact's first care-team listing."""
        self.directory = {contact.id or 0: contact for contact in store.fhir_links.fhir_contacts()}
        for patient_id in store.fhir_links.fhir_patient_ids():
            for member, contact in store.contacts.care_team(patient_id):
                if member.contact_id not in self.listings:
                    self.listings[member.contact_id] = Listing(
                        member.role, contact.organization.strip()
                    )
