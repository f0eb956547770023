"""What a crash or a kill left beside a caseload, found and dealt with when it is next opened.

A write-ahead log left behind is read before SQLite reads it (carebook.storage.write_ahead_log): a
damaged frame would otherwise lose every change after it without a word.

A change of passphrase cut short leaves `.c.sqlite3.converting`: a whole copy of the caseload,
in the clear after a decryption. Nothing else would ever remove it, so the next open does,
and says so. A file that is being written by a conversion running now is never touched: a
conversion holds the caseload's lock, so a leftover is removed only when that lock is free, or
held by this very process (which converts nothing while it opens the caseload).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from carebook.storage.caseload_lock import LockError, acquire, held_here
from carebook.storage.files_beside import Beside, files_beside
from carebook.storage.write_ahead_log import keep_damaged_log

#: The caseload's own files that must be readable by its owner only.
_OWN = ("", "-wal", "-shm", "-journal", ".lock")


def tidy(caseload: Path) -> list[str]:
    """Deal with what a crash left beside `caseload` before it is opened; what to tell."""
    said = _remove_cut_short(caseload)
    wal = Path(f"{caseload}-wal")
    if wal.is_file() and wal.stat().st_size and _nobody_else(caseload):
        kept = keep_damaged_log(caseload)
        if kept is not None:
            said.append(kept)
    return said


def _remove_cut_short(caseload: Path) -> list[str]:
    """Remove what a cut-short change of passphrase left beside `caseload`; what was done."""
    leftovers = [found.path for found in files_beside(caseload) if found.kind is Beside.CONVERTING]
    if not leftovers or not _nobody_else(caseload):
        return []
    removed = 0
    for path in leftovers:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            return [
                f"A copy of the caseload left by a change of passphrase that was cut short "
                f"could not be removed: delete {path} yourself."
            ]
        removed += 1
    if not removed:
        return []
    return [
        "A change of passphrase was cut short earlier (the computer stopped, or it was "
        "killed); the caseload was not changed, and the part-made copy it left beside the "
        "caseload has been removed."
    ]


def _nobody_else(caseload: Path) -> bool:
    """Whether no other carebook holds the caseload (none converting it, none writing)."""

    if held_here(caseload):
        return True
    try:
        lock = acquire(caseload)
    except LockError:
        return False  # someone holds it (and may be converting), or it cannot be made
    lock.release()
    return True


def tighten(caseload: Path) -> None:
    """Make the caseload and its SQLite files readable by their owner only (POSIX).

    A caseload made by an older carebook (or copied in) may be readable by everyone.
    """
    if os.name == "nt":
        return
    for suffix in _OWN:
        path = Path(f"{caseload}{suffix}")
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, mode & 0o700)
        except OSError:
            continue  # not there, or not ours to change: opening says what matters
