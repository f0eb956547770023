"""How a care plan's days and free text read on screen: a day in a sentence, notes on one line."""

from __future__ import annotations

from datetime import date
from typing import Any

from carebook.core.calendar_words import month_short, style


def spoken_day(day: date) -> str:
    """ "4 Mar 2027": a date in a sentence, where a table would say "04 Mar 2027"."""
    if style().month_first:
        return f"{month_short(day.month)} {day.day}, {day.year}"
    return f"{day.day} {month_short(day.month)} {day.year}"


def one_line(value: Any) -> str:
    """A multi-line text on one table line."""
    return " ".join(str(value or "").split())[:300]
