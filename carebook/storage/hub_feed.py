"""The team's change feed on the hub: the team, its members' devices, pushing and pulling.

The hub sees only ids, kinds, versions, devices and sizes; each change's content arrives
sealed (encrypted on the laptop) and leaves as the same opaque bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from carebook.core.words import translate
from carebook.storage.hub_connection import HubRefused, hub_errors
from carebook.storage.hub_schema import PUSH_LOCK

if TYPE_CHECKING:
    from carebook.storage.hub_connection import HubConnection

#: The columns a push writes, in COPY's order, with their PostgreSQL types (binary COPY).
_COPY_COLUMNS = "device_id, batch_id, uid, kind, version, base, size, sealed"
_COPY_TYPES = ["text", "uuid", "uuid", "text", "text", "text", "int4", "bytea"]


@dataclass(frozen=True, slots=True)
class SealedChange:
    """One change as it leaves a laptop: which record, what kind, its version and the version
    it was made on (`base`), and its content sealed."""

    uid: str
    kind: str
    version: str
    base: str | None
    sealed: bytes


@dataclass(frozen=True, slots=True)
class FeedChange(SealedChange):
    """A change as the feed holds it: its place in the feed and the device that pushed it."""

    seq: int
    device: str


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """A laptop that joined the team, whose member it belongs to, and how far it has pulled."""

    id: str
    name: str
    member: str
    joined_at: datetime
    removed_at: datetime | None
    last_seen: datetime | None
    pulled_to: int


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A database login that has joined the team, and the name the team knows it by."""

    role_name: str
    display_name: str
    added_at: datetime | None


def create_team(conn: HubConnection, team_id: str, name: str, key_check: bytes) -> None:
    """Record the hub's one team; HubRefused if it holds one already."""
    # Imported only here: psycopg is heavy and the window starts without it.
    from psycopg import errors

    try:
        with hub_errors(conn), conn.transaction():
            if conn.execute("SELECT 1 FROM carebook.team").fetchone() is not None:
                raise _team_exists()
            conn.execute(
                "INSERT INTO carebook.team (id, name, key_check) VALUES (%s, %s, %s)",
                (_uuid(team_id), name, key_check),
            )
            conn.execute(
                "INSERT INTO carebook.member (role_name) VALUES (current_user) "
                "ON CONFLICT DO NOTHING"
            )
    except errors.UniqueViolation:
        # Another coordinator created it at the same moment (the one-team index said no).
        raise _team_exists() from None


def _team_exists() -> HubRefused:
    return HubRefused(translate("Sync", "This hub already holds a team; join it instead."))


def team_of(conn: HubConnection) -> tuple[str, str, bytes] | None:
    """The hub's team as (id, name, key_check), or None before `create_team`."""
    with hub_errors(conn), conn.transaction():
        row = conn.execute("SELECT id::text, name, key_check FROM carebook.team").fetchone()
    if row is None:
        return None
    return str(row[0]), str(row[1]), bytes(row[2])


def register_device(conn: HubConnection, device_id: str, name: str) -> None:
    """Join this laptop to the team (again is harmless); a removed device is refused."""
    with hub_errors(conn), conn.transaction():
        conn.execute(
            "INSERT INTO carebook.member (role_name) VALUES (current_user) ON CONFLICT DO NOTHING"
        )
        conn.execute(
            "INSERT INTO carebook.device (id, name) VALUES (%s, %s) ON CONFLICT (id) DO NOTHING",
            (device_id, name),
        )
        _check_device(conn, device_id)


def devices(conn: HubConnection) -> list[DeviceRow]:
    """Every device that joined the team, removed ones included, oldest first."""
    with hub_errors(conn), conn.transaction():
        rows = conn.execute(
            "SELECT id, name, member, joined_at, removed_at, last_seen, pulled_to "
            "FROM carebook.device ORDER BY joined_at, id"
        ).fetchall()
    return [
        DeviceRow(
            id=str(row[0]),
            name=str(row[1]),
            member=str(row[2]),
            joined_at=row[3],
            removed_at=row[4],
            last_seen=row[5],
            pulled_to=int(row[6]),
        )
        for row in rows
    ]


def members(conn: HubConnection) -> list[MemberRow]:
    """Every login that created the team or joined it with a device, in name order."""
    with hub_errors(conn), conn.transaction():
        rows = conn.execute(
            "SELECT role_name, display_name, added_at FROM carebook.member ORDER BY role_name"
        ).fetchall()
    return [MemberRow(str(row[0]), str(row[1]), row[2]) for row in rows]


def remove_device(conn: HubConnection, device_id: str) -> None:
    """Shut a device out of the team (a lost laptop): it may no longer push or pull."""
    with hub_errors(conn), conn.transaction():
        found = conn.execute(
            "UPDATE carebook.device SET removed_at = coalesce(removed_at, now()) "
            "WHERE id = %s RETURNING id",
            (device_id,),
        ).fetchone()
    if found is None:
        raise _unknown_device()


def push(
    conn: HubConnection, device_id: str, batch_id: str, changes: Sequence[SealedChange]
) -> int:
    """Append one batch of changes to the feed in one transaction; the feed's seq of its last
    change (0 for an empty batch). A batch pushed before is not appended again."""
    batch = _uuid(batch_id)
    rows = [
        (
            device_id,
            batch,
            _uuid(change.uid),
            change.kind,
            change.version,
            change.base,
            len(change.sealed),
            change.sealed,
        )
        for change in changes
    ]
    with hub_errors(conn), conn.transaction():
        # First of all: from here until commit no other push can take a seq.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        # The laptop forgets its outbox once this commits: the commit must be on the hub's
        # disk by then, whatever the hub's own default (a hub set for speed may not wait).
        conn.execute("SET LOCAL synchronous_commit = on")
        _check_device(conn, device_id)
        seen = conn.execute("SELECT last_seq FROM carebook.batch WHERE id = %s", (batch,))
        earlier = seen.fetchone()
        if earlier is not None:
            return int(earlier[0] or 0)
        first = last = None
        if rows:
            top = conn.execute("SELECT coalesce(max(seq), 0) FROM carebook.change").fetchone()
            before = int(top[0]) if top else 0
            with (
                conn.cursor() as cursor,
                cursor.copy(
                    f"COPY carebook.change ({_COPY_COLUMNS}) FROM STDIN (FORMAT BINARY)"
                ) as copy,
            ):
                copy.set_types(_COPY_TYPES)
                for row in rows:
                    copy.write_row(row)
            # Under the lock every seq above `before` is this batch's.
            span = conn.execute(
                "SELECT min(seq), max(seq) FROM carebook.change WHERE seq > %s", (before,)
            ).fetchone()
            if span is not None:
                first, last = span
        conn.execute(
            "INSERT INTO carebook.batch (id, device_id, first_seq, last_seq, count) "
            "VALUES (%s, %s, %s, %s, %s)",
            (batch, device_id, first, last, len(rows)),
        )
    return int(last or 0)


def pull(
    conn: HubConnection, device_id: str, after_seq: int, limit: int = 1000
) -> list[FeedChange]:
    """Up to `limit` changes after `after_seq`, in seq order, every device's (this one's too:
    the caller skips its own); notes when the device was last seen and how far it pulled."""
    with hub_errors(conn), conn.transaction():
        _check_device(conn, device_id)
        with conn.cursor(binary=True) as cursor:
            rows = cursor.execute(
                "SELECT seq, device_id, uid::text, kind, version, base, sealed "
                "FROM carebook.change WHERE seq > %s ORDER BY seq LIMIT %s",
                (after_seq, max(1, limit)),
            ).fetchall()
        pulled_to = int(rows[-1][0]) if rows else after_seq
        conn.execute(
            "UPDATE carebook.device SET last_seen = now(), pulled_to = %s WHERE id = %s",
            (pulled_to, device_id),
        )
    return [
        FeedChange(
            uid=row[2],
            kind=row[3],
            version=row[4],
            base=row[5],
            sealed=bytes(row[6]),
            seq=int(row[0]),
            device=row[1],
        )
        for row in rows
    ]


def _check_device(conn: HubConnection, device_id: str) -> None:
    row = conn.execute(
        "SELECT removed_at IS NOT NULL FROM carebook.device WHERE id = %s", (device_id,)
    ).fetchone()
    if row is None:
        raise _unknown_device()
    if row[0]:
        raise HubRefused(
            translate(
                "Sync",
                "This computer was removed from the team, so it may no longer send or receive "
                "changes. Ask your team's admin to add it again as a new device.",
            )
        )


def _unknown_device() -> HubRefused:
    return HubRefused(
        translate("Sync", "This computer has not joined the team on this hub; join it first.")
    )


def _uuid(text: str) -> uuid.UUID:
    """An id as the hub stores it; a malformed one is a fault of the caller, not the hub."""
    try:
        return uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        raise ValueError(f"not a UUID: {text!r}") from None
