"""A record with everything that hangs off it, taken whole and put back whole: the basis of undo."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

#: Tables laid out from others; a snapshot leaves them out and the store lays them out again.
DERIVED_TABLES = frozenset({"occurrence"})
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The rows of one record and of every row that depends on it, as they were."""

    table: str
    record_id: int
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]
    #: References from outside the record that deleting it would clear: (table, column, id, value).
    links: tuple[tuple[str, str, int, int], ...]

    def ids(self, table: str) -> list[int]:
        """The ids of the snapshot's rows in `table`."""
        found: list[int] = []
        for name, names, rows in self.rows:
            if name == table and "id" in names:
                position = names.index("id")
                found += [row[position] for row in rows]
        return found


def _references(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, str]]]:
    """For each table, the (child table, column, ON DELETE action) that point at its id."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found: dict[str, list[tuple[str, str, str]]] = {}
    for child in tables:
        for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", [child]):
            parent, column, on_delete = row[2], row[3], row[6]
            found.setdefault(parent, []).append((child, column, on_delete.upper()))
    return found


def _select(
    conn: sqlite3.Connection, table: str, column: str, values: list[Any]
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    names: tuple[str, ...] = ()
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        cursor = conn.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk
        )
        names = tuple(d[0] for d in cursor.description)
        rows += cursor.fetchall()
    return names, rows


def take(conn: sqlite3.Connection, table: str, record_id: int) -> Snapshot | None:
    """Everything that deleting `table` row `record_id` would remove or clear; None if absent."""
    references = _references(conn)
    collected: dict[str, tuple[tuple[str, ...], dict[Any, tuple[Any, ...]]]] = {}
    links: list[tuple[str, str, int, int]] = []
    queue: list[tuple[str, str, list[Any]]] = [(table, "id", [record_id])]
    while queue:
        name, column, values = queue.pop(0)
        if not values or name in DERIVED_TABLES:
            continue
        names, rows = _select(conn, name, column, values)
        if not names:
            continue
        known = collected.setdefault(name, (names, {}))[1]
        key_at = names.index("id") if "id" in names else None
        fresh = []
        for row in rows:
            key = row[key_at] if key_at is not None else row
            if key not in known:
                known[key] = row
                fresh.append(row)
        if key_at is None:
            continue
        fresh_ids = [row[key_at] for row in fresh]
        for child, child_column, on_delete in references.get(name, ()):
            if on_delete == "CASCADE":
                queue.append((child, child_column, fresh_ids))
            elif on_delete == "SET NULL" and fresh_ids:
                for start in range(0, len(fresh_ids), _CHUNK):
                    chunk = fresh_ids[start : start + _CHUNK]
                    links += [
                        (child, child_column, child_id, value)
                        for child_id, value in conn.execute(
                            f"SELECT id, {child_column} FROM {child} WHERE "
                            f"{child_column} IN ({', '.join('?' * len(chunk))})",
                            chunk,
                        )
                    ]
    if table not in collected or not collected[table][1]:
        return None
    return Snapshot(
        table,
        record_id,
        tuple((name, names, tuple(rows.values())) for name, (names, rows) in collected.items()),
        tuple(links),
    )


def put_back(
    conn: sqlite3.Connection, table: str, record_id: int, snapshot: Snapshot | None
) -> None:
    """Make `table` row `record_id` and its dependants exactly as in `snapshot` (None: absent).

    Runs inside the caller's transaction; foreign keys are checked when it commits, so the rows
    can go back in any order.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    if snapshot is None:
        return
    for name, names, rows in snapshot.rows:
        conn.executemany(
            f"INSERT INTO {name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows
        )
    for child, column, child_id, value in snapshot.links:
        conn.execute(f"UPDATE {child} SET {column} = ? WHERE id = ?", [value, child_id])
