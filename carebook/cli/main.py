"""The `carebook` command: the window by default, and sub-commands that work without one."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from typing import Any

from carebook import __version__, crash_report
from carebook.cli.common import asked_language, db_option, language_option
from carebook.cli.refusal import (
    EXIT_BAD_FILE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CommandError,
)
from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.storage.failures import plain_failure
from carebook.storage.file_errors import CaseloadFileError

#: Each sub-command and the module (under carebook.cli) that parses and runs it, in the order
#: `carebook --help` lists them. A module is imported only when one of its commands is asked
#: for, so that the window and each command load nothing of the others.
COMMANDS: dict[str, str] = {
    "agenda": "agenda",
    "careplan": "reports",
    "medlist": "reports",
    "medcheck": "medcheck",
    "reconcile": "reconcile",
    "backup": "safety",
    "restore": "safety",
    "check": "safety",
    "encrypt": "safety",
    "decrypt": "safety",
    "export": "export",
    "import": "imports",
    "demo": "sample",
    "rates": "rates",
    "time": "time_entries",
    "trips": "trips",
    "invoice": "invoices",
    "receivables": "receivables",
    "report": "billing_reports",
    "assess": "assess",
    "instruments": "assess",
    "measure": "measures",
    "measures": "measures",
    "documents": "documents",
    "document": "documents",
    "team": "team_sync",
    "sync": "team_sync",
    "conflicts": "team_sync",
}


def command_module(name: str) -> Any:
    """The module that parses and runs the sub-command `name`."""
    return importlib.import_module(f"carebook.cli.{COMMANDS[name]}")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command's parser: with every sub-command, or (given the words of one run, `argv`)
    with only the one those words name, or none for the window."""
    parser = argparse.ArgumentParser(
        prog="carebook",
        description=translate(
            "Cli",
            "Offline caseload organizer for care coordinators. "
            "Without a sub-command, opens the carebook window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"carebook {__version__}",
        help=translate("Cli", "show carebook's version and exit"),
    )
    db_option(parser)
    language_option(parser)
    asked = None if argv is None else _command_word(argv)
    if asked is None and argv is not None and not {"-h", "--help"} & set(argv):
        return parser  # the window, or --version: no sub-command to know
    commands = parser.add_subparsers(
        dest="command", title=translate("Cli", "sub-commands"), metavar="COMMAND"
    )
    modules = [COMMANDS[asked]] if asked in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for module in modules:
        importlib.import_module(f"carebook.cli.{module}").add_parsers(commands, db_option)
    return parser


def _command_word(argv: Sequence[str]) -> str | None:
    """The sub-command `argv` names (its first word that is not an option), if any."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--language"):
            next(words, None)  # the option's value
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run carebook as `argv` asks; the exit status. No exception escapes as a traceback."""
    words = sys.argv[1:] if argv is None else list(argv)
    if "--version" not in words:  # carebook --version stays lean: no language to load
        # Help texts are translated as the parser is built, so the language comes first.
        from carebook.cli.language_choice import install_language

        install_language(asked_language(words))
    parser = build_parser(words)
    args = parser.parse_args(words)
    try:
        return _run(parser, args)
    except CaseloadFileError as error:
        print(translate("Cli", "carebook: {problem}").format(problem=error), file=sys.stderr)
        return EXIT_BAD_FILE
    except (CommandError, ValidationError) as error:
        print(translate("Cli", "carebook: {problem}").format(problem=error), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(
            translate("Cli", "carebook: interrupted; what was already saved is kept"),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of the output went away (`carebook agenda | head`): nothing to say to it.
        _quiet_stdout()
        return 0
    except Exception as error:  # the last line of defence: a plain message, never a traceback
        plain = plain_failure(error)
        if plain is not None:
            print(translate("Cli", "carebook: {problem}").format(problem=plain), file=sys.stderr)
            return EXIT_FAILED
        problem = crash_report.handle(error)
        print(translate("Cli", "carebook: {problem}").format(problem=problem), file=sys.stderr)
        return crash_report.EXIT_CRASH


def window(argv: Sequence[str] | None = None) -> int:
    """The window alone, as the desktop and the built app start it: `carebook-window [FILE]`
    opens the caseload FILE (or `--db FILE`, or the usual one). Windows gives this program no
    console, so what it has to say goes to the window, never to a missing stdout."""
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    words = sys.argv[1:] if argv is None else list(argv)
    if "--version" not in words:
        from carebook.cli.language_choice import install_language  # not for --version

        install_language(asked_language(words))
    parser = argparse.ArgumentParser(
        prog="carebook-window",
        description=translate("Cli", "Open the carebook window on a caseload."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"carebook {__version__}",
        help=translate("Cli", "show carebook's version and exit"),
    )
    db_option(parser)
    language_option(parser)
    parser.add_argument(
        "caseload", nargs="?", help=translate("Cli", "the caseload file to open (like --db)")
    )
    args = parser.parse_args(words)
    chosen = args.caseload or getattr(args, "db", None)
    language = getattr(args, "language", None)
    return main(
        (["--db", chosen] if chosen else []) + (["--language", language] if language else [])
    )


def _quiet_stdout() -> None:
    """Point stdout at nothing, so Python's flush at exit does not complain of the closed pipe."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    command = getattr(args, "command", None)
    if command is None:
        from carebook.ui.app import run_window  # Qt is loaded only for the window

        return run_window(getattr(args, "db", None))
    if command not in COMMANDS:
        parser.error(translate("Cli", "unknown command {command}").format(command=repr(command)))
    result: int = command_module(command).run(args)
    return result


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
