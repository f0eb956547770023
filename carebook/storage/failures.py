"""Failures of the computer rather than of carebook (a full disk, a read-only file), in plain words.

Everything here is said without the exception's own message: SQLite's can quote a row.
"""

from __future__ import annotations

import errno
import re
import sqlite3

import sqlcipher3

from carebook.core.errors import SaveError
from carebook.core.words import QT_TRANSLATE_NOOP, translate

DISK_FULL = QT_TRANSLATE_NOOP(
    "Failures", "the disk is full: free some space and try again (nothing more was written)"
)

_DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def plain_failure(error: BaseException) -> str | None:
    """One line saying what failed and what to do, or None for a fault of carebook's own."""
    if isinstance(error, SaveError):
        return str(error)
    if isinstance(error, MemoryError):
        return translate(
            "Failures", "the computer ran out of memory; close other programs and try again"
        )
    if isinstance(error, OSError):
        return _os_failure(error)
    if isinstance(error, sqlite3.Error | sqlcipher3.Error):
        return _database_failure(error)
    return None


def _os_failure(error: OSError) -> str:
    if error.errno in _DISK_ERRNOS:
        return translate("Failures", DISK_FULL)
    where = f" ({error.filename})" if error.filename else ""
    if error.errno == errno.EROFS:
        return translate("Failures", "the disk is read-only{where}; nothing was changed").format(
            where=where
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate(
            "Failures", "permission denied{where}: check who may read and write it"
        ).format(where=where)
    if error.errno == errno.EIO:
        return translate(
            "Failures",
            "the disk reported a read or write error{where}; copy your files elsewhere soon",
        ).format(where=where)
    reason = error.strerror or type(error).__name__
    return f"{reason[:1].lower()}{reason[1:]}{where}"


def _database_failure(error: sqlite3.Error | sqlcipher3.Error) -> str | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return translate("Failures", DISK_FULL)
    if primary == sqlite3.SQLITE_READONLY:
        return translate("Failures", "the caseload file is read-only; nothing was changed")
    if primary == sqlite3.SQLITE_IOERR:
        return translate(
            "Failures", "the disk reported a read or write error; copy your files elsewhere soon"
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return translate(
            "Failures", "the caseload file is damaged; run `carebook check` to see where"
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return translate(
            "Failures", "the caseload is busy with another program; try again in a moment"
        )
    return None


#: SQLite's message for text that is not UTF-8 quotes the value: "… with text 'Zo� Smith'".
_QUOTED_TEXT = re.compile(r"\s+with text '.*", re.DOTALL)


def without_values(error: BaseException) -> str:
    """The error's message with any value SQLite quoted in it left out."""
    return _QUOTED_TEXT.sub(translate("Failures", " (the value is left out)"), str(error))
