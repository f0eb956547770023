"""What the billing forms share: tenths typed as decimals, a completer of names, a refusal
moved onto the field the form shows, and a drafted record's check run with its fields renamed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from carebook.core.errors import ValidationError
from carebook.core.money import format_cents
from carebook.core.words import translate


def parse_tenths(text: str, what: str, field: str) -> int | None:
    """'12.5' or '1,204' as tenths (125, 12040); None for nothing typed."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            translate("billing_forms", "%s should be a number such as 12.5.") % what, field
        ) from None
    tenths = number * 10
    if tenths != tenths.to_integral_value():
        raise ValidationError(
            translate("billing_forms", "%s is kept to one decimal, such as 12.5.") % what, field
        )
    return int(tenths)


def tenths_text(tenths: int | None) -> str:
    """125 -> '12.5'; None -> ''."""
    if tenths is None:
        return ""
    whole, part = divmod(tenths, 10)
    return f"{whole}.{part}" if part else str(whole)


def money_text(cents: int | None) -> str:
    """12500 -> '125.00', as a coordinator types an amount; None -> ''."""
    return "" if cents is None else format_cents(cents, symbol=False)


def renamed(check: Callable[[], None], names: Mapping[str, str]) -> None:
    """Run a record's check and name, in its refusal, the form's field for the record's field
    (the form drafts `rate` as text where the record keeps `rate_cents`)."""
    try:
        check()
    except ValidationError as error:
        raise ValidationError(str(error), names.get(error.field, error.field)) from None


def offer_names(edit: QWidget, names: Iterable[str]) -> QCompleter | None:
    """Complete `edit` (a line edit) from `names`, matching anywhere, case aside."""
    if not isinstance(edit, QLineEdit):
        return None
    completer = QCompleter(QStringListModel(list(names), edit), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return completer
