"""The whole caseload as FHIR R4: one collection Bundle that carebook can import back whole.

Why a collection Bundle (not NDJSON): one file, one JSON value, importable by `carebook
import FILE --kind fhir` like any EHR Bundle. It is written patient by patient to a stream
(`write_caseload`), so memory holds one patient's records (with the contacts and every entry's
fullUrl) whatever the caseload's size: each resource is checked on its own with the same R4
models and required codes as the per-patient document, and every reference is checked to
resolve inside the Bundle (fhir_collection), giving the same text `bundle_json` would.

Every resource is made by fhir_export's per-patient mapping (the builders of
`patient_bundle`, sharing one set of contacts so that a contact on several patients' teams
appears once), patient after patient, each patient's resources together; then the team's own
tasks (a Task without `for`), the contacts of the directory that no patient's record
mentions, and every patient's notes as DocumentReferences holding their text. The per-patient
documents' Composition and Device are left out: a collection needs neither, and the notes they
carry are in the resources here.

What FHIR's own elements do not carry exactly (a medication's strength apart from its name, a
visit's time zone and per-visit changes, a contact's own notes and directory role, a
membership's notes when they are not what the care team says), carebook's extension carries
(fhir_extension): the export reads its own resources back as the importer will, a patient at
a time with what the importer would find elsewhere in the Bundle (see _Caseload), and writes
the extension only where that reading differs from the caseload. So an import of the file
gives the caseload back field by field, and other systems read standard FHIR.

Every resource names the caseload as its source (meta.source, the "urn:uuid:…" made for
each caseload by migration m005 and kept by its copies and backups), so that importing the
export into the caseload it came from (or a copy of it) finds each record by its id and makes
nothing twice; into any other caseload, the import keeps where each record came from instead.

A contact who is a RelatedPerson of several patients is written once, related to the first
of them (RelatedPerson.patient holds one patient); the others' care teams refer to it. A
contact the directory holds without any patient to be related to is a Person.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as default
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from carebook.core.domain import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    ContactRole,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    OccurrenceChange,
    Patient,
    Problem,
    Task,
)
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.collection import CollectionWriter
from carebook.interop.fhir.contact import contact_resource, contact_type
from carebook.interop.fhir.note import note_resource
from carebook.interop.fhir.patient_record import PatientRecord
from carebook.interop.fhir.read import Found, Reading
from carebook.interop.fhir.task import task_resource
from carebook.store.fhir_links import FhirItem

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]

#: The resource id prefix of each kind of record (fhir_export's ids).
_PREFIXES = {
    "patient": Patient,
    "contact": Contact,
    "condition": Condition,
    "allergy": Allergy,
    "medication": Medication,
    "appointment": Appointment,
    "task": Task,
    "care-plan": CarePlan,
    "goal": Goal,
    "note": Note,
}
#: The fields that belong a record to its parent: right by construction, never compared.
_OWNERS = frozenset({"id", "patient_id", "care_plan_id", "medication_id", "appointment_id"})
#: Fields naming another record, compared by what they name.
_LINKS = {
    Medication: ("prescriber_id", "pharmacy_id"),
    Appointment: ("contact_id",),
    Note: ("appointment_id",),
    Intervention: ("goal_id", "contact_id"),
    Problem: ("condition_id",),
    CareTeamMember: ("contact_id",),
}
#: The order the importer files contacts in (by resource type), which its look-up of a
#: pharmacy by name follows.
_CONTACT_TYPES = ("Practitioner", "Organization", "RelatedPerson", "Person")
_CONTACT_REF = re.compile(r"(?:Practitioner|Organization|RelatedPerson|Person)/contact-(\d+)")
#: Team tasks and unmentioned contacts are read back this many at a time.
_BATCH = 500


@dataclass(frozen=True, slots=True)
class CaseloadExportSummary:
    """What a whole-caseload export wrote."""

    patients: int
    resources: int


def write_caseload(
    store: Store, stream: TextIO, *, generated: datetime | None = None
) -> CaseloadExportSummary:
    """Write the whole caseload to `stream` as a FHIR R4 collection Bundle in JSON, patient by
    patient, each resource checked as it goes (ValueError at the first fault: throw what was
    written away). Holds one patient's records at a time, with the contacts and every entry's
    fullUrl."""
    moment = generated or datetime.now().astimezone()
    stamp = fv.instant(moment)
    bundle_id = uuid.uuid5(fv.NAMESPACE, f"Caseload|{stamp}")
    writer = CollectionWriter(
        stream,
        {
            "resourceType": "Bundle",
            "id": str(bundle_id),
            "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
            "type": "collection",
            "timestamp": stamp,
        },
    )
    caseload = _Caseload(store, moment)
    source = store.fhir_source()
    for chunk in caseload.chunks():
        for resource in chunk.resources:
            _stamp(resource, source)
            writer.add(resource, f"{fv.BASE}{resource['resourceType']}/{resource['id']}")
    writer.close()
    return CaseloadExportSummary(caseload.patients, writer.count)


def export_caseload(store: Store, *, generated: datetime | None = None) -> str:
    """The whole caseload as a FHIR R4 collection Bundle, as JSON text (checked first)."""
    text = io.StringIO()
    write_caseload(store, text, generated=generated)
    return text.getvalue()


def caseload_bundle(store: Store, *, generated: datetime) -> Json:
    """The whole caseload as a FHIR R4 collection Bundle (see the module's docstring)."""
    data: Json = json.loads(export_caseload(store, generated=generated))
    return data


@dataclass(eq=False)
class _Chunk:
    """One patient's resources (or a batch of team tasks or contacts) and the records they
    were made from, by resource id ("condition-12"), for comparing with the reading."""

    resources: list[Json]
    patient_id: int | None = None
    records: dict[str, Any] = default(default_factory=dict)
    members: dict[int, list[CareTeamMember]] = default(default_factory=dict)
    events: dict[int, list[MedicationEvent]] = default(default_factory=dict)
    reviews: dict[int, list[CarePlanReview]] = default(default_factory=dict)
    problems: dict[int, list[Problem]] = default(default_factory=dict)
    interventions: dict[int, list[Intervention]] = default(default_factory=dict)
    changes: dict[int, list[OccurrenceChange]] = default(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Listing:
    """Where a contact is first on a care team (in the Bundle's order): what the importer
    takes its role (and a practitioner's organisation) from when the resource says neither."""

    role: ContactRole
    organization: str


@dataclass(frozen=True, slots=True)
class _Made:
    """Where a contact is first written: its place among the contacts, and how."""

    place: int
    roles: tuple[ContactRole, ...] = ()
    emergency: bool = False
    patient_id: int | None = None


class _Caseload:
    """The Bundle's resources chunk by chunk, each read back and annotated on its own.

    The importer reads a chunk as it reads the whole Bundle when the chunk comes with what it
    would have found elsewhere in it: the contacts its resources refer to (as first written,
    without their extension), each contact's first care-team listing (a synthetic CareTeam
    first in the chunk: the importer takes a practitioner's or organisation's role from the
    first team listing it, which may be a later patient's), and, for a pharmacy named in a
    note whose name other contacts share, the contact the importer's look-up by name finds.
    """

    def __init__(self, store: Store, generated: datetime) -> None:
        self.store = store
        self.generated = generated
        self.patients = 0
        #: every contact written, by id (the builders share it: each contact made once)
        self.contacts: dict[int, Json] = {}
        #: each contact as first written, before its extension: what later chunks read
        self.plain: dict[int, Json] = {}
        self.directory: dict[int, Contact] = {}
        self.listings: dict[int, _Listing] = {}
        self.made: dict[int, _Made] = {}
        self.shared: dict[str, list[int]] = {}
        self.found_by_name: dict[str, int] = {}

    def chunks(self) -> Iterator[_Chunk]:
        store = self.store
        self._survey()
        for patient_id in store.fhir_patient_ids():
            patient = store.patient(patient_id)
            assert patient is not None
            before = len(self.contacts)
            record = PatientRecord(store, patient, self.contacts)
            record.make()
            chunk = _Chunk(list(record.resources), patient_id)
            self._remember(patient, chunk)
            for note in store.notes_for(patient_id):
                chunk.resources.append(note_resource(note, record.subject))
                chunk.records[f"note-{note.id}"] = note
            for contact_id in list(self.contacts)[before:]:
                self.plain[contact_id] = copy.deepcopy(self.contacts[contact_id])
            _Annotator(self, chunk).annotate()
            self.patients += 1
            yield chunk
        tasks = store.fhir_team_tasks()
        for start in range(0, len(tasks), _BATCH):
            chunk = _Chunk([])
            for task in tasks[start : start + _BATCH]:
                chunk.resources.append(fv.prune(task_resource(task, None)))
                chunk.records[f"task-{task.id}"] = task
            _Annotator(self, chunk).annotate()
            yield chunk
        rest = [contact for contact in self.directory.values() if contact.id not in self.contacts]
        for start in range(0, len(rest), _BATCH):
            chunk = _Chunk([])
            for contact in rest[start : start + _BATCH]:
                resource = fv.prune(contact_resource(contact))
                self.contacts[contact.id or 0] = resource
                chunk.resources.append(resource)
                chunk.records[f"contact-{contact.id}"] = contact
            _Annotator(self, chunk).annotate()
            yield chunk

    def _survey(self) -> None:
        """What a chunk's reading needs from the rest of the Bundle: each contact's first
        care-team listing and, where contacts share a name, where each is first written."""
        store = self.store
        self.directory = {contact.id or 0: contact for contact in store.fhir_contacts()}
        names = Counter(contact.name for contact in self.directory.values())
        for contact_id, contact in self.directory.items():
            if names[contact.name] > 1:
                self.shared.setdefault(contact.name, []).append(contact_id)
        for patient_id in store.fhir_patient_ids():
            team = store.care_team(patient_id)
            for member, contact in team:
                if member.contact_id not in self.listings:
                    self.listings[member.contact_id] = _Listing(
                        member.role, contact.organization.strip()
                    )
            if self.shared:
                self._survey_made(patient_id, team)

    def _survey_made(self, patient_id: int, team: list[tuple[CareTeamMember, Contact]]) -> None:
        """Where each contact is first written, in the order fhir_export's builder makes them
        (the care team, prescribers and pharmacies, care-plan activities, appointments)."""
        store = self.store
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
                self.made[contact_id] = _Made(
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
                return _CONTACT_TYPES.index(kind), place

            candidates = sorted(self.shared[name], key=order)
            pharmacies = [
                contact_id
                for contact_id in candidates
                if self.kind(contact_id) in _CONTACT_TYPES[:2]
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

    def _remember(self, patient: Patient, chunk: _Chunk) -> None:
        """The patient's records, for comparing with what the importer reads back."""
        store = self.store
        assert patient.id is not None
        chunk.records[f"patient-{patient.id}"] = patient
        chunk.members[patient.id] = [member for member, _contact in store.care_team(patient.id)]
        for condition in store.conditions(patient.id):
            chunk.records[f"condition-{condition.id}"] = condition
        for allergy in store.allergies(patient.id):
            chunk.records[f"allergy-{allergy.id}"] = allergy
        for medication in store.medications(patient.id):
            assert medication.id is not None
            chunk.records[f"medication-{medication.id}"] = medication
            chunk.events[medication.id] = store.medication_history(medication.id)
        for appointment in store.appointments_for(patient.id):
            assert appointment.id is not None
            chunk.records[f"appointment-{appointment.id}"] = appointment
            chunk.changes[appointment.id] = store.occurrence_changes(appointment.id)
        for task in store.tasks_for(patient.id):
            chunk.records[f"task-{task.id}"] = task
        for plan in store.care_plans(patient.id):
            assert plan.id is not None
            chunk.records[f"care-plan-{plan.id}"] = plan
            chunk.reviews[plan.id] = store.care_plan_reviews(plan.id)
            chunk.problems[plan.id] = store.problems(plan.id)
            chunk.interventions[plan.id] = store.interventions(plan.id)
            for goal in store.goals(plan.id):
                chunk.records[f"goal-{goal.id}"] = goal
        for resource in chunk.resources:
            if resource["id"].startswith("contact-"):
                contact_id = int(resource["id"].removeprefix("contact-"))
                chunk.records[resource["id"]] = self.directory[contact_id]


class _Annotator:
    """Reads a chunk's resources back as the importer will and adds carebook's extension where
    the reading differs from the caseload (see fhir_extension)."""

    def __init__(self, caseload: _Caseload, chunk: _Chunk) -> None:
        self.caseload = caseload
        self.chunk = chunk
        self.listed_plans: set[int] = set()

    def annotate(self) -> None:
        from carebook.core.recurrence import local_zone_name
        from carebook.interop.fhir.imports import plan_import

        chunk = self.chunk
        reading = Reading(
            found=[
                Found(
                    resource,
                    f"entry {number}",
                    f"{fv.BASE}{resource['resourceType']}/{resource['id']}",
                )
                for number, resource in enumerate(self._reading(), 1)
            ],
            files=1,
        )
        plan = plan_import(
            reading,
            links=lambda keys: {},
            today=self.caseload.store.today(),
            zone=local_zone_name(),
            check_models=False,
        )
        broken = [finding.line() for finding in plan.report.errors]
        if broken:
            raise ValueError("carebook cannot read its own FHIR back: " + "; ".join(broken[:3]))
        self.listed_plans = self._plans_to_list(plan.by_resource)
        for resource in chunk.resources:
            items = plan.by_resource.get(f"{resource['resourceType']}/{resource['id']}", [])
            values: dict[str, Any] = {}
            children: dict[str, list[dict[str, Any]]] = {}
            record = chunk.records.get(resource["id"])
            own = next((item for item in items if type(item.record) is type(record)), None)
            if record is not None and own is not None:
                values = self._differences(own, record)
            if isinstance(record, Appointment):
                values["tz"] = record.tz  # a zone name: the instants carry only an offset
                changes = chunk.changes.get(record.id or 0, [])
                if changes:
                    children["occurrence_change"] = [self._fields(c) for c in changes]
            self._children(resource, record, items, children)
            extension = ext.encode(values, children)
            if extension is not None:
                _extend(resource, extension)

    def _reading(self) -> list[Json]:
        """The chunk with what the importer would find elsewhere in the Bundle (see
        _Caseload): the synthetic care team, the contacts from outside, then the chunk."""
        caseload = self.caseload
        chunk = self.chunk
        own = {resource["id"] for resource in chunk.resources}
        outside: set[int] = set()
        for resource in chunk.resources:
            text = json.dumps(resource, ensure_ascii=False)
            for number in _CONTACT_REF.findall(text):
                if f"contact-{number}" not in own:
                    outside.add(int(number))
            if resource["resourceType"] == "MedicationStatement":
                for note in resource.get("note", []):
                    said = note.get("text", "")
                    if said.startswith("Pharmacy: ") and said[10:] in caseload.shared:
                        found = caseload.found(said[10:])
                        if f"contact-{found}" not in own:
                            outside.add(found)
        contacts = [
            caseload.plain_contact(contact_id)
            for contact_id in sorted(
                outside,
                key=lambda contact_id: (
                    caseload.made[contact_id].place
                    if contact_id in caseload.made
                    else len(caseload.made) + contact_id
                ),
            )
        ]
        listed = []
        for resource in [*contacts, *chunk.resources]:
            kind = resource["resourceType"]
            if kind not in _CONTACT_TYPES[:2] or not resource["id"].startswith("contact-"):
                continue
            listing = caseload.listings.get(int(resource["id"].removeprefix("contact-")))
            if listing is None:
                continue
            participant: Json = {
                "role": [{"text": listing.role.label}],
                "member": {"reference": f"{kind}/{resource['id']}"},
            }
            if kind == "Practitioner" and listing.organization:
                participant["onBehalfOf"] = {"display": listing.organization}
            listed.append(participant)
        if not listed or chunk.patient_id is None:
            return [*contacts, *chunk.resources]
        team = {
            "resourceType": "CareTeam",
            "id": "first-listings",
            "subject": {"reference": f"Patient/patient-{chunk.patient_id}"},
            "participant": listed,
        }
        return [team, *contacts, *chunk.resources]

    # -- comparing -------------------------------------------------------------------------------

    def _differences(self, item: FhirItem, record: Any) -> dict[str, Any]:
        links = _LINKS.get(type(record), ())
        found: dict[str, Any] = {}
        for field in dataclasses.fields(record):
            name = field.name
            if name in _OWNERS or (isinstance(record, Goal) and name == "problem_id"):
                continue
            expected = getattr(record, name)
            if name in links:
                if self._linked(item, name) != expected:
                    found[name] = self._reference(name, expected)
            elif getattr(item.record, name) != expected:
                found[name] = expected
        if (
            isinstance(record, Goal)
            and record.care_plan_id in self.listed_plans
            and record.problem_id is not None
        ):
            found["problem"] = f"problem-{record.problem_id}"  # in its plan's list
        return found

    def _linked(self, item: FhirItem, name: str) -> int | None:
        if name in item.refs:
            return _record_id(item.refs[name])
        value = getattr(item.record, name)
        return value if isinstance(value, int) and value else None

    def _reference(self, name: str, record_id: int | None) -> ext.Reference | None:
        if record_id is None:
            return None
        if name in ("contact_id", "prescriber_id", "pharmacy_id"):
            resource = self.caseload.contacts[record_id]
            return ext.Reference(f"{resource['resourceType']}/contact-{record_id}")
        kind = {
            "condition_id": "Condition/condition",
            "goal_id": "Goal/goal",
            "appointment_id": "Appointment/appointment",
        }[name]
        return ext.Reference(f"{kind}-{record_id}")

    def _fields(self, record: Any) -> dict[str, Any]:
        """Every field of a record listed in full (links as references)."""
        links = _LINKS.get(type(record), ())
        return {
            field.name: (
                self._reference(field.name, getattr(record, field.name))
                if field.name in links
                else getattr(record, field.name)
            )
            for field in dataclasses.fields(record)
            if field.name not in _OWNERS
        }

    def _plans_to_list(self, by_resource: dict[str, list[FhirItem]]) -> set[int]:
        """The care plans whose problems, or whose goals' problems, do not read back (two
        problems about one condition, say): their problems are listed, for the goals to name."""
        listed = set()
        chunk = self.chunk
        for plan_id, problems in chunk.problems.items():
            items = by_resource.get(f"CarePlan/care-plan-{plan_id}", [])
            read = [i for i in items if isinstance(i.record, Problem)]
            if [self._comparable(p) for p in problems] != [self._comparable_item(i) for i in read]:
                listed.add(plan_id)
        for key, record in chunk.records.items():
            if isinstance(record, Goal) and record.care_plan_id not in listed:
                goal = next(
                    (i for i in by_resource.get(f"Goal/{key}", []) if isinstance(i.record, Goal)),
                    None,
                )
                if goal is None or self._problem_of(goal) != self._expected_problem(record):
                    listed.add(record.care_plan_id)
        return listed

    def _problem_of(self, goal: FhirItem) -> tuple[str, int | None] | None:
        problem = goal.refs.get("problem_id")
        if problem is None:
            return None
        return problem.record.description, self._linked(problem, "condition_id")

    def _expected_problem(self, goal: Goal) -> tuple[str, int | None] | None:
        if goal.problem_id is None:
            return None
        for problems in self.chunk.problems.values():
            for problem in problems:
                if problem.id == goal.problem_id:
                    return problem.description, problem.condition_id
        return None

    def _children(
        self,
        resource: Json,
        record: Any,
        items: list[FhirItem],
        children: dict[str, list[dict[str, Any]]],
    ) -> None:
        """Full lists where the records of a kind do not read back as they are."""
        chunk = self.chunk
        kind = resource["resourceType"]
        mapped: dict[type, list[Any]] = {}
        for item in items:
            mapped.setdefault(type(item.record), []).append(item)
        if isinstance(record, Medication):
            self._compare(
                children,
                "medication_event",
                chunk.events.get(record.id or 0, []),
                mapped.get(MedicationEvent, []),
            )
        elif isinstance(record, CarePlan):
            plan_id = record.id or 0
            self._compare(
                children,
                "care_plan_review",
                chunk.reviews.get(plan_id, []),
                mapped.get(CarePlanReview, []),
            )
            if plan_id in self.listed_plans:
                children["problem"] = [
                    {**self._fields(problem), "key": f"problem-{problem.id}"}
                    for problem in chunk.problems.get(plan_id, [])
                ]
            self._compare(
                children,
                "intervention",
                chunk.interventions.get(plan_id, []),
                mapped.get(Intervention, []),
            )
        elif kind == "CareTeam":
            patient_id = int(resource["id"].rsplit("-", 1)[1])
            members = chunk.members.get(patient_id, [])
            if not self._each_participant(resource, members, mapped.get(CareTeamMember, [])):
                self._compare(children, "care_team_member", members, mapped.get(CareTeamMember, []))
        elif kind == "RelatedPerson" and mapped.get(CareTeamMember):
            # Its patient's care team lists it (or says it is not on the team).
            children["care_team_member"] = []

    def _each_participant(
        self, team: Json, members: list[CareTeamMember], items: list[FhirItem]
    ) -> bool:
        """Where each participant reads back as its member but for a field or two (the
        membership's own notes), those fields on the participant; False when it does not."""
        participants = team.get("participant") or []
        if not len(participants) == len(members) == len(items):
            return False
        pairs = list(zip(participants, members, items, strict=True))
        if any(
            self._linked(item, "contact_id") != member.contact_id
            or item.record.role is not member.role
            for _p, member, item in pairs
        ):
            return False
        for participant, member, item in pairs:
            values = {
                name: getattr(member, name)
                for name in ("is_emergency", "notes")
                if getattr(item.record, name) != getattr(member, name)
            }
            extension = ext.encode(values)
            if extension is not None:
                participant["extension"] = [extension, *participant.get("extension", [])]
        return True

    def _compare(
        self,
        children: dict[str, list[dict[str, Any]]],
        kind: str,
        expected: Iterable[Any],
        items: list[FhirItem],
    ) -> None:
        wanted = [self._comparable(record) for record in expected]
        if wanted != [self._comparable_item(item) for item in items]:
            children[kind] = [self._fields(record) for record in expected]

    def _comparable(self, record: Any) -> tuple[Any, ...]:
        return tuple(
            getattr(record, field.name)
            for field in dataclasses.fields(record)
            if field.name not in _OWNERS
        )

    def _comparable_item(self, item: FhirItem) -> tuple[Any, ...]:
        links = _LINKS.get(type(item.record), ())
        return tuple(
            self._linked(item, field.name)
            if field.name in links
            else getattr(item.record, field.name)
            for field in dataclasses.fields(item.record)
            if field.name not in _OWNERS
        )


def _record_id(item: FhirItem) -> int | None:
    """The carebook id of the record an item of carebook's own export was read from."""
    number = item.name.rsplit("-", 1)[-1]
    return int(number) if number.isdigit() else None


def _stamp(resource: Json, source: str) -> None:
    """Name the caseload as the resource's source (meta.source, right after its id)."""
    if not source:
        return
    rebuilt: Json = {}
    for key, value in resource.items():
        rebuilt[key] = value
        if key == "id":
            rebuilt["meta"] = {"source": source}
    resource.clear()
    resource.update(rebuilt)


def _extend(resource: Json, extension: Json) -> None:
    """Put the extension first among the resource's own extensions, after its id."""
    existing = [e for e in resource.get("extension") or [] if e.get("url") != ext.URL]
    rebuilt: Json = {}
    for key, value in resource.items():
        if key == "extension":
            continue
        rebuilt[key] = value
        if key == "id":
            rebuilt["extension"] = [extension, *existing]
    resource.clear()
    resource.update(rebuilt)
