"""`carebook team`, `sync` and `conflicts` on the command line, against a real hub."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from carebook.cli.main import main


@pytest.fixture(autouse=True)
def _password_as_libpq_reads_it(hub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")


def _bare(url: str) -> str:
    """The hub's address without its password (it comes from PGPASSWORD)."""
    parts = urlsplit(url)
    return url.replace(f":{parts.password}@", "@")


def test_a_team_made_joined_synced_and_a_conflict_settled(
    hub_url: str,
    sample_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = tmp_path / "team.key"
    laptop = tmp_path / "laptop.sqlite3"
    hub = _bare(hub_url)
    assert main(["team", "init", "--db", str(sample_db), "--hub", hub, "--key-file", str(key)]) == 0
    assert "records wait to be sent" in capsys.readouterr().out
    assert main(["team", "join", "--db", str(laptop), "--hub", hub, "--key-file", str(key)]) == 0
    for db in (sample_db, laptop, sample_db):
        assert main(["sync", "--db", str(db), "--key-file", str(key)]) == 0
    capsys.readouterr()

    assert main(["sync", "status", "--db", str(laptop), "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["waiting"] == 0 and status["conflicts"] == 0 and status["synced_at"]

    # The same dose changed on both computers before either synced: a conflict on both.
    from carebook.store.caseload import Store

    for db, dose in ((sample_db, "2 tablets"), (laptop, "3 tablets")):
        store = Store.open(db)
        store.conn.execute(
            "UPDATE medication SET dose = ? WHERE uid = (SELECT min(uid) FROM medication)", [dose]
        )
        store.close()
    for db in (sample_db, laptop, sample_db):
        assert main(["sync", "--db", str(db), "--key-file", str(key)]) == 0
    capsys.readouterr()
    assert main(["conflicts", "--db", str(laptop), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(c["field"], c["mine"], c["theirs"]) for c in found] == [
        ("dose", "3 tablets", "2 tablets")
    ]
    assert (
        main(["conflicts", "resolve", str(found[0]["id"]), "--keep", "mine", "--db", str(laptop)])
        == 0
    )
    for db in (laptop, sample_db):
        assert main(["sync", "--db", str(db), "--key-file", str(key)]) == 0
    capsys.readouterr()
    for db in (sample_db, laptop):
        store = Store.open(db)
        dose = store.conn.execute(
            "SELECT dose FROM medication WHERE uid = (SELECT min(uid) FROM medication)"
        ).fetchone()[0]
        store.close()
        assert dose == "3 tablets"
        assert main(["conflicts", "--db", str(db), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == []


def test_a_wrong_team_key_is_refused_and_nothing_is_written(
    hub_url: str, sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = _bare(hub_url)
    assert (
        main(
            [
                "team",
                "init",
                "--db",
                str(sample_db),
                "--hub",
                hub,
                "--key-file",
                str(tmp_path / "a.key"),
            ]
        )
        == 0
    )
    other = tmp_path / "other"
    other.mkdir()
    from carebook.sync.team_key import new_team_key, write_key_file

    write_key_file(other / "b.key", new_team_key())
    laptop = tmp_path / "laptop.sqlite3"
    status = main(
        ["team", "join", "--db", str(laptop), "--hub", hub, "--key-file", str(other / "b.key")]
    )
    assert status == 2
    assert "not the key of the team" in capsys.readouterr().err
    assert main(["sync", "status", "--db", str(laptop), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["team"] is None


def test_an_unreachable_hub_is_said_plainly_with_its_own_exit_status(
    sample_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    hub_url: str,
    running: object,
) -> None:
    hub = _bare(hub_url)
    key = tmp_path / "team.key"
    assert main(["team", "init", "--db", str(sample_db), "--hub", hub, "--key-file", str(key)]) == 0
    running.stop()  # type: ignore[attr-defined]
    capsys.readouterr()
    assert main(["sync", "--db", str(sample_db), "--key-file", str(key)]) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and "127.0.0.1" in err
    assert main(["sync", "status", "--db", str(sample_db), "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["waiting"] > 1000 and status["trouble"]


def test_a_member_shows_saves_and_draws_the_team_key(
    hub_url: str,
    sample_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from carebook.sync.team_key import phrase_of, read_key_file

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    key = tmp_path / "team.key"
    hub = _bare(hub_url)
    assert main(["team", "init", "--db", str(sample_db), "--hub", hub, "--key-file", str(key)]) == 0
    capsys.readouterr()
    phrase = phrase_of(read_key_file(key))

    # No keyring and a plain caseload: the key is not kept here, and the message says how.
    assert main(["team", "key", "--db", str(sample_db)]) == 2
    assert "--key-file" in capsys.readouterr().err

    assert main(["team", "key", "--db", str(sample_db), "--key-file", str(key), "--qr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == phrase
    drawn = out[1:]
    assert len(drawn) == (33 + 4 + 1) // 2  # version 4, a quiet zone of 2, two rows a line
    assert {len(line) for line in drawn} == {33 + 4} and set("".join(drawn)) <= set(" ▀▄█")

    saved = tmp_path / "handed-over.key"
    assert (
        main(["team", "key", "--db", str(sample_db), "--key-file", str(key), "--save", str(saved)])
        == 0
    )
    assert saved.stat().st_mode & 0o777 == 0o600
    assert phrase_of(read_key_file(saved)) == phrase
    laptop = tmp_path / "laptop.sqlite3"
    assert main(["team", "join", "--db", str(laptop), "--hub", hub, "--key-file", str(saved)]) == 0
