"""The conflicts a merge kept for the coordinator, and settling one: the value she keeps is
written as a new change, which the team's other computers take in place of both."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from carebook.core.words import translate
from carebook.storage.sync_apply import Merging
from carebook.storage.sync_capture import CAPTURING, TICK, VERSION, noted_pairs
from carebook.storage.sync_outbox import read_pairs
from carebook.storage.sync_tables import SharedTable


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two values of one field (or an edit against a delete), both kept until settled."""

    id: int
    uid: str
    kind: str
    #: The field both sides changed; None when one side deleted the record.
    field: str | None
    #: "both_changed", "deleted_there" (deleted elsewhere, changed here: kept here) or
    #: "deleted_here" (deleted here, changed elsewhere: their change is kept in the conflict).
    what: str
    mine: Any
    theirs: Any
    mine_version: str
    theirs_version: str
    found_at: str

    @property
    def their_device(self) -> str:
        return self.theirs_version.rsplit("-", 1)[-1]


class ConflictError(ValueError):
    """A conflict that cannot be settled as asked; the message says why."""


def open_conflicts(conn: sqlite3.Connection) -> list[Conflict]:
    """The conflicts not yet settled, oldest first."""
    return [
        _conflict(row) for row in conn.execute(_SELECT + " WHERE resolved_at IS NULL ORDER BY id")
    ]


def conflict(conn: sqlite3.Connection, conflict_id: int) -> Conflict | None:
    row = conn.execute(_SELECT + " WHERE id = ?", [conflict_id]).fetchone()
    return None if row is None else _conflict(row)


def count_open(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
    )


_SELECT = (
    "SELECT id, uid, kind, field, what, mine, theirs, mine_version, theirs_version, found_at"
    " FROM sync_conflict"
)


def _conflict(row: tuple[Any, ...]) -> Conflict:
    field = row[3]
    mine = read_pairs(row[5])
    theirs = read_pairs(row[6])
    if field is not None:
        mine = (mine or {}).get(field)
        theirs = (theirs or {}).get(field)
    return Conflict(row[0], row[1], row[2], field, row[4], mine, theirs, row[7], row[8], row[9])


def settle(conn: sqlite3.Connection, conflict_id: int, keep: str) -> None:
    """Keep "mine" or "theirs", in the caller's transaction; the choice travels as a change."""
    found = conflict(conn, conflict_id)
    if found is None or keep not in ("mine", "theirs"):
        raise ConflictError(translate("Sync", "There is no such conflict."))
    merging = Merging(conn)
    table = merging.tables.get(found.kind)
    if table is None:
        raise ConflictError(translate("Sync", "This carebook does not know that kind of record."))
    if found.what == "both_changed":
        assert found.field is not None
        if not merging._exists(table, found.uid):
            raise ConflictError(
                translate(
                    "Sync",
                    "That record has been deleted since; nothing is left to settle. "
                    "Settle the conflict about its deletion first.",
                )
            )
        value = found.mine if keep == "mine" else found.theirs
        merging.conn.execute("UPDATE sync_clock SET applying = 1")
        merging._write(table, found.uid, {found.field: value})
        merging.conn.execute("UPDATE sync_clock SET applying = 0")
        _note(conn, table, found.uid, [found.field])
    elif found.what == "deleted_there":
        if keep == "theirs":
            conn.execute(f"DELETE FROM {table.name} WHERE uid = ?", [found.uid])
        else:
            for kept_table, uid in _with_what_hangs_off(merging, table, found.uid):
                _note(conn, kept_table, uid, [f.name for f in kept_table.fields])
    elif keep == "mine":
        # Deleted here: say so again, on top of their change, so their copy goes too.
        conn.execute(TICK.replace(";", ""))
        conn.execute(
            "INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)"
            f" VALUES (?, ?, 'delete', {VERSION}, ?, '', NULL)",
            [found.uid, table.name, found.theirs_version],
        )
    else:
        kept = merging._last_deleted(found.uid)
        columns = merging._local_values(table, {**kept, **(found.theirs or {})})
        if columns is None:
            raise ConflictError(
                translate(
                    "Sync",
                    "The record it belongs to was deleted here too: settle that one first.",
                )
            )
        columns["uid"] = found.uid
        try:
            conn.execute(
                f"INSERT INTO {table.name} ({', '.join(columns)})"
                f" VALUES ({', '.join('?' * len(columns))})",
                list(columns.values()),
            )
        except sqlite3.IntegrityError:
            raise ConflictError(
                translate(
                    "Sync",
                    "It clashes with a record here (the same number or name): change that one "
                    "first, then settle this again.",
                )
            ) from None
    conn.execute(
        "UPDATE sync_conflict SET resolved_at = strftime('%Y-%m-%dT%H:%M:%S', 'now'), kept = ?"
        " WHERE id = ?",
        [keep, conflict_id],
    )


def _note(conn: sqlite3.Connection, table: SharedTable, uid: str, names: list[str]) -> None:
    """Put the named fields of a record in the outbox as they are now, as a change made on top
    of every version this caseload has seen of them (even when the value is unchanged)."""
    if not conn.execute(f"SELECT {CAPTURING}").fetchone()[0]:
        return
    conn.execute(TICK.replace(";", ""))
    fields, bases = noted_pairs(table, names)
    conn.execute(
        "INSERT INTO sync_outbox (uid, kind, op, version, base, fields, bases)"
        f" SELECT r.uid, '{table.name}', 'put', {VERSION}, v.version, {fields}, {bases}"
        f" FROM {table.name} AS r JOIN sync_version AS v ON v.uid = r.uid WHERE r.uid = ?",
        [uid],
    )
    conn.execute(f"UPDATE sync_version SET version = {VERSION} WHERE uid = ?", [uid])
    for name in names:
        conn.execute(
            "INSERT INTO sync_field (uid, field, version)"
            f" VALUES (?, ?, {VERSION}) ON CONFLICT (uid, field)"
            " DO UPDATE SET version = excluded.version",
            [uid, name],
        )


def _with_what_hangs_off(
    merging: Merging, table: SharedTable, uid: str
) -> list[tuple[SharedTable, str]]:
    """The record and every record that would be deleted with it, the record first."""
    found = [(table, uid)]
    at = 0
    while at < len(found):
        parent, parent_uid = found[at]
        at += 1
        for child in merging.tables.values():
            for field in child.fields:
                if field.parent != parent.name or not field.cascade:
                    continue
                rows = merging.conn.execute(
                    f"SELECT c.uid FROM {child.name} AS c JOIN {parent.name} AS p"
                    f" ON p.id = c.{field.name} WHERE p.uid = ?",
                    [parent_uid],
                ).fetchall()
                found += [(child, row[0]) for row in rows if row[0] is not None]
    return found
