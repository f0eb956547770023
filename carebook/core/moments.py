"""Moments written with a UTC offset, read as wall-clock time in a zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from carebook.core.dates import out_of_range, range_message
from carebook.core.errors import ValidationError


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone `name` ("America/New_York"); None when empty or unknown here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def wall_clock(moment: datetime, zone: str, what: str | None = None) -> datetime:
    """`moment` as the clocks in `zone` show it, without a zone attached: 2026-12-07T09:00Z
    is 04:00 in America/New_York. A moment without an offset is taken as written; an unknown
    or empty `zone` means this computer's.

    Raises ValidationError (saying `what`, None for "The date", the day and carebook's range)
    for a moment whose day, as written or as the clocks in `zone` show it, is outside the dates
    carebook keeps; so it never overflows the calendar, however far the year or large the offset.
    """
    # The range is checked before moving the moment: far from year 1 and 9999, no offset
    # (less than a day) can carry it off the calendar.
    if out_of_range(moment.date()):
        raise ValidationError(range_message(what, moment.date()))
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=None)
    where = zone_named(zone) or _this_computer()
    local = moment.astimezone(where).replace(tzinfo=None)
    if out_of_range(local.date()):
        raise ValidationError(range_message(what, local.date()))
    return local


def _this_computer() -> ZoneInfo:
    from carebook.core.recurrence import local_zone_name  # dateutil loads only when needed

    return zone_named(local_zone_name()) or ZoneInfo("UTC")
