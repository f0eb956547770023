"""`carebook receivables`: what each payer owes on issued invoices, by how late it is."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from carebook.cli.billing_input import money
from carebook.cli.common import open_store
from carebook.core.invoicing import AGES, age_column
from carebook.core.words import translate

#: The JSON keys of the age columns, in the order of core.invoicing.AGES.
BUCKETS = ("current", "1_30", "31_60", "61_90", "over_90")


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `receivables` to the sub-commands."""
    receivables = commands.add_parser(
        "receivables",
        help=translate(
            "CliReceivables", "what is owed on issued invoices, by payer and by how late it is"
        ),
        description=translate(
            "CliReceivables",
            "The aged receivables: each payer's balance on issued invoices, in columns "
            "by days past the due date (current, 1–30, 31–60, 61–90, over 90).",
        ),
    )
    db_option(receivables)
    receivables.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        today = store.today()
        owed = store.invoices.owing()
        payers: dict[tuple[str, str], dict[str, Any]] = {}
        for invoice, standing in sorted(owed, key=lambda pair: pair[0].number):
            key = (invoice.payer_name, invoice.client_name)
            row = payers.setdefault(
                key,
                {
                    "payer": invoice.payer_name,
                    "patient": invoice.client_name,
                    "patient_id": invoice.patient_id,
                    "invoices": [],
                    **{bucket: 0 for bucket in BUCKETS},
                    "total_cents": 0,
                },
            )
            bucket = BUCKETS[age_column(standing.days_overdue)]
            row[bucket] += standing.balance_cents
            row["total_cents"] += standing.balance_cents
            row["invoices"].append(
                {
                    "number": invoice.number,
                    "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
                    "days_overdue": standing.days_overdue,
                    "balance_cents": standing.balance_cents,
                    "bucket": bucket,
                }
            )
        rows = sorted(payers.values(), key=lambda row: (row["payer"], row["patient"]))
        totals = {bucket: sum(row[bucket] for row in rows) for bucket in BUCKETS}
        totals["total_cents"] = sum(row["total_cents"] for row in rows)
        if args.format == "json":
            shaped = {
                "as_of": today.isoformat(),
                "currency": store.agreements.settings().currency,
                "columns": dict(zip(BUCKETS, AGES, strict=True)),
                "payers": rows,
                "totals": totals,
            }
            text = json.dumps(shaped, indent=2, ensure_ascii=False)
        elif not rows:
            text = translate("CliReceivables", "Nothing is owed on issued invoices.")
        else:
            payer = translate("CliReceivables", "Payer (client)")
            total = translate("CliReceivables", "Total")
            head = (
                f"{payer:<34}"
                + "".join(f"{translate('Invoicing', age):>14}" for age in AGES)
                + f"{total:>14}"
            )
            body = [
                f"{(row['payer'] + ' (' + row['patient'] + ')')[:34]:<34}"
                + "".join(f"{money(store, row[b]):>14}" for b in BUCKETS)
                + f"{money(store, row['total_cents']):>14}"
                for row in rows
            ]
            foot = (
                f"{total:<34}"
                + "".join(f"{money(store, totals[b]):>14}" for b in BUCKETS)
                + f"{money(store, totals['total_cents']):>14}"
            )
            owed_on = translate("CliReceivables", "Owed on {day}").format(day=today)
            text = "\n".join([owed_on, head, *body, foot])
    finally:
        store.close()
    print(text)
    return 0
