"""Caseloads that sync with a test hub: made, opened, synced and compared."""

from __future__ import annotations

import shutil
from pathlib import Path

from carebook.storage.sync_tables import shared_table_names
from carebook.store.caseload import Store
from carebook.sync.engine import SyncOutcome, sync_now
from carebook.sync.team import team_key


def sample_copy(sample: Path, target: Path) -> Store:
    shutil.copyfile(sample, target)
    return Store.open(target)


def sync(store: Store, key_file: Path) -> SyncOutcome:
    outcome = sync_now(store, team_key(store, key_file), None)
    assert outcome.trouble is None, outcome.trouble
    return outcome


def settle(stores: list[Store], key_file: Path) -> None:
    """Sync every caseload until none has anything to send or receive."""
    for _round in range(4):
        moved = 0
        for store in stores:
            outcome = sync(store, key_file)
            moved += outcome.sent + outcome.received
        if moved == 0:
            return
    raise AssertionError("the caseloads did not settle")


def contents(store: Store) -> dict[str, set[tuple[object, ...]]]:
    """Every shared table's rows by their global ids and travelling values (local ids left out)."""
    # Imported here: the merge's own reading of a row, so both sides compare alike.
    from carebook.storage.sync_apply import Merging

    merging = Merging(store.conn)
    # The same thing made on two computers (a setting, an activity) is one row known by two
    # ids; both sides name it by the smaller.
    same: dict[str, str] = {}
    for alias, uid in store.conn.execute(
        "SELECT uid, alias_of FROM sync_version WHERE alias_of IS NOT NULL"
    ):
        first = min(alias, uid, same.get(uid, uid))
        same[uid] = same[alias] = first
    found: dict[str, set[tuple[object, ...]]] = {}
    for name in shared_table_names():
        table = merging.tables[name]
        rows = set()
        for (uid,) in store.conn.execute(f"SELECT uid FROM {name}").fetchall():
            values = merging._row(table, uid)
            values.pop("created_at", None)
            named = {k: same.get(v, v) if isinstance(v, str) else v for k, v in values.items()}
            rows.add((same.get(uid, uid), *sorted(named.items(), key=lambda item: item[0])))
        if name == "meta":
            rows = {row for row in rows if any(str(v).startswith("billing.") for v in row)}
        found[name] = rows
    return found
