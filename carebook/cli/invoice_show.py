"""`carebook invoice show` and `invoice list`: an invoice as text, JSON, CSV or a printable PDF,
and every invoice with how it stands."""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TYPE_CHECKING, Any

from carebook.cli.billing_input import hours, invoice_by_number, money, rate_cents
from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.reports import find_patient
from carebook.core.billing_records import InvoiceLine
from carebook.core.money import format_cents, format_mills
from carebook.core.words import translate

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.core.billing_records import Invoice
    from carebook.store.caseload import Store
    from carebook.store.invoices import InvoiceView

#: How each unit of a line's quantity is said, and how many make one rated unit.
_UNITS = {"minute": ("h", 60), "tenth_mile": ("mi", 10), "tenth_km": ("km", 10), "item": ("", 1)}


def show(args: argparse.Namespace) -> int:
    output = output_path(args)
    store = open_store(args)
    try:
        invoice = invoice_by_number(store, args.number)
        if args.format == "pdf":
            assert output is not None  # output_path insists on it for a PDF
            _pdf(store, invoice, output)
            return 0
        view = store.invoices.view(invoice)
        currency = store.agreements.settings().currency
    finally:
        store.close()
    if args.format == "json":
        text = json.dumps(invoice_json(view, currency), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "csv":
        from carebook.interop.billing_csv import invoice_table  # loaded only for a CSV

        text = invoice_table(view).text()
    else:
        text = _text(view, currency)
    emit(text, output)
    return 0


def _pdf(store: Store, invoice: Invoice, output: Path) -> None:
    from carebook.reports.invoice import invoice_document  # loaded only for a PDF

    what = translate("CliInvoices", "Invoice {number}").format(number=invoice.number)
    write_pdf(invoice_document(store, invoice), output, None, what)


def invoice_json(view: InvoiceView, currency: str) -> dict[str, Any]:
    """The invoice as `invoice show --format json` prints it (fields are added, never renamed)."""
    invoice, standing = view.invoice, view.standing
    return {
        "number": invoice.number,
        "status": standing.status.value,
        "payer": invoice.payer_name,
        "payer_address": invoice.payer_address,
        "patient": invoice.client_name,
        "patient_id": invoice.patient_id,
        "from": invoice.period_from.isoformat(),
        "to": invoice.period_to.isoformat(),
        "currency": currency,
        "drafted_on": invoice.drafted_on.isoformat(),
        "issued_on": invoice.issued_on.isoformat() if invoice.issued_on else None,
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
        "voided_on": invoice.voided_on.isoformat() if invoice.voided_on else None,
        "void_reason": invoice.void_reason,
        "rounding": invoice.rounding_note,
        "lines": [_line_json(line) for line in view.lines],
        "payments": [
            {
                "date": p.paid_on.isoformat(),
                "amount_cents": p.amount_cents,
                "method": p.method.value,
                "note": p.note,
            }
            for p in view.payments
        ],
        "total_cents": standing.total_cents,
        "paid_cents": standing.paid_cents,
        "balance_cents": standing.balance_cents,
        "credit_cents": standing.credit_cents,
        "days_overdue": standing.days_overdue,
    }


def _line_json(line: InvoiceLine) -> dict[str, Any]:
    return {
        "kind": line.kind.value,
        "date": line.on_date.isoformat() if line.on_date else None,
        "description": line.description,
        "quantity": line.quantity,
        "unit": line.unit,
        "rate_cents": rate_cents(line.rate_mills),
        "rate_mills": line.rate_mills,
        "amount_cents": line.amount_cents,
    }


def _quantity(line: InvoiceLine) -> str:
    said, per = _UNITS.get(line.unit, ("", 1))
    if line.unit == "minute":
        return hours(line.quantity)
    if per == 10:
        return f"{line.quantity / 10:,.1f} {said}"
    return str(line.quantity)


def _rate(line: InvoiceLine, currency: str) -> str:
    if line.unit == "minute":
        return f"{format_cents(line.rate_mills // 10, currency)}/h"
    if line.unit.startswith("tenth_"):
        return f"{format_mills(line.rate_mills, currency)}/{_UNITS[line.unit][0]}"
    return ""


def _text(view: InvoiceView, currency: str) -> str:
    invoice, standing = view.invoice, view.standing
    to = (
        translate("CliInvoices", "To: {payer}, {address}")
        if invoice.payer_address
        else translate("CliInvoices", "To: {payer}")
    )
    lines = [
        translate("CliInvoices", "Invoice {number} ({status})").format(
            number=invoice.number, status=standing.status.label.lower()
        ),
        to.format(payer=invoice.payer_name, address=invoice.payer_address),
        translate("CliInvoices", "For: {client}, {first} to {last}").format(
            client=invoice.client_name, first=invoice.period_from, last=invoice.period_to
        ),
    ]
    if invoice.issued_on:
        lines.append(
            translate("CliInvoices", "Issued {issued}, due {due}").format(
                issued=invoice.issued_on, due=invoice.due_on
            )
        )
    if invoice.voided_on:
        void = (
            translate("CliInvoices", "Void since {day}: {reason}")
            if invoice.void_reason
            else translate("CliInvoices", "Void since {day}")
        )
        lines.append(void.format(day=invoice.voided_on, reason=invoice.void_reason))
    lines.append("")
    for line in view.lines:
        day = line.on_date.isoformat() if line.on_date else " " * 10
        said = textwrap.wrap(line.description, 40) or [""]
        lines.append(
            f"{day}  {said[0]:<40}  {_quantity(line):>12}  "
            f"{_rate(line, currency):>12}  {format_cents(line.amount_cents, currency):>12}"
        )
        lines += [f"{'':10}  {more}" for more in said[1:]]
    width = 10 + 2 + 40 + 2 + 12 + 2 + 12 + 2 + 12
    lines.append("-" * width)
    for label, cents in (
        (translate("CliInvoices", "Total"), standing.total_cents),
        (translate("CliInvoices", "Paid"), standing.paid_cents),
        (translate("CliInvoices", "Balance"), standing.balance_cents),
    ):
        lines.append(f"{label:>{width - 14}}  {format_cents(cents, currency):>12}")
    if standing.credit_cents:
        credit = translate("CliInvoices", "Credit")
        lines.append(f"{credit:>{width - 14}}  {format_cents(standing.credit_cents, currency):>12}")
    if invoice.rounding_note:
        lines.append(invoice.rounding_note)
    return "\n".join(lines) + "\n"


def listing(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        patient_id = None if args.patient is None else find_patient(store, args.patient)
        standings = [
            (invoice, standing)
            for invoice, standing in store.invoices.standings()
            if (patient_id is None or invoice.patient_id == patient_id)
            and (args.status is None or standing.status.value == args.status)
        ]
        rows: list[dict[str, Any]] = [
            {
                "number": invoice.number,
                "status": standing.status.value,
                "patient": invoice.client_name,
                "payer": invoice.payer_name,
                "from": invoice.period_from.isoformat(),
                "to": invoice.period_to.isoformat(),
                "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
                "total_cents": standing.total_cents,
                "paid_cents": standing.paid_cents,
                "balance_cents": standing.balance_cents,
                "days_overdue": standing.days_overdue,
            }
            for invoice, standing in standings
        ]
        if args.format == "json":
            text = json.dumps(rows, indent=2, ensure_ascii=False)
        elif not rows:
            text = translate("CliInvoices", "No invoices.")
        else:
            said = translate(
                "CliInvoices",
                "{number}  {status}  {patient}  {first} to {last}  {total}  owed {owed}",
            )
            text = "\n".join(
                said.format(
                    number=f"{row['number']:>5}",
                    status=f"{row['status']:<9}",
                    patient=f"{row['patient'][:24]:<24}",
                    first=row["from"],
                    last=row["to"],
                    total=f"{money(store, row['total_cents']):>12}",
                    owed=f"{money(store, row['balance_cents']):>12}",
                )
                for row in rows
            )
    finally:
        store.close()
    print(text)
    return 0
