"""Changes from the team's other computers merged into this caseload, field by field, without
losing either side: a field changed on one side only takes the change; a field changed on both
takes the later change, the earlier kept in the record's history, or, for a clinical field, is
a conflict the coordinator settles (both values kept); an edit against a delete is a conflict."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from carebook.storage.sync_outbox import Change, quoted, read_pairs
from carebook.storage.sync_tables import AUDIT_RECORD, SharedTable, clinical_fields, shared_tables

#: Tables whose rows are the same thing when their key or name is the same (a setting, a
#: care-team link, a year's mileage rate, a place, an activity, a measure of one's own): one made
#: on each of two computers becomes one row. Any other clash (two invoices numbered alike) is
#: a conflict, never a merge.
SAME_BY_KEY = frozenset(
    {
        "meta",
        "mileage_rate",
        "care_team_member",
        "route_stop",
        "appointment_change",
        "travel_time",
        "place",
        "billing_activity",
        "measure_kind",
    }
)

#: Fields that say when a row was written: the later always wins, never a conflict.
STAMP_FIELDS = frozenset({"created_at", "updated_at"})


@dataclass(slots=True)
class Applied:
    """What merging a page of changes did."""

    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    #: (table, local id) of every row written, for what is laid out from them (visits).
    touched: set[tuple[str, int]] = field(default_factory=set)


class Merging:
    """One merge of changes from the hub into the caseload, inside the caller's transaction
    (with `sync_clock.applying` set, so that what it writes is not sent back)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.tables = {table.name: table for table in shared_tables(conn)}
        self.clinical = clinical_fields()
        self.result = Applied()
        self._uniques: dict[str, list[list[str]]] = {}

    def merge(self, changes: Iterable[Change]) -> Applied:
        listed = list(changes)
        at = 0
        while at < len(listed):
            change = listed[at]
            if change.op == "delete":
                # A record deleted with what hung off it arrives as a run of deletes, what hung
                # off it first: merged together, so that one part changed here keeps them all.
                end = at
                while (
                    end < len(listed)
                    and listed[end].op == "delete"
                    and listed[end].device == change.device
                ):
                    end += 1
                self._delete_run(listed[at:end])
                at = end
                continue
            table = self.tables.get(change.kind)
            if table is None:
                self.result.skipped += 1  # a kind this carebook does not know: a newer one's
            else:
                self._witness(change.version)
                self._put_or_keep(table, change)
            at += 1
        return self.result

    def _put_or_keep(self, table: SharedTable, change: Change) -> None:
        """Merge one change; one the file refuses (a name or number already taken here, a
        check it fails) is kept as a conflict, whole, and the merge goes on."""
        self.conn.execute("SAVEPOINT merging_one")
        try:
            self._put(table, change)
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO merging_one")
            state = self._state(change.uid)
            self._conflict(
                change.uid,
                table.name,
                None,
                "deleted_here",
                None,
                state[1] if state else "",
                change,
            )
        finally:
            self.conn.execute("RELEASE merging_one")

    # -- the clock ------------------------------------------------------------------------------

    def _witness(self, version: str) -> None:
        """Move the clock past a version seen, so a change made here next orders after it."""
        wall_text, counter_text, _device = version.split("-")
        wall, counter = int(wall_text, 16), int(counter_text, 16)
        self.conn.execute(
            "UPDATE sync_clock SET counter = CASE WHEN ? > wall THEN ? WHEN ? = wall"
            " THEN max(counter, ?) ELSE counter END, wall = max(wall, ?)",
            [wall, counter, wall, counter, wall],
        )

    # -- a record made or changed ---------------------------------------------------------------

    def _put(self, table: SharedTable, change: Change) -> None:
        state = self._state(change.uid)
        if state is None:
            self._insert(table, change, {})
            return
        uid, version, born, deleted = state
        if deleted:
            if change.base is not None and change.base == version:
                # Put back on the side that deleted it (an undo there): take it back whole.
                kept = self._last_deleted(uid)
                self._insert(table, change, kept, uid=uid)
            elif self._had(uid, born, change):
                self.result.skipped += 1  # made before the delete, and merged then
            else:
                self._conflict(uid, table.name, None, "deleted_here", None, version, change)
            return
        if not self._exists(table, uid):
            self.result.skipped += 1
            return
        written: dict[str, Any] = {}
        clinical = self.clinical.get(table.name, ())
        for name, theirs in change.fields.items():
            mine_version = self._field_version(uid, name) or born
            base = _base_of(change, name)
            if mine_version == change.version:
                continue  # had it already
            if mine_version == base:
                written[name] = theirs
                self._set_field_version(uid, name, change.version)
                self._resolved_elsewhere(uid, name)
                continue
            mine = self._row(table, uid).get(name)
            later = max(mine_version, change.version)
            if mine == theirs:
                self._set_field_version(uid, name, later)
                continue
            is_clinical = name not in STAMP_FIELDS and ("*" in clinical or name in clinical)
            if is_clinical:
                self._conflict(uid, table.name, name, "both_changed", mine, mine_version, change)
            else:
                loser, lost = (
                    (mine, mine_version) if later == change.version else (theirs, change.version)
                )
                self.conn.execute(
                    "INSERT INTO sync_history (uid, kind, field, value, version, why)"
                    " VALUES (?, ?, ?, ?, ?, 'later_won')",
                    [uid, table.name, name, quoted({name: loser}), lost],
                )
            if later == change.version:
                written[name] = theirs
            self._set_field_version(uid, name, later)
        if written:
            self._write(table, uid, written)
        self.conn.execute(
            "UPDATE sync_version SET version = max(version, ?) WHERE uid = ?",
            [change.version, uid],
        )
        self.result.applied += 1

    def _insert(
        self, table: SharedTable, change: Change, kept: dict[str, Any], uid: str | None = None
    ) -> None:
        values = {**kept, **change.fields}
        columns = self._local_values(table, values)
        if columns is None:
            self._conflict(change.uid, table.name, None, "deleted_here", None, "", change)
            return
        existing = self._same_row(table, columns) if table.name in SAME_BY_KEY else None
        if existing is not None:
            # The same thing made on two computers (a setting, a care-team link, a place):
            # one row, known here by its first id; the other id is an alias of it.
            local_uid = existing
            self.conn.execute(
                "INSERT INTO sync_version (uid, kind, version, born, alias_of)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                [change.uid, table.name, change.version, change.version, local_uid],
            )
            self._put(table, Change(local_uid, *_rest(change)))
            return
        columns["uid"] = change.uid
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        self.conn.execute(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks})", list(columns.values())
        )
        # A record sent whole over an older one (put back after a delete) keeps the versions
        # its fields had there, as the side that sent it does.
        bases = change.bases or {}
        self.conn.execute(
            "INSERT INTO sync_version (uid, kind, version, born) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET version = excluded.version, deleted = 0,"
            " born = excluded.born",
            [change.uid, table.name, change.version, bases.get("*", change.version)],
        )
        for name, version in bases.items():
            if name != "*":
                self._set_field_version(change.uid, name, str(version))
        self._touch(table, change.uid)
        self.result.applied += 1

    # -- a record deleted -----------------------------------------------------------------------

    def _delete_run(self, run: list[Change]) -> None:
        known = [(self.tables[c.kind], c) for c in run if c.kind in self.tables]
        self.result.skipped += len(run) - len(known)
        in_run = {change.uid for _table, change in known}
        roots: set[str] = set()
        for table, change in known:
            self._witness(change.version)
            if self._changed_since(change):
                roots.add(self._ancestors(table, change.uid, in_run)[-1])
        for table, change in known:
            held = set(self._ancestors(table, change.uid, in_run)) & roots
            if not held:
                self._delete(table, change)
                continue
            state = self._state(change.uid)
            if state is None:
                continue
            if change.uid in roots:
                self._conflict(state[0], table.name, None, "deleted_there", None, state[1], change)
            # Kept, as of the deletion: sent again later, it brings the record back there.
            self.conn.execute(
                "UPDATE sync_version SET version = ? WHERE uid = ?", [change.version, state[0]]
            )

    def _changed_since(self, change: Change) -> bool:
        """Whether this caseload changed the record after the version the delete was made on."""
        state = self._state(change.uid)
        if state is None or state[3] or change.base is None:
            return False
        return state[1] > change.base and self._exists(self.tables[change.kind], state[0])

    def _ancestors(self, table: SharedTable, uid: str, among: set[str]) -> list[str]:
        """The record and the records it hangs off (deleting which deletes it), as far as they
        are `among` the run: itself first, the furthest last."""
        chain = [uid]
        while True:
            parent = None
            for field_ in table.fields:
                if not field_.cascade or field_.parent is None:
                    continue
                row = self.conn.execute(
                    f"SELECT p.uid FROM {table.name} AS c JOIN {field_.parent} AS p"
                    f" ON p.id = c.{field_.name} WHERE c.uid = ?",
                    [chain[-1]],
                ).fetchone()
                if row is not None and row[0] in among and row[0] not in chain:
                    parent, table = row[0], self.tables[field_.parent]
                    break
            if parent is None:
                return chain
            chain.append(parent)

    def _delete(self, table: SharedTable, change: Change) -> None:
        state = self._state(change.uid)
        if state is None:
            self.conn.execute(
                "INSERT INTO sync_version (uid, kind, version, born, deleted)"
                " VALUES (?, ?, ?, ?, 1)",
                [change.uid, table.name, change.version, change.version],
            )
            self.result.skipped += 1
            return
        uid, _version, _born, deleted = state
        if deleted:
            self.result.skipped += 1
            return
        if self._exists(table, uid):
            values = self._row(table, uid)
            self._touch(table, uid)
            self.conn.execute(
                "INSERT INTO sync_history (uid, kind, field, value, version, why)"
                " VALUES (?, ?, NULL, ?, ?, 'deleted')",
                [uid, table.name, quoted(values), change.version],
            )
            self.conn.execute(f"DELETE FROM {table.name} WHERE uid = ?", [uid])
        self.conn.execute(
            "UPDATE sync_version SET version = ?, deleted = 1 WHERE uid = ?",
            [change.version, uid],
        )
        self.result.applied += 1

    # -- conflicts ------------------------------------------------------------------------------

    def _conflict(
        self,
        uid: str,
        kind: str,
        name: str | None,
        what: str,
        mine: Any,
        mine_version: str,
        change: Change,
    ) -> None:
        theirs = change.fields.get(name) if name is not None else change.fields
        self.conn.execute(
            "INSERT INTO sync_conflict (uid, kind, field, what, mine, mine_version, theirs,"
            " theirs_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                uid,
                kind,
                name,
                what,
                None if mine is None else quoted({name or "*": mine}),
                mine_version,
                quoted(theirs) if isinstance(theirs, dict) else quoted({name or "*": theirs}),
                change.version,
            ],
        )
        self.result.conflicts += 1

    def _resolved_elsewhere(self, uid: str, name: str) -> None:
        """A change made on top of both sides of a conflict settles it here too."""
        self.conn.execute(
            "UPDATE sync_conflict SET resolved_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')"
            " WHERE uid = ? AND field = ? AND resolved_at IS NULL",
            [uid, name],
        )

    # -- reading and writing rows ---------------------------------------------------------------

    def _state(self, uid: str) -> tuple[str, str, str, int] | None:
        row = self.conn.execute(
            "SELECT coalesce(alias_of, uid) FROM sync_version WHERE uid = ?", [uid]
        ).fetchone()
        if row is None:
            return None
        found = self.conn.execute(
            "SELECT uid, version, born, deleted FROM sync_version WHERE uid = ?", [row[0]]
        ).fetchone()
        return None if found is None else (found[0], found[1], found[2], found[3])

    def _had(self, uid: str, born: str, change: Change) -> bool:
        """Whether this caseload merged `change` before (every field it sets is at its version)."""
        if born == change.version:
            return True
        return bool(change.fields) and all(
            self._field_version(uid, name) == change.version for name in change.fields
        )

    def _field_version(self, uid: str, name: str) -> str | None:
        row = self.conn.execute(
            "SELECT version FROM sync_field WHERE uid = ? AND field = ?", [uid, name]
        ).fetchone()
        return None if row is None else str(row[0])

    def _set_field_version(self, uid: str, name: str, version: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_field (uid, field, version) VALUES (?, ?, ?)"
            " ON CONFLICT (uid, field) DO UPDATE SET version = excluded.version",
            [uid, name, version],
        )

    def _last_deleted(self, uid: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT value FROM sync_history WHERE uid = ? AND why = 'deleted'"
            " ORDER BY id DESC LIMIT 1",
            [uid],
        ).fetchone()
        return (read_pairs(row[0]) or {}) if row else {}

    def _exists(self, table: SharedTable, uid: str) -> bool:
        found = self.conn.execute(f"SELECT 1 FROM {table.name} WHERE uid = ?", [uid]).fetchone()
        return found is not None

    def _touch(self, table: SharedTable, uid: str) -> None:
        """Note a row written, by its local id, for what is laid out from it."""
        column = "id" if table.keys == ("id",) else None
        if column is None and "appointment_id" in {f.name for f in table.fields}:
            column = "appointment_id"
        if column is None:
            return
        row = self.conn.execute(
            f"SELECT {column} FROM {table.name} WHERE uid = ?", [uid]
        ).fetchone()
        if row is not None and row[0] is not None:
            self.result.touched.add((table.name, int(row[0])))

    def _row(self, table: SharedTable, uid: str) -> dict[str, Any]:
        """A row's travelling values (ids as the global ids they travel as)."""
        pairs = table.field_values("r")
        listed = ", ".join(value for _name, value in pairs)
        row = self.conn.execute(
            f"SELECT {listed} FROM {table.name} AS r WHERE uid = ?", [uid]
        ).fetchone()
        return {} if row is None else dict(zip((name for name, _ in pairs), row, strict=True))

    def _local_values(self, table: SharedTable, values: dict[str, Any]) -> dict[str, Any] | None:
        """Travelling values as this caseload's columns (global ids to local row numbers); None
        when a record they point at is not here (deleted here)."""
        parents = {f.name: f.parent for f in table.fields}
        columns: dict[str, Any] = {}
        for name, value in values.items():
            if name == AUDIT_RECORD:
                kind = values.get("record_kind")
                columns["record_id"] = (
                    self._id_of(str(kind), value)
                    if value is not None and kind in self.tables
                    else None
                )
                continue
            if name not in parents:
                continue  # a column this carebook does not have (a newer one's)
            parent = parents[name]
            if parent is not None and value is not None:
                local = self._id_of(parent, value)
                if local is None:
                    return None
                value = local
            columns[name] = value
        return columns

    def _id_of(self, table: str, uid: Any) -> int | None:
        state = self.conn.execute(
            "SELECT coalesce(alias_of, uid) FROM sync_version WHERE uid = ?", [uid]
        ).fetchone()
        found = state[0] if state else uid
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uid = ?", [found]).fetchone()
        return None if row is None else int(row[0])

    def _write(self, table: SharedTable, uid: str, values: dict[str, Any]) -> None:
        columns = self._local_values(table, values)
        if not columns:
            return
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.conn.execute(
            f"UPDATE {table.name} SET {assignments} WHERE uid = ?", [*columns.values(), uid]
        )
        self._touch(table, uid)

    def _unique_keys(self, table: SharedTable) -> list[list[str]]:
        """The columns of each unique index of the table but its global id's (read once)."""
        found = self._uniques.get(table.name)
        if found is None:
            found = []
            for _seq, index, unique, _origin, _partial in self.conn.execute(
                f"SELECT * FROM pragma_index_list('{table.name}')"
            ).fetchall():
                if unique and not index.endswith("_by_uid"):
                    found.append(
                        [
                            r[2]
                            for r in self.conn.execute(
                                f"SELECT * FROM pragma_index_info('{index}')"
                            )
                        ]
                    )
            self._uniques[table.name] = found
        return found

    def _same_row(self, table: SharedTable, columns: dict[str, Any]) -> str | None:
        """The row already here that the new one would duplicate (same key, same unique name)."""
        for names in self._unique_keys(table):
            if not names or any(name is None or name not in columns for name in names):
                continue
            if any(columns[name] is None for name in names):
                continue  # NULLs are never the same to a unique index
            where = " AND ".join(f"{name} = ?" for name in names)
            row = self.conn.execute(
                f"SELECT uid FROM {table.name} WHERE {where}", [columns[n] for n in names]
            ).fetchone()
            if row is not None and row[0] is not None:
                return str(row[0])
        return None


def _base_of(change: Change, name: str) -> str | None:
    """The field's version the change was made on: its own, else the record's birth ('*')."""
    bases = change.bases or {}
    found = bases.get(name, bases.get("*", change.base))
    return None if found is None else str(found)


def _rest(change: Change) -> tuple[Any, ...]:
    return (change.kind, change.op, change.version, change.base, change.fields, change.bases)
