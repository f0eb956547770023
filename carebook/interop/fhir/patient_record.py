"""One patient's record as FHIR resources, in order, each contact made once (no Qt, no SQL).

The record reads only through the store's public reads (`FhirSource`) and makes the resources
as plain JSON-ready data, kind by kind with each kind's mapping (fhir.patient, fhir.contact,
fhir.care_team, fhir.condition, fhir.allergy, fhir.medication, fhir.care_plan, fhir.goal,
fhir.appointment, fhir.task), noting which section of the document each belongs to. A contact is
made the first time the record needs it: the care team first, then prescribers and pharmacies,
care-plan activities and appointments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from carebook.core.records import (
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
    Patient,
    Problem,
    Referral,
    Task,
)
from carebook.core.vocabularies import ContactRole
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.allergy import allergy_resource, statement_resource
from carebook.interop.fhir.appointment import appointment_resource
from carebook.interop.fhir.care_plan import activity, care_plan_resource
from carebook.interop.fhir.care_team import care_team_resource, team_roles
from carebook.interop.fhir.condition import condition_resource, problem_condition_resource
from carebook.interop.fhir.contact import contact_resource
from carebook.interop.fhir.goal import goal_resource
from carebook.interop.fhir.medication import medication_resource
from carebook.interop.fhir.patient import patient_resource
from carebook.interop.fhir.referral import referral_resource
from carebook.interop.fhir.task import task_resource

Json = dict[str, Any]

#: The document's sections, in their order, by the key the record files resources under.
SECTION_KEYS = (
    "team",
    "problems",
    "allergies",
    "medications",
    "plans",
    "goals",
    "appointments",
    "tasks",
)


class _FhirSourcePatients(Protocol):
    """The patients reads it uses."""

    def patient(self, patient_id: int) -> Patient | None: ...

    def conditions(self, patient_id: int) -> list[Condition]: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...


class _FhirSourceContacts(Protocol):
    """The contacts reads it uses."""

    def contact(self, contact_id: int) -> Contact | None: ...

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...


class _FhirSourceMedications(Protocol):
    """The medications reads it uses."""

    def medications(self, patient_id: int) -> list[Medication]: ...

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...


class _FhirSourceCarePlans(Protocol):
    """The care plans reads it uses."""

    def care_plans(self, patient_id: int) -> list[CarePlan]: ...

    def problems(self, plan_id: int) -> list[Problem]: ...

    def goals(self, plan_id: int) -> list[Goal]: ...

    def interventions(self, plan_id: int) -> list[Intervention]: ...

    def care_plan_reviews(self, plan_id: int) -> list[CarePlanReview]: ...


class _FhirSourceAppointments(Protocol):
    """The appointments reads it uses."""

    def appointments_for(self, patient_id: int) -> list[Appointment]: ...


class _FhirSourceTasks(Protocol):
    """The tasks reads it uses."""

    def tasks_for(self, patient_id: int) -> list[Task]: ...


class FhirSource(Protocol):
    """The store's reads a patient's FHIR document is made of."""

    @property
    def patients(self) -> _FhirSourcePatients: ...

    @property
    def contacts(self) -> _FhirSourceContacts: ...

    @property
    def medications(self) -> _FhirSourceMedications: ...

    @property
    def care_plans(self) -> _FhirSourceCarePlans: ...

    @property
    def appointments(self) -> _FhirSourceAppointments: ...

    @property
    def tasks(self) -> _FhirSourceTasks: ...


class PatientRecord:
    """A patient's resources in the order they are made (`resources`, the Patient first), and
    the references each section of the document lists (`sections`)."""

    def __init__(
        self, source: FhirSource, patient: Patient, contacts: dict[int, Json] | None = None
    ) -> None:
        """`contacts` (contact id -> resource) may be shared by the records of several
        patients, so that each contact is made once (see fhir.caseload); a contact made by
        another record is referred to, not added again."""
        assert patient.id is not None
        self.source = source
        self.patient = patient
        self.resources: list[Json] = []
        self.contacts: dict[int, Json] = {} if contacts is None else contacts
        #: each condition's resource by its id; a problem's own by minus the problem's id
        self.conditions: dict[int, Json] = {}
        self.sections: dict[str, list[Json]] = {key: [] for key in SECTION_KEYS}
        self.patient_resource = self.add(patient_resource(patient))
        self.subject = fv.ref(self.patient_resource)

    def add(self, resource: Json, section: str = "") -> Json:
        """The resource, pruned, added to the record (and listed in `section`)."""
        resource = fv.prune(resource)
        self.resources.append(resource)
        if section:
            self.sections[section].append(fv.ref(resource))
        return resource

    def make(self) -> None:
        """Make the resources of the patient's record, kind by kind."""
        team = self._care_team()
        self._conditions()
        self._allergies()
        self._medications()
        self._care_plans(team)
        self._appointments()
        self._tasks()

    # -- contacts --------------------------------------------------------------------------------

    def _contact(
        self, contact: Contact, roles: Sequence[ContactRole] = (), emergency: bool = False
    ) -> Json:
        """The contact's resource, made the first time it is needed."""
        assert contact.id is not None
        if contact.id in self.contacts:
            return self.contacts[contact.id]
        resource = self.add(contact_resource(contact, roles, emergency, self.subject), "team")
        self.contacts[contact.id] = resource
        return resource

    def _contact_ref(self, contact_id: int | None, display: str = "") -> Json | None:
        """A reference to a contact (added to the record if not yet there), or None."""
        if contact_id is None:
            return None
        if contact_id in self.contacts:
            resource: Json | None = self.contacts[contact_id]
        else:
            contact = self.source.contacts.contact(contact_id)
            resource = self._contact(contact) if contact is not None else None
        if resource is None:
            return None
        return fv.ref(resource, display or fv.name_of(resource))

    def _care_team(self) -> Json | None:
        assert self.patient.id is not None
        members = self.source.contacts.care_team(self.patient.id)
        if not members:
            return None
        roles, emergency = team_roles(members)
        made = [
            (
                member,
                contact,
                self._contact(contact, roles[member.contact_id], emergency[member.contact_id]),
            )
            for member, contact in members
        ]
        team = self.add(care_team_resource(self.patient, made, self.subject))
        self.sections["team"].insert(0, fv.ref(team))  # the team, then its members
        return team

    # -- the clinical record ---------------------------------------------------------------------

    def _conditions(self) -> None:
        assert self.patient.id is not None
        for condition in self.source.patients.conditions(self.patient.id):
            assert condition.id is not None
            self.conditions[condition.id] = self.add(
                condition_resource(condition, self.subject), "problems"
            )

    def _allergies(self) -> None:
        assert self.patient.id is not None
        allergies = self.source.patients.allergies(self.patient.id)
        for allergy in allergies:
            self.add(allergy_resource(allergy, self.subject), "allergies")
        statement = statement_resource(self.patient, allergies, self.subject)
        if statement is not None:  # "no known drug allergies", said on purpose
            self.add(statement, "allergies")

    def _medications(self) -> None:
        assert self.patient.id is not None
        for medication in self.source.medications.medications(self.patient.id):
            assert medication.id is not None
            prescriber = self._contact_ref(medication.prescriber_id)
            pharmacy = self._contact_ref(medication.pharmacy_id)
            history = self.source.medications.medication_history(medication.id)
            self.add(
                medication_resource(medication, history, self.subject, prescriber, pharmacy),
                "medications",
            )

    # -- care plans ------------------------------------------------------------------------------

    def _problem_ref(self, problem: Problem) -> Json:
        """The Condition a care plan's problem is about: its condition, or one made from it."""
        assert problem.id is not None
        condition = self.conditions.get(problem.condition_id or -1)
        if condition is None:
            key = -problem.id  # problems' own Conditions, apart from the patient's conditions
            condition = self.conditions.get(key)
            if condition is None:
                condition = self.conditions[key] = self.add(
                    problem_condition_resource(problem, self.subject), "problems"
                )
        return fv.ref(condition, problem.description)

    def _care_plans(self, team: Json | None) -> None:
        assert self.patient.id is not None
        for plan in self.source.care_plans.care_plans(self.patient.id):
            assert plan.id is not None
            problems = {
                problem.id: self._problem_ref(problem)
                for problem in self.source.care_plans.problems(plan.id)
            }
            goals: dict[int | None, Json] = {}
            for goal in self.source.care_plans.goals(plan.id):
                goals[goal.id] = self.add(
                    goal_resource(goal, self.subject, problems.get(goal.problem_id)), "goals"
                )
            activities = [
                self._activity(intervention, goals)
                for intervention in self.source.care_plans.interventions(plan.id)
            ]
            addresses = list({ref["reference"]: ref for ref in problems.values()}.values())
            reviews = self.source.care_plans.care_plan_reviews(plan.id)
            self.add(
                care_plan_resource(
                    plan, reviews, self.subject, team, addresses, list(goals.values()), activities
                ),
                "plans",
            )

    def _activity(self, intervention: Intervention, goals: dict[int | None, Json]) -> Json:
        performer = self._contact_ref(intervention.contact_id, intervention.performer.strip())
        if performer is None and intervention.performer.strip():
            performer = {"display": intervention.performer.strip()}
        goal = goals.get(intervention.goal_id) if intervention.goal_id is not None else None
        return activity(intervention, goal, performer)

    # -- appointments and tasks ------------------------------------------------------------------

    def _appointments(self) -> None:
        assert self.patient.id is not None
        patient = fv.ref(self.patient_resource, self.patient.display_name)
        for appointment in self.source.appointments.appointments_for(self.patient.id):
            contact = self._contact_ref(appointment.contact_id, appointment.with_whom.strip())
            self.add(appointment_resource(appointment, patient, contact), "appointments")

    def add_referrals(self, referrals: Sequence[Referral]) -> None:
        """The patient's referrals as ServiceRequests, each contact they are sent to made the
        first time it is needed (the document lists none: the whole-caseload export adds them)."""
        for referral in referrals:
            performer = self._contact_ref(referral.contact_id)
            self.add(referral_resource(referral, self.subject, performer))

    def _tasks(self) -> None:
        assert self.patient.id is not None
        for task in self.source.tasks.tasks_for(self.patient.id):
            self.add(task_resource(task, self.subject), "tasks")
