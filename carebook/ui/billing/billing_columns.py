"""The columns of the Billing tab's tables, with money in the practice's currency."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from carebook.core.calendar_words import weekday_day
from carebook.core.invoicing import AGES
from carebook.core.list_columns import Column
from carebook.core.money import format_cents
from carebook.core.vocabularies import InvoiceStatus, Vocabulary
from carebook.core.words import translate
from carebook.ui.billing.billing_rows import AGE_KEYS


def hours(minutes: int) -> str:
    """125 -> '2:05'."""
    whole, part = divmod(minutes, 60)
    return f"{whole}:{part:02d}"


def tenths(value: int) -> str:
    """125 -> '12.5'."""
    return f"{value / 10:,.1f}" if value % 10 else f"{value // 10:,}.0"


def _day(value: Any) -> str:
    return weekday_day(value, year=True) if isinstance(value, date) else ""


def _yes(value: Any) -> str:
    return translate("BillingColumns", "Yes") if value else translate("BillingColumns", "No")


def _number(value: Any) -> str:
    return "" if value is None else str(value)


def _words(value: Any) -> str:
    return value.label if isinstance(value, Vocabulary) else str(value or "")


def _money(currency: str) -> Callable[[Any], str]:
    return lambda cents: "" if cents is None else format_cents(int(cents), currency)


def time_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("on_date", translate("BillingColumns", "Date"), _day),
        Column("client", translate("BillingColumns", "Client"), grow=2),
        Column("activity", translate("BillingColumns", "Activity"), grow=1),
        Column(
            "minutes",
            translate("BillingColumns", "Time"),
            lambda m: hours(int(m)),
            align_right=True,
        ),
        Column("billable", translate("BillingColumns", "Billable"), _yes),
        Column("rate_cents", translate("BillingColumns", "Rate"), money, align_right=True),
        Column("amount_cents", translate("BillingColumns", "Amount"), money, align_right=True),
        Column("narrative", translate("BillingColumns", "Narrative"), grow=3),
        Column("invoice", translate("BillingColumns", "Invoice"), _number, align_right=True),
    )


def trip_columns(unit: str) -> tuple[Column, ...]:
    return (
        Column("on_date", translate("BillingColumns", "Date"), _day),
        Column("from_place", translate("BillingColumns", "From"), grow=1),
        Column("to_place", translate("BillingColumns", "To"), grow=1),
        Column("purpose", translate("BillingColumns", "Purpose"), _words),
        Column("client", translate("BillingColumns", "Client"), grow=1),
        Column(
            "distance",
            translate("BillingColumns", "Distance ({unit})").format(unit=unit),
            tenths,
            align_right=True,
        ),
        Column(
            "running",
            translate("BillingColumns", "Running total ({unit})").format(unit=unit),
            tenths,
            align_right=True,
        ),
        Column("billable", translate("BillingColumns", "Billed to client"), _yes),
        Column("invoice", translate("BillingColumns", "Invoice"), _number, align_right=True),
    )


def expense_columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("on_date", translate("BillingColumns", "Date"), _day),
        Column("client", translate("BillingColumns", "Client"), grow=1),
        Column("category", translate("BillingColumns", "Category"), _words),
        Column(
            "amount_cents",
            translate("BillingColumns", "Amount"),
            _money(currency),
            align_right=True,
        ),
        Column("billable", translate("BillingColumns", "Billable"), _yes),
        Column("note", translate("BillingColumns", "Note"), grow=2),
        Column("receipt", translate("BillingColumns", "Receipt"), grow=1),
        Column("invoice", translate("BillingColumns", "Invoice"), _number, align_right=True),
    )


def invoice_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("number", translate("BillingColumns", "Number"), _number, align_right=True),
        Column("client", translate("BillingColumns", "Client"), grow=1),
        Column("payer", translate("BillingColumns", "Payer"), grow=1),
        Column("period", translate("BillingColumns", "Period")),
        Column(
            "status",
            translate("BillingColumns", "Status"),
            badge=True,
            # Every state is calm; an overdue invoice has its days in its status instead.
            calm_values=tuple(InvoiceStatus),
        ),
        Column("total_cents", translate("BillingColumns", "Total"), money, align_right=True),
        Column("paid_cents", translate("BillingColumns", "Paid"), money, align_right=True),
        Column("balance_cents", translate("BillingColumns", "Balance"), money, align_right=True),
        Column("due_on", translate("BillingColumns", "Due"), _day),
    )


def aged_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)

    def amount(cents: Any) -> str:
        return money(cents) if cents else "–"

    # The money columns share the spare width with the client's, so the ages stay near her name.
    return (
        Column("client", translate("BillingColumns", "Client"), grow=2),
        *(
            Column(key, translate("Invoicing", title), amount, align_right=True, grow=1)
            for key, title in zip(AGE_KEYS, AGES, strict=True)
        ),
        Column(
            "total", translate("BillingColumns", "Total owed"), amount, align_right=True, grow=1
        ),
        Column("invoices", translate("BillingColumns", "Invoices"), _number, align_right=True),
    )


def line_columns(currency: str) -> tuple[Column, ...]:
    money = _money(currency)
    return (
        Column("on_date", translate("BillingColumns", "Date"), _day),
        Column("description", translate("BillingColumns", "Description"), grow=1),
        Column("quantity", translate("BillingColumns", "Quantity"), align_right=True),
        Column("rate", translate("BillingColumns", "Rate"), align_right=True),
        Column("amount_cents", translate("BillingColumns", "Amount"), money, align_right=True),
    )


def payment_columns(currency: str) -> tuple[Column, ...]:
    return (
        Column("paid_on", translate("BillingColumns", "Paid on"), _day),
        Column(
            "amount_cents",
            translate("BillingColumns", "Amount"),
            _money(currency),
            align_right=True,
        ),
        Column("method", translate("BillingColumns", "Method"), _words),
        Column("note", translate("BillingColumns", "Note"), grow=1),
    )
