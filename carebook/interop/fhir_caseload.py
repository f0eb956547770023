"""The whole caseload as FHIR R4: one collection Bundle that carebook can import back whole.

Why a collection Bundle (not NDJSON): one file, one JSON value, checked as a whole with the
same R4 models and reference checks as the per-patient document (`fhir_export.check_bundle`),
and importable by `carebook import FILE --kind fhir` like any EHR Bundle. Every resource is
made by fhir_export's per-patient mapping (the builders of `patient_bundle`, sharing one set of
contacts so that a contact on several patients' teams appears once), patient after patient,
each patient's resources together; then the team's own tasks (a Task without `for`), the
contacts of the directory that no patient's record mentions, and every patient's notes as
DocumentReferences holding their text. The per-patient documents' Composition and Device are
left out: a collection needs neither, and the notes they carry are in the resources here.

What FHIR's own elements do not carry exactly (a medication's strength apart from its name, a
visit's time zone and per-visit changes, a contact's own notes and directory role, a
membership's notes when they are not what the care team says), carebook's extension carries
(fhir_extension): the export reads its own resources back as the importer will, and writes
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

import base64
import dataclasses
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from carebook.domain import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    NoteKind,
    OccurrenceChange,
    Patient,
    Problem,
    Task,
)
from carebook.interop import fhir_extension as ext
from carebook.interop.fhir_export import (
    BASE,
    NAMESPACE,
    _Builder,
    _instant,
    _prune,
    bundle_json,
    check_bundle,
    contact_resource,
    task_resource,
)
from carebook.interop.fhir_read import Found, Reading
from carebook.store_fhir import FhirItem

if TYPE_CHECKING:
    from carebook.store import Store

Json = dict[str, Any]

#: The resource id prefix of each kind of record (fhir_export's ids).
_PREFIXES = {"patient": Patient, "contact": Contact, "condition": Condition,
             "allergy": Allergy, "medication": Medication, "appointment": Appointment,
             "task": Task, "care-plan": CarePlan, "goal": Goal, "note": Note}
#: The fields that belong a record to its parent: right by construction, never compared.
_OWNERS = frozenset({"id", "patient_id", "care_plan_id", "medication_id", "appointment_id"})
#: Fields naming another record, compared by what they name.
_LINKS = {Medication: ("prescriber_id", "pharmacy_id"), Appointment: ("contact_id",),
          Note: ("appointment_id",), Intervention: ("goal_id", "contact_id"),
          Problem: ("condition_id",), CareTeamMember: ("contact_id",)}


def export_caseload(store: Store, *, generated: datetime | None = None) -> str:
    """The whole caseload as a FHIR R4 collection Bundle, as JSON text (checked first)."""
    bundle = caseload_bundle(store, generated=generated or datetime.now().astimezone())
    check_bundle(bundle)
    return bundle_json(bundle)


def caseload_bundle(store: Store, *, generated: datetime) -> Json:
    """The whole caseload as a FHIR R4 collection Bundle (see the module's docstring)."""
    return _Caseload(store, generated).bundle()


class _Caseload:
    def __init__(self, store: Store, generated: datetime) -> None:
        self.store = store
        self.generated = generated
        self.contacts: dict[int, Json] = {}
        self.resources: list[Json] = []
        #: the record each resource was made from, by resource id ("condition-12")
        self.records: dict[str, Any] = {}
        self.members: dict[int, list[CareTeamMember]] = {}
        self.events: dict[int, list[MedicationEvent]] = {}
        self.reviews: dict[int, list[CarePlanReview]] = {}
        self.problems: dict[int, list[Problem]] = {}
        self.interventions: dict[int, list[Intervention]] = {}
        self.changes: dict[int, list[OccurrenceChange]] = {}

    def bundle(self) -> Json:
        store = self.store
        for patient_id in store.fhir_patient_ids():
            patient = store.patient(patient_id)
            assert patient is not None
            builder = _Builder(store, patient, self.generated, self.contacts)
            builder.records()
            self.resources += builder.resources
            self._remember(patient)
            for note in store.notes_for(patient_id):
                self.resources.append(_note_resource(note, builder.subject))
                self.records[f"note-{note.id}"] = note
        for task in store.fhir_team_tasks():
            self.resources.append(_prune(task_resource(task, None)))
            self.records[f"task-{task.id}"] = task
        for contact in store.fhir_contacts():
            if contact.id not in self.contacts:
                resource = _prune(contact_resource(contact))
                self.contacts[contact.id or 0] = resource
                self.resources.append(resource)
            self.records[f"contact-{contact.id}"] = contact
        _Annotator(self).annotate()
        source = store.fhir_source()
        for resource in self.resources:
            _stamp(resource, source)
        stamp = _instant(self.generated)
        bundle_id = uuid.uuid5(NAMESPACE, f"Caseload|{stamp}")
        return {
            "resourceType": "Bundle", "id": str(bundle_id),
            "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
            "type": "collection", "timestamp": stamp,
            "entry": [{"fullUrl": f"{BASE}{resource['resourceType']}/{resource['id']}",
                       "resource": resource} for resource in self.resources]}

    def _remember(self, patient: Patient) -> None:
        """The patient's records, for comparing with what the importer reads back."""
        store = self.store
        assert patient.id is not None
        self.records[f"patient-{patient.id}"] = patient
        self.members[patient.id] = [member for member, _contact in store.care_team(patient.id)]
        for condition in store.conditions(patient.id):
            self.records[f"condition-{condition.id}"] = condition
        for allergy in store.allergies(patient.id):
            self.records[f"allergy-{allergy.id}"] = allergy
        for medication in store.medications(patient.id):
            assert medication.id is not None
            self.records[f"medication-{medication.id}"] = medication
            self.events[medication.id] = store.medication_history(medication.id)
        for appointment in store.appointments_for(patient.id):
            assert appointment.id is not None
            self.records[f"appointment-{appointment.id}"] = appointment
            self.changes[appointment.id] = store.occurrence_changes(appointment.id)
        for task in store.tasks_for(patient.id):
            self.records[f"task-{task.id}"] = task
        for plan in store.care_plans(patient.id):
            assert plan.id is not None
            self.records[f"care-plan-{plan.id}"] = plan
            self.reviews[plan.id] = store.care_plan_reviews(plan.id)
            self.problems[plan.id] = store.problems(plan.id)
            self.interventions[plan.id] = store.interventions(plan.id)
            for goal in store.goals(plan.id):
                self.records[f"goal-{goal.id}"] = goal


def _note_resource(note: Note, subject: Json) -> Json:
    """A note as a DocumentReference holding its text (UTF-8, base64 as FHIR wants it)."""
    return _prune({
        "resourceType": "DocumentReference", "id": f"note-{note.id}", "status": "current",
        "type": {"text": "Visit note" if note.kind is NoteKind.VISIT else "Progress note"},
        "subject": subject, "date": _instant(note.written_at),
        "content": [{"attachment": {
            "contentType": "text/plain; charset=utf-8",
            "data": base64.b64encode(note.text.encode("utf-8")).decode("ascii")}}],
        "context": {"related": [{"reference": f"Appointment/appointment-{note.appointment_id}"}]}
        if note.appointment_id is not None else None})


class _Annotator:
    """Reads the resources back as the importer will and adds carebook's extension where the
    reading differs from the caseload (see fhir_extension)."""

    def __init__(self, caseload: _Caseload) -> None:
        self.caseload = caseload
        self.listed_plans: set[int] = set()
        self.by_id = {resource["id"]: resource for resource in caseload.resources}

    def annotate(self) -> None:
        from carebook.interop.fhir_import import plan_import
        from carebook.recurrence import local_zone_name

        caseload = self.caseload
        reading = Reading(found=[Found(resource, f"entry {number}",
                                       f"{BASE}{resource['resourceType']}/{resource['id']}")
                                 for number, resource in enumerate(caseload.resources, 1)],
                          files=1)
        plan = plan_import(reading, links=lambda keys: {}, today=caseload.store.today(),
                           zone=local_zone_name(), check_models=False)
        broken = [finding.line() for finding in plan.report.errors]
        if broken:
            raise ValueError("carebook cannot read its own FHIR back: " + "; ".join(broken[:3]))
        self.listed_plans = self._plans_to_list(plan.by_resource)
        for resource in caseload.resources:
            items = plan.by_resource.get(f"{resource['resourceType']}/{resource['id']}", [])
            values: dict[str, Any] = {}
            children: dict[str, list[dict[str, Any]]] = {}
            record = caseload.records.get(resource["id"])
            own = next((item for item in items if type(item.record) is type(record)), None)
            if record is not None and own is not None:
                values = self._differences(own, record)
            if isinstance(record, Appointment):
                values["tz"] = record.tz  # a zone name: the instants carry only an offset
                changes = caseload.changes.get(record.id or 0, [])
                if changes:
                    children["occurrence_change"] = [self._fields(c) for c in changes]
            self._children(resource, record, items, children)
            extension = ext.encode(values, children)
            if extension is not None:
                _extend(resource, extension)

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
        if (isinstance(record, Goal) and record.care_plan_id in self.listed_plans
                and record.problem_id is not None):
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
        kind = {"condition_id": "Condition/condition", "goal_id": "Goal/goal",
                "appointment_id": "Appointment/appointment"}[name]
        return ext.Reference(f"{kind}-{record_id}")

    def _fields(self, record: Any) -> dict[str, Any]:
        """Every field of a record listed in full (links as references)."""
        links = _LINKS.get(type(record), ())
        return {field.name: (self._reference(field.name, getattr(record, field.name))
                             if field.name in links else getattr(record, field.name))
                for field in dataclasses.fields(record) if field.name not in _OWNERS}

    def _plans_to_list(self, by_resource: dict[str, list[FhirItem]]) -> set[int]:
        """The care plans whose problems, or whose goals' problems, do not read back (two
        problems about one condition, say): their problems are listed, for the goals to name."""
        listed = set()
        caseload = self.caseload
        for plan_id, problems in caseload.problems.items():
            items = by_resource.get(f"CarePlan/care-plan-{plan_id}", [])
            read = [i for i in items if isinstance(i.record, Problem)]
            if [self._comparable(p) for p in problems] != [self._comparable_item(i)
                                                            for i in read]:
                listed.add(plan_id)
        for key, record in caseload.records.items():
            if isinstance(record, Goal) and record.care_plan_id not in listed:
                goal = next((i for i in by_resource.get(f"Goal/{key}", [])
                             if isinstance(i.record, Goal)), None)
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
        for problems in self.caseload.problems.values():
            for problem in problems:
                if problem.id == goal.problem_id:
                    return problem.description, problem.condition_id
        return None

    def _children(self, resource: Json, record: Any, items: list[FhirItem],
                  children: dict[str, list[dict[str, Any]]]) -> None:
        """Full lists where the records of a kind do not read back as they are."""
        caseload = self.caseload
        kind = resource["resourceType"]
        mapped: dict[type, list[Any]] = {}
        for item in items:
            mapped.setdefault(type(item.record), []).append(item)
        if isinstance(record, Medication):
            self._compare(children, "medication_event", caseload.events.get(record.id or 0, []),
                          mapped.get(MedicationEvent, []))
        elif isinstance(record, CarePlan):
            plan_id = record.id or 0
            self._compare(children, "care_plan_review", caseload.reviews.get(plan_id, []),
                          mapped.get(CarePlanReview, []))
            if plan_id in self.listed_plans:
                children["problem"] = [{**self._fields(problem), "key": f"problem-{problem.id}"}
                                       for problem in caseload.problems.get(plan_id, [])]
            self._compare(children, "intervention", caseload.interventions.get(plan_id, []),
                          mapped.get(Intervention, []))
        elif kind == "CareTeam":
            patient_id = int(resource["id"].rsplit("-", 1)[1])
            members = caseload.members.get(patient_id, [])
            if not self._each_participant(resource, members, mapped.get(CareTeamMember, [])):
                self._compare(children, "care_team_member", members,
                              mapped.get(CareTeamMember, []))
        elif kind == "RelatedPerson" and mapped.get(CareTeamMember):
            # Its patient's care team lists it (or says it is not on the team).
            children["care_team_member"] = []

    def _each_participant(self, team: Json, members: list[CareTeamMember],
                          items: list[FhirItem]) -> bool:
        """Where each participant reads back as its member but for a field or two (the
        membership's own notes), those fields on the participant; False when it does not."""
        participants = team.get("participant") or []
        if not len(participants) == len(members) == len(items):
            return False
        pairs = list(zip(participants, members, items, strict=True))
        if any(self._linked(item, "contact_id") != member.contact_id
               or item.record.role is not member.role for _p, member, item in pairs):
            return False
        for participant, member, item in pairs:
            values = {name: getattr(member, name) for name in ("is_emergency", "notes")
                      if getattr(item.record, name) != getattr(member, name)}
            extension = ext.encode(values)
            if extension is not None:
                participant["extension"] = [extension, *participant.get("extension", [])]
        return True

    def _compare(self, children: dict[str, list[dict[str, Any]]], kind: str,
                 expected: Iterable[Any], items: list[FhirItem]) -> None:
        wanted = [self._comparable(record) for record in expected]
        if wanted != [self._comparable_item(item) for item in items]:
            children[kind] = [self._fields(record) for record in expected]

    def _comparable(self, record: Any) -> tuple[Any, ...]:
        return tuple(getattr(record, field.name) for field in dataclasses.fields(record)
                     if field.name not in _OWNERS)

    def _comparable_item(self, item: FhirItem) -> tuple[Any, ...]:
        links = _LINKS.get(type(item.record), ())
        return tuple(self._linked(item, field.name) if field.name in links
                     else getattr(item.record, field.name)
                     for field in dataclasses.fields(item.record) if field.name not in _OWNERS)


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
