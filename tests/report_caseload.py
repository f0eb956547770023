"""One patient with everything a report prints, for the care-plan and medication sheet tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

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
    Note,
    Patient,
    Problem,
    Task,
)
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AppointmentKind,
    ContactRole,
    GoalAchievement,
    MedicationStatus,
    TaskPriority,
    Transport,
)
from carebook.store.caseload import Scope, Store

TODAY = date(2026, 3, 2)


def clock() -> datetime:
    return datetime.combine(TODAY, time(8, 0))


def edna(store: Store) -> int:
    """Edna Marsh, with a care team, conditions, an allergy, medications and their history, a
    care plan with a problem, goals, interventions and reviews, appointments, tasks and a note.
    Also a second patient, Ruth Marsh, so a search for "Marsh" is ambiguous."""
    patient = store.patients.add_patient(
        Patient(
            given="Edna",
            family="Marsh",
            birth_date=date(1938, 5, 1),
            phone="0113 496 0001",
            address_line="3 Kiln Row",
            city="Leeds",
            postal_code="LS6 2AB",
            payer="Medicare",
            member_id="1EG4-TE5-MK72",
            external_id="999 111 2222",
            language="English",
            access_notes="Key safe 4321",
        )
    )
    assert patient.id is not None
    patient_id = patient.id
    store.patients.add_patient(Patient(given="Ruth", family="Marsh", birth_date=date(1941, 2, 2)))
    gp = store.contacts.add_contact(
        Contact(
            name="Dr Asha Patel",
            role=ContactRole.PHYSICIAN,
            organization="Kirkstall Surgery",
            phone="0113 496 0999",
        )
    )
    son = store.contacts.add_contact(
        Contact(name="Mark Marsh", role=ContactRole.CAREGIVER, phone="07700 900111")
    )
    physio = store.contacts.add_contact(Contact(name="Ana Ruiz", role=ContactRole.THERAPIST))
    assert gp.id is not None and son.id is not None and physio.id is not None
    store.contacts.add_to_care_team(
        CareTeamMember(patient_id=patient_id, contact_id=gp.id, role=ContactRole.PHYSICIAN)
    )
    store.contacts.add_to_care_team(
        CareTeamMember(
            patient_id=patient_id,
            contact_id=son.id,
            role=ContactRole.CAREGIVER,
            is_emergency=True,
            notes="Son",
        )
    )
    store.patients.add_condition(
        Condition(patient_id=patient_id, description="Heart failure", onset_date=date(2019, 4, 1))
    )
    arthritis = store.patients.add_condition(
        Condition(patient_id=patient_id, description="Osteoarthritis of knee")
    )
    store.patients.add_allergy(
        Allergy(
            patient_id=patient_id,
            substance="Penicillin",
            reaction="Hives",
            severity=AllergySeverity.SEVERE,
            criticality=AllergyCriticality.HIGH,
        )
    )
    store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Furosemide",
            strength="40 mg",
            dose="1 tablet",
            route="oral",
            frequency="once daily",
            times_of_day="08:00",
            indication="Heart failure",
            prescriber_id=gp.id,
            start_date=date(2025, 6, 1),
        )
    )
    store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Paracetamol",
            strength="500 mg",
            dose="1-2 tablets",
            route="oral",
            frequency="up to four times a day",
            as_needed=True,
            as_needed_reason="knee pain",
            max_per_day="8",
            start_date=date(2026, 2, 20),
        )
    )
    held = store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Ramipril",
            strength="2.5 mg",
            dose="1 capsule",
            route="oral",
            frequency="once daily",
            start_date=date(2024, 1, 1),
        )
    )
    assert held.id is not None
    store.medications.update_medication(
        Medication(**{**_fields(held), "status": MedicationStatus.ON_HOLD}),
        reason="Low blood pressure",
        on=date(2026, 2, 25),
    )
    plan = store.care_plans.add_care_plan(
        CarePlan(
            patient_id=patient_id,
            title="Staying safe at home",
            period_start=date(2026, 1, 5),
            next_review=date(2026, 4, 1),
        )
    )
    assert plan.id is not None
    falls = store.care_plans.add_problem(
        Problem(care_plan_id=plan.id, description="Falls at home", condition_id=arthritis.id)
    )
    walk = store.care_plans.add_goal(
        Goal(
            care_plan_id=plan.id,
            problem_id=falls.id,
            description="Walk to the corner shop",
            target="Twice a week with a stick",
            due_date=date(2026, 6, 1),
            achievement=GoalAchievement.IMPROVING,
        )
    )
    store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id,
            goal_id=walk.id,
            description="Strength and balance exercises",
            contact_id=physio.id,
            frequency="Weekly",
        )
    )
    store.care_plans.add_intervention(
        Intervention(
            care_plan_id=plan.id,
            description="Pendant alarm check",
            performer="Care coordinator",
            frequency="Monthly",
        )
    )
    store.care_plans.review_care_plan(
        CarePlanReview(
            care_plan_id=plan.id,
            on_date=date(2026, 2, 2),
            outcome="Two falls in January; physio referral made",
        ),
        next_review=date(2026, 4, 1),
    )
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient_id,
            kind=AppointmentKind.PHYSICIAN,
            purpose="Heart failure review",
            start=datetime(2026, 3, 10, 11, 0),
            location="Kirkstall Surgery",
            with_whom="Dr Asha Patel",
            transport=Transport.ARRANGED,
            transport_details="Son driving",
        )
    )
    weekly = store.appointments.add_appointment(
        Appointment(
            patient_id=patient_id,
            purpose="Weekly check-in",
            start=datetime(2026, 3, 4, 10, 0),
            rrule="FREQ=WEEKLY;COUNT=3",
        )
    )
    assert weekly.id is not None
    store.appointments.cancel_appointment(weekly.id, Scope.THIS, datetime(2026, 3, 11, 10, 0))
    store.tasks.add_task(
        Task(
            patient_id=patient_id,
            title="Chase the physio referral",
            due_date=TODAY - timedelta(days=3),
            priority=TaskPriority.URGENT,
        )
    )
    done = store.tasks.add_task(
        Task(patient_id=patient_id, title="Order a perching stool", due_date=TODAY)
    )
    assert done.id is not None
    store.tasks.complete_task(done.id)
    store.patients.add_note(
        Note(
            patient_id=patient_id,
            written_at=datetime(2026, 2, 27, 15, 0),
            text="Walked to the gate with her stick.",
        )
    )
    return patient_id


def _fields(medication: Medication) -> dict[str, object]:
    return {name: getattr(medication, name) for name in Medication.__dataclass_fields__}
