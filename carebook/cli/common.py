"""What every sub-command shares: its refusals, the caseload opened, files written whole."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from carebook.cli.passphrases import passphrase_for
from carebook.cli.refusal import CommandError
from carebook.core.words import translate
from carebook.reports import write_text
from carebook.storage.caseload_lock import (
    CaseloadLocked,
    LockError,
    acquire,
)
from carebook.storage.connection import (
    DAMAGED_TEXT,
    damaged_text_count,
)
from carebook.storage.output_files import (
    OutputRefused,
    refuse_own_files,
)
from carebook.storage.paths import DB_VARIABLE, caseload_path, default_caseload

if TYPE_CHECKING:
    from carebook.reports.document import Document
    from carebook.store.caseload import Store  # sqlite-utils loads only to open a caseload


#: The languages carebook speaks (the keys of carebook.ui.language.LANGUAGES, which loads Qt).
LANGUAGE_CODES = ("en", "es")
LANGUAGE_OPTION = "--language"


def language_option(parser: argparse.ArgumentParser) -> None:
    """Give `parser` the global --language option."""
    parser.add_argument(
        LANGUAGE_OPTION,
        metavar="CODE",
        choices=[*LANGUAGE_CODES, "system"],
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "the language of carebook's words and printed sheets (default: the one chosen "
            "in the window, else the computer's)",
        ),
    )


def asked_language(argv: Sequence[str]) -> str | None:
    """The value of `--language X` or `--language=X` in `argv` (before a lone `--`), if any."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return None
        if word == LANGUAGE_OPTION:
            return next(words, None)
        if word.startswith(LANGUAGE_OPTION + "="):
            return word.split("=", 1)[1]
    return None


def db_option(parser: argparse.ArgumentParser) -> None:
    """Give `parser` the --db option every command has."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate("Cli", "caseload file to use (default: ${variable}, else {path})").format(
            variable=DB_VARIABLE, path=default_caseload()
        ),
    )


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
    from carebook.store.caseload import Store  # sqlite-utils loads only to open a caseload

    path = caseload_path(getattr(args, "db", None))
    passphrase = passphrase_for(path)
    if not writing:
        return _warning_of_damage(Store.open(path, passphrase=passphrase))

    try:
        lock = acquire(path)
    except CaseloadLocked as error:
        raise CommandError(
            translate(
                "Cli", "{refusal} Close it (or let that command finish), then try again."
            ).format(refusal=error)
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

    for notice in store.notices:
        print(translate("Cli", "carebook: note: {notice}").format(notice=notice), file=sys.stderr)
    store.notices.clear()

    closing = store.close

    def close() -> None:
        damaged = damaged_text_count(store.conn)
        closing()
        if damaged:
            warning = translate("Cli", "carebook: warning: {problem}.")
            print(warning.format(problem=translate("Connection", DAMAGED_TEXT)), file=sys.stderr)

    store.close = close  # type: ignore[method-assign]
    return store


def output_path(args: argparse.Namespace) -> Path | None:
    """The -o file, checked before any work: its folder must exist and it must not be one."""
    if args.output is None:
        if args.format == "pdf":
            raise CommandError(translate("Cli", "--format pdf needs -o FILE to write the PDF to"))
        return None
    return checked_output(Path(args.output), caseload_path(getattr(args, "db", None)))


def checked_output(path: Path, caseload: Path, *, replacing_backups: bool = False) -> Path:
    """`path` as a file to write, checked before any work: its folder exists, it is not a
    folder, and it is none of the caseload's own files (see carebook.storage.output_files)."""

    path = path.expanduser()
    if not path.parent.is_dir():
        raise CommandError(
            translate("Cli", "cannot write {path}: the folder {folder} does not exist").format(
                path=path, folder=path.parent
            )
        )
    if path.is_dir():
        raise CommandError(
            translate("Cli", "cannot write {path}: it is a folder").format(path=path)
        )
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

    try:
        write_text(output, text)
    except OSError as error:
        raise CommandError(
            translate("Cli", "cannot write {path}: {problem}").format(
                path=output, problem=error.strerror or error
            )
        ) from None


def write_pdf(document: Document, output: Path, paper: str | None, what: str) -> None:
    """Print `document` to the PDF `output` (Qt is loaded here, offscreen) and say so."""
    from carebook.ui.printing import pages as printing  # Qt loads only to print a PDF

    try:
        pages = printing.write_pdf(document, output, paper or printing.default_paper())
    except OSError as error:
        raise CommandError(
            translate("Cli", "cannot write {path}: {problem}").format(
                path=output, problem=error.strerror or error
            )
        ) from None
    written = (
        translate("Cli", "{what} written to {path}: 1 page.")
        if pages == 1
        else translate("Cli", "{what} written to {path}: {n} pages.")
    )
    print(written.format(what=what, path=output, n=pages))
