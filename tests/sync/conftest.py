"""The hub tests' PostgreSQL: one real server per test worker, a fresh database per test."""

from __future__ import annotations

import os
import pwd
from collections.abc import Iterator

import pytest
from psycopg import Connection
from psycopg.rows import TupleRow

from carebook.storage.hub_connection import connect, hub_address
from carebook.storage.hub_schema import prepare_hub

from .postgres_cluster import SERVER_USER, PostgresCluster, server_programs


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A running server of its own (make_database, superuser_url, stop/start, ca)."""
    programs = server_programs()
    if programs is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip(f"running as root needs a '{SERVER_USER}' user for the test server")
    cluster = PostgresCluster(programs)
    try:
        cluster.create()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def hub_url(postgres: PostgresCluster) -> str:
    """A fresh, empty hub database owned by a new login; its URL, password included."""
    return postgres.make_database("coordinator")


@pytest.fixture
def running(postgres: PostgresCluster) -> Iterator[PostgresCluster]:
    """The server, started again after the test however the test left it."""
    yield postgres
    postgres.stop()
    postgres.start()


@pytest.fixture
def hub(hub_url: str) -> Iterator[Connection[TupleRow]]:
    """A connection to a fresh hub database, its tables made, as the database's owner."""
    conn = connect(hub_address(hub_url))
    try:
        prepare_hub(conn)
        yield conn
    finally:
        conn.close()
