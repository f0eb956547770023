"""`carebook agenda`: the day's visits and tasks as text or JSON, or the printable day sheet."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.core.dates import parse_date
from carebook.core.words import translate
from carebook.reports import PAPERS


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `agenda` to the sub-commands."""
    agenda = commands.add_parser(
        "agenda",
        help=translate("CliAgenda", "print the day's visits and the tasks due or overdue"),
        description=translate(
            "CliAgenda", "Print the agenda: visits in time order, then tasks due and overdue."
        ),
    )
    db_option(agenda)
    agenda.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("CliAgenda", "the first day (default: today)"),
    )
    agenda.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=translate("CliAgenda", "print N consecutive days (JSON: a list of days)"),
    )
    agenda.add_argument(
        "--format",
        choices=("text", "json", "pdf", "html"),
        default="text",
        help=translate(
            "CliAgenda", "text (default), json, or the printable day sheet as pdf or html"
        ),
    )
    agenda.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliAgenda", "write to FILE instead of printing (needed for pdf)"),
    )
    agenda.add_argument(
        "--paper",
        choices=PAPERS,
        help=translate(
            "CliAgenda",
            "paper size of the day sheet (default: as in the window's "
            "preferences, else your locale's)",
        ),
    )
    agenda.add_argument(
        "--patient-sheets",
        action="store_true",
        help=translate(
            "CliAgenda",
            "add a sheet for each patient visited: contacts, allergies, "
            "medications and recent changes, tasks, room for notes",
        ),
    )
    agenda.add_argument(
        "--prepared-by",
        metavar="NAME",
        help=translate(
            "CliAgenda",
            "the coordinator's name, printed at the top of the day sheet "
            "(default: the name in the window's preferences)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    # Loaded only by the command that needs it.
    from carebook.core.agenda import (
        build_day,
        to_json,
        to_text,
    )

    first = parse_date(args.date, "--date") if args.date else date.today()
    days = 1 if args.days is None else args.days
    if not 1 <= days <= 366:
        raise CommandError(translate("CliAgenda", "--days must be between 1 and 366"))
    output = output_path(args)
    if args.format in ("pdf", "html"):
        return day_sheet(args, [first + timedelta(days=offset) for offset in range(days)], output)
    if args.patient_sheets:
        raise CommandError(
            translate("CliAgenda", "--patient-sheets goes with --format pdf or html")
        )
    store = open_store(args)
    try:
        travel = store.travel.travel_times()
        agendas = [
            build_day(store, first + timedelta(days=offset), travel) for offset in range(days)
        ]
    finally:
        store.close()
    if args.format == "json":
        shaped = [to_json(agenda) for agenda in agendas]
        text = (
            json.dumps(shaped if args.days is not None else shaped[0], indent=2, ensure_ascii=False)
            + "\n"
        )
    else:
        text = "\n".join(to_text(agenda) for agenda in agendas)
    emit(text, output)
    return 0


def day_sheet(args: argparse.Namespace, days: list[date], output: Path | None) -> int:
    """The printable day sheet, as HTML or (through Qt, loaded only here) as a PDF."""
    from carebook.reports import locale_paper  # loaded only by the command that needs it

    # Loaded only by the command that needs it.
    from carebook.reports.day_sheet import (
        document,
        gather,
        render_html,
    )

    store = open_store(args)
    try:
        preferences = store.preferences.preferences()
        prepared_by = preferences.coordinator_name if args.prepared_by is None else args.prepared_by
        sheet = gather(store, days, args.patient_sheets, prepared_by)
        paper = args.paper or (preferences.paper.value if preferences.paper else "")
        if args.format == "html":
            emit(render_html(sheet, paper or locale_paper()), output)
        else:
            assert output is not None  # output_path insists on it for a PDF
            write_pdf(document(sheet), output, paper, translate("CliAgenda", "Day sheet"))
        if output is not None:
            store.preferences.record_output("export", "day_sheet")
    finally:
        store.close()
    return 0
