"""Care-plan reviews: which plans fall due, recording one, and the usual time between them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from carebook.core.errors import ValidationError
from carebook.core.records import CarePlan, CarePlanReview
from carebook.core.validation import validate_care_plan_review
from carebook.core.vocabularies import CarePlanStatus
from carebook.core.words import translate

#: The plans whose reviews fall due; one on hold, completed or revoked is not reviewed (nor on
#: the Agenda) until it runs again.
REVIEWED_STATUSES = frozenset({CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE})
#: A plan with no review history of its own is next reviewed this long after a review.
USUAL_INTERVAL = relativedelta(months=3)


def reviews_fall_due(plan: CarePlan) -> bool:
    """Whether the plan's next review falls due (see REVIEWED_STATUSES)."""
    return plan.status in REVIEWED_STATUSES


@dataclass(slots=True, kw_only=True)
class ReviewEntry:
    """A review being recorded, and when the plan is next reviewed."""

    care_plan_id: int
    on_date: date
    outcome: str = ""
    next_review: date | None = None

    def review(self) -> CarePlanReview:
        return CarePlanReview(
            care_plan_id=self.care_plan_id, on_date=self.on_date, outcome=self.outcome
        )


def validate_review_entry(entry: ReviewEntry, today: date) -> None:
    """The review as any review is checked, and a next review after it, if one is given."""
    validate_care_plan_review(entry.review(), today)
    if entry.next_review is not None and entry.next_review <= entry.on_date:
        raise ValidationError(
            translate("ReviewRules", "The next review must come after this one."), "next_review"
        )


def review_interval(plan: CarePlan, reviews: Sequence[CarePlanReview]) -> relativedelta:
    """How long the plan usually runs between reviews: from its last review to the next one that
    review set, when that is whole weeks or months between a week and a year; otherwise three
    months."""
    if reviews and plan.next_review is not None:
        last = reviews[0].on_date  # latest first
        days = (plan.next_review - last).days
        gap = relativedelta(plan.next_review, last)
        if 7 <= days <= 366:
            if gap.days == 0:
                return relativedelta(years=gap.years, months=gap.months)
            if days % 7 == 0:
                return relativedelta(weeks=days // 7)
    return USUAL_INTERVAL
