"""Recurring appointments: expansion against a day-by-day reference, exceptions, words, refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.domain import Appointment, AppointmentStatus, OccurrenceChange, ValidationError
from carebook.recurrence import Occurrence, describe, last_start, occurrences, parse_rule, starts

CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Rule:
    """A DAILY or WEEKLY rule as its parts, so the reference can expand it without dateutil."""

    freq: str
    interval: int
    weekdays: frozenset[int]
    count: int | None
    until: datetime | None

    @property
    def text(self) -> str:
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.weekdays:
            parts.append("BYDAY=" + ",".join(CODES[day] for day in sorted(self.weekdays)))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%dT%H%M%S}")
        return ";".join(parts)


def reference_starts(first: datetime, rule: Rule, horizon: datetime) -> list[datetime]:
    """Step one day at a time and keep the days the rule names (weeks start on Monday)."""
    weekdays = rule.weekdays or (frozenset({first.weekday()}) if rule.freq == "WEEKLY" else None)
    first_week = first.date() - timedelta(days=first.weekday())
    found: list[datetime] = []
    day = first.date()
    while True:
        moment = datetime.combine(day, first.time())
        if moment > horizon or (rule.until is not None and moment > rule.until):
            return found
        if rule.freq == "DAILY":
            in_period = (day - first.date()).days % rule.interval == 0
        else:
            week = day - timedelta(days=day.weekday())
            in_period = (week - first_week).days // 7 % rule.interval == 0
        if in_period and (weekdays is None or day.weekday() in weekdays):
            found.append(moment)
            if rule.count is not None and len(found) == rule.count:
                return found
        day += timedelta(days=1)


FIRSTS = st.builds(
    datetime.combine,
    st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)),
    st.builds(time, st.integers(6, 20), st.sampled_from([0, 15, 30, 45])))


@st.composite
def rules(draw: st.DrawFn, first: datetime) -> Rule:
    end = draw(st.sampled_from(["count", "until", "none"]))
    until = None
    if end == "until":
        days = draw(st.integers(0, 120))
        # Often exactly on a start, to pin down that UNTIL is inclusive.
        at = draw(st.one_of(st.just(first.time()), st.builds(time, st.integers(0, 23))))
        until = datetime.combine(first.date() + timedelta(days=days), at)
    return Rule(
        freq=draw(st.sampled_from(["DAILY", "WEEKLY"])),
        interval=draw(st.integers(1, 4)),
        weekdays=draw(st.frozensets(st.integers(0, 6), max_size=7)),
        count=draw(st.integers(1, 25)) if end == "count" else None,
        until=until)


def _appointment(first: datetime, rule: str, minutes: int = 60,
                 status: AppointmentStatus = AppointmentStatus.BOOKED) -> Appointment:
    return Appointment(id=1, patient_id=1, start=first, duration_min=minutes, rrule=rule,
                       status=status, tz="Europe/London")


@settings(max_examples=300, deadline=None)
@given(data=st.data(), first=FIRSTS, horizon_days=st.integers(0, 150))
def test_starts_match_a_day_by_day_reference(
        data: st.DataObject, first: datetime, horizon_days: int) -> None:
    rule = data.draw(rules(first))
    horizon = first + timedelta(days=horizon_days, hours=data.draw(st.integers(-12, 12)))
    appointment = _appointment(first, rule.text)
    expected = reference_starts(first, rule, horizon)
    assert list(starts(appointment, horizon)) == expected
    found = occurrences(appointment, [], horizon)
    assert [o.original_start for o in found] == expected
    assert all(o.start == o.original_start and not o.changed for o in found)
    assert all(o.end - o.start == timedelta(minutes=60) for o in found)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), first=FIRSTS)
def test_last_start_of_a_bounded_series_is_the_references_last(
        data: st.DataObject, first: datetime) -> None:
    rule = data.draw(rules(first))
    appointment = _appointment(first, rule.text)
    if rule.count is None and rule.until is None:
        assert last_start(appointment) is None
        return
    everything = reference_starts(first, rule, first + timedelta(days=800))
    assert last_start(appointment) == (everything[-1] if everything else None)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), first=FIRSTS, minutes=st.integers(1, 240))
def test_skipped_and_moved_occurrences_are_applied(
        data: st.DataObject, first: datetime, minutes: int) -> None:
    rule = data.draw(rules(first))
    horizon = first + timedelta(days=100)
    appointment = _appointment(first, rule.text, minutes)
    originals = reference_starts(first, rule, horizon)
    changes = []
    for original in originals:
        what = data.draw(st.sampled_from(["keep", "keep", "skip", "move", "status"]))
        if what == "skip":
            changes.append(OccurrenceChange(appointment_id=1, original_start=original,
                                            skipped=True))
        elif what == "move":
            changes.append(OccurrenceChange(
                appointment_id=1, original_start=original,
                start=original + timedelta(minutes=data.draw(st.integers(-5000, 5000))),
                duration_min=data.draw(st.one_of(st.none(), st.integers(1, 300)))))
        elif what == "status":
            changes.append(OccurrenceChange(
                appointment_id=1, original_start=original,
                status=data.draw(st.sampled_from(list(AppointmentStatus)))))
    # A change for a start the series never had is ignored.
    changes.append(OccurrenceChange(appointment_id=1, skipped=True,
                                    original_start=first - timedelta(days=1)))
    by_original = {change.original_start: change for change in changes}
    expected = []
    for original in originals:
        change = by_original.get(original)
        if change is None:
            expected.append(Occurrence(original, original,
                                       original + timedelta(minutes=minutes),
                                       AppointmentStatus.BOOKED, False))
        elif not change.skipped:
            start = change.start or original
            length = change.duration_min if change.duration_min is not None else minutes
            expected.append(Occurrence(original, start, start + timedelta(minutes=length),
                                       change.status or AppointmentStatus.BOOKED, True))
    assert occurrences(appointment, changes, horizon) == expected


def test_a_one_off_appointment_has_one_occurrence_up_to_the_horizon() -> None:
    first = datetime(2026, 3, 3, 9, 0)
    appointment = _appointment(first, "", 45, AppointmentStatus.DONE)
    assert occurrences(appointment, [], first) == [
        Occurrence(first, first, datetime(2026, 3, 3, 9, 45), AppointmentStatus.DONE, False)]
    assert occurrences(appointment, [], first - timedelta(minutes=1)) == []
    assert last_start(appointment) == first


@pytest.mark.parametrize(("first", "change_day"), [
    (datetime(2026, 3, 16, 9, 0), date(2026, 3, 29)),   # clocks go forward in London
    (datetime(2026, 10, 12, 9, 0), date(2026, 10, 25)),  # clocks go back
])
@pytest.mark.parametrize("zone", [None, ZoneInfo("Europe/London")], ids=["naive", "aware"])
def test_a_weekly_0900_visit_stays_at_0900_across_a_clock_change(
        first: datetime, change_day: date, zone: ZoneInfo | None) -> None:
    appointment = _appointment(first.replace(tzinfo=zone), "FREQ=WEEKLY;COUNT=5", 30)
    found = occurrences(appointment, [], first + timedelta(days=60))
    assert [o.start.date() for o in found] == [first.date() + timedelta(weeks=n)
                                               for n in range(5)]
    assert any(o.start.date() < change_day for o in found)
    assert any(o.start.date() > change_day for o in found)
    assert {(o.start.hour, o.start.minute, o.start.tzinfo) for o in found} == {(9, 0, None)}
    assert {(o.end.hour, o.end.minute) for o in found} == {(9, 30)}


@pytest.mark.parametrize(("rule", "words"), [
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
])
def test_describe_says_the_rule_in_words(rule: str, words: str) -> None:
    assert describe(rule) == words


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;INTERVAL=two", "FREQ=MONTHLY;BYDAY=xFR",
                                  "not a rule at all", ";;;", "FREQ=WEEKLY;BYDAY=1"])
def test_describe_never_raises_on_a_stored_rule_it_cannot_read(rule: str) -> None:
    # describe() feeds list cells; a rule stored without validation must not break the list.
    assert isinstance(describe(rule), str)


@pytest.mark.parametrize("rule", [
    "", "   ", "RRULE:", "garbage", "COUNT=3", "FREQ=SOMETIMES", "FREQ=WEEKLY;COUNT=x",
    "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;FOO=1", "FREQ=WEEKLY;BYHOUR=25",
    "FREQ=WEEKLY\nRDATE:20260101T000000", "EXDATE:20260101T090000",
])
def test_parse_rule_rejects_garbage(rule: str) -> None:
    with pytest.raises(ValidationError):
        parse_rule(rule, datetime(2026, 3, 2, 9, 0))


@pytest.mark.parametrize("rule", [
    "FREQ=WEEKLY;INTERVAL=0",      # repeats the same start for ever: the lay-out never ends
    "FREQ=WEEKLY;INTERVAL=-1",
    "FREQ=DAILY;COUNT=0",          # a series with no visits at all
    "FREQ=DAILY;COUNT=-3",
    "FREQ=WEEKLY;COUNT=3;UNTIL=20260401T000000",  # RFC 5545: COUNT and UNTIL never together
])
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
    rule = parse_rule("RRULE:FREQ=WEEKLY;COUNT=3", datetime(2026, 3, 2, 9, 0,
                                                            tzinfo=ZoneInfo("Europe/London")))
    assert list(rule) == [datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 9, 9, 0),
                          datetime(2026, 3, 16, 9, 0)]
