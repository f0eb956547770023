"""Dates and times in the locale's way: day and month order, 12- or 24-hour clock, the first
day of the week; and exactly the long-standing English when no locale style is set."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core import calendar_words, words
from carebook.core.agenda import AgendaSpan
from carebook.core.calendar_words import Style

US = Style(month_first=True, twelve_hour=True, first_weekday=6)
moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2199, 12, 31))


@pytest.fixture(autouse=True)
def plain_style() -> Iterator[None]:
    calendar_words.set_style(Style())
    yield
    calendar_words.set_style(Style())


@given(moments)
def test_with_no_locale_style_dates_read_as_they_always_have(moment: datetime) -> None:
    assert calendar_words.day_text(moment.date()) == moment.strftime("%d %b %Y")
    assert calendar_words.day_month(moment.date()) == moment.strftime("%d %b")
    assert calendar_words.weekday_day(moment.date()) == moment.strftime("%a %d %b")
    assert calendar_words.clock_text(moment) == moment.strftime("%H:%M")
    assert calendar_words.day_and_clock(moment) == moment.strftime("%a %d %b %Y %H:%M")
    assert calendar_words.month_name(moment.month) == moment.strftime("%B")
    assert calendar_words.weekday_name(moment.date()) == moment.strftime("%A")


def test_a_united_states_locale_puts_the_month_first_and_keeps_a_twelve_hour_clock() -> None:
    calendar_words.set_style(US)
    assert calendar_words.day_text(date(2026, 11, 24)) == "Nov 24, 2026"
    assert calendar_words.weekday_day(date(2026, 11, 24)) == "Tue, Nov 24"
    assert calendar_words.day_and_clock(datetime(2026, 11, 24, 14, 5)) == (
        "Tue, Nov 24, 2026 2:05 PM"
    )
    assert [
        calendar_words.clock_text(datetime(2026, 1, 1, hour, 0)) for hour in (0, 9, 12, 23)
    ] == ["12:00 AM", "9:00 AM", "12:00 PM", "11:00 PM"]
    assert calendar_words.weekday_names_short()[:2] == ["Sun", "Mon"]
    assert calendar_words.day_text(date(2026, 12, 7)) == "Dec 7, 2026"


@given(st.dates(date(1900, 1, 8), date(9999, 12, 1)), st.integers(min_value=0, max_value=6))
def test_a_week_starts_on_the_locales_first_day_and_holds_the_day(day: date, first: int) -> None:
    calendar_words.set_style(Style(first_weekday=first))
    start = calendar_words.week_start(day)
    assert start.weekday() == first
    assert timedelta(0) <= day - start < timedelta(days=7)
    span = AgendaSpan.week(day, day)
    assert span.first == start
    assert len(span.days) == 7


def test_outside_carebooks_english_a_day_has_no_leading_zero() -> None:
    words.install(lambda context, text, disambiguation, n: text, "es")
    assert calendar_words.day_text(date(2026, 12, 7)) == "7 Dec 2026"
    assert calendar_words.day_number(date(2026, 12, 17)) == "17"
    words.install(None)
    assert calendar_words.day_text(date(2026, 12, 7)) == "07 Dec 2026"
