"""Rounding, money and an invoice's lines, against simple references written another way."""

from __future__ import annotations

import math
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.billing_records import Expense, TimeEntry, Trip
from carebook.core.errors import ValidationError
from carebook.core.invoicing import AGES, Billable, age_column, invoice_lines
from carebook.core.money import cents_for, format_cents, format_mills, parse_cents, parse_mills
from carebook.core.rounding import rounded_entries, rounded_up, rounding_note
from carebook.core.vocabularies import (
    DistanceUnit,
    ExpenseCategory,
    InvoiceGrouping,
    LineKind,
    Rounding,
    RoundingScope,
)

MINUTES = st.integers(1, 1440)
ROUNDINGS = st.sampled_from(list(Rounding))


@given(MINUTES, ROUNDINGS)
def test_an_entry_rounds_up_to_the_next_step_and_never_down(
    minutes: int, rounding: Rounding
) -> None:
    step = {"none": 1, "6": 6, "10": 10, "15": 15}[rounding.value]
    expected = math.ceil(minutes / step) * step
    assert rounded_up(minutes, rounding) == expected
    assert minutes <= rounded_up(minutes, rounding) < minutes + step


ENTRIES = st.lists(
    st.tuples(st.sampled_from([None, 1, 2]), st.integers(0, 3), MINUTES), min_size=1, max_size=20
)


@given(ENTRIES, ROUNDINGS)
def test_a_clients_day_is_rounded_as_one_total(
    raw: list[tuple[int | None, int, int]], rounding: Rounding
) -> None:
    entries = [(client, date(2026, 12, 1) + timedelta(days=day), m) for client, day, m in raw]
    billed = rounded_entries(entries, rounding, RoundingScope.DAY)
    step = rounding.step
    days: dict[tuple[int | None, date], tuple[int, int]] = {}
    for (client, day, minutes), bill in zip(entries, billed, strict=True):
        worked, charged = days.get((client, day), (0, 0))
        days[(client, day)] = (worked + minutes, charged + bill)
        assert bill >= minutes  # no entry bills less than was worked
    for worked, charged in days.values():
        assert charged == math.ceil(worked / step) * step


@given(ENTRIES, ROUNDINGS)
def test_rounding_each_entry_bills_at_least_rounding_each_day(
    raw: list[tuple[int | None, int, int]], rounding: Rounding
) -> None:
    entries = [(client, date(2026, 12, 1) + timedelta(days=day), m) for client, day, m in raw]
    each = sum(rounded_entries(entries, rounding, RoundingScope.ENTRY))
    daily = sum(rounded_entries(entries, rounding, RoundingScope.DAY))
    assert each >= daily >= sum(m for _c, _d, m in entries)


@given(st.integers(0, 100_000), st.sampled_from([10, 60]), st.integers(0, 2_000_000))
def test_an_amount_is_rounded_half_up_to_the_cent_once(quantity: int, per: int, mills: int) -> None:
    exact = Fraction(quantity * mills, per * 10)
    assert cents_for(quantity, per, mills) == math.floor(exact + Fraction(1, 2))


def test_worked_examples_to_the_cent() -> None:
    assert cents_for(50, 60, 125_000) == 10417  # 50 minutes at $125.00 an hour
    assert cents_for(248, 10, 725) == 1798  # 24.8 miles at 72.5 cents
    assert cents_for(10, 10, 725) == 73  # 72.5 cents: half a cent rounds up


@given(st.integers(0, 10**9))
def test_typed_money_reads_back_as_written(cents: int) -> None:
    assert parse_cents(format_cents(cents)) == cents
    assert parse_cents(format_cents(cents, symbol=False)) == cents


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("125.00", 12500), ("125", 12500), ("1,250.5", 125050), ("$ 40.05", 4005), (".5", 50)],
)
def test_amounts_as_coordinators_type_them(typed: str, cents: int) -> None:
    assert parse_cents(typed) == cents


@pytest.mark.parametrize("typed", ["", "12.345", "-5", "1e3", "12,34", "abc", "1.2.3"])
def test_amounts_that_are_not_money_are_refused_saying_what_to_type(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"125\.00|decimals"):
        parse_cents(typed)


def test_rates_a_mile_keep_their_third_decimal() -> None:
    assert parse_mills("0.725") == 725
    assert parse_mills("0.7") == 700
    assert format_mills(725) == "$0.725"
    assert format_mills(700) == "$0.70"
    assert format_cents(-500, "EUR") == "-€5.00"
    assert format_cents(500, "CHF") == "CHF 5.00"


def _billable(**changes: object) -> Billable:
    base: dict[str, object] = {
        "entries": [],
        "trips": [],
        "expenses": [],
        "grouping": InvoiceGrouping.DAY,
        "rounding": Rounding.NONE,
        "scope": RoundingScope.ENTRY,
        "unit": DistanceUnit.MILE,
        "mileage_mills": 725,
    }
    base.update(changes)
    return Billable(**base)  # type: ignore[arg-type]


def _entry(day: int, minutes: int, activity: str = "Home visit", rate: int = 12500) -> TimeEntry:
    return TimeEntry(
        id=day * 100 + minutes,
        patient_id=1,
        on_date=date(2026, 12, day),
        minutes=minutes,
        activity=activity,
        rate_cents=rate,
    )


def test_an_invoice_groups_time_by_day_or_by_activity() -> None:
    entries = [_entry(1, 50), _entry(1, 10, "Phone call"), _entry(2, 30, "Phone call")]
    by_day = invoice_lines(_billable(entries=entries))
    assert [(line.on_date, line.quantity) for line in by_day] == [
        (date(2026, 12, 1), 60),
        (date(2026, 12, 2), 30),
    ]
    by_activity = invoice_lines(_billable(entries=entries, grouping=InvoiceGrouping.ACTIVITY))
    assert sorted((line.description, line.quantity) for line in by_activity) == [
        ("Home visit: 1 time, 50 min", 50),
        ("Phone call: 2 times, 40 min", 40),
    ]
    assert [line.line_no for line in by_activity] == [1, 2]


def test_mileage_expenses_and_the_retainer_make_their_own_lines() -> None:
    trip = Trip(
        id=1,
        on_date=date(2026, 12, 1),
        from_place="Home",
        to_place="Ann Smith",
        distance_tenths=124,
        round_trip=True,
    )
    expense = Expense(
        id=1, on_date=date(2026, 12, 1), category=ExpenseCategory.PARKING, amount_cents=1200
    )
    lines = invoice_lines(
        _billable(entries=[_entry(1, 60)], trips=[trip], expenses=[expense], retainer_cents=100_000)
    )
    kinds = [line.kind for line in lines]
    assert kinds == [LineKind.TIME, LineKind.MILEAGE, LineKind.EXPENSE, LineKind.RETAINER]
    assert lines[1].quantity == 248 and lines[1].amount_cents == 1798
    # The retainer draws no more than the lines come to: the invoice totals zero.
    assert sum(line.amount_cents for line in lines) == 0
    assert lines[-1].amount_cents == -(12500 + 1798 + 1200)


@settings(max_examples=50)
@given(
    st.lists(st.tuples(st.integers(1, 28), MINUTES, st.integers(0, 50_000)), max_size=30), ROUNDINGS
)
def test_an_invoices_total_is_the_sum_of_its_entries_at_their_rates(
    raw: list[tuple[int, int, int]], rounding: Rounding
) -> None:
    entries = [
        TimeEntry(
            id=n,
            patient_id=1,
            on_date=date(2026, 12, day),
            minutes=m,
            activity="Visit",
            rate_cents=rate,
        )
        for n, (day, m, rate) in enumerate(raw, start=1)
    ]
    lines = invoice_lines(_billable(entries=entries, rounding=rounding))
    # Each line is one rate's day: its amount is its minutes at that rate, rounded once.
    expected = 0
    days: dict[tuple[date, int], int] = {}
    for entry in entries:
        key = (entry.on_date, entry.rate_cents)
        days[key] = days.get(key, 0) + rounded_up(entry.minutes, rounding)
    for (_day, rate), minutes in days.items():
        expected += math.floor(Fraction(minutes * rate, 60) + Fraction(1, 2))
    assert sum(line.amount_cents for line in lines) == expected


@pytest.mark.parametrize(
    ("late", "column"),
    [(-5, 0), (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (400, 4)],
)
def test_a_balance_ages_into_its_column(late: int, column: int) -> None:
    assert age_column(late) == column
    assert len(AGES) == 5


def test_the_invoice_says_how_its_time_was_rounded() -> None:
    assert rounding_note(Rounding.NONE, RoundingScope.ENTRY) == "Time is billed to the minute."
    assert "15 minutes, each entry" in rounding_note(Rounding.FIFTEEN, RoundingScope.ENTRY)
    assert "each day's total" in rounding_note(Rounding.SIX, RoundingScope.DAY)
