"""A change of passphrase reaches every copy: the backups, and each file kept beside the caseload.

Once the caseload itself is converted (encryption.protect, change_passphrase or unprotect),
nothing carebook ever wrote may stay as it was: a backup made before an upgrade left in the
clear after `encrypt` is the whole caseload, readable by anyone.

- backups (in the rotation, and the ones made before an upgrade) are converted as the
  caseload was, when they were protected as it was;
- a damaged caseload set aside, or a copy of a damaged log, cannot be converted (it does not
  read as a database): it is sealed, its bytes kept exactly, inside a file protected by the
  new passphrase; removing the passphrase gives it back; changing it seals it anew;
- a temporary file left by a cut-short conversion is removed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.backups import backups_folder_if_any, key_for, list_backups
from carebook.storage.file_errors import ERRORS
from carebook.storage.files_beside import Beside, files_beside
from carebook.storage.side_files import remove_with_side_files

Convert = Callable[[Path, str | None], None]

_FAILURES = (
    encryption.WrongPassphrase,
    encryption.CaseloadInUse,
    ValidationError,
    OSError,
    *ERRORS,
)


@dataclass(slots=True)
class Converted:
    """What was done to the files of a caseload besides the caseload itself."""

    failed: int = 0
    sealed: int = 0
    unsealed: int = 0
    removed: int = 0

    def lines(self) -> list[str]:
        """What the user should know, a sentence each (nothing when all went as expected)."""
        said = []
        if self.failed == 1:
            said.append(
                translate(
                    "PassphraseChange", "1 older backup could not be converted and is as before."
                )
            )
        elif self.failed:
            said.append(
                translate(
                    "PassphraseChange",
                    "{n} older backups could not be converted and are as before.",
                ).format(n=self.failed)
            )
        if self.sealed == 1:
            said.append(
                translate(
                    "PassphraseChange",
                    "1 damaged copy kept beside the caseload is now sealed under the passphrase "
                    "(a .sealed file).",
                )
            )
        elif self.sealed:
            said.append(
                translate(
                    "PassphraseChange",
                    "{n} damaged copies kept beside the caseload are now sealed under the "
                    "passphrase (a .sealed file).",
                ).format(n=self.sealed)
            )
        if self.unsealed == 1:
            said.append(
                translate(
                    "PassphraseChange", "1 sealed damaged copy is unsealed beside the caseload."
                )
            )
        elif self.unsealed:
            said.append(
                translate(
                    "PassphraseChange",
                    "{n} sealed damaged copies are unsealed beside the caseload.",
                ).format(n=self.unsealed)
            )
        return said


def convert_the_rest(
    caseload: Path, convert: Convert, old: str | None, new: str | None
) -> Converted:
    """Bring every file of `caseload` but itself under its new protection (see above).

    `convert(path, key)` is the conversion the caseload had; `old` and `new` are its
    passphrases before and after (None: plain). The caller holds the caseload's lock.
    """
    done = Converted(failed=convert_backups(caseload, convert, old))
    for found in files_beside(caseload):
        path = found.path
        try:
            if found.kind is Beside.BACKUP:
                key = key_for(path, old)
                if (key is None) == (old is None):  # protected as the caseload was
                    convert(path, key)
            elif found.kind in (Beside.DAMAGED, Beside.LOG_COPY):
                if new is not None and old is None and not encryption.looks_protected(path):
                    encryption.seal(path, new)
                    done.sealed += 1
            elif found.kind is Beside.SEALED and old is not None:
                if new is None:
                    encryption.unseal(path, old)
                    done.unsealed += 1
                else:
                    encryption.change_passphrase(path, old, new)
            elif found.kind is Beside.CONVERTING:
                remove_with_side_files(path)
                done.removed += 1
        except _FAILURES:
            done.failed += 1
    done.removed += _remove_partial_backups(caseload)
    return done


def convert_backups(
    caseload: Path, convert: Callable[[Path, str | None], None], old: str | None
) -> int:
    """Convert every backup of `caseload` protected as the caseload was before (with `old`, or
    plain when None) as the caseload was converted; the number that could not be (they are
    left as they were). `convert(path, passphrase)` is the conversion the caseload had."""
    failed = 0
    for info in list_backups(caseload):
        key = key_for(info.path, old)
        if (key is None) != (old is None):
            continue  # not as the caseload was: not this conversion's to make
        try:
            convert(info.path, key)
        except (encryption.WrongPassphrase, ValidationError, OSError, *ERRORS):
            failed += 1
    return failed


def _remove_partial_backups(caseload: Path) -> int:
    """Backups cut short (a crash mid-write) hold part of the caseload as it was: remove them."""
    folder = backups_folder_if_any(caseload)
    if folder is None:
        return 0
    removed = 0
    for partial in folder.glob(".caseload-*.partial*"):
        with suppress(OSError):
            if time.time() - partial.stat().st_mtime > 60:  # not one being written now
                partial.unlink()
                removed += 1
    return removed
