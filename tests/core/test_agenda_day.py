"""A day's agenda from the store: route order kept, reviews due, and the JSON a script reads."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from carebook.core.agenda import build_day, to_json, to_text
from carebook.core.records import Allergy, Appointment, CarePlan, Medication, Patient
from carebook.core.vocabularies import Transport
from carebook.store.caseload import Store

DAY = date(2026, 3, 3)


def _clock() -> datetime:
    return datetime(2026, 3, 2, 8, 0)


def _day_with_three_visits(tmp_path: Path) -> tuple[Store, list[int]]:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    ids = []
    for hour, (given, family) in zip(
        (9, 11, 14), (("Ann", "Lee"), ("Bob", "Ray"), ("Cy", "Day")), strict=True
    ):
        patient = store.patients.add_patient(
            Patient(given=given, family=family, access_notes=f"Key safe {hour}")
        )
        assert patient.id is not None
        appointment = store.appointments.add_appointment(
            Appointment(
                patient_id=patient.id,
                start=datetime(2026, 3, 3, hour, 0),
                purpose="Check",
                rrule="FREQ=WEEKLY;COUNT=4",
                transport=Transport.ARRANGED,
                transport_details="Taxi at 8",
            )
        )
        assert appointment.id is not None
        ids.append(appointment.id)
    return store, ids


def test_a_route_set_for_a_day_is_kept_for_that_day_only(tmp_path: Path) -> None:
    store, ids = _day_with_three_visits(tmp_path)
    store.visits.set_route(
        DAY, [(ids[2], datetime(2026, 3, 3, 14, 0)), (ids[0], datetime(2026, 3, 3, 9, 0))]
    )
    assert [v.appointment_id for v in store.visits.visits_on(DAY)] == [ids[2], ids[0], ids[1]]
    next_week = [v.appointment_id for v in store.visits.visits_on(date(2026, 3, 10))]
    assert next_week == ids  # another day keeps time order
    store.close()
    again = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    assert [v.appointment_id for v in again.visits.visits_on(DAY)] == [ids[2], ids[0], ids[1]]
    again.close()


def test_the_json_lists_visits_in_route_order_with_the_new_fields(tmp_path: Path) -> None:
    store, ids = _day_with_three_visits(tmp_path)
    lee = store.visits.visits_on(DAY)[0].patient_id
    store.patients.add_allergy(Allergy(patient_id=lee, substance="Penicillin"))
    store.visits.set_route(DAY, [(ids[1], datetime(2026, 3, 3, 11, 0))])
    shaped = to_json(build_day(store, DAY))
    visits = shaped["visits"]
    assert [v["id"] for v in visits] == [ids[1], ids[0], ids[2]]
    assert [v["route_position"] for v in visits] == [1, 2, 3]
    first_lee = next(v for v in visits if v["patient_id"] == lee)
    assert first_lee["allergies"] == ["Penicillin"]
    assert first_lee["access_notes"] == "Key safe 9"
    assert first_lee["transport"] == "arranged" and first_lee["transport_details"] == "Taxi at 8"
    # The fields of the first version are all still there.
    assert set(first_lee) >= {
        "id",
        "start",
        "end",
        "patient",
        "patient_id",
        "address",
        "phone",
        "purpose",
        "kind",
        "status",
    }
    assert "reviews_due" in shaped and "tasks" in shaped
    store.close()


def test_reviews_that_fall_due_are_on_the_agenda(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    patient = store.patients.add_patient(Patient(given="Ann", family="Lee"))
    assert patient.id is not None
    store.medications.add_medication(
        Medication(patient_id=patient.id, name="Warfarin", next_review=date(2026, 3, 1))
    )
    store.medications.add_medication(
        Medication(patient_id=patient.id, name="Later", next_review=date(2026, 4, 1))
    )
    store.care_plans.add_care_plan(
        CarePlan(patient_id=patient.id, title="Falls plan", next_review=DAY)
    )
    reviews = build_day(store, DAY).reviews
    assert [(r.kind, r.what, r.overdue) for r in reviews] == [
        ("medication", "Warfarin", True),
        ("care_plan", "Falls plan", False),
    ]
    text = to_text(build_day(store, DAY))
    assert "Reviews due (2)" in text and "Warfarin" in text
    store.close()
