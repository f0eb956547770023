"""How often a visit or task may repeat, and how far ahead repeating visits are laid out."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from carebook.core.dates import LATEST_DATE
from carebook.core.words import translate

#: Visits one series may hold on one day: four care calls (morning, lunch, tea, bed) and two
#: more to spare. More than this is a rule gone wrong (every minute of the day), not a schedule.
MOST_A_DAY = 6
#: Visits one bounded series may hold (COUNT, or the visits up to its UNTIL): a visit a day for
#: more than thirteen years, or four a day for three. Each is a row in the caseload file.
MOST_IN_A_SERIES = 5000
#: How far ahead of today open-ended series are laid out as dated visits, and the slack added
#: so they are laid out again only every few months.
HORIZON_DAYS = 550
HORIZON_SLACK_DAYS = 90
#: The last moment a visit may start: the end of carebook's last day.
LAST_MOMENT = datetime.combine(LATEST_DATE, time(23, 59, 59))

#: The rule parts that give a day's times, in the order a day's times are trimmed.
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")


def horizon_from(day: date) -> datetime:
    """The horizon laid out when today is `day` (never past carebook's last day)."""
    last = min(day + timedelta(days=HORIZON_DAYS + HORIZON_SLACK_DAYS), LATEST_DATE)
    return datetime.combine(last, time(23, 59))


def _values(text: str) -> list[str]:
    """The distinct values of a BY… part, in the order written ("8,12,8" -> ["8", "12"])."""
    return list(dict.fromkeys(item.strip().lstrip("+") for item in text.split(",") if item.strip()))


def times_a_day(parts: dict[str, str]) -> int:
    """The most visits the rule can give on one day.

    A daily to yearly rule gives each of its days the same times: every hour of BYHOUR at every
    minute of BYMINUTE (each the start's own when left out). BYSETPOS keeps only so many of a
    period's times, and a day lies within one period.
    """
    most = 1
    for name in _TIME_PARTS:
        most *= max(len(_values(parts.get(name, ""))), 1)
    if parts.get("BYSETPOS"):
        most = min(most, len(_values(parts["BYSETPOS"])))
    return most


def limits_problem(parts: dict[str, str]) -> str:
    """What in the rule's own parts goes past the limits, as what to fix; "" when nothing.

    What needs the rule expanded (how many visits an UNTIL gives) is checked by the caller.
    """
    seconds = _values(parts.get("BYSECOND", ""))
    if any(value.lstrip("0") for value in seconds):
        return translate(
            "RepeatLimits",
            "visits are kept to the minute, so a rule cannot choose seconds: leave out BYSECOND",
        )
    daily = times_a_day(parts)
    if daily > MOST_A_DAY:
        return translate(
            "RepeatLimits",
            "it gives {daily:,} visits a day and one series keeps at most {most}: "
            "give fewer hours (BYHOUR) or minutes (BYMINUTE)",
        ).format(daily=daily, most=MOST_A_DAY)
    count = parts.get("COUNT", "")
    if count.isdigit() and int(count) > MOST_IN_A_SERIES:
        return translate(
            "RepeatLimits",
            "COUNT={count:,} is more visits than one series keeps "
            "({most:,}): give a smaller COUNT, or leave it out to repeat "
            "without end",
        ).format(count=int(count), most=MOST_IN_A_SERIES)
    return ""


def within_limits(parts: dict[str, str]) -> dict[str, str]:
    """The parts trimmed to the limits: a day's first times, a smaller COUNT, no seconds.

    For laying out a rule stored before the limits (or written by another program): it is laid
    out as far as the limits allow rather than filling the caseload file.
    """
    trimmed = dict(parts)
    room = MOST_A_DAY
    for name in _TIME_PARTS:
        values = _values(parts.get(name, ""))
        if not values:
            continue
        kept = values[:1] if name == "BYSECOND" else values[: max(room, 1)]
        trimmed[name] = ",".join(kept)
        room = max(room // len(kept), 1)
    count = parts.get("COUNT", "")
    if count.isdigit() and int(count) > MOST_IN_A_SERIES:
        trimmed["COUNT"] = str(MOST_IN_A_SERIES)
    return trimmed
