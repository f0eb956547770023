"""A patient's conditions and allergies."""

from __future__ import annotations

from datetime import date, timedelta

from carebook.core.records import Allergy, Condition
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    ConditionStatus,
    Sex,
)
from carebook.sample.builder.base import Builder, Person
from carebook.sample.conditions import (
    CONDITION_COUNT,
    OLD_CONDITIONS,
    RESOLVED_CONDITIONS,
    YOUNG_CONDITIONS,
)
from carebook.sample.medicines import ALLERGY_CHOICE, ALLERGY_COUNT


def build_conditions(b: Builder, person: Person) -> None:
    count = CONDITION_COUNT.draw(b.rng)
    choice = OLD_CONDITIONS if person.age >= 65 else YOUNG_CONDITIONS
    kinds_taken: set[str] = set()
    for _ in range(count * 3):  # a few extra draws make up for repeats
        if len(person.conditions) == count:
            break
        kind = choice.draw(b.rng)
        if kind.kind in kinds_taken or (kind.male_only and person.patient.sex is not Sex.MALE):
            continue
        kinds_taken.add(kind.kind)
        person.conditions.append(
            (kind, _add_condition(b, person, kind.description, kind.code, _onset(b, person)))
        )
    if len(person.conditions) < 6 and b.chance(0.15):  # an infection now over
        description, code = b.pick(RESOLVED_CONDITIONS)
        onset = b.days_ago(40, 700)
        condition = _add_condition(b, person, description, code, onset)
        condition.status = ConditionStatus.RESOLVED
        condition.abatement_date = onset + timedelta(days=b.randint(7, 30))


def _onset(b: Builder, person: Person) -> date:
    earliest = max(18, person.age - 30)
    years = b.randint(0, max(0, person.age - earliest))
    return b.today - timedelta(days=years * 365 + b.randint(30, 364))


def _add_condition(
    b: Builder, person: Person, description: str, code: str, onset: date
) -> Condition:
    condition = Condition(
        id=b.next_id("condition"),
        patient_id=person.id,
        description=description,
        code=code,
        onset_date=onset,
    )
    b.bundle.conditions.append(condition)
    return condition


def build_allergies(b: Builder, person: Person) -> None:
    count = ALLERGY_COUNT.draw(b.rng)
    seen: set[str] = set()
    for _ in range(count):
        substance, reactions, rules_out = ALLERGY_CHOICE.draw(b.rng)
        if substance in seen:
            continue
        seen.add(substance)
        person.avoid.update(rules_out)
        reaction, severity = b.pick(reactions)
        if severity == "severe":
            criticality = (
                AllergyCriticality.HIGH if b.chance(0.85) else AllergyCriticality.UNABLE_TO_ASSESS
            )
        else:
            criticality = AllergyCriticality.HIGH if b.chance(0.1) else AllergyCriticality.LOW
        b.bundle.allergies.append(
            Allergy(
                id=b.next_id("allergy"),
                patient_id=person.id,
                substance=substance,
                reaction=reaction,
                severity=AllergySeverity(severity),
                criticality=criticality,
                status=AllergyStatus.ACTIVE if b.chance(0.95) else AllergyStatus.INACTIVE,
                noted_date=b.days_ago(60, 9000),
            )
        )
