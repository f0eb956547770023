"""A patient's medications, with the dated history behind each one."""

from __future__ import annotations

from datetime import date, timedelta

from carebook.core.records import Medication, MedicationEvent
from carebook.core.vocabularies import ContactRole, MedicationEventKind, MedicationStatus
from carebook.sample.builder.base import Builder, Person
from carebook.sample.builder.care_team import link
from carebook.sample.builder.directory import nearby
from carebook.sample.clinical import Med
from carebook.sample.medicines import (
    GENERAL_MEDS,
    GENERAL_PRN,
    GENERIC_STOP_REASONS,
    HOLD_REASONS,
    MEDICATION_COUNT,
    STOP_REASONS,
)

#: A medication event before it is numbered: date, kind, detail, reason.
_Event = tuple[date, MedicationEventKind, str, str]


def _choose_medicines(b: Builder, person: Person) -> list[tuple[Med, date]]:
    """The patient's regular and as-needed medicines, each with the earliest start date."""
    total = MEDICATION_COUNT.draw(b.rng)
    as_needed = 0 if not b.chance(0.75) else (2 if b.chance(0.15) else 1)
    chosen: list[tuple[Med, date]] = []
    kinds: set[str] = set()

    def take(med: Med, since: date) -> None:
        if med.kind not in kinds and med.name not in person.avoid:
            kinds.add(med.kind)
            chosen.append((med, since))

    for kind, condition in person.conditions:
        since = condition.onset_date or b.today
        for med in b.rng.sample(kind.meds, min(len(kind.meds), b.randint(1, 2))):
            take(med, since)
    del chosen[total - as_needed :]
    general = list(GENERAL_MEDS)
    b.rng.shuffle(general)
    for med in general:
        if len(chosen) >= total - as_needed:
            break
        take(med, b.days_ago(400, 4000))
    prn = [(med, c.onset_date or b.today) for kind, c in person.conditions for med in kind.prn]
    prn += [(med, b.days_ago(60, 2000)) for med in GENERAL_PRN]
    for med, since in prn:
        if as_needed <= 0:
            break
        before = len(chosen)
        take(med, since)
        as_needed -= len(chosen) - before
    return chosen


def build_medications(b: Builder, person: Person) -> None:
    for template, since in _choose_medicines(b, person):
        start = b.between(max(since, b.today - timedelta(days=3650)), b.today - timedelta(days=10))
        prescriber = person.team["gp"]
        if "consultant" in person.team and b.chance(0.3):
            prescriber = person.team["consultant"]
        medication = Medication(
            id=b.next_id("medication"),
            patient_id=person.id,
            name=template.name,
            strength=template.strength,
            dose=template.dose,
            route=template.route,
            frequency=template.frequency,
            times_of_day=template.times,
            as_needed=bool(template.prn_reason),
            as_needed_reason=template.prn_reason,
            max_per_day=template.max_per_day,
            indication=_indication(b, person, template),
            prescriber_id=prescriber.id,
            pharmacy_id=person.team["pharmacy"].id,
            start_date=start,
            instructions=template.instructions,
        )
        b.bundle.medications.append(medication)
        _medication_history(b, medication, template)
        if "district nurse" in template.instructions and "nurse" not in person.team:
            link(
                b,
                person,
                "nurse",
                nearby(b, "nurse", person.town.name),
                ContactRole.AGENCY,
                "District nursing: insulin",
            )


def _indication(b: Builder, person: Person, template: Med) -> str:
    if template.prn_reason:
        return template.prn_reason.capitalize()
    for kind, _ in person.conditions:
        if template in kind.meds:
            return kind.description
    return {
        "ppi": "Stomach protection",
        "vitamin d": "Vitamin D deficiency",
        "senna": "Constipation",
        "statin": "Cardiovascular prevention",
    }.get(template.group, "Dry skin")


def _medication_history(b: Builder, medication: Medication, template: Med) -> None:
    """The dated events behind the medication's current state, and its review dates."""
    assert medication.id is not None and medication.start_date is not None
    start = medication.start_date
    events: list[_Event] = []
    roll = b.rng.random()
    changed = template.change is not None and b.chance(0.45)
    if roll < 0.10 and start <= b.today - timedelta(days=15):
        medication.status = MedicationStatus.STOPPED
        medication.end_date = b.between(start + timedelta(days=14), b.today - timedelta(days=1))
        medication.stop_reason = STOP_REASONS.get(template.name) or b.pick(GENERIC_STOP_REASONS)
    last_day = medication.end_date or b.today
    if template.change and changed and start + timedelta(days=30) < last_day:
        detail, reason, earlier = template.change
        events.append((start, MedicationEventKind.STARTED, earlier, ""))
        events.append(
            (
                b.between(start + timedelta(days=30), last_day),
                MedicationEventKind.DOSE_CHANGED,
                detail,
                reason,
            )
        )
    else:
        events.append((start, MedicationEventKind.STARTED, _dose_text(medication), ""))
    if medication.end_date:
        events.append(
            (medication.end_date, MedicationEventKind.STOPPED, "", medication.stop_reason)
        )
    else:
        _reviews(b, medication, events)
        if roll > 0.98:
            medication.status = MedicationStatus.ON_HOLD
            latest = max(on for on, *_ in events)
            held = b.between(max(latest, b.today - timedelta(days=20)), b.today - timedelta(days=1))
            events.append((held, MedicationEventKind.ON_HOLD, "", b.pick(HOLD_REASONS)))
    # Numbered in date order (a stable sort keeps same-day events as they happened).
    for on, kind, detail, reason in sorted(events, key=lambda event: event[0]):
        b.bundle.medication_events.append(
            MedicationEvent(
                id=b.next_id("medication_event"),
                medication_id=medication.id,
                on_date=on,
                kind=kind,
                detail=detail,
                reason=reason,
            )
        )


def _reviews(b: Builder, medication: Medication, events: list[_Event]) -> None:
    assert medication.start_date is not None
    if b.chance(0.5):
        reviewed = b.days_ago(20, 330)
        if reviewed > medication.start_date:
            medication.last_review = reviewed
            events.append(
                (reviewed, MedicationEventKind.REVIEWED, "Continue", "Annual medication review")
            )
    if b.chance(0.6):
        # Some fall due this week, so the review list is never empty on a demo day.
        medication.next_review = b.days_ahead(0, 7) if b.chance(0.08) else b.days_ahead(-20, 180)


def _dose_text(medication: Medication) -> str:
    # Worded as the store words the STARTED event when a coordinator adds a medication.
    return " ".join(
        part
        for part in (medication.strength, medication.dose, medication.route, medication.frequency)
        if part
    )
