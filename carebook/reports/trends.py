"""A patient's measures and assessment totals over time, as series a chart draws (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol

from carebook.core.display import day
from carebook.core.goal_progress import GoalProgress, goal_progress
from carebook.core.instruments import instrument, instruments
from carebook.core.measures import BY_ID, VITALS, Unit, shown
from carebook.core.records import CarePlan, Goal
from carebook.core.vocabularies import CarePlanStatus, GoalLifecycle
from carebook.core.words import translate
from carebook.store.assessments import Assessments
from carebook.store.caseload import Store
from carebook.store.measurements import Measurements

CUSTOM = "custom:"
#: Care plans and goals whose targets a chart shows.
_CURRENT_PLANS = (CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD)
_CURRENT_GOALS = (GoalLifecycle.PROPOSED, GoalLifecycle.ACTIVE, GoalLifecycle.ON_HOLD)


class _Plans(Protocol):
    def care_plans(self, patient_id: int) -> list[CarePlan]: ...

    def goals(self, plan_id: int) -> list[Goal]: ...


class TrendSource(Protocol):
    """The store's reads a trend is made of (a `Store`, or a report's source of them)."""

    @property
    def care_plans(self) -> _Plans: ...

    @property
    def measurements(self) -> Measurements: ...

    @property
    def assessments(self) -> Assessments: ...


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One reading: when, its value in the shown unit (and the diastolic of a blood pressure),
    and the reading in words ("128/82 mmHg", "12 · moderate")."""

    at: datetime
    value: float
    second: float | None
    label: str


@dataclass(frozen=True, slots=True)
class TrendBand:
    """A stretch of values shaded behind the points: an instrument's band, a normal range."""

    low: float
    high: float
    label: str
    severity: str


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """A measure or instrument of one patient over time, with what is shaded behind it.

    `key` is the measure's kind ("weight", "custom:3") or the instrument's id ("phq-9");
    `low` and `high` are the scale's ends when it has them (an instrument's 0–27).
    """

    key: str
    title: str
    unit: str
    points: tuple[TrendPoint, ...]
    normal: tuple[float, float] | None
    bands: tuple[TrendBand, ...]
    target: float | None
    target_label: str
    higher_is_worse: bool
    low: float | None
    high: float | None

    @property
    def two_lines(self) -> bool:
        """A blood pressure: systolic and diastolic."""
        return any(point.second is not None for point in self.points)

    def value_range(self) -> tuple[float, float]:
        """The values a chart shows: the scale's ends when it has them, else every value, the
        normal range and the target, with a little to spare."""
        values = [p.value for p in self.points]
        values += [p.second for p in self.points if p.second is not None]
        if self.normal is not None:
            values += list(self.normal)
        if self.target is not None:
            values.append(self.target)
        if self.bands and self.low is None:
            values += [self.bands[0].low, self.bands[-1].high]
        low = self.low if self.low is not None else min(values, default=0.0)
        high = self.high if self.high is not None else max(values, default=1.0)
        spare = max((high - low) * 0.08, 1.0)
        return low - (spare if self.low is None else spare / 2), high + spare


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def measuring_goal(store: TrendSource, patient_id: int, key: str) -> Goal | None:
    """The patient's current goal with a target on `key`, from the current care plans."""
    for plan in store.care_plans.care_plans(patient_id):
        if plan.status not in _CURRENT_PLANS or plan.id is None:
            continue
        for goal in store.care_plans.goals(plan.id):
            measured = goal.measure == key and goal.measure_target is not None
            if measured and goal.lifecycle in _CURRENT_GOALS:
                return goal
    return None


def _target(goal: Goal | None, convert: Unit | None, unit: str) -> tuple[float | None, str]:
    if goal is None or goal.measure_target is None:
        return None, ""
    value = goal.measure_target if convert is None else convert.from_stored(goal.measure_target)
    side = "≤" if goal.measure_below else "≥"
    shown_unit = f" {unit}" if unit and not unit.startswith("/") else unit
    target = f"{side} {_number(value)}{shown_unit}"
    if goal.due_date:
        said = translate("Trends", "Goal {target} by {date}").format(
            target=target, date=day(goal.due_date)
        )
    else:
        said = translate("Trends", "Goal {target}").format(target=target)
    return value, said


def measure_series(store: TrendSource, patient_id: int, kind: str, unit: str = "") -> TrendSeries:
    """A measure's readings of the patient, oldest first, in `unit` (the stored unit if "")."""
    readings = store.measurements.readings(patient_id, kind)
    goal = measuring_goal(store, patient_id, kind)
    if kind.startswith(CUSTOM):
        custom = {k.id: k for k in store.measurements.measure_kinds()}.get(
            int(kind.removeprefix(CUSTOM))
        )
        name, stored_unit = (custom.name, custom.unit) if custom else (kind, "")
        low, high = (custom.normal_low, custom.normal_high) if custom else (None, None)
        points = tuple(
            TrendPoint(r.taken_at, r.value, None, f"{_number(r.value)} {stored_unit}".strip())
            for r in readings
        )
        target, target_label = _target(goal, None, stored_unit)
        normal = (low, high) if low is not None and high is not None else None
        return TrendSeries(
            kind, name, stored_unit, points, normal, (), target, target_label, True, None, None
        )
    vital = BY_ID[kind]
    chosen = next((u for u in vital.units if u.name == unit), vital.units[0])
    convert = chosen.from_stored
    points = tuple(
        TrendPoint(r.taken_at, convert(r.value), r.second, shown(vital, r.value, r.second, unit))
        for r in readings
    )
    normal = None if vital.normal is None else (convert(vital.normal[0]), convert(vital.normal[1]))
    bands: tuple[TrendBand, ...] = ()
    if vital.second_normal is not None and vital.normal is not None:  # a blood pressure
        bands = (
            TrendBand(
                *vital.second_normal,
                translate("Trends", "diastolic normal"),
                "none",
            ),
            TrendBand(*vital.normal, translate("Trends", "systolic normal"), "none"),
        )
        normal = None
    target, target_label = _target(goal, chosen, chosen.name)
    scale = (0.0, 10.0) if kind == "pain" else (None, None)
    return TrendSeries(
        kind, vital.label, chosen.name, points, normal, bands, target, target_label, True, *scale
    )


def instrument_series(store: TrendSource, patient_id: int, instrument_id: str) -> TrendSeries:
    """An instrument's totals for the patient, oldest first, over its bands."""
    scale = instrument(instrument_id)
    points = tuple(
        TrendPoint(
            datetime.combine(result.on_date, time()),
            float(result.total),
            None,
            f"{result.total} · {result.band}" if result.band else str(result.total),
        )
        for result in store.assessments.results(patient_id, instrument_id)
    )
    bands = tuple(TrendBand(b.low, b.high, b.label, b.severity) for b in scale.bands)
    target, target_label = _target(measuring_goal(store, patient_id, instrument_id), None, "")
    return TrendSeries(
        instrument_id,
        scale.name,
        "points",
        points,
        None,
        bands,
        target,
        target_label,
        scale.higher_is_worse,
        float(scale.low),
        float(scale.high),
    )


def series_of(store: TrendSource, patient_id: int) -> list[TrendSeries]:
    """Every measure and instrument the patient has readings of: the vital signs in their
    usual order, the coordinator's own measures by name, then the instruments in theirs."""
    measured = set(store.measurements.latest(patient_id))
    kinds = [vital.id for vital in VITALS if vital.id in measured]
    custom = {f"{CUSTOM}{k.id}": k.name for k in store.measurements.measure_kinds()}
    kinds += sorted((k for k in measured if k in custom), key=lambda k: custom[k].casefold())
    found = [measure_series(store, patient_id, kind) for kind in kinds]
    assessed = {result.instrument for result in store.assessments.results(patient_id)}
    known = [scale.id for scale in instruments()]
    ordered = [i for i in known if i in assessed] + sorted(assessed - set(known))
    return found + [instrument_series(store, patient_id, i) for i in ordered if i in known]


def series_for(store: TrendSource, patient_id: int, key: str) -> TrendSeries:
    """The series of a measure kind or an instrument id."""
    if key in BY_ID or key.startswith(CUSTOM):
        return measure_series(store, patient_id, key)
    return instrument_series(store, patient_id, key)


def measure_name(key: str) -> str:
    """A measure's or instrument's name as a goal names it: "Weight", "PHQ-9"."""
    if key in BY_ID:
        return BY_ID[key].label
    known = {scale.id: scale.short or scale.name for scale in instruments()}
    return known.get(key, key)


def goal_progress_of(store: Store, goal: Goal) -> GoalProgress:
    """The progress of `goal` from its patient's readings of the measure it names."""
    plan = store.care_plans.care_plan(goal.care_plan_id)
    if plan is None:
        return goal_progress(goal, [])
    return progress_for(store, plan.patient_id, goal)


def progress_for(store: TrendSource, patient_id: int, goal: Goal) -> GoalProgress:
    """The progress of the patient's `goal` (in the stored unit, as its target is kept)."""
    if not goal.measure:
        return goal_progress(goal, [])
    values: list[tuple[date, float]]
    if goal.measure in BY_ID or goal.measure.startswith(CUSTOM):
        readings = store.measurements.readings(patient_id, goal.measure)
        values = [(r.taken_at.date(), r.value) for r in readings]
    else:
        results = store.assessments.results(patient_id, goal.measure)
        values = [(r.on_date, float(r.total)) for r in results]
    return goal_progress(goal, values)
