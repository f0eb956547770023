"""The `carebook` command: the window by default, and sub-commands that work without one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import suppress

from carebook import __version__, crash_report
from carebook.cli import (
    agenda,
    assess,
    billing_reports,
    documents,
    export,
    imports,
    invoices,
    measures,
    medcheck,
    rates,
    receivables,
    reconcile,
    reports,
    safety,
    sample,
    time_entries,
    trips,
)
from carebook.cli.common import db_option
from carebook.cli.refusal import (
    EXIT_BAD_FILE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CommandError,
)
from carebook.core.errors import ValidationError
from carebook.storage.failures import plain_failure
from carebook.storage.file_errors import CaseloadFileError


def build_parser() -> argparse.ArgumentParser:
    """The command's parser, with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="carebook",
        description="Offline caseload organizer for care coordinators. "
        "Without a sub-command, opens the carebook window.",
    )
    parser.add_argument("--version", action="version", version=f"carebook {__version__}")
    db_option(parser)
    commands = parser.add_subparsers(dest="command", title="sub-commands", metavar="COMMAND")

    agenda.add_parsers(commands, db_option)
    reports.add_parsers(commands, db_option)
    medcheck.add_parsers(commands, db_option)
    reconcile.add_parsers(commands, db_option)
    safety.add_parsers(commands, db_option)
    export.add_parsers(commands, db_option)
    imports.add_parsers(commands, db_option)
    sample.add_parsers(commands, db_option)
    rates.add_parsers(commands, db_option)
    time_entries.add_parsers(commands, db_option)
    trips.add_parsers(commands, db_option)
    invoices.add_parsers(commands, db_option)
    receivables.add_parsers(commands, db_option)
    billing_reports.add_parsers(commands, db_option)
    assess.add_parsers(commands, db_option)
    measures.add_parsers(commands, db_option)
    documents.add_parsers(commands, db_option)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run carebook as `argv` asks; the exit status. No exception escapes as a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(parser, args)
    except CaseloadFileError as error:
        print(f"carebook: {error}", file=sys.stderr)
        return EXIT_BAD_FILE
    except (CommandError, ValidationError) as error:
        print(f"carebook: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("carebook: interrupted; what was already saved is kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of the output went away (`carebook agenda | head`): nothing to say to it.
        _quiet_stdout()
        return 0
    except Exception as error:  # the last line of defence: a plain message, never a traceback
        plain = plain_failure(error)
        if plain is not None:
            print(f"carebook: {plain}", file=sys.stderr)
            return EXIT_FAILED
        print(f"carebook: {crash_report.handle(error)}", file=sys.stderr)
        return crash_report.EXIT_CRASH


def _quiet_stdout() -> None:
    """Point stdout at nothing, so Python's flush at exit does not complain of the closed pipe."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is None:
        from carebook.ui.app import run_window  # Qt is loaded only for the window

        return run_window(getattr(args, "db", None))
    if args.command == "agenda":
        return agenda.run(args)
    if args.command == "demo":
        return sample.run(args)
    if args.command in ("careplan", "medlist"):
        return reports.run(args)
    if args.command == "medcheck":
        return medcheck.run(args)
    if args.command == "reconcile":
        return reconcile.run(args)
    if args.command in ("backup", "restore", "check", "encrypt", "decrypt"):
        return safety.run(args)
    if args.command == "export":
        return export.run(args)
    if args.command == "import":
        return imports.run(args)
    if args.command == "rates":
        return rates.run(args)
    if args.command == "time":
        return time_entries.run(args)
    if args.command == "trips":
        return trips.run(args)
    if args.command == "invoice":
        return invoices.run(args)
    if args.command == "receivables":
        return receivables.run(args)
    if args.command == "report":
        return billing_reports.run(args)
    if args.command in ("assess", "instruments"):
        return assess.run(args)
    if args.command in ("measure", "measures"):
        return measures.run(args)
    if args.command in ("documents", "document"):
        return documents.run(args)
    parser.error(f"unknown command {args.command!r}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
