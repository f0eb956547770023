"""Repeat patterns: RRULE text both ways, expansion against a day-by-day reference, checking."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.recurrence import parse_rule
from carebook.core.repeat_pattern import (
    ENDS,
    FREQUENCIES,
    LAST,
    MAX_COUNT,
    MAX_INTERVAL,
    WEEKS_OF_MONTH,
    Frequency,
    RepeatPattern,
    canonical,
    default_for,
    describe,
    first_starts,
    from_rrule,
    month_positions,
    to_rrule,
    validate,
)

TUESDAY = datetime(2026, 11, 24, 9, 30)  # the fourth and last Tuesday of November 2026

starts = st.builds(
    datetime.combine,
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    st.times().map(lambda moment: moment.replace(second=0, microsecond=0)),
)


@st.composite
def patterns(
    draw: st.DrawFn, start: datetime, max_interval: int = MAX_INTERVAL, max_count: int = MAX_COUNT
) -> RepeatPattern:
    """Any valid pattern for this start, with every field it does not use at its default.

    Each one happens: a day the 29th to 31st only every month (every other month, or every
    twelfth, on the 30th can be only Februaries), 29 February only every year.
    """
    frequency = draw(st.sampled_from(FREQUENCIES))
    if frequency == "none":
        return RepeatPattern()
    end = draw(st.sampled_from(ENDS))
    month_day = draw(st.integers(1, 31)) if frequency == "monthly_by_date" else None
    rare = (month_day or 0) > 28 or (frequency == "yearly" and (start.month, start.day) == (2, 29))
    return RepeatPattern(
        frequency=frequency,
        interval=1 if rare else draw(st.integers(1, max_interval)),
        weekdays=draw(st.frozensets(st.integers(0, 6), min_size=1))
        if frequency == "weekly"
        else frozenset(),
        month_day=month_day,
        week_of_month=draw(st.sampled_from(WEEKS_OF_MONTH))
        if frequency == "monthly_by_weekday"
        else None,
        weekday=draw(st.integers(0, 6)) if frequency == "monthly_by_weekday" else None,
        end=end,
        until=start.date() + timedelta(days=draw(st.integers(0, 2000))) if end == "until" else None,
        count=draw(st.integers(1, max_count)) if end == "count" else None,
    )


@st.composite
def starts_and_patterns(
    draw: st.DrawFn, max_interval: int = MAX_INTERVAL, max_count: int = MAX_COUNT
) -> tuple[datetime, RepeatPattern]:
    start = draw(starts)
    return start, draw(patterns(start, max_interval, max_count))


# --- Round trips ----------------------------------------------------------------------------------


@given(starts_and_patterns())
def test_reading_what_was_written_gives_the_pattern_back(
    case: tuple[datetime, RepeatPattern],
) -> None:
    start, pattern = case
    validate(pattern, start)
    assert from_rrule(to_rrule(pattern), start) == pattern


@given(
    starts_and_patterns(),
    st.frozensets(st.integers(0, 6)),
    st.integers(1, 31),
    st.sampled_from(WEEKS_OF_MONTH),
    st.integers(0, 6),
    st.dates(),
    st.integers(1, 50),
)
def test_fields_a_frequency_does_not_use_are_ignored(
    case: tuple[datetime, RepeatPattern],
    weekdays: frozenset[int],
    month_day: int,
    week_of_month: int,
    weekday: int,
    until: date,
    count: int,
) -> None:
    _, pattern = case
    noisy = replace(
        pattern,
        month_day=pattern.month_day or month_day,
        week_of_month=pattern.week_of_month or week_of_month,
        weekday=pattern.weekday if pattern.weekday is not None else weekday,
        weekdays=pattern.weekdays or weekdays,
        until=pattern.until or until,
        count=pattern.count or count,
    )
    assert canonical(noisy) == pattern
    assert to_rrule(noisy) == to_rrule(pattern)


@given(starts_and_patterns())
def test_every_written_rule_is_one_the_appointments_accept(
    case: tuple[datetime, RepeatPattern],
) -> None:
    start, pattern = case
    text = to_rrule(pattern)
    if text:
        parse_rule(text, start)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (RepeatPattern(), ""),
        (RepeatPattern(frequency="daily"), "FREQ=DAILY"),
        (
            RepeatPattern(
                frequency="weekly",
                interval=2,
                weekdays=frozenset({3, 1}),
                end="until",
                until=date(2027, 1, 31),
            ),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270131T235959",
        ),
        (
            RepeatPattern(
                frequency="weekly", interval=2, weekdays=frozenset({1, 3}), end="count", count=10
            ),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10",
        ),
        (RepeatPattern(frequency="monthly_by_date", month_day=31), "FREQ=MONTHLY;BYMONTHDAY=31"),
        (
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=LAST, weekday=4),
            "FREQ=MONTHLY;BYDAY=-1FR",
        ),
        (
            RepeatPattern(frequency="monthly_by_weekday", interval=3, week_of_month=4, weekday=1),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=4TU",
        ),
        (RepeatPattern(frequency="yearly", end="count", count=5), "FREQ=YEARLY;COUNT=5"),
    ],
)
def test_written_rules(pattern: RepeatPattern, text: str) -> None:
    assert to_rrule(pattern) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", RepeatPattern()),
        ("  ", RepeatPattern()),
        ("RRULE:FREQ=WEEKLY", RepeatPattern(frequency="weekly", weekdays=frozenset({1}))),
        (
            "freq=weekly;interval=1;byday=mo,we",
            RepeatPattern(frequency="weekly", weekdays=frozenset({0, 2})),
        ),
        (
            "FREQ=WEEKLY;WKST=SU;BYDAY=SU",
            RepeatPattern(frequency="weekly", weekdays=frozenset({6})),
        ),
        (
            "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            RepeatPattern(frequency="weekly", weekdays=frozenset(range(5))),
        ),
        ("FREQ=MONTHLY", RepeatPattern(frequency="monthly_by_date", month_day=24)),
        ("FREQ=MONTHLY;BYMONTHDAY=+5", RepeatPattern(frequency="monthly_by_date", month_day=5)),
        (
            "FREQ=MONTHLY;BYDAY=+4TU",
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=4, weekday=1),
        ),
        (
            "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1",
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=LAST, weekday=4),
        ),
        ("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=24", RepeatPattern(frequency="yearly")),
        ("FREQ=YEARLY;BYMONTH=11", RepeatPattern(frequency="yearly")),
        # UNTIL earlier in the day than the 09:30 start: that day's visit is not part of the series.
        (
            "FREQ=DAILY;UNTIL=20270131",
            RepeatPattern(frequency="daily", end="until", until=date(2027, 1, 30)),
        ),
        (
            "FREQ=DAILY;UNTIL=20270131T093000",
            RepeatPattern(frequency="daily", end="until", until=date(2027, 1, 31)),
        ),
        (
            "FREQ=DAILY;UNTIL=20270131T092959",
            RepeatPattern(frequency="daily", end="until", until=date(2027, 1, 30)),
        ),
    ],
)
def test_hand_written_rules_are_read(text: str, expected: RepeatPattern) -> None:
    assert from_rrule(text, TUESDAY) == expected


@given(
    st.sampled_from(
        [
            "FREQ=DAILY;BYDAY=MO,TU",
            "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3",
            "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1",
            "FREQ=YEARLY",
            "FREQ=MONTHLY;UNTIL=20300101",
            "FREQ=WEEKLY;INTERVAL=3",
        ]
    ),
    starts,
)
def test_a_hand_written_rule_means_what_its_pattern_writes(text: str, start: datetime) -> None:
    pattern = from_rrule(text, start)
    horizon = start + timedelta(days=5 * 366)
    assert list(parse_rule(to_rrule(pattern), start).between(start, horizon, inc=True)) == list(
        parse_rule(text, start).between(start, horizon, inc=True)
    )


@pytest.mark.parametrize(
    "text",
    [
        "nonsense",
        "FREQ=HOURLY",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20270101",
        "FREQ=WEEKLY;UNTIL=20270131T235959Z",  # UTC, while visits keep local wall-clock time
        "FREQ=WEEKLY;BYHOUR=9",
        "FREQ=WEEKLY;BYDAY=1TU",
        "FREQ=WEEKLY;BYMONTH=1",
        "FREQ=WEEKLY;INTERVAL=2;WKST=SU",
        "FREQ=DAILY;INTERVAL=2;BYDAY=MO",
        "FREQ=DAILY;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYDAY=TU",
        "FREQ=MONTHLY;BYDAY=5TU",
        "FREQ=MONTHLY;BYDAY=2TU,4TU",
        "FREQ=MONTHLY;BYDAY=2TU;BYSETPOS=1",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYSETPOS=2",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=MONTHLY;BYMONTHDAY=24;BYDAY=TU",
        "FREQ=MONTHLY;BYMONTH=1,7",
        "FREQ=YEARLY;BYMONTH=3",
        "FREQ=YEARLY;BYMONTHDAY=24",
        "FREQ=YEARLY;BYDAY=-1FR",
        "FREQ=DAILY;BYSETPOS=1",
    ],
)
def test_rules_no_pattern_expresses_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        from_rrule(text, TUESDAY)


# --- Expansion against a day-by-day reference -----------------------------------------------------


def _months_between(first: date, day: date) -> int:
    return (day.year - first.year) * 12 + day.month - first.month


def _on_rule_day(pattern: RepeatPattern, first: date, day: date) -> bool:
    """Whether the pattern names `day`, read straight from its fields (weeks start on Monday)."""
    if pattern.frequency == "daily":
        return (day - first).days % pattern.interval == 0
    if pattern.frequency == "weekly":
        weeks = (
            (day - timedelta(days=day.weekday())) - (first - timedelta(days=first.weekday()))
        ).days // 7
        return weeks % pattern.interval == 0 and day.weekday() in pattern.weekdays
    if pattern.frequency == "yearly":
        return (day.year - first.year) % pattern.interval == 0 and (day.month, day.day) == (
            first.month,
            first.day,
        )
    if _months_between(first, day) % pattern.interval:
        return False
    if pattern.frequency == "monthly_by_date":
        return day.day == pattern.month_day  # a month without that day has no occurrence
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    place = LAST if day.day + 7 > days_in_month else (day.day - 1) // 7 + 1
    nth = (day.day - 1) // 7 + 1
    return day.weekday() == pattern.weekday and pattern.week_of_month in (nth, place)


def reference_starts(pattern: RepeatPattern, start: datetime, horizon: date) -> list[datetime]:
    """Step one day at a time from the start, keeping the days the pattern names."""
    found: list[datetime] = []
    day = start.date()
    while day <= horizon and (pattern.until is None or day <= pattern.until):
        if _on_rule_day(pattern, start.date(), day):
            found.append(datetime.combine(day, start.time()))
            if len(found) == pattern.count:
                break
        day += timedelta(days=1)
    return found


def dateutil_starts(pattern: RepeatPattern, start: datetime, horizon: date) -> list[datetime]:
    found: list[datetime] = []
    for moment in parse_rule(to_rrule(pattern), start):
        if moment.date() > horizon:
            break
        found.append(moment)
    return found


@settings(max_examples=300)
@given(starts_and_patterns(max_interval=5, max_count=40))
def test_expansion_matches_the_day_by_day_reference(case: tuple[datetime, RepeatPattern]) -> None:
    start, pattern = case
    if pattern.frequency == "none":
        return
    horizon = start.date() + timedelta(days=3 * 366)
    assert dateutil_starts(pattern, start, horizon) == reference_starts(pattern, start, horizon)


def _dates(pattern: RepeatPattern, start: datetime, how_many: int) -> list[date]:
    return [moment.date() for moment in first_starts(to_rrule(pattern), start, how_many)]


def test_weekly_on_tuesday_and_thursday_every_other_week_ten_times() -> None:
    pattern = RepeatPattern(
        frequency="weekly", interval=2, weekdays=frozenset({1, 3}), end="count", count=10
    )
    got = _dates(pattern, TUESDAY, 20)
    assert got[:4] == [
        date(2026, 11, 24),
        date(2026, 11, 26),
        date(2026, 12, 8),
        date(2026, 12, 10),
    ]
    assert len(got) == 10


def test_monthly_on_the_31st_skips_shorter_months() -> None:
    pattern = RepeatPattern(frequency="monthly_by_date", month_day=31)
    got = _dates(pattern, datetime(2026, 1, 31, 9, 0), 5)
    assert got == [
        date(2026, 1, 31),
        date(2026, 3, 31),
        date(2026, 5, 31),
        date(2026, 7, 31),
        date(2026, 8, 31),
    ]


def test_monthly_on_the_last_friday() -> None:
    pattern = RepeatPattern(frequency="monthly_by_weekday", week_of_month=LAST, weekday=4)
    got = _dates(pattern, datetime(2026, 1, 30, 14, 0), 4)
    assert got == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27), date(2026, 4, 24)]


def test_until_keeps_a_visit_on_the_end_date_whatever_its_time() -> None:
    pattern = RepeatPattern(frequency="daily", end="until", until=date(2026, 11, 26))
    late = datetime(2026, 11, 24, 23, 45)
    assert _dates(pattern, late, 10) == [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)]


def test_first_starts_of_no_repeats_is_the_start() -> None:
    assert first_starts("", TUESDAY, 3) == [TUESDAY]


# --- Defaults -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "places"),
    [
        (date(2026, 11, 24), (4, LAST)),  # the fourth Tuesday is also the last
        (date(2026, 11, 10), (2,)),
        (date(2026, 11, 1), (1,)),
        (date(2026, 11, 29), (LAST,)),  # a fifth Sunday is only ever "the last"
        (date(2026, 11, 30), (LAST,)),
        (date(2026, 2, 28), (4, LAST)),
    ],
)
def test_month_positions(day: date, places: tuple[int, ...]) -> None:
    assert month_positions(day) == places


def test_defaults_follow_the_start() -> None:
    assert default_for(TUESDAY, "none") == RepeatPattern()
    assert default_for(TUESDAY, "daily") == RepeatPattern(frequency="daily")
    assert default_for(TUESDAY, "weekly") == RepeatPattern(
        frequency="weekly", weekdays=frozenset({1})
    )
    assert default_for(TUESDAY, "monthly_by_date") == RepeatPattern(
        frequency="monthly_by_date", month_day=24
    )
    assert default_for(TUESDAY, "monthly_by_weekday") == RepeatPattern(
        frequency="monthly_by_weekday", week_of_month=4, weekday=1
    )
    assert default_for(datetime(2026, 11, 29, 9), "monthly_by_weekday") == RepeatPattern(
        frequency="monthly_by_weekday", week_of_month=LAST, weekday=6
    )
    assert default_for(TUESDAY, "yearly") == RepeatPattern(frequency="yearly")


@given(starts, st.sampled_from(FREQUENCIES))
def test_defaults_are_valid_and_include_the_start(start: datetime, frequency: Frequency) -> None:
    pattern = default_for(start, frequency)
    validate(pattern, start)
    assert first_starts(to_rrule(pattern), start, 1) == [start]


# --- Checking -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "field", "words"),
    [
        (RepeatPattern(frequency="weekly"), "weekdays", "day of the week"),
        (RepeatPattern(frequency="weekly", weekdays=frozenset({7})), "weekdays", "Monday"),
        (RepeatPattern(frequency="daily", interval=0), "interval", "every"),
        (RepeatPattern(frequency="daily", interval=100), "interval", "every"),
        (RepeatPattern(frequency="daily", end="count", count=0), "count", "number of times"),
        (RepeatPattern(frequency="daily", end="count", count=1001), "count", "number of times"),
        (RepeatPattern(frequency="daily", end="count"), "count", "number of times"),
        (RepeatPattern(frequency="daily", end="until"), "until", "end"),
        (RepeatPattern(frequency="daily", end="until", until=date(2026, 11, 23)), "until", "end"),
        (RepeatPattern(frequency="monthly_by_date"), "month_day", "day of the month"),
        (RepeatPattern(frequency="monthly_by_date", month_day=32), "month_day", "day of the month"),
        (RepeatPattern(frequency="monthly_by_weekday", weekday=1), "week_of_month", "week"),
        (
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=5, weekday=1),
            "week_of_month",
            "week",
        ),
        (
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=2),
            "weekday",
            "day of the week",
        ),
        (RepeatPattern(frequency="hourly"), "frequency", "frequency"),  # type: ignore[arg-type]
        (RepeatPattern(frequency="daily", end="sometime"), "end", "end"),  # type: ignore[arg-type]
    ],
)
def test_validation_names_the_field(pattern: RepeatPattern, field: str, words: str) -> None:
    with pytest.raises(ValidationError, match=f"(?i){words}") as raised:
        validate(pattern, TUESDAY)
    assert raised.value.field == field


@pytest.mark.parametrize(
    "pattern",
    [
        RepeatPattern(),
        RepeatPattern(frequency="none", interval=0, end="count"),  # unused fields are not checked
        RepeatPattern(frequency="monthly_by_date", month_day=31),
        RepeatPattern(frequency="daily", end="until", until=TUESDAY.date()),
        RepeatPattern(frequency="daily", interval=MAX_INTERVAL, end="count", count=MAX_COUNT),
    ],
)
def test_valid_patterns_pass(pattern: RepeatPattern) -> None:
    validate(pattern, TUESDAY)


def test_an_incomplete_pattern_is_not_written() -> None:
    with pytest.raises(ValidationError) as raised:
        to_rrule(RepeatPattern(frequency="weekly"))
    assert raised.value.field == "weekdays"


# --- Words ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (RepeatPattern(), "Does not repeat"),
        (
            RepeatPattern(
                frequency="weekly", interval=2, weekdays=frozenset({1, 3}), end="count", count=10
            ),
            "Every 2 weeks on Tue, Thu, 10 times",
        ),
        (
            RepeatPattern(frequency="monthly_by_weekday", week_of_month=LAST, weekday=4),
            "Monthly on the last Fri",
        ),
        (
            RepeatPattern(
                frequency="monthly_by_date", month_day=24, end="until", until=date(2027, 1, 31)
            ),
            "Monthly on day 24, until 31 Jan 2027",
        ),
        (RepeatPattern(frequency="daily", interval=3), "Every 3 days"),
    ],
)
def test_describe(pattern: RepeatPattern, words: str) -> None:
    assert describe(pattern) == words


def test_a_start_time_is_kept() -> None:
    pattern = RepeatPattern(frequency="daily", end="count", count=2)
    assert first_starts(to_rrule(pattern), TUESDAY, 5) == [
        TUESDAY,
        datetime.combine(date(2026, 11, 25), time(9, 30)),
    ]
