"""Two caseloads of one team that hand each other their outboxes directly: the merging, without
a hub in between (the hub only carries what these pass by hand)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from carebook.storage import sync_state
from carebook.storage.sync_outbox import waiting
from carebook.storage.sync_tables import shared_table_names
from carebook.store.caseload import Store


def join_pair(sample: Path, folder: Path) -> tuple[Path, Path]:
    """A caseload made from the sample and an empty one, in one team, each holding it all."""
    first, second = folder / "a.sqlite3", folder / "b.sqlite3"
    shutil.copyfile(sample, first)
    stores = [Store.open(first), Store.open(second)]
    for store in stores:
        sync_state.join(store.conn, "team", "Team", "postgresql://hub/team", "fingerprint")
    settle(*stores)
    for store in stores:
        store.close()
    return first, second


def send(source: Store, target: Store) -> int:
    """Hand the source's outbox to the target, as a sync through the hub would."""
    changes, last = waiting(source.conn, 1_000_000)
    if not last:
        return 0
    sync_state.merge_page(target.conn, changes, 0)
    sync_state.mark_sent(source.conn, last, 0)
    return len(changes)


def settle(first: Store, second: Store) -> None:
    for _round in range(4):
        if send(first, second) + send(second, first) == 0:
            return
    raise AssertionError("the two caseloads did not settle")


def rows(conn: sqlite3.Connection, table: str) -> dict[str, dict[str, object]]:
    """A shared table's rows by global id, their travelling values (created_at left out)."""
    # Imported here: the merge's own reading of a row, so both sides compare alike.
    from carebook.storage.sync_apply import Merging

    merging = Merging(conn)
    shared = merging.tables[table]
    found = {}
    for (uid,) in conn.execute(f"SELECT uid FROM {table}").fetchall():
        values = merging._row(shared, uid)
        values.pop("created_at", None)
        found[uid] = values
    return found


def alias_free_tables() -> list[str]:
    """Shared tables whose rows are each made once (no settings, no names kept unique)."""
    return [
        name
        for name in shared_table_names()
        if name not in {"meta", "mileage_rate", "billing_activity", "place", "travel_time"}
    ]
