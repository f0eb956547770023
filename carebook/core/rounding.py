"""Billable minutes rounded up as the practice bills them: each entry, or each client's day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from carebook.core.vocabularies import Rounding, RoundingScope
from carebook.core.words import translate


def rounded_up(minutes: int, rounding: Rounding) -> int:
    """`minutes` up to the next multiple of the rounding's step (0 stays 0)."""
    step = rounding.step
    return -(-minutes // step) * step


def rounded_day(minutes: Sequence[int], rounding: Rounding) -> list[int]:
    """A client's day of entries rounded as one: the day's total is rounded up, and the
    minutes added go to its last entry, so each entry still bills at its own rate."""
    if not minutes:
        return []
    extra = rounded_up(sum(minutes), rounding) - sum(minutes)
    return [*minutes[:-1], minutes[-1] + extra]


def rounded_entries(
    entries: Iterable[tuple[int | None, date, int]], rounding: Rounding, scope: RoundingScope
) -> list[int]:
    """Each (client, day, minutes) entry's billed minutes, in the order given."""
    listed = list(entries)
    if scope is RoundingScope.ENTRY:
        return [rounded_up(minutes, rounding) for _client, _day, minutes in listed]
    billed = [minutes for _client, _day, minutes in listed]
    days: dict[tuple[int | None, date], list[int]] = {}
    for at, (client, day, _minutes) in enumerate(listed):
        days.setdefault((client, day), []).append(at)
    for positions in days.values():
        for at, value in zip(
            positions, rounded_day([billed[at] for at in positions], rounding), strict=True
        ):
            billed[at] = value
    return billed


def rounding_note(rounding: Rounding, scope: RoundingScope) -> str:
    """What an invoice says of its rounding."""
    if rounding is Rounding.NONE:
        return translate("Rounding", "Time is billed to the minute.")
    if scope is RoundingScope.ENTRY:
        said = translate("Rounding", "Time is rounded up to {minutes} minutes, each entry.")
    else:
        said = translate(
            "Rounding", "Time is rounded up to {minutes} minutes, each day's total for the client."
        )
    return said.format(minutes=rounding.value)
