"""What a coordinator types into a form, read as a date, a time or a number, or refused in words
that say how to write it."""

from __future__ import annotations

from datetime import date, time

import pytest

from carebook.core.errors import ValidationError
from carebook.core.typed_input import (
    parse_local_date,
    parse_number,
    parse_time,
    parse_typed_date,
)


def test_parse_time_reads_wall_clock_times() -> None:
    assert parse_time(" 7:05 ") == time(7, 5)
    assert parse_time("23:59") == time(23, 59)
    for bad in ("24:00", "12:60", "noon", "1230"):
        with pytest.raises(ValidationError):
            parse_time(bad)


def test_a_date_typed_the_local_way_is_read_in_the_local_order() -> None:
    assert parse_local_date("24/11/2026", "dmy") == date(2026, 11, 24)
    assert parse_local_date("11/24/2026", "mdy") == date(2026, 11, 24)
    assert parse_local_date("24.11.2026", "dmy") == date(2026, 11, 24)
    assert parse_local_date("31/02/1950", "dmy") is None  # no such day
    assert parse_local_date("24/11/26", "dmy") is None  # which century? ask for the year
    assert parse_local_date("24 Nov 2026", "dmy") is None


def test_a_typed_date_is_iso_or_local_and_a_refusal_shows_both_ways() -> None:
    assert parse_typed_date("2026-11-24", "Due", "dmy") == date(2026, 11, 24)
    assert parse_typed_date("24/11/2026", "Due", "dmy") == date(2026, 11, 24)
    assert parse_typed_date("11/24/2026", "Due", "mdy") == date(2026, 11, 24)
    with pytest.raises(ValidationError, match=r"like 31/03/2026 \(got 'soon'\)"):
        parse_typed_date("soon", "Due", "dmy")
    with pytest.raises(ValidationError, match="like 2026/03/31"):
        parse_typed_date("soon", "Due", "ymd")
    with pytest.raises(ValidationError, match="not a real calendar date"):
        parse_typed_date("2026-02-30", "Due", "dmy")  # the right shape, but no such day


def test_a_typed_number_takes_a_comma_or_a_point() -> None:
    assert parse_number(" 51,5 ") == 51.5
    assert parse_number("51.5") == 51.5
    assert parse_number("  ") is None
    for bad in ("fifty", "nan", "inf"):
        with pytest.raises(ValidationError, match="must be a number"):
            parse_number(bad, "Weight")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2027", "there is no 31 February 2027 (February 2027 has 28 days)"),
        ("2027-02-31", "there is no 31 February 2027 (February 2027 has 28 days)"),
        ("29/02/2027", "there is no 29 February 2027"),
        ("31/04/2026", "April 2026 has 30 days"),
        ("01/13/2026", "there is no month 13"),
        ("00/01/2027", "there is no day 0 in January 2027"),
    ],
)
def test_a_date_written_right_that_is_not_in_the_calendar_says_what_is_wrong_with_it(
    typed: str, said: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_typed_date(typed, "Due", "dmy")
    assert said in str(refused.value) and "YYYY-MM-DD" not in str(refused.value)
    assert parse_typed_date("29/02/2028", "Due", "dmy").day == 29
