"""A care plan as the care-plan summary prints it: its problems, goals (with what they
measure and how far they have come), interventions and latest reviews, and the charts of the
measured goals."""

from __future__ import annotations

from datetime import date

from carebook.core.goal_progress import GoalProgress
from carebook.core.records import CarePlanReview, Goal, Intervention, Problem
from carebook.core.vocabularies import GoalLifecycle
from carebook.core.words import translate
from carebook.reports.care_plan_summary_data import PlanPart
from carebook.reports.document import (
    Block,
    Chart,
    Column,
    Heading,
    Line,
    Paragraph,
    Span,
    Table,
    line,
)
from carebook.reports.patient_blocks import NONE, cell, nothing, short_date
from carebook.reports.trends import TrendSeries, measure_name
from carebook.reports.wording import titled


def plan_blocks(
    part: PlanPart, names: dict[int, str], day: date, progress: dict[int, GoalProgress]
) -> list[Block]:
    plan = part.plan
    facts = [plan.status.label]
    if plan.period_start or plan.period_end:
        start = short_date(plan.period_start) if plan.period_start else "…"
        end = (
            short_date(plan.period_end)
            if plan.period_end
            else translate("CarePlanSummary", "ongoing")
        )
        facts.append(translate("CarePlanSummary", "{start} to {end}").format(start=start, end=end))
    review: tuple[str | Span, ...] = ()
    if plan.next_review is not None:
        overdue = plan.next_review < day
        said = (
            translate("CarePlanSummary", "Next review {date} (overdue)")
            if overdue
            else translate("CarePlanSummary", "Next review {date}")
        )
        review = (
            " · ",
            Span(said.format(date=short_date(plan.next_review)), "b" if overdue else ""),
        )
    blocks: list[Block] = [
        Heading(titled(translate("CarePlanSummary", "Care plan"), plan.title)),
        Paragraph(line(" · ".join(facts), *review), "plan"),
    ]
    if plan.notes:
        blocks.append(Paragraph(line(plan.notes)))
    blocks += _problems(part.problems)
    blocks += _goals(part.goals, {p.id: p.description for p in part.problems if p.id}, progress)
    blocks += _interventions(
        part.interventions, names, {g.id: g.description for g in part.goals if g.id}
    )
    blocks += _reviews(part.reviews)
    return blocks


def _problems(problems: list[Problem]) -> list[Block]:
    if not problems:
        return []
    rows = tuple((cell(line(problem.description)),) for problem in problems)
    return [
        Heading(
            translate("CarePlanSummary", "Problems and needs ({count})").format(
                count=len(problems)
            ),
            3,
        ),
        Table(
            (Column(translate("CarePlanSummary", "Problem or need"), 100),),
            rows,
            "grid problems",
        ),
    ]


def _goals(
    goals: list[Goal], problems: dict[int, str], progress: dict[int, GoalProgress]
) -> list[Block]:
    heading = translate("CarePlanSummary", "Goals ({count})").format(count=len(goals))
    if not goals:
        return nothing(heading, translate("CarePlanSummary", "No goals recorded."), 3)
    rows = []
    for goal in goals:
        about = problems.get(goal.problem_id or 0, "")
        status = [line(Span(goal.lifecycle.label, "b"))]
        if goal.achievement is not None and goal.lifecycle is not GoalLifecycle.CANCELLED:
            status.append(line(goal.achievement.label))
        rows.append(
            (
                cell(
                    line(goal.description),
                    line(
                        Span(
                            translate("CarePlanSummary", "For: {problem}").format(problem=about),
                            "detail",
                        )
                    )
                    if about
                    else (),
                ),
                cell(*_target(goal, progress.get(goal.id or 0))),
                cell(line(short_date(goal.due_date) if goal.due_date else "—")),
                cell(*status),
            )
        )
    columns = (
        Column(translate("CarePlanSummary", "Goal"), 34),
        Column(translate("CarePlanSummary", "Target"), 28),
        Column(translate("CarePlanSummary", "Due"), 14),
        Column(translate("CarePlanSummary", "Status"), 24),
    )
    return [Heading(heading, 3), Table(columns, tuple(rows), "grid goals")]


def _target(goal: Goal, progress: GoalProgress | None) -> list[Line]:
    """The goal's target in words, then what it measures and how far it has come."""
    measured = _progress(goal, progress)
    if goal.target or not measured:
        return [line(goal.target) or line(Span("—", NONE)), *measured]
    return measured


def _progress(goal: Goal, progress: GoalProgress | None) -> list[Line]:
    """What a measured goal measures, and how far it has come: "PHQ-9 ≤ 10", "latest 9 on
    30 Nov 2026, improving", "Met"."""
    if progress is None or not goal.measure:
        return []
    side = "≤" if goal.measure_below else "≥"
    target = "" if goal.measure_target is None else f" {side} {_number(goal.measure_target)}"
    lines = [line(Span(f"{measure_name(goal.measure)}{target}", "detail"))]
    said = progress.so_far
    lines.append(line(Span(said[:1].upper() + said[1:], "detail")))
    if progress.met is not None:
        met = (
            translate("CarePlanSummary", "Met")
            if progress.met
            else translate("CarePlanSummary", "Not met")
        )
        lines.append(line(Span(met, "b")))
    return lines


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def chart_blocks(charts: list[TrendSeries]) -> list[Block]:
    """The charts of what the plan's goals measure, each with its target."""
    if not charts:
        return []
    blocks: list[Block] = [Heading(translate("CarePlanSummary", "Measured goals"))]
    for chart in charts:
        title = chart.title
        if chart.unit and chart.unit != "points":
            title = translate("CarePlanSummary", "{measure} ({unit})").format(
                measure=chart.title, unit=chart.unit
            )
        blocks += [Heading(title, 3), Chart(chart, 11)]
    return blocks


def _interventions(
    interventions: list[Intervention], names: dict[int, str], goals: dict[int, str]
) -> list[Block]:
    heading = translate("CarePlanSummary", "Interventions ({count})").format(
        count=len(interventions)
    )
    if not interventions:
        return nothing(heading, translate("CarePlanSummary", "No interventions recorded."), 3)
    rows = []
    for step in interventions:
        who = names.get(step.contact_id or 0, "") or step.performer
        goal = goals.get(step.goal_id or 0, "")
        rows.append(
            (
                cell(
                    line(step.description),
                    line(
                        Span(
                            translate("CarePlanSummary", "Towards: {goal}").format(goal=goal),
                            "detail",
                        )
                    )
                    if goal
                    else (),
                ),
                cell(line(who) or line(Span("—", NONE))),
                cell(line(step.frequency) or line(Span("—", NONE))),
                cell(line(step.status.label)),
            )
        )
    columns = (
        Column(translate("CarePlanSummary", "What"), 38),
        Column(translate("CarePlanSummary", "Who"), 24),
        Column(translate("CarePlanSummary", "How often"), 20),
        Column(translate("CarePlanSummary", "Status"), 18),
    )
    return [Heading(heading, 3), Table(columns, tuple(rows), "grid interventions")]


def _reviews(reviews: list[CarePlanReview]) -> list[Block]:
    if not reviews:
        return []
    rows = tuple(
        (cell(line(short_date(review.on_date))), cell(line(review.outcome))) for review in reviews
    )
    return [
        Heading(translate("CarePlanSummary", "Latest reviews"), 3),
        Table(
            (
                Column(translate("CarePlanSummary", "Date"), 16),
                Column(translate("CarePlanSummary", "Outcome"), 84),
            ),
            rows,
            "grid reviews",
        ),
    ]
