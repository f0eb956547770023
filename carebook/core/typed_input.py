"""Reading what a coordinator types into a form: a date, a time of day, a decimal number.

A date is ISO or written the local way with the year in full; a ValidationError says how to
write what could not be read.
"""

from __future__ import annotations

import math
import re
from datetime import date, time

from carebook.core.dates import no_such_day, parse_date
from carebook.core.errors import ValidationError
from carebook.core.words import translate

_TIME = re.compile(r"(\d{1,2}):(\d{2})")

#: How a date is written the local way, for each order of day, month and year.
_LOCAL_EXAMPLES = {"dmy": "31/03/2026", "mdy": "03/31/2026"}


def _local_parts(text: str, order: str) -> dict[str, int] | None:
    """Year, month and day of a date typed the local way with a four-digit year, or None."""
    parts = re.findall(r"\d+", text)
    if len(parts) != 3 or re.sub(r"[\d\s./-]", "", text):
        return None
    if len(parts[order.index("y")]) != 4:
        return None  # "24/11/26" could be 1926 or 2026: ask for the whole year
    return dict(zip(order, (int(part) for part in parts), strict=True))


def parse_local_date(text: str, order: str) -> date | None:
    """A date typed the local way with a four-digit year ("24/11/2026" where order is "dmy").

    None when the text is not such a date; ISO dates are read by parse_date instead.
    """
    values = _local_parts(text, order)
    if values is None:
        return None
    try:
        return date(values["y"], values["m"], values["d"])
    except ValueError:
        return None


def parse_typed_date(text: str, what: str, order: str) -> date:
    """A date typed as YYYY-MM-DD, or the local way in `order` ("dmy", "mdy" or "ymd") with the
    year in full; a ValidationError naming `what` says how to write it, or that there is no
    such day (2026-02-30)."""
    try:
        return parse_date(text, what)
    except ValidationError as error:
        local = parse_local_date(text, order)
        if local is not None:
            return local
        if "YYYY-MM-DD" not in str(error):
            raise  # the right shape, but no such day (2026-02-30)
        values = _local_parts(text, order)
        if values is not None:  # written the local way, but no such day (31/02/2027)
            said = no_such_day(values["y"], values["m"], values["d"])
            raise ValidationError(
                translate(
                    "TypedInput", "{what} {text!r} is not a real calendar date: {said}"
                ).format(what=what, text=text, said=said)
            ) from None
        example = _LOCAL_EXAMPLES.get(order, "2026/03/31")
        raise ValidationError(
            translate(
                "TypedInput",
                "{what} must be written YYYY-MM-DD (2026-03-31) or like {example} (got {text!r})",
            ).format(what=what, example=example, text=text)
        ) from None


def parse_time(text: str, what: str | None = None) -> time:
    """A wall-clock time written HH:MM, or a ValidationError saying how to write it."""
    what = what or translate("TypedInput", "Time")
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        raise ValidationError(
            translate(
                "TypedInput", "{what} must be written HH:MM, e.g. 09:30 (got {text!r})"
            ).format(what=what, text=text)
        )
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError(
            translate(
                "TypedInput", "{what} {text} is not a time of day: use 00:00 to 23:59"
            ).format(what=what, text=text)
        )
    return time(hour, minute)


def parse_number(text: str, what: str | None = None) -> float | None:
    """A decimal number (comma or point), None when empty."""
    what = what or translate("TypedInput", "Number")
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(
            translate("TypedInput", "{what} must be a number, e.g. 51.5 (got {text!r})").format(
                what=what, text=text
            )
        ) from None
    if not math.isfinite(value):
        raise ValidationError(
            translate("TypedInput", "{what} must be a number, e.g. 51.5 (got {text!r})").format(
                what=what, text=text
            )
        )
    return value
