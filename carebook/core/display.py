"""How stored values read on screen: dates, times, codes, flags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from carebook.core.calendar_words import clock_text, day_and_clock, day_text
from carebook.core.recurrence import describe
from carebook.core.vocabularies import Vocabulary, label_of
from carebook.core.words import translate


def day(value: Any) -> str:
    """ "2026-11-24" -> "24 Nov 2026" (unambiguous in every locale)."""
    if not value:
        return ""
    try:
        return day_text(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def day_and_time(value: Any) -> str:
    """ "2026-11-24T09:30" -> "Tue 24 Nov 2026 09:30"."""
    if not value:
        return ""
    try:
        return day_and_clock(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def clock(value: Any) -> str:
    """ "2026-11-24T09:30" or "09:30" -> "09:30"."""
    text = "" if value is None else str(value)
    part = text[11:16] if "T" in text else text[:5]
    try:
        return clock_text(time.fromisoformat(part))
    except ValueError:
        return part


def birth(value: Any, today: date | None = None) -> str:
    """ "1941-05-13" -> "13 May 1941 (85)"."""
    if not value:
        return ""
    try:
        born = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    today = today or date.today()
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return translate("Display", "{day} ({age})", "a birth date and the age").format(
        day=day_text(born), age=age
    )


def code(value: Any) -> str:
    """A stored code as words: "on_hold" -> "On hold"."""
    return label_of(str(value)) if value else ""


def code_of(vocabulary: type[Vocabulary]) -> Callable[[Any], str]:
    """How a code of `vocabulary` reads: its label, translated in that vocabulary's context so
    that it agrees with its noun ("active" is "Activo" for a patient, "Activa" for an allergy).
    A value the vocabulary does not list reads as `code` would show it."""

    def show(value: Any) -> str:
        if not value:
            return ""
        try:
            return vocabulary(str(value)).label
        except ValueError:
            return code(value)

    show.__name__ = show.__qualname__ = f"code_of_{vocabulary.__name__}"
    return show


def yes(value: Any) -> str:
    return translate("Display", "Yes") if value else ""


def repeats(value: Any) -> str:
    return describe(str(value)) if value else ""
