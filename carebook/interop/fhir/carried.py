"""What FHIR's own elements do not carry of each record, decided from the record alone: the
fields the whole-caseload export puts in carebook's extension (fhir.extension).

Each kind of record has its rule: the fields FHIR has no element for, written whenever they say
something (a patient's notes, a medication's strength apart from its name, a visit's time zone
and per-visit changes, a contact's own notes and directory role), and the values a cheap look
at the record shows FHIR would change (a condition's code that is no SNOMED or ICD-10 code, so
written in its words; a visit starting in the hour the clocks skip; a care plan whose problems
name one condition twice, listed whole). The same record always gives the same extension; the
export is read back through the importer only under --validate and in the tests
(fhir.read_back), which prove that an import of the file gives the caseload back.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC
from typing import Any

from carebook.core.records import (
    Appointment,
    CarePlan,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    Note,
    Patient,
    Referral,
)
from carebook.core.vocabularies import ContactRole, PatientStatus, Transport
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.caseload_contacts import CaseloadContacts
from carebook.interop.fhir.contact import role_of
from carebook.interop.fhir.read_back import Chunk, extend

Json = dict[str, Any]

#: The fields that belong a record to its parent, never written in the extension.
_OWNERS = frozenset({"id", "patient_id", "care_plan_id", "medication_id", "appointment_id"})
#: Where a field names another record: (the field, the resource type and id prefix) of the
#: records that are not contacts.
_KINDS = {
    "condition_id": "Condition/condition",
    "goal_id": "Goal/goal",
    "task_id": "Task/task",
}
_CONTACT_FIELDS = ("contact_id", "prescriber_id", "pharmacy_id")
#: The contacts an Appointment may name as a participant (fhir.appointment).
_APPOINTMENT_ACTORS = frozenset({"Practitioner", "RelatedPerson"})
_SNOMED = re.compile(r"\d{6,18}")
_ICD10 = re.compile(r"[A-TV-Z]\d\d(?:\.[0-9A-Z]{1,4})?")


class Carried:
    """Adds carebook's extension to each resource of a chunk whose record FHIR does not carry
    whole (see the module's docstring)."""

    def __init__(self, contacts: CaseloadContacts, chunk: Chunk) -> None:
        self.contacts = contacts
        self.chunk = chunk

    def annotate(self) -> None:
        """Add the extension to each resource of the chunk that needs it."""
        chunk = self.chunk
        listed_plans = self._plans_to_list()
        for resource in chunk.resources:
            record = chunk.records.get(resource["id"])
            kind = resource["resourceType"]
            values: dict[str, Any] = {}
            children: dict[str, list[dict[str, Any]]] = {}
            if record is not None:
                values = _untrimmed(record)
            if isinstance(record, Patient):
                self._patient(record, resource, values)
            elif isinstance(record, Contact):
                self._contact(record, resource, values, children)
            elif isinstance(record, Medication):
                values["name"] = record.name
                values["strength"] = record.strength
                for name in ("dose", "max_per_day"):
                    if getattr(record, name):
                        values[name] = getattr(record, name)
            elif isinstance(record, Goal):
                self._goal(record, values, record.care_plan_id in listed_plans)
            elif isinstance(record, Appointment):
                self._appointment(record, values, children)
            elif isinstance(record, Condition):
                self._condition(record, values)
            elif isinstance(record, Referral) and record.task_id is not None:
                values["task_id"] = ext.Reference(f"Task/task-{record.task_id}")
            elif isinstance(record, Note) and record.original_start is not None:
                values["original_start"] = record.original_start
            elif isinstance(record, CarePlan):
                self._care_plan(record, children, record.id in listed_plans)
            elif kind == "CareTeam" and chunk.patient_id is not None:
                self._care_team(resource, chunk.members.get(chunk.patient_id, []), children)
            extension = ext.encode(values, children)
            if extension is not None:
                extend(resource, extension)

    # -- each kind's rule ------------------------------------------------------------------------

    def _patient(self, patient: Patient, resource: Json, values: dict[str, Any]) -> None:
        for name in ("access_notes", "notes"):
            if getattr(patient, name):
                values[name] = getattr(patient, name)
        if resource.get("deceasedBoolean"):
            read = PatientStatus.DECEASED
        elif resource.get("active") is False:
            read = PatientStatus.DISCHARGED
        else:
            read = PatientStatus.ACTIVE
        if patient.status is not read:
            values["status"] = patient.status
        phone, other = patient.phone.strip(), patient.phone_alt.strip()
        if other and (not phone or phone == other):  # read back, the first phone is the phone
            values["phone"] = patient.phone
            values["phone_alt"] = patient.phone_alt

    def _contact(
        self,
        contact: Contact,
        resource: Json,
        values: dict[str, Any],
        children: dict[str, list[dict[str, Any]]],
    ) -> None:
        # The role always: read back, it would be guessed from the resource's type, its
        # relationships or the first care team listing it, none of which says it for sure.
        values["role"] = contact.role
        kind = resource["resourceType"]
        organization = contact.organization
        if kind == "Organization":
            said = organization.strip()
            read = said if said and said != contact.name else contact.name
            if organization != read:
                values["organization"] = organization
        elif organization:
            values["organization"] = organization
        for name in ("notes", "services", "hours", "eligibility"):
            if getattr(contact, name):
                values[name] = getattr(contact, name)
        patient_id = self.chunk.patient_id
        if kind == "RelatedPerson" and patient_id is not None:
            members = self.chunk.members.get(patient_id, [])
            if all(member.contact_id != contact.id for member in members):
                children["care_team_member"] = []  # related to the patient, not on the team

    def _goal(self, goal: Goal, values: dict[str, Any], listed: bool) -> None:
        if goal.measure:
            values["measure"] = goal.measure
        if goal.measure_target is not None:
            values["measure_target"] = goal.measure_target
        if not goal.measure_below:
            values["measure_below"] = False
        if listed and goal.problem_id is not None:
            values["problem"] = f"problem-{goal.problem_id}"  # in its plan's list

    def _appointment(
        self,
        appointment: Appointment,
        values: dict[str, Any],
        children: dict[str, list[dict[str, Any]]],
    ) -> None:
        values["tz"] = appointment.tz  # a zone name: the instants carry only an offset
        if appointment.transport is Transport.NOT_NEEDED and appointment.transport_details:
            values["transport_details"] = appointment.transport_details
        zone = fv.zone(appointment.tz)
        start = appointment.start
        if zone is not None:
            kept = start.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
            if kept.replace(tzinfo=None) != start:
                values["start"] = start  # in the hour the clocks skip
        if start.microsecond:
            values["start"] = start
        contact_id = appointment.contact_id
        if contact_id is not None:
            resource = self.contacts.contacts.get(contact_id)
            if resource is None or resource["resourceType"] not in _APPOINTMENT_ACTORS:
                values["contact_id"] = self._reference("contact_id", contact_id)
            if not appointment.with_whom.strip():
                values["with_whom"] = appointment.with_whom  # else the contact's name
        changes = self.chunk.changes.get(appointment.id or 0, [])
        if changes:
            children["occurrence_change"] = [self._fields(change) for change in changes]

    def _condition(self, condition: Condition, values: dict[str, Any]) -> None:
        code = condition.code.strip()
        if code and not _SNOMED.fullmatch(code):
            if not _ICD10.fullmatch(code.upper()):
                values["description"] = condition.description  # "Frailty (FR-1)" in FHIR
                values["code"] = condition.code
            elif code != condition.code or code.upper() != code:
                values["code"] = condition.code
        elif code != condition.code:
            values["code"] = condition.code

    def _care_plan(
        self, plan: CarePlan, children: dict[str, list[dict[str, Any]]], listed: bool
    ) -> None:
        chunk = self.chunk
        plan_id = plan.id or 0
        if listed:
            children["problem"] = [
                {**self._fields(problem), "key": f"problem-{problem.id}"}
                for problem in chunk.problems.get(plan_id, [])
            ]
        interventions = chunk.interventions.get(plan_id, [])
        goals = {
            record.id
            for record in chunk.records.values()
            if isinstance(record, Goal) and record.care_plan_id == plan_id
        }
        if any(not self._reads_back(one, goals) for one in interventions):
            children["intervention"] = [self._fields(one) for one in interventions]

    def _reads_back(self, intervention: Intervention, goals: set[int | None]) -> bool:
        """Whether the plan's activity reads back as this intervention exactly."""
        if intervention.goal_id is not None and intervention.goal_id not in goals:
            return False
        if _untrimmed(intervention) or not intervention.description:
            return False
        if intervention.contact_id is not None:
            # Read back, a performer left blank would be the contact's name.
            return intervention.contact_id in self.contacts.contacts and bool(
                intervention.performer
            )
        return True

    def _care_team(
        self,
        team: Json,
        members: list[CareTeamMember],
        children: dict[str, list[dict[str, Any]]],
    ) -> None:
        """Each participant's own notes and emergency flag where the team's words say otherwise;
        the members listed whole where a participant does not read back as its member."""
        participants = team.get("participant") or []
        pairs = [(member.contact_id, member.role) for member in members]
        if len(participants) != len(members) or len(set(pairs)) != len(pairs):
            children["care_team_member"] = [self._fields(member) for member in members]
            return
        if any(role_of(member.role.english) is not member.role for member in members):
            children["care_team_member"] = [self._fields(member) for member in members]
            return
        directory = self.contacts.directory
        for participant, member in zip(participants, members, strict=True):
            contact = directory.get(member.contact_id)
            said = "; ".join(fv.distinct(member.notes, contact.notes if contact else ""))
            values: dict[str, Any] = {}
            emergency = member.is_emergency or member.role is ContactRole.EMERGENCY_CONTACT
            if emergency != member.is_emergency:
                values["is_emergency"] = member.is_emergency
            if said != member.notes:
                values["notes"] = member.notes
            extension = ext.encode(values)
            if extension is not None:
                participant["extension"] = [extension, *participant.get("extension", [])]

    # -- care plans listed whole -----------------------------------------------------------------

    def _plans_to_list(self) -> set[int]:
        """The care plans whose problems do not read back from what they address (two about
        one condition, one about a condition not the patient's, a goal's problem not among
        them): their problems are listed, for the goals to name."""
        chunk = self.chunk
        conditions = {
            record.id for record in chunk.records.values() if isinstance(record, Condition)
        }
        listed = set()
        for plan_id, problems in chunk.problems.items():
            about = [p.condition_id for p in problems if p.condition_id in conditions]
            if len(set(about)) != len(about) or any(
                not p.description
                or p.description != p.description.strip()
                or (p.condition_id is not None and p.condition_id not in conditions)
                for p in problems
            ):
                listed.add(plan_id)
        known = {p.id: plan_id for plan_id, problems in chunk.problems.items() for p in problems}
        for record in chunk.records.values():
            if (
                isinstance(record, Goal)
                and record.problem_id is not None
                and known.get(record.problem_id) != record.care_plan_id
            ):
                listed.add(record.care_plan_id)
        return listed

    # -- writing fields --------------------------------------------------------------------------

    def _reference(self, name: str, record_id: int | None) -> ext.Reference | None:
        if record_id is None:
            return None
        if name in _CONTACT_FIELDS:
            resource = self.contacts.contacts.get(record_id)
            kind = resource["resourceType"] if resource is not None else "RelatedPerson"
            return ext.Reference(f"{kind}/contact-{record_id}")
        return ext.Reference(f"{_KINDS[name]}-{record_id}")

    def _fields(self, record: Any) -> dict[str, Any]:
        """Every field of a record listed in full (links as references)."""
        return {
            field.name: (
                self._reference(field.name, getattr(record, field.name))
                if field.name in _CONTACT_FIELDS or field.name in _KINDS
                else getattr(record, field.name)
            )
            for field in dataclasses.fields(record)
            if field.name not in _OWNERS
        }


def _untrimmed(record: Any) -> dict[str, Any]:
    """The record's words with spaces around them: FHIR's elements carry them trimmed."""
    found: dict[str, Any] = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if type(value) is str and value != value.strip():
            found[name] = value
    return found


_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """A kind of record's fields but those that belong it to its parent (kept: asked of every
    record the export writes)."""
    names = _NAMES.get(kind)
    if names is None:
        names = _NAMES[kind] = tuple(
            field.name for field in dataclasses.fields(kind) if field.name not in _OWNERS
        )
    return names
