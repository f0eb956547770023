"""`carebook report KIND`: the business's reports (time, unbilled work, mileage by month, income
by month, a payer's statement) as text, JSON, CSV, a printable PDF or a web page."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from carebook.cli.billing_reports_text import report_text
from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.core.dates import parse_date
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports.billing_reports_data import (
    IncomeReport,
    MileageMonths,
    Statement,
    TimeReport,
    UnbilledReport,
    as_json,
    billing_reads,
    income_report,
    mileage_months,
    statement,
    time_report,
    unbilled_report,
)

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.interop.billing_csv import CsvTable
    from carebook.reports.billing_reports import BillingReport
    from carebook.store.caseload import Store

#: The kinds of report, each with what `report --help` says of it.
KINDS = {
    "time": QT_TRANSLATE_NOOP(
        "CliBillingReports",
        "time by client and activity, billable or not (default period: last month)",
    ),
    "unbilled": QT_TRANSLATE_NOOP(
        "CliBillingReports", "billable work on no invoice yet, by client"
    ),
    "mileage": QT_TRANSLATE_NOOP(
        "CliBillingReports", "a year's distances by month and purpose (needs --year)"
    ),
    "income": QT_TRANSLATE_NOOP(
        "CliBillingReports",
        "payments received, by month (default period: the last twelve months)",
    ),
    "statement": QT_TRANSLATE_NOOP(
        "CliBillingReports",
        "a payer's invoices and payments with the running balance (needs --payer)",
    ),
}
#: What a PDF written is called when the command says so.
_WHAT = {
    "time": QT_TRANSLATE_NOOP("CliBillingReports", "Time report"),
    "unbilled": QT_TRANSLATE_NOOP("CliBillingReports", "Unbilled work"),
    "mileage": QT_TRANSLATE_NOOP("CliBillingReports", "Mileage by month"),
    "income": QT_TRANSLATE_NOOP("CliBillingReports", "Income by month"),
    "statement": QT_TRANSLATE_NOOP("CliBillingReports", "Statement"),
}


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `report` to the sub-commands."""
    report = commands.add_parser(
        "report",
        help=translate(
            "CliBillingReports",
            "the business's reports: time, unbilled work, mileage, income, a statement",
        ),
        description=translate("CliBillingReports", "One of the business's reports. {kinds}").format(
            kinds=" ".join(
                translate("CliBillingReports", "{kind}: {said}.").format(
                    kind=kind, said=translate("CliBillingReports", said)
                )
                for kind, said in KINDS.items()
            )
        ),
    )
    db_option(report)
    report.add_argument("kind", choices=tuple(KINDS), metavar="KIND", help=" | ".join(KINDS))
    report.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help=translate("CliBillingReports", "time and income"),
    )
    report.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        help=translate("CliBillingReports", "time and income"),
    )
    report.add_argument(
        "--year", type=int, metavar="YEAR", help=translate("CliBillingReports", "mileage: the year")
    )
    report.add_argument(
        "--payer",
        metavar="NAME",
        help=translate("CliBillingReports", "statement: who the invoices went to"),
    )
    report.add_argument("--format", choices=("text", "json", "csv", "pdf", "html"), default="text")
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliBillingReports", "write to FILE (needed for pdf)"),
    )


def run(args: argparse.Namespace) -> int:
    _refuse_options_of_other_kinds(args)
    first = parse_date(args.first, "--from") if args.first else None
    last = parse_date(args.last, "--to") if args.last else None
    if first is not None and last is not None and last < first:
        raise CommandError(
            translate("CliBillingReports", "--to {last} is before --from {first}").format(
                last=last, first=first
            )
        )
    if args.kind == "mileage":
        if args.year is None:
            raise CommandError(
                translate("CliBillingReports", "report mileage needs --year, such as --year 2026")
            )
        if not 1900 <= args.year <= 9999:
            raise CommandError(
                translate(
                    "CliBillingReports", "--year {year} is not a year to report trips in"
                ).format(year=args.year)
            )
    if args.kind == "statement" and not (args.payer or "").strip():
        raise CommandError(
            translate(
                "CliBillingReports", "report statement needs --payer NAME: who the invoices went to"
            )
        )
    output = output_path(args)
    store = open_store(args)
    try:
        report = _report(store, args, first, last)
        if args.format in ("pdf", "html"):
            _printed(store, report, args, output)
            return 0
    finally:
        store.close()
    if args.format == "json":
        text = json.dumps(as_json(report), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "csv":
        text = _table(report).text()
    else:
        text = report_text(report)
    emit(text, output)
    return 0


def _refuse_options_of_other_kinds(args: argparse.Namespace) -> None:
    """An option the kind has no use for is refused rather than quietly ignored."""
    given = {
        "--from": args.first is not None and args.kind not in ("time", "income"),
        "--to": args.last is not None and args.kind not in ("time", "income"),
        "--year": args.year is not None and args.kind != "mileage",
        "--payer": args.payer is not None and args.kind != "statement",
    }
    for option, unwanted in given.items():
        if unwanted:
            raise CommandError(
                translate("CliBillingReports", "report {kind} takes no {option}").format(
                    kind=args.kind, option=option
                )
            )


def _report(
    store: Store, args: argparse.Namespace, first: date | None, last: date | None
) -> BillingReport:
    today = store.today()
    if args.kind == "time":
        if first is None and last is None:
            last = today.replace(day=1) - timedelta(days=1)
            first = last.replace(day=1)
        first = first or (last or today).replace(day=1)
        return time_report(store, first, last or max(first, today))
    if args.kind == "income":
        if first is None:
            start = last or today
            back = start.year * 12 + start.month - 1 - 11
            first = date(back // 12, back % 12 + 1, 1)
        return income_report(store, first, last or max(first, today))
    if args.kind == "unbilled":
        return unbilled_report(store)
    if args.kind == "mileage":
        return mileage_months(store, args.year)
    return statement(store, _payer(store, args.payer))


def _payer(store: Store, typed: str) -> str:
    """The payer `typed` names (exactly, else the one whose name matches it in any case)."""
    wanted = typed.strip()
    payers = billing_reads(store).payers()
    if wanted in payers:
        return wanted
    alike = [name for name in payers if name.casefold() == wanted.casefold()]
    if len(alike) == 1:
        return alike[0]
    if not payers:
        raise CommandError(
            translate(
                "CliBillingReports",
                "no invoice has been issued to {payer}: there are no payers yet",
            ).format(payer=repr(wanted))
        )
    raise CommandError(
        translate(
            "CliBillingReports", "no invoice has been issued to {payer}; the payers are: {payers}"
        ).format(payer=repr(wanted), payers=", ".join(payers))
    )


def _printed(
    store: Store, report: BillingReport, args: argparse.Namespace, output: Path | None
) -> None:
    # Loaded only for a printed report.
    from carebook.reports import locale_paper
    from carebook.reports.billing_reports import billing_report_document, billing_report_html

    practice = store.agreements.settings().practice_name
    preferences = store.preferences.preferences()
    paper = preferences.paper.value if preferences.paper else None
    if args.format == "html":
        emit(billing_report_html(report, practice, paper or locale_paper()), output)
        return
    assert output is not None  # output_path insists on it for a PDF
    what = translate("CliBillingReports", _WHAT[args.kind])
    if isinstance(report, Statement):
        what = translate("CliBillingReports", "Statement for {payer}").format(payer=report.payer)
    write_pdf(billing_report_document(report, practice), output, paper, what)


def _table(report: BillingReport) -> CsvTable:
    # Loaded only for a CSV.
    from carebook.interop.billing_csv import (
        income_table,
        mileage_months_table,
        statement_table,
        time_report_table,
        unbilled_table,
    )

    if isinstance(report, TimeReport):
        return time_report_table(report)
    if isinstance(report, UnbilledReport):
        return unbilled_table(report)
    if isinstance(report, MileageMonths):
        return mileage_months_table(report)
    if isinstance(report, IncomeReport):
        return income_table(report)
    assert isinstance(report, Statement)  # the command makes no aged receivables: see receivables
    return statement_table(report)
