"""The `carebook` command: the window by default, and sub-commands that work without one."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from carebook import __version__
from carebook.core.domain import ValidationError, parse_date
from carebook.reports import PAPERS
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.paths import DB_VARIABLE, caseload_path, default_caseload

if TYPE_CHECKING:
    from carebook.reports.document import Document
    from carebook.store.caseload import Store

#: Names a file whose first line is the caseload's passphrase (for scripts, and no terminal).
PASSPHRASE_VARIABLE = "CAREBOOK_PASSPHRASE_FILE"
#: A command that could not do its work (a full disk, a file it could not write).
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BAD_FILE = 3
#: Stopped with Ctrl+C (as a shell reports SIGINT).
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A problem the user can fix; printed as one line, never a traceback."""


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"caseload file to use (default: ${DB_VARIABLE}, else {default_caseload()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carebook",
        description="Offline caseload organizer for care coordinators. "
        "Without a sub-command, opens the carebook window.",
    )
    parser.add_argument("--version", action="version", version=f"carebook {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", title="sub-commands", metavar="COMMAND")

    agenda = commands.add_parser(
        "agenda",
        help="print the day's visits and the tasks due or overdue",
        description="Print the agenda: visits in time order, then tasks due and overdue.",
    )
    _db_option(agenda)
    agenda.add_argument("--date", metavar="YYYY-MM-DD", help="the first day (default: today)")
    agenda.add_argument(
        "--days", type=int, metavar="N", help="print N consecutive days (JSON: a list of days)"
    )
    agenda.add_argument(
        "--format",
        choices=("text", "json", "pdf", "html"),
        default="text",
        help="text (default), json, or the printable day sheet as pdf or html",
    )
    agenda.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of printing (needed for pdf)"
    )
    agenda.add_argument(
        "--paper",
        choices=PAPERS,
        help="paper size of the day sheet (default: as in the window's "
        "preferences, else your locale's)",
    )
    agenda.add_argument(
        "--patient-sheets",
        action="store_true",
        help="add a sheet for each patient visited: contacts, allergies, "
        "medications and recent changes, tasks, room for notes",
    )
    agenda.add_argument(
        "--prepared-by",
        metavar="NAME",
        help="the coordinator's name, printed at the top of the day sheet "
        "(default: the name in the window's preferences)",
    )

    from carebook.cli import reports as cli_reports  # the report commands, in a module of their own

    cli_reports.add_parsers(commands, _db_option)
    from carebook.cli import safety as cli_safety  # backup, restore, check, encrypt, decrypt

    cli_safety.add_parsers(commands, _db_option)
    from carebook.cli import export as cli_export  # export: lists as CSV, appointments as iCalendar

    cli_export.add_parsers(commands, _db_option)
    from carebook.cli import imports as cli_import  # import: spreadsheets and FHIR files

    cli_import.add_parsers(commands, _db_option)

    demo = commands.add_parser(
        "demo",
        help="fill an empty caseload with a realistic synthetic sample",
        description="Fill an empty caseload with a deterministic synthetic sample caseload.",
    )
    _db_option(demo)
    demo.add_argument(
        "--patients", type=int, default=40, metavar="N", help="how many patients (default: 40)"
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed; the same seed gives the same caseload (default: 1)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add the sample even though the caseload already has records",
    )
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
        from carebook import crash_report
        from carebook.storage.failures import plain_failure

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
        return _agenda(args)
    if args.command == "demo":
        return _demo(args)
    if args.command in ("careplan", "medlist"):
        from carebook.cli import reports as cli_reports

        return cli_reports.run(args)
    if args.command in ("backup", "restore", "check", "encrypt", "decrypt"):
        from carebook.cli import safety as cli_safety

        return cli_safety.run(args)
    if args.command == "export":
        from carebook.cli import export as cli_export

        return cli_export.run(args)
    if args.command == "import":
        from carebook.cli import imports as cli_import

        return cli_import.run(args)
    parser.error(f"unknown command {args.command!r}")


def open_store(args: argparse.Namespace, *, writing: bool = False) -> Store:
    """The caseload `args` names, open; with `writing`, also held against every other carebook.

    A command that changes records (today `demo`; later backup, restore, import) passes
    `writing=True`: it takes the caseload's lock (carebook.storage.caseload_lock, the one the window
    holds) until `store.close()`, or stops with a CommandError saying who has the caseload open.

    Reading commands, and the exports (agenda, careplan and medlist with -o), do not count as
    writing. An export's only write is one line in the activity log saying that it was made: the
    window never edits, undoes or keeps a copy of that log, and SQLite itself keeps the line and
    the window's own changes apart. So a sheet can be printed from the command line while the
    window is open.
    """
    from carebook.store.caseload import Store

    path = caseload_path(getattr(args, "db", None))
    passphrase = passphrase_for(path)
    if not writing:
        return _warning_of_damage(Store.open(path, passphrase=passphrase))
    from carebook.storage.caseload_lock import CaseloadLocked, LockError, acquire

    try:
        lock = acquire(path)
    except CaseloadLocked as error:
        raise CommandError(
            f"{error} Close it (or let that command finish), then try again."
        ) from None
    except LockError as error:
        # Opening names the usual cause better ("the folder … does not exist").
        Store.open(path, passphrase=passphrase).close()
        raise CommandError(str(error)) from None
    try:
        store = Store.open(path, passphrase=passphrase)
    except BaseException:
        lock.release()
        raise
    closing = store.close

    def close() -> None:
        try:
            closing()
        finally:
            lock.release()

    store.close = close  # type: ignore[method-assign]
    return _warning_of_damage(store)


def _warning_of_damage(store: Store) -> Store:
    """The store, whose closing says so on stderr if damaged text was read from it; what
    opening it found (its notices) said at once."""
    from carebook.storage.connection import DAMAGED_TEXT, damaged_text_count

    for notice in store.notices:
        print(f"carebook: note: {notice}", file=sys.stderr)
    store.notices.clear()

    closing = store.close

    def close() -> None:
        damaged = damaged_text_count(store.conn)
        closing()
        if damaged:
            print(f"carebook: warning: {DAMAGED_TEXT}.", file=sys.stderr)

    store.close = close  # type: ignore[method-assign]
    return store


def passphrase_for(path: Path) -> str | None:
    """The passphrase of the caseload at `path` if it is protected (None if it is plain)."""
    from carebook.storage import encryption

    if not path.is_file() or not encryption.looks_protected(path):
        return None
    return read_passphrase(f"Passphrase for {path.name}: ")


def read_passphrase(prompt: str, *, new: bool = False) -> str:
    """A passphrase from the file named by $CAREBOOK_PASSPHRASE_FILE, or typed unseen on the
    terminal (twice, when it is a `new` one); never from the command line, where other users
    of the computer and the shell's history could read it."""
    named = os.environ.get(PASSPHRASE_VARIABLE, "")
    if named:
        return _passphrase_file(named)
    if not sys.stdin.isatty():
        raise CommandError(
            f"the caseload is protected by a passphrase: run carebook in a "
            f"terminal to type it, or set ${PASSPHRASE_VARIABLE} to a file that "
            "holds it (readable by you alone)"
        )
    import getpass

    try:
        passphrase = getpass.getpass(prompt)
        if new and getpass.getpass("Type it again: ") != passphrase:
            raise CommandError("the two passphrases are not the same; nothing was changed")
    except EOFError:  # Ctrl-D, or the end of what was piped in
        print(file=sys.stderr)
        raise CommandError("no passphrase was typed; nothing was changed") from None
    return passphrase


#: A passphrase file longer than this is not one (a device such as /dev/zero, a wrong file).
PASSPHRASE_FILE_LIMIT = 4096


def _passphrase_file(named: str) -> str:
    """The passphrase on the first line of the file named by $CAREBOOK_PASSPHRASE_FILE."""
    said = f"the passphrase file {named} (${PASSPHRASE_VARIABLE})"
    try:
        with Path(named).expanduser().open("rb") as stream:
            data = stream.read(PASSPHRASE_FILE_LIMIT + 1)
    except OSError as error:
        raise CommandError(f"cannot read {said}: {error.strerror or error}") from None
    if len(data) > PASSPHRASE_FILE_LIMIT:
        raise CommandError(
            f"{said} is longer than {PASSPHRASE_FILE_LIMIT} bytes, so it is not "
            "a passphrase file; it should hold the passphrase on its first line"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{said} is not UTF-8 text; save it as UTF-8") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise CommandError(f"{said} is empty; put the passphrase on its first line")
    if any(ord(character) < 32 or ord(character) == 127 for character in passphrase):
        raise CommandError(
            f"{said} holds control characters on its first line, so it is not a passphrase file"
        )
    return passphrase


def _agenda(args: argparse.Namespace) -> int:
    from carebook.core.agenda import build_day, to_json, to_text

    first = parse_date(args.date, "--date") if args.date else date.today()
    days = 1 if args.days is None else args.days
    if not 1 <= days <= 366:
        raise CommandError("--days must be between 1 and 366")
    output = output_path(args)
    if args.format in ("pdf", "html"):
        return _day_sheet(args, [first + timedelta(days=offset) for offset in range(days)], output)
    if args.patient_sheets:
        raise CommandError("--patient-sheets goes with --format pdf or html")
    store = open_store(args)
    try:
        agendas = [build_day(store, first + timedelta(days=offset)) for offset in range(days)]
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


def output_path(args: argparse.Namespace) -> Path | None:
    """The -o file, checked before any work: its folder must exist and it must not be one."""
    if args.output is None:
        if args.format == "pdf":
            raise CommandError("--format pdf needs -o FILE to write the PDF to")
        return None
    return checked_output(Path(args.output), caseload_path(getattr(args, "db", None)))


def checked_output(path: Path, caseload: Path, *, replacing_backups: bool = False) -> Path:
    """`path` as a file to write, checked before any work: its folder exists, it is not a
    folder, and it is none of the caseload's own files (see carebook.storage.output_files)."""
    from carebook.storage.output_files import OutputRefused, refuse_own_files

    path = path.expanduser()
    if not path.parent.is_dir():
        raise CommandError(f"cannot write {path}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise CommandError(f"cannot write {path}: it is a folder")
    try:
        refuse_own_files(path, caseload, replacing_backups=replacing_backups)
    except OutputRefused as error:
        raise CommandError(str(error)) from None
    return path


def emit(text: str, output: Path | None) -> None:
    """Print `text`, or write it whole to `output` (never half a file)."""
    if output is None:
        print(text, end="")
        return
    from carebook.reports import write_text

    try:
        write_text(output, text)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None


def write_pdf(document: Document, output: Path, paper: str | None, what: str) -> None:
    """Print `document` to the PDF `output` (Qt is loaded here, offscreen) and say so."""
    from carebook.ui.printing import pages as printing

    try:
        pages = printing.write_pdf(document, output, paper or printing.default_paper())
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
    print(f"{what} written to {output}: {pages} page{'' if pages == 1 else 's'}.")


def _day_sheet(args: argparse.Namespace, days: list[date], output: Path | None) -> int:
    """The printable day sheet, as HTML or (through Qt, loaded only here) as a PDF."""
    from carebook.reports import locale_paper
    from carebook.reports.day_sheet import document, gather, render_html

    store = open_store(args)
    try:
        preferences = store.preferences()
        prepared_by = preferences.coordinator_name if args.prepared_by is None else args.prepared_by
        sheet = gather(store, days, args.patient_sheets, prepared_by)
        paper = args.paper or (preferences.paper.value if preferences.paper else "")
        if args.format == "html":
            emit(render_html(sheet, paper or locale_paper()), output)
        else:
            assert output is not None  # output_path insists on it for a PDF
            write_pdf(document(sheet), output, paper, "Day sheet")
        if output is not None:
            store.record_output("export", "day_sheet")
    finally:
        store.close()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from carebook.sample.demo import NotEmptyError, fill

    if not 1 <= args.patients <= 100_000:
        raise CommandError("--patients must be between 1 and 100000")
    began = time.perf_counter()
    store = open_store(args, writing=True)
    try:
        counts = fill(store, patients=args.patients, seed=args.seed, force=args.force)
    except NotEmptyError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(
        f"Sample caseload written to {store.path} in {time.perf_counter() - began:.1f} s: "
        f"{counts.patients} patients, {counts.contacts} contacts, "
        f"{counts.medications} medications, {counts.appointments} appointments "
        f"({counts.occurrences} visits laid out), {counts.tasks} tasks, "
        f"{counts.care_plans} care plans."
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
