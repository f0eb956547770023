"""Visit and progress notes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook.core.records import Note
from carebook.core.vocabularies import NoteKind, Sex
from carebook.sample.builder.base import Builder, Person
from carebook.sample.routine import NOTE_COUNT, PROGRESS_NOTES, VISIT_NOTES


def build_notes(b: Builder, person: Person) -> None:
    words = person.words()
    count = NOTE_COUNT.draw(b.rng)
    visits: list[date] = []
    if person.series is not None:
        visits = person.series.days_between(
            b.today - timedelta(days=42), b.today - timedelta(days=1)
        )
    for _ in range(count):
        if visits and b.chance(0.7):
            _visit_note(b, person, b.pick(visits), words)
        else:
            written = datetime.combine(b.days_ago(1, 90), time(b.randint(8, 17), b.randint(0, 59)))
            b.bundle.notes.append(
                Note(
                    id=b.next_id("note"),
                    patient_id=person.id,
                    written_at=written,
                    kind=NoteKind.PROGRESS,
                    text=b.pick(PROGRESS_NOTES).format(**words),
                )
            )


def _visit_note(b: Builder, person: Person, day: date, words: dict[str, str]) -> None:
    assert person.series is not None
    appointment = person.series.appointment
    written = datetime.combine(day, appointment.start.time()) + timedelta(
        minutes=appointment.duration_min + 10
    )
    bp = f"{b.randint(112, 168)}/{b.randint(62, 96)}"
    text = b.pick(VISIT_NOTES).format(bp=bp, pulse=b.randint(58, 96), **words)
    if person.patient.sex is Sex.MALE:
        text = text.replace("herself", "himself")
    b.bundle.notes.append(
        Note(
            id=b.next_id("note"),
            patient_id=person.id,
            written_at=written,
            kind=NoteKind.VISIT,
            text=text,
            appointment_id=appointment.id,
        )
    )
