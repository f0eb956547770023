"""Recurring visits, the cases the recurrence issue names, with dates worked out by hand."""

from __future__ import annotations

import calendar
import time as clock
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.recurrence import Occurrence, last_start, occurrences, parse_rule, starts

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = timedelta(hours=1)
FAR = datetime(2030, 1, 1)


def _series(
    first: datetime, rule: str, minutes: int = 60, zone: ZoneInfo = LONDON, aware: bool = False
) -> Appointment:
    """A series in `zone`: named in `tz`, as the store keeps it, and when `aware` on the start."""
    return Appointment(
        id=1,
        patient_id=1,
        start=first.replace(tzinfo=zone) if aware else first,
        duration_min=minutes,
        rrule=rule,
        tz=zone.key,
    )


def _starts(appointment: Appointment, until: datetime = FAR) -> list[datetime]:
    return list(starts(appointment, until))


def _at(days: list[date], clock: time) -> list[datetime]:
    return [datetime.combine(day, clock) for day in days]


# --- Daylight saving --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "first", "offsets"),
    [
        # London goes forward on 29 March 2026 and back on 25 October; New York on 8 March and
        # 1 November. Each series starts on a Monday two or three weeks before.
        (LONDON, date(2026, 3, 16), [0, 0, 1, 1, 1]),
        (LONDON, date(2026, 10, 12), [1, 1, 0, 0, 0]),
        (NEW_YORK, date(2026, 2, 23), [-5, -5, -4, -4, -4]),
        (NEW_YORK, date(2026, 10, 19), [-4, -4, -5, -5, -5]),
    ],
    ids=["london-spring", "london-autumn", "new-york-spring", "new-york-autumn"],
)
@pytest.mark.parametrize("aware", [False, True], ids=["tz-named", "aware-start"])
def test_a_weekly_0900_visit_stays_at_0900_local_across_a_clock_change(
    zone: ZoneInfo, first: date, offsets: list[int], aware: bool
) -> None:
    appointment = _series(datetime.combine(first, time(9)), "FREQ=WEEKLY;COUNT=5", 30, zone, aware)
    found = occurrences(appointment, [], FAR)
    assert [o.start for o in found] == _at([first + timedelta(weeks=n) for n in range(5)], time(9))
    assert [o.end.time() for o in found] == [time(9, 30)] * 5
    # Same wall-clock time, so the moment in UTC moves by the hour the clocks moved.
    assert [o.start.replace(tzinfo=zone).utcoffset() for o in found] == [n * HOUR for n in offsets]


def test_a_visit_at_a_time_the_clocks_skip_moves_forward_by_the_gap() -> None:
    # London jumps from 01:00 to 02:00 on 29 March 2026: 01:30 that night is 02:30 (RFC 5545
    # section 3.3.5), the weeks either side keep 01:30.
    appointment = _series(datetime(2026, 3, 22, 1, 30), "FREQ=WEEKLY;COUNT=3")
    assert _starts(appointment) == [
        datetime(2026, 3, 22, 1, 30),
        datetime(2026, 3, 29, 2, 30),
        datetime(2026, 4, 5, 1, 30),
    ]
    assert last_start(appointment) == datetime(2026, 4, 5, 1, 30)
    moved = occurrences(appointment, [], FAR)[1]
    assert (moved.original_start, moved.start, moved.end) == (
        datetime(2026, 3, 29, 2, 30),
        datetime(2026, 3, 29, 2, 30),
        datetime(2026, 3, 29, 3, 30),
    )


def test_new_york_skips_0200_to_0300_and_keeps_0130() -> None:
    skipped = _series(datetime(2026, 3, 7, 2, 30), "FREQ=DAILY;COUNT=3", zone=NEW_YORK, aware=True)
    assert _starts(skipped) == [
        datetime(2026, 3, 7, 2, 30),
        datetime(2026, 3, 8, 3, 30),
        datetime(2026, 3, 9, 2, 30),
    ]
    kept = _series(datetime(2026, 3, 7, 1, 30), "FREQ=DAILY;COUNT=3", zone=NEW_YORK)
    assert _starts(kept) == _at([date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)], time(1, 30))


@pytest.mark.parametrize(
    ("zone", "day", "first_pass"),
    [
        (LONDON, date(2026, 10, 25), HOUR),  # 01:30 BST, not the 01:30 GMT an hour later
        (NEW_YORK, date(2026, 11, 1), -4 * HOUR),  # 01:30 EDT, not EST
    ],
)
def test_a_time_the_clocks_pass_twice_is_kept_and_means_the_first_pass(
    zone: ZoneInfo, day: date, first_pass: timedelta
) -> None:
    appointment = _series(
        datetime.combine(day - timedelta(days=1), time(1, 30)), "FREQ=DAILY;COUNT=3", zone=zone
    )
    found = _starts(appointment)
    assert found == _at([day - timedelta(days=1), day, day + timedelta(days=1)], time(1, 30))
    # Times are kept without a fold, and fold=0 is the first pass.
    assert found[1].replace(tzinfo=zone).utcoffset() == first_pass


def test_a_start_given_at_the_second_pass_is_kept_as_the_first() -> None:
    # The caseload keeps wall-clock times only; the second 01:30 cannot be told from the first.
    second = datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=LONDON)
    one_off = Appointment(id=1, patient_id=1, start=second, tz="Europe/London")
    assert _starts(one_off) == [datetime(2026, 10, 25, 1, 30)]


def test_an_end_the_clocks_skip_moves_forward_by_the_gap() -> None:
    # 00:30 GMT plus an hour is 01:30 GMT, which the clock shows as 02:30 BST.
    one_off = _series(datetime(2026, 3, 29, 0, 30), "")
    assert occurrences(one_off, [], FAR) == [
        Occurrence(
            datetime(2026, 3, 29, 0, 30),
            datetime(2026, 3, 29, 0, 30),
            datetime(2026, 3, 29, 2, 30),
            one_off.status,
            False,
        )
    ]


def test_times_moved_out_of_a_gap_stay_in_order_and_are_kept_once() -> None:
    # 01:10 and 01:50 become 02:10 and 02:50 that night: the same as the series' own later times.
    appointment = _series(
        datetime(2026, 3, 28, 1, 10), "FREQ=DAILY;BYHOUR=1,2;BYMINUTE=10,50;COUNT=12"
    )
    found = _starts(appointment)
    assert [moment for moment in found if moment.date() == date(2026, 3, 29)] == [
        datetime(2026, 3, 29, 2, 10),
        datetime(2026, 3, 29, 2, 50),
    ]
    assert found == sorted(set(found))
    assert len(found) == 10
    assert last_start(appointment) == datetime(2026, 3, 30, 2, 50)


def test_an_unknown_zone_keeps_the_times_the_rule_gives() -> None:
    appointment = Appointment(
        id=1,
        patient_id=1,
        start=datetime(2026, 3, 29, 1, 30),
        rrule="FREQ=DAILY;COUNT=2",
        tz="Nowhere/Atlantis",
    )
    assert _starts(appointment) == [datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 30, 1, 30)]


# --- Weekly, monthly, yearly ------------------------------------------------------------------


def test_every_two_weeks_on_tuesday_and_thursday() -> None:
    # 3 March 2026 is a Tuesday; the week of 9 March is skipped, and so on.
    appointment = _series(datetime(2026, 3, 3, 10), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8")
    assert _starts(appointment) == _at(
        [
            date(2026, 3, 3),
            date(2026, 3, 5),
            date(2026, 3, 17),
            date(2026, 3, 19),
            date(2026, 3, 31),
            date(2026, 4, 2),
            date(2026, 4, 14),
            date(2026, 4, 16),
        ],
        time(10),
    )


def test_every_two_weeks_from_a_wednesday_starts_on_that_weeks_thursday() -> None:
    # The start is not one of the rule's days: the series begins at the first day it names.
    appointment = _series(
        datetime(2026, 3, 4, 10), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260402T100000"
    )
    assert _starts(appointment) == _at(
        [
            date(2026, 3, 5),
            date(2026, 3, 17),
            date(2026, 3, 19),
            date(2026, 3, 31),
            date(2026, 4, 2),
        ],
        time(10),
    )


@pytest.mark.parametrize(
    ("week_start", "days"),
    [
        ("MO", [5, 10, 19, 24]),
        ("SU", [5, 17, 19, 31]),
    ],
)
def test_the_week_start_decides_which_weeks_an_interval_skips(
    week_start: str, days: list[int]
) -> None:
    # The example of RFC 5545 section 3.3.10, from Tuesday 5 August 1997.
    appointment = _series(
        datetime(1997, 8, 5, 9), f"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST={week_start}"
    )
    assert _starts(appointment) == _at([date(1997, 8, day) for day in days], time(9))


LAST_FRIDAYS_2026 = [
    date(2026, 1, 30),
    date(2026, 2, 27),
    date(2026, 3, 27),
    date(2026, 4, 24),
    date(2026, 5, 29),
    date(2026, 6, 26),
    date(2026, 7, 31),
    date(2026, 8, 28),
    date(2026, 9, 25),
    date(2026, 10, 30),
    date(2026, 11, 27),
    date(2026, 12, 25),
]


def test_the_last_fridays_of_2026_are_right() -> None:
    # Worked out from 1 January 2026 being a Thursday; checked here against the calendar module.
    from_the_calendar = [
        date(
            2026, month, max(week[calendar.FRIDAY] for week in calendar.monthcalendar(2026, month))
        )
        for month in range(1, 13)
    ]
    assert from_the_calendar == LAST_FRIDAYS_2026
    assert all(
        day.weekday() == calendar.FRIDAY and (day + timedelta(weeks=1)).month != day.month
        for day in LAST_FRIDAYS_2026
    )


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;BYDAY=-1FR;COUNT=12", "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;UNTIL=20261231T235959"],
)
def test_monthly_on_the_last_friday_for_a_year(rule: str) -> None:
    appointment = _series(datetime(2026, 1, 30, 14), rule, zone=LONDON, aware=True)
    assert _starts(appointment) == _at(LAST_FRIDAYS_2026, time(14))
    assert last_start(appointment) == datetime(2026, 12, 25, 14)


def test_monthly_on_the_second_to_last_monday() -> None:
    appointment = _series(datetime(2026, 1, 19, 9), "FREQ=MONTHLY;BYDAY=-2MO;COUNT=3")
    assert _starts(appointment) == _at(
        [date(2026, 1, 19), date(2026, 2, 16), date(2026, 3, 23)], time(9)
    )


def test_monthly_on_the_31st_skips_the_months_without_one() -> None:
    appointment = _series(datetime(2026, 1, 31, 9), "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5")
    assert _starts(appointment) == _at(
        [
            date(2026, 1, 31),
            date(2026, 3, 31),
            date(2026, 5, 31),
            date(2026, 7, 31),
            date(2026, 8, 31),
        ],
        time(9),
    )


def test_yearly_on_the_29th_of_february_waits_for_leap_years() -> None:
    appointment = _series(datetime(2024, 2, 29, 9), "FREQ=YEARLY;COUNT=3")
    assert _starts(appointment, datetime(2040, 1, 1)) == _at(
        [date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29)], time(9)
    )
    assert last_start(appointment) == datetime(2032, 2, 29, 9)


# --- Ends: UNTIL and COUNT --------------------------------------------------------------------

MONDAYS = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]


@pytest.mark.parametrize(
    ("until", "last"),
    [
        ("20260323T090000", 4),  # UNTIL on a start keeps it: the end is inclusive
        ("20260323T085959", 3),
        ("20260323T235959", 4),  # what the repeat editor writes: the end of that day
        ("20260323", 3),  # a bare date is that day's midnight, so the 09:00 visit is out
    ],
)
def test_until_is_inclusive(until: str, last: int) -> None:
    appointment = _series(datetime(2026, 3, 2, 9), f"FREQ=WEEKLY;UNTIL={until}", zone=NEW_YORK)
    assert _starts(appointment) == _at(MONDAYS[:last], time(9))
    assert last_start(appointment) == datetime.combine(MONDAYS[last - 1], time(9))


def test_until_in_utc_is_refused_saying_why() -> None:
    # Visits keep local wall-clock times; the message must not ask for the UTC it was given.
    with pytest.raises(ValidationError, match="local time"):
        parse_rule("FREQ=WEEKLY;UNTIL=20260323T090000Z", datetime(2026, 3, 2, 9, tzinfo=LONDON))


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;COUNT=5",
        "FREQ=WEEKLY;BYDAY=MO,FR;COUNT=5",
        "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5",
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=5",
    ],
)
def test_count_5_gives_five(rule: str) -> None:
    appointment = _series(datetime(2026, 3, 2, 9), rule)
    found = _starts(appointment)
    assert len(found) == 5
    assert last_start(appointment) == found[-1]


# --- Skipped and moved visits -----------------------------------------------------------------


def _change(
    original: datetime, start: datetime | None = None, skipped: bool = False
) -> OccurrenceChange:
    return OccurrenceChange(appointment_id=1, original_start=original, start=start, skipped=skipped)


def test_a_skipped_visit_is_absent_and_a_moved_one_is_at_its_new_time_only() -> None:
    appointment = _series(datetime(2026, 3, 2, 9), "FREQ=WEEKLY;COUNT=4")
    found = occurrences(
        appointment,
        [
            _change(datetime(2026, 3, 9, 9), skipped=True),
            _change(datetime(2026, 3, 16, 9), datetime(2026, 3, 18, 14, 30)),
        ],
        FAR,
    )
    assert [(o.start, o.changed) for o in found] == [
        (datetime(2026, 3, 2, 9), False),
        (datetime(2026, 3, 18, 14, 30), True),
        (datetime(2026, 3, 23, 9), False),
    ]
    assert found[1].original_start == datetime(2026, 3, 16, 9)
    assert found[1].end == datetime(2026, 3, 18, 15, 30)


def test_a_visit_moved_across_midnight() -> None:
    appointment = _series(datetime(2026, 3, 2, 23, 30), "FREQ=DAILY;COUNT=3", 45)
    found = occurrences(
        appointment,
        [
            _change(datetime(2026, 3, 3, 23, 30), datetime(2026, 3, 4, 0, 15)),  # into the next day
            _change(datetime(2026, 3, 4, 23, 30), datetime(2026, 3, 4, 8, 0)),  # back that morning
        ],
        FAR,
    )
    assert [(o.start, o.end) for o in found] == [
        (datetime(2026, 3, 2, 23, 30), datetime(2026, 3, 3, 0, 15)),
        (datetime(2026, 3, 4, 0, 15), datetime(2026, 3, 4, 1, 0)),
        (datetime(2026, 3, 4, 8, 0), datetime(2026, 3, 4, 8, 45)),
    ]
    assert datetime(2026, 3, 3, 23, 30) not in [o.start for o in found]


def test_a_visit_moved_across_a_clock_change_keeps_its_wall_clock_time() -> None:
    # Friday 23 October (BST) to Monday 26 October (GMT), both at 09:00 on the clock.
    appointment = _series(datetime(2026, 10, 16, 9), "FREQ=WEEKLY;COUNT=3", aware=True)
    found = occurrences(
        appointment,
        [_change(datetime(2026, 10, 23, 9), datetime(2026, 10, 26, 9, tzinfo=LONDON))],
        FAR,
    )
    assert [o.start for o in found] == [
        datetime(2026, 10, 16, 9),
        datetime(2026, 10, 26, 9),
        datetime(2026, 10, 30, 9),
    ]
    assert [o.start.replace(tzinfo=LONDON).utcoffset() for o in found] == [HOUR, 0 * HOUR, 0 * HOUR]


def test_a_visit_moved_into_the_skipped_hour_lands_after_it() -> None:
    appointment = _series(datetime(2026, 3, 21, 9), "FREQ=WEEKLY;COUNT=3")
    found = occurrences(
        appointment, [_change(datetime(2026, 3, 28, 9), datetime(2026, 3, 29, 1, 30))], FAR
    )
    assert [(o.original_start, o.start, o.end) for o in found] == [
        (datetime(2026, 3, 21, 9), datetime(2026, 3, 21, 9), datetime(2026, 3, 21, 10)),
        (datetime(2026, 3, 28, 9), datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 3, 30)),
        (datetime(2026, 4, 4, 9), datetime(2026, 4, 4, 9), datetime(2026, 4, 4, 10)),
    ]


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", datetime(2026, 1, 5, 9)),
        ("FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", datetime(2026, 1, 5, 9)),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTH=1", datetime(2026, 12, 1, 9)),
    ],
)
def test_a_rule_that_never_happens_is_refused_at_once(rule: str, start: datetime) -> None:
    began = clock.perf_counter()
    with pytest.raises(ValidationError, match="never happens"):
        parse_rule(rule, start)
    assert clock.perf_counter() - began < 0.5  # not a search to the year 9999


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", datetime(2026, 1, 5, 9)),  # leap years
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTH=2", datetime(2026, 12, 1, 9)),
        ("FREQ=MONTHLY;BYMONTHDAY=-31", datetime(2026, 1, 5, 9)),
    ],
)
def test_rules_that_happen_only_sometimes_are_kept(rule: str, start: datetime) -> None:
    assert parse_rule(rule, start).after(start) is not None
