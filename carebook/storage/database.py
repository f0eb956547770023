"""The open caseload's connection as the store uses it: statements and all-or-nothing changes."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class CaseloadDatabase:
    """One connection to an open caseload (SQLite's autocommit mode) and its transactions.

    It is all the store needs of a database library, written on the standard library so that
    opening a caseload loads nothing else: sqlite-utils is loaded only to run a pending
    migration (see carebook.storage.migration_steps).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        #: Closed for good (the window's late work, made while it idles, then leaves it be).
        self.closed = False

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; outside `atomic` it is its own transaction (autocommit)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[CaseloadDatabase]:
        """All of the block's writes or none of them; a nested block is a savepoint."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"carebook_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger ends the whole transaction, savepoints with it.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            conn.rollback()  # nothing to undo when a trigger's RAISE(ROLLBACK) already did
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise

    def close(self) -> None:
        self.closed = True
        self.conn.close()
