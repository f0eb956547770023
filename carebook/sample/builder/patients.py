"""A patient: name, birth date, address, access notes, payer and status."""

from __future__ import annotations

import random
from datetime import date, timedelta

from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus, Sex
from carebook.sample.builder.base import Builder, Person, email
from carebook.sample.communities import POOL_CHOICE
from carebook.sample.names import NICKNAMES, NamePool
from carebook.sample.people import ACCESS_NOTE_COUNT, ACCESS_NOTES, PAYER_CHOICE, STATUS_CHOICE
from carebook.sample.places import Town


def build_patient(b: Builder) -> Person:
    rng = b.rng
    pool = POOL_CHOICE.draw(rng)
    roll = rng.random()
    sex = Sex.FEMALE if roll < 0.6 else Sex.MALE if roll < 0.995 else Sex.UNKNOWN
    young = b.chance(0.08)
    age = int(rng.uniform(40, 65)) if young else min(100, int(rng.triangular(65, 101, 84)))
    birth = _years_before(b.today, age) - timedelta(days=b.randint(1, 364))
    given, family = b.person_name(pool, sex, birth.year)
    town = b.town()
    line, postcode = b.address(town)
    payer, prefix = PAYER_CHOICE.draw(rng)
    status = STATUS_CHOICE.draw(rng)
    patient = Patient(
        id=b.next_id("patient"),
        given=given,
        family=family,
        preferred_name=_preferred_name(b, given, pool),
        birth_date=birth,
        sex=sex,
        phone=b.landline(town) if b.chance(0.85) else b.mobile(),
        phone_alt=b.mobile() if b.chance(0.35) else "",
        email=email(given, family, "example.com") if b.chance(0.08) else "",
        address_line=line,
        city=town.name,
        region=town.region,
        postal_code=postcode,
        lat=round(town.lat + rng.gauss(0, 0.02), 5),
        lon=round(town.lon + rng.gauss(0, 0.03), 5),
        language=pool.language(rng),
        access_notes=_access_notes(b, line),
        payer=payer,
        member_id=f"{prefix}{b.randint(100000, 9999999)}" if prefix else "",
        external_id=_nhs_number(rng),
        status=status,
        notes=_patient_notes(b, status, town),
    )
    b.bundle.patients.append(patient)
    return Person(patient, age, pool, town)


def _preferred_name(b: Builder, given: str, pool: NamePool) -> str:
    nicknames = NICKNAMES.get(given)
    if nicknames and b.chance(0.4):
        return b.pick(nicknames)
    if b.chance(0.03):  # known by a middle name
        middle = b.pick(pool.female if given in pool.female else pool.male)
        # A middle name the same as the first says nothing (and no record system keeps it).
        return "" if middle == given else middle
    return ""


def _access_notes(b: Builder, address_line: str) -> str:
    count = ACCESS_NOTE_COUNT.draw(b.rng)
    notes = [b.pick(ACCESS_NOTES) for _ in range(count)]
    if address_line.startswith("Flat") and b.chance(0.5):
        notes.append(f"Buzz flat {address_line.split(',')[0].split()[1]} at the main door")
    unique = list(dict.fromkeys(notes))
    return "; ".join(
        note.format(code=f"{b.randint(0, 9999):04d}", number=b.randint(1, 160)) for note in unique
    )


def _patient_notes(b: Builder, status: PatientStatus, town: Town) -> str:
    when = b.days_ago(3, 60).isoformat()
    if status is PatientStatus.ON_HOLD:
        return f"On hold: admitted to {town.hospital} on {when}."
    if status is PatientStatus.DISCHARGED:
        return b.pick(
            (
                f"Discharged {when}: moved into residential care.",
                f"Discharged {when}: no longer needs coordination.",
                f"Discharged {when}: moved to live with family out of area.",
            )
        )
    if status is PatientStatus.DECEASED:
        return f"Died {when}, peacefully at home."
    return b.pick(
        (
            "",
            "",
            "",
            "Prefers morning visits.",
            "Uses a wheelchair indoors.",
            "Likes a chat about the cricket.",
            "Son abroad; rings on Sundays.",
        )
    )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _nhs_number(rng: random.Random) -> str:
    """A valid NHS number (modulus 11 check digit) in the 999 range kept for test data."""
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue  # no valid number has this stem
        digits.append(0 if check == 11 else check)
        text = "".join(map(str, digits))
        return f"{text[:3]} {text[3:6]} {text[6:]}"
