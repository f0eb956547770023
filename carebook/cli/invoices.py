"""`carebook invoice`: invoices drafted from a client's unbilled work, issued, paid and voided,
shown and listed; numbers come from the store's one unbroken sequence."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from carebook.cli import invoice_show
from carebook.cli.billing_input import cents, invoice_by_number, money
from carebook.cli.common import open_store
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.billing_records import Payment
from carebook.core.dates import parse_date
from carebook.core.vocabularies import InvoiceGrouping, InvoiceStatus, PaymentMethod
from carebook.core.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from carebook.store.caseload import Store

_PATIENT_HELP = QT_TRANSLATE_NOOP(
    "CliInvoices", "the client's carebook id, or a name (or phone, or MRN) to find"
)


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `invoice` (draft, issue, void, pay, show, list) to the sub-commands."""
    invoice = commands.add_parser(
        "invoice",
        help=translate("CliInvoices", "draft, issue, void, pay, show and list invoices"),
        description=translate(
            "CliInvoices",
            "Invoices for a client's unbilled time, trips and expenses of a period. "
            "Numbers run 1, 2, 3 … with no gap; a void invoice keeps its number.",
        ),
    )
    db_option(invoice)
    actions = invoice.add_subparsers(dest="invoice_command", metavar="ACTION", required=True)

    draft = actions.add_parser(
        "draft",
        help=translate(
            "CliInvoices", "draft an invoice of a client's unbilled work; prints its number"
        ),
    )
    db_option(draft)
    draft.add_argument("patient", metavar="PATIENT", help=translate("CliInvoices", _PATIENT_HELP))
    draft.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    draft.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    draft.add_argument(
        "--group",
        choices=tuple(g.value for g in InvoiceGrouping),
        default="day",
        help=translate("CliInvoices", "a time line a day (default) or an activity"),
    )

    issue = actions.add_parser(
        "issue", help=translate("CliInvoices", "issue a draft: from then on it cannot change")
    )
    db_option(issue)
    issue.add_argument("number", metavar="N")
    issue.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("CliInvoices", "the day it is issued (default today)"),
    )

    void = actions.add_parser(
        "void",
        help=translate(
            "CliInvoices", "void an invoice: it keeps its number, its work is unbilled again"
        ),
    )
    db_option(void)
    void.add_argument("number", metavar="N")
    void.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("CliInvoices", "why, as the invoice keeps it"),
    )

    pay = actions.add_parser(
        "pay",
        help=translate(
            "CliInvoices", "record a payment; more than is owed is kept as the client's credit"
        ),
    )
    db_option(pay)
    pay.add_argument("number", metavar="N")
    pay.add_argument(
        "--amount", required=True, metavar="AMOUNT", help=translate("CliInvoices", "such as 100.00")
    )
    pay.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    pay.add_argument("--method", choices=tuple(m.value for m in PaymentMethod), default="check")
    pay.add_argument(
        "--note",
        default="",
        metavar="TEXT",
        help=translate("CliInvoices", "a check number, a reference"),
    )

    show = actions.add_parser(
        "show", help=translate("CliInvoices", "an invoice as text, JSON, CSV or a printable PDF")
    )
    db_option(show)
    show.add_argument("number", metavar="N")
    show.add_argument("--format", choices=("text", "json", "csv", "pdf"), default="text")
    show.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliInvoices", "write to FILE (needed for pdf)"),
    )

    listing = actions.add_parser(
        "list", help=translate("CliInvoices", "every invoice with its status and balance")
    )
    db_option(listing)
    listing.add_argument(
        "--patient", metavar="PATIENT", help=translate("CliInvoices", _PATIENT_HELP)
    )
    listing.add_argument(
        "--status",
        choices=tuple(s.value for s in InvoiceStatus),
        help=translate("CliInvoices", "only these"),
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    command = args.invoice_command
    if command == "show":
        return invoice_show.show(args)
    if command == "list":
        return invoice_show.listing(args)
    store = open_store(args, writing=True)
    try:
        if command == "draft":
            _draft(store, args)
        elif command == "issue":
            _issue(store, args)
        elif command == "void":
            _void(store, args)
        else:
            _pay(store, args)
    finally:
        store.close()
    return 0


def _draft(store: Store, args: argparse.Namespace) -> None:
    first = parse_date(args.first, "--from")
    last = parse_date(args.last, "--to")
    if last < first:
        raise CommandError(
            translate("CliInvoices", "--to {last} comes before --from {first}").format(
                last=last, first=first
            )
        )
    patient_id = find_patient(store, args.patient)
    invoice = store.invoices.draft(patient_id, first, last, InvoiceGrouping(args.group))
    print(invoice.number)


def _issue(store: Store, args: argparse.Namespace) -> None:
    invoice = invoice_by_number(store, args.number)
    day = parse_date(args.date, "--date") if args.date else None
    if invoice.status is InvoiceStatus.ISSUED:
        raise CommandError(
            translate(
                "CliInvoices",
                "invoice {number} was issued on {day} already; "
                "to change it, void it (`carebook invoice void {number}`) and draft again",
            ).format(number=invoice.number, day=invoice.issued_on)
        )
    store.invoices.issue(invoice, day)
    view = store.invoices.view(invoice)
    print(
        translate("CliInvoices", "Invoice {number} issued to {payer}: {total}, due {due}.").format(
            number=invoice.number,
            payer=invoice.payer_name,
            total=money(store, view.total_cents),
            due=invoice.due_on,
        )
    )


def _void(store: Store, args: argparse.Namespace) -> None:
    invoice = invoice_by_number(store, args.number)
    store.invoices.void(invoice, args.reason)
    print(
        translate(
            "CliInvoices",
            "Invoice {number} is void; it keeps its number, and its time, trips and "
            "expenses are unbilled again.",
        ).format(number=invoice.number)
    )


def _pay(store: Store, args: argparse.Namespace) -> None:
    invoice = invoice_by_number(store, args.number)
    amount = cents(args.amount, "--amount")
    assert invoice.id is not None
    payment = Payment(
        invoice_id=invoice.id,
        paid_on=parse_date(args.date, "--date"),
        amount_cents=amount,
        method=PaymentMethod(args.method),
        note=args.note.strip(),
    )
    store.invoices.add_payment(payment)
    standing = store.invoices.view(invoice).standing
    print(
        translate(
            "CliInvoices", "Recorded {amount} against invoice {number}; {owed} still owed."
        ).format(
            amount=money(store, amount),
            number=invoice.number,
            owed=money(store, standing.balance_cents),
        )
    )
    credit = store.invoices.credit_said(payment)
    if credit:
        print(credit)
