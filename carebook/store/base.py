"""What every part of the store shares: the connection, the clock, and one way to read and write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from carebook.core.errors import SaveError
from carebook.core.kinds import TABLES
from carebook.core.words import translate
from carebook.storage.database import CaseloadDatabase
from carebook.storage.file_errors import INTEGRITY_ERRORS, OPERATIONAL_ERRORS
from carebook.storage.records import from_row, to_row

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Writes(Generic[R]):
    """How one kind of record is added (the saved record back, with its id), saved over its
    stored self, and removed by id: what the window's change door calls for a plain edit."""

    add: Callable[[R], R]
    save: Callable[[R], object]
    remove: Callable[[int], None]


@dataclass(slots=True)
class OpenCaseload:
    """The open caseload file every part of the store shares: one connection, one clock."""

    db: CaseloadDatabase
    path: Path
    clock: Callable[[], datetime] = datetime.now
    #: The passphrase a protected caseload was opened with (kept in memory only: its
    #: backups are protected with it, and the lock screen checks it); None when plain.
    passphrase: str | None = None
    #: What opening the file found and dealt with that the user should be told (a
    #: damaged write-ahead log kept aside, a leftover removed); said once, then cleared.
    notices: list[str] = field(default_factory=list)


class Part:
    """A part of the store: its share of the caseload's actions, over the one open caseload,
    with the few primitives every action is built from (one transaction helper among them)."""

    def __init__(self, caseload: OpenCaseload) -> None:
        self.caseload = caseload

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.caseload.clock

    @property
    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self.caseload.db.conn
        return conn

    def today(self) -> date:
        return self.clock().date()

    def writes(self) -> dict[str, Writes[Any]]:
        """The kinds this part adds, saves and removes (those the kind registry gives it)."""
        return {}

    # -- reading ---------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _get(self, cls: type[T], record_id: int) -> T | None:
        rows = self._rows(f"SELECT * FROM {TABLES[cls]} WHERE id = ?", [record_id])
        return from_row(cls, rows[0]) if rows else None

    def _need(self, cls: type[T], record_id: int) -> T:
        """The record, or a LookupError naming what is gone (deleted by another action)."""
        record = self._get(cls, record_id)
        if record is None:
            raise LookupError(
                translate("Base", "That {kind} no longer exists.").format(
                    kind=TABLES[cls].replace("_", " ")
                )
            )
        return record

    def _all(self, cls: type[T], where: str, params: Sequence[Any], order: str) -> list[T]:
        sql = f"SELECT * FROM {TABLES[cls]} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self._rows(sql, params)]

    # -- writing ---------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One all-or-nothing change; a file that refuses it becomes a SaveError that says why."""
        try:
            with self.caseload.db.atomic():
                yield
        except OPERATIONAL_ERRORS as error:
            raise SaveError(_why_not_saved(error)) from error
        except INTEGRITY_ERRORS as error:
            # The schema's own rules caught what validation did not: never a traceback.
            raise SaveError(
                translate(
                    "Base",
                    "That change breaks a rule of the caseload ({error}); nothing was saved.",
                ).format(error=error)
            ) from error

    def _insert(self, record: T, uid: str = "") -> T:
        """Insert the record (its id set once made); under the global id `uid` when given, else
        the caseload file gives it one."""
        row = to_row(record, with_id=getattr(record, "id", None) is not None)
        if uid:
            row["uid"] = uid
        names = list(row)
        sql = (
            f"INSERT INTO {TABLES[type(record)]} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        cursor = self.conn.execute(sql, list(row.values()))
        if any(f.name == "id" for f in fields(record)):  # type: ignore[arg-type]
            record.id = cursor.lastrowid  # type: ignore[attr-defined]
        return record

    def _update(self, record: Any) -> None:
        """Write every field of a record over its stored row."""
        row = to_row(record, with_id=False)
        assignments = ", ".join(f"{name} = ?" for name in row)
        cursor = self.conn.execute(
            f"UPDATE {TABLES[type(record)]} SET {assignments},"
            f" updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
            [*row.values(), record.id],
        )
        if cursor.rowcount != 1:
            raise LookupError(
                translate("Base", "That {kind} no longer exists.").format(
                    kind=TABLES[type(record)].replace("_", " ")
                )
            )

    def _create(self, record: T) -> T:
        """Insert one new record in its own transaction, and note it in the activity log."""
        with self._transaction():
            self._insert(record)
            # A link without an id of its own (a care-team member) is logged against its patient.
            record_id = getattr(record, "id", None) or getattr(record, "patient_id", None)
            self._log("create", TABLES[type(record)], record_id)
        return record

    def _change(self, record: Any) -> None:
        """Save an edited record in its own transaction, and note it in the activity log."""
        with self._transaction():
            self._update(record)
            self._log("change", TABLES[type(record)], record.id)

    def _delete(self, cls: type, record_id: int) -> None:
        """Delete a record and, through the schema's cascades, what hangs off it."""
        with self._transaction():
            cursor = self.conn.execute(f"DELETE FROM {TABLES[cls]} WHERE id = ?", [record_id])
            if cursor.rowcount != 1:
                raise LookupError(
                    translate("Base", "That {kind} no longer exists.").format(
                        kind=TABLES[cls].replace("_", " ")
                    )
                )
            self._log("delete", TABLES[cls], record_id)

    def _log(self, action: str, kind: str, record_id: int | None, summary: str = "") -> None:
        self.conn.execute(
            "INSERT INTO audit_log (at, action, record_kind, record_id, summary) "
            "VALUES (?, ?, ?, ?, ?)",
            [self.clock().isoformat(timespec="seconds"), action, kind, record_id, summary],
        )


def _why_not_saved(error: Exception) -> str:
    text = str(error).lower()
    if "full" in text:
        return translate(
            "Store", "The disk is full, so nothing was saved. Free some space and save again."
        )
    if "readonly" in text or "read-only" in text:
        return translate("Store", "The caseload file is read-only, so nothing was saved.")
    if "locked" in text or "busy" in text:
        return translate(
            "Store", "Another program is using the caseload file; nothing was saved. Try again."
        )
    if "disk i/o" in text:
        return translate(
            "Store",
            "The disk reported an error, so nothing was saved. Check the drive and try again.",
        )
    return translate(
        "Store", "The caseload file would not take the change ({error}); nothing was saved."
    ).format(error=error)
