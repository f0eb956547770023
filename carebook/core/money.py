"""Money as integer cents and rates as integer mills (tenths of a cent): read from what a
coordinator types, and written as she reads it."""

from __future__ import annotations

import re

from carebook.core.errors import ValidationError
from carebook.core.words import translate

#: Symbols of the currencies a practice is likely to bill in; any other prints its code.
SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "EUR": "€", "GBP": "£"}
#: A typed amount: digits with optional thousands commas, and up to `places` decimals.
_AMOUNT = re.compile(r"^\s*(?:[$€£]\s*)?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?\s*$")
#: The largest amount carebook keeps (ten million): a bigger one is a typo.
MAX_CENTS = 10_000_000_00


def _parse(text: str, places: int, what: str, field: str) -> int:
    match = _AMOUNT.match(text)
    if not text.strip() or match is None or (match.group(1) is None and not match.group(2)):
        raise ValidationError(
            translate("Money", "{what} should be a number such as {places}.").format(
                what=what, places=_example(places)
            ),
            field,
        )
    whole, fraction = match.group(1) or "0", match.group(2) or ""
    if len(fraction) > places:
        raise ValidationError(
            translate(
                "Money",
                "{what} has {count} decimals; at most {places} are kept (such as {example}).",
            ).format(what=what, count=len(fraction), places=places, example=_example(places)),
            field,
        )
    value: int = int(whole.replace(",", "")) * 10**places + int(fraction.ljust(places, "0") or 0)
    return value


def _example(places: int) -> str:
    return "125.00" if places == 2 else "0.725"


def parse_cents(text: str, what: str | None = None, field: str = "amount_cents") -> int:
    """'125.00', '1,250', '$ 40.5' as cents; a ValidationError saying what to type otherwise
    (`what` names the field in it, "The amount" unless given)."""
    what = what or translate("Money", "The amount")
    cents = _parse(text, 2, what, field)
    if cents > MAX_CENTS:
        raise ValidationError(
            translate("Money", "{what} of {cents} is more than carebook keeps.").format(
                what=what, cents=format_cents(cents)
            ),
            field,
        )
    return cents


def parse_mills(text: str, what: str | None = None, field: str = "rate_mills") -> int:
    """A rate a mile such as '0.725' (dollars) as mills: 725."""
    what = what or translate("Money", "The rate")
    return _parse(text, 3, what, field)


def format_cents(cents: int, currency: str = "USD", *, symbol: bool = True) -> str:
    """1234550 -> '$12,345.50' (or '-$5.00'; 'CHF 5.00' for a currency without a symbol)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    number = f"{whole:,}.{part:02d}"
    if not symbol:
        return f"{sign}{number}"
    mark = SYMBOLS.get(currency.upper())
    return f"{sign}{mark}{number}" if mark else f"{sign}{currency.upper()} {number}"


def format_mills(mills: int, currency: str = "USD") -> str:
    """725 -> '$0.725'; 700 -> '$0.70' (a third decimal only when the rate has one)."""
    whole, part = divmod(mills, 1000)
    text = f"{whole}.{part:03d}" if part % 10 else f"{whole}.{part // 10:02d}"
    mark = SYMBOLS.get(currency.upper())
    return f"{mark}{text}" if mark else f"{currency.upper()} {text}"


def cents_for(quantity: int, per: int, rate_mills: int) -> int:
    """The amount in cents of `quantity` units of which `per` make one rated unit, at
    `rate_mills` a rated unit; half a cent rounds up (rounded once, on the line).

    Minutes at an hourly rate: cents_for(minutes, 60, rate); tenths of a mile:
    cents_for(tenths, 10, rate)."""
    numerator = quantity * rate_mills
    denominator = per * 10
    return (2 * numerator + denominator) // (2 * denominator)


def hourly_mills(cents: int) -> int:
    """An hourly rate in cents as mills, the unit every line's rate is kept in."""
    return cents * 10
