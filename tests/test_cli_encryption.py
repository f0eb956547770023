"""`carebook encrypt` and `decrypt`, and every command on a protected caseload."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run

from carebook import encryption
from carebook.backups import list_backups
from carebook.cli import PASSPHRASE_VARIABLE
from carebook.domain import Patient
from carebook.store import Store

PASSPHRASE = "kitchen table notes"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.add_patient(Patient(given="Edna", family="Marsh"))
    store.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    return path


def test_encrypt_then_every_command_reads_it_with_the_passphrase_and_decrypt(
        capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, "backup", "--db", str(db))[0] == 0  # a plain backup, converted too
    status, out, _ = run(capsys, "encrypt", "--db", str(db))
    assert status == 0 and "protected by the passphrase" in out
    assert encryption.looks_protected(db)
    assert all(encryption.looks_protected(b.path) for b in list_backups(db))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM patient").fetchall()
    status, out, _ = run(capsys, "careplan", "Edna", "--db", str(db), "--format", "html")
    assert status == 0 and "<h1>Edna Marsh</h1>" in out
    status, out, _ = run(capsys, "agenda", "--db", str(db), "--format", "json")
    assert status == 0 and json.loads(out)["visits"] == []
    assert run(capsys, "check", "--db", str(db))[0] == 0
    status, out, _ = run(capsys, "backup", "--db", str(db))
    assert status == 0 and encryption.looks_protected(list_backups(db)[0].path)
    status, out, _ = run(capsys, "decrypt", "--db", str(db))
    assert status == 0 and "no longer protected" in out
    assert not encryption.looks_protected(db)
    assert sqlite3.connect(db).execute("SELECT family FROM patient").fetchall() == [("Marsh",)]


def test_a_wrong_passphrase_is_one_clear_line_and_changes_nothing(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    before = db.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(wrong))
    for command in (["agenda"], ["decrypt"], ["check"], ["careplan", "1", "--format", "html"]):
        status, out, err = run(capsys, *command, "--db", str(db))
        assert status in (2, 3) and out == "", command
        assert "passphrase is not right" in err and err.count("\n") == 1, err
    assert db.read_bytes() == before


def test_without_a_terminal_or_a_passphrase_file_it_says_how_to_give_one(
        capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 2 and PASSPHRASE_VARIABLE in err and "terminal" in err


def test_a_passphrase_too_short_is_refused_before_anything_changes(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(short))
    before = db.read_bytes()
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 2 and "at least 8 characters" in err
    assert db.read_bytes() == before


def test_restore_and_encrypt_refuse_while_the_window_holds_the_caseload(
        capsys: pytest.CaptureFixture[str], db: Path) -> None:
    from carebook.caseload_lock import acquire

    assert run(capsys, "backup", "--db", str(db))[0] == 0
    backup = list_backups(db)[0].path
    lock = acquire(db)  # as the window does
    try:
        for command in (["restore", str(backup), "--yes"], ["encrypt"]):
            status, _, err = run(capsys, *command, "--db", str(db))
            assert status == 2 and "already open on this caseload" in err, command
    finally:
        lock.release()
    assert not encryption.looks_protected(db)
