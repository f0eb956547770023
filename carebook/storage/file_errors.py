"""What can go wrong with a caseload file: SQLite's and SQLCipher's errors, carebook's refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3

#: The errors of both libraries a caseload is read with: SQLite's, and SQLCipher's (which are
#: classes of its own, not SQLite's), for `except` clauses anywhere a caseload is used.
ERRORS = (sqlite3.Error, sqlcipher3.Error)


DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


OPERATIONAL_ERRORS = (sqlite3.OperationalError, sqlcipher3.OperationalError)


INTEGRITY_ERRORS = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


class CaseloadFileError(Exception):
    """A caseload file that cannot be opened; str() is one line naming the file and the problem.

    `damaged` is True when the file is carebook's (or a SQLite file) but its contents are broken,
    `not_a_database` when it holds no database at all (empty, or something written over it),
    rather than someone else's file or one from a newer carebook: the window then offers to set
    it aside (`set_aside`) and to restore the newest good backup. `needs_passphrase` says the file
    is protected and no passphrase was given; `wrong_passphrase` that the one given does not
    open it: both ask for the passphrase (again), the file untouched.
    """

    def __init__(
        self,
        path: Path,
        problem: str,
        *,
        damaged: bool = False,
        needs_passphrase: bool = False,
        wrong_passphrase: bool = False,
        not_a_database: bool = False,
    ) -> None:
        # SQLite's own messages can span lines ("*** in database main ***\nPage 5: …"); a dialog
        # title, a log line and the CLI all need one line.
        problem = " ".join(problem.split())
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.damaged = damaged
        self.needs_passphrase = needs_passphrase
        self.wrong_passphrase = wrong_passphrase
        #: The file is not a database at all (empty, or other bytes written over it): once the
        #: caseload, it can be set aside and restored like a damaged one.
        self.not_a_database = not_a_database


def is_damage(error: Exception) -> bool:
    """True for SQLite's "malformed" and "not a database" errors (the file's contents are bad)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
