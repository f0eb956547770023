"""`carebook time`: time kept for clients (added, timed with the one running timer, listed,
changed and removed), billed at the rate of its client and activity when kept."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from carebook.cli.billing_input import hours, minutes, money, warn
from carebook.cli.common import emit, open_store, output_path
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.billing_records import RunningTimer, TimeEntry
from carebook.core.billing_rules import time_entry_warnings
from carebook.core.calendar_words import clock_text, day_and_clock, day_text
from carebook.core.dates import parse_date
from carebook.core.money import cents_for, hourly_mills
from carebook.core.vocabularies import InvoiceStatus
from carebook.core.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from carebook.store.caseload import Store

#: The activity a timer or an entry is kept under when none is named.
DEFAULT_ACTIVITY = "Care coordination"
_PATIENT_HELP = QT_TRANSLATE_NOOP(
    "CliTimeEntries", "the client's carebook id, or a name (or phone, or MRN) to find"
)


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `time` (add, start, stop, list, edit, delete) to the sub-commands."""
    time = commands.add_parser(
        "time",
        help=translate("CliTimeEntries", "keep time for clients: add it, time it, list it"),
        description=translate(
            "CliTimeEntries",
            "Time kept for clients, billed at the rate of the client and activity "
            "when it is kept (see `carebook rates`).",
        ),
    )
    db_option(time)
    actions = time.add_subparsers(dest="time_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=translate("CliTimeEntries", "keep time already spent"))
    db_option(add)
    add.add_argument("patient", metavar="PATIENT", help=translate("CliTimeEntries", _PATIENT_HELP))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument(
        "--minutes",
        required=True,
        metavar="N",
        help=translate("CliTimeEntries", "minutes (50), or hours:minutes (1:30)"),
    )
    add.add_argument("--activity", default=DEFAULT_ACTIVITY, metavar="NAME")
    add.add_argument(
        "--note",
        default="",
        metavar="TEXT",
        help=translate("CliTimeEntries", "what the invoice says of it"),
    )
    add.add_argument(
        "--no-bill",
        action="store_true",
        help=translate("CliTimeEntries", "keep it, but never bill it"),
    )

    start = actions.add_parser(
        "start",
        help=translate("CliTimeEntries", "start the timer (it survives a restart; one at a time)"),
    )
    db_option(start)
    start.add_argument(
        "patient", nargs="?", metavar="PATIENT", help=translate("CliTimeEntries", _PATIENT_HELP)
    )
    start.add_argument("--activity", default=DEFAULT_ACTIVITY, metavar="NAME")
    start.add_argument(
        "--at",
        metavar="HH:MM",
        help=translate("CliTimeEntries", "started earlier today, at this time"),
    )

    stop = actions.add_parser(
        "stop", help=translate("CliTimeEntries", "stop the timer and keep its time")
    )
    db_option(stop)
    stop.add_argument(
        "--note",
        default="",
        metavar="TEXT",
        help=translate("CliTimeEntries", "what the invoice says of it"),
    )
    stop.add_argument(
        "--minutes",
        type=int,
        metavar="N",
        help=translate(
            "CliTimeEntries",
            "how long it really was (a timer left running overnight, a break taken)",
        ),
    )
    stop.add_argument(
        "--discard",
        action="store_true",
        help=translate("CliTimeEntries", "stop the timer keeping no time (started by mistake)"),
    )

    listing = actions.add_parser(
        "list", help=translate("CliTimeEntries", "list time entries, with their totals")
    )
    db_option(listing)
    listing.add_argument(
        "--patient", metavar="PATIENT", help=translate("CliTimeEntries", _PATIENT_HELP)
    )
    listing.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    listing.add_argument(
        "--unbilled",
        action="store_true",
        help=translate("CliTimeEntries", "only billable time not billed"),
    )
    listing.add_argument("--format", choices=("text", "json", "csv"), default="text")
    listing.add_argument(
        "-o", "--output", metavar="FILE", help=translate("CliTimeEntries", "write to FILE")
    )

    edit = actions.add_parser(
        "edit",
        help=translate("CliTimeEntries", "change a time entry (not one on an issued invoice)"),
    )
    db_option(edit)
    edit.add_argument(
        "entry",
        type=int,
        metavar="ID",
        help=translate("CliTimeEntries", "the entry's id (see `time list`)"),
    )
    edit.add_argument("--date", metavar="YYYY-MM-DD")
    edit.add_argument("--minutes", metavar="N")
    edit.add_argument("--activity", metavar="NAME")
    edit.add_argument("--note", metavar="TEXT")
    billing = edit.add_mutually_exclusive_group()
    billing.add_argument("--bill", dest="billable", action="store_true", default=None)
    billing.add_argument("--no-bill", dest="billable", action="store_false")

    delete = actions.add_parser(
        "delete", help=translate("CliTimeEntries", "remove a time entry (not a billed one)")
    )
    db_option(delete)
    delete.add_argument("entry", type=int, metavar="ID")


def run(args: argparse.Namespace) -> int:
    command = args.time_command
    if command == "list":
        return _list(args)
    store = open_store(args, writing=True)
    try:
        if command == "add":
            _add(store, args)
        elif command == "start":
            _start(store, args)
        elif command == "stop":
            _stop(store, args)
        elif command == "edit":
            _edit(store, args)
        else:
            entry = _entry(store, args.entry)
            store.time.delete_time_entry(args.entry)
            print(translate("CliTimeEntries", "Time entry {id} removed.").format(id=args.entry))
            _redrawn(store, entry.invoice_id)
    finally:
        store.close()
    return 0


def _activity(store: Store, name: str) -> str:
    """The activity as the caseload spells it (a new name is kept as typed)."""
    if not name.strip():
        raise CommandError(
            translate(
                "CliTimeEntries",
                "--activity is empty: name the activity (Home visit, Phone call …)",
            )
        )
    known = store.time.activity(name)
    return known.name if known is not None else name.strip()


def _warnings(store: Store, entry: TimeEntry) -> None:
    for said in time_entry_warnings(entry, store.time.overlapping(entry)):
        warn(
            translate(
                "CliTimeEntries", "{warning} It is kept; change the rate with `carebook rates set`."
            ).format(warning=said)
        )


def _add(store: Store, args: argparse.Namespace) -> None:
    day = parse_date(args.date, "--date")
    kept = minutes(args.minutes)
    patient_id = find_patient(store, args.patient)
    activity = _activity(store, args.activity)
    rate = store.time.rate(patient_id, activity)
    entry = TimeEntry(
        patient_id=patient_id,
        on_date=day,
        minutes=kept,
        activity=activity,
        billable=rate.billable and not args.no_bill,
        rate_cents=rate.hourly_cents,
        flat_cents=rate.flat_cents,
        narrative=args.note.strip(),
    )
    store.time.add_time_entry(entry)
    _warnings(store, entry)
    print(
        translate("CliTimeEntries", "Kept {said} (entry {id}).").format(
            said=_said(store, entry), id=entry.id
        )
    )


def _said(store: Store, entry: TimeEntry) -> str:
    name = _name(store, entry.patient_id)
    said = (
        translate(
            "CliTimeEntries",
            "{minutes} of {activity} for {name} on {day}, billable at {rate} an hour",
        )
        if entry.billable and entry.flat_cents is None
        else translate(
            "CliTimeEntries", "{minutes} of {activity} for {name} on {day}, a fixed {fee}"
        )
        if entry.billable and entry.flat_cents is not None
        else translate("CliTimeEntries", "{minutes} of {activity} for {name} on {day}, not billed")
    )
    return said.format(
        minutes=_minutes(entry.minutes),
        activity=entry.activity,
        name=name,
        day=entry.on_date,
        rate=money(store, entry.rate_cents) if entry.flat_cents is None else "",
        fee=money(store, entry.flat_cents) if entry.flat_cents is not None else "",
    )


def _name(store: Store, patient_id: int | None) -> str:
    if patient_id is None:
        return translate("CliTimeEntries", "no client")
    patient = store.patients.patient(patient_id)
    if patient is None:
        return translate("CliTimeEntries", "patient {id}").format(id=patient_id)
    return patient.display_name


def _start(store: Store, args: argparse.Namespace) -> None:
    running = store.time.timer()
    if running is not None:
        since = running.started_at
        when = (
            clock_text(since)
            if since.date() == date.today()
            else f"{day_text(since.date())} {clock_text(since)}"
        )
        raise CommandError(
            translate(
                "CliTimeEntries",
                "a timer has been running since {when} ({activity} for {name}); "
                "stop it first with `carebook time stop`",
            ).format(when=when, activity=running.activity, name=_name(store, running.patient_id))
        )
    patient_id = None if args.patient is None else find_patient(store, args.patient)
    now = datetime.now()
    started = now
    if args.at is not None:
        try:
            at = datetime.strptime(args.at.strip(), "%H:%M").time()
        except ValueError:
            raise CommandError(
                translate(
                    "CliTimeEntries", "--at is a time today such as 09:30 (got {typed})"
                ).format(typed=repr(args.at))
            ) from None
        started = datetime.combine(now.date(), at)
        if started > now:
            raise CommandError(
                translate(
                    "CliTimeEntries", "--at {typed} is still to come; a timer starts now or earlier"
                ).format(typed=args.at)
            )
    timer = RunningTimer(
        patient_id=patient_id,
        activity=_activity(store, args.activity),
        started_at=started,
    )
    store.time.start_timer(timer)
    print(
        translate("CliTimeEntries", "Timer started at {time}: {activity} for {name}.").format(
            time=clock_text(timer.started_at),
            activity=timer.activity,
            name=_name(store, patient_id),
        )
    )


def _stop(store: Store, args: argparse.Namespace) -> None:
    timer = store.time.timer()
    if timer is None:
        raise CommandError(
            translate(
                "CliTimeEntries",
                "no timer is running; start one with `carebook time start PATIENT`",
            )
        )
    if args.discard:
        store.time.discard_timer()
        print(
            translate("CliTimeEntries", "Timer since {time} discarded; no time kept.").format(
                time=clock_text(timer.started_at)
            )
        )
        return
    entry = store.time.timed_entry(timer, datetime.now())
    entry.narrative = args.note.strip()
    if args.minutes is not None:
        entry.minutes, entry.ended_at = args.minutes, None
    elif entry.started_at is not None and entry.started_at.date() < datetime.now().date():
        raise CommandError(
            translate(
                "CliTimeEntries",
                "the timer has been running since {when}; say how long "
                "the work really was with --minutes N, or --discard it",
            ).format(when=day_and_clock(timer.started_at, year=False))
        )
    store.time.stop_timer(entry)
    _warnings(store, entry)
    print(
        translate(
            "CliTimeEntries", "Kept {minutes} of {activity} for {name} (since {time}; entry {id})."
        ).format(
            minutes=_minutes(entry.minutes),
            activity=entry.activity,
            name=_name(store, entry.patient_id),
            time=clock_text(timer.started_at),
            id=entry.id,
        )
    )


def _entry(store: Store, entry_id: int) -> TimeEntry:
    entry = store.time.entry(entry_id)
    if entry is None:
        raise CommandError(
            translate(
                "CliTimeEntries", "there is no time entry {id}; see `carebook time list`"
            ).format(id=entry_id)
        )
    return entry


def _edit(store: Store, args: argparse.Namespace) -> None:
    entry = _entry(store, args.entry)
    if args.date is not None:
        entry.on_date = parse_date(args.date, "--date")
    if args.minutes is not None:
        entry.minutes = minutes(args.minutes)
    if args.activity is not None:
        entry.activity = _activity(store, args.activity)
        rate = store.time.rate(entry.patient_id, entry.activity)
        entry.rate_cents, entry.flat_cents = rate.hourly_cents, rate.flat_cents
    if args.note is not None:
        entry.narrative = args.note.strip()
    if args.billable is not None:
        entry.billable = args.billable
    store.time.save_time_entry(entry)
    _warnings(store, entry)
    print(
        translate("CliTimeEntries", "Entry {id}: {said}.").format(
            id=entry.id, said=_said(store, entry)
        )
    )
    _redrawn(store, entry.invoice_id)


def _redrawn(store: Store, invoice_id: int | None) -> None:
    """The draft an entry is on, its lines drawn again after the entry changed."""
    invoice = None if invoice_id is None else store.invoices.invoice(invoice_id)
    if invoice is not None and invoice.status is InvoiceStatus.DRAFT:
        store.invoices.redraft(invoice)
        print(
            translate("CliTimeEntries", "Draft invoice {number} drawn again.").format(
                number=invoice.number
            )
        )


def amount_of(entry: TimeEntry) -> int:
    """What an entry bills, in cents, before rounding (0 when it is not billable)."""
    if not entry.billable:
        return 0
    if entry.flat_cents is not None:
        return entry.flat_cents
    return cents_for(entry.minutes, 60, hourly_mills(entry.rate_cents))


def _list(args: argparse.Namespace) -> int:
    first = parse_date(args.first, "--from") if args.first else None
    last = parse_date(args.last, "--to") if args.last else None
    output = output_path(args)
    store = open_store(args)
    try:
        patient_id = None if args.patient is None else find_patient(store, args.patient)
        entries = store.time.entries(patient_id, first, last, unbilled=args.unbilled)
        names = {e.patient_id: _name(store, e.patient_id) for e in entries}
        billed = {e.id: store.time.billed_on("time_entry", e.id) for e in entries}
        if args.format == "csv":
            # Loaded only for a CSV.
            from carebook.interop.billing_csv import time_entries_table
            from carebook.reports.billing_reports_data import billing_reads

            reads = billing_reads(store)
            table = time_entries_table(entries, reads.client_names(), reads.invoice_numbers())
            text = table.text()
        else:
            text = _shaped(args.format, entries, names, billed, store)
    finally:
        store.close()
    emit(text, output)
    return 0


def _shaped(
    format_name: str,
    entries: list[TimeEntry],
    names: dict[int | None, str],
    billed: dict[int | None, int | None],
    store: Store,
) -> str:
    total = sum(e.minutes for e in entries)
    amount = sum(amount_of(e) for e in entries)
    rows: list[dict[str, Any]] = [
        {
            "id": e.id,
            "date": e.on_date.isoformat(),
            "patient_id": e.patient_id,
            "patient": names[e.patient_id],
            "activity": e.activity,
            "minutes": e.minutes,
            "billable": e.billable,
            "rate_cents": e.rate_cents,
            "flat_cents": e.flat_cents,
            "amount_cents": amount_of(e),
            "note": e.narrative,
            "invoice": billed[e.id],
        }
        for e in entries
    ]
    if format_name == "json":
        shaped = {"entries": rows, "total_minutes": total, "total_cents": amount}
        return json.dumps(shaped, indent=2, ensure_ascii=False) + "\n"
    if not rows:
        return translate("CliTimeEntries", "No time entries.") + "\n"
    lines = [
        f"{row['id']:>5}  {row['date']}  {row['patient'][:24]:<24}  {row['activity'][:22]:<22}"
        f"  {row['minutes']:>5} min  {_amount_said(store, row):>11}"
        + (
            "  " + translate("CliTimeEntries", "invoice {number}").format(number=row["invoice"])
            if row["invoice"]
            else ""
        )
        for row in rows
    ]
    summary = (
        translate("CliTimeEntries", "1 entry, {time}, {amount} billable.")
        if len(rows) == 1
        else translate("CliTimeEntries", "{n} entries, {time}, {amount} billable.")
    )
    lines.append(summary.format(n=len(rows), time=hours(total), amount=money(store, amount)))
    return "\n".join(lines) + "\n"


def _amount_said(store: Store, row: dict[str, Any]) -> str:
    if not row["billable"]:
        return translate("CliTimeEntries", "not billed")
    return money(store, row["amount_cents"])


def _minutes(count: int) -> str:
    if count == 1:
        return translate("CliTimeEntries", "1 minute")
    return translate("CliTimeEntries", "{n} minutes").format(n=count)
