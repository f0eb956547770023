"""The columns of the Billing tab's tables, with money in the practice's currency."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from carebook.core.invoicing import AGES
from carebook.core.list_columns import Column
from carebook.core.money import format_cents
from carebook.core.vocabularies import Vocabulary
from carebook.ui.billing.billing_rows import AGE_KEYS


def hours(minutes: int) -> str:
    """125 -> '2:05'."""
    whole, part = divmod(minutes, 60)
    return f"{whole}:{part:02d}"


def tenths(value: int) -> str:
    """125 -> '12.5'."""
    return f"{value / 10:,.1f}" if value % 10 else f"{value // 10:,}.0"


def _day(value: Any) -> str:
    return value.strftime("%a %d %b %Y") if isinstance(value, date) else ""


def _yes(value: Any) -> str:
    return "Yes" if value else "No"


def _number(value: Any) -> str:
    return "" if value is None else str(value)


def _words(value: Any) -> str:
    return value.label if isinstance(value, Vocabulary) else str(value or "")


def _money(currency: str) -> Callable[[Any], str]:
    return lambda cents: "" if cents is None else format_cents(int(cents), currency)


def time_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("on_date", "Date", _day),
        Column("client", "Client", grow=2),
        Column("activity", "Activity", grow=1),
        Column("minutes", "Time", lambda m: hours(int(m)), align_right=True),
        Column("billable", "Billable", _yes),
        Column("rate_cents", "Rate", money, align_right=True),
        Column("amount_cents", "Amount", money, align_right=True),
        Column("narrative", "Narrative", grow=3),
        Column("invoice", "Invoice", _number, align_right=True),
    )


def trip_columns(unit: str) -> tuple[Column, ...]:
    return (
        Column("on_date", "Date", _day),
        Column("from_place", "From", grow=1),
        Column("to_place", "To", grow=1),
        Column("purpose", "Purpose", _words),
        Column("client", "Client", grow=1),
        Column("distance", f"Distance ({unit})", tenths, align_right=True),
        Column("running", f"Running total ({unit})", tenths, align_right=True),
        Column("billable", "Billed to client", _yes),
        Column("invoice", "Invoice", _number, align_right=True),
    )


def expense_columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("on_date", "Date", _day),
        Column("client", "Client", grow=1),
        Column("category", "Category", _words),
        Column("amount_cents", "Amount", _money(currency), align_right=True),
        Column("billable", "Billable", _yes),
        Column("note", "Note", grow=2),
        Column("receipt", "Receipt", grow=1),
        Column("invoice", "Invoice", _number, align_right=True),
    )


#: The invoice states that need no warning sign; an overdue one has its days in its status.
CALM_STATUSES = frozenset({"Draft", "Issued", "Part paid", "Paid", "Void"})


def invoice_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("number", "Number", _number, align_right=True),
        Column("client", "Client", grow=1),
        Column("payer", "Payer", grow=1),
        Column("period", "Period"),
        Column("status", "Status", badge=True, calm=CALM_STATUSES),
        Column("total_cents", "Total", money, align_right=True),
        Column("paid_cents", "Paid", money, align_right=True),
        Column("balance_cents", "Balance", money, align_right=True),
        Column("due_on", "Due", _day),
    )


def aged_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)

    def amount(cents: Any) -> str:
        return money(cents) if cents else "–"

    # The money columns share the spare width with the client's, so the ages stay near her name.
    return (
        Column("client", "Client", grow=2),
        *(
            Column(key, title, amount, align_right=True, grow=1)
            for key, title in zip(AGE_KEYS, AGES, strict=True)
        ),
        Column("total", "Total owed", amount, align_right=True, grow=1),
        Column("invoices", "Invoices", _number, align_right=True),
    )


def line_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("on_date", "Date", _day),
        Column("description", "Description", grow=1),
        Column("quantity", "Quantity", align_right=True),
        Column("rate", "Rate", align_right=True),
        Column("amount_cents", "Amount", money, align_right=True),
    )


def payment_columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("paid_on", "Paid on", _day),
        Column("amount_cents", "Amount", _money(currency), align_right=True),
        Column("method", "Method", _words),
        Column("note", "Note", grow=1),
    )
