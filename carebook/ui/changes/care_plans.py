"""A care plan's review recorded, with when the next one is due."""

from __future__ import annotations

from datetime import date

from carebook.core.records import CarePlanReview
from carebook.ui.commands import Caseload


def review_care_plan(
    caseload: Caseload, text: str, review: CarePlanReview, next_review: date | None
) -> CarePlanReview:
    """Record a review of the plan and move its next review date; the review saved."""
    saved: list[CarePlanReview] = []

    def run() -> None:
        saved.append(caseload.store.care_plans.review_care_plan(review, next_review))

    caseload.change(text, "care_plan", run, touches=[("care_plan", review.care_plan_id)])
    return saved[0]
