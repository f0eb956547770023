"""No uncaught exception reaches the terminal with record content: a plain line, and a private
report of where it happened (the stack, no values)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run

from carebook import crash_report
from carebook.core.records import Patient
from carebook.storage.failures import DISK_FULL, plain_failure
from carebook.store.caseload import Store

GIVEN, FAMILY, PHONE = "Zoë", "Abernethy-Quigley", "0117 496 0999"


def _patient_with_a_damaged_name(path: Path) -> int:
    store = Store.open(path)
    try:
        patient = store.patients.add_patient(
            Patient(given=GIVEN, family=FAMILY, phone=PHONE, postal_code="BS8 4QT")
        )
        # One damaged byte in a text column: the ë's two bytes cut to one (what a bad sector
        # or another tool's write can leave), so SQLite holds text that is not UTF-8.
        store.conn.execute(
            "UPDATE patient SET given = CAST(X'5A6FC3' AS TEXT) WHERE id = ?", [patient.id]
        )
    finally:
        store.close()
    assert patient.id is not None
    return patient.id


def test_a_crash_report_holds_the_stack_and_no_values(tmp_path: Path) -> None:
    def fail(secret: str) -> None:
        raise ValueError(f"cannot read {secret}")

    try:
        fail(FAMILY)
    except ValueError as error:
        path = crash_report.write(error)
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "in fail" in text and "raise ValueError" in text
    assert FAMILY not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert str(Path.home()) not in text


@pytest.mark.parametrize(
    "command",
    [
        ["agenda", "--format", "json"],
        ["export", "patients"],
        ["export", "all", "--format", "fhir"],
        ["careplan", "{id}", "--format", "html"],
        ["careplan", "{id}", "--format", "fhir"],
        ["medlist", "{id}", "--format", "html"],
        ["check"],
    ],
)
def test_a_damaged_text_value_never_shows_patient_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    patient_id = _patient_with_a_damaged_name(db)
    status, out, err = run(
        capsys, "--db", str(db), *[part.format(id=patient_id) for part in command]
    )
    assert "Traceback" not in err
    for secret in (FAMILY, PHONE, "BS8 4QT"):
        assert secret not in err
    if command[0] == "check":
        assert status == 1
        assert f"patient {patient_id}" in out
        assert FAMILY not in out


def test_an_unexpected_fault_in_a_command_is_one_line_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import carebook.core.agenda

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError(FAMILY)

    monkeypatch.setattr(carebook.core.agenda, "build_day", broken)
    status, _, err = run(capsys, "--db", str(tmp_path / "c.sqlite3"), "agenda")
    assert status == crash_report.EXIT_CRASH
    assert "Traceback" not in err and FAMILY not in err
    assert "did not expect (KeyError)" in err
    report = Path(err.rsplit(" is in ", 1)[1].strip().rstrip("."))
    assert report.is_file() and FAMILY not in report.read_text(encoding="utf-8")


def test_the_hook_catches_what_escapes_everything_else(tmp_path: Path) -> None:
    """The window's hook, in a real process: an exception no code catches."""
    program = (
        "from carebook import crash_report\n"
        "crash_report.install_hook()\n"
        f"raise RuntimeError({FAMILY!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    assert "Traceback" not in done.stderr and FAMILY not in done.stderr
    assert "did not expect (RuntimeError)" in done.stderr


def test_failures_of_the_computer_are_said_plainly() -> None:
    import errno
    import sqlite3

    assert plain_failure(OSError(errno.ENOSPC, "No space left on device")) == DISK_FULL
    full = sqlite3.connect(":memory:")
    full.execute("CREATE TABLE t (x)")
    full.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.Error) as caught:
        full.executemany("INSERT INTO t VALUES (?)", [("x" * 4000,)] * 20)
    assert plain_failure(caught.value) == DISK_FULL
    assert plain_failure(KeyError("x")) is None


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    """`carebook agenda | head -1`: the reader leaves early; carebook says nothing of it."""
    db = tmp_path / "c.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "carebook", "--db", str(db), "demo", "--patients", "5"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    done = subprocess.run(
        f"{sys.executable} -m carebook --db {db} agenda --days 60 | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stderr == ""
