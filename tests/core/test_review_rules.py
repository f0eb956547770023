"""Care-plan reviews: which plans fall due, a recorded review and its next one, and the usual
time between reviews."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta

from carebook.core.errors import ValidationError
from carebook.core.records import CarePlan, CarePlanReview
from carebook.core.review_rules import (
    ReviewEntry,
    review_interval,
    reviews_fall_due,
    validate_review_entry,
)
from carebook.core.vocabularies import CarePlanStatus

TODAY = date(2026, 3, 15)


def test_the_usual_interval_is_the_last_gap_in_whole_weeks_or_months_else_three_months() -> None:
    plan = CarePlan(patient_id=1, title="Plan", next_review=date(2026, 9, 15))

    def reviewed(day: date) -> list[CarePlanReview]:
        return [CarePlanReview(care_plan_id=1, on_date=day, outcome="ok")]

    assert review_interval(plan, reviewed(date(2026, 6, 15))) == relativedelta(months=3)
    assert review_interval(plan, reviewed(date(2026, 3, 15))) == relativedelta(months=6)
    assert review_interval(plan, reviewed(date(2026, 8, 4))) == relativedelta(weeks=6)
    assert review_interval(plan, reviewed(date(2026, 8, 5))) == relativedelta(months=3)
    assert review_interval(plan, reviewed(date(2026, 9, 12))) == relativedelta(months=3)
    assert review_interval(plan, []) == relativedelta(months=3)


def test_only_a_draft_or_active_plan_falls_due_for_review() -> None:
    due = {
        status: reviews_fall_due(CarePlan(patient_id=1, title="Plan", status=status))
        for status in CarePlanStatus
    }
    assert due == {
        status: status in (CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE) for status in CarePlanStatus
    }


def test_a_recorded_review_needs_its_outcome_and_a_next_review_after_it() -> None:
    entry = ReviewEntry(care_plan_id=1, on_date=TODAY, outcome="Walking better")
    validate_review_entry(entry, TODAY)  # no next review planned: fine
    entry.next_review = date(2026, 6, 15)
    validate_review_entry(entry, TODAY)
    for next_review in (TODAY, date(2026, 3, 1)):
        entry.next_review = next_review
        with pytest.raises(ValidationError, match="must come after this one") as refused:
            validate_review_entry(entry, TODAY)
        assert refused.value.field == "next_review"
    entry.next_review, entry.outcome = None, ""
    with pytest.raises(ValidationError):
        validate_review_entry(entry, TODAY)


def test_a_review_entry_is_the_review_it_records() -> None:
    entry = ReviewEntry(care_plan_id=7, on_date=TODAY, outcome="ok", next_review=date(2026, 6, 1))
    assert entry.review() == CarePlanReview(care_plan_id=7, on_date=TODAY, outcome="ok")
