"""A protected caseload's passphrase: typed unseen at the terminal, or read from a file."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from carebook.cli.refusal import CommandError
from carebook.core.words import translate

#: Names a file whose first line is the caseload's passphrase (for scripts, and no terminal).
PASSPHRASE_VARIABLE = "CAREBOOK_PASSPHRASE_FILE"


def passphrase_for(path: Path) -> str | None:
    """The passphrase of the caseload at `path` if it is protected (None if it is plain)."""
    from carebook.storage import encryption  # SQLCipher loads only for a protected file

    if not path.is_file() or not encryption.looks_protected(path):
        return None
    return read_passphrase(
        translate("CliPassphrases", "Passphrase for {name}: ").format(name=path.name)
    )


def read_passphrase(prompt: str, *, new: bool = False) -> str:
    """A passphrase from the file named by $CAREBOOK_PASSPHRASE_FILE, or typed unseen on the
    terminal (twice, when it is a `new` one); never from the command line, where other users
    of the computer and the shell's history could read it."""
    named = os.environ.get(PASSPHRASE_VARIABLE, "")
    if named:
        return _passphrase_file(named)
    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "CliPassphrases",
                "the caseload is protected by a passphrase: run carebook in a "
                "terminal to type it, or set ${variable} to a file that "
                "holds it (readable by you alone)",
            ).format(variable=PASSPHRASE_VARIABLE)
        )

    try:
        passphrase = getpass.getpass(prompt)
        if new and getpass.getpass(translate("CliPassphrases", "Type it again: ")) != passphrase:
            raise CommandError(
                translate(
                    "CliPassphrases", "the two passphrases are not the same; nothing was changed"
                )
            )
    except EOFError:  # Ctrl-D, or the end of what was piped in
        print(file=sys.stderr)
        raise CommandError(
            translate("CliPassphrases", "no passphrase was typed; nothing was changed")
        ) from None
    return passphrase


#: A passphrase file longer than this is not one (a device such as /dev/zero, a wrong file).
PASSPHRASE_FILE_LIMIT = 4096


def _passphrase_file(named: str) -> str:
    """The passphrase on the first line of the file named by $CAREBOOK_PASSPHRASE_FILE."""
    said = {"file": named, "variable": PASSPHRASE_VARIABLE}
    try:
        with Path(named).expanduser().open("rb") as stream:
            data = stream.read(PASSPHRASE_FILE_LIMIT + 1)
    except OSError as error:
        raise CommandError(
            translate(
                "CliPassphrases", "cannot read the passphrase file {file} (${variable}): {problem}"
            ).format(problem=error.strerror or error, **said)
        ) from None
    if len(data) > PASSPHRASE_FILE_LIMIT:
        raise CommandError(
            translate(
                "CliPassphrases",
                "the passphrase file {file} (${variable}) is longer than {limit} bytes, so it is "
                "not a passphrase file; it should hold the passphrase on its first line",
            ).format(limit=PASSPHRASE_FILE_LIMIT, **said)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            translate(
                "CliPassphrases",
                "the passphrase file {file} (${variable}) is not UTF-8 text; save it as UTF-8",
            ).format(**said)
        ) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise CommandError(
            translate(
                "CliPassphrases",
                "the passphrase file {file} (${variable}) is empty; "
                "put the passphrase on its first line",
            ).format(**said)
        )
    if any(ord(character) < 32 or ord(character) == 127 for character in passphrase):
        raise CommandError(
            translate(
                "CliPassphrases",
                "the passphrase file {file} (${variable}) holds control characters on its first "
                "line, so it is not a passphrase file",
            ).format(**said)
        )
    return passphrase
