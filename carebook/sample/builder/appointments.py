"""A patient's home-visit series and one-off appointments."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook.core.records import Appointment, Contact, OccurrenceChange
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, PatientStatus, Transport
from carebook.sample.builder.base import Builder, Person, Series
from carebook.sample.builder.diary import Diary, Pattern, plan_series
from carebook.sample.routine import (
    ONE_OFF_COUNT,
    ONE_OFF_KIND,
    PAST_ONE_OFF,
    SERIES_PATTERN,
    TICKED_OFF,
    TRANSPORT_ARRANGED,
    TRANSPORT_NEEDED,
    VISIT_MINUTES,
    VISIT_PURPOSES,
    WEEKDAYS,
)


def build_appointments(b: Builder, person: Person) -> None:
    if person.active:
        _build_series(b, person)
    if person.patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD):
        for _ in range(ONE_OFF_COUNT.draw(b.rng)):
            _build_one_off(b, person, b.randint(-60, 75))
    else:
        for _ in range(b.randint(0, 2)):
            _build_one_off(b, person, b.randint(-120, -65))


def _add_appointment(b: Builder, appointment: Appointment) -> Appointment:
    appointment.id = b.next_id("appointment")
    b.bundle.appointments.append(appointment)
    return appointment


def _build_series(b: Builder, person: Person) -> None:
    day_sets, interval = SERIES_PATTERN.draw(b.rng)
    days = b.pick(day_sets)
    began = b.today - timedelta(weeks=b.randint(2, 20))
    pattern = Pattern(days, interval, began - timedelta(days=began.weekday()))
    until = b.days_ahead(183, 304)
    minutes = 8 * 60 + 15 * b.randint(0, 34)  # 08:00 to 16:30 on the quarter hour
    purpose = b.pick(VISIT_PURPOSES)
    length = VISIT_MINUTES.draw(b.rng)
    if b.diary is not None:
        booked = plan_series(b.diary, pattern, until, minutes, length)
        if booked is None:
            return  # no time left in her week: this patient waits for regular visits
        pattern, minutes = booked
    days, interval = pattern.days, pattern.interval
    first = pattern.monday + timedelta(days=days[0])
    rule = (
        "FREQ=WEEKLY;"
        + (f"INTERVAL={interval};" if interval > 1 else "")
        + (f"BYDAY={','.join(WEEKDAYS[d] for d in days)};UNTIL={until:%Y%m%d}T235959")
    )
    appointment = _add_appointment(
        b,
        Appointment(
            patient_id=person.id,
            kind=AppointmentKind.HOME_VISIT,
            purpose=purpose,
            start=datetime.combine(first, _clock(minutes)),
            duration_min=length,
            tz=b.tz,
            rrule=rule,
        ),
    )
    person.series = Series(appointment, days, interval, until)
    _series_changes(b, person.series)


def _series_changes(b: Builder, series: Series) -> None:
    """Last week's visits ticked off, and now and then one ahead skipped or moved."""
    appointment = series.appointment
    assert appointment.id is not None
    clock = appointment.start.time()
    changes = b.bundle.occurrence_changes
    for day in series.days_between(b.today - timedelta(days=7), b.today - timedelta(days=1)):
        status = TICKED_OFF.draw(b.rng)
        changes.append(
            OccurrenceChange(
                appointment_id=appointment.id,
                original_start=datetime.combine(day, clock),
                status=status,
            )
        )
    ahead = series.days_between(b.today, b.today + timedelta(days=42))
    if len(ahead) < 2:
        return
    skip, move = b.rng.sample(ahead, 2)
    if b.chance(0.12):
        changes.append(
            OccurrenceChange(
                appointment_id=appointment.id,
                original_start=datetime.combine(skip, clock),
                skipped=True,
            )
        )
    if b.chance(0.10):
        original = datetime.combine(move, clock)
        if b.chance(0.5):
            moved = original + timedelta(days=1)
        else:
            moved = datetime.combine(move, time(b.randint(9, 15), b.pick((0, 15, 30, 45))))
        change = OccurrenceChange(
            appointment_id=appointment.id,
            original_start=original,
            start=moved,
            duration_min=b.pick((None, 30, 60)),
        )
        changes.append(change)
        if b.diary is not None:
            b.diary.moves.append((appointment, change))


def _build_one_off(b: Builder, person: Person, offset: int) -> None:
    day = b.today + timedelta(days=offset)
    if day.weekday() >= 5:  # clinics and surgeries book weekdays: take the Monday
        day += timedelta(days=7 - day.weekday())
    kind = ONE_OFF_KIND.draw(b.rng)
    doctor = person.team.get("consultant") if b.chance(0.35) else None
    doctor = doctor or person.team["gp"]
    details = _one_off_details(b, person, kind, doctor)
    purpose, with_whom, contact, location, minutes = details
    transport, transport_details = _transport(b, kind, location)
    if day < b.today:
        status = PAST_ONE_OFF.draw(b.rng)
    else:
        status = AppointmentStatus.BOOKED if b.chance(0.95) else (AppointmentStatus.CANCELLED)
    start = datetime.combine(day, time(b.randint(9, 15), b.pick((0, 10, 20, 30, 40, 50))))
    appointment = _add_appointment(
        b,
        Appointment(
            patient_id=person.id,
            kind=kind,
            purpose=purpose,
            start=start,
            duration_min=minutes,
            tz=b.tz,
            location=location,
            with_whom=with_whom,
            contact_id=contact.id if contact else None,
            transport=transport,
            transport_details=transport_details,
            status=status,
        ),
    )
    if b.diary is not None:
        b.diary.one_offs.append(appointment)


def settle_bookings(b: Builder) -> None:
    """Once every patient's series holds its slot, fit the moved visits and then the one-off
    appointments around them, each at its time or the nearest free one, on its day or the
    nearest working day with room; what finds no room is left out."""
    diary = b.diary
    assert diary is not None
    for series, change in diary.moves:
        if not _rebook(diary, series, change, b.today):
            b.bundle.occurrence_changes.remove(change)  # the visit stays where it was
    dropped: set[int | None] = set()
    for appointment in diary.one_offs:
        wanted = appointment.start
        found = diary.nearby_slot(
            wanted.date(), _minutes(wanted), appointment.duration_min, b.today
        )
        if found is None:
            dropped.add(appointment.id)  # weeks around it fully booked: no date offered
            continue
        day, at = found
        diary.book(day, at, appointment.duration_min)
        appointment.start = datetime.combine(day, _clock(at))
    if dropped:
        b.bundle.appointments = [a for a in b.bundle.appointments if a.id not in dropped]


def _rebook(diary: Diary, series: Appointment, change: OccurrenceChange, today: date) -> bool:
    """Move a visit of the series to the free slot nearest the one its change asks for,
    booked there (the change re-timed); False, the diary unchanged, when there is none."""
    original, wanted = change.original_start, change.start
    assert wanted is not None
    was = _minutes(original)
    diary.release(original.date(), was, series.duration_min)
    minutes = change.duration_min or series.duration_min
    if wanted.weekday() >= 5:  # Friday's visit put off a day goes to Monday: she works weekdays
        wanted += timedelta(days=7 - wanted.weekday())
    found = diary.nearby_slot(wanted.date(), _minutes(wanted), minutes, today)
    if found is None or found == (original.date(), was):
        diary.book(original.date(), was, series.duration_min)
        return False
    day, start = found
    diary.book(day, start, minutes)
    change.start = datetime.combine(day, _clock(start))
    return True


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _one_off_details(
    b: Builder, person: Person, kind: AppointmentKind, doctor: Contact
) -> tuple[str, str, Contact | None, str, int]:
    """Purpose, with whom, their contact, where, and how many minutes."""
    at_practice = f"{doctor.organization}, {doctor.address}".strip(", ")
    if kind is AppointmentKind.PHYSICIAN:
        purpose = b.pick(
            (
                "Annual review",
                "Diabetes review",
                "Blood pressure review",
                "Memory clinic follow-up",
                "Heart failure clinic",
                "Falls clinic",
                "Results discussion",
            )
        )
        return purpose, doctor.name, doctor, at_practice, b.pick((15, 20, 30))
    if kind is AppointmentKind.LAB:
        purpose = b.pick(
            (
                "Blood test (U&E, HbA1c)",
                "INR check",
                "Blood test (full blood count)",
                "Urine sample drop-off",
            )
        )
        return (
            purpose,
            "Phlebotomy",
            None,
            b.pick((at_practice, "Outpatient blood tests, " + person.town.hospital)),
            15,
        )
    if kind is AppointmentKind.THERAPY:
        therapist = person.team.get("therapist")
        purpose = b.pick(
            (
                "Physiotherapy",
                "Occupational therapy home assessment",
                "Speech and language therapy (swallow)",
            )
        )
        where = b.pick(("Home", "Community Rehabilitation Centre"))
        who = therapist.name if therapist else "Community therapist"
        return purpose, who, therapist, where, b.pick((45, 60))
    if kind is AppointmentKind.TELEHEALTH:
        purpose = b.pick(
            ("Medication review by phone", "Video consultation: results", "Telephone follow-up")
        )
        return purpose, doctor.name, doctor, b.pick(("Telephone", "Video call")), 20
    purpose = b.pick(
        (
            "Podiatry (nail care)",
            "Hearing aid review",
            "Eye clinic injection",
            "Dental check-up",
            "Wheelchair service assessment",
        )
    )
    where = (
        person.town.hospital
        if purpose.startswith(("Eye", "Wheelchair"))
        else (f"{b.pick(person.town.places)} Health Centre")
    )
    return purpose, purpose.split(" (")[0], None, where, b.pick((20, 30))


def _transport(b: Builder, kind: AppointmentKind, location: str) -> tuple[Transport, str]:
    if kind is AppointmentKind.TELEHEALTH or location == "Home":
        return Transport.NOT_NEEDED, ""
    roll = b.rng.random()
    if roll < 0.4:
        return Transport.ARRANGED, b.pick(TRANSPORT_ARRANGED)
    if roll < 0.6:
        return Transport.NEEDED, b.pick(TRANSPORT_NEEDED)
    return Transport.NOT_NEEDED, b.pick(("", "", "Walks there (5 minutes)"))
