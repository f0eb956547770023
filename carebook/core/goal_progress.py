"""How far a measured goal has come: its latest value, its trend, and whether its target is met."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carebook.core.calendar_words import day_text
from carebook.core.records import Goal
from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: How many of the latest readings the trend is read over.
TREND_READINGS = 3
#: A change smaller than this share of the earlier value (or of 1, if that is smaller) is steady.
STEADY_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """A goal's progress: the latest value and its day, "improving", "worsening", "steady" or ""
    (fewer than two readings), met (None without a target or a reading), and all of it in words;
    `so_far` is the same words without the target's part ("latest 9 on 30 Nov 2026, improving")."""

    latest: float | None
    latest_on: date | None
    trend: str
    met: bool | None
    said: str
    so_far: str = ""


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def trend_of(values: list[float], lower_is_better: bool) -> str:
    """The trend of the last readings (oldest first): the last of them against the first."""
    last = values[-TREND_READINGS:]
    if len(last) < 2:
        return ""
    change = last[-1] - last[0]
    if abs(change) < max(abs(last[0]), 1.0) * STEADY_SHARE:
        return translate("GoalProgress", "steady")
    if (change < 0) == lower_is_better:
        return translate("GoalProgress", "improving")
    return translate("GoalProgress", "worsening")


def goal_progress(goal: Goal, values: list[tuple[date, float]]) -> GoalProgress:
    """The progress of `goal` from its measure's readings `values` (day, value; any order),
    in the unit its target is written in."""
    readings = sorted(values, key=lambda reading: reading[0])
    if not readings:
        said = translate("GoalProgress", "no readings yet") if goal.measure else ""
        return GoalProgress(None, None, "", None, said, said)
    latest_on, latest = readings[-1]
    trend = trend_of([value for _, value in readings], goal.measure_below)
    target = goal.measure_target
    met = None if target is None else latest <= target if goal.measure_below else latest >= target
    parts = [
        translate("GoalProgress", "latest {value} on {day}").format(
            value=_number(latest), day=day_text(latest_on)
        )
    ]
    if trend:
        parts.append(trend)
    so_far = ", ".join(parts)
    if target is not None:
        goal_words = {
            (True, True): QT_TRANSLATE_NOOP("GoalProgress", "target at or below {value}: met"),
            (True, False): QT_TRANSLATE_NOOP("GoalProgress", "target at or below {value}: not met"),
            (False, True): QT_TRANSLATE_NOOP("GoalProgress", "target at or above {value}: met"),
            (False, False): QT_TRANSLATE_NOOP(
                "GoalProgress", "target at or above {value}: not met"
            ),
        }
        said = goal_words[bool(goal.measure_below), bool(met)]
        parts.append(translate("GoalProgress", said).format(value=_number(target)))
    return GoalProgress(latest, latest_on, trend, met, ", ".join(parts), so_far)
