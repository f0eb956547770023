"""The whole-caseload export read back, a chunk at a time, as carebook's import will read it:
under --validate and in the tests, the proof that the extension fhir.carried wrote is enough.

Where FHIR's own elements do not carry a record exactly (a medication's strength apart from its
name, a visit's time zone and per-visit changes, a contact's own notes and directory role, a
membership's notes when they are not what the care team says), the extension holds the fields
that differ (fhir.extension), and where the records of a kind listed in a resource's notes or
activities do not read back as they are, the whole list: so an import of the file gives the
caseload back field by field, and other systems read standard FHIR.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date
from typing import Any

from carebook.core.records import (
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    OccurrenceChange,
    Problem,
    Referral,
)
from carebook.core.recurrence import local_zone_name
from carebook.core.words import translate
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.bundle import references_in
from carebook.interop.fhir.caseload_contacts import CaseloadContacts
from carebook.interop.fhir.imports import plan_import
from carebook.interop.fhir.read import Found, Reading
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]

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
    Referral: ("contact_id", "task_id"),
}
#: The contacts whose role (and organisation) the importer takes from a care team.
_LISTED_TYPES = ("Practitioner", "Organization")
_CONTACT_REF = re.compile(r"(?:Practitioner|Organization|RelatedPerson|Person)/contact-(\d+)")


@dataclass(eq=False)
class Chunk:
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


class ReadBack:
    """Reads a chunk's resources back as the importer will and adds carebook's extension where
    the reading differs from the caseload (see fhir.extension); or, to `check` a chunk already
    annotated (fhir.carried), raises ValueError naming what would not read back."""

    def __init__(
        self,
        contacts: CaseloadContacts,
        chunk: Chunk,
        today: date,
        *,
        thorough: bool = False,
        check: bool = False,
    ) -> None:
        """`thorough` reads back under the caseload's rules too (a record carebook would
        refuse to import is then a fault): the records come from the caseload, which kept
        them under those rules, so only --validate asks for it."""
        self.contacts = contacts
        self.thorough = thorough
        self.check = check
        self.faults: list[str] = []
        self.chunk = chunk
        self.today = today
        self.listed_plans: set[int] = set()

    def annotate(self) -> None:
        """Add the extension to each resource of the chunk that needs it."""
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
            today=self.today,
            zone=local_zone_name(),
            check_models=False,
            check_records=self.thorough,
        )
        broken = [finding.line() for finding in plan.report.errors]
        if broken:
            raise ValueError(
                translate(
                    "FhirExport", "carebook cannot read its own FHIR back: {problems}"
                ).format(problems="; ".join(broken[:3]))
            )
        self.listed_plans = self._plans_to_list(plan.by_resource)
        for resource in chunk.resources:
            items = plan.by_resource.get(f"{resource['resourceType']}/{resource['id']}", [])
            values: dict[str, Any] = {}
            children: dict[str, list[dict[str, Any]]] = {}
            record = chunk.records.get(resource["id"])
            own = next((item for item in items if type(item.record) is type(record)), None)
            if record is not None and own is not None:
                values = self._differences(own, record)
            if isinstance(record, Appointment) and not self.check:
                values["tz"] = record.tz  # a zone name: the instants carry only an offset
                changes = chunk.changes.get(record.id or 0, [])
                if changes:
                    children["occurrence_change"] = [self._fields(c) for c in changes]
            self._children(resource, record, items, children)
            if self.check and (values or children):
                name = f"{resource['resourceType']}/{resource['id']}"
                self.faults.append(f"{name} {', '.join([*values, *children])}")
                continue
            extension = ext.encode(values, children)
            if extension is not None:
                extend(resource, extension)
        if self.faults:
            raise ValueError(
                "carebook's FHIR would not read back as the caseload: " + "; ".join(self.faults[:5])
            )

    def _reading(self) -> list[Json]:
        """The chunk with what the importer would find elsewhere in the Bundle (see
        fhir.caseload_contacts): a care team of first listings, the contacts from outside, then
        the chunk."""
        written = self.contacts
        chunk = self.chunk
        own = {resource["id"] for resource in chunk.resources}
        outside: set[int] = set()
        for resource in chunk.resources:
            for reference in references_in(resource):
                found = _CONTACT_REF.search(reference)
                if found and f"contact-{found.group(1)}" not in own:
                    outside.add(int(found.group(1)))
        # Each written by an earlier chunk, in the order they were written.
        contacts = [plain for number, plain in written.plain.items() if number in outside]
        listed = []
        for resource in [*contacts, *chunk.resources]:
            kind = resource["resourceType"]
            if kind not in _LISTED_TYPES or not resource["id"].startswith("contact-"):
                continue
            listing = written.listings.get(int(resource["id"].removeprefix("contact-")))
            if listing is None:
                continue
            participant: Json = {
                "role": [{"text": listing.role.english}],
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
            resource = self.contacts.contacts[record_id]
            return ext.Reference(f"{resource['resourceType']}/contact-{record_id}")
        kind = {
            "condition_id": "Condition/condition",
            "goal_id": "Goal/goal",
            "appointment_id": "Appointment/appointment",
            "task_id": "Task/task",
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
            if extension is not None and self.check:
                self.faults.append(f"{team['id']} participant {', '.join(values)}")
            elif extension is not None:
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


def extend(resource: Json, extension: Json) -> None:
    """Put the extension first among the resource's own extensions, after its id; the fields
    a resource was made with in it (a referral's status) are kept unless these replace them."""
    existing = [e for e in resource.get("extension") or [] if e.get("url") != ext.URL]
    made = [e for e in resource.get("extension") or [] if e.get("url") == ext.URL]
    if made:
        named = {_part_name(part) for part in extension["extension"]}
        kept = [part for part in made[0]["extension"] if _part_name(part) not in named]
        extension = {**extension, "extension": [*kept, *extension["extension"]]}
    rebuilt: Json = {}
    for key, value in resource.items():
        if key == "extension":
            continue
        rebuilt[key] = value
        if key == "id":
            rebuilt["extension"] = [extension, *existing]
    resource.clear()
    resource.update(rebuilt)


def _part_name(part: Json) -> str:
    """The field (or kind of record) a part of the extension is about."""
    url = str(part.get("url"))
    return str(part.get("valueString")) if url in (ext.EMPTY, ext.NONE) else url
