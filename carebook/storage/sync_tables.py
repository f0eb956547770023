"""Which tables travel to the team's other computers, and what of each row travels, read from
the caseload's own schema."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from carebook.core.kind import Absent
from carebook.core.kinds import KINDS

#: Tables without a kind of their own that still travel: the activity log (who did what, never
#: the record's content), where FHIR records came from, the mileage rates and travel times.
EXTRA_TABLES = ("audit_log", "fhir_link", "mileage_rate", "travel_time")

#: Rows of a shared table that stay on this computer: of the caseload's settings only the
#: billing ones travel (the visits' layout horizon and the FHIR source are this file's own).
ROW_FILTERS = {"meta": "{row}.key LIKE 'billing.%'"}

#: What the activity log carries in place of a local row number: the record's global id.
AUDIT_RECORD = "record_uid"


@dataclass(frozen=True, slots=True)
class Field:
    """One column as it travels: its name, and the table its local row number points into."""

    name: str
    #: The shared table this column's local id refers to (sent as that row's uid), or None.
    parent: str | None = None
    #: Whether deleting the row it refers to deletes this one (ON DELETE CASCADE).
    cascade: bool = False

    def value(self, row: str) -> str:
        """The SQL for this field's travelling value in the row named `row` (NEW, OLD, r)."""
        column = f"{row}.{self.name}"
        if self.parent is not None:
            return f"(SELECT uid FROM {self.parent} WHERE id = {column})"
        return column


@dataclass(frozen=True, slots=True)
class SharedTable:
    """A table whose rows travel: its key columns (to find a row), and its travelling fields."""

    name: str
    keys: tuple[str, ...]
    fields: tuple[Field, ...]
    #: SQL true of the rows that travel, with {row} for the row's name; None for all of them.
    row_filter: str | None
    #: For the activity log: the shared tables whose record a log line may name.
    named_tables: tuple[str, ...] = ()

    def filter_on(self, row: str) -> str:
        return "1" if self.row_filter is None else f"({self.row_filter.format(row=row)})"

    def key_match(self, row: str, other: str) -> str:
        return " AND ".join(f"{row}.{key} = {other}.{key}" for key in self.keys)

    def field_values(self, row: str) -> list[tuple[str, str]]:
        """(name, SQL value) of every travelling field of the row named `row`."""
        values = [(field.name, field.value(row)) for field in self.fields]
        if self.named_tables:
            cases = " ".join(
                f"WHEN '{table}' THEN (SELECT uid FROM {table} WHERE id = {row}.record_id)"
                for table in self.named_tables
            )
            values.append((AUDIT_RECORD, f"(CASE {row}.record_kind {cases} END)"))
        return values

    def changed(self, field: Field) -> str:
        return f"OLD.{field.name} IS NOT NEW.{field.name}"


def shared_table_names() -> tuple[str, ...]:
    """Every table whose rows travel, in the registry's order, then the extra ones."""
    names = [kind.table for kind in KINDS if not isinstance(kind.shared, Absent) and kind.shared]
    return (*dict.fromkeys(names), *EXTRA_TABLES)


def clinical_fields() -> dict[str, tuple[str, ...]]:
    """For each table, the fields whose concurrent change is a conflict ("*": every one)."""
    return {kind.table: kind.clinical for kind in KINDS if kind.clinical}


def shared_tables(conn: sqlite3.Connection) -> list[SharedTable]:
    """The shared tables as the caseload's schema has them now, each after the tables its rows
    point at (so that a caseload sent whole arrives parents first)."""
    names = _parents_first(conn, shared_table_names())
    with_ids = {name for name in names if _integer_id(conn, name)}
    tables = []
    for name in names:
        columns = conn.execute(f"SELECT name, type, pk FROM pragma_table_info('{name}')").fetchall()
        parents = {
            row[3]: (row[2], row[6].upper() == "CASCADE")
            for row in conn.execute(f"SELECT * FROM pragma_foreign_key_list('{name}')")
            if row[2] in with_ids and row[4] in (None, "id")
        }
        own_id = name in with_ids
        keys = ("id",) if own_id else tuple(c[0] for c in sorted(columns, key=_pk) if c[2])
        fields = tuple(
            Field(column, *parents.get(column, (None, False)))
            for column, _kind, _pk_order in columns
            if column != "uid"
            and not (own_id and column == "id")
            and not (name == "audit_log" and column == "record_id")
        )
        named = tuple(sorted(with_ids)) if name == "audit_log" else ()
        tables.append(SharedTable(name, keys, fields, ROW_FILTERS.get(name), named))
    return tables


def _parents_first(conn: sqlite3.Connection, names: tuple[str, ...]) -> list[str]:
    parents = {
        name: {
            row[2]
            for row in conn.execute(f"SELECT * FROM pragma_foreign_key_list('{name}')")
            if row[2] != name and row[2] in names
        }
        for name in names
    }
    # A log line names a record of any table by its id: it comes after all of them.
    parents["audit_log"] = set(names) - {"audit_log"}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        ordered += ready or [n for n in names if n not in ordered]  # a cycle: as listed
    return ordered


def _pk(column: tuple[str, str, int]) -> int:
    return column[2]


def _integer_id(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the table's rows are numbered by an `id INTEGER PRIMARY KEY` of their own."""
    columns = conn.execute(f"SELECT name, type, pk FROM pragma_table_info('{table}')").fetchall()
    keys = [c for c in columns if c[2]]
    return len(keys) == 1 and keys[0][0] == "id" and keys[0][1].upper() == "INTEGER"
