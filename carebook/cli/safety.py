"""The data-safety sub-commands: `backup`, `restore` and `check` of the caseload file.

Exit status: 0 done (or, for `check`, healthy); 1 problems found by `check`, a backup that could
not be written or did not verify, or a restore that was not confirmed; 2 a usage problem (or the
caseload is open in a window); 3 a file that is not a healthy carebook caseload.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from carebook.cli.common import checked_output
from carebook.cli.passphrases import PASSPHRASE_VARIABLE, passphrase_for, read_passphrase
from carebook.cli.refusal import EXIT_BAD_FILE, CommandError
from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.backup_rotation import make_backup

# Loaded only by the command that needs it.
from carebook.storage.backups import (
    BackupError,
    BackupInfo,
    CaseloadBusyError,
    backups_folder,
    list_backups,
    verify,
)
from carebook.storage.caseload_lock import (
    CaseloadLocked,
    acquire,
)
from carebook.storage.connection import connect
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.inspection import inspect
from carebook.storage.integrity import check_file
from carebook.storage.passphrase_change import convert_the_rest
from carebook.storage.paths import caseload_path
from carebook.storage.restoring import restore
from carebook.storage.side_files import set_aside

EXIT_PROBLEMS = 1


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `backup`, `restore`, `check`, `encrypt` and `decrypt` to the sub-commands."""
    backup = commands.add_parser(
        "backup",
        help=translate("CliSafety", "write a verified backup of the caseload"),
        description=translate(
            "CliSafety",
            "Write a backup of the caseload with SQLite's backup API (safe while the "
            "window has it open), check it, and say where it is. Without -o it goes "
            "into the backups kept in the data folder, which keep the newest of each "
            "of the last 7 days, 4 weeks and 12 months.",
        ),
    )
    db_option(backup)
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliSafety", "write the backup to FILE instead (replacing it)"),
    )

    restore_parser = commands.add_parser(
        "restore",
        help=translate("CliSafety", "replace the caseload with a backup"),
        description=translate(
            "CliSafety",
            "Replace the caseload with the backup FILE, after checking that FILE is a "
            "healthy carebook caseload and backing up what the caseload holds now. "
            "Close the carebook window first.",
        ),
    )
    db_option(restore_parser)
    restore_parser.add_argument(
        "file", metavar="FILE", help=translate("CliSafety", "the backup to restore")
    )
    restore_parser.add_argument(
        "--yes",
        action="store_true",
        help=translate("CliSafety", "replace the caseload without asking first"),
    )

    check = commands.add_parser(
        "check",
        help=translate("CliSafety", "check the caseload file for damage and broken records"),
        description=translate(
            "CliSafety",
            "Check the caseload file: SQLite's full integrity check, the links between "
            "records, and carebook's own rules (laid-out visits, care plans). Prints "
            "one line per problem, with record ids only; changes nothing. Exit status 0 "
            "when healthy, 1 when problems are found.",
        ),
    )
    db_option(check)

    encrypt = commands.add_parser(
        "encrypt",
        help=translate("CliSafety", "protect the caseload and its backups with a passphrase"),
        description=translate(
            "CliSafety",
            "Encrypt the caseload file and its backups with SQLCipher under a new "
            "passphrase, typed twice on the terminal or read from the file named by "
            "${variable}. Without the passphrase nobody can read them. "
            "Close the carebook window first.",
        ).format(variable=PASSPHRASE_VARIABLE),
    )
    db_option(encrypt)
    decrypt = commands.add_parser(
        "decrypt",
        help=translate("CliSafety", "remove the passphrase from the caseload and its backups"),
        description=translate(
            "CliSafety",
            "Decrypt the caseload file and its backups (their passphrase typed on the "
            "terminal or read from the file named by ${variable}), leaving "
            "them readable by anyone who has the computer. Close the window first.",
        ).format(variable=PASSPHRASE_VARIABLE),
    )
    db_option(decrypt)


def run(args: argparse.Namespace) -> int:
    """Run the sub-command `args` asks for; the exit status."""
    caseload = caseload_path(getattr(args, "db", None))
    if args.command == "backup":
        return _backup(caseload, args.output)
    if args.command == "restore":
        return _restore(caseload, Path(args.file).expanduser(), args.yes)
    if args.command in ("encrypt", "decrypt"):
        return _convert(caseload, protecting=args.command == "encrypt")
    return _check(caseload)


def _backup(caseload: Path, output: str | None) -> int:
    target = None
    if output is not None:
        target = checked_output(Path(output), caseload, replacing_backups=True)
    passphrase = passphrase_for(caseload)
    inspect(caseload, passphrase)  # not there, not carebook's, newer, damaged: CaseloadFileError
    conn = connect(caseload, passphrase)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA trusted_schema = OFF")
        info = make_backup(conn, caseload, now=datetime.now(), target=target, passphrase=passphrase)
    except BackupError as error:
        print(translate("Cli", "carebook: {problem}").format(problem=error), file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        conn.close()
    print(
        translate("CliSafety", "Backup written to {path} ({size}) and checked.").format(
            path=info.path, size=_size(info.size)
        )
    )
    if target is None:
        kept = list_backups(caseload)
        said = (
            translate("CliSafety", "1 backup of this caseload is kept in {folder}.")
            if len(kept) == 1
            else translate("CliSafety", "{n} backups of this caseload are kept in {folder}.")
        )
        print(said.format(n=len(kept), folder=backups_folder(caseload)))
    return 0


def _restore(caseload: Path, source: Path, yes: bool) -> int:
    # One passphrase opens a protected caseload and its protected backups alike.
    passphrase = passphrase_for(caseload) or passphrase_for(source)
    try:
        verify(source, passphrase)
    except BackupError as error:
        refusal = translate("CliSafety", "carebook: cannot restore from {problem}")
        print(refusal.format(problem=error), file=sys.stderr)
        return EXIT_BAD_FILE
    if not yes and not _confirmed(caseload, source):
        print(translate("CliSafety", "Nothing was changed."))
        return EXIT_PROBLEMS
    set_aside_as = None
    unreadable = False
    with _holding(caseload):
        try:
            try:
                safety = restore(source, caseload, now=datetime.now(), passphrase=passphrase)
            except CaseloadFileError as error:
                if not ((error.damaged or error.not_a_database) and error.path == caseload):
                    raise
                # The damaged caseload (or whatever was written over it) is kept, renamed,
                # rather than replaced.
                set_aside_as = set_aside(caseload)
                unreadable = error.not_a_database
                safety = restore(source, caseload, now=datetime.now(), passphrase=passphrase)
        except CaseloadBusyError as error:
            raise CommandError(str(error)) from None
        except BackupError as error:
            print(translate("Cli", "carebook: {problem}").format(problem=error), file=sys.stderr)
            return EXIT_PROBLEMS
    print(
        translate("CliSafety", "Caseload {caseload} restored from {source}.").format(
            caseload=caseload, source=source
        )
    )
    print(_before(safety, set_aside_as, unreadable))
    return 0


def _before(safety: BackupInfo | None, set_aside_as: Path | None, unreadable: bool) -> str:
    if set_aside_as is not None:
        kept = (
            translate(
                "CliSafety",
                "The damaged file that was there (no longer a database) is kept, untouched, "
                "as {path}.",
            )
            if unreadable
            else translate(
                "CliSafety", "The damaged caseload that was there is kept, untouched, as {path}."
            )
        )
        return kept.format(path=set_aside_as)
    if safety is not None:
        return translate(
            "CliSafety", "What the caseload held before is backed up at {path}."
        ).format(path=safety.path)
    return translate("CliSafety", "There was no caseload there before.")


def _interactive() -> bool:
    """True when there is a terminal to ask on (and to see the question)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _confirmed(caseload: Path, source: Path) -> bool:
    if not _interactive():
        raise CommandError(
            translate(
                "CliSafety",
                "restore replaces the caseload {caseload}; there is no terminal to "
                "ask on, so add --yes to confirm",
            ).format(caseload=caseload)
        )
    try:
        answer = input(
            translate(
                "CliSafety",
                "Replace the caseload {caseload} with {source}? What it holds now is "
                "backed up first. [y/N] ",
            ).format(caseload=caseload, source=source)
        )
    except EOFError:
        return False
    # The answer "y" or "yes" is always understood, and so are the words of the language.
    yes = {"y", "yes", translate("CliSafety", "y").lower(), translate("CliSafety", "yes").lower()}
    return answer.strip().lower() in yes


def _check(caseload: Path) -> int:
    report = check_file(caseload, passphrase_for(caseload))
    print(translate("CliSafety", "Checked {caseload}:").format(caseload=caseload))
    print(report.text(), end="")
    return 0 if report.healthy else EXIT_PROBLEMS


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@contextmanager
def _holding(caseload: Path) -> Iterator[None]:
    """Hold the caseload against every other carebook (the window's lock) while it changes."""

    try:
        lock = acquire(caseload)
    except CaseloadLocked as error:
        raise CommandError(
            translate(
                "Cli", "{refusal} Close it (or let that command finish), then try again."
            ).format(refusal=error)
        ) from None
    try:
        yield
    finally:
        lock.release()


def _convert(caseload: Path, *, protecting: bool) -> int:
    """Protect the caseload and its backups with a new passphrase, or remove it from them."""
    inspect(caseload, passphrase_for(caseload) if not protecting else None)
    if protecting and encryption.looks_protected(caseload):
        raise CommandError(
            translate("CliSafety", "{caseload} is already protected by a passphrase").format(
                caseload=caseload
            )
        )
    if not protecting and not encryption.looks_protected(caseload):
        raise CommandError(
            translate("CliSafety", "{caseload} is not protected by a passphrase").format(
                caseload=caseload
            )
        )
    old: str | None = None
    new: str | None = None
    if protecting:
        new = read_passphrase(translate("CliSafety", "New passphrase: "), new=True)
        encryption.check_new_passphrase(new)
    else:
        old = read_passphrase(
            translate("CliPassphrases", "Passphrase for {name}: ").format(name=caseload.name)
        )

    def convert(path: Path, key: str | None) -> None:
        if new is not None:
            encryption.protect(path, new)
        else:
            encryption.unprotect(path, key or old or "")

    with _holding(caseload):
        try:
            convert(caseload, old)
        except encryption.WrongPassphrase:
            raise CommandError(
                translate("CliSafety", "the passphrase is not right; nothing was changed")
            ) from None
        except encryption.CaseloadInUse as error:
            raise CommandError(str(error)) from None
        rest = convert_the_rest(caseload, convert, old, new)
    done = (
        translate(
            "CliSafety",
            "The caseload {caseload} and its backups are protected by the passphrase; keep it "
            "safe: without it nobody can read them.",
        )
        if protecting
        else translate(
            "CliSafety",
            "The caseload {caseload} and its backups are no longer protected: anyone who has "
            "the computer can read them.",
        )
    )
    print(done.format(caseload=caseload))
    for line in rest.lines():
        print(line)
    return 0
