"""Any repeat rule, however written: refused with a reason, or laid out within the limits."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.dates import LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.kinds import validate_record
from carebook.core.records import Appointment, OccurrenceChange, Task
from carebook.core.recurrence import (
    last_start,
    occurrences,
    occurrences_between,
    parse_rule,
    starts,
    starts_between,
)
from carebook.core.repeat_limits import LAST_MOMENT, MOST_A_DAY, MOST_IN_A_SERIES
from tests.core.test_recurrence import _appointment, _zone, firsts, reference_series, rules

TODAY = date(2026, 3, 2)
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _numbers(low: int, high: int, most: int = 6) -> st.SearchStrategy[str]:
    return st.lists(st.integers(low, high), min_size=1, max_size=most).map(
        lambda values: ",".join(map(str, values))
    )


#: Each part a rule may hold, with values from the everyday to the absurd.
PARTS: dict[str, st.SearchStrategy[str]] = {
    "INTERVAL": st.one_of(st.integers(1, 4), st.integers(1, 10**9)).map(str),
    "COUNT": st.one_of(st.integers(1, 60), st.integers(1, 10**9)).map(str),
    "UNTIL": st.builds(
        lambda day, clock: f"{day:%Y%m%d}" + (f"T{clock:%H%M%S}" if clock else ""),
        st.dates(min_value=date(1870, 1, 1), max_value=date(9999, 12, 31)),
        st.one_of(st.none(), st.times()),
    ),
    "BYDAY": st.lists(
        st.tuples(
            st.one_of(st.just(""), st.integers(-53, 53).filter(bool).map(str)),
            st.sampled_from(DAYS),
        ),
        min_size=1,
        max_size=4,
    ).map(lambda items: ",".join(n + d for n, d in items)),
    "BYHOUR": st.one_of(_numbers(0, 23, 3), _numbers(0, 23, 24)),
    "BYMINUTE": st.one_of(_numbers(0, 59, 3), _numbers(0, 59, 60)),
    "BYSECOND": _numbers(0, 59, 3),
    "BYMONTHDAY": _numbers(-31, 31, 3).filter(lambda text: "0" not in text.split(",")),
    "BYMONTH": _numbers(1, 12, 3),
    "BYSETPOS": _numbers(-5, 5, 2).filter(lambda text: "0" not in text.split(",")),
    "BYYEARDAY": _numbers(-366, 366, 2).filter(lambda text: "0" not in text.split(",")),
    "BYWEEKNO": _numbers(1, 53, 2),
    "WKST": st.sampled_from(DAYS),
}


@st.composite
def written_rules(draw: st.DrawFn) -> str:
    """A rule as a spreadsheet cell or a FHIR comment might hold it."""
    chosen = draw(st.lists(st.sampled_from(sorted(PARTS)), max_size=4, unique=True))
    if "COUNT" in chosen and "UNTIL" in chosen:
        chosen.remove("UNTIL")
    parts = [f"FREQ={draw(st.sampled_from(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']))}"]
    parts += [f"{name}={draw(PARTS[name])}" for name in chosen]
    return ";".join(parts)


STARTS = st.builds(
    datetime.combine,
    st.dates(min_value=date(1880, 1, 1), max_value=LATEST_DATE),
    st.times().map(lambda moment: moment.replace(second=0, microsecond=0)),
)


def _within_limits(found: list[datetime], ends: bool) -> None:
    assert found == sorted(set(found))
    assert not found or found[-1] <= LAST_MOMENT
    assert max(Counter(moment.date() for moment in found).values(), default=0) <= MOST_A_DAY
    if ends:
        assert len(found) <= MOST_IN_A_SERIES


@settings(max_examples=120, deadline=None)
@given(rule=written_rules(), start=STARTS)
def test_a_rule_is_refused_or_laid_out_within_the_limits(rule: str, start: datetime) -> None:
    appointment = Appointment(id=1, patient_id=1, start=start, rrule=rule, tz="Europe/London")
    try:
        parse_rule(rule, start)
        validate_record(appointment, TODAY)
    except ValidationError as refused:
        assert str(refused)
        return
    ends = "COUNT" in rule or "UNTIL" in rule
    # A series without end is laid out from its start a season or two past today.
    until = LAST_MOMENT if ends else min(start + timedelta(days=800), LAST_MOMENT)
    found = list(starts(appointment, until))
    _within_limits(found, ends)
    assert len(occurrences(appointment, [], until)) == len(found)
    assert last_start(appointment) == (found[-1] if ends and found else None)


@settings(max_examples=100, deadline=None)
@given(rule=written_rules(), start=STARTS)
def test_a_rule_saved_before_the_limits_is_laid_out_within_them(rule: str, start: datetime) -> None:
    # Not validated: what an older carebook, or another program, may have left in the file.
    appointment = Appointment(id=1, patient_id=1, start=start, rrule=rule, tz="UTC")
    ends = "COUNT" in rule or "UNTIL" in rule
    try:
        found = list(starts(appointment, min(start + timedelta(days=800), LAST_MOMENT)))
        last = last_start(appointment)
    except ValidationError:
        return  # a rule that does not read at all
    _within_limits(found, ends)
    if not ends:
        assert last is None
    elif found:
        assert last is not None and found[-1] <= last


@settings(max_examples=60, deadline=None)
@given(rule=written_rules(), due=st.dates(min_value=date(1880, 1, 1), max_value=LATEST_DATE))
def test_a_tasks_rule_is_refused_or_kept_and_nothing_else(rule: str, due: date) -> None:
    try:
        validate_record(Task(title="Call", due_date=due, rrule=rule), TODAY)
    except ValidationError as refused:
        assert refused.field == "rrule"


@settings(max_examples=80, deadline=None)
@given(data=st.data(), series=firsts(), years=st.integers(0, 170), days=st.integers(0, 40))
def test_a_far_span_read_from_the_rule_is_what_laying_it_out_gives(
    data: st.DataObject, series: tuple[datetime, str | None], years: int, days: int
) -> None:
    first, zone = series
    rule = data.draw(rules(first), label="rule")
    appointment = _appointment(first, rule.text, zone=zone)
    begin = min(
        first + timedelta(days=365 * years + data.draw(st.integers(0, 364))), datetime(2199, 11, 1)
    )
    end = begin + timedelta(days=days, hours=data.draw(st.integers(0, 23)))
    if years < 3:  # near enough to expand day by day without the rule
        expected = [
            moment for moment in reference_series(first, rule, end, _zone(zone)) if moment >= begin
        ]
        assert list(starts_between(appointment, begin, end)) == expected
    laid_out = [moment for moment in starts(appointment, end) if moment >= begin]
    assert list(starts_between(appointment, begin, end)) == laid_out
    # The visits of the span past a horizon, with one moved into it from further on.
    horizon = begin - timedelta(days=data.draw(st.integers(-5, 5)))
    later = [moment for moment in starts(appointment, end + timedelta(days=60)) if moment > end]
    changes = (
        [
            OccurrenceChange(
                appointment_id=1, original_start=later[0], start=begin + timedelta(hours=1)
            )
        ]
        if later
        else []
    )
    made = sorted(
        (o.original_start, o.start)
        for o in occurrences_between(appointment, changes, begin, end, after=horizon)
    )
    whole = sorted(
        (o.original_start, o.start)
        for o in occurrences(appointment, changes, end + timedelta(days=60))
        if o.original_start > horizon and begin <= o.start <= end
    )
    assert made == whole


def test_reading_a_day_a_century_ahead_does_not_walk_every_day_to_it() -> None:
    daily = Appointment(
        id=1, patient_id=1, start=datetime(1990, 1, 1, 9, 0), rrule="FREQ=DAILY;BYHOUR=9,13,17,21"
    )
    day = datetime(2199, 12, 31)
    found = list(starts_between(daily, day, day + timedelta(hours=23, minutes=59)))
    assert [moment.time() for moment in found] == [time(9), time(13), time(17), time(21)]


def test_a_series_counted_past_the_last_day_ends_where_carebook_lays_it_out() -> None:
    """Found by the property test above: 46 January Mondays from 1 February 2189 run into
    2200; the series' last start is the last one kept, on or before 31 December 2199."""
    start = datetime(2189, 2, 1)
    appointment = Appointment(
        id=1, patient_id=1, start=start, rrule="FREQ=WEEKLY;COUNT=46;BYMONTH=1", tz="Europe/London"
    )
    found = list(starts(appointment, LAST_MOMENT))
    assert found and found[-1] <= LAST_MOMENT
    assert last_start(appointment) == found[-1]
