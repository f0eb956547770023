"""A measured goal's progress: its latest value, the trend of its last readings, met or not."""

from __future__ import annotations

from datetime import date

from carebook.core.goal_progress import goal_progress
from carebook.core.records import Goal


def phq9_below_10() -> Goal:
    return Goal(
        care_plan_id=1,
        description="Mood lifts",
        measure="phq-9",
        measure_target=10,
        measure_below=True,
    )


def test_a_score_falling_to_the_target_is_improving_and_met() -> None:
    progress = goal_progress(
        phq9_below_10(),
        [(date(2026, 9, 1), 16), (date(2026, 10, 1), 13), (date(2026, 11, 1), 10)],
    )
    assert (progress.latest, progress.latest_on) == (10, date(2026, 11, 1))
    assert progress.trend == "improving" and progress.met is True
    assert progress.said == "latest 10 on 01 Nov 2026, improving, target at or below 10: met"


def test_the_latest_reading_counts_whatever_order_they_come_in() -> None:
    progress = goal_progress(
        phq9_below_10(),
        [(date(2026, 11, 1), 15), (date(2026, 9, 1), 8), (date(2026, 10, 1), 11)],
    )
    assert progress.latest == 15 and progress.trend == "worsening" and progress.met is False


def test_the_trend_reads_only_the_last_three_readings() -> None:
    values = [(date(2026, m, 1), v) for m, v in ((1, 25.0), (2, 9.0), (3, 12.0), (4, 9.0))]
    # 25 → 9 is a great fall, but the last three (9, 12, 9) hold steady.
    assert goal_progress(phq9_below_10(), values).trend == "steady"


def test_a_goal_met_above_its_target() -> None:
    goal = Goal(
        care_plan_id=1,
        description="Independent in daily living",
        measure="katz-adl",
        measure_target=5,
        measure_below=False,
    )
    progress = goal_progress(goal, [(date(2026, 10, 1), 3), (date(2026, 11, 1), 5)])
    assert progress.trend == "improving" and progress.met is True
    assert goal_progress(goal, [(date(2026, 11, 1), 4)]).met is False


def test_one_reading_has_no_trend_and_none_has_nothing() -> None:
    one = goal_progress(phq9_below_10(), [(date(2026, 11, 1), 12)])
    assert one.trend == "" and one.met is False and one.latest == 12
    none = goal_progress(phq9_below_10(), [])
    assert none.latest is None and none.met is None and none.said == "no readings yet"


def test_a_goal_without_a_target_is_neither_met_nor_unmet() -> None:
    goal = Goal(care_plan_id=1, description="Keep weight steady", measure="weight")
    progress = goal_progress(goal, [(date(2026, 10, 1), 70.0), (date(2026, 11, 1), 70.5)])
    assert progress.met is None and progress.trend == "steady"
    assert "target" not in progress.said
