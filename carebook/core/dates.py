"""The one range of dates carebook keeps, dates typed as YYYY-MM-DD, and an age on a day."""

from __future__ import annotations

import re
from datetime import date

from carebook.core.calendar_words import month_name
from carebook.core.errors import ValidationError
from carebook.core.words import translate


def age_on(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: The one range of dates carebook accepts anywhere: typed in a form, imported, or asked for on
#: the command line. Back far enough for the oldest birth dates and histories, ahead far enough
#: for any plan, and far from the ends of Python's calendar (9999) so that a date moved to
#: another time zone, or a year of visits laid out after it, can never overflow.
EARLIEST_DATE = date(1880, 1, 1)


LATEST_DATE = date(2199, 12, 31)


def out_of_range(day: date) -> bool:
    """True for a date outside carebook's range (EARLIEST_DATE to LATEST_DATE)."""
    return not EARLIEST_DATE <= day <= LATEST_DATE


def range_message(what: str | None, day: date) -> str:
    """Why `day` is refused, naming the range carebook keeps dates in; `what` names the field or
    option that holds it ("Birth date", "--to"), None says "The date"."""
    if what is None:
        said = translate(
            "Dates",
            "The date {day} is outside the dates carebook keeps ({earliest} to {latest}); "
            "check the year",
        )
    else:
        # {what} is a field's or an option's name.
        said = translate(
            "Dates",
            "{what} {day} is outside the dates carebook keeps ({earliest} to {latest}); "
            "check the year",
        )
    return said.format(
        what=what,
        day=day.isoformat(),
        earliest=EARLIEST_DATE.isoformat(),
        latest=LATEST_DATE.isoformat(),
    )


def no_such_day(year: int, month: int, day: int) -> str:
    """What is wrong with a date written the right way that is not in the calendar:
    "there is no 31 February 2027 (February 2027 has 28 days)"."""
    if not 1 <= month <= 12:
        return translate("Dates", "there is no month {month} (months go from 1 to 12)").format(
            month=month
        )
    first = date(year, month, 1) if 1 <= year <= 9999 else None
    if first is None:
        return translate("Dates", "the year {year} is not one carebook can keep").format(year=year)
    following = date(year + (month == 12), month % 12 + 1, 1) if year < 9999 or month < 12 else None
    days = (following - first).days if following is not None else 31
    name = month_name(month)
    if day < 1:
        return translate("Dates", "there is no day {day} in {month} {year}").format(
            day=day, month=name, year=year
        )
    return translate(
        "Dates", "there is no {day} {month} {year} ({month} {year} has {days} days)"
    ).format(day=day, month=name, year=year, days=days)


def parse_date(text: str, what: str | None = None) -> date:
    """An ISO date (YYYY-MM-DD) from user input, or a ValidationError naming the field (`what`,
    its name; without it, "date")."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        if what is None:
            said = translate(
                "Dates", "date must be written YYYY-MM-DD, e.g. 2026-03-31 (got {text})"
            )
        else:
            said = translate(
                "Dates", "{what} must be written YYYY-MM-DD, e.g. 2026-03-31 (got {text})"
            )
        raise ValidationError(said.format(what=what, text=repr(text)))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        # The right shape but no such day: say what is wrong with this one.
        year, month, of_month = (int(part) for part in text.split("-"))
        if what is None:
            said = translate("Dates", "date {text} is not a real calendar date: {said}")
        else:
            said = translate("Dates", "{what} {text} is not a real calendar date: {said}")
        raise ValidationError(
            said.format(what=what, text=repr(text), said=no_such_day(year, month, of_month))
        ) from None
    if out_of_range(day):
        if what is None:
            raise ValidationError(
                translate(
                    "Dates",
                    "date {day} is outside the dates carebook keeps ({earliest} to {latest}); "
                    "check the year",
                ).format(
                    day=day.isoformat(),
                    earliest=EARLIEST_DATE.isoformat(),
                    latest=LATEST_DATE.isoformat(),
                )
            )
        raise ValidationError(range_message(what, day))
    return day
