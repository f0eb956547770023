"""Odd input on the command line gets one plain line saying what to fix, never a traceback."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import run


def test_a_symbolic_link_loop_is_called_a_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.sqlite3").symlink_to(tmp_path / "b.sqlite3")
    (tmp_path / "b.sqlite3").symlink_to(tmp_path / "a.sqlite3")
    for command in (["check"], ["agenda"], ["backup"]):
        status, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), *command)
        assert status == 3 and "loop of links" in err, (command, err)
        assert "does not exist" not in err


def test_a_link_to_nothing_makes_no_caseload_at_its_far_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c.sqlite3").symlink_to(tmp_path / "gone" / "c.sqlite3")
    status, _, err = run(capsys, "--db", str(tmp_path / "c.sqlite3"), "agenda")
    assert status == 3 and "leads to a file that does not exist" in err


@pytest.mark.parametrize("wanted", ["123456789012345678901234", "9" * 19, "١٢٣٤٥"])
def test_an_id_no_patient_can_have_is_not_found(
    sample_db: Path, capsys: pytest.CaptureFixture[str], wanted: str
) -> None:
    status, _, err = run(capsys, "--db", str(sample_db), "careplan", wanted, "--format", "html")
    assert status == 2 and "Traceback" not in err
    assert "no patient" in err


def test_the_sample_on_a_full_disk_is_refused_plainly(
    small_disk: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Room for an empty caseload and its write-ahead log, not for 200 patients.
    disk = small_disk("2m")
    db = disk / "c.sqlite3"
    status, _, err = run(capsys, "--db", str(db), "demo", "--patients", "200")
    assert status in (1, 3), err
    assert "disk is full" in err and "Traceback" not in err
    # Nothing half-made is left counted as a caseload: the sample went in one transaction.
    if db.exists():
        status, out, _ = run(capsys, "--db", str(db), "agenda", "--format", "json")
        assert status == 0 and '"visits": []' in out
    assert not [name for name in os.listdir(disk) if name.endswith(".part")]
