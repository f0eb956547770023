"""Reading a repeat rule's text: what carebook accepts (RFC 5545, within its limits)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from itertools import islice
from types import ModuleType

from dateutil import parser as date_parser
from dateutil.rrule import rrule, rrulestr

from carebook.core import repeat_limits
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.repeat_limits import MOST_IN_A_SERIES
from carebook.core.words import translate

_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


def rule_parts(text: str) -> dict[str, str]:
    """ "FREQ=WEEKLY;BYDAY=TU" -> {"FREQ": "WEEKLY", "BYDAY": "TU"} (no checking)."""
    parts: dict[str, str] = {}
    for item in text.strip().upper().removeprefix("RRULE:").split(";"):
        key, _, value = item.partition("=")
        if key.strip():
            parts[key.strip()] = value.strip()
    return parts


def parse_rule(text: str, dtstart: datetime) -> rrule:
    """The rule in `text` (with or without an "RRULE:" prefix) anchored at dtstart.

    Parsed rules are remembered: a series is validated, measured and laid out from one parse.

    Only what a visit or task schedule needs is accepted: one RRULE (no DTSTART, RDATE or EXDATE
    of its own: the appointment's start anchors it), a daily to yearly frequency, INTERVAL and
    COUNT of at least 1, and never COUNT with UNTIL (RFC 5545 forbids the pair). It must happen
    at least once, and stay within carebook's limits (see repeat_limits): a few visits a day,
    a few thousand in a series that ends, and none after carebook's last date.
    """
    return _checked_rule(text, dtstart.replace(tzinfo=None))


@lru_cache(maxsize=4096)
def _checked_rule(text: str, dtstart: datetime) -> rrule:
    rule = _parse_rule(text, dtstart)
    parts = rule_parts(text)
    if "UNTIL" in parts and not _UNTIL_WRITTEN.fullmatch(parts["UNTIL"]):
        # dateutil reads almost any date ("31/01/2027", and "01/02/2027" as 2 January).
        raise ValidationError(
            translate(
                "RepeatRules",
                "UNTIL in the repeat rule {text} must be a date written YYYYMMDD, or a "
                "date and time YYYYMMDDTHHMMSS (RFC 5545), e.g. UNTIL=20270131.",
            ).format(text=_shown(text))
        )
    problem = repeat_limits.limits_problem(parts)
    if problem:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} cannot be kept: {problem}.").format(
                text=_shown(text), problem=problem
            )
        )
    never = _why_never_daily(parts)
    if never:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} never happens: {never}.").format(
                text=_shown(text), never=never
            )
        )
    until = rule_until(parts)
    if until is not None and until.date() > LATEST_DATE:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} cannot be kept: {why}.").format(
                text=_shown(text),
                why=translate(
                    "RepeatRules",
                    "its end (UNTIL) {day} is outside the dates carebook keeps "
                    "({earliest} to {latest}); check the year",
                ).format(
                    day=until.date().isoformat(),
                    earliest=EARLIEST_DATE.isoformat(),
                    latest=LATEST_DATE.isoformat(),
                ),
            )
        )
    # The rule reads dates only up to carebook's last day, so this search ends there. A rule
    # ending before its first date is kept (it has no visits), as it always was.
    if until is None and next(read_dates(rule, text), None) is None:
        raise ValidationError(
            translate(
                "RepeatRules",
                "The repeat rule {text} never happens: none of its dates falls from "
                "its start to {latest}.",
            ).format(text=_shown(text), latest=LATEST_DATE.isoformat())
        )
    if (
        until is not None
        and until >= dtstart
        and sum(1 for _ in islice(read_dates(rule, text), MOST_IN_A_SERIES + 1))
        > (MOST_IN_A_SERIES)
    ):
        raise ValidationError(
            translate(
                "RepeatRules",
                "The repeat rule {text} cannot be kept: up to its end (UNTIL) it gives "
                "more than {most_in_a_series:,} visits, the most one series keeps; end "
                "it sooner, repeat less often, or leave the end out to repeat without "
                "end.",
            ).format(text=_shown(text), most_in_a_series=MOST_IN_A_SERIES)
        )
    # A COUNT running past carebook's last date is kept: its visits stop there.
    return rule


#: How RFC 5545 writes UNTIL: a date, or a date and local time (a UTC one is refused apart).
_UNTIL_WRITTEN = re.compile(r"\d{8}(T\d{6})?")


def _why_never_daily(parts: dict[str, str]) -> str:
    """A daily rule whose BYSETPOS picks past the times it gives a day never happens; said at
    once rather than found by searching every day to carebook's last."""
    setpos = _numbers(parts.get("BYSETPOS", ""))
    if (
        parts.get("FREQ") == "DAILY"
        and setpos
        and all(abs(pos) > repeat_limits.times_a_day(parts | {"BYSETPOS": ""}) for pos in setpos)
    ):
        return "BYSETPOS picks past the times it gives a day"
    return ""


def _shown(text: str) -> str:
    """The rule as a message quotes it: a long one cut short, so what to fix still shows."""
    return repr(text if len(text) <= 60 else text[:59] + "…")


def rule_until(parts: dict[str, str]) -> datetime | None:
    """UNTIL as the rule's expansion reads it (a bare date is its midnight)."""
    return _until_of(parts["UNTIL"]) if "UNTIL" in parts else None


@lru_cache(maxsize=1024)
def _until_of(text: str) -> datetime:
    return date_parser.parse(text).replace(tzinfo=None)


@lru_cache(maxsize=4096)
def _parse_rule(text: str, dtstart: datetime) -> rrule:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body:
        raise ValidationError(translate("RepeatRules", "The repeat rule is empty."))
    if ":" in body or "\n" in body or "\r" in body:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} must be a single RRULE line.").format(
                text=_shown(text)
            )
        )
    parts = rule_parts(body)
    if parts.get("FREQ") not in _FREQUENCIES:
        raise ValidationError(
            translate(
                "RepeatRules",
                "The repeat rule {text} must repeat daily, weekly, monthly or yearly.",
            ).format(text=_shown(text))
        )
    for name in ("INTERVAL", "COUNT"):
        if name in parts and not (parts[name].isdigit() and int(parts[name]) >= 1):
            raise ValidationError(
                translate(
                    "RepeatRules", "{name} in the repeat rule must be a whole number of 1 or more."
                ).format(name=name)
            )
    if "COUNT" in parts and "UNTIL" in parts:
        raise ValidationError(
            translate(
                "RepeatRules",
                "A repeat rule ends either after a number of times or on a date, not both.",
            )
        )
    if parts.get("UNTIL", "").endswith("Z"):
        # dateutil's own message here asks for UTC, which is what the rule already has.
        raise ValidationError(
            translate(
                "RepeatRules",
                "The repeat rule {text} ends at a UTC time (UNTIL ending in Z); visits "
                "keep local wall-clock time, so give the end in local time, without "
                "the Z.",
            ).format(text=_shown(text))
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            rule = rrulestr(body, dtstart=dtstart.replace(tzinfo=None))
    except (ValueError, TypeError, OverflowError, DeprecationWarning) as error:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} is not valid: {error}").format(
                text=_shown(text), error=error
            )
        ) from None
    if not isinstance(rule, rrule):
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} must be a single RRULE.").format(
                text=_shown(text)
            )
        )
    never = _why_never(parts, dtstart)
    if never:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} never happens: {never}.").format(
                text=_shown(text), never=never
            )
        )
    return rule


def _reading_no_further_than_carebook() -> None:
    """Make dateutil search a rule's dates no further than carebook's last year.

    dateutil stops at the year 9999 (datetime.MAXYEAR, read from its own `datetime` module):
    a rule that rarely or never gives a date (BYSETPOS=3 in a daily rule) was searched day by
    day to then, freezing carebook for seconds, and a date near it overflowed. Its rrule module
    is given a copy of `datetime` whose MAXYEAR is carebook's last year; nothing else changes.
    """
    import datetime as clock_module  # the patch below works on the modules themselves

    import dateutil.rrule  # the patch below works on the modules themselves

    bounded = ModuleType("datetime")
    bounded.__dict__.update(vars(clock_module))
    bounded.MAXYEAR = LATEST_DATE.year  # type: ignore[attr-defined]
    # Set by name: the attribute is declared as the real module, which a copy is not.
    setattr(dateutil.rrule, "datetime", bounded)  # noqa: B010


_reading_no_further_than_carebook()


def laid_out_rule(text: str, dtstart: datetime) -> rrule:
    """The rule trimmed to carebook's limits, for laying out visits: the rule itself when it
    keeps to them (as every rule saved by this carebook does). A rule that does not read at
    all raises ValidationError."""
    parts = rule_parts(text)
    trimmed = repeat_limits.within_limits(parts)
    rule = _parse_rule(text, dtstart)  # the stored text must read as it is
    if trimmed == parts:
        return rule
    return _parse_rule(";".join(f"{key}={value}" for key, value in trimmed.items()), dtstart)


def read_dates(found: Iterable[datetime], text: str) -> Iterator[datetime]:
    """The dates dateutil gives; one that fails part way through a rule it accepted makes the
    rule one that is not valid, like any other it cannot read."""
    try:
        yield from found
    except (IndexError, ValueError, OverflowError) as error:
        raise ValidationError(
            translate("RepeatRules", "The repeat rule {text} is not valid: {error}").format(
                text=_shown(text), error=error
            )
        ) from None


def ends(parts: dict[str, str]) -> bool:
    return "COUNT" in parts or "UNTIL" in parts


#: The most days each month can have (February in a leap year).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _numbers(text: str) -> list[int]:
    return [int(item) for item in text.split(",") if item.strip().lstrip("+-").isdigit()]


def _why_never(parts: dict[str, str], dtstart: datetime) -> str:
    """Why a rule can have no occurrence at all, or "" (found at once, where dateutil would
    search for one: 30 February, or every other month but only in January when the series
    starts in December). A weekday numbered past any month's or year's (8MO) fails dateutil."""
    if parts.get("FREQ") in ("MONTHLY", "YEARLY"):
        in_a_month = parts["FREQ"] == "MONTHLY" or "BYMONTH" in parts
        for number in (item.strip()[:-2] for item in parts.get("BYDAY", "").split(",")):
            if number.lstrip("+-").isdigit() and abs(int(number)) > (5 if in_a_month else 53):
                if in_a_month:
                    said = translate("RepeatRules", "no month has a weekday numbered {number}")
                else:
                    said = translate("RepeatRules", "no year has a weekday numbered {number}")
                return said.format(number=number)
    months = _numbers(parts.get("BYMONTH", "")) or list(range(1, 13))
    if parts.get("FREQ") == "MONTHLY" and "BYMONTH" in parts:
        step = int(parts.get("INTERVAL", "1") or 1)
        reached = {(dtstart.month - 1 + step * n) % 12 + 1 for n in range(12)}
        if not reached & set(months):
            return translate("RepeatRules", "every month it repeats in is left out by its months")
    days = _numbers(parts.get("BYMONTHDAY", ""))
    if days and not any(
        abs(day) <= _MONTH_DAYS[month - 1] for month in months for day in days if day
    ):
        return translate("RepeatRules", "none of its months has that day")
    return ""
