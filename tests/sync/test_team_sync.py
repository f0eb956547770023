"""Two caseloads in a team through a real PostgreSQL hub: what one writes, the other reads."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from carebook.store.caseload import Store
from carebook.sync.team import join_team, make_team
from carebook.sync.team_key import read_key_file

from .caseloads import contents, sample_copy, settle, sync


@pytest.fixture(autouse=True)
def _password_as_libpq_reads_it(hub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring here and plain caseloads: the hub password comes from PGPASSWORD."""
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")


def test_a_new_device_receives_the_whole_caseload_and_the_hub_sees_no_name(
    hub_url: str, sample_caseload_file: Path, tmp_path: Path
) -> None:
    office = sample_copy(sample_caseload_file, tmp_path / "office.sqlite3")
    key_file = tmp_path / "team.key"
    made = make_team(office, hub_url, "Cedar Lane", key_file)
    assert made.waiting > 1000
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    join_team(laptop, hub_url, read_key_file(key_file))
    settle([office, laptop], key_file)

    assert contents(laptop) == contents(office)
    assert laptop.conn.execute("SELECT count(*) FROM occurrence").fetchone()[0] > 100

    # Whole names and dates of birth: a short surname alone would turn up by chance in
    # megabytes of sealed, random-looking bytes.
    names = [
        text
        for row in office.conn.execute("SELECT given || ' ' || family, birth_date FROM patient")
        for text in row
        if text
    ]
    with psycopg.connect(hub_url) as hub:
        dump = b"".join(bytes(row[0]) for row in hub.execute("SELECT sealed FROM carebook.change"))
        text = " ".join(
            str(row) for row in hub.execute("SELECT uid, kind, version, base FROM carebook.change")
        )
    for name in names:
        assert name.encode() not in dump
        assert name not in text


def test_edits_on_each_side_meet(hub_url: str, sample_caseload_file: Path, tmp_path: Path) -> None:
    office = sample_copy(sample_caseload_file, tmp_path / "office.sqlite3")
    key_file = tmp_path / "team.key"
    make_team(office, hub_url, "Cedar Lane", key_file)
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    join_team(laptop, hub_url, read_key_file(key_file))
    settle([office, laptop], key_file)

    patient = office.conn.execute("SELECT uid FROM patient ORDER BY id LIMIT 1").fetchone()[0]
    office.conn.execute("UPDATE patient SET phone = '(217) 555-0100' WHERE uid = ?", [patient])
    laptop.conn.execute("UPDATE patient SET city = 'Decatur' WHERE uid = ?", [patient])
    settle([office, laptop], key_file)
    for store in (office, laptop):
        row = store.conn.execute(
            "SELECT phone, city FROM patient WHERE uid = ?", [patient]
        ).fetchone()
        assert tuple(row) == ("(217) 555-0100", "Decatur")
    assert contents(laptop) == contents(office)
    assert sync(office, key_file).sent == 0


def test_three_computers_editing_offline_meet_with_nothing_lost(
    hub_url: str, sample_caseload_file: Path, tmp_path: Path
) -> None:
    office = sample_copy(sample_caseload_file, tmp_path / "office.sqlite3")
    key_file = tmp_path / "team.key"
    make_team(office, hub_url, "Cedar Lane", key_file)
    laptops = []
    for name in ("maria", "james"):
        laptop = Store.open(tmp_path / f"{name}.sqlite3")
        join_team(laptop, hub_url, read_key_file(key_file))
        laptops.append(laptop)
    everyone = [office, *laptops]
    settle(everyone, key_file)

    # Offline, each changes something of its own, and two change the same dose.
    medication = office.conn.execute("SELECT min(uid) FROM medication").fetchone()[0]
    task = office.conn.execute("SELECT min(uid) FROM task").fetchone()[0]
    patient = office.conn.execute("SELECT max(uid) FROM patient").fetchone()[0]
    office.conn.execute("UPDATE medication SET dose = '2 tablets' WHERE uid = ?", [medication])
    laptops[0].conn.execute("UPDATE medication SET dose = '3 tablets' WHERE uid = ?", [medication])
    laptops[1].conn.execute("DELETE FROM task WHERE uid = ?", [task])
    laptops[1].conn.execute("UPDATE patient SET city = 'Decatur' WHERE uid = ?", [patient])
    settle(everyone, key_file)

    first = contents(office)
    for laptop in laptops:
        assert contents(laptop) == first
    for store in everyone:
        assert (
            store.conn.execute("SELECT count(*) FROM task WHERE uid = ?", [task]).fetchone()[0] == 0
        )
        city = store.conn.execute("SELECT city FROM patient WHERE uid = ?", [patient]).fetchone()
        assert city[0] == "Decatur"
    # The dose is a conflict on the two that changed it, both values kept; the third, which
    # saw both changes arrive, shows the same conflict (whoever settles it settles it for all).
    for store, mine, theirs in (
        (office, "2 tablets", "3 tablets"),
        (laptops[0], "3 tablets", "2 tablets"),
    ):
        [conflict] = store.team_sync.conflicts()
        assert (conflict.field, conflict.mine, conflict.theirs) == ("dose", mine, theirs)
    [seen] = laptops[1].team_sync.conflicts()
    assert {seen.mine, seen.theirs} == {"2 tablets", "3 tablets"}
    # Settled on the third computer: the choice reaches the other two and closes theirs.
    laptops[1].team_sync.settle(seen.id, "theirs")
    settle(everyone, key_file)
    doses = {
        store.conn.execute("SELECT dose FROM medication WHERE uid = ?", [medication]).fetchone()[0]
        for store in everyone
    }
    assert doses == {seen.theirs}
    assert all(store.team_sync.conflicts() == [] for store in everyone)
