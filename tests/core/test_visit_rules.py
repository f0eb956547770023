"""A visit the coordinator attends herself that overlaps another of hers is saved only after a
question naming the clashes."""

from __future__ import annotations

from datetime import datetime, timedelta

from carebook.core.records import Appointment
from carebook.core.views import Visit
from carebook.core.visit_rules import attended, overlap_doubt
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus


def _visit(hour: int, patient: str) -> Visit:
    start = datetime(2026, 3, 16, hour, 0)
    return Visit(
        appointment_id=hour,
        start=start,
        end=start + timedelta(minutes=45),
        patient_id=hour,
        patient=patient,
        address="",
        phone="",
        purpose="",
        kind=AppointmentKind.HOME_VISIT,
        status=AppointmentStatus.BOOKED,
    )


def test_only_home_visits_and_telehealth_are_attended_by_the_coordinator() -> None:
    start = datetime(2026, 3, 16, 9, 0)
    kinds = {
        kind: attended(Appointment(patient_id=1, kind=kind, start=start))
        for kind in AppointmentKind
    }
    assert kinds == {
        kind: kind in (AppointmentKind.HOME_VISIT, AppointmentKind.TELEHEALTH)
        for kind in AppointmentKind
    }


def test_the_question_names_three_clashes_and_counts_the_rest() -> None:
    assert overlap_doubt([]) is None
    assert overlap_doubt([_visit(9, "Ada Byrne")]) == (
        "This overlaps your visit Mon 16 Mar 09:00–09:45 Ada Byrne."
    )
    five = [_visit(hour, f"Patient {hour}") for hour in range(9, 14)]
    doubt = overlap_doubt(five)
    assert doubt is not None
    assert doubt.count("Patient") == 3 and doubt.endswith(" and 2 more.")
