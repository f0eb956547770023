"""What the billing commands read from the command line (amounts, distances, minutes, an invoice
number) and how they print money and tables, shared by rates, time, trips and invoices."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from carebook.cli.refusal import CommandError
from carebook.core.money import format_cents, parse_cents, parse_mills
from carebook.core.words import translate

if TYPE_CHECKING:  # sqlite-utils loads only to open a caseload
    from carebook.core.billing_records import Invoice
    from carebook.store.caseload import Store

#: A distance as typed: whole units with at most one decimal (24.8), kept in tenths.
_DISTANCE = re.compile(r"^\s*(\d{1,6})(?:\.(\d?))?\s*$")


def cents(text: str, option: str) -> int:
    """An amount such as 125.00 given to `option`, in cents."""
    return parse_cents(text, option)


def mills(text: str, option: str) -> int:
    """A rate such as 0.725 given to `option`, in mills (tenths of a cent)."""
    return parse_mills(text, option)


def tenths(text: str, option: str) -> int:
    """A distance or odometer reading such as 24.8 given to `option`, in tenths."""
    match = _DISTANCE.match(text)
    if match is None:
        raise CommandError(
            translate(
                "CliBilling",
                "{option} should be a number with at most one decimal, such as 24.8 (got {typed})",
            ).format(option=option, typed=repr(text))
        )
    return int(match.group(1)) * 10 + int(match.group(2) or 0)


def minutes(text: str, option: str = "--minutes") -> int:
    """Minutes given as 50, or as hours and minutes 1:30; negative ones are refused."""
    typed = text.strip()
    hours, colon, rest = typed.partition(":")
    try:
        if colon:
            if not rest.isdigit() or int(rest) >= 60:
                raise ValueError
            return int(hours) * 60 + int(rest)
        return int(typed)
    except ValueError:
        raise CommandError(
            translate(
                "CliBilling",
                "{option} should be whole minutes such as 50, or hours and minutes such as 1:30 "
                "(got {typed})",
            ).format(option=option, typed=repr(text))
        ) from None


def invoice_by_number(store: Store, text: str) -> Invoice:
    """The invoice numbered `text`, or a one-line refusal naming the numbers there are."""
    typed = text.strip().lstrip("#")
    if not typed.isascii() or not typed.isdigit() or len(typed) > 18:
        raise CommandError(
            translate(
                "CliBilling", "an invoice number is a whole number such as 12 (got {typed})"
            ).format(typed=repr(text))
        )
    try:
        return store.invoices.by_number(int(typed))
    except LookupError:
        latest = store.invoices.invoices()
        refusal = (
            translate("CliBilling", "there is no invoice {number}; the latest is {latest}")
            if latest
            else translate("CliBilling", "there is no invoice {number}; there are none yet")
        )
        raise CommandError(
            refusal.format(number=int(typed), latest=latest[0].number if latest else "")
        ) from None


def money(store: Store, amount: int) -> str:
    """An amount in cents as the practice's currency prints it."""
    return format_cents(amount, store.agreements.settings().currency)


def hours(total: int) -> str:
    """Minutes as 1 h 05 min (or 50 min)."""
    whole, rest = divmod(total, 60)
    return f"{whole} h {rest:02d} min" if whole else f"{rest} min"


def rate_cents(rate_mills: int) -> int | float:
    """A rate in mills as cents: whole cents as an int, 72.5 only when it has a fraction."""
    whole, part = divmod(rate_mills, 10)
    return whole if part == 0 else rate_mills / 10


def warn(text: str) -> None:
    """A warning that does not stop the command, on stderr."""
    print(translate("Cli", "carebook: warning: {problem}").format(problem=text), file=sys.stderr)
