"""`carebook encrypt` and `decrypt`, and every command on a protected caseload."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.passphrases import PASSPHRASE_VARIABLE
from carebook.core.records import Patient
from carebook.storage import encryption
from carebook.storage.backups import list_backups
from carebook.store.caseload import Store

PASSPHRASE = "kitchen table notes"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edna", family="Marsh"))
    store.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    return path


def test_encrypt_then_every_command_reads_it_with_the_passphrase_and_decrypt(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
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
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 2 and PASSPHRASE_VARIABLE in err and "terminal" in err


def test_a_passphrase_too_short_is_refused_before_anything_changes(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(short))
    before = db.read_bytes()
    status, _, err = run(capsys, "encrypt", "--db", str(db))
    assert status == 2 and "at least 8 characters" in err
    assert db.read_bytes() == before


def test_restore_and_encrypt_refuse_while_the_window_holds_the_caseload(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    from carebook.storage.caseload_lock import acquire

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


def test_a_passphrase_typed_in_another_unicode_spelling_opens_the_caseload(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "é" as one character (NFC, most keyboards) or "e" + accent (NFD, some Macs)."""
    import unicodedata

    composed = "café au lait, près du lac"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    secret = tmp_path / "passphrase.txt"
    secret.write_text(decomposed + "\n", encoding="utf-8")
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0  # made from the NFD spelling
    secret.write_text(composed + "\n", encoding="utf-8")
    status, out, err = run(capsys, "careplan", "Edna", "--db", str(db), "--format", "html")
    assert status == 0, err
    assert "Edna Marsh" in out
    # A file protected before spellings were made one, with the NFD key itself, still opens.
    old = tmp_path / "old.sqlite3"
    conn = encryption.sqlcipher3.connect(str(old))
    conn.execute(encryption.key_statement(decomposed))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    encryption.open_protected(old, composed).close()
    store_conn = encryption.open_protected(old, decomposed)
    assert encryption.opened_with(store_conn, composed) == decomposed
    store_conn.close()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\xff\xfe kitchen\n", "is not UTF-8 text"),
        (b"", "is empty"),
        (b"\x00" * 5000, "longer than 4096 bytes"),
        (b"kitchen\x00table\n", "control characters"),
    ],
)
def test_a_passphrase_file_that_is_not_one_is_said_so(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    said: str,
) -> None:
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    secret = tmp_path / "bad.txt"
    secret.write_bytes(content)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 2 and said in err and "Traceback" not in err


def test_a_device_as_passphrase_file_does_not_hang(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "/dev/zero")
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 2 and "not a passphrase file" in err


def test_ctrl_d_at_the_passphrase_prompt_is_a_plain_refusal(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def end_of_input(_prompt: str = "") -> str:
        raise EOFError

    def interrupted(_prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", end_of_input)
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 2 and "no passphrase was typed" in err and "Traceback" not in err
    monkeypatch.setattr(getpass, "getpass", interrupted)
    status, _, err = run(capsys, "agenda", "--db", str(db))
    assert status == 130 and "interrupted" in err and "Traceback" not in err


def test_encrypt_waits_for_no_reader_it_refuses_while_an_export_reads(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    """An export still reading (another process) would go on reading the plain file after it
    was replaced; before, encrypt went ahead under it."""
    import subprocess
    import sys

    program = (
        "import sys, time\n"
        "from carebook.store.caseload import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "store.conn.execute('SELECT count(*) FROM patient').fetchone()\n"
        "print('reading', flush=True)\n"
        "sys.stdin.readline()\n"
        "store.close()\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", program, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "reading\n"
        before = db.read_bytes()
        status, _, err = run(capsys, "encrypt", "--db", str(db))
        assert status == 2 and "being read" in err
        assert db.read_bytes() == before and not encryption.looks_protected(db)
        assert not list(db.parent.glob(".*.converting*"))
    finally:
        reader.communicate("done\n", timeout=60)
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0


def test_a_file_of_zeros_is_not_called_protected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zeros = tmp_path / "zeros.sqlite3"
    with zeros.open("wb") as stream:
        stream.truncate(8 * 1024 * 1024)  # sparse: a disk image's worth of zeros, no disk used
    assert not encryption.looks_protected(zeros)
    status, _, err = run(capsys, "check", "--db", str(zeros))
    assert status == 3 and "not a SQLite database" in err and "passphrase" not in err
