"""`carebook backup`, `restore` and `check`: what they say, their exit status, what they leave."""

from __future__ import annotations

import builtins
import os
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carebook.cli import safety as cli_safety
from carebook.cli.refusal import EXIT_BAD_FILE, EXIT_USAGE
from carebook.core.records import Patient
from carebook.storage.backup_rotation import make_backup
from carebook.storage.backups import list_backups, verify
from carebook.store.caseload import Store
from tests.cli_runner import run


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run(capsys, *argv)


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page = len(data) // page_size // 2
    data[page * page_size + 64 : page * page_size + 576] = random.Random(9).randbytes(512)
    path.write_bytes(bytes(data))


def _patients(path: Path) -> int:
    store = Store.open(path)
    try:
        return store.counts().patients
    finally:
        store.close()


# -- backup -------------------------------------------------------------------------------------


def test_backup_writes_into_the_rotation_and_says_where(
    capsys: pytest.CaptureFixture[str], sample_db: Path
) -> None:
    status, out, err = _run(capsys, "backup", "--db", str(sample_db))
    assert (status, err) == (0, "")
    (info,) = list_backups(sample_db)
    assert out.splitlines() == [
        f"Backup written to {info.path} ({cli_safety._size(info.size)}) and checked.",
        f"1 backup of this caseload is kept in {info.path.parent}.",
    ]
    verify(info.path)
    assert _listing(sample_db.parent) == [sample_db.name]


def test_backup_to_a_file(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "monday.sqlite3"
    target.parent.mkdir()
    status, out, _ = _run(capsys, "backup", "--db", str(sample_db), "-o", str(target))
    assert status == 0 and out.startswith(f"Backup written to {target} (")
    verify(target)
    assert list_backups(sample_db) == []
    status, _, err = _run(
        capsys, "backup", "--db", str(sample_db), "-o", str(tmp_path / "missing" / "x.sqlite3")
    )
    assert status == EXIT_USAGE and "does not exist" in err


def test_backup_refuses_a_file_that_is_not_a_caseload(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("hello\n" * 100, encoding="utf-8")
    status, out, err = _run(capsys, "backup", "--db", str(path))
    assert status == EXIT_BAD_FILE and out == ""
    assert "not a SQLite database" in err and err.count("\n") == 1


# -- restore ------------------------------------------------------------------------------------


@pytest.fixture
def backed_up(sample_db: Path) -> Path:
    """A backup of the sample, after which the caseload gains a patient."""
    store = Store.open(sample_db)
    try:
        path = make_backup(store, sample_db, now=datetime.now() - timedelta(days=1)).path
        store.patients.add_patient(Patient(given="After", family="Backup"))
    finally:
        store.close()
    return path


def test_restore_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str], sample_db: Path, backed_up: Path
) -> None:
    before = sample_db.read_bytes()
    status, out, err = _run(capsys, "restore", str(backed_up), "--db", str(sample_db))
    assert status == EXIT_USAGE and out == ""
    assert "--yes" in err and err.count("\n") == 1
    assert sample_db.read_bytes() == before


def test_restore_with_yes_replaces_and_says_where_the_old_caseload_went(
    capsys: pytest.CaptureFixture[str], sample_db: Path, backed_up: Path
) -> None:
    patients = _patients(sample_db)
    status, out, err = _run(capsys, "restore", str(backed_up), "--db", str(sample_db), "--yes")
    assert (status, err) == (0, "")
    safety = list_backups(sample_db)[0]
    assert out.splitlines() == [
        f"Caseload {sample_db} restored from {backed_up}.",
        f"What the caseload held before is backed up at {safety.path}.",
    ]
    assert _patients(sample_db) == patients - 1
    assert _patients(safety.path) == patients


@pytest.mark.parametrize(("answer", "status"), [("y", 0), ("yes", 0), ("n", 1), ("", 1)])
def test_restore_asks_on_the_terminal(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sample_db: Path,
    backed_up: Path,
    answer: str,
    status: int,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(cli_safety, "_interactive", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda prompt: asked.append(prompt) or answer)
    before = sample_db.read_bytes()
    result, out, _ = _run(capsys, "restore", str(backed_up), "--db", str(sample_db))
    assert result == status
    assert asked == [
        f"Replace the caseload {sample_db} with {backed_up}? What it holds now is "
        "backed up first. [y/N] "
    ]
    if status:
        assert out == "Nothing was changed.\n"
        assert sample_db.read_bytes() == before
    else:
        assert "restored from" in out


def test_restore_refuses_a_bad_file_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], sample_db: Path, backed_up: Path
) -> None:
    _damage(backed_up)
    before = sample_db.read_bytes()
    status, out, err = _run(capsys, "restore", str(backed_up), "--db", str(sample_db), "--yes")
    assert status == EXIT_BAD_FILE and out == ""
    assert err.startswith(f"carebook: cannot restore from {backed_up}: ") and "damaged" in err
    assert sample_db.read_bytes() == before
    assert _listing(sample_db.parent) == [sample_db.name]


def test_restore_over_a_damaged_caseload_sets_it_aside(
    capsys: pytest.CaptureFixture[str], sample_db: Path, backed_up: Path
) -> None:
    _damage(sample_db)
    damaged = sample_db.read_bytes()
    status, out, _ = _run(capsys, "restore", str(backed_up), "--db", str(sample_db), "--yes")
    assert status == 0
    aside = sample_db.with_name(sample_db.name + ".damaged")
    assert out.splitlines()[1] == (
        f"The damaged caseload that was there is kept, untouched, as {aside}."
    )
    assert aside.read_bytes() == damaged
    verify(sample_db)


def test_restore_while_the_caseload_is_open_says_to_close_it(
    capsys: pytest.CaptureFixture[str], sample_db: Path, backed_up: Path
) -> None:
    store = Store.open(sample_db)
    try:
        status, _, err = _run(capsys, "restore", str(backed_up), "--db", str(sample_db), "--yes")
    finally:
        store.close()
    assert status == EXIT_USAGE and "close it and try again" in err


# -- check --------------------------------------------------------------------------------------


def test_check_of_the_sample_is_healthy(
    capsys: pytest.CaptureFixture[str], sample_db: Path
) -> None:
    status, out, err = _run(capsys, "check", "--db", str(sample_db))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"Checked {sample_db}:",
        "No problems found: the file's "
        "structure, the links between records and carebook's own rules "
        "all check out.",
    ]


def test_check_of_a_damaged_file_reports_it_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], sample_db: Path
) -> None:
    _damage(sample_db)
    before = sample_db.read_bytes()
    status, out, err = _run(capsys, "check", "--db", str(sample_db))
    assert status == 1 and err == ""
    lines = out.splitlines()
    assert lines[1].endswith("found:") and all(line.startswith("- ") for line in lines[2:])
    assert sample_db.read_bytes() == before
    assert _listing(sample_db.parent) == [sample_db.name]


def test_check_finds_a_broken_rule(capsys: pytest.CaptureFixture[str], sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    conn.execute("DELETE FROM occurrence WHERE id = (SELECT max(id) FROM occurrence)")
    conn.commit()
    conn.close()
    status, out, _ = _run(capsys, "check", "--db", str(sample_db))
    assert status == 1
    lines = out.splitlines()
    assert lines[1] == "1 problem found:" and len(lines) == 3
    assert lines[2].startswith("- 1 visit is missing from the agenda though the schedule has it")


@pytest.mark.parametrize("content", [b"text, not a caseload\n" * 30, None])
def test_check_of_something_else_is_a_bad_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "caseload.sqlite3"
    if content is not None:
        path.write_bytes(content)
    status, out, err = _run(capsys, "check", "--db", str(path))
    assert status == EXIT_BAD_FILE and out == "" and str(path) in err
    assert _listing(tmp_path) == ([path.name] if content is not None else [])
