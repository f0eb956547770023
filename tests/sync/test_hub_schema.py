"""The hub's tables: made once, upgraded in place, refused when newer, the feed append-only."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import Connection, errors
from psycopg.rows import TupleRow

from carebook.storage.hub_connection import HubRefused, connect, hub_address
from carebook.storage.hub_feed import SealedChange, pull, push, register_device
from carebook.storage.hub_schema import HUB_SCHEMA_VERSION, MEMBER_ROLE, check_hub, prepare_hub

from .postgres_cluster import PostgresCluster

TABLES = ["batch", "change", "device", "hub_meta", "member", "team"]


def _tables(conn: Connection[TupleRow]) -> list[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'carebook' "
        "ORDER BY table_name"
    ).fetchall()
    conn.commit()
    return [str(row[0]) for row in rows]


def _version(conn: Connection[TupleRow]) -> str:
    row = conn.execute("SELECT value FROM carebook.hub_meta WHERE key = 'schema_version'")
    value = row.fetchone()
    conn.commit()
    assert value is not None
    return str(value[0])


def test_an_empty_database_is_no_hub_until_prepared(hub_url: str) -> None:
    with connect(hub_address(hub_url)) as conn:
        with pytest.raises(HubRefused, match="team init"):
            check_hub(conn)
        prepare_hub(conn)
        check_hub(conn)
        assert _tables(conn) == TABLES
        assert _version(conn) == str(HUB_SCHEMA_VERSION)


def test_preparing_twice_changes_nothing(hub: Connection[TupleRow]) -> None:
    register_device(hub, "laptop-1", "Front desk")
    push(
        hub, "laptop-1", str(uuid.uuid4()), [SealedChange(str(uuid.uuid4()), "n", "1", None, b"x")]
    )
    prepare_hub(hub)
    prepare_hub(hub)
    check_hub(hub)
    assert _tables(hub) == TABLES
    assert len(pull(hub, "laptop-1", 0)) == 1


def test_a_hub_from_a_newer_carebook_is_refused_and_left_alone(
    hub: Connection[TupleRow], postgres: PostgresCluster
) -> None:
    database = str(hub.info.dbname)
    with psycopg.connect(postgres.superuser_url(database), autocommit=True) as admin:
        admin.execute("UPDATE carebook.hub_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(HubRefused, match="newer carebook"):
        prepare_hub(hub)
    with pytest.raises(HubRefused, match="newer carebook"):
        check_hub(hub)
    assert _version(hub) == "99"


def test_check_hub_only_reads(hub: Connection[TupleRow]) -> None:
    check_hub(hub)
    assert hub.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE carebook.change SET kind = 'x'",
        "UPDATE carebook.change SET sealed = '\\x00'::bytea WHERE seq = 1",
        "DELETE FROM carebook.change",
        "TRUNCATE carebook.change",
    ],
)
def test_the_change_feed_refuses_edits_even_from_its_owner(
    hub: Connection[TupleRow], statement: str
) -> None:
    register_device(hub, "laptop-1", "Front desk")
    push(
        hub, "laptop-1", str(uuid.uuid4()), [SealedChange(str(uuid.uuid4()), "n", "1", None, b"x")]
    )
    with pytest.raises(errors.RaiseException, match="append-only"):
        hub.execute(statement)
    hub.rollback()
    assert [change.sealed for change in pull(hub, "laptop-1", 0)] == [b"x"]


def test_a_login_that_may_not_make_roles_prepares_the_hub_all_the_same(hub_url: str) -> None:
    with connect(hub_address(hub_url)) as conn:
        prepare_hub(conn)
        check_hub(conn)


def test_a_member_may_push_and_pull_and_nothing_more(postgres: PostgresCluster) -> None:
    owner_url = postgres.make_database("admin", create_role=True)
    database = hub_address(owner_url).database
    with connect(hub_address(owner_url)) as owner:
        prepare_hub(owner)
        role = owner.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (MEMBER_ROLE,))
        assert role.fetchone() == (False,)
        owner.commit()
    bob, password = postgres.add_login("bob")
    bob_url = postgres.url(bob, password, database)
    postgres.let_in(bob, database)
    with connect(hub_address(bob_url)) as conn, pytest.raises(HubRefused, match="carebook_member"):
        register_device(conn, "bobs-laptop", "Bob's laptop")
    postgres.grant(MEMBER_ROLE, bob, database)
    with connect(hub_address(bob_url)) as conn:
        register_device(conn, "bobs-laptop", "Bob's laptop")
        change = SealedChange(str(uuid.uuid4()), "patient", "v1", None, b"sealed")
        last = push(conn, "bobs-laptop", str(uuid.uuid4()), [change])
        assert [c.seq for c in pull(conn, "bobs-laptop", 0)] == [last]
        for forbidden in (
            "UPDATE carebook.hub_meta SET value = '2'",
            "INSERT INTO carebook.hub_meta VALUES ('other', 'x')",
            "UPDATE carebook.batch SET count = 0",
            "DELETE FROM carebook.device",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(forbidden)
            conn.rollback()
        conn.execute("UPDATE carebook.device SET removed_at = now()")
        conn.commit()
        # A removed laptop's password cannot bring it back.
        with pytest.raises(errors.RaiseException, match="stays removed"):
            conn.execute("UPDATE carebook.device SET removed_at = NULL")
        conn.rollback()
