"""The changes waiting to be sent to the hub, read from the outbox, and forgotten once sent."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Change:
    """One change to one record, as it travels: made here, or read from the hub."""

    uid: str
    kind: str
    #: "put" (made or changed: `fields` are the new values) or "delete" (`fields` are the
    #: values it had, kept so the other side can show what was deleted).
    op: str
    version: str
    #: The record's version this change was made on (None for a new record).
    base: str | None
    fields: dict[str, Any]
    #: Each changed field's version before (None for a new record).
    bases: dict[str, str] | None
    #: The outbox's number of the change's last row (0 for one read from the hub).
    seq: int = 0

    @property
    def device(self) -> str:
        """The device that made the change: the last part of its version."""
        return self.version.rsplit("-", 1)[-1]


def read_literals(text: str) -> list[Any]:
    """The values of a comma-separated list of SQL literals as SQLite's quote() writes them."""
    values: list[Any] = []
    at, end = 0, len(text)
    while at < end:
        char = text[at]
        if char == "'":
            parts, at = [], at + 1
            while True:
                close = text.index("'", at)
                parts.append(text[at:close])
                if close + 1 < end and text[close + 1] == "'":
                    parts.append("'")
                    at = close + 2
                    continue
                at = close + 1
                break
            values.append("".join(parts))
        elif text.startswith("X'", at):
            close = text.index("'", at + 2)
            values.append(bytes.fromhex(text[at + 2 : close]))
            at = close + 1
        else:
            comma = text.find(",", at)
            comma = end if comma < 0 else comma
            token = text[at:comma]
            if token == "NULL":
                values.append(None)
            elif any(mark in token for mark in ".eE") or token in ("Inf", "-Inf"):
                values.append(float(token.replace("Inf", "inf")))
            else:
                values.append(int(token))
            at = comma
        if at < end:
            if text[at] != ",":
                raise ValueError(f"unexpected {text[at]!r} at {at} in a list of values")
            at += 1
    return values


def quoted(values: dict[str, Any]) -> str:
    """A dict as the outbox's name, value list (SQL literals, as quote() writes them)."""
    parts = []
    for name, value in values.items():
        parts.append("'" + name.replace("'", "''") + "'")
        parts.append(_literal(value))
    return ",".join(parts)


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "X'" + value.hex().upper() + "'"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def read_pairs(text: str | None) -> dict[str, Any] | None:
    """A name, value, name, value … list as a dict (None stays None)."""
    if text is None:
        return None
    values = read_literals(text)
    return {str(values[i]): values[i + 1] for i in range(0, len(values), 2)}


def waiting(conn: sqlite3.Connection, limit: int) -> tuple[list[Change], int]:
    """Up to `limit` outbox rows as changes, oldest first, and the last row's number: a delete
    followed by the record put back (an undo) is folded into one change of the fields that
    differ, or none."""
    rows = conn.execute(
        "SELECT seq, uid, kind, op, version, base, fields, bases FROM sync_outbox"
        " ORDER BY seq LIMIT ?",
        [limit],
    ).fetchall()
    changes: list[Change | None] = []
    deleted_at: dict[str, int] = {}
    for seq, uid, kind, op, version, base, fields, bases in rows:
        values, before_values = read_pairs(fields) or {}, read_pairs(bases)
        change = Change(uid, kind, op, version, base, values, before_values, seq)
        put_back = deleted_at.pop(uid, None) if op == "put" else None
        if put_back is not None:
            removed = changes[put_back]
            assert removed is not None
            kept = {
                k: v for k, v in values.items() if k not in removed.fields or removed.fields[k] != v
            }
            changes[put_back] = None
            if kept:
                kept_bases = {
                    k: v for k, v in (before_values or {}).items() if k in kept or k == "*"
                }
                changes.append(
                    Change(uid, kind, "put", version, removed.base, kept, kept_bases, seq)
                )
            continue
        if op == "delete":
            deleted_at[uid] = len(changes)
        changes.append(change)
    last = rows[-1][0] if rows else 0
    return [change for change in changes if change is not None], last


def count_waiting(conn: sqlite3.Connection) -> int:
    """How many changes wait to be sent: read from the first and last numbers, since rows
    leave the outbox only from its front (sent) or all at once (the team left), so there is
    no gap between; counting half a million rows would hold the window's start up."""
    # Each as a query of its own: SQLite reads a lone max() or min() off the end of the key.
    row = conn.execute(
        "SELECT (SELECT max(seq) FROM sync_outbox) - (SELECT min(seq) FROM sync_outbox) + 1"
    ).fetchone()
    return int(row[0] or 0)


def forget_sent(conn: sqlite3.Connection, up_to_seq: int) -> None:
    """Drop the outbox rows sent (the hub has them), in the caller's transaction."""
    conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", [up_to_seq])
