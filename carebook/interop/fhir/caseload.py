"""The whole caseload as FHIR R4: one collection Bundle that carebook can import back whole.

Why a collection Bundle (not NDJSON): one file, one JSON value, importable by `carebook
import FILE --kind fhir` like any EHR Bundle. It is written patient by patient to a stream
(`write_caseload`), so memory holds one patient's records (with the contacts and every entry's
fullUrl) whatever the caseload's size: each resource is checked on its own with the same R4
models and required codes as the per-patient document, and every reference is checked to
resolve inside the Bundle (fhir.collection), giving the same text `bundle_json` would.

Every resource is made by the per-patient mapping of the document (fhir.patient_record,
sharing one set of contacts so that a contact on several patients' teams appears once),
patient after patient, each patient's resources together: with the patient's referrals
(ServiceRequests to the contacts they are sent to), the records of the visits documented
(Encounters, fhir.encounter) and the patient's notes as DocumentReferences holding their
text, a visit's note naming its visit's Encounter; then the team's own tasks (a Task without
`for`), and the contacts of the directory that no patient's record mentions. The per-patient
documents' Composition and Device are left out: a collection needs neither, and the notes they
carry are in the resources here.

What FHIR's own elements do not carry exactly (a medication's strength apart from its name, a
visit's time zone and per-visit changes, a contact's own notes and directory role, a
membership's notes when they are not what the care team says, a referral's follow-up task, a
visit's miles), carebook's extension carries (fhir.extension): each kind of record's rule says
which of its fields (fhir.carried), from the record alone. So an import of the file gives the
caseload back field by field, and other systems read standard FHIR. Under --validate each
patient's resources are also read back as the importer will, with what the importer would find
elsewhere in the Bundle (fhir.read_back), and any field that would not come back is a fault.

Every resource made from a record carries the record's global id as an identifier
(fhir.global_ids), which an import into any caseload keeps. Every resource names the caseload
as its source (meta.source, the "urn:uuid:…" made for
each caseload by migration m005 and kept by its copies and backups), so that importing the
export into the caseload it came from (or a copy of it) finds each record by its id and makes
nothing twice; into any other caseload, the import keeps where each record came from instead.

A contact who is a RelatedPerson of several patients is written once, related to the first
of them (RelatedPerson.patient holds one patient); the others' care teams refer to it. A
contact the directory holds without any patient to be related to is a Person.
"""

from __future__ import annotations

import copy
import io
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

from carebook.core.records import Appointment, Patient
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.carried import Carried
from carebook.interop.fhir.caseload_contacts import CaseloadContacts
from carebook.interop.fhir.collection import CollectionWriter
from carebook.interop.fhir.contact import contact_resource
from carebook.interop.fhir.encounter import encounter_resource
from carebook.interop.fhir.global_ids import carry
from carebook.interop.fhir.measured import measure_kinds, measured_resources
from carebook.interop.fhir.note import note_resource
from carebook.interop.fhir.patient_record import PatientRecord
from carebook.interop.fhir.read_back import Chunk, ReadBack
from carebook.interop.fhir.task import task_resource

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]

#: Team tasks and unmentioned contacts are read back this many at a time.
_BATCH = 500


@dataclass(frozen=True, slots=True)
class CaseloadExportSummary:
    """What a whole-caseload export wrote."""

    patients: int
    resources: int


def write_caseload(
    store: Store,
    stream: TextIO,
    *,
    generated: datetime | None = None,
    documents: bool = True,
    indent: bool = False,
    validate: bool = False,
) -> CaseloadExportSummary:
    """Write the whole caseload to `stream` as a FHIR R4 collection Bundle in JSON, patient by
    patient, each resource checked as it goes (ValueError at the first fault: throw what was
    written away). Holds one patient's records at a time, with the contacts and every entry's
    fullUrl. `documents` False names each document's file without holding it.

    Compact JSON, an entry a line, unless `indent` (bundle_json's text). The checks made
    always are the cheap ones (required codes, every reference resolving, each fullUrl once);
    `validate` adds the R4 models for every resource and the reading back of each patient's
    resources through the importer under the caseload's rules: they cost most of the time, and
    the tests hold every export of the sample to them."""
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
        indent=indent,
        models=validate,
    )
    caseload = _Caseload(store, documents, thorough=validate)
    source = store.fhir_links.fhir_source()
    for chunk in caseload.chunks():
        carry(chunk.resources, store.fhir_links.fhir_global_ids)
        for resource in chunk.resources:
            _stamp(resource, source)
            writer.add(resource, f"{fv.BASE}{resource['resourceType']}/{resource['id']}")
    writer.close()
    return CaseloadExportSummary(caseload.patients, writer.count)


def export_caseload(
    store: Store,
    *,
    generated: datetime | None = None,
    documents: bool = True,
    indent: bool = False,
    validate: bool = False,
) -> str:
    """The whole caseload as a FHIR R4 collection Bundle, as JSON text (see write_caseload)."""
    text = io.StringIO()
    write_caseload(
        store, text, generated=generated, documents=documents, indent=indent, validate=validate
    )
    return text.getvalue()


def caseload_bundle(store: Store, *, generated: datetime) -> Json:
    """The whole caseload as a FHIR R4 collection Bundle (see the module's docstring)."""
    data: Json = json.loads(export_caseload(store, generated=generated))
    return data


class _Caseload:
    """The Bundle's resources chunk by chunk, each annotated on its own (fhir.carried) and,
    when `thorough`, read back (fhir.read_back and fhir.caseload_contacts)."""

    def __init__(self, store: Store, documents: bool = True, *, thorough: bool = False) -> None:
        self.store = store
        self.documents = documents
        self.thorough = thorough
        self.patients = 0
        self.contacts = CaseloadContacts()

    def chunks(self) -> Iterator[Chunk]:
        """The coordinator's own measures, the patients' chunks, then the team's tasks, then
        the contacts no one mentions."""
        store = self.store
        contacts = self.contacts
        contacts.survey(store)
        today = store.today()
        kinds, definitions = measure_kinds(store)
        if definitions:
            yield Chunk(definitions)  # read back with the readings that name them
        for patient_id in store.fhir_links.fhir_patient_ids():
            patient = store.patients.patient(patient_id)
            assert patient is not None
            before = len(contacts.contacts)
            reads = PatientReads(store)  # each of the patient's records read once
            record = PatientRecord(reads, patient, contacts.contacts)
            record.make()
            record.add_referrals(reads.referrals.referrals(patient_id))
            chunk = Chunk(list(record.resources), patient_id)
            self._remember(reads, patient, chunk)
            encounters = self._visit_records(reads, patient_id, record.subject, chunk)
            for note in store.patients.notes_for(patient_id):
                encounter = encounters.get((note.appointment_id, note.original_start))
                chunk.resources.append(note_resource(note, record.subject, encounter))
                chunk.records[f"note-{note.id}"] = note
            chunk.resources.extend(
                measured_resources(
                    store, patient_id, record.subject, kinds, documents=self.documents
                )
            )
            self._annotate(chunk, today)
            if self.thorough:  # as written, for the later chunks' reading back
                for contact_id in list(contacts.contacts)[before:]:
                    contacts.plain[contact_id] = copy.deepcopy(contacts.contacts[contact_id])
            self.patients += 1
            yield chunk
        tasks = store.fhir_links.fhir_team_tasks()
        for start in range(0, len(tasks), _BATCH):
            chunk = Chunk([])
            for task in tasks[start : start + _BATCH]:
                chunk.resources.append(fv.prune(task_resource(task, None)))
                chunk.records[f"task-{task.id}"] = task
            self._annotate(chunk, today)
            yield chunk
        rest = [
            contact
            for contact in contacts.directory.values()
            if contact.id not in contacts.contacts
        ]
        for start in range(0, len(rest), _BATCH):
            chunk = Chunk([])
            for contact in rest[start : start + _BATCH]:
                resource = fv.prune(contact_resource(contact))
                contacts.contacts[contact.id or 0] = resource
                chunk.resources.append(resource)
                chunk.records[f"contact-{contact.id}"] = contact
            self._annotate(chunk, today)
            yield chunk

    def _annotate(self, chunk: Chunk, today: date) -> None:
        """carebook's extension where FHIR does not carry a record whole; when `thorough`, the
        chunk read back to prove it is enough."""
        Carried(self.contacts, chunk).annotate()
        if self.thorough:
            ReadBack(self.contacts, chunk, today, thorough=True, check=True).annotate()

    def _visit_records(
        self, reads: PatientReads, patient_id: int, subject: Json, chunk: Chunk
    ) -> dict[tuple[int | None, datetime | None], Json]:
        """The patient's documented visits as Encounters, added to the chunk; a reference to
        each by its visit (series and original start), for that visit's note to name."""
        store = self.store
        series: dict[int, Appointment] = {
            appointment.id or 0: appointment
            for appointment in reads.appointments.appointments_for(patient_id)
        }
        references: dict[tuple[int | None, datetime | None], Json] = {}
        for visit in store.fhir_links.fhir_visit_records(patient_id):
            outcome = store.visit_records.visit_status(visit.appointment_id, visit.original_start)
            resource = encounter_resource(visit, series[visit.appointment_id], outcome, subject)
            chunk.resources.append(resource)
            chunk.records[resource["id"]] = visit
            references[(visit.appointment_id, visit.original_start)] = fv.ref(resource)
        return references

    def _remember(self, store: PatientReads, patient: Patient, chunk: Chunk) -> None:
        """The patient's records (as the record read them), for comparing with what the
        importer reads back."""
        assert patient.id is not None
        chunk.records[f"patient-{patient.id}"] = patient
        chunk.members[patient.id] = [
            member for member, _contact in store.contacts.care_team(patient.id)
        ]
        for condition in store.patients.conditions(patient.id):
            chunk.records[f"condition-{condition.id}"] = condition
        for allergy in store.patients.allergies(patient.id):
            chunk.records[f"allergy-{allergy.id}"] = allergy
        for medication in store.medications.medications(patient.id):
            assert medication.id is not None
            chunk.records[f"medication-{medication.id}"] = medication
            chunk.events[medication.id] = store.medications.medication_history(medication.id)
        for appointment in store.appointments.appointments_for(patient.id):
            assert appointment.id is not None
            chunk.records[f"appointment-{appointment.id}"] = appointment
            chunk.changes[appointment.id] = store.appointments.occurrence_changes(appointment.id)
        for task in store.tasks.tasks_for(patient.id):
            chunk.records[f"task-{task.id}"] = task
        for plan in store.care_plans.care_plans(patient.id):
            assert plan.id is not None
            chunk.records[f"care-plan-{plan.id}"] = plan
            chunk.reviews[plan.id] = store.care_plans.care_plan_reviews(plan.id)
            chunk.problems[plan.id] = store.care_plans.problems(plan.id)
            chunk.interventions[plan.id] = store.care_plans.interventions(plan.id)
            for goal in store.care_plans.goals(plan.id):
                chunk.records[f"goal-{goal.id}"] = goal
        for referral in store.referrals.referrals(patient.id):
            chunk.records[f"referral-{referral.id}"] = referral
        for resource in chunk.resources:
            if resource["id"].startswith("contact-"):
                contact_id = int(resource["id"].removeprefix("contact-"))
                chunk.records[resource["id"]] = self.contacts.directory[contact_id]


class _ReadOnce:
    """A part of the store whose reads are kept, by their arguments, once made."""

    def __init__(self, part: Any) -> None:
        self._part = part
        self._kept: dict[tuple[str, tuple[Any, ...]], Any] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._part, name)

        def read(*args: Any) -> Any:
            key = (name, args)
            if key not in self._kept:
                self._kept[key] = method(*args)
            return self._kept[key]

        return read


class PatientReads:
    """The store's reads of one patient's export, each made once (the record is made from
    them and then compared with what the importer reads back): a patient's worth at a time."""

    def __init__(self, store: Store) -> None:
        self.patients: Any = _ReadOnce(store.patients)
        self.contacts: Any = _ReadOnce(store.contacts)
        self.medications: Any = _ReadOnce(store.medications)
        self.care_plans: Any = _ReadOnce(store.care_plans)
        self.appointments: Any = _ReadOnce(store.appointments)
        self.tasks: Any = _ReadOnce(store.tasks)
        self.referrals: Any = _ReadOnce(store.referrals)


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
