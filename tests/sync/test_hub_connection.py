"""The hub's address is held to the TLS rules, and a connection's failures say what to fix."""

from __future__ import annotations

import ipaddress
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.storage.hub_connection import (
    HubRefused,
    HubUnreachable,
    connect,
    hub_address,
)

from .postgres_cluster import PostgresCluster

MODES = [None, "disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

loopback_hosts = st.one_of(
    st.just("localhost"),
    st.just("[::1]"),
    st.tuples(*[st.integers(0, 255)] * 3).map(lambda t: "127.{}.{}.{}".format(*t)),
)
remote_hosts = st.one_of(
    st.sampled_from(["hub.example.org", "db.internal", "localhost.example.org", "[2001:db8::1]"]),
    st.tuples(st.integers(1, 223), *[st.integers(0, 255)] * 3)
    .filter(lambda t: t[0] != 127)
    .map(lambda t: "{}.{}.{}.{}".format(*t)),
)


def _url(host: str, mode: str | None, database: str = "team") -> str:
    query = f"?sslmode={mode}" if mode else ""
    return f"postgresql://alice@{host}:5432/{database}{query}"


@given(host=loopback_hosts, mode=st.sampled_from(MODES))
def test_on_this_computer_disable_and_verify_full_pass_and_nothing_else(
    host: str, mode: str | None
) -> None:
    if mode in (None, "disable", "verify-full"):
        address = hub_address(_url(host, mode))
        assert f"sslmode={mode or 'verify-full'}" in address.conninfo
        assert address.database == "team" and address.user == "alice"
    else:
        with pytest.raises(HubRefused, match="verify-full"):
            hub_address(_url(host, mode))


@given(host=remote_hosts, mode=st.sampled_from(MODES))
def test_another_computer_takes_verify_full_only(host: str, mode: str | None) -> None:
    if mode in (None, "verify-full"):
        address = hub_address(_url(host, mode))
        assert "sslmode=verify-full" in address.conninfo
        assert address.host == host.strip("[]")
    else:
        with pytest.raises(HubRefused, match="verify-full"):
            hub_address(_url(host, mode))


def test_a_unix_socket_folder_may_go_without_tls() -> None:
    address = hub_address("postgresql:///team?host=/var/run/postgresql&sslmode=disable")
    assert address.host == "/var/run/postgresql"
    assert "sslmode=disable" in address.conninfo


def test_disable_is_refused_when_any_of_several_hosts_is_remote() -> None:
    with pytest.raises(HubRefused, match=r"hub\.example\.org"):
        hub_address("postgresql://alice@localhost,hub.example.org/team?sslmode=disable")
    with pytest.raises(HubRefused):
        hub_address("postgresql://alice@localhost/team?sslmode=disable&hostaddr=10.0.0.1")


def test_loopback_hosts_are_those_of_127_and_1() -> None:
    # The strategy above is right about what loopback means.
    assert ipaddress.ip_address("127.255.0.1").is_loopback
    assert not ipaddress.ip_address("128.0.0.1").is_loopback


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://hub.example.org/team", "postgresql://"),
        ("hub.example.org/team", "postgresql://"),
        ("postgresql://alice@hub.example.org", "no database"),
        ("postgresql:///team", "no computer"),
        ("postgresql://alice@hub.example.org/team?sslmode=banana", "verify-full"),
        ("postgresql://alice@hub.example.org/team?nonsense=1", "cannot be read"),
    ],
)
def test_an_unusable_address_is_refused_saying_why(url: str, says: str) -> None:
    with pytest.raises(HubRefused, match=says):
        hub_address(url)


@given(
    password=st.text(
        # libpq's strings end at NUL, so no password can hold one.
        st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00"),
        min_size=4,
        max_size=30,
    ),
    in_query=st.booleans(),
)
def test_the_shown_address_never_carries_the_password(password: str, in_query: bool) -> None:
    secret = quote(password, safe="")
    if in_query:
        url = f"postgresql://alice@hub.example.org/team?password={secret}&application_name=x"
    else:
        url = f"postgresql://alice:{secret}@hub.example.org/team"
    address = hub_address(url)
    assert address.password == password
    assert secret not in address.shown
    assert "password" not in address.conninfo
    assert address.shown.startswith("postgresql://alice@hub.example.org/team")


# -- against a real server --------------------------------------------------------------------


def _password_of(url: str) -> str:
    password = hub_address(url).password
    assert password is not None
    return password


def test_a_right_password_connects_not_in_autocommit(hub_url: str) -> None:
    address = hub_address(hub_url)
    with connect(address) as conn:
        assert conn.autocommit is False
        assert conn.execute("SHOW application_name").fetchone() == ("carebook",)


def test_the_urls_password_wins_then_the_given_one_then_pgpassword(
    hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = _password_of(hub_url)
    with connect(hub_address(hub_url), "not-this-one"):
        pass
    bare = hub_url.replace(f":{password}@", "@")
    with connect(hub_address(bare), password):
        pass
    monkeypatch.setenv("PGPASSWORD", password)
    with connect(hub_address(bare)):
        pass


def test_a_wrong_password_is_refused_naming_the_host_not_the_password(hub_url: str) -> None:
    wrong = hub_url.replace(f":{_password_of(hub_url)}@", ":guessed-wrong@")
    with pytest.raises(HubRefused) as refused:
        connect(hub_address(wrong))
    assert "127.0.0.1" in str(refused.value)
    assert "guessed-wrong" not in str(refused.value)


def test_a_missing_database_is_refused(hub_url: str) -> None:
    address = hub_address(hub_url.replace("/hub_", "/nothing_"))
    with pytest.raises(HubRefused, match="no database named nothing_"):
        connect(address)


def test_a_database_the_login_may_not_enter_is_refused(postgres: PostgresCluster) -> None:
    someone_else = postgres.make_database("other")
    stranger, password = postgres.add_login("stranger")
    database = hub_address(someone_else).database
    with pytest.raises(HubRefused, match="does not let"):
        connect(hub_address(postgres.url(stranger, password, database)))


def test_a_stopped_server_is_unreachable(hub_url: str, running: PostgresCluster) -> None:
    running.stop()
    with pytest.raises(HubUnreachable, match=r"127\.0\.0\.1"):
        connect(hub_address(hub_url), timeout=2)


def test_tls_with_the_teams_ca_connects_encrypted(postgres: PostgresCluster, hub_url: str) -> None:
    if postgres.ca is None:
        pytest.skip("openssl is not installed: the test server has no certificate")
    url = hub_url.replace("sslmode=disable", f"sslmode=verify-full&sslrootcert={postgres.ca}")
    with connect(hub_address(url + "&host=localhost")) as conn:
        assert conn.pgconn.ssl_in_use


def test_tls_with_the_wrong_ca_or_name_is_refused(postgres: PostgresCluster, hub_url: str) -> None:
    if postgres.ca is None or postgres.other_ca is None:
        pytest.skip("openssl is not installed: the test server has no certificate")
    wrong_ca = hub_url.replace(
        "sslmode=disable", f"sslmode=verify-full&sslrootcert={postgres.other_ca}&host=localhost"
    )
    with pytest.raises(HubRefused, match="certificate"):
        connect(hub_address(wrong_ca))
    # The certificate names localhost, not 127.0.0.1: verify-full checks the name too.
    wrong_name = hub_url.replace(
        "sslmode=disable", f"sslmode=verify-full&sslrootcert={postgres.ca}"
    )
    with pytest.raises(HubRefused, match="certificate"):
        connect(hub_address(wrong_name))
    no_ca = hub_url.replace(
        "sslmode=disable", "sslmode=verify-full&sslrootcert=/nonexistent/ca.pem&host=localhost"
    )
    with pytest.raises(HubRefused, match="certificate"):
        connect(hub_address(no_ca))
