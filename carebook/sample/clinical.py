"""The shapes of the clinical vocabulary: a medicine, a care-plan part, a kind of condition."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Med:
    """A medication as a prescriber would write it, and how its changes tend to read."""

    name: str
    strength: str
    dose: str
    route: str
    frequency: str
    times: str = ""
    instructions: str = ""
    prn_reason: str = ""
    max_per_day: str = ""
    # (what changed, why, the dose before) for a DOSE_CHANGED event; the STARTED event then
    # records the dose before, so the history reads in order.
    change: tuple[str, str, str] | None = None
    group: str = ""  # medicines of one class, of which a patient takes only one

    @property
    def kind(self) -> str:
        return self.group or self.name


OD, NIGHT, BD = ("once daily", "08:00"), ("at night", "21:00"), ("twice daily", "08:00, 20:00")
TDS = ("three times daily", "08:00, 13:00, 18:00")
QDS = ("four times daily", "08:00, 12:00, 17:00, 22:00")


def med(
    name: str,
    strength: str,
    dose: str,
    route: str,
    when: tuple[str, str],
    instructions: str = "",
    change: tuple[str, str, str] | None = None,
    group: str = "",
) -> Med:
    frequency, times = when
    return Med(
        name, strength, dose, route, frequency, times, instructions, change=change, group=group
    )


def prn(
    name: str,
    strength: str,
    dose: str,
    route: str,
    frequency: str,
    reason: str,
    max_per_day: str,
    instructions: str = "",
    group: str = "",
) -> Med:
    return Med(
        name, strength, dose, route, frequency, "", instructions, reason, max_per_day, group=group
    )


@dataclass(frozen=True, slots=True)
class PlanPart:
    """What a care plan says about one condition: the problem, measurable goals, interventions."""

    problem: str
    goals: tuple[tuple[str, str, int], ...]  # description, measurable target, due in days
    interventions: tuple[tuple[str, str, str], ...]  # description, performer key, how often


@dataclass(frozen=True, slots=True)
class ConditionKind:
    description: str
    code: str  # SNOMED CT
    weight_old: int
    weight_young: int
    meds: tuple[Med, ...] = ()
    prn: tuple[Med, ...] = ()
    plan: PlanPart | None = None
    group: str = ""  # conditions of which a patient has only one (kinds of dementia)
    male_only: bool = False

    @property
    def kind(self) -> str:
        return self.group or self.description
