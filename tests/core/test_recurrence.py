"""Recurring appointments: expansion against a day-by-day reference, exceptions, words, refusals."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.recurrence import (
    Occurrence,
    describe,
    last_start,
    occurrences,
    parse_rule,
    starts,
)
from carebook.core.vocabularies import AppointmentStatus

T = TypeVar("T")
CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
UTC = ZoneInfo("UTC")

#: The days the clocks change, from the published rules (London: last Sundays of March and
#: October; New York: second Sunday of March, first of November). Checked below.
CLOCK_CHANGES = {
    "Europe/London": (
        date(2024, 3, 31),
        date(2024, 10, 27),
        date(2025, 3, 30),
        date(2025, 10, 26),
        date(2026, 3, 29),
        date(2026, 10, 25),
        date(2027, 3, 28),
        date(2027, 10, 31),
    ),
    "America/New_York": (
        date(2024, 3, 10),
        date(2024, 11, 3),
        date(2025, 3, 9),
        date(2025, 11, 2),
        date(2026, 3, 8),
        date(2026, 11, 1),
        date(2027, 3, 14),
        date(2027, 11, 7),
    ),
}


@dataclass(frozen=True)
class Rule:
    """An RRULE as its parts, so the reference can expand it without dateutil.

    `byday` holds (ordinal or None, weekday with Monday 0); `until` is a local date-time, or a
    bare date (which the app reads as that day's midnight).
    """

    freq: str
    interval: int = 1
    byday: tuple[tuple[int | None, int], ...] = ()
    bymonthday: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()
    bysetpos: tuple[int, ...] = ()
    wkst: int | None = None
    count: int | None = None
    until: datetime | date | None = None

    @property
    def text(self) -> str:
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.byday:
            parts.append(
                "BYDAY="
                + ",".join(f"{'' if n is None else n}{CODES[day]}" for n, day in self.byday)
            )
        if self.bymonthday:
            parts.append("BYMONTHDAY=" + ",".join(map(str, self.bymonthday)))
        if self.bymonth:
            parts.append("BYMONTH=" + ",".join(map(str, self.bymonth)))
        if self.bysetpos:
            parts.append("BYSETPOS=" + ",".join(map(str, self.bysetpos)))
        if self.wkst is not None:
            parts.append(f"WKST={CODES[self.wkst]}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if isinstance(self.until, datetime):
            parts.append(f"UNTIL={self.until:%Y%m%dT%H%M%S}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        return ";".join(parts)


# --- The reference: RFC 5545 read one day at a time ----------------------------------------------


def _days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _week_start(day: date, wkst: int) -> date:
    return day - timedelta(days=(day.weekday() - wkst) % 7)


def _period(rule: Rule, day: date) -> tuple[date, date]:
    """The first and last day of the DAILY, WEEKLY, MONTHLY or YEARLY period holding `day`."""
    if rule.freq == "DAILY":
        return day, day
    if rule.freq == "WEEKLY":
        monday = _week_start(day, rule.wkst or 0)
        return monday, monday + timedelta(days=6)
    if rule.freq == "MONTHLY":
        return day.replace(day=1), day.replace(day=_days_in_month(day))
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _in_interval(rule: Rule, first: date, day: date) -> bool:
    """Whether `day` lies in a period the INTERVAL keeps, counting from the first's period."""
    if rule.freq == "DAILY":
        periods = (day - first).days
    elif rule.freq == "WEEKLY":  # weeks begin on WKST, Monday unless the rule says otherwise
        periods = (_week_start(day, rule.wkst or 0) - _week_start(first, rule.wkst or 0)).days // 7
    elif rule.freq == "MONTHLY":
        periods = (day.year - first.year) * 12 + day.month - first.month
    else:
        periods = day.year - first.year
    return periods % rule.interval == 0


def _places(day: date, in_month: bool) -> tuple[int, int]:
    """Which of its weekday `day` is in its month (or year), counted from the start and the end:
    2026-01-30 is the fifth and the last (-1) Friday of January."""
    position, length = (
        (day.day, _days_in_month(day))
        if in_month
        else (day.timetuple().tm_yday, 366 if calendar.isleap(day.year) else 365)
    )
    return (position - 1) // 7 + 1, -((length - position) // 7 + 1)


def _named(rule: Rule, first: date, day: date) -> bool:
    """Whether every BY part but BYSETPOS names `day`, each read from its definition."""
    if rule.bymonth and day.month not in rule.bymonth:
        return False
    if rule.bymonthday and not any(
        day.day == (n if n > 0 else _days_in_month(day) + n + 1) for n in rule.bymonthday
    ):
        return False  # a month without that day has no occurrence
    if rule.byday:
        # Ordinals count within the month for MONTHLY, or YEARLY limited to months; else the year.
        places = _places(day, rule.freq == "MONTHLY" or bool(rule.bymonth))
        if not any(
            weekday == day.weekday() and (n is None or n in places) for n, weekday in rule.byday
        ):
            return False
    if not rule.byday and not rule.bymonthday:
        # Nothing names a day: the first's weekday, day of the month, or date in the year.
        if rule.freq == "WEEKLY":
            return day.weekday() == first.weekday()
        if rule.freq == "MONTHLY":
            return day.day == first.day
        if rule.freq == "YEARLY":
            return day.day == first.day and (bool(rule.bymonth) or day.month == first.month)
    return True


def reference_starts(first: datetime, rule: Rule, horizon: datetime) -> list[datetime]:
    """The rule's wall-clock times up to `horizon`, stepping one day at a time from the first.

    BYSETPOS picks among all the days its period names, those before the first included (RFC
    5545); the first itself only counts when the rule names it, as in dateutil.
    """
    until = (
        rule.until
        if isinstance(rule.until, datetime)
        else datetime.combine(rule.until, time())
        if rule.until is not None
        else None
    )
    chosen: dict[date, list[date]] = {}  # a period's first day -> the days BYSETPOS keeps
    found: list[datetime] = []
    day = first.date()
    while True:
        moment = datetime.combine(day, first.time())
        if moment > horizon or (until is not None and moment > until):
            return found
        keep = _in_interval(rule, first.date(), day) and _named(rule, first.date(), day)
        if keep and rule.bysetpos:
            low, high = _period(rule, day)
            if low not in chosen:
                named = [
                    low + timedelta(days=n)
                    for n in range((high - low).days + 1)
                    if _named(rule, first.date(), low + timedelta(days=n))
                ]
                chosen[low] = [
                    named[p - 1 if p > 0 else p]
                    for p in rule.bysetpos
                    if -len(named) <= p <= len(named)
                ]
            keep = day in chosen[low]
        if keep:
            found.append(moment)
            if rule.count is not None and len(found) == rule.count:
                return found
        day += timedelta(days=1)


def reference_clock(moment: datetime, zone: ZoneInfo | None) -> datetime:
    """The wall-clock time a naive `moment` is kept as in `zone`, by RFC 5545 section 3.3.5:
    a time that happens keeps its first pass; a skipped one is read with the UTC offset in
    force before the gap (so it moves forward by the gap)."""
    if zone is None:
        return moment
    before = (moment - timedelta(days=1)).replace(tzinfo=zone).utcoffset()
    after = (moment + timedelta(days=1)).replace(tzinfo=zone).utcoffset()
    assert before is not None and after is not None
    for offset in sorted({before, after}, reverse=True):  # the larger offset is the earlier pass
        shown = (moment - offset).replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
        if shown == moment:
            return moment
    return (moment - before).replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def reference_series(
    first: datetime, rule: Rule, horizon: datetime, zone: ZoneInfo | None
) -> list[datetime]:
    """The starts as the app keeps them: the rule's times on the clock, up to `horizon`."""
    on_the_clock = [
        reference_clock(moment, zone) for moment in reference_starts(first, rule, horizon)
    ]
    return [moment for moment in on_the_clock if moment <= horizon]


# --- The rules and starts drawn ------------------------------------------------------------------


ZONES = st.sampled_from([None, "Europe/London", "America/New_York"])
#: Times on and around the hour each zone skips in spring (London 01:00-02:00, New York
#: 02:00-03:00) and repeats in autumn (01:00-02:00 in both).
NIGHT_TIMES = {
    "Europe/London": [time(1, 30), time(1), time(0, 30), time(2)],
    "America/New_York": [time(2, 30), time(1, 30), time(2), time(1), time(3)],
}


@st.composite
def near_clock_changes(draw: st.DrawFn) -> tuple[datetime, str | None]:
    """A first start up to three weeks before one of its zone's clock changes (often on a
    Sunday, the changes' weekday), at a time the change may skip or repeat."""
    zone = draw(st.sampled_from(sorted(CLOCK_CHANGES)))
    before = draw(st.one_of(st.sampled_from([0, 7, 14, 21]), st.integers(0, 21)))
    day = draw(st.sampled_from(CLOCK_CHANGES[zone])) - timedelta(days=before)
    return datetime.combine(day, draw(st.sampled_from(NIGHT_TIMES[zone]))), zone


@st.composite
def firsts(draw: st.DrawFn) -> tuple[datetime, str | None]:
    """A series' first start and its zone (None: kept in UTC): a third of them near a clock
    change, a third at the end of a month (the 28th to the 31st)."""
    kind = draw(st.sampled_from(["clock_change", "month_end", "any"]))
    if kind == "clock_change":
        return draw(near_clock_changes())
    at = time(draw(st.integers(6, 20)), draw(st.sampled_from([0, 15, 30, 45])))
    if kind == "month_end":
        month = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 1)))
        last = calendar.monthrange(month.year, month.month)[1]
        day = month.replace(day=draw(st.integers(28, last)))
    else:
        day = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)))
    return datetime.combine(day, at), draw(ZONES)


def _mostly(
    usual: st.SearchStrategy[T], now_and_then: st.SearchStrategy[T]
) -> st.SearchStrategy[T]:
    """`usual` most of the time (hypothesis draws the simplest choice, the first, the most)."""
    return st.sampled_from([usual] * 9 + [now_and_then]).flatmap(lambda chosen: chosen)


def spans(freq: str) -> st.SearchStrategy[int]:
    """Days from the first start: mostly enough for several of the rule's periods, or a few."""
    return _mostly(st.integers(SPAN_DAYS[freq] // 2, SPAN_DAYS[freq]), st.integers(0, 3))


WEEKDAYS = st.integers(0, 6)
PLAIN_DAYS = st.one_of(
    st.sampled_from([(1, 3), (0, 2, 4), (0, 1, 2, 3, 4), (4,), (5, 6)]),  # Tue and Thu, ...
    st.lists(WEEKDAYS, min_size=1, max_size=7, unique=True),
).map(lambda days: tuple((None, day) for day in sorted(days)))
MONTHS = st.lists(st.integers(1, 12), min_size=1, max_size=4, unique=True).map(
    lambda months: tuple(sorted(months))
)
#: Ends of months weighted up: 29-31 are the days some months lack, -1 is the last day.
MONTH_DAYS = st.one_of(st.sampled_from([31, -1, 30, 29, -2, -7]), st.integers(1, 31))
ORDINALS = st.sampled_from([-1, 1, 2, -2, 3, 4, 5, -5])
#: The spans that hold several of each rule's periods; yearly rules need years.
SPAN_DAYS = {"DAILY": 60, "WEEKLY": 150, "MONTHLY": 800, "YEARLY": 3000}


def _month_days(draw: st.DrawFn, limited_to_months: bool) -> tuple[int, ...]:
    # Within named months keep to days every month has: a rule naming no day at all ("the 30th
    # of February") sends dateutil looking up to the year 9999, seconds per expansion.
    days = st.integers(-28, 28).filter(bool) if limited_to_months else MONTH_DAYS
    return tuple(draw(st.lists(days, min_size=1, max_size=3, unique=True)))


def _days_of(draw: st.DrawFn, freq: str, first: date, interval: int) -> Rule:
    """The rule's frequency, interval and BY parts: those RFC 5545 defines for the frequency, in
    the shapes coordinators and the repeat editor use (weekdays, days of the month, nth
    weekdays, BYSETPOS among weekdays, months)."""
    rule = Rule(freq, interval)
    if freq == "DAILY":
        # Limits to months and dates now and then: most daily rules are just "every day".
        limited = draw(_mostly(st.just(()), MONTHS))
        return replace(
            rule,
            byday=draw(st.one_of(st.just(()), PLAIN_DAYS)),
            bymonth=limited,
            bymonthday=_month_days(draw, bool(limited))
            if draw(_mostly(st.just(False), st.just(True)))
            else (),
        )
    if freq == "WEEKLY":
        # No BYSETPOS: the repeat editor only reads it in a monthly rule, and dateutil picks from
        # the start's week counted from the start only (RFC 5545 leaves that case undefined).
        return replace(
            rule,
            byday=draw(st.one_of(st.just(()), PLAIN_DAYS)),
            wkst=draw(st.one_of(st.none(), WEEKDAYS)),
        )
    months: tuple[int, ...] = ()
    if freq == "MONTHLY" and draw(_mostly(st.just(False), st.just(True))):
        # With a month the INTERVAL reaches, lest the rule name no day at all (as above).
        reached = (first.month - 1 + interval * draw(st.integers(0, 11))) % 12 + 1
        months = tuple(sorted({*draw(MONTHS), reached}))
    rule = replace(rule, bymonth=months)
    shape = draw(
        st.sampled_from(
            ["monthday", "nth", "setpos", "start", "weekday_and_monthday"]
            + (["months", "months_nth", "months_monthday", "year_nth"] if freq == "YEARLY" else [])
        )
    )
    if shape == "monthday":
        return replace(rule, bymonthday=_month_days(draw, bool(months)))
    if shape == "nth":
        return replace(
            rule,
            byday=tuple(
                draw(st.lists(st.tuples(ORDINALS, WEEKDAYS), min_size=1, max_size=3, unique=True))
            ),
        )
    if shape == "setpos":  # "the last weekday of the month": BYDAY=MO,...,FR;BYSETPOS=-1
        return replace(
            rule, byday=draw(PLAIN_DAYS), bysetpos=(draw(st.sampled_from([1, 2, 3, 4, -1, -2])),)
        )
    if shape == "weekday_and_monthday":  # "Friday the 13th"
        return replace(rule, byday=draw(PLAIN_DAYS), bymonthday=_month_days(draw, True))
    if shape == "months":
        return replace(rule, bymonth=draw(MONTHS))
    if shape == "months_nth":  # "the last Monday of May"
        nth = st.tuples(ORDINALS.filter(lambda n: abs(n) < 5), WEEKDAYS)
        return replace(
            rule,
            bymonth=draw(MONTHS),
            byday=tuple(draw(st.lists(nth, min_size=1, max_size=2, unique=True))),
        )
    if shape == "months_monthday":
        return replace(rule, bymonth=draw(MONTHS), bymonthday=_month_days(draw, True))
    if shape == "year_nth":  # "the 20th Monday of the year"
        return replace(rule, byday=((draw(st.sampled_from([1, 20, 52, -1, -20])), draw(WEEKDAYS)),))
    return rule


@st.composite
def rules(
    draw: st.DrawFn,
    first: datetime,
    freqs: tuple[str, ...] = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
) -> Rule:
    freq = draw(st.sampled_from(freqs))
    rule = _days_of(draw, freq, first.date(), draw(st.integers(1, 3 if freq == "YEARLY" else 4)))
    end = draw(st.sampled_from(["count", "until", "until_day", "none"]))
    if end == "count":
        return replace(rule, count=draw(st.integers(1, 5 if freq == "YEARLY" else 25)))
    if end == "none":
        return rule
    # Now and then on or before the first day: a series that ends before it begins is empty.
    day = first.date() + timedelta(days=draw(_mostly(spans(freq), st.integers(-3, 0))))
    if end == "until_day":
        return replace(rule, until=day)
    if draw(st.booleans()):
        # Exactly on one of the starts, or a minute before: UNTIL is inclusive.
        some = reference_starts(first, rule, first + timedelta(days=SPAN_DAYS[freq]))
        if some:
            on = draw(st.sampled_from(some))
            return replace(rule, until=on - timedelta(minutes=draw(st.sampled_from([0, 1]))))
    return replace(rule, until=datetime.combine(day, time(draw(st.integers(0, 23)))))


def _appointment(
    first: datetime,
    rule: str,
    minutes: int = 60,
    status: AppointmentStatus = AppointmentStatus.BOOKED,
    zone: str | None = "Europe/London",
    aware: bool = False,
) -> Appointment:
    """The series; its zone is named in `tz` and, when `aware`, also set on the start."""
    start = first.replace(tzinfo=ZoneInfo(zone)) if aware and zone else first
    return Appointment(
        id=1,
        patient_id=1,
        start=start,
        duration_min=minutes,
        rrule=rule,
        status=status,
        tz=zone or "UTC",
    )


def _zone(name: str | None) -> ZoneInfo | None:
    return ZoneInfo(name) if name else None


def test_the_clock_changes_listed_are_the_zones_own() -> None:
    for name, days in CLOCK_CHANGES.items():
        for day in days:
            noon = datetime.combine(day, time(12), ZoneInfo(name))
            assert noon.utcoffset() != (noon - timedelta(days=1)).utcoffset(), (name, day)


@pytest.mark.parametrize("freq", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
@settings(max_examples=80, deadline=None)
@given(data=st.data(), series=firsts(), aware=st.booleans())
def test_starts_match_a_day_by_day_reference(
    freq: str, data: st.DataObject, series: tuple[datetime, str | None], aware: bool
) -> None:
    first, zone = series
    rule = data.draw(rules(first, (freq,)), label="rule")
    horizon = first + timedelta(
        days=data.draw(spans(rule.freq)), hours=data.draw(st.integers(-12, 12))
    )
    appointment = _appointment(first, rule.text, zone=zone, aware=aware)
    expected = reference_series(first, rule, horizon, _zone(zone))
    assert list(starts(appointment, horizon)) == expected
    found = occurrences(appointment, [], horizon)
    assert [o.original_start for o in found] == expected
    assert all(o.start == o.original_start and not o.changed for o in found)
    assert [o.end for o in found] == [
        reference_clock(o.start + timedelta(minutes=60), _zone(zone)) for o in found
    ]


@settings(max_examples=150, deadline=None)
@given(data=st.data(), series=near_clock_changes(), aware=st.booleans())
def test_starts_across_clock_changes_match_the_reference(
    data: st.DataObject, series: tuple[datetime, str | None], aware: bool
) -> None:
    # Daily and weekly rules reach the change day within weeks; the test above mixes in these
    # starts too, but only now and then lands a visit in the skipped or repeated hour.
    first, zone = series
    rule = data.draw(rules(first, ("DAILY", "WEEKLY")), label="rule")
    horizon = first + timedelta(days=data.draw(_mostly(st.integers(22, 35), st.integers(0, 21))))
    appointment = _appointment(first, rule.text, zone=zone, aware=aware)
    assert list(starts(appointment, horizon)) == reference_series(first, rule, horizon, _zone(zone))


@settings(max_examples=150, deadline=None)
@given(data=st.data(), series=firsts())
def test_last_start_of_a_bounded_series_is_the_references_last(
    data: st.DataObject, series: tuple[datetime, str | None]
) -> None:
    first, zone = series
    rule = data.draw(rules(first), label="rule")
    appointment = _appointment(first, rule.text, zone=zone)
    if rule.count is None and rule.until is None:
        assert last_start(appointment) is None
        return
    everything = reference_series(first, rule, first + timedelta(days=40 * 366), _zone(zone))
    # A sparse rule (every 3 years on 29 February) may need more than 40 years for its COUNT.
    assume(rule.count is None or len(everything) == rule.count)
    assert last_start(appointment) == (everything[-1] if everything else None)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), series=firsts(), minutes=st.integers(1, 240))
def test_skipped_and_moved_occurrences_are_applied(
    data: st.DataObject, series: tuple[datetime, str | None], minutes: int
) -> None:
    first, zone = series
    rule = data.draw(rules(first), label="rule")
    horizon = first + timedelta(days=100)
    appointment = _appointment(first, rule.text, minutes, zone=zone)
    clock = _zone(zone)
    originals = reference_series(first, rule, horizon, clock)
    changes = []
    for original in originals:
        what = data.draw(st.sampled_from(["keep", "keep", "skip", "move", "status"]))
        if what == "skip":
            changes.append(
                OccurrenceChange(appointment_id=1, original_start=original, skipped=True)
            )
        elif what == "move":  # up to three and a half days either way: over midnights
            changes.append(
                OccurrenceChange(
                    appointment_id=1,
                    original_start=original,
                    start=original + timedelta(minutes=data.draw(st.integers(-5000, 5000))),
                    duration_min=data.draw(st.one_of(st.none(), st.integers(1, 300))),
                )
            )
        elif what == "status":
            changes.append(
                OccurrenceChange(
                    appointment_id=1,
                    original_start=original,
                    status=data.draw(st.sampled_from(list(AppointmentStatus))),
                )
            )
    # A change for a start the series never had is ignored.
    changes.append(
        OccurrenceChange(appointment_id=1, skipped=True, original_start=first - timedelta(days=1))
    )
    by_original = {change.original_start: change for change in changes}
    expected = []
    for original in originals:
        change = by_original.get(original)
        if change is None:
            expected.append(
                Occurrence(
                    original,
                    original,
                    reference_clock(original + timedelta(minutes=minutes), clock),
                    AppointmentStatus.BOOKED,
                    False,
                )
            )
        elif not change.skipped:
            start = reference_clock(change.start, clock) if change.start else original
            length = change.duration_min if change.duration_min is not None else minutes
            expected.append(
                Occurrence(
                    original,
                    start,
                    reference_clock(start + timedelta(minutes=length), clock),
                    change.status or AppointmentStatus.BOOKED,
                    True,
                )
            )
    assert occurrences(appointment, changes, horizon) == expected


def test_a_one_off_appointment_has_one_occurrence_up_to_the_horizon() -> None:
    first = datetime(2026, 3, 3, 9, 0)
    appointment = _appointment(first, "", 45, AppointmentStatus.DONE)
    assert occurrences(appointment, [], first) == [
        Occurrence(first, first, datetime(2026, 3, 3, 9, 45), AppointmentStatus.DONE, False)
    ]
    assert occurrences(appointment, [], first - timedelta(minutes=1)) == []
    assert last_start(appointment) == first


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("", ""),
        ("FREQ=DAILY", "Daily"),
        ("FREQ=WEEKLY;INTERVAL=1", "Weekly"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "Every 2 weeks on Tue, Thu"),
        ("RRULE:FREQ=MONTHLY;BYDAY=-1FR", "Monthly on the last Fri"),
        ("FREQ=MONTHLY;BYDAY=2MO", "Monthly on the second Mon"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Monthly on day 15"),
        ("FREQ=DAILY;COUNT=5", "Daily, 5 times"),
        ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T235959", "Weekly on Mon, until 01 Jun 2026"),
        ("FREQ=YEARLY;INTERVAL=3", "Every 3 years"),
        ("freq=weekly;byday=fr", "Weekly on Fri"),
    ],
)
def test_describe_says_the_rule_in_words(rule: str, words: str) -> None:
    assert describe(rule) == words


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;INTERVAL=two",
        "FREQ=MONTHLY;BYDAY=xFR",
        "not a rule at all",
        ";;;",
        "FREQ=WEEKLY;BYDAY=1",
    ],
)
def test_describe_never_raises_on_a_stored_rule_it_cannot_read(rule: str) -> None:
    # describe() feeds list cells; a rule stored without validation must not break the list.
    assert isinstance(describe(rule), str)


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "   ",
        "RRULE:",
        "garbage",
        "COUNT=3",
        "FREQ=SOMETIMES",
        "FREQ=WEEKLY;COUNT=x",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=DAILY;FOO=1",
        "FREQ=WEEKLY;BYHOUR=25",
        "FREQ=WEEKLY\nRDATE:20260101T000000",
        "EXDATE:20260101T090000",
    ],
)
def test_parse_rule_rejects_garbage(rule: str) -> None:
    with pytest.raises(ValidationError):
        parse_rule(rule, datetime(2026, 3, 2, 9, 0))


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;INTERVAL=0",  # repeats the same start for ever: the lay-out never ends
        "FREQ=WEEKLY;INTERVAL=-1",
        "FREQ=DAILY;COUNT=0",  # a series with no visits at all
        "FREQ=DAILY;COUNT=-3",
        "FREQ=WEEKLY;COUNT=3;UNTIL=20260401T000000",  # RFC 5545: COUNT and UNTIL never together
    ],
)
def test_parse_rule_rejects_rules_outside_rfc_5545(rule: str) -> None:
    with pytest.raises(ValidationError):
        parse_rule(rule, datetime(2026, 3, 2, 9, 0))


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=5"])
def test_parse_rule_rejects_frequencies_no_visit_schedule_has(rule: str) -> None:
    # An open-ended series is laid out for a year and a half ahead: tens of millions of rows.
    with pytest.raises(ValidationError):
        parse_rule(rule, datetime(2026, 3, 2, 9, 0))


def test_a_rule_cannot_bring_its_own_start() -> None:
    # The appointment's start anchors the series; a DTSTART inside the text would silently move
    # every visit (here from 09:00 to midnight).
    with pytest.raises(ValidationError):
        parse_rule("DTSTART:20260101T000000\nRRULE:FREQ=DAILY", datetime(2026, 3, 2, 9, 0))


def test_parse_rule_accepts_the_rrule_prefix_and_anchors_at_the_start() -> None:
    rule = parse_rule(
        "RRULE:FREQ=WEEKLY;COUNT=3", datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    )
    assert list(rule) == [
        datetime(2026, 3, 2, 9, 0),
        datetime(2026, 3, 9, 9, 0),
        datetime(2026, 3, 16, 9, 0),
    ]
